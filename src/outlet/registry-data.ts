// The shipped registry data (registry.json, registry-full.json) as
// `scripts/build-outlets.mjs` writes it: one tuple per entry, shorter than
// objects by a third once gzipped. See `serialiseRegistry` in
// scripts/outlets/build.mjs for the format. Each entry's sources are kept
// beside them, in registry-sources.json, which no lookup reads.
import {outletSlug} from './outlet-key.js'
import type {OutletRecord} from './registry.js'

/** `[id, name, domain?, aliases?, country?, flags?, editions?]`. */
export type RegistryTuple = [string, string, (string | null)?, string[]?, string?, number?, string?]

const TAGS: Record<string, string> = {c: 'curated', f: 'fundus', l: 'us-local', n: 'newscatcher'}

/**
 * Expand shipped registry tuples into records.
 *
 * @param data
 *   Tuples as in registry.json.
 * @returns
 *   Records: `OutletEntry` fields, `editions` where the entry has any, and
 *   `nameKey: false` or `domainKey: false` where the name or domain is no
 *   lookup key.
 */
export function recordsFromData(data: readonly RegistryTuple[]): OutletRecord[] {
  return data.map(([id, name, domain = null, aliases = [], country = '', flags = 0, editions = '']) => {
    const record: OutletRecord = {id: id === '' ? outletSlug(name) : id, name, domain, aliases}
    if (country !== '') record.country = country
    if (flags & 1) record.nameKey = false
    if (flags & 2) record.domainKey = false
    if (editions !== '') record.editions = editions.split(' ')
    return record
  })
}

/**
 * Expand the source tags of registry-sources.json (`c n Q494170`).
 *
 * @param tags
 *   Tags joined by spaces.
 * @returns
 *   Source names: `curated`, `fundus`, `us-local`, `newscatcher`, `wikidata:Q…`.
 */
export function sourcesFromTags(tags: string): string[] {
  return tags === '' ? [] : tags.split(' ').map((tag) => TAGS[tag] ?? 'wikidata:' + tag)
}
