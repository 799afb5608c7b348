import type {OutletEntry, OutletRegistry} from '../types.js'
import {isArray, isMap, isRecord, optionsError} from '../contract.js'
import {describe, isRevokedProxy, QUOTE_LENGTH} from '../describe.js'
import {setEditions} from './editions.js'
import {isDomainName, parseHostname, stripVariantPrefixes} from './hostname.js'
import {outletKey, outletSlug} from './outlet-key.js'
import {recordsFromData, type RegistryTuple} from './registry-data.js'
import registryData from './registry.json' with {type: 'json'}

/** Options of `createOutletRegistry`. */
export interface CreateOutletRegistryOptions {
  /**
   * Registry to start from (such as `getDefaultOutletRegistry()`). The new
   * entries come after its entries: an entry with the id of one of them
   * replaces it, and the new entries' names and aliases win over its keys.
   */
  extend?: OutletRegistry | undefined
}

/**
 * Get the key a registry files a name or alias under.
 *
 * @param alias
 *   Name, alias or hostname of an outlet.
 * @returns
 *   The lowercase hostname without `www.`, `m.`, `amp.` when `alias` is a
 *   hostname or URL, else `outletKey(alias)`.
 *
 * Hostname keys always hold a dot and name keys never do, so the two kinds
 * share one map without clashing.
 *
 * @example
 *   aliasKey('The Guardian') //=> 'guardian'
 *   aliasKey('www.TheGuardian.com') //=> 'theguardian.com'
 */
export function aliasKey(alias: string): string {
  const host = parseHostname(alias.trim())
  return host === null ? outletKey(alias) : stripVariantPrefixes(host)
}

/**
 * Build an outlet registry: a lookup table from the names, aliases and
 * domains of outlets to their entries.
 *
 * @param entries
 *   Outlets: each `{id, name, domain, aliases, country?}`, where `id` is a
 *   slug (`the-guardian`), `domain` a lowercase hostname
 *   (`theguardian.com`) or `null`, `aliases` other names pages write for the
 *   outlet (`Guardian`, `guardian.co.uk`), and `country` (optional) the
 *   ISO 3166 code of its country in lowercase (`gb`).
 * @param options
 *   Configuration (optional): `extend`, a registry to add to.
 * @returns
 *   A new, frozen registry; the entries are frozen copies, and `byKey`
 *   throws a `TypeError` on `set`, `delete` and `clear`.
 *
 * Each entry is found under the key of its name, of each alias (names by
 * `outletKey`, hostnames as themselves without `www.`), and of its domain.
 * Names and aliases win over domains: when two entries share a domain
 * (`indiatimes.com`), the first one listed gets the bare domain and the
 * others are reached through hostname aliases (`economictimes.indiatimes.com`).
 * `country` lets a place qualifier rule an outlet in or out:
 * `Daily News (Tanzania)` never reads as an outlet of another country.
 *
 * The entries are checked: a value of the wrong type is a `TypeError`, a
 * malformed or clashing one a `RangeError`, each naming the value. Two
 * entries with the same id, or a name or alias whose key two entries claim,
 * are errors within one call; with `extend`, the new entries instead
 * replace (same id) or override (same key) those of the base registry.
 *
 * Extending is cheap: the new registry keeps its base and its own entries,
 * and builds its lookup table on first use, from the nearest registry in
 * the chain that has one, so a chain of `n` extensions costs time linear in
 * the entries of the chain.
 *
 * @example
 *   const outlets = createOutletRegistry(
 *     [{id: 'foo-news', name: 'Foo News', domain: 'foonews.com', aliases: ['Foo', 'The Foo']}],
 *     {extend: getDefaultOutletRegistry()}
 *   )
 *   outlets.entries.length > 320 //=> true
 *   outlets.entries[outlets.byKey.get('foo') ?? -1]?.id //=> 'foo-news'
 *   outlets.entries[outlets.byKey.get('foonews.com') ?? -1]?.id //=> 'foo-news'
 *   createOutletRegistry([{id: 'Foo News', name: 'Foo News', domain: null, aliases: []}])
 *   //=> RangeError: Expected `entries[0].id` to be a slug such as `the-guardian`, not `Foo News`
 */
