import { z } from 'zod'
import { length } from './shared.js'

// Field texts and the stock-id path parameter the stock endpoints share.

export const stockIdParam = z.strictObject({
  stock_id: z
    .string()
    .min(1)
    .max(20)
    .meta({ description: '批次号', en: 'Stock ID', ...length(1, 20) }),
})

export const STOCK_SEND_RULE = { description: '发放规则', en: 'Issuance rule' }
export const NOTIFY_CONFIG = { description: '事件通知配置', en: 'Event notification settings' }
export const DISPLAY_PATTERN_INFO = { description: '样式信息', en: 'Display style' }
