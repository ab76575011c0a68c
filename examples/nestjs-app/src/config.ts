import { readFileSync } from 'node:fs'
import type { WechatPayModuleOptions } from '@adapters/nestjs'
import { Inject, Injectable, Module } from '@nestjs/common'

/** The environment the app reads; a token so tests can hand in their own (`overrideProvider(APP_ENV)`). */
export const APP_ENV = 'example:env'

/** The variables the app needs, in the order the error message lists them. */
export const REQUIRED_ENV = [
  'WECHATPAY_MCHID',
  'WECHATPAY_SERIAL',
  'WECHATPAY_PRIVATE_KEY_PATH',
  'WECHATPAY_PUBLIC_KEY_ID',
  'WECHATPAY_PUBLIC_KEY_PATH',
  'WECHATPAY_APIV3_KEY',
] as const

/** Plays the role of @nestjs/config's ConfigService, without the extra dependency. */
@Injectable()
export class AppConfig {
  constructor(@Inject(APP_ENV) private readonly env: Record<string, string | undefined>) {}

  /** `PORT` (default 3000; 0 picks a free port). */
  get port(): number {
    return Number(this.env.PORT ?? 3000)
  }

  /** `HOST` (default 127.0.0.1). */
  get host(): string {
    return this.env.HOST ?? '127.0.0.1'
  }

  /** The WeChat Pay settings: keys are read from files, so PEMs never sit in the environment or in logs. */
  wechatpay(): WechatPayModuleOptions {
    const env = this.env
    const missing = REQUIRED_ENV.filter((name) => !env[name])
    if (missing.length) throw new Error(`example-nestjs-app: set ${missing.join(', ')} (see README).`)
    return {
      mchid: env.WECHATPAY_MCHID!,
      serial: env.WECHATPAY_SERIAL!,
      privateKey: readFileSync(env.WECHATPAY_PRIVATE_KEY_PATH!, 'utf8'),
      platformKeys: { [env.WECHATPAY_PUBLIC_KEY_ID!]: readFileSync(env.WECHATPAY_PUBLIC_KEY_PATH!, 'utf8') },
      apiv3Key: env.WECHATPAY_APIV3_KEY!,
      // Unset: WeChat Pay itself. The tests point it at the sandbox.
      ...(env.WECHATPAY_BASE_URL ? { baseUrl: env.WECHATPAY_BASE_URL } : {}),
    }
  }
}

@Module({
  providers: [{ provide: APP_ENV, useValue: process.env }, AppConfig],
  exports: [AppConfig],
})
export class ConfigModule {}
