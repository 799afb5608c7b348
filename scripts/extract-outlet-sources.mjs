// Extract the outlet source data of ../shared/data/outlets into the compact,
// committed inputs of the registry build (scripts/outlets/sources/*.tsv).
//
//   node scripts/extract-outlet-sources.mjs [path/to/data/outlets]
//
// This is the only step that reads ../shared; `node scripts/build-outlets.mjs`
// then builds the registry data from the committed inputs alone, and
// test/outlet-build.test.ts checks that the committed registry data is what
// that build writes. Each output keeps only the columns the build reads, one
// record a line, sorted, so a change of the source data is a readable diff.
//
// The sources and their licences are listed in THIRD_PARTY_NOTICES.md.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const from = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/outlets/', import.meta.url))
const to = new URL('outlets/sources/', import.meta.url)
const places = JSON.parse(readFileSync(new URL('../src/outlet/places.json', import.meta.url), 'utf8'))

if (!existsSync(from)) {
  console.error(
    `extract-outlet-sources: ${from} is missing, so nothing was extracted.\n` +
      'The committed inputs in scripts/outlets/sources/ are unchanged; `node scripts/build-outlets.mjs` builds from them.'
  )
  process.exit(2)
}

const file = (name) => readFileSync(new URL(name, 'file://' + from.replace(/\/?$/, '/')), 'utf8')

/**
 * Hosts that serve archives, catalogues or platforms, not an outlet's own
 * site: Wikidata's "official website" points at them for some old titles.
 */
const NOT_OUTLET_HOSTS = [
  'loc.gov', 'bnf.fr', 'archive.org', 'google.com', 'newsbank.com', 'serialssolutions.com', 'lexis-nexis.com',
  'hkbu.edu.hk', 'retronews.fr', 'newspaperdirect.com', 'pressreader.com', 'oclc.org', 'worldcat.org',
  'facebook.com', 'twitter.com', 'instagram.com', 'youtube.com', 'wikipedia.org', 'wikisource.org', 'issuu.com',
  'blogspot.com', 'wordpress.com', 'europeana.eu', 'trove.nla.gov.au', 'nla.gov.au', 'delpher.nl', 'anno.onb.ac.at',
  'digitale-sammlungen.de', 'zefys.staatsbibliothek-berlin.de', 'proquest.com', 'jstor.org', 'hathitrust.org',
  'newspapers.com', 'eresources.nlb.gov.sg', 'paperspast.natlib.govt.nz', 'ndl.go.jp', 'cdnc.ucr.edu', 'vk.com',
  'telegram.me', 't.me', 'linkedin.com'
]

/** Lowercase hostname of a URL or bare host without `www.`, or '' when it is an archive host. */
function hostOf(url) {
  let host
  try {
    host = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(url) ? url : 'http://' + url).hostname.toLowerCase()
  } catch {
    return ''
  }
  host = host.replace(/^(?:www\d?|m)\./, '').replace(/\.$/, '')
  if (!host.includes('.') || /^[\d.]+$/.test(host)) return ''
  for (const bad of NOT_OUTLET_HOSTS) if (host === bad || host.endsWith('.' + bad)) return ''
  return host
}

const countryCode = new Map()
for (const [code, names] of Object.entries(places.countries)) {
  for (const name of names) countryCode.set(name.toLowerCase(), code)
}

const clean = (value) => (value ?? '').replaceAll(/[\t\n\r]+/g, ' ').trim()

function write(name, header, rows) {
  rows.sort((a, b) => (a.join('\t') < b.join('\t') ? -1 : 1))
  const text = header.join('\t') + '\n' + rows.map((row) => row.join('\t')).join('\n') + '\n'
  writeFileSync(new URL(name, to), text)
  console.log(`${name}: ${rows.length} records, ${(text.length / 1024).toFixed(0)} kB`)
}

mkdirSync(to, {recursive: true})

