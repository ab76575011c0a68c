import { type ClientOptions, ValidationError, type ValidationIssue } from '@core/client'
import type { NotificationHandlerOptions } from '@core/client/notifications'
import type { InjectionToken, ModuleMetadata, OptionalFactoryDependency, Provider, Type } from '@nestjs/common'
import type { FacadeRegistration } from './facades.js'

/**
 * Callback settings of the module (all optional): where handled ids are remembered, for how long, the largest body,
 * and who hears about failed deliveries. Verification uses the module's client, so its keys, clock and
 * `maxSkewSeconds` apply.
 */
export type WechatPayNotificationsOptions = Omit<NotificationHandlerOptions, 'onNotification' | 'maxSkewSeconds'>

/** What `forRoot` takes and what a `forRootAsync` factory resolves to. */
export interface WechatPayModuleOptions extends ClientOptions {
  /** Settings of `@WechatPayNotification()` routes; by default ids are remembered in memory for 25 h. */
  notifications?: WechatPayNotificationsOptions
}

/** `forRoot` options: the module options plus how the module is registered. */
export interface WechatPayModuleRootOptions extends WechatPayModuleOptions {
  /** Register the module globally, so feature modules inject its providers without importing it (default false). */
  isGlobal?: boolean
  /**
   * The API families' facades to provide, built from the module's client: e.g. `[createBusifavor]` from
   * `@api/busifavor`, then `@InjectWechatPayFacade(createBusifavor)`. `{ factory, options }` passes options.
   */
  facades?: readonly FacadeRegistration[]
}

/** A class that builds the module options (`forRootAsync({ useClass })` or `{ useExisting }`). */
export interface WechatPayOptionsFactory {
  createWechatPayOptions(): WechatPayModuleOptions | Promise<WechatPayModuleOptions>
}

/** `forRootAsync` options: exactly one of `useFactory`, `useClass` or `useExisting`. */
export interface WechatPayModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  /** Register the module globally (default false). */
  isGlobal?: boolean
  /** The API families' facades to provide (see {@link WechatPayModuleRootOptions.facades}). */
  facades?: readonly FacadeRegistration[]
  useFactory?: (...args: any[]) => WechatPayModuleOptions | Promise<WechatPayModuleOptions>
  /** Providers handed to `useFactory`, in order. */
  inject?: (InjectionToken | OptionalFactoryDependency)[]
  useClass?: Type<WechatPayOptionsFactory>
  useExisting?: Type<WechatPayOptionsFactory>
  /** More providers for the module, e.g. what `useClass` depends on. */
  extraProviders?: Provider[]
}

const ASYNC_KEYS = new Set([
  'imports',
  'isGlobal',
  'facades',
  'useFactory',
  'inject',
  'useClass',
  'useExisting',
  'extraProviders',
])
const MODULE_KEYS = new Set(['notifications'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function moduleValidationError(what: string, issues: ValidationIssue[]): ValidationError {
  const list = issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
  return new ValidationError(`@adapters/nestjs: ${what}: ${list.join('; ')}`, { issues })
}

/** Checks `forRootAsync` options before any provider exists, so a typo fails at import time. */
export function checkAsyncOptions(options: WechatPayModuleAsyncOptions): void {
  const issues: ValidationIssue[] = []
  if (!isRecord(options)) {
    throw moduleValidationError('WechatPayModule.forRootAsync needs an options object', [
      { path: [], message: 'give { useFactory, inject }, { useClass } or { useExisting }' },
    ])
  }
  for (const key of Object.keys(options)) {
    if (!ASYNC_KEYS.has(key))
      issues.push({ path: [key], message: `unknown option (known: ${[...ASYNC_KEYS].join(', ')})` })
  }
  const ways = (['useFactory', 'useClass', 'useExisting'] as const).filter((key) => options[key] !== undefined)
  if (ways.length !== 1) {
    issues.push({
      path: ways.length ? [ways[1]!] : [],
      message: 'give exactly one of useFactory, useClass or useExisting',
    })
  }
  if (options.useFactory !== undefined && typeof options.useFactory !== 'function')
    issues.push({ path: ['useFactory'], message: 'must be a function returning the module options' })
  for (const key of ['useClass', 'useExisting'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'function')
      issues.push({ path: [key], message: 'must be a class with createWechatPayOptions()' })
  }
  if (options.inject !== undefined && !Array.isArray(options.inject))
    issues.push({ path: ['inject'], message: 'must be an array of injection tokens' })
  if (options.inject !== undefined && options.useFactory === undefined)
    issues.push({ path: ['inject'], message: 'only applies to useFactory' })
  for (const key of ['imports', 'extraProviders'] as const) {
    if (options[key] !== undefined && !Array.isArray(options[key]))
      issues.push({ path: [key], message: 'must be an array' })
  }
  if (options.isGlobal !== undefined && typeof options.isGlobal !== 'boolean')
    issues.push({ path: ['isGlobal'], message: 'must be a boolean' })
  if (issues.length) throw moduleValidationError('invalid WechatPayModule.forRootAsync options', issues)
}

/**
 * Splits resolved module options into what `createClient` takes and the module's own settings. Unknown keys are
 * left in the client part, where `createClient` rejects them by name.
 */
export function splitOptions(options: WechatPayModuleOptions): {
  client: ClientOptions
  notifications: WechatPayNotificationsOptions
} {
  if (!isRecord(options)) {
    throw moduleValidationError('the WechatPayModule options are not an object', [
      { path: [], message: 'forRoot() and forRootAsync() factories must give { mchid, serial, privateKey, … }' },
    ])
  }
  const client: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options)) if (!MODULE_KEYS.has(key)) client[key] = value
  const issues: ValidationIssue[] = []
  const notifications = options.notifications ?? {}
  if (!isRecord(notifications)) issues.push({ path: ['notifications'], message: 'must be an object' })
  else if ('onNotification' in notifications) {
    issues.push({
      path: ['notifications', 'onNotification'],
      message: 'is the controller method: put @WechatPayNotification() on it and read @NotificationEvent()',
    })
  }
  for (const key of ['isGlobal', 'facades'] as const) {
    if (key in client)
      issues.push({ path: [key], message: `belongs to forRoot({ ${key} }) or forRootAsync({ ${key} })` })
  }
  if (issues.length) throw moduleValidationError('invalid WechatPayModule options', issues)
  return { client: client as unknown as ClientOptions, notifications }
}
