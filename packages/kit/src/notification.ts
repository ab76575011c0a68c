import type { VerifiedNotification } from '@core/signer'
import { z } from 'zod'
import type { DocLink, LocalizedDocs } from './docs.js'
import { rfc3339 } from './fields.js'

/** The headers every WeChat Pay callback carries (names as documented; HTTP itself is case-insensitive). */
export const NOTIFICATION_HEADERS = z.looseObject({
  'Request-ID': z.string().meta({ description: '通知的唯一标识', en: 'Unique id of the delivery' }),
  'Wechatpay-Nonce': z.string().meta({ description: '签名随机串', en: 'Signature nonce' }),
  'Wechatpay-Serial': z.string().meta({
    description: '微信支付公钥ID / 平台证书序列号',
    en: 'WeChat Pay public key ID / platform certificate serial',
  }),
  'Wechatpay-Signature': z.string().meta({ description: '签名串', en: 'Signature (Base64)' }),
  'Wechatpay-Signature-Type': z
    .enum(['WECHATPAY2-SHA256-RSA2048'])
    .meta({ description: '签名算法', en: 'Signature algorithm' }),
  'Wechatpay-Timestamp': z.string().meta({ description: '时间戳', en: 'Timestamp (Unix seconds)' }),
})

/** The answer body WeChat Pay reads: a 4xx/5xx with `{"code":"FAIL","message":…}` makes it deliver again later. */
export const NOTIFICATION_ACK = z.looseObject({
  code: z
    .enum(['SUCCESS', 'FAIL'])
    .optional()
    .meta({ description: '处理结果（失败时返回 FAIL）', en: 'Result (FAIL when the delivery failed)' }),
  message: z.string().optional().meta({ description: '附加信息（失败原因）', en: 'Details (why it failed)' }),
})

/** The signed JSON envelope of a callback, before decryption, for the given event types and resource type. */
export function notificationEnvelope<const EventTypes extends readonly [string, ...string[]]>(
  eventTypes: EventTypes,
  resource: { originalType: string; associatedData?: string; summary: { zh: string; en: string } },
) {
  return z.looseObject({
    id: z.string().min(1).max(36).meta({
      description: '通知的唯一ID',
      en: 'Unique notification id',
      constraints: '1..36',
      constraintsEn: '1 to 36 characters',
    }),
    create_time: rfc3339.meta({ description: '通知创建时间', en: 'Creation time' }),
    event_type: z.enum(eventTypes).meta({ description: '通知的类型', en: 'Event type' }),
    resource_type: z.enum(['encrypt-resource']).meta({ description: '通知的资源数据类型', en: 'Resource type' }),
    summary: z
      .string()
      .meta({ description: `回调摘要（如「${resource.summary.zh}」）`, en: `Summary (e.g. "${resource.summary.en}")` }),
    resource: z
      .looseObject({
        original_type: z.enum([resource.originalType]).meta({ description: '原始回调类型', en: 'Original type' }),
        algorithm: z.enum(['AEAD_AES_256_GCM']).meta({ description: '加密算法', en: 'Encryption algorithm' }),
        associated_data: z
          .string()
          .optional()
          .meta(
            resource.associatedData === undefined
              ? { description: '附加数据（可能为空串）', en: 'Associated data (may be empty)' }
              : {
                  description: `附加数据（示例 ${resource.associatedData}，可能为空串）`,
                  en: `Associated data (e.g. ${resource.associatedData}; may be empty)`,
                },
          ),
        nonce: z.string().meta({ description: '加密使用的随机串', en: 'Encryption nonce' }),
        ciphertext: z.string().meta({
          description: 'Base64 密文（APIv3 密钥 AES-256-GCM 加密）',
          en: 'Base64 ciphertext (AES-256-GCM with the APIv3 key)',
        }),
      })
      .meta({ description: '通知资源数据', en: 'Encrypted resource' }),
  })
}

export interface NotificationDocs {
  zh: LocalizedDocs
  en: LocalizedDocs
  links: readonly DocLink[]
}

/**
 * One kind of callback WeChat Pay posts to the merchant (received, not called): its event types, the envelope that
 * arrives and the decrypted resource. Handlers must deduplicate on the notification `id`: deliveries repeat.
 */
export interface NotificationDefinition<
  Id extends string = string,
  EventType extends string = string,
  Resource extends z.ZodObject = z.ZodObject,
> {
  /** snake_case id, unique in its family; also the docs page slug, e.g. `notify_coupon_send`. */
  id: Id
  /** The `event_type` values this definition covers, e.g. `['REFUND.SUCCESS', 'REFUND.ABNORMAL', 'REFUND.CLOSED']`. */
  eventTypes: readonly [EventType, ...EventType[]]
  /** `resource.original_type`, e.g. `coupon`, `transaction`, `refund`. */
  originalType: string
  headers: z.ZodObject
  envelope: z.ZodObject
  /** The decrypted resource. Loose: WeChat Pay adds fields. */
  resource: Resource
  ack: z.ZodObject
  docs: NotificationDocs
  /** Research notes (never rendered). */
  uncertain: string | undefined
}

export type AnyNotification = NotificationDefinition<string, string, z.ZodObject>

/** Checks a notification definition's shape and keeps its literal types. */
export function defineNotification<
  const Id extends string,
  const EventType extends string,
  Resource extends z.ZodObject,
>(definition: NotificationDefinition<Id, EventType, Resource>): NotificationDefinition<Id, EventType, Resource> {
  return Object.freeze({ ...definition })
}

/** A verified callback whose decrypted `resource` matched the definition's schema. */
export type NotificationEvent<N extends AnyNotification> = Omit<
  VerifiedNotification<z.output<N['resource']>>,
  'event_type'
> & {
  event_type: N['eventTypes'][number]
}
