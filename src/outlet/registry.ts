import type {OutletEntry, OutletRegistry} from '../types.js'
import {describe, QUOTE_LENGTH} from '../describe.js'
import {isDomainName, parseHostname, stripVariantPrefixes} from './hostname.js'
import {outletKey, outletSlug} from './outlet-key.js'
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
 *   Outlets: each `{id, name, domain, aliases}`, where `id` is a slug
 *   (`the-guardian`), `domain` a lowercase hostname (`theguardian.com`) or
 *   `null`, and `aliases` other names pages write for the outlet
 *   (`Guardian`, `guardian.co.uk`).
 * @param options
 *   Configuration (optional): `extend`, a registry to add to.
 * @returns
 *   A new registry; the entries are frozen copies.
 *
 * Each entry is found under the key of its name, of each alias (names by
 * `outletKey`, hostnames as themselves without `www.`), and of its domain.
 * Names and aliases win over domains: when two entries share a domain
 * (`indiatimes.com`), the first one listed gets the bare domain and the
 * others are reached through hostname aliases (`economictimes.indiatimes.com`).
 *
 * The entries are checked: a value of the wrong type is a `TypeError`, a
 * malformed or clashing one a `RangeError`, each naming the value. Two
 * entries with the same id, or a name or alias whose key two entries claim,
 * are errors within one call; with `extend`, the new entries instead
 * replace (same id) or override (same key) those of the base registry.
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
 *   //=> RangeError: Expected `id` of outlet entry 0 to be a slug such as `the-guardian`, not `Foo News`
 */
/* @__NO_SIDE_EFFECTS__ */
export function createOutletRegistry(
  entries: readonly OutletEntry[],
  options?: CreateOutletRegistryOptions | null
): OutletRegistry {
  if (!Array.isArray(entries)) {
    throw new TypeError('Expected array of outlet entries, not ' + describe(entries))
  }

  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError('Expected options object, not ' + describe(options))
  }

  const base = options?.extend ?? undefined
  if (base !== undefined && !isOutletRegistry(base)) {
    throw new TypeError('Expected `extend` to be an outlet registry, not ' + describe(base))
  }

  const result: OutletEntry[] = base ? [...base.entries] : []
  const indexOfId = new Map<string, number>()
  for (const [index, entry] of result.entries()) indexOfId.set(entry.id, index)

  /** Indices of base entries that new entries replace. */
  const replaced = new Set<number>()
  /** Ids given in this call, to reject duplicates. */
  const seenIds = new Set<string>()
  const valid: Array<{entry: OutletEntry; index: number}> = []

  for (const [position, value] of entries.entries()) {
    const entry = validateEntry(value, position)

    if (seenIds.has(entry.id)) {
      throw new RangeError('Expected unique outlet ids, not ' + cut(entry.id) + ' twice')
    }

    seenIds.add(entry.id)
    let index = indexOfId.get(entry.id)

    if (index === undefined) {
      index = result.length
      result.push(entry)
      indexOfId.set(entry.id, index)
    } else {
      result[index] = entry
      replaced.add(index)
    }

    valid.push({entry, index})
  }

  // Keys of this call: names and aliases first (clashes are errors), then
  // domains where no name or alias took the key.
  const fresh = new Map<string, number>()

  for (const {entry, index} of valid) {
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = aliasKey(alias)
      const owner = fresh.get(key)

      if (owner !== undefined && owner !== index) {
        throw new RangeError(
          'Expected each alias to name one outlet, not ' +
            cut(alias) +
            ' (key ' +
            cut(key) +
            ') for both ' +
            cut(result[owner]?.id ?? '') +
            ' and ' +
            cut(entry.id)
        )
      }

      fresh.set(key, index)
    }
  }

  for (const {entry, index} of valid) {
    if (entry.domain === null) continue
    const key = stripVariantPrefixes(entry.domain)
    if (!fresh.has(key)) fresh.set(key, index)
  }

  const byKey = new Map<string, number>()

  if (base) {
    for (const [key, index] of base.byKey) {
      if (!replaced.has(index)) byKey.set(key, index)
    }
  }

  for (const [key, index] of fresh) byKey.set(key, index)

  return {entries: Object.freeze(result), byKey}
}

let defaultRegistry: OutletRegistry | undefined

/**
 * Get the registry of the outlets that ship with `newsdump` (see
 * docs/outlets.md for where the list comes from).
 *
 * @returns
 *   The default registry; built on the first call, then the same object.
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
  defaultRegistry ??= createOutletRegistry(registryData)
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
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as OutletRegistry).entries) &&
    (value as OutletRegistry).byKey instanceof Map
  )
}

function validateEntry(value: unknown, position: number): OutletEntry {
  const where = 'outlet entry ' + position

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('Expected ' + where + ' to be an object, not ' + describe(value))
  }

  const {id, name, domain, aliases} = value as Record<string, unknown>

  if (typeof id !== 'string') {
    throw new TypeError('Expected `id` of ' + where + ' to be a string, not ' + describe(id))
  }

  if (id === '' || outletSlug(id) !== id) {
    throw new RangeError(
      'Expected `id` of ' + where + ' to be a slug such as `the-guardian`, not ' + cut(id)
    )
  }

  if (typeof name !== 'string') {
    throw new TypeError('Expected `name` of ' + cut(id) + ' to be a string, not ' + describe(name))
  }

  if (name.trim() !== name || outletKey(name) === '') {
    throw new RangeError(
      'Expected `name` of ' + cut(id) + ' to be a trimmed name with letters or digits, not ' + cut(name)
    )
  }

  if (domain !== null && typeof domain !== 'string') {
    throw new TypeError(
      'Expected `domain` of ' + cut(id) + ' to be a string or `null`, not ' + describe(domain)
    )
  }

  if (typeof domain === 'string' && !isDomainName(domain)) {
    throw new RangeError(
      'Expected `domain` of ' + cut(id) + ' to be a lowercase domain such as `theguardian.com`, not ' + cut(domain)
    )
  }

  if (!Array.isArray(aliases)) {
    throw new TypeError(
      'Expected `aliases` of ' + cut(id) + ' to be an array, not ' + describe(aliases)
    )
  }

  for (const alias of aliases) {
    if (typeof alias !== 'string') {
      throw new TypeError(
        'Expected aliases of ' + cut(id) + ' to be strings, not ' + describe(alias)
      )
    }

    if (aliasKey(alias) === '') {
      throw new RangeError(
        'Expected aliases of ' + cut(id) + ' to have letters or digits, not ' + cut(alias)
      )
    }
  }

  return Object.freeze({
    id,
    name,
    domain,
    aliases: Object.freeze([...(aliases as string[])]) as string[]
  })
}

/**
 * A caller's string in backticks, as these messages quote names, cut to
 * `QUOTE_LENGTH` code units with its length when longer.
 */
function cut(text: string): string {
  if (text.length <= QUOTE_LENGTH) return '`' + text + '`'
  return '`' + text.slice(0, QUOTE_LENGTH) + '…` (' + text.length + ' characters)'
}
