// The kit's promise: a second family written in one folder (fixtures/demo) gets a typed facade, sandbox handlers, a
// NestJS facade and generated files, with no edit anywhere else. Everything here runs for real: a sandbox on
// 127.0.0.1:0, a real client, a real Nest app, a real callback receiver.
import 'reflect-metadata'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getWechatPayFacadeToken, InjectWechatPayFacade, WechatPayModule } from '@adapters/nestjs'
import { createClient, isApiError, isValidationError, type WechatPayClient } from '@core/client'
import type { FacadeCall } from '@core/kit'
import { Injectable, Module } from '@nestjs/common'
import { Test } from '@nestjs/testing'
import { busifavorSandbox, defineSandboxFamily, type Sandbox, startSandbox } from '@tools/sandbox'
import { afterAll, beforeAll, describe, expect, expectTypeOf, test } from 'vitest'
import { createDemo, type Demo, demo, parseWidgetCreated } from '../fixtures/demo/index.js'
import { demoSandbox } from '../fixtures/demo/sandbox.js'

type Families = readonly [typeof busifavorSandbox, typeof demoSandbox]
let sb: Sandbox<Families>
let client: WechatPayClient
let receiver: Server
let receiverUrl: string
const received: { status: number; body: string; headers: Record<string, string> }[] = []