/* @__NO_SIDE_EFFECTS__ */
export function createOutletRegistry(
  entries: readonly OutletEntry[],
  options?: CreateOutletRegistryOptions | null
): OutletRegistry {
  if (!isArray(entries)) {
    throw new TypeError('Expected `entries` to be an array of outlet entries, not ' + describe(entries))
  }

  if (options !== undefined && options !== null && !isRecord(options)) {
    throw optionsError(options)
  }

  const base = options?.extend ?? undefined
  // A registry of ours is known without reading `entries`, which would build
  // its table: what keeps chains of extensions linear.
  if (base !== undefined && (isRevokedProxy(base) || (!(base instanceof Registry) && !isOutletRegistry(base)))) {
    throw new TypeError('Expected `extend` to be an outlet registry, not ' + describe(base))
  }

  const layer: Layer = {entries: [], nameKeys: [], domainKeys: [], keys: []}
  const seenIds = new Set<string>()
  /** Keys of this call's names and aliases, to reject clashes. */
  const owners = new Map<string, number>()

  for (const [position, value] of entries.entries()) {
    const entry = validateEntry(value, position)

    if (seenIds.has(entry.id)) {
      throw new RangeError('Expected unique outlet ids, not ' + cut(entry.id) + ' twice')
    }

    seenIds.add(entry.id)

    const texts = [entry.name, ...entry.aliases]
    const keys = texts.map((text) => aliasKey(text))
    for (const [at, key] of keys.entries()) {
      const alias = texts[at]!
      const owner = owners.get(key)

      if (owner !== undefined && owner !== position) {
        throw new RangeError(
          'Expected each alias to name one outlet, not ' +
            cut(alias) +
            ' (key ' +
            cut(key) +
            ') for both ' +
            cut(layer.entries[owner]?.id ?? '') +
            ' and ' +
            cut(entry.id)
        )
      }

      owners.set(key, position)
    }

    layer.entries.push(entry)
    layer.nameKeys.push(true)
    layer.domainKeys.push(true)
    layer.keys!.push(keys)
  }

  return new Registry(base, layer)
}

/**
 * The registry data that ships: `OutletEntry` fields, the sources each entry
 * was built from, and whether its name and domain are lookup keys (a name
 * that open data gives several outlets, `Daily Herald`, is not).
 */
export interface OutletRecord extends OutletEntry {
  sources?: string[]
  /** The editions the outlet runs on its own sites (`us`, `asia`, `spanish`; see editions.ts). */
  editions?: string[]
  nameKey?: false
  domainKey?: false
}

/**
 * Build a registry from shipped registry data (`registry.json`).
 *
 * @param records
 *   Entries with their build fields, as `scripts/build-outlets.mjs` writes
 *   them (and `test/outlet.test.ts` checks them): they are copied and
 *   frozen, not checked again, which keeps the first call cheap.
 * @returns
 *   The registry; names and domains marked `false` are not keys.
 */
export function registryFromRecords(records: readonly OutletRecord[]): OutletRegistry {
  const layer: Layer = {entries: [], nameKeys: [], domainKeys: []}
  for (const record of records) {
    const entry: OutletEntry = {
      id: record.id,
      name: record.name,
      domain: record.domain,
      aliases: Object.freeze([...record.aliases]) as string[]
    }
    if (record.country !== undefined) entry.country = record.country
    Object.freeze(entry)
    if (record.editions !== undefined) setEditions(entry, record.editions)
    layer.entries.push(entry)
    layer.nameKeys.push(record.nameKey !== false)
    layer.domainKeys.push(record.domainKey !== false)
  }

  return new Registry(undefined, layer)
}

/** What one call adds: entries, and whether each name and domain is a key. */
interface Layer {
  entries: OutletEntry[]
  nameKeys: boolean[]
  domainKeys: boolean[]
  /**
   * The keys of each entry's name and aliases, where the call that made the
   * layer computed them already (to check for clashes): the table's build
   * reuses them rather than computing every key a second time.
   */
  keys?: string[][]
}

/** A `Map` that cannot be changed once built. */
class FrozenMap<K, V> extends Map<K, V> {
  #frozen = false

  freeze(): this {
    this.#frozen = true
    return this
  }

