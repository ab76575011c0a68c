import type { WechatPayClient } from '@core/client'
import { Inject, type Provider } from '@nestjs/common'
import { moduleValidationError } from './options.js'
import { WECHATPAY_CLIENT } from './tokens.js'

/** A family's facade factory, e.g. `createBusifavor` from `@api/busifavor`. */
export type FacadeFactory<Facade extends object = object, Options = never> = (
  client: WechatPayClient,
  options?: Options,
) => Facade

/** A facade for the module to provide: the factory alone, or with the options it is called with. */
export type FacadeRegistration = FacadeFactory<object, any> | { factory: FacadeFactory<object, any>; options?: unknown }

/**
 * The injection token of a family's facade, e.g. `getWechatPayFacadeToken(createBusifavor)` for `inject: […]` in a
 * factory or `moduleRef.get(…)`. A namespaced string (not the function), so the ESM and CJS builds agree on it.
 */
export function getWechatPayFacadeToken(factory: FacadeFactory<object, any>): string {
  return `@adapters/nestjs:facade:${factory.name}`
}

/**
 * Injects a family's facade that the module provides (`WechatPayModule.forRoot({ …, facades: [createBusifavor] })`).
 * @example
 * ```ts
 * @Injectable()
 * class CouponService {
 *   constructor(@InjectWechatPayFacade(createBusifavor) private readonly busifavor: Busifavor) {}
 * }
 * ```
 */
export function InjectWechatPayFacade(factory: FacadeFactory<object, any>): PropertyDecorator & ParameterDecorator {
  return Inject(getWechatPayFacadeToken(factory))
}

/** One provider per registered facade, each built once from the module's client. */
export function facadeProviders(registrations: readonly FacadeRegistration[] | undefined): Provider[] {
  if (registrations === undefined) return []
  if (!Array.isArray(registrations)) {
    throw moduleValidationError('invalid WechatPayModule options', [
      { path: ['facades'], message: 'must be an array of facade factories, e.g. [createBusifavor]' },
    ])
  }
  const seen = new Set<string>()
  return registrations.map((registration, index) => {
    const factory = typeof registration === 'function' ? registration : registration?.factory
    const options = typeof registration === 'function' ? undefined : registration?.options
    if (typeof factory !== 'function' || factory.name === '') {
      throw moduleValidationError('invalid WechatPayModule options', [
        {
          path: ['facades', index],
          message: 'must be a named facade factory such as createBusifavor, or { factory, options }',
        },
      ])
    }
    const token = getWechatPayFacadeToken(factory)
    if (seen.has(token)) {
      throw moduleValidationError('invalid WechatPayModule options', [
        { path: ['facades', index], message: `${factory.name} is registered twice` },
      ])
    }
    seen.add(token)
    return {
      provide: token,
      useFactory: (client: WechatPayClient) => (options === undefined ? factory(client) : factory(client, options)),
      inject: [WECHATPAY_CLIENT],
    }
  })
}
