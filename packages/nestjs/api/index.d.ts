import * as _core_client_notifications from '@core/client/notifications';
import { NotificationResult, NotificationHandlerOptions, VerifiedNotification, NotificationErrorInfo } from '@core/client/notifications';
import { HttpException, ModuleMetadata, InjectionToken, OptionalFactoryDependency, Type, Provider, CanActivate, ExecutionContext, ExceptionFilter, ArgumentsHost, NestInterceptor, CallHandler, NestModule, OnApplicationShutdown, MiddlewareConsumer, DynamicModule } from '@nestjs/common';
import { HeadersInput } from '@core/signer';
import { WechatPayClient, ClientOptions } from '@core/client';
import { IncomingHttpHeaders } from 'node:http';
import { HttpAdapterHost } from '@nestjs/core';
import { Observable } from 'rxjs';

/**
 * The answer to a callback delivery, thrown so that Nest skips the controller (or its result) and the module's
 * {@link WechatPayNotificationFilter} writes it: 204 for a duplicate, 4xx/5xx with `{"code":"FAIL","message":…}` so
 * WeChat Pay redelivers. An `HttpException`, so even another filter answers with the right status and body.
 */
declare class WechatPayNotificationAnswer extends HttpException {
    readonly result: NotificationResult;
    constructor(result: NotificationResult);
}

/** A family's facade factory, e.g. `createBusifavor` from `@api/busifavor`. */
type FacadeFactory<Facade extends object = object, Options = never> = (client: WechatPayClient, options?: Options) => Facade;
/** A facade for the module to provide: the factory alone, or with the options it is called with. */
type FacadeRegistration = FacadeFactory<object, any> | {
    factory: FacadeFactory<object, any>;
    options?: unknown;
};
/**
 * The injection token of a family's facade, e.g. `getWechatPayFacadeToken(createBusifavor)` for `inject: […]` in a
 * factory or `moduleRef.get(…)`. A namespaced string (not the function), so the ESM and CJS builds agree on it.
 */
declare function getWechatPayFacadeToken(factory: FacadeFactory<object, any>): string;
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
declare function InjectWechatPayFacade(factory: FacadeFactory<object, any>): PropertyDecorator & ParameterDecorator;

/**
 * Callback settings of the module (all optional): where handled ids are remembered, for how long, the largest body,
 * and who hears about failed deliveries. Verification uses the module's client, so its keys, clock and
 * `maxSkewSeconds` apply.
 */
type WechatPayNotificationsOptions = Omit<NotificationHandlerOptions, 'onNotification' | 'maxSkewSeconds'>;
/** What `forRoot` takes and what a `forRootAsync` factory resolves to. */
interface WechatPayModuleOptions extends ClientOptions {
    /** Settings of `@WechatPayNotification()` routes; by default ids are remembered in memory for 25 h. */
    notifications?: WechatPayNotificationsOptions;
}
/** `forRoot` options: the module options plus how the module is registered. */
interface WechatPayModuleRootOptions extends WechatPayModuleOptions {
    /** Register the module globally, so feature modules inject its providers without importing it (default false). */
    isGlobal?: boolean;
    /**
     * The API families' facades to provide, built from the module's client: e.g. `[createBusifavor]` from
     * `@api/busifavor`, then `@InjectWechatPayFacade(createBusifavor)`. `{ factory, options }` passes options.
     */
    facades?: readonly FacadeRegistration[];
}
/** A class that builds the module options (`forRootAsync({ useClass })` or `{ useExisting }`). */
interface WechatPayOptionsFactory {
    createWechatPayOptions(): WechatPayModuleOptions | Promise<WechatPayModuleOptions>;
}
/** `forRootAsync` options: exactly one of `useFactory`, `useClass` or `useExisting`. */
interface WechatPayModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
    /** Register the module globally (default false). */
    isGlobal?: boolean;
    /** The API families' facades to provide (see {@link WechatPayModuleRootOptions.facades}). */
    facades?: readonly FacadeRegistration[];
    useFactory?: (...args: any[]) => WechatPayModuleOptions | Promise<WechatPayModuleOptions>;
    /** Providers handed to `useFactory`, in order. */
    inject?: (InjectionToken | OptionalFactoryDependency)[];
    useClass?: Type<WechatPayOptionsFactory>;
    useExisting?: Type<WechatPayOptionsFactory>;
    /** More providers for the module, e.g. what `useClass` depends on. */
    extraProviders?: Provider[];
}

/**
 * One delivery that passed verification and dedupe and is now in the controller. The core handler awaits
 * {@link NotificationExchange.done}: it marks the id handled when the controller succeeds and releases it when the
 * controller throws, exactly as it does for the Express adapter's `onNotification`.
 */
