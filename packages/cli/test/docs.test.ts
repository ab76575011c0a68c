// The sample outputs on the cli pages (zh and en) are what the current `wxpay` prints, modulo what differs from run
// to run. WXPAY_UPDATE_DOCS=1 writes the fresh output into the pages instead of comparing.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { docSamples, normalize, type Sample } from './doc-samples.js'

const docs = join(import.meta.dirname, '..', '..', '..', 'docs')
const PAGES = ['guide/cli.md', 'en/guide/cli.md']
/** A sample block: the marker comment, then a ```text fence holding the output. */
const BLOCK = /(<!-- wxpay-sample: ([\w-]+) -->\n```text\n)([\s\S]*?)(```)/g
const update = process.env.WXPAY_UPDATE_DOCS === '1'

let samples: Record<string, Sample>
beforeAll(async () => {
  samples = await docSamples()
}, 60_000)

describe.each(PAGES)('the samples on docs/%s', (page) => {
  const path = join(docs, page)

  it('show every command’s real output, each after the command that prints it', () => {
    let text = readFileSync(path, 'utf8')
    if (update) {
      text = text.replace(BLOCK, (all, open: string, name: string, _old: string, close: string) =>
        samples[name] === undefined ? all : `${open}${samples[name].output.replace(/\n*$/, '\n')}${close}`,
      )
      // The command line above each block takes the session's own values (the notification id of resend).
      for (const [name, sample] of Object.entries(samples)) {
        const at = text.indexOf(`<!-- wxpay-sample: ${name} -->`)
        const fence = text.lastIndexOf('```sh\n', at)
        if (at < 0 || fence < 0) continue
        const head = text.slice(0, fence)
        const shown = text
          .slice(fence, at)
          .split('\n')
          .map((line) => (normalize(line) === normalize(sample.command) ? sample.command : line))
          .join('\n')
        text = head + shown + text.slice(at)
      }
      writeFileSync(path, text)
    }
    const blocks = [...text.matchAll(BLOCK)]
    expect(blocks.map((b) => b[2]).sort()).toEqual(Object.keys(samples).sort())
    for (const [, , name, output] of blocks) {
      const sample = samples[name!]!
      expect.soft(normalize(output!), `sample ${name}`).toBe(normalize(sample.output.replace(/\n*$/, '\n')))
      // The command shown above the block (in the sh fence before it) is the one that printed it.
      const before = text.slice(0, text.indexOf(`<!-- wxpay-sample: ${name} -->`))
      const fence = before.slice(before.lastIndexOf('```sh\n'))
      expect.soft(normalize(fence), `command of ${name}`).toContain(normalize(sample.command))
    }
  })
})
