import { type Busifavor, createBusifavor } from '@api/busifavor'
import { isValidationError, type WechatPayClient } from '@core/client'
import {
  type DedupeStore,
  MemoryDedupeStore,
  type NotificationErrorInfo,
  type VerifiedNotification,
} from '@core/client/notifications'
import { signNotificationForTest } from '@core/signer/testing'
import {
  type CallHandler,
  type CanActivate,
  Controller,
  ForbiddenException,
  Injectable,
  Module,
  type NestInterceptor,
  Post,
  UseGuards,
} from '@nestjs/common'
import { APP_INTERCEPTOR } from '@nestjs/core'
import { Test } from '@nestjs/testing'
import { type Observable, of } from 'rxjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  getWechatPayClientToken,
  getWechatPayFacadeToken,
  getWechatPayOptionsToken,
  InjectWechatPayFacade,
  NotificationEvent,
  type NotificationHttpRequest,
  WechatPayModule,
  type WechatPayModuleOptions,
  WechatPayNotification,
  WechatPayNotificationGuard,
  WechatPayNotifications,
  type WechatPayOptionsFactory,
} from '../src/index.js'
import { delivery, NOW, nextId, options, platform, SERIAL } from './fixtures.js'
import { platforms, post, startApp } from './helpers.js'

async function compile(imports: Parameters<typeof Test.createTestingModule>[0]['imports']) {
  return Test.createTestingModule({ imports }).compile()
}

