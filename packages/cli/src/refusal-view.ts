// How `wxpay logs` and `wxpay explain` print a refused request: the checks the sandbox made and the sign string it
// built from the bytes it received. The signature value is never in it (the sandbox does not keep it).
import type { SignatureRefusal } from '@tools/sandbox'
import type { Output } from './output.js'

/** The sign string with its line breaks shown, one line each: what the client had to sign, byte for byte. */
export function signStringLines(out: Output, text: string): string[] {
  const parts = text.split('\n')
  // The string ends with \n: the split leaves an empty last part that is not a line.
  if (parts.at(-1) === '') parts.pop()
  return parts.map((part) => `${part.replace(/\r/g, out.paint('red', '\\r'))}${out.paint('magenta', '\\n')}`)
}

const mark = (out: Output, ok: boolean | undefined) =>
  ok === undefined ? '' : ok ? out.paint('green', '✓') : out.paint('red', '✗')

export function refusalLines(out: Output, r: SignatureRefusal): string[] {
  const lines: string[] = []
  const row = (name: string, value: string) => lines.push(`${out.paint('gray', name.padEnd(13))}${value}`)
  row('failed check', out.paint('red', r.check))
  row('reason', r.reason)
  if (r.authorization === undefined) row('Authorization', out.paint('red', 'missing'))
  else {
    const a = r.authorization
    row('scheme', `${a.scheme ?? '(none)'} ${mark(out, a.scheme === 'WECHATPAY2-SHA256-RSA2048')}`)
    row(
      'mchid',
      `${r.mchid.received ?? a.mchid ?? '(none)'} ${mark(out, r.mchid.matches)}${r.mchid.matches ? '' : ` expected ${r.mchid.expected}`}`,
    )
    row(
      'serial_no',
      `${r.serial.received ?? a.serial_no ?? '(none)'} ${mark(out, r.serial.matches)}${r.serial.matches ? '' : ` expected ${r.serial.expected} (the merchant API certificate serial)`}`,
    )
    const t = r.time
    const skew =
      t.skewSeconds === undefined ? '' : ` (server − request = ${t.skewSeconds}s, allowed ±${t.maxSkewSeconds}s)`
    row('timestamp', `${a.timestamp ?? '(none)'}${skew} ${mark(out, t.within)}`)
    row('nonce_str', a.nonce_str ?? '(none)')
    row('signature', a.signature ?? '(none)')
    const extra = Object.keys(a).filter(
      (k) => !['scheme', 'mchid', 'serial_no', 'timestamp', 'nonce_str', 'signature'].includes(k),
    )
    if (extra.length > 0) row('unexpected', extra.map((k) => `${k}="${a[k]}"`).join(', '))
  }
  const b = r.body
  row(
    'body',
    `${b.length} bytes, sha256 ${b.sha256}${b.text === undefined ? ' (not UTF-8)' : ''}${b.truncated ? ' (cut)' : ''}`,
  )
  if (r.signString !== undefined) {
    lines.push(
      `${out.paint('gray', 'sign string the sandbox built from what it received')} (sha256 ${r.signStringSha256}):`,
    )
    for (const line of signStringLines(out, r.signString)) lines.push(`  ${line}`)
    lines.push(
      out.paint('gray', 'your client must have signed exactly these bytes; the signature is not kept, so compare your'),
    )
    lines.push(
      out.paint('gray', "string with this one (wxpay explain --request <entry.json> --signed <your string's file>)"),
    )
  }
  if (r.signedInstead !== undefined) lines.push(out.warn(`the signature matches ${out.paint('bold', r.signedInstead)}`))
  return lines
}
