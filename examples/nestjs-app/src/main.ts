import { NestFactory } from '@nestjs/core'
import { APP_OPTIONS, AppModule } from './app.module.js'
import { AppConfig } from './config.js'

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, APP_OPTIONS)
  // SIGTERM/SIGINT run onApplicationShutdown, which closes the WeChat Pay client's connections.
  app.enableShutdownHooks()
  const config = app.get(AppConfig)
  await app.listen(config.port, config.host)
  console.log(`example-nestjs-app listening on ${await app.getUrl()}`)
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
