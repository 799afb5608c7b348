// Places that qualify an outlet name (`Daily News (Tanzania)`,
// `The Star, Kenya`, `Erie, PA`), and the short generic names that match
// only as a whole text. The tables are data (places.json,
// generic-names.json); see docs/outlets.md.
import type {OutletRegistry} from '../types.js'
import genericNames from './generic-names.json' with {type: 'json'}
import {parseHostname} from './hostname.js'
import {outletKey} from './outlet-key.js'
import places from './places.json' with {type: 'json'}

let countryOfPlace: Map<string, string> | undefined
/** Keys of the names of countries alone, without states and provinces. */
let countryNames: Set<string> | undefined
let shortGeneric: Set<string> | undefined
const placeIndexes = new WeakMap<OutletRegistry, Map<string, number>>()

/** Two-letter codes of US states and Canadian provinces: `Erie, PA`, `PA`. */
function regionCodes(): string[] {
  return [...Object.keys(places.usStates), ...Object.keys(places.canadianProvinces)].map((code) => code.toLowerCase())
}

/**
 * The country a place names, as a lowercase ISO 3166 code.
 *
 * @param text
 *   A country (`Tanzania`, `UK`), a US state or Canadian province, by name
 *   or postal code (`Pennsylvania`, `PA`, `Ontario`).
 * @param countriesOnly
 *   Whether only the names of countries count (not `Connecticut`).
 * @returns
 *   The code (`tz`, `gb`, `us`, `ca`), or `undefined` for anything else and
 *   for names of two places in different countries (`Georgia`).
 */
export function placeOf(text: string, countriesOnly = false): string | undefined {
  if (countryOfPlace === undefined) {
    const map = new Map<string, string>()
    const add = (name: string, code: string) => {
      const key = outletKey(name)
      const old = map.get(key)
      map.set(key, old === undefined || old === code ? code : '')
    }

    for (const [code, names] of Object.entries(places.countries)) for (const name of names) add(name, code)
    countryNames = new Set(map.keys())
    for (const [code, name] of Object.entries(places.usStates)) add(code, 'us'), add(name, 'us')
    for (const [code, name] of Object.entries(places.canadianProvinces)) add(code, 'ca'), add(name, 'ca')
    countryOfPlace = map
  }

  if (text.length > 64) return undefined
  const key = outletKey(text)
  if (countriesOnly && !countryNames!.has(key)) return undefined
  const country = countryOfPlace.get(key)
  return country === '' ? undefined : country
}

/**
 * Whether a key is a short generic name, which matches only as the whole
 * text: a word or two that many outlets use (`times`, `daily news`, `inc`),
 * or the postal code of a US state or Canadian province (`pa`).
 *
 * @param key
 *   An `outletKey`.
 */
export function isShortGeneric(key: string): boolean {
  shortGeneric ??= new Set([...genericNames.short, ...regionCodes()])
  return key.length <= 16 && shortGeneric.has(key)
}

/**
 * Find the outlet of a name in a country.
 *
 * @param registry
 *   Registry to look in.
 * @param key
 *   `outletKey` of the name (`daily news`).
 * @param country
 *   Lowercase ISO 3166 code (`tz`).
 * @returns
 *   Index of the one entry of that country whose name or alias, without a
 *   trailing bracket (`The Star (Malaysia)`), has that key; `undefined`
 *   when none or several do.
 */
export function lookupPlaced(registry: OutletRegistry, key: string, country: string): number | undefined {
  let index = placeIndexes.get(registry)

  if (index === undefined) {
    index = new Map()
    for (const [position, entry] of registry.entries.entries()) {
      if (entry.country === undefined) continue
      for (const text of [entry.name, ...entry.aliases]) {
        if (parseHostname(text) !== null) continue
        const open = text.endsWith(')') ? text.lastIndexOf('(') : -1
        const placedKey = outletKey(open > 0 ? text.slice(0, open) : text) + '@' + entry.country
        const old = index.get(placedKey)
        index.set(placedKey, old === undefined || old === position ? position : -1)
      }
    }

    placeIndexes.set(registry, index)
  }

  const found = index.get(key + '@' + country)
  return found === undefined || found === -1 ? undefined : found
}
