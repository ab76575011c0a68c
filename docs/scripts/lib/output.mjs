// Output handling of the generator: files are written atomically and only when their text changed, and whatever a run
// did not write in the folders it owns is removed afterwards, so two runs give byte-identical trees and a renamed
// endpoint leaves no stale page behind.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * An output tree rooted at `root` that owns the folders `owned` (relative to `root`).
 * @param {string} root
 * @param {readonly string[]} owned
 */
export function createOutput(root, owned) {
  const written = new Set()

  /** Writes `text` (newline-terminated) to `root/path`, unless the file already holds it. */
  function write(path, text) {
    const target = join(root, path)
    const content = text.endsWith('\n') ? text : `${text}\n`
    written.add(target)
    if (existsSync(target) && readFileSync(target, 'utf8') === content) return
    mkdirSync(dirname(target), { recursive: true })
    // Write then rename: `build` and `typecheck` may generate at the same time, and a reader must never see half a file.
    const temp = `${target}.${process.pid}.tmp`
    writeFileSync(temp, content)
    renameSync(temp, target)
  }

  function prune(dir) {
    if (!existsSync(dir)) return
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
        prune(path)
        if (readdirSync(path).length === 0) rmSync(path, { recursive: true, force: true })
      } else if (!written.has(path) && !name.endsWith('.tmp')) rmSync(path, { force: true })
    }
  }

  return {
    root,
    write,
    /** Removes the files of the owned folders that this run did not write. */
    finish() {
      for (const dir of owned) prune(join(root, dir))
      return written.size
    },
  }
}