declare class NotificationExchange {
    #private;
    /** The verified, decrypted notification (set once the core handler hands it over). */
    event: VerifiedNotification | undefined;
    /** The core handler's answer; settles after {@link succeed} or {@link fail}. */
    result: Promise<NotificationResult>;
    constructor(entered: (event: VerifiedNotification) => void);
    get settled(): boolean;
    /** True once the controller started: from then on only its outcome settles the delivery. */
    get running(): boolean;
    /** Marks the controller as started (the interceptor calls it before running the route handler). */
    start(): void;
    /** Called by the core handler in place of `onNotification`. */
    enter(event: VerifiedNotification): Promise<void>;
    succeed(): void;
    fail(error: unknown): void;
}
/** What {@link WechatPayNotifications.begin} found: an answer to send now, or a delivery for the controller. */
type NotificationStart = {
    answer: NotificationResult;
} | {
    exchange: NotificationExchange;
};
/** The raw delivery the guard extracted from the request. */
interface NotificationDelivery {
    headers: HeadersInput;
    body: string | Uint8Array;
}
/**
 * The module's callback core: the framework-neutral handler of `@core/client/notifications`, verifying with the
 * module's client (its platform keys, clock, `maxSkewSeconds`, certificate refresh), deduping by notification id in
 * the configured store. The guard, interceptor and filter of `@WechatPayNotification()` use it; inject it to reach
 * the dedupe store (`notifications.dedupe`).
 */
declare class WechatPayNotifications {
    #private;
    constructor(client: WechatPayClient, options: WechatPayModuleOptions);
    /** Where handled notification ids are remembered. */
    get dedupe(): _core_client_notifications.DedupeStore;
    /** Largest accepted body in bytes. */
    get maxBodyBytes(): number;
    /**
     * Verifies and dedupes one delivery. Resolves with the answer to send when the controller must not run (forged,
     * malformed, duplicate, in progress, too large), or with the exchange once the event is the controller's to handle.
     */
    begin(delivery: NotificationDelivery): Promise<NotificationStart>;
    /** Reports a failure the core handler did not see (a misconfigured route, another guard's exception). */
    report(error: unknown, info: NotificationErrorInfo): void;
}

/** The part of an Express or Fastify request the callback route reads. */
interface NotificationHttpRequest {
    headers: IncomingHttpHeaders;
    /** Set by Nest when the app is created with `{ rawBody: true }`. */
    rawBody?: unknown;
    body?: unknown;
}
/** The verified, decrypted notification of a `@WechatPayNotification()` request (undefined before the guard ran). */
declare function getNotificationEvent<Resource = unknown>(request: NotificationHttpRequest): VerifiedNotification<Resource> | undefined;

/** How to get the raw body in Nest; the exact wording users see when it is missing. */
declare const NEST_RAW_BODY_HINT = "Fix: create the application with NestFactory.create(AppModule, { rawBody: true }) (Fastify: NestFactory.create(AppModule, new FastifyAdapter(), { rawBody: true })), so Nest keeps req.rawBody next to the parsed JSON; signatures cover the exact bytes received.";
/**
 * Guards a WeChat Pay callback route (`@WechatPayNotification()` applies it): verifies the signature over the raw
 * body (skew, probe, unknown serial), decrypts `resource`, claims the notification id in the dedupe store, and lets
 * the controller run only for a new, genuine delivery. Every other delivery is answered at once (401 forged, 400
 * malformed, 204 duplicate, 409 in progress, 413 too large) through {@link WechatPayNotificationAnswer}.
 *
 * The hooks are `protected` so you can adapt it, e.g. where the raw body comes from; pass your subclass as
 * `@WechatPayNotification({ guard: MyGuard })`.
 */
declare class WechatPayNotificationGuard implements CanActivate {
    protected readonly notifications: WechatPayNotifications;
    constructor(notifications: WechatPayNotifications);
    canActivate(context: ExecutionContext): Promise<boolean>;
    /** The HTTP request (Express `Request` or Fastify `FastifyRequest`). */
    protected getRequest(context: ExecutionContext): NotificationHttpRequest;
    /** The `Wechatpay-*` headers. */
    protected getHeaders(request: NotificationHttpRequest): HeadersInput;
    /**
     * The body exactly as received: `req.rawBody`, which Nest keeps when the app is created with `{ rawBody: true }`.
     * @throws {NotificationConfigurationError} when it is missing (answered 500 so WeChat Pay redelivers after the
     * fix); the message says how to fix it.
     * @throws {WechatPayNotificationAnswer} 400 for a body that is not JSON (no WeChat Pay callback).
     */
    protected getRawBody(request: NotificationHttpRequest): string | Uint8Array;
    /**
     * If the response ends before the controller started (another interceptor answered from a cache, say), releases
     * the notification id so a redelivery runs the handler; otherwise the claim would hold until it expires.
     */
    protected releaseIfAbandoned(context: ExecutionContext, exchange: NotificationExchange): void;
}

