// The outlet registry build: from the curated entries and the extracted open
// data (scripts/outlets/sources/*.tsv) to the registry data that ships
// (src/outlet/registry.json, the default; src/outlet/registry-full.json, the
// `newsdump/outlets` entry point). Pure: the same inputs give the same bytes.
//
// Used by scripts/build-outlets.mjs (writes the files), by
// scripts/evaluate-outlets.mjs (builds with part of each source held out)
// and by test/outlet-build.test.ts (checks the committed files). The key and
// domain functions are passed in (`tools`) so that the build files names
// exactly as the runtime looks them up.
import {readFileSync} from 'node:fs'

/** Source tags, in the order their names win when two sources name one outlet. */
export const SOURCES = ['curated', 'fundus', 'wikidata', 'us-local', 'newscatcher']

/**
 * Read the committed build inputs.
 *
 * @param {URL} folder  scripts/outlets/
 */
export function readOutletInputs(folder) {
  const json = (name) => JSON.parse(readFileSync(new URL(name, folder), 'utf8'))
  const tsv = (name) => {
    const [header, ...lines] = readFileSync(new URL('sources/' + name, folder), 'utf8').split('\n')
    const columns = header.split('\t')
    return lines
      .filter((line) => line !== '')
      .map((line) => Object.fromEntries(line.split('\t').map((cell, index) => [columns[index], cell])))
  }

  return {
    curated: json('curated.json'),
    contested: json('contested.json'),
    genericWords: json('generic-words.json').words,
    wikidata: tsv('wikidata.tsv'),
    usLocal: tsv('us-local.tsv'),
    newscatcher: tsv('newscatcher.tsv'),
    fundus: tsv('fundus.tsv')
  }
}

/**
 * Build the registries.
 *
 * @param {ReturnType<typeof readOutletInputs>} inputs
 * @param {{outletKey: (name: string) => string, outletSlug: (name: string) => string, registrableDomain: (host: string) => string, parseHostname: (text: string) => string | null}} tools
 * @param {{holdout?: {fraction: number, seed: string}, coreRank?: number}} [options]
 *   `holdout`: leave a random part of each source out (for evaluation);
 *   `coreRank`: open-data outlets whose domain ranks at most this in the
 *   newscatcher list go into the default registry.
 */
