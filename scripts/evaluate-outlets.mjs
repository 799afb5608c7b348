// How right `normalizeOutlet` is, on names it was not built from:
//
//   node scripts/evaluate-outlets.mjs [--json]
//
// 1. Held out: builds the registry with a random fifth of each source left
//    out (three seeds), then normalises the name of every left-out record
//    with that registry. A record is `right` when the outlet found has the
//    record's domain; `other domain` when the outlet found has the record's
//    name and country (or no country) but another domain, which is mostly one
//    outlet that two sources give different sites (a station's own site and
//    its group's), or when the outlet found lists the record's domain among
//    its hostname aliases (an old site of the same outlet, `philly.com`);
//    `wrong` when another outlet is found; else `unknown`, of which
//    `unknownRightDomain` counts the names that are a hostname of the
//    record's domain (`Biztoc.com`: an unknown outlet, but the right site). "Most-carried"
//    are the records whose domain is among the 5,000 best ranked of
//    newscatcher.
// 2. By hand: the lists in scripts/outlets/evaluation/, names as pages print
//    them with the domains decided by hand (and other sites of the same
//    outlet, `also`), against the default and the full registry built from
//    everything.
//
// Reads only the repository (the committed inputs), so it runs without
// ../shared. Prints the tables of docs/outlets.md.
import {readFileSync, readdirSync} from 'node:fs'
import {buildOutletRegistries, readOutletInputs} from './outlets/build.mjs'
import {loadOutletRuntime, loadOutletTools} from './outlets/tools.mjs'

const tools = await loadOutletTools()
const {normalizeOutlet, registryFromRecords} = await loadOutletRuntime()
const inputs = readOutletInputs(new URL('outlets/', import.meta.url))
const rank = new Map(inputs.newscatcher.map((row) => [tools.registrableDomain(row.host), Number(row.rank)]))

const bare = (name) => tools.outletKey(name.replace(/\s*\([^)]*\)$/, ''))

/** The registrable domains of an entry's hostname aliases (`philly.com` of The Philadelphia Inquirer). */
function aliasDomains(entry) {
  const domains = []
  for (const alias of entry.aliases) {
    const host = tools.parseHostname(alias)
    if (host !== null) domains.push(tools.registrableDomain(host))
  }
  return domains
}

function score(pairs, outlets) {
  const counts = {names: 0, right: 0, otherDomain: 0, wrong: 0, unknown: 0, unknownRightDomain: 0, wrongExamples: []}
  const countryOf = new Map(outlets.entries.map((entry) => [entry.id, entry.country]))
  const sitesOf = new Map(outlets.entries.map((entry) => [entry.id, aliasDomains(entry)]))
  for (const {name, domain, also = [], country} of pairs) {
    const outlet = normalizeOutlet(name, {outlets})
    counts.names++
    const found = countryOf.get(outlet.id)
    if (!outlet.known) {
      counts.unknown++
      if (outlet.domain !== null && outlet.domain === domain) counts.unknownRightDomain++
    }
    else if (outlet.domain === domain) counts.right++
    else if (also.includes(outlet.domain) || sitesOf.get(outlet.id)?.includes(domain)) counts.otherDomain++
    else if (country !== undefined && bare(outlet.name) === bare(name) && (!found || !country || found === country)) counts.otherDomain++
    else {
      counts.wrong++
      if (counts.wrongExamples.length < (process.env.EXAMPLES ? 400 : 8)) counts.wrongExamples.push(`${name} → ${outlet.name} (${outlet.domain}), not ${domain}`)
    }
  }
  return counts
}

const add = (a, b) => ({
  names: a.names + b.names,
  right: a.right + b.right,
  otherDomain: a.otherDomain + b.otherDomain,
  wrong: a.wrong + b.wrong,
  unknown: a.unknown + b.unknown,
  unknownRightDomain: a.unknownRightDomain + b.unknownRightDomain,
  wrongExamples: [...a.wrongExamples, ...b.wrongExamples].slice(0, process.env.EXAMPLES ? 400 : 8)
})
const zero = () => ({names: 0, right: 0, otherDomain: 0, wrong: 0, unknown: 0, unknownRightDomain: 0, wrongExamples: []})

// 1. Held out. "Most-carried, domain still in the build" are the most-carried
//    records whose domain another source (or another record) still gives an
//    outlet of: the ones that can be found at all.
const heldOut = new Map()
for (const seed of ['1', '2', '3']) {
  const {full, core, heldOut: records} = buildOutletRegistries(inputs, tools, {holdout: {fraction: 0.2, seed}})
  const registries = {default: registryFromRecords(core), full: registryFromRecords(full)}
  // Whether the build without the record still has an outlet of its domain:
  // a record whose outlet no other source has cannot be found.
  const domainsLeft = new Set(full.map((entry) => entry.domain))
  const groups = new Map()
  for (const record of records) {
    const carried = rank.get(record.domain) <= 5000
    const names = [record.source, ...(carried ? ['most-carried (rank ≤ 5,000)'] : [])]
    if (carried && domainsLeft.has(record.domain)) names.push('most-carried, domain still in the build')
    for (const group of names) {
      if (!groups.has(group)) groups.set(group, [])
      groups.get(group).push(record)
    }
  }
  for (const [group, pairs] of groups) {
    for (const [which, outlets] of Object.entries(registries)) {
      const key = group + '\u0000' + which
      heldOut.set(key, add(heldOut.get(key) ?? zero(), score(pairs, outlets)))
    }
  }
}

// 2. By hand.
const {full, core} = buildOutletRegistries(inputs, tools)
const registries = {default: registryFromRecords(core), full: registryFromRecords(full)}
const byHand = new Map()
const folder = new URL('outlets/evaluation/', import.meta.url)
for (const file of readdirSync(folder).filter((name) => name.endsWith('.tsv')).sort()) {
  const lines = readFileSync(new URL(file, folder), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'))
  const pairs = lines.slice(1).map((line) => {
    const [name, domain, also] = line.split('\t')
    return {name, domain, also: also ? also.split(',') : []}
  })
  for (const [which, outlets] of Object.entries(registries)) byHand.set(file + '\u0000' + which, score(pairs, outlets))
}

const percent = (part, whole) => (whole === 0 ? '–' : ((100 * part) / whole).toFixed(1) + '%')
const rows = (map) =>
  [...map].map(([key, c]) => {
    const [list, which] = key.split('\u0000')
    return {list, registry: which, ...c, rightShare: percent(c.right, c.names), wrongShare: percent(c.wrong, c.names)}
  })

const result = {heldOut: rows(heldOut), byHand: rows(byHand)}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2))
} else {
  for (const [title, list] of [
    ['Held out (a fifth of each source left out of the build, three seeds)', result.heldOut],
    ['Lists made by hand from pages', result.byHand]
  ]) {
    console.log(`\n${title}\n\n| List | Registry | Names | Right domain | Same name, other domain | Wrong outlet | Unknown | Unknown, hostname of the right domain |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |`)
    for (const row of list) {
      console.log(`| ${row.list} | ${row.registry} | ${row.names} | ${row.rightShare} | ${percent(row.otherDomain, row.names)} | ${row.wrongShare} | ${percent(row.unknown, row.names)} | ${percent(row.unknownRightDomain, row.names)} |`)
    }
    for (const row of list) for (const example of row.wrongExamples) console.log(`  wrong (${row.list}, ${row.registry}): ${example}`)
  }
}
