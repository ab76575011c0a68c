import { createClient, type WechatPayClient } from '@core/client'
import {
  type DynamicModule,
  Inject,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common'
import { HttpAdapterHost } from '@nestjs/core'
import { type FacadeRegistration, facadeProviders } from './facades.js'
import { WechatPayNotifications } from './notifications.js'
import {
  checkAsyncOptions,
  splitOptions,
  type WechatPayModuleAsyncOptions,
  type WechatPayModuleOptions,
  type WechatPayModuleRootOptions,
  type WechatPayOptionsFactory,
} from './options.js'
import { installRefusedBodyAnswers } from './refused-body.js'
import { WECHATPAY_CLIENT, WECHATPAY_OPTIONS } from './tokens.js'

const clientProvider: Provider = {
  provide: WECHATPAY_CLIENT,
  useFactory: (options: WechatPayModuleOptions): WechatPayClient => createClient(splitOptions(options).client),
  inject: [WECHATPAY_OPTIONS],
}

/**
 * The WeChat Pay module: one `@core/client` client (signing, verification, retries) for the app, the facades of the
 * API families you register (`facades: [createBusifavor]`, injected with `@InjectWechatPayFacade(createBusifavor)`),
 * and what `@WechatPayNotification()` callback routes need. It knows no family itself. The client is closed when the
 * application shuts down.
 * @example
 * ```ts
 * @Module({
 *   imports: [WechatPayModule.forRoot({ mchid, serial, privateKey, platformKeys, apiv3Key, facades: [createBusifavor] })],
 *   controllers: [NotifyController],
 * })
 * class AppModule {}
 * ```
 */
@Module({})
export class WechatPayModule implements NestModule, OnApplicationShutdown {
  constructor(
    @Inject(WECHATPAY_CLIENT) private readonly client: WechatPayClient,
    @Inject(WechatPayNotifications) private readonly notifications: WechatPayNotifications,
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
  ) {}

  /**
   * Nest calls this after registering its body parsers and before any route: the moment to make callback routes
   * answer bodies Nest refuses (unparseable, too large) in WeChat Pay's format. The module applies no middleware.
   */
  configure(_consumer: MiddlewareConsumer): void {
    installRefusedBodyAnswers(this.adapterHost.httpAdapter, this.notifications)
  }

  /**
   * Configures the module with fixed options (validated when the app starts: unknown keys and bad values throw a
   * `ValidationError` naming them).
   */
  static forRoot(options: WechatPayModuleRootOptions): DynamicModule {
    const { isGlobal, facades, ...moduleOptions } = options ?? ({} as WechatPayModuleRootOptions)
    return buildModule([{ provide: WECHATPAY_OPTIONS, useValue: moduleOptions }], [], isGlobal, facades)
  }

  /**
   * Configures the module from other providers, e.g. `ConfigService`:
   * `forRootAsync({ imports: [ConfigModule], inject: [ConfigService], useFactory: (config) => ({ … }) })`,
   * or `{ useClass }` / `{ useExisting }` with a {@link WechatPayOptionsFactory}.
   * @throws {ValidationError} for unknown keys or not exactly one of useFactory, useClass, useExisting.
   */
  static forRootAsync(options: WechatPayModuleAsyncOptions): DynamicModule {
    checkAsyncOptions(options)
    const providers: Provider[] = [...(options.extraProviders ?? [])]
    if (options.useFactory !== undefined) {
      providers.push({ provide: WECHATPAY_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] })
    } else {
      const factoryClass = (options.useClass ?? options.useExisting)!
      providers.push({
        provide: WECHATPAY_OPTIONS,
        useFactory: (factory: WechatPayOptionsFactory) => factory.createWechatPayOptions(),
        inject: [factoryClass],
      })
      if (options.useClass !== undefined) providers.push({ provide: options.useClass, useClass: options.useClass })
    }
    return buildModule(providers, options.imports ?? [], options.isGlobal, options.facades)
  }

  /** Frees the client's connections (calls in flight finish first). */
  async onApplicationShutdown(): Promise<void> {
    await this.client.close()
  }
}

function buildModule(
  optionsProviders: Provider[],
  imports: NonNullable<DynamicModule['imports']>,
  isGlobal: boolean | undefined,
  facades: readonly FacadeRegistration[] | undefined,
): DynamicModule {
  const facadeList = facadeProviders(facades)
  const facadeTokens = facadeList.map((provider) => (provider as { provide: string }).provide)
  return {
    module: WechatPayModule,
    global: isGlobal === true,
    imports,
    providers: [...optionsProviders, clientProvider, ...facadeList, WechatPayNotifications],
    exports: [WECHATPAY_OPTIONS, WECHATPAY_CLIENT, ...facadeTokens, WechatPayNotifications],
  }
}