export function buildOutletRegistries(inputs, tools, options = {}) {
  const {outletKey, outletSlug, registrableDomain, parseHostname} = tools
  const coreRank = options.coreRank ?? CORE_RANK
  const heldOut = []
  const keep = (source, id, name, domain, country) => {
    if (!options.holdout) return true
    const out = unitHash(options.holdout.seed + '\u0000' + source + '\u0000' + id) < options.holdout.fraction
    if (out) heldOut.push({source, name, domain, country: country || null})
    return !out
  }

  const generic = new Set(inputs.genericWords)
  const isGenericName = (key) => key.split(' ').every((word) => generic.has(word))
  const isHost = (text) => parseHostname(text) !== null
  const aliasKey = (alias) => {
    const host = parseHostname(alias)
    return host === null ? outletKey(alias) : host.replace(/^(?:www\d?|m|amp|mobile)\./, '')
  }

  // The contested names: each key goes to the entry the table names, or to none.
  const contested = new Map()
  for (const [text, id] of Object.entries(inputs.contested.names)) contested.set(outletKey(text), id)

  const rank = new Map()
  for (const row of inputs.newscatcher) {
    const domain = registrableDomain(row.host)
    const value = Number(row.rank)
    if (!rank.has(domain) || value < rank.get(domain)) rank.set(domain, value)
  }

  // Curated entries, which win: their keys and domains are theirs.
  const entries = []
  const keyOwner = new Map()
  const hostOwner = new Map()

  for (const source of inputs.curated) {
    if (!keep('curated', source.id, source.name, source.domain, source.country)) continue
    const aliases = source.aliases.filter((alias) => {
      const owner = contested.get(aliasKey(alias))
      return owner === undefined || owner === source.id
    })
    const nameOwner = contested.get(outletKey(source.name))
    const entry = {
      id: source.id,
      name: source.name,
      domain: source.domain,
      aliases,
      ...(source.country ? {country: source.country} : {}),
      sources: ['curated'],
      ...(source.editions ? {editions: source.editions} : {}),
      ...(nameOwner !== undefined && nameOwner !== source.id ? {nameKey: false} : {})
    }
    entries.push(entry)
    for (const alias of [source.name, ...aliases]) {
      const key = aliasKey(alias)
      if (isHost(alias)) hostOwner.set(key, entry)
      else keyOwner.set(key, entry)
    }
    if (source.domain) hostOwner.set(source.domain, entry)
  }

  for (const [key, id] of contested) {
    if (id !== null && !entries.some((entry) => entry.id === id) && !options.holdout) {
      throw new Error(`contested.json names \`${id}\`, which is not a curated entry`)
    }
    if (!keyOwner.has(key)) keyOwner.set(key, null)
  }

  // Open-data records, in the order their names win.
  const records = []
  const add = (source, id, name, hosts, country, extra, medium) => {
    const host = hosts.find((value) => rank.has(registrableDomain(value))) ?? hosts[0]
    if (!host || !name) return
    const domain = registrableDomain(host)
    if (!keep(source, id, name, domain, country)) return
    records.push({source, tag: extra ?? source, name, host, domain, country, key: outletKey(name), weak: isWeakName(source, name, medium)})
  }

  for (const row of inputs.fundus) add('fundus', row.name, row.name, [row.host], row.country)
  for (const row of inputs.wikidata) {
    const countries = row.countries === '' ? [] : row.countries.split(',')
    add('wikidata', row.qid, row.label, row.hosts.split(','), countries.length === 1 ? countries[0] : '', 'wikidata:' + row.qid)
  }
  for (const row of inputs.usLocal) add('us-local', row.name + '|' + row.host, row.name, [row.host], 'us', undefined, row.medium)

  // Records of a curated outlet (same site, a name it answers to) only add a source.
  const groups = new Map()
  for (const record of records) {
    const curated = hostOwner.get(record.host) ?? hostOwner.get(record.domain)
    if (curated && (keyOwner.get(record.key) === curated || record.key === outletKey(curated.name))) {
      if (!curated.sources.includes(record.tag)) curated.sources.push(record.tag)
      continue
    }
    const group = record.key + '\u0000' + record.domain
    if (groups.has(group)) groups.get(group).push(record)
    else groups.set(group, [record])
  }

  // Two names of one site where one holds the other are one outlet written
  // short and long (`Daily Express` and `Kirksville Daily Express`, both
  // kirksvilledailyexpress.com): the long name's entry takes the short one's
  // records.
  const groupsOfDomain = new Map()
  for (const [id, group] of groups) {
    const domain = group[0].domain
    if (!groupsOfDomain.has(domain)) groupsOfDomain.set(domain, [])
    groupsOfDomain.get(domain).push(id)
  }
  for (const ids of groupsOfDomain.values()) {
    if (ids.length < 2) continue
    const byLength = [...ids].sort((a, b) => groups.get(b)[0].key.length - groups.get(a)[0].key.length)
    for (const [index, short] of byLength.entries()) {
      const key = groups.get(short)[0].key
      if (key === '') continue
      const long = byLength.slice(0, index).find((id) => {
        const longKey = groups.get(id)?.[0].key
        return longKey !== undefined && (longKey.endsWith(' ' + key) || longKey.startsWith(key + ' '))
      })
      if (long === undefined) continue
      groups.get(long).push(...groups.get(short))
      groups.delete(short)
    }
  }

  // One entry per (name, domain); a name that open data gives several
  // domains names no one outlet, and is not a key of any of them.
  const domainsOfKey = new Map()
  const entriesOfDomain = new Map()
  for (const entry of entries) if (entry.domain) entriesOfDomain.set(entry.domain, (entriesOfDomain.get(entry.domain) ?? 0) + 1)
  const open = []
  for (const group of groups.values()) {
    const first = group[0]
    const entry = {
      name: first.name,
      domain: first.domain,
      host: first.host,
      key: first.key,
      weak: group.every((record) => record.weak),
      country: group.find((record) => record.country)?.country ?? '',
      sources: [...new Set(group.map((record) => record.tag))],
      rank: rank.get(first.domain) ?? Infinity
    }
    if (rank.has(first.domain)) entry.sources.push('newscatcher')
    open.push(entry)
    domainsOfKey.set(first.key, (domainsOfKey.get(first.key) ?? 0) + 1)
    entriesOfDomain.set(first.domain, (entriesOfDomain.get(first.domain) ?? 0) + 1)
  }

  open.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.domain < b.domain ? -1 : 1))

  const ids = new Set(entries.map((entry) => entry.id))
  const hostsTaken = new Set(hostOwner.keys())
  const openEntries = []
  for (const item of open) {
    const nameIsHost = isHost(item.name)
    const nameKey =
      !nameIsHost &&
      !item.weak &&
      item.key !== '' &&
      !keyOwner.has(item.key) &&
      domainsOfKey.get(item.key) === 1 &&
      !isGenericName(item.key)
    const domainKey = entriesOfDomain.get(item.domain) === 1 && !hostsTaken.has(item.domain)
    const aliases = []
    if (!domainKey && item.host !== item.domain && !hostsTaken.has(item.host)) {
      aliases.push(item.host)
      hostsTaken.add(item.host)
    }

    let id = outletSlug(item.name)
    if (id === '' || ids.has(id)) id = outletSlug(item.name + ' ' + item.domain.replaceAll('.', ' '))
    for (let suffix = 2; ids.has(id); suffix++) id = outletSlug(item.name + ' ' + item.domain.replaceAll('.', ' ')) + '-' + suffix
    ids.add(id)
    const reachable = nameKey || domainKey || aliases.length > 0
    // A name that is no key, on an entry whose id is not its slug, carries
    // its domain, so that normalising the name again finds the entry.
    const name = !nameKey && reachable && id !== outletSlug(item.name) ? `${item.name} (${aliases[0] ?? item.domain})` : item.name

    openEntries.push({
      entry: {
        id,
        name,
        domain: item.domain,
        aliases,
        ...(item.country ? {country: item.country} : {}),
        sources: item.sources,
        ...(nameKey ? {} : {nameKey: false}),
        ...(domainKey ? {} : {domainKey: false})
      },
      rank: item.rank,
      reachable
    })
  }

  const full = [...entries, ...openEntries.map((item) => item.entry)]
  const core = [
    ...entries,
    ...openEntries.filter((item) => item.rank <= coreRank && item.reachable).map((item) => item.entry)
  ]

  for (const entry of entries) if (entry.domain && rank.has(entry.domain)) entry.sources.push('newscatcher')

  return {full, core, heldOut}
}

