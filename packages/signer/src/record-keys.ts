import type { X509Certificate } from 'node:crypto'
import type { KeyInput } from './keys.js'
import { PlatformKeys, type PlatformKeysInit } from './platform-keys.js'

type KeyValue = KeyInput | X509Certificate

/** What a plain record (or Map) held when its store was last built: names and values, by identity. */
interface Snapshot {
  names: string[]
  values: KeyValue[]
  store: PlatformKeys
}

// Parsing PEM costs far more than a verification, so each record keeps a built store; but the record is the caller's
// and may change between calls (a rotation that deletes a serial must stop it verifying at once), so every call
// compares the record's current entries with the snapshot and rebuilds when a name or a value (by identity) changed.
const snapshots = new WeakMap<object, Snapshot>()

function entriesOf(init: Exclude<PlatformKeysInit, PlatformKeys>): [string, KeyValue][] | undefined {
  if (init instanceof Map) return [...(init as Map<string, KeyValue>)]
  if (Array.isArray(init)) return init as [string, KeyValue][]
  if (Symbol.iterator in Object(init)) return undefined
  return Object.entries(init as Record<string, KeyValue>)
}

function unchanged(snapshot: Snapshot, entries: [string, KeyValue][]): boolean {
  if (snapshot.names.length !== entries.length) return false
  for (let i = 0; i < entries.length; i++) {
    const [name, value] = entries[i]!
    if (snapshot.names[i] !== name || snapshot.values[i] !== value) return false
  }
  return true
}

/**
 * The store to verify with: a `PlatformKeys` as is (it is live by nature); a plain record or Map as its entries are
 * now. Keys already parsed for an unchanged serial and value are reused when the record changes.
 */
export function storeOf(keys: PlatformKeys | PlatformKeysInit): PlatformKeys {
  if (keys instanceof PlatformKeys) return keys
  const entries = entriesOf(keys)
  const snapshot = snapshots.get(keys)
  if (entries === undefined) {
    // A one-shot iterable cannot be read twice: it is taken once, as given on the first call.
    if (snapshot !== undefined) return snapshot.store
    const store = new PlatformKeys(keys)
    snapshots.set(keys, { names: [], values: [], store })
    return store
  }
  if (snapshot !== undefined && unchanged(snapshot, entries)) return snapshot.store
  const store = new PlatformKeys()
  for (const [name, value] of entries) {
    const index = snapshot === undefined ? -1 : snapshot.names.indexOf(name)
    const parsed = index >= 0 && snapshot!.values[index] === value ? snapshot!.store.get(name) : undefined
    store.add(name, parsed ?? value)
  }
  snapshots.set(keys, { names: entries.map(([name]) => name), values: entries.map(([, value]) => value), store })
  return store
}