// Wikidata: one record per item (QID), merging its rows (one per language,
// country or website).
{
  const items = new Map()
  for (const row of JSON.parse(file('wikidata-newspapers.json')).results.bindings) {
    const qid = row.item.value.split('/').pop()
    const label = clean(row.itemLabel?.value)
    if (label === '' || /^Q\d+$/.test(label)) continue
    let item = items.get(qid)
    if (!item) items.set(qid, (item = {label, countries: new Set(), place: '', english: false, hosts: new Set()}))
    const country = countryCode.get(clean(row.countryLabel?.value).toLowerCase())
    if (country) item.countries.add(country)
    if (!item.place && row.placeLabel?.value && !/^Q\d+$/.test(row.placeLabel.value)) item.place = clean(row.placeLabel.value)
    if (row.languageLabel?.value === 'English') item.english = true
    const host = row.offurl ? hostOf(row.offurl.value) : ''
    if (host) item.hosts.add(host)
  }
  const rows = []
  for (const [qid, item] of items) {
    if (item.hosts.size === 0) continue
    rows.push([qid, item.label, [...item.countries].sort().join(','), item.place, item.english ? 'en' : '', [...item.hosts].sort().join(',')])
  }
  write('wikidata.tsv', ['qid', 'label', 'countries', 'place', 'english', 'hosts'], rows)
}

// US local news: name, state, host and medium of each outlet with a website.
{
  const lines = file('us-local-news-2018.csv').split(/\r?\n/)
  const header = parseCsvLine(lines[0])
  const at = (name) => header.indexOf(name)
  const medium = {Newspapers: 'newspaper', 'TV station': 'tv', 'College Newspapers': 'college', Magazines: 'magazine'}
  const seen = new Set()
  const rows = []
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue
    const cells = parseCsvLine(line)
    const name = clean(cells[at('name')])
    const host = hostOf(cells[at('website')] || cells[at('domain')] || '')
    if (name === '' || host === '') continue
    const row = [name, clean(cells[at('state')]), host, medium[cells[at('medium')]] ?? '']
    const key = row.join('\t')
    if (seen.has(key)) continue
    seen.add(key)
    rows.push(row)
  }
  write('us-local.tsv', ['name', 'state', 'host', 'medium'], rows)
}

// newscatcher: each domain once, with its best (lowest) global rank.
{
  const lines = file('newscatcher-domains.tsv').split(/\r?\n/)
  const header = lines[0].split('\t')
  const at = (name) => header.indexOf(name)
  const domains = new Map()
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue
    const cells = line.split('\t')
    const host = hostOf(cells[at('clean_url')])
    const rank = Number(cells[at('GlobalRank')])
    if (!host || !Number.isFinite(rank) || rank <= 0) continue
    const country = cells[at('clean_country')] === 'None' ? '' : cells[at('clean_country')].toLowerCase().replace('gb', 'gb')
    const language = cells[at('language')] === 'None' ? '' : cells[at('language')]
    const old = domains.get(host)
    if (!old || rank < old.rank) domains.set(host, {rank, country: country || old?.country || '', language})
    else if (!old.country && country) old.country = country
  }
  const rows = [...domains].map(([host, {rank, country, language}]) => [host, String(rank), country, language])
  write('newscatcher.tsv', ['host', 'rank', 'country', 'language'], rows)
}

// Fundus: country folder, name and host of each publisher.
{
  const lines = file('fundus-publishers.tsv').split(/\r?\n/).slice(1)
  const rows = []
  for (const line of lines) {
    if (line.trim() === '') continue
    const [group, name, homepage] = line.split('\t')
    const host = hostOf(homepage)
    if (!host) continue
    rows.push([group === 'uk' ? 'gb' : group === 'ind' ? 'in' : group === 'isl' ? 'is' : group, clean(name), host])
  }
  write('fundus.tsv', ['country', 'name', 'host'], rows)
}

console.log(`wrote ${fileURLToPath(to).slice(root.length)}`)

/** One line of RFC 4180 CSV (the local news file has no quoted newlines). */
function parseCsvLine(line) {
  const cells = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < line.length; index++) {
    const char = line[index]
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"'
        index++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      cells.push(cell)
      cell = ''
    } else cell += char
  }
  cells.push(cell)
  return cells
}
