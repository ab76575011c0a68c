import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { INestApplication } from '@nestjs/common'
import type { AbstractHttpAdapter } from '@nestjs/core'
import { ExpressAdapter } from '@nestjs/platform-express'
import { FastifyAdapter } from '@nestjs/platform-fastify'
import { Test } from '@nestjs/testing'

/** Both HTTP platforms Nest ships; every e2e suite runs over each. */
export type PlatformFactory = () => AbstractHttpAdapter

export const platforms: readonly (readonly [string, PlatformFactory])[] = [
  ['Express', () => new ExpressAdapter()],
  ['Fastify', () => new FastifyAdapter()],
]

/** Compiles `module` and serves it on 127.0.0.1, port 0. Resolves with the app and its base URL. */
export async function startApp(
  module: Parameters<typeof Test.createTestingModule>[0],
  platform: PlatformFactory,
  options: { rawBody?: boolean } = {},
): Promise<{ app: INestApplication; url: string }> {
  const moduleRef = await Test.createTestingModule(module).compile()
  const app = moduleRef.createNestApplication(platform(), { rawBody: options.rawBody ?? true, logger: false })
  await app.listen(0, '127.0.0.1')
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo
  return { app, url: `http://127.0.0.1:${port}` }
}

export interface Answer {
  status: number
  text: string
  json: unknown
  contentType: string | null
}

/** POSTs raw bytes with the given headers (fetch sends them unchanged). */
export async function post(url: string, headers: Record<string, string>, body: string): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers, body })
  const text = await response.text()
  let json: unknown
  try {
    json = text === '' ? undefined : JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, text, json, contentType: response.headers.get('content-type') }
}

/** A promise with its resolve function, for controllers that wait on the test. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => {
    resolve = r
  })
  return { promise, resolve }
}