  override set(key: K, value: V): this {
    if (this.#frozen) throw new TypeError(FROZEN)
    return super.set(key, value)
  }

  override delete(key: K): boolean {
    if (this.#frozen) throw new TypeError(FROZEN)
    return super.delete(key)
  }

  override clear(): void {
    if (this.#frozen) throw new TypeError(FROZEN)
    super.clear()
  }
}

const FROZEN =
  'Cannot change an outlet registry: build a new one with `createOutletRegistry(entries, {extend})`'

/**
 * A registry: its base and the layer it adds, and, once asked for, its
 * entries and lookup table.
 */
class Registry implements OutletRegistry {
  readonly #base: OutletRegistry | undefined
  #layer: Layer | undefined
  #entries: readonly OutletEntry[] | undefined
  #byKey: FrozenMap<string, number> | undefined

  constructor(base: OutletRegistry | undefined, layer: Layer) {
    this.#base = base
    this.#layer = layer
    Object.freeze(this)
  }

  get entries(): readonly OutletEntry[] {
    if (this.#entries === undefined) this.#build()
    return this.#entries!
  }

  get byKey(): ReadonlyMap<string, number> {
    if (this.#byKey === undefined) this.#build()
    return this.#byKey!
  }

  /** Whether the table is built (then `entries` and `byKey` are cheap). */
  isBuilt(): boolean {
    return this.#byKey !== undefined
  }

  /** The base registry and this one's layer, while the table is not built. */
  pending(): {base: OutletRegistry | undefined; layer: Layer} | undefined {
    return this.#layer === undefined ? undefined : {base: this.#base, layer: this.#layer}
  }

  #build(): void {
    // The layers up to the nearest registry that has a table (or none).
    const layers: Layer[] = []
    let root: OutletRegistry | undefined
    let at: OutletRegistry | undefined = this

    while (at !== undefined) {
      if (at instanceof Registry) {
        const pending: {base: OutletRegistry | undefined; layer: Layer} | undefined = at.isBuilt() ? undefined : at.pending()
        if (pending === undefined) {
          root = at
          break
        }
        layers.push(pending.layer)
        at = pending.base
      } else {
        root = at
        break
      }
    }

    const entries: OutletEntry[] = root ? [...root.entries] : []
    const byKey = new FrozenMap<string, number>()
    const indexOfId = new Map<string, number>()
    for (const [index, entry] of entries.entries()) indexOfId.set(entry.id, index)
    /**
     * The keys that point at each index, to drop them when the entry is
     * replaced: made at the first replacement, then kept up to date.
     */
    let keysOf: Map<number, string[]> | undefined
    const note = (key: string, index: number) => {
      const keys = keysOf!.get(index)
      if (keys) keys.push(key)
      else keysOf!.set(index, [key])
    }
    const claim = (key: string, index: number) => {
      byKey.set(key, index)
      if (keysOf) note(key, index)
    }

    if (root) {
      for (const [key, index] of root.byKey) {
        if (entries[index] !== undefined) byKey.set(key, index)
      }
    }

    for (let layerIndex = layers.length - 1; layerIndex >= 0; layerIndex--) {
      const layer = layers[layerIndex]!
      const indices: number[] = []

      for (const entry of layer.entries) {
        let index = indexOfId.get(entry.id)

        if (index === undefined) {
          index = entries.length
          entries.push(entry)
          indexOfId.set(entry.id, index)
        } else {
          entries[index] = entry
          if (!keysOf) {
            keysOf = new Map()
            for (const [key, at] of byKey) note(key, at)
          }
          for (const key of keysOf.get(index) ?? []) {
            if (byKey.get(key) === index) byKey.delete(key)
          }
          keysOf.delete(index)
        }

        indices.push(index)
      }

      // Names and aliases first (they override the base), then domains
      // where no name or alias of this layer took the key. Only hostname
      // keys can clash with a domain (name keys hold no dot), so only they
      // are remembered: a layer of many names costs no second table.
      const fresh = new Set<string>()
      for (const [position, entry] of layer.entries.entries()) {
        const index = indices[position]!
        const keys = layer.keys?.[position] ?? (layer.nameKeys[position] ? [entry.name, ...entry.aliases] : entry.aliases).map((text) => aliasKey(text))
        for (const key of keys) {
          if (key.includes('.')) fresh.add(key)
          claim(key, index)
        }
      }

      for (const [position, entry] of layer.entries.entries()) {
        if (entry.domain === null || !layer.domainKeys[position]) continue
        const key = stripVariantPrefixes(entry.domain)
        if (fresh.has(key)) continue
        fresh.add(key)
        claim(key, indices[position]!)
      }
    }

    this.#entries = Object.freeze(entries)
    this.#byKey = byKey.freeze()
    this.#layer = undefined
  }
}

let defaultRegistry: OutletRegistry | undefined

/**
 * Get the registry of the outlets that ship with `newsdump` (see
 * docs/outlets.md for where the list comes from): the curated outlets and
 * the open-data outlets of the most-read news domains. The full registry
 * built from the open data is `getFullOutletRegistry()` of
 * `newsdump/outlets`.
 *
 * @returns
 *   The default registry; built on the first call, then the same, frozen
 *   object: `byKey.set` throws, so no caller can change what later calls
 *   read.
 *
 * Pass it as `extend` to `createOutletRegistry` to add outlets of your own.
 *
 * @example
 *   const outlets = getDefaultOutletRegistry()
 *   outlets === getDefaultOutletRegistry() //=> true
 *   outlets.entries[outlets.byKey.get('guardian') ?? -1]?.id //=> 'the-guardian'
 *   outlets.entries[outlets.byKey.get('in.reuters.com') ?? -1]?.name //=> 'Reuters'
 */
/* @__NO_SIDE_EFFECTS__ */
export function getDefaultOutletRegistry(): OutletRegistry {
  defaultRegistry ??= registryFromRecords(recordsFromData(registryData as RegistryTuple[]))
  return defaultRegistry
}

/**
 * Check that a value is an outlet registry.
 *
 * @param value
 *   Anything.
 * @returns
 *   Whether `value` has the shape of an `OutletRegistry`: an `entries`
 *   array and a `byKey` map.
 *
 * Only the shape is checked, not that every key points at an entry
 * (`normalizeOutlet` checks that on each lookup).
 *
 * @example
 *   isOutletRegistry(getDefaultOutletRegistry()) //=> true
 *   isOutletRegistry({entries: []}) //=> false
 */
export function isOutletRegistry(value: unknown): value is OutletRegistry {
  return isRecord(value) && isArray(value.entries) && isMap(value.byKey)
}

const COUNTRY = /^[a-z]{2}$/

function validateEntry(value: unknown, position: number): OutletEntry {
  const where = 'entries[' + position + ']'
  const field = (key: string): string => '`' + where + '.' + key + '`'

  if (!isRecord(value)) {
    throw new TypeError('Expected `' + where + '` to be an object, not ' + describe(value))
  }

  const {id, name, domain, aliases, country} = value as Record<string, unknown>

  if (typeof id !== 'string') {
    throw new TypeError('Expected ' + field('id') + ' to be a string, not ' + describe(id))
  }

  if (id === '' || outletSlug(id) !== id) {
    throw new RangeError(
      'Expected ' + field('id') + ' to be a slug such as `the-guardian`, not ' + cut(id)
    )
  }

  if (typeof name !== 'string') {
    throw new TypeError('Expected ' + field('name') + ' (of ' + cut(id) + ') to be a string, not ' + describe(name))
  }

  if (name.trim() !== name || outletKey(name) === '') {
    throw new RangeError(
      'Expected ' + field('name') + ' (of ' + cut(id) + ') to be a trimmed name with letters or digits, not ' + cut(name)
    )
  }

  if (domain !== null && typeof domain !== 'string') {
    throw new TypeError(
      'Expected ' + field('domain') + ' (of ' + cut(id) + ') to be a string or `null`, not ' + describe(domain)
    )
  }

  if (typeof domain === 'string' && !isDomainName(domain)) {
    throw new RangeError(
      'Expected ' + field('domain') + ' (of ' + cut(id) + ') to be a lowercase domain such as `theguardian.com`, not ' + cut(domain)
    )
  }

  if (!isArray(aliases)) {
    throw new TypeError(
      'Expected ' + field('aliases') + ' (of ' + cut(id) + ') to be an array, not ' + describe(aliases)
    )
  }

  for (const [at, alias] of aliases.entries()) {
    if (typeof alias !== 'string') {
      throw new TypeError(
        'Expected ' + field('aliases[' + at + ']') + ' (of ' + cut(id) + ') to be a string, not ' + describe(alias)
      )
    }

    if (aliasKey(alias) === '') {
      throw new RangeError(
        'Expected ' + field('aliases[' + at + ']') + ' (of ' + cut(id) + ') to have letters or digits, not ' + cut(alias)
      )
    }
  }

  if (country !== undefined && (typeof country !== 'string' || !COUNTRY.test(country))) {
    throw new TypeError(
      'Expected ' + field('country') + ' (of ' + cut(id) + ') to be a lowercase ISO 3166 code such as `gb`, not ' + describe(country)
    )
  }

  const entry: OutletEntry = {
    id,
    name,
    domain,
    aliases: Object.freeze([...(aliases as string[])]) as string[]
  }
  if (country !== undefined) entry.country = country
  return Object.freeze(entry)
}

/**
 * A caller's string in backticks, as these messages quote names, cut to
 * `QUOTE_LENGTH` code units with its length when longer.
 */
function cut(text: string): string {
  if (text.length <= QUOTE_LENGTH) return '`' + text + '`'
  return '`' + text.slice(0, QUOTE_LENGTH) + '…` (' + text.length + ' characters)'
}