beforeAll(async () => {
  sb = await startSandbox({ families: [busifavorSandbox, demoSandbox] as const, callbackRetryDelaysMs: [10] })
  client = createClient({
    mchid: sb.merchant.mchid,
    serial: sb.merchant.serial,
    privateKey: sb.merchant.privateKeyPem,
    platformKeys: sb.platform.keys,
    apiv3Key: sb.apiv3Key,
    baseUrl: sb.url,
  })
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push({ status: 204, body: Buffer.concat(chunks).toString('utf8'), headers: req.headers as never })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/notify`
})

afterAll(async () => {
  await client?.close()
  await sb?.close()
  await new Promise((resolve) => receiver?.close(resolve))
})

describe('the demo family: a typed facade from its registry', () => {
  test('createDemo(client) has one method per endpoint, typed from the schemas', () => {
    const facade = createDemo(client)
    expect(Object.keys(facade).sort()).toEqual(['createWidget', 'deleteWidget', 'getWidget'])
    expectTypeOf<Parameters<Demo['createWidget']>[0]>().toEqualTypeOf<{
      name: string
      price: number
      out_request_no: string
    }>()
    expectTypeOf<ReturnType<Demo['getWidget']>>().toMatchTypeOf<FacadeCall<{ widget_id: string; price: number }>>()
    expectTypeOf<Awaited<ReturnType<Demo['deleteWidget']>>>().toEqualTypeOf<undefined>()
    // @ts-expect-error out_request_no is the caller's: never optional
    void (() => facade.createWidget({ name: 'x', price: 1 }))
  })

  test('createWidget(float price) is a ValidationError naming the field, and nothing reaches the sandbox', async () => {
    const before = sb.requestLog.size
    const error = await createDemo(client)
      .createWidget({ name: 'x', price: 1.5, out_request_no: 'N-float' })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      )
    expect(isValidationError(error)).toBe(true)
    expect((error as { issues: { path: unknown[] }[] }).issues.map((i) => i.path.join('.'))).toEqual(['price'])
    expect(sb.requestLog.size).toBe(before)
  })
})

describe('the demo family in the sandbox, next to busifavor', () => {
  test('create → get → delete → get through the facade; the sandbox routes both families', async () => {
    expect(sb.families()).toEqual(['busifavor', 'demo'])
    expect(sb.endpoints()).toEqual(expect.arrayContaining(['create_stock', 'create_widget', 'get_widget']))
    const facade = createDemo(client)
    const { data: created, response } = await facade
      .createWidget({ name: 'gear', price: 250, out_request_no: 'N-1' })
      .withResponse()
    expect(response.requestId).toBe(sb.requestLog.last()?.requestId)
    expect(await facade.getWidget({ widget_id: created.widget_id })).toMatchObject({ name: 'gear', price: 250 })
    expect(sb.state.widgets().map((w) => w.widget_id)).toContain(created.widget_id)
    expect(await facade.deleteWidget({ widget_id: created.widget_id })).toBeUndefined()
    const gone = await facade.getWidget({ widget_id: created.widget_id }).catch((error: unknown) => error)
    expect(isApiError(gone) && [gone.status, gone.code]).toEqual([404, 'RESOURCE_NOT_EXISTS'])
  })

  test('the same out_request_no replays the first answer; other parameters with it are refused', async () => {
    const facade = createDemo(client)
    const first = await facade.createWidget({ name: 'bolt', price: 3, out_request_no: 'N-2' })
    expect(await facade.createWidget({ name: 'bolt', price: 3, out_request_no: 'N-2' })).toEqual(first)
    const other = await facade
      .createWidget({ name: 'nut', price: 3, out_request_no: 'N-2' })
      .catch((error: unknown) => error)
    expect(isApiError(other) && other.code).toBe('INVALID_REQUEST')
    expect(sb.state.widgets().filter((w) => w.name === 'bolt')).toHaveLength(1)
  })

  test('WIDGET.CREATED is signed, encrypted and posted; the client verifies it and the family parser types it', async () => {
    sb.seed.setDemoNotifyUrl(receiverUrl)
    const widget = sb.seed.createWidget('spring', 7)
    await sb.callbacks.waitFor({ eventType: 'WIDGET.CREATED', resource: { widget_id: widget.widget_id } })
    const delivery = received.find((r) => r.body.includes('WIDGET.CREATED'))!
    const event = parseWidgetCreated(
      await client.verifyNotification({ headers: delivery.headers, body: delivery.body }),
    )
    expect([event.event_type, event.resource.widget_id, event.resource.name]).toEqual([
      'WIDGET.CREATED',
      widget.widget_id,
      'spring',
    ])
  })

  test('a sandbox family missing a handler does not compile (the registry is the list)', () => {
    const missing = () =>
      defineSandboxFamily({
        family: demo,
        createState: () => ({}),
        // @ts-expect-error delete_widget has no handler
        handlers: {
          create_widget: () => ({ body: { widget_id: 'w', name: 'n', price: 1, create_time: '' } }),
          get_widget: () => ({ body: { widget_id: 'w', name: 'n', price: 1, create_time: '' } }),
        },
        seed: () => ({}),
        views: () => ({}),
        snapshot: () => ({}),
      })
    expect(typeof missing).toBe('function')
  })
})

describe('the demo family in NestJS, registered generically', () => {
  test('forRoot({ facades: [createDemo] }) + @InjectWechatPayFacade(createDemo) calls the sandbox', async () => {
    @Injectable()
    class WidgetService {
      constructor(@InjectWechatPayFacade(createDemo) readonly demo: Demo) {}
    }
    @Module({
      imports: [
        WechatPayModule.forRoot({
          mchid: sb.merchant.mchid,
          serial: sb.merchant.serial,
          privateKey: sb.merchant.privateKeyPem,
          platformKeys: sb.platform.keys,
          baseUrl: sb.url,
          facades: [createDemo],
        }),
      ],
      providers: [WidgetService],
    })
    class AppModule {}
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile()
    try {
      const service = moduleRef.get(WidgetService)
      expect(service.demo).toBe(moduleRef.get(getWechatPayFacadeToken(createDemo)))
      const widget = await service.demo.createWidget({ name: 'nest', price: 9, out_request_no: 'N-nest' })
      expect(await service.demo.getWidget({ widget_id: widget.widget_id })).toMatchObject({ name: 'nest' })
    } finally {
      await moduleRef.close()
    }
  })
})