describe('WechatPayModule registration', () => {
  it('forRootAsync({ useClass }) builds the options with the factory class', async () => {
    @Injectable()
    class OptionsFactory implements WechatPayOptionsFactory {
      createWechatPayOptions() {
        return options({ mchid: '1900000002' })
      }
    }
    const moduleRef = await compile([WechatPayModule.forRootAsync({ useClass: OptionsFactory })])
    expect(moduleRef.get<WechatPayClient>(getWechatPayClientToken()).mchid).toBe('1900000002')
    expect(moduleRef.get<WechatPayModuleOptions>(getWechatPayOptionsToken()).mchid).toBe('1900000002')
    await moduleRef.close()
  })

  it('forRootAsync({ imports, useExisting }) reuses a factory another module provides', async () => {
    @Injectable()
    class SharedFactory implements WechatPayOptionsFactory {
      async createWechatPayOptions() {
        return options({ mchid: '1900000003' })
      }
    }
    @Module({ providers: [SharedFactory], exports: [SharedFactory] })
    class ConfigModule {}
    const moduleRef = await compile([
      WechatPayModule.forRootAsync({ imports: [ConfigModule], useExisting: SharedFactory, facades: [createBusifavor] }),
    ])
    expect(moduleRef.get<WechatPayClient>(getWechatPayClientToken()).mchid).toBe('1900000003')
    expect(typeof moduleRef.get<Busifavor>(getWechatPayFacadeToken(createBusifavor)).deactivateCoupon).toBe('function')
    await moduleRef.close()
  })

  it('forRoot({ isGlobal: true, facades }) lets a feature module inject a facade without importing the module', async () => {
    @Injectable()
    class CouponService {
      constructor(@InjectWechatPayFacade(createBusifavor) readonly busifavor: Busifavor) {}
    }
    @Module({ providers: [CouponService] })
    class FeatureModule {}
    const facades = [createBusifavor]
    const moduleRef = await compile([WechatPayModule.forRoot({ ...options(), isGlobal: true, facades }), FeatureModule])
    expect(moduleRef.get(CouponService).busifavor).toBe(moduleRef.get(getWechatPayFacadeToken(createBusifavor)))
    expect(typeof moduleRef.get(CouponService).busifavor.deactivateCoupon).toBe('function')
    await moduleRef.close()
    // Not global: the feature module sees nothing it did not import.
    await expect(compile([WechatPayModule.forRoot({ ...options(), facades }), FeatureModule])).rejects.toThrow(
      /facade:createBusifavor/,
    )
  })

  it('forRoot({ facades: [{ factory, options }] }) builds the facade with its options, once per module', async () => {
    const issues: unknown[] = []
    const facades = [
      { factory: createBusifavor, options: { onResponseIssues: (event: unknown) => issues.push(event) } },
    ]
    const moduleRef = await compile([WechatPayModule.forRoot({ ...options(), facades })])
    const token = getWechatPayFacadeToken(createBusifavor)
    expect(moduleRef.get(token)).toBe(moduleRef.get(token))
    await moduleRef.close()
  })

  it('forRoot({ facades }) with an anonymous factory or one listed twice is a ValidationError naming it', () => {
    const catchError = (run: () => unknown) => {
      try {
        run()
      } catch (error) {
        return error
      }
      return undefined
    }
    const anonymous = catchError(() => WechatPayModule.forRoot({ ...options(), facades: [(() => ({})) as never] }))
    expect(isValidationError(anonymous)).toBe(true)
    expect((anonymous as Error).message).toMatch(/facades\.0: must be a named facade factory/)
    const twice = catchError(() =>
      WechatPayModule.forRoot({ ...options(), facades: [createBusifavor, createBusifavor] }),
    )
    expect((twice as Error).message).toMatch(/facades\.1: createBusifavor is registered twice/)
  })

  it('forRootAsync({ useFactory, useClass }) throws a ValidationError naming the conflict', () => {
    class Factory implements WechatPayOptionsFactory {
      createWechatPayOptions() {
        return options()
      }
    }
    let error: unknown
    try {
      WechatPayModule.forRootAsync({ useFactory: () => options(), useClass: Factory })
    } catch (caught) {
      error = caught
    }
    expect(isValidationError(error)).toBe(true)
    expect((error as Error).message).toMatch(/^@adapters\/nestjs: .*exactly one of useFactory, useClass or useExisting/)
  })

  it('forRootAsync({ useFactory, injects }) rejects the unknown key', () => {
    expect(() => WechatPayModule.forRootAsync({ useFactory: () => options(), injects: [] } as never)).toThrow(
      /injects: unknown option/,
    )
  })

  it('forRoot({ …, mchId }) fails at startup naming the unknown key', async () => {
    await expect(compile([WechatPayModule.forRoot({ ...options(), mchId: '1' } as never)])).rejects.toThrow(
      /mchId: unknown option/,
    )
  })

  it('forRoot({ notifications: { onNotification } }) is refused: the controller is the handler', async () => {
    const bad = options({ notifications: { onNotification: () => {} } as never })
    await expect(compile([WechatPayModule.forRoot(bad)])).rejects.toThrow(
      /notifications\.onNotification: is the controller method/,
    )
  })

  it('a factory that resolves isGlobal is told where it belongs', async () => {
    const bad = WechatPayModule.forRootAsync({ useFactory: () => ({ ...options(), isGlobal: true }) as never })
    await expect(compile([bad])).rejects.toThrow(/isGlobal: belongs to forRoot/)
  })

  it('WechatPayNotifications uses the configured dedupe store, a MemoryDedupeStore by default', async () => {
    const store: DedupeStore = new MemoryDedupeStore()
    const custom = await compile([WechatPayModule.forRoot(options({ notifications: { dedupe: store } }))])
    expect(custom.get(WechatPayNotifications).dedupe).toBe(store)
    await custom.close()
    const plain = await compile([WechatPayModule.forRoot(options())])
    expect(plain.get(WechatPayNotifications).dedupe).toBeInstanceOf(MemoryDedupeStore)
    await plain.close()
  })
})