/**
 * Whether a name of open data names too many outlets to be a key though the
 * data has it once: a college paper (`The Breeze`, `The Pendulum`), or a
 * one-word US local name other than a call sign (`Pitch`, `Landmark`).
 */
function isWeakName(source, name, medium) {
  if (source !== 'us-local') return false
  if (medium === 'college') return true
  const words = name.replace(/^the\s+/i, '').split(/\s+/)
  return words.length === 1 && !/^[KW][A-Z]{2,3}(?:-(?:TV|LP|CD|DT))?$/.test(words[0])
}

/**
 * Open-data outlets whose domain is among this many of the newscatcher
 * ranking go into the default registry: what keeps it inside its budget
 * (docs/outlets.md).
 */
export const CORE_RANK = 5000

/** Short source tags of the shipped data (`wikidata:Q123` is written `Q123`). */
const TAGS = {curated: 'c', fundus: 'f', 'us-local': 'l', newscatcher: 'n'}

/**
 * Serialise registry data, one entry a line so that a change is a readable
 * diff, as the tuples `src/outlet/registry-data.ts` reads:
 * `[id, name, domain, aliases, country, flags, editions]`, where `id` is ''
 * when it is the slug of the name, `flags` 1 when the name is no key and 2
 * when the domain is none, `editions` the curated entry's own editions
 * joined by spaces,
 * and trailing empty fields are left off.
 */
export function serialiseRegistry(entries, outletSlug) {
  // An alias that is the entry's own domain, on the first entry of that
  // domain whose domain is a key, is the key the domain gives anyway: left
  // out, it costs nothing to look up (and 1.7 kB of the default registry).
  const domainTaken = new Set()
  const lines = entries.map((entry) => {
    const ownsDomain = entry.domain !== null && entry.domainKey !== false && !domainTaken.has(entry.domain)
    if (entry.domain !== null) domainTaken.add(entry.domain)
    const tuple = [
      entry.id === outletSlug(entry.name) ? '' : entry.id,
      entry.name,
      entry.domain,
      ownsDomain ? entry.aliases.filter((alias) => alias.toLowerCase().replace(/^www\./, '') !== entry.domain) : entry.aliases,
      entry.country ?? '',
      (entry.nameKey === false ? 1 : 0) | (entry.domainKey === false ? 2 : 0),
      entry.editions?.join(' ') ?? ''
    ]
    while (tuple.length > 2) {
      const last = tuple.at(-1)
      if (last === 0 || last === '' || last === null || (Array.isArray(last) && last.length === 0)) tuple.pop()
      else break
    }
    return JSON.stringify(tuple)
  })
  return '[\n' + lines.join(',\n') + '\n]\n'
}

/**
 * Serialise the sources of each entry of `entries` (the full registry: the
 * default one is a part of it), one entry a line: `{"id": "tags", ...}`,
 * where the tags are `c` (curated), `f` (Fundus), `l` (US local), `n`
 * (newscatcher) and Wikidata's QIDs, joined by spaces. Kept beside the
 * registries rather than in them: no lookup reads them, and in the tuples
 * they were 3 kB of the default registry's bundle and 27 kB of the full
 * one's (brotli).
 */
export function serialiseSources(entries) {
  const lines = entries.map(
    (entry) => JSON.stringify(entry.id) + ': ' + JSON.stringify(entry.sources.map((source) => TAGS[source] ?? source.replace(/^wikidata:/, '')).join(' '))
  )
  return '{\n' + lines.join(',\n') + '\n}\n'
}

/** A deterministic number in [0, 1) from a string (FNV-1a). */
function unitHash(value) {
  let hash = 0x81_1c_9d_c5
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index)
    hash = Math.imul(hash, 0x01_00_01_93)
  }
  hash ^= hash >>> 15
  hash = Math.imul(hash, 0x2c_1b_3c_6d)
  hash ^= hash >>> 12
  return (hash >>> 0) / 2 ** 32
}
