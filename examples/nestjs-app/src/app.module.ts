import { WechatPayModule } from '@adapters/nestjs'
import { createBusifavor } from '@api/busifavor'
import { Logger, Module, type NestApplicationOptions, type OnApplicationShutdown } from '@nestjs/common'
import { AppConfig, ConfigModule } from './config.js'
import { CouponController } from './coupon.controller.js'
import { CouponLedger } from './coupon.ledger.js'
import { NotifyController } from './notify.controller.js'

/** How the app must be created: the callback guard verifies signatures over `req.rawBody`. */
export const APP_OPTIONS = { rawBody: true } satisfies NestApplicationOptions

@Module({
  imports: [
    ConfigModule,
    WechatPayModule.forRootAsync({
      imports: [ConfigModule],
      inject: [AppConfig],
      useFactory: (config: AppConfig) => config.wechatpay(),
      // The 商家券 facade, built from the module's client: inject it with @InjectWechatPayFacade(createBusifavor).
      facades: [createBusifavor],
    }),
  ],
  controllers: [CouponController, NotifyController],
  providers: [CouponLedger],
})
export class AppModule implements OnApplicationShutdown {
  // WechatPayModule closes its client in the same phase; this line only makes the shutdown visible.
  onApplicationShutdown(signal?: string): void {
    new Logger(AppModule.name).log(`shut down (${signal ?? 'app.close()'})`)
  }
}
