// Serving the Express, NestJS and node:http snippets for the snippet runs. The framework packages are loaded by a
// computed specifier: they are optional for the docs package (a snippet needing one that is not installed is reported
// as pending by extract-snippets.mjs), so neither this file's type-check nor its loading may depend on them.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Sandbox } from '@tools/sandbox'

const load = (name: string): Promise<any> => import(/* @vite-ignore */ name)

export interface Served {
  url: string
  close(): Promise<void>
}

function listening(server: Server): Served {
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Listens with the `app` an Express snippet exports. */
export async function serveExpress(module: Record<string, unknown>): Promise<Served> {
  const app = module.app as { listen(port: number, host: string, cb: () => void): Server } | undefined
  if (!app) throw new Error('an Express snippet must export `app`')
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  return listening(server)
}

/** Listens with the node:http `server` a snippet exports. */
export async function serveNode(module: Record<string, unknown>): Promise<Served> {
  const server = module.server as Server | undefined
  if (!server) throw new Error('a node:http snippet must export `server`')
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return listening(server)
}

/**
 * Mounts the controller a NestJS snippet exports in an app with `WechatPayModule.forRoot(sandbox settings)` and every
 * family facade of the site (`facades`).
 */
export async function serveNest(
  module: Record<string, unknown>,
  sb: Pick<Sandbox, 'merchant' | 'platform' | 'apiv3Key' | 'url'>,
  facades: unknown[],
): Promise<Served> {
  await load('reflect-metadata')
  const [{ Test }, { WechatPayModule }] = await Promise.all([load('@nestjs/testing'), load('@adapters/nestjs')])
  const controllers = Object.values(module).filter((value) => typeof value === 'function')
  if (controllers.length === 0) throw new Error('a NestJS snippet must export its controller class')
  const moduleRef = await Test.createTestingModule({
    imports: [
      WechatPayModule.forRoot({
        mchid: sb.merchant.mchid,
        serial: sb.merchant.serial,
        privateKey: sb.merchant.privateKeyPem,
        platformKeys: sb.platform.keys,
        apiv3Key: sb.apiv3Key,
        baseUrl: sb.url,
        facades,
      }),
    ],
    controllers,
  }).compile()
  const app = moduleRef.createNestApplication({ rawBody: true, logger: false })
  await app.listen(0, '127.0.0.1')
  return { ...listening(app.getHttpServer() as Server), close: () => app.close() }
}
