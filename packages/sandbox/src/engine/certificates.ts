import { encryptResource } from '@core/signer'
import type { KeyMaterial } from '../keys.js'
import { notExists } from '../problem.js'
import { rfc3339 } from '../util.js'

/** The pseudo endpoint id of `GET /v3/certificates` (in the request log and in `faults.endpoints`). */
export const CERTIFICATES_ENDPOINT = 'certificates'
export const CERTIFICATES_PATH = '/v3/certificates'

/**
 * `GET /v3/certificates`: every platform certificate, each encrypted with the APIv3 key (AAD `certificate`) as WeChat
 * Pay serves them. A merchant on the WeChat Pay public key has none.
 */
export function certificatesBody(keys: KeyMaterial, apiv3Key: string): Record<string, unknown> {
  if (keys.certificates.length === 0) {
    throw notExists('该商户没有平台证书（已使用微信支付公钥）：请用微信支付公钥 PUB_KEY_ID_… 验签')
  }
  return {
    data: keys.certificates.map((c) => ({
      serial_no: c.serial,
      effective_time: rfc3339(c.notBefore!.getTime()),
      expire_time: rfc3339(c.notAfter!.getTime()),
      encrypt_certificate: encryptResource(c.certificatePem!, apiv3Key, { associatedData: 'certificate' }),
    })),
  }
}
