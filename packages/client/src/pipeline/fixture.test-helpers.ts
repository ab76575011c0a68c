// Options and keys for the pipeline step tests: resolved exactly as createClient resolves them.
import { generateKeyPairSync } from 'node:crypto'
import type { ClientOptions } from '../options.js'
import { resolveOptions } from '../resolve-options.js'

export const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
export const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
export const PUB_KEY_ID = 'PUB_KEY_ID_0114232134912410000000000000000000'

export function resolved(extra: Partial<ClientOptions> = {}) {
  return resolveOptions({
    mchid: '1900000001',
    serial: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
    privateKey: merchant.privateKey,
    platformKeys: { [PUB_KEY_ID]: platform.publicKey },
    clock: () => 1_700_000_000_000,
    nonce: () => 'N0NCE',
    ...extra,
  })
}