describe.each(platforms)('%s callback route', (_name, adapter) => {
  let url: string
  let app: Awaited<ReturnType<typeof startApp>>['app']
  const calls = new Map<string, number>()
  const hookCalls: string[] = []
  const errors: { error: unknown; info: NotificationErrorInfo }[] = []
  const state = { deny: false, shortCircuit: false }

  /** Extends the guard through its protected hooks. */
  @Injectable()
  class AuditingGuard extends WechatPayNotificationGuard {
    protected override getRawBody(request: NotificationHttpRequest): string | Uint8Array {
      hookCalls.push('getRawBody')
      return super.getRawBody(request)
    }
  }

  /** Another guard after ours, e.g. an IP allow-list. */
  @Injectable()
  class DenyGuard implements CanActivate {
    canActivate(): boolean {
      if (state.deny) throw new ForbiddenException('not from WeChat Pay')
      return true
    }
  }

  /** A global interceptor that answers without calling the route (a cache, say). */
  @Injectable()
  class ShortCircuit implements NestInterceptor {
    intercept(_context: unknown, next: CallHandler): Observable<unknown> {
      return state.shortCircuit ? of(undefined) : next.handle()
    }
  }

  @Controller()
  class NotifyController {
    @Post('notify')
    @WechatPayNotification()
    handle(@NotificationEvent() event: VerifiedNotification<{ coupon_code: string }>) {
      calls.set(event.id, (calls.get(event.id) ?? 0) + 1)
    }

    @Post('audited')
    @WechatPayNotification({ guard: AuditingGuard })
    audited(@NotificationEvent() event: VerifiedNotification) {
      calls.set(event.id, (calls.get(event.id) ?? 0) + 1)
    }

    @Post('guarded')
    @UseGuards(DenyGuard)
    @WechatPayNotification()
    guarded(@NotificationEvent() event: VerifiedNotification) {
      calls.set(event.id, (calls.get(event.id) ?? 0) + 1)
    }
  }

  beforeAll(async () => {
    @Module({
      imports: [
        WechatPayModule.forRoot(
          options({ notifications: { maxBodyBytes: 4096, onError: (error, info) => errors.push({ error, info }) } }),
        ),
      ],
      controllers: [NotifyController],
      providers: [{ provide: APP_INTERCEPTOR, useClass: ShortCircuit }],
    })
    class AppModule {}
    ;({ app, url } = await startApp({ imports: [AppModule] }, adapter))
  })

  afterAll(async () => {
    await app?.close()
  })

  it('@WechatPayNotification({ guard }) runs the subclass and its overridden hook', async () => {
    const id = nextId('AUDIT')
    const { headers, body } = delivery(id)
    const answer = await post(`${url}/audited`, headers, body)
    expect(answer.status).toBe(204)
    expect(hookCalls).toEqual(['getRawBody'])
    expect(calls.get(id)).toBe(1)
  })

  it('@NotificationEvent() without a parser gives the verified, decrypted notification', async () => {
    const id = nextId('PLAIN')
    const { headers, body } = delivery(id)
    expect((await post(`${url}/notify`, headers, body)).status).toBe(204)
    expect(calls.get(id)).toBe(1)
  })

  it('a body over notifications.maxBodyBytes answers 413 FAIL', async () => {
    const { headers, body } = signNotificationForTest({
      body: JSON.stringify({ id: nextId('BIG'), padding: 'x'.repeat(5000) }),
      platformPrivateKey: platform.privateKey,
      serial: SERIAL,
      timestamp: NOW,
    })
    const answer = await post(`${url}/notify`, headers, body)
    expect(answer.status).toBe(413)
    expect(answer.json).toEqual({ code: 'FAIL', message: 'notification body exceeds 4096 bytes' })
  })

  it("another guard's ForbiddenException answers 403 FAIL and releases the id for the redelivery", async () => {
    const id = nextId('DENY')
    const { headers, body } = delivery(id)
    state.deny = true
    const denied = await post(`${url}/guarded`, headers, body)
    state.deny = false
    expect(denied.status).toBe(403)
    expect(denied.json).toMatchObject({ code: 'FAIL' })
    expect(calls.has(id)).toBe(false)
    const redelivered = await post(`${url}/guarded`, headers, body)
    expect(redelivered.status).toBe(204)
    expect(calls.get(id)).toBe(1)
  })

  it('a global interceptor that skips the route leaves the id free for the redelivery', async () => {
    const id = nextId('SKIP')
    const { headers, body } = delivery(id)
    state.shortCircuit = true
    const skipped = await post(`${url}/notify`, headers, body)
    state.shortCircuit = false
    expect(skipped.status).toBe(204)
    expect(calls.has(id)).toBe(false)
    // The release happens when the skipped response closes; the core then reports the failed delivery.
    await expect.poll(() => errors.some(({ info }) => info.id === id && info.status === 500)).toBe(true)
    const redelivered = await post(`${url}/notify`, headers, body)
    expect(redelivered.status).toBe(204)
    expect(calls.get(id)).toBe(1)
  })
})
