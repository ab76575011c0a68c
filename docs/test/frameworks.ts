// Serving the Express and NestJS snippets for the snippet runs. The framework packages are loaded by a computed
// specifier: they are optional for the docs package (a snippet needing one that is not installed is reported as
// pending by extract-snippets.mjs), so neither this file's type-check nor its loading may depend on them.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Sandbox } from '@tools/sandbox'

const load = (name: string): Promise<any> => import(/* @vite-ignore */ name)

export interface Served {
  url: string
  close(): Promise<void>
}

/** Listens with the `app` an Express snippet exports. */
export async function serveExpress(module: Record<string, unknown>): Promise<Served> {
  const app = module.app as { listen(port: number, host: string, cb: () => void): Server } | undefined
  if (!app) throw new Error('an Express snippet must export `app`')
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Mounts the controller a NestJS snippet exports in an app with `WechatPayModule.forRoot(sandbox settings)`. */
export async function serveNest(module: Record<string, unknown>, sb: Sandbox): Promise<Served> {
  await load('reflect-metadata')
  const [{ Test }, { WechatPayModule }, { createBusifavor }] = await Promise.all([
    load('@nestjs/testing'),
    load('@adapters/nestjs'),
    load('@api/busifavor'),
  ])
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
        facades: [createBusifavor],
      }),
    ],
    controllers,
  }).compile()
  const app = moduleRef.createNestApplication({ rawBody: true, logger: false })
  await app.listen(0, '127.0.0.1')
  const server = app.getHttpServer() as Server
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => app.close(),
  }
}
