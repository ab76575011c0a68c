// express: written by scripts/catalog/generate.mjs from packages/catalog/spec (npm run catalog). Do not edit.
import type { RouteCallOptions } from '@core/client'

export interface ExpressUsersByOpenidTransformPostJson {
  /** 目标应用的appid */
  appid: string
}

/** 用户openid转换: the options of `POST /v3/express/users/{openid}/transform`. */
export interface ExpressUsersByOpenidTransformPostOptions extends RouteCallOptions {
  params: {
    /** 用户openid */
    openid: string
  }
  json: ExpressUsersByOpenidTransformPostJson
}

/** 用户openid转换: what `POST /v3/express/users/{openid}/transform` answers. */
export type ExpressUsersByOpenidTransformPostResponse = {
  /** 转换后的openid */
  openid: string
}
