// Editions: the qualifiers after an outlet's name that name an edition of
// that outlet's own (`Daily Mail US`, `BBC News Mundo`, `CNBC Asia`). Both
// halves are data: the qualifiers (countries of places.json; regions and
// languages of edition-qualifiers.json), and, on each shipped entry, the
// editions it runs on its own sites (`editions` in
// scripts/outlets/curated.json, shipped in the registry data). Joined to the
// outlet's country: the home country is always its own edition. A brand
// after which a country names a licensee (`Forbes India`, `CNN Indonesia`)
// lists no such edition; the licensee is an entry of its own, found by its
// exact name, or the text is unknown.
import type {OutletEntry} from '../types.js'
import qualifiers from './edition-qualifiers.json' with {type: 'json'}
import {outletKey} from './outlet-key.js'
import places from './places.json' with {type: 'json'}
import {placeOf} from './places.js'

let regionOf: Map<string, string> | undefined
/** The last words of every qualifier, lower-cased as printed and as keys: a cheap first test. */
let lastWords: Set<string> | undefined
/**
 * The editions of the entries built from shipped data, by entry object: an
 * entry a caller writes (even with the id of a shipped one) has none, so
 * what a caller's registry decides does not hang on the shipped table.
 */
const editionsOf = new WeakMap<OutletEntry, ReadonlySet<string>>()

/**
 * The edition a qualifier names.
 *
 * @param text
 *   The words after an outlet's name (`US`, `Australia`, `Asia`, `Mundo`,
 *   `en Español`).
 * @returns
 *   The country's lowercase ISO 3166 code (`us`), a region or language
 *   code of edition-qualifiers.json (`asia`, `spanish`), or `undefined`.
 */
export function editionQualifier(text: string): string | undefined {
  if (text.length > 32) return undefined
  const country = placeOf(text, true)
  if (country !== undefined) return country

  if (regionOf === undefined) {
    regionOf = new Map()
    for (const [code, names] of Object.entries(qualifiers.regions)) for (const name of names) regionOf.set(outletKey(name), code)
  }

  return regionOf.get(outletKey(text))
}

/**
 * Whether a qualifier can end in `word` (lower-cased): the test that spares
 * a name whose last word names no country, region or language
 * (`Unknown Gazette 7`) the work of `editionQualifier`.
 *
 * @param word
 *   The last word of a name, lower-cased.
 */
export function mayEndQualifier(word: string): boolean {
  if (lastWords === undefined) {
    lastWords = new Set()
    for (const names of [...Object.values(places.countries), ...Object.values(qualifiers.regions)]) {
      for (const name of names) {
        const last = name.slice(name.lastIndexOf(' ') + 1)
        lastWords.add(last.toLowerCase())
        const key = outletKey(last)
        lastWords.add(key.slice(key.lastIndexOf(' ') + 1))
      }
    }
  }

  return lastWords.has(word)
}

/**
 * Record the editions of a shipped entry (`registryFromRecords`).
 *
 * @param entry
 *   The frozen entry.
 * @param codes
 *   Its editions: country codes, region or language codes, or `*` (every
 *   one: a wire with editions everywhere).
 */
export function setEditions(entry: OutletEntry, codes: readonly string[]): void {
  editionsOf.set(entry, new Set(codes))
}

/**
 * Whether the edition `code` (from `editionQualifier`) is one of `entry`'s
 * own: its country, or one its shipped data lists.
 */
export function isOwnEdition(entry: OutletEntry, code: string): boolean {
  if (entry.country === code) return true
  const listed = editionsOf.get(entry)
  return listed !== undefined && (listed.has(code) || listed.has('*'))
}
