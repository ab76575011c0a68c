import { notExists } from '../../../problem.js'
import { rfc3339 } from '../../../util.js'
import type { BusifavorHandlers } from './handlers.js'

export const notifyHandlers = {
  set_notify_url: ({ body, mchid, state, now }) => {
    const target = body.mchid ?? mchid
    const update_time = rfc3339(now)
    state.notifyUrls.set(target, { notify_url: body.notify_url, update_time })
    return { body: { update_time, notify_url: body.notify_url, mchid: target } }
  },

  get_notify_url: ({ query, mchid, state }) => {
    const target = query.mchid ?? mchid
    const entry = state.notifyUrls.get(target)
    if (entry === undefined) throw notExists(`商户 ${target} 尚未设置商家券事件通知地址`)
    return { body: { notify_url: entry.notify_url, mchid: target } }
  },
} satisfies Partial<BusifavorHandlers>