/** Injects the module's `@core/client` `WechatPayClient`. */
declare function InjectWechatPayClient(): PropertyDecorator & ParameterDecorator;
interface WechatPayNotificationRouteOptions {
    /** A subclass of {@link WechatPayNotificationGuard} with your hooks (default: the guard itself). */
    guard?: Type<WechatPayNotificationGuard>;
}
/**
 * Makes a POST route a WeChat Pay callback endpoint: the guard verifies the raw body and dedupes by notification id,
 * the controller runs once per id with the event in `@NotificationEvent()`, and WeChat Pay gets its ack — 204 when
 * the method returns, 500 `{"code":"FAIL"}` when it throws (WeChat Pay redelivers), 401 for forged deliveries and
 * probes, 400 for malformed ones. Needs `NestFactory.create(AppModule, { rawBody: true })`.
 * @example
 * ```ts
 * @Controller('wechatpay')
 * class NotifyController {
 *   @Post('notify')
 *   @WechatPayNotification()
 *   async handle(@NotificationEvent(parseCouponSendNotification) event: CouponSendEvent) {
 *     await this.coupons.recordIssued(event.resource.coupon_code)
 *   }
 * }
 * ```
 */
declare function WechatPayNotification(options?: WechatPayNotificationRouteOptions): MethodDecorator;
/**
 * The verified, decrypted notification of a `@WechatPayNotification()` route. Pass a parser to check and type it,
 * e.g. `@NotificationEvent(parseCouponSendNotification) event: CouponSendEvent` (a parser that throws answers 500).
 */
declare const NotificationEvent: (parse?: (event: VerifiedNotification) => unknown) => ParameterDecorator;

/**
 * Writes every answer of a `@WechatPayNotification()` route in WeChat Pay's format, on Express and Fastify alike:
 * 204 without a body, or the status with `{"code":"FAIL","message":…}` — the same acks as `@adapters/express`.
 * It also catches what else goes wrong on the route (a misconfiguration is 500, another guard's `HttpException`
 * keeps its status), so WeChat Pay never sees Nest's default error body.
 */
declare class WechatPayNotificationFilter implements ExceptionFilter {
    #private;
    private readonly adapterHost;
    private readonly notifications;
    constructor(adapterHost: HttpAdapterHost, notifications: WechatPayNotifications);
    catch(exception: unknown, host: ArgumentsHost): void | Promise<void>;
}

/**
 * Runs the controller of a verified delivery and reports its outcome to the core handler: success marks the id
 * handled and answers 204 (the controller's return value is ignored); a throw releases the id and answers 500 so
 * WeChat Pay redelivers. Applied by `@WechatPayNotification()` after the guard.
 */
declare class WechatPayNotificationInterceptor implements NestInterceptor {
    #private;
    intercept(context: ExecutionContext, next: CallHandler): Observable<undefined>;
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
declare class WechatPayModule implements NestModule, OnApplicationShutdown {
    private readonly client;
    private readonly notifications;
    private readonly adapterHost;
    constructor(client: WechatPayClient, notifications: WechatPayNotifications, adapterHost: HttpAdapterHost);
    /**
     * Nest calls this after registering its body parsers and before any route: the moment to make callback routes
     * answer bodies Nest refuses (unparseable, too large) in WeChat Pay's format. The module applies no middleware.
     */
    configure(_consumer: MiddlewareConsumer): void;
    /**
     * Configures the module with fixed options (validated when the app starts: unknown keys and bad values throw a
     * `ValidationError` naming them).
     */
    static forRoot(options: WechatPayModuleRootOptions): DynamicModule;
    /**
     * Configures the module from other providers, e.g. `ConfigService`:
     * `forRootAsync({ imports: [ConfigModule], inject: [ConfigService], useFactory: (config) => ({ … }) })`,
     * or `{ useClass }` / `{ useExisting }` with a {@link WechatPayOptionsFactory}.
     * @throws {ValidationError} for unknown keys or not exactly one of useFactory, useClass, useExisting.
     */
    static forRootAsync(options: WechatPayModuleAsyncOptions): DynamicModule;
    /** Frees the client's connections (calls in flight finish first). */
    onApplicationShutdown(): Promise<void>;
}

/** The token of the options the module was configured with (`forRoot` value or `forRootAsync` result). */
declare function getWechatPayOptionsToken(): string;
/**
 * The token of the module's `WechatPayClient`, e.g. for `inject: [getWechatPayClientToken()]` in a factory or
 * `moduleRef.get(getWechatPayClientToken())`.
 */
declare function getWechatPayClientToken(): string;

export { type FacadeFactory, type FacadeRegistration, InjectWechatPayClient, InjectWechatPayFacade, NEST_RAW_BODY_HINT, type NotificationDelivery, NotificationEvent, NotificationExchange, type NotificationHttpRequest, type NotificationStart, WechatPayModule, type WechatPayModuleAsyncOptions, type WechatPayModuleOptions, type WechatPayModuleRootOptions, WechatPayNotification, WechatPayNotificationAnswer, WechatPayNotificationFilter, WechatPayNotificationGuard, WechatPayNotificationInterceptor, type WechatPayNotificationRouteOptions, WechatPayNotifications, type WechatPayNotificationsOptions, type WechatPayOptionsFactory, getNotificationEvent, getWechatPayClientToken, getWechatPayFacadeToken, getWechatPayOptionsToken };
