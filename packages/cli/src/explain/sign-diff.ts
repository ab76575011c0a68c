// `wxpay explain --request entry.json --signed mine.txt`: where the sign string a client built differs from the one
// the sandbox built from the bytes it received, and what that difference is.
import { detectStyle, differences, keyOrder } from './reserialize.js'

const LINES = ['METHOD', 'URL (path and ?query as sent)', 'TIMESTAMP', 'NONCE', 'BODY']

export function compareSignStrings(expected: string, signed: string): string[] {
  if (signed === expected) {
    return [
      'your sign string is byte-for-byte the one the sandbox built: the bytes are right, the key is not —',
      'the signature was made with a private key that does not belong to the certificate serial sent',
      '(check with: wxpay keys inspect apiclient_key.pem --match apiclient_cert.pem)',
    ]
  }
  const out: string[] = []
  if (signed.includes('\r\n')) out.push('your string has CRLF line endings: every line must end with \\n alone')
  if (!signed.endsWith('\n')) out.push('your string does not end with \\n: the body line needs its newline too')
  const a = expected.split('\n')
  const b = signed.replace(/\r\n/g, '\n').split('\n')
  // The first four lines are single lines; the rest is the body (which may itself hold newlines).
  for (let i = 0; i < 4; i++) {
    if (a[i] !== b[i])
      out.push(`line ${i + 1} (${LINES[i]}) differs: sandbox ${JSON.stringify(a[i])}, yours ${JSON.stringify(b[i])}`)
  }
  const bodyA = a.slice(4).join('\n').replace(/\n$/, '')
  const bodyB = b.slice(4).join('\n').replace(/\n$/, '')
  if (bodyA !== bodyB) {
    let detail = 'the body differs'
    try {
      const va = JSON.parse(bodyA)
      const vb = JSON.parse(bodyB)
      if (JSON.stringify(va) === JSON.stringify(vb) || keyOrder(va) !== keyOrder(vb)) {
        const changes = differences(detectStyle(bodyB, vb), detectStyle(bodyA, va), keyOrder(va) !== keyOrder(vb))
        detail = `the body is the same JSON serialized differently (${changes.join('; ') || 'bytes differ'}): sign the exact bytes you send`
      }
    } catch {
      if (bodyB === '' && bodyA !== '') detail = 'you signed an empty body: the body bytes belong on the fifth line'
    }
    let at = 0
    while (at < bodyA.length && bodyA[at] === bodyB[at]) at++
    out.push(`${detail} (first difference at body character ${at})`)
  }
  return out.length > 0 ? out : ['the strings differ']
}
