// The shipped registry data (registry.json, registry-full.json) as
// `scripts/build-outlets.mjs` writes it: one tuple per entry, shorter than
// objects by a third once gzipped. See `serialiseRegistry` in
// scripts/outlets/build.mjs for the format.
import {outletSlug} from './outlet-key.js'
import type {OutletRecord} from './registry.js'

/** `[id, name, domain?, aliases?, country?, sources?, flags?]`. */
export type RegistryTuple = [string, string, (string | null)?, string[]?, string?, string?, number?]

const TAGS: Record<string, string> = {c: 'curated', f: 'fundus', l: 'us-local', n: 'newscatcher'}

/**
 * Expand shipped registry tuples into records.
 *
 * @param data
 *   Tuples as in registry.json.
 * @returns
 *   Records: `OutletEntry` fields, `sources` (`curated`, `fundus`,
 *   `us-local`, `newscatcher`, `wikidata:Q…`), and `nameKey: false` or
 *   `domainKey: false` where the name or domain is no lookup key.
 */
export function recordsFromData(data: readonly RegistryTuple[]): OutletRecord[] {
  return data.map(([id, name, domain = null, aliases = [], country = '', sources = '', flags = 0]) => {
    const record: OutletRecord = {id: id === '' ? outletSlug(name) : id, name, domain, aliases}
    if (country !== '') record.country = country
    record.sources = sources === '' ? [] : sources.split(' ').map((tag) => TAGS[tag] ?? 'wikidata:' + tag)
    if (flags & 1) record.nameKey = false
    if (flags & 2) record.domainKey = false
    return record
  })
}
