import { notExists } from '../problem.js'
import { rfc3339 } from '../util.js'
import { type Handler, optStr, str } from './types.js'

export const setNotifyUrl: Handler = ({ body, mchid, state, now }) => {
  const target = optStr(body, 'mchid') ?? mchid
  const update_time = rfc3339(now)
  state.notifyUrls.set(target, { notify_url: str(body, 'notify_url'), update_time })
  return { body: { update_time, notify_url: str(body, 'notify_url'), mchid: target } }
}

export const getNotifyUrl: Handler = ({ query, mchid, state }) => {
  const target = optStr(query, 'mchid') ?? mchid
  const entry = state.notifyUrls.get(target)
  if (entry === undefined) throw notExists(`商户 ${target} 尚未设置商家券事件通知地址`)
  return { body: { notify_url: entry.notify_url, mchid: target } }
}
