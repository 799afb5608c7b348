#!/usr/bin/env node
// Score a built newsdump against a folder of dumps with hand-checked truth.
// usage: node scripts/evaluate-pages.mjs <checkout> <folder> [--verbose]   (after npm run build)
import {readFileSync, readdirSync, existsSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const [checkout, folder] = args.filter((a) => !a.startsWith('--'))
if (!checkout || !folder) {
  console.error('usage: node check.mjs <checkout> <folder> [--verbose]')
  process.exit(2)
}
const entry = resolve(checkout, 'dist/index.js')
if (!existsSync(entry)) {
  console.error(`no ${entry}: build the checkout first (npx tsup)`)
  process.exit(2)
}
const lib = await import(pathToFileURL(entry).href)
if (typeof lib.splitDump !== 'function') {
  console.error(`${entry} exports no splitDump`)
  process.exit(2)
}

const BULLET = /^[•*–-]\s+/
const SEP = /^[\s\-–—·•|:]+|[\s\-–—·•|:]+$/g
const clean = (s) => (s == null ? null : String(s).replace(SEP, ''))
const dropBy = (s) => (s == null ? null : String(s).trim().replace(/^by\s+/i, '').trim())
const show = (v) => (v === undefined ? 'undefined' : JSON.stringify(v))

const FIELDS = ['outlet', 'published', 'byline', 'paragraphs', 'first']
function got(field, a) {
  switch (field) {
    case 'outlet': return a.outlet == null ? null : clean(a.outlet.raw ?? a.outlet.name)
    case 'published': return a.published == null ? null : clean(a.published.raw)
    case 'byline': return a.byline == null ? null : dropBy(a.byline) || null
    case 'paragraphs': return Array.isArray(a.paragraphs) ? a.paragraphs.length : null
    case 'first':
      return Array.isArray(a.paragraphs) && a.paragraphs.length > 0 ? String(a.paragraphs[0]).trim().replace(BULLET, '').slice(0, 40).trim() : null
  }
}
function want(field, t) {
  switch (field) {
    case 'outlet': return t.outlet == null ? null : clean(t.outlet)
    case 'published': return t.published == null ? null : clean(t.published)
    case 'byline': return t.byline == null ? null : dropBy(t.byline)
    case 'paragraphs': return t.paragraphs
    case 'first': return t.first == null ? null : String(t.first).trim().slice(0, 40).trim()
  }
}
// A field is "read" when the library's articles carry the property at all.
function isRead(field, articles) {
  const prop = field === 'first' ? 'paragraphs' : field
  return articles.some((a) => a && Object.prototype.hasOwnProperty.call(a, prop))
}

// A folder of family folders (fixtures/pages/<family>/) is read one level down.
const listTexts = (dir, prefix = '') =>
  readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() && prefix === '' ? listTexts(join(dir, entry.name), entry.name + '/') : entry.name.endsWith('.txt') ? [prefix + entry.name] : []
  )
const files = listTexts(folder).sort()
if (files.length === 0) {
  console.error(`no .txt files in ${folder}`)
  process.exit(2)
}
const tot = {dumps: 0, right: 0, truthTitles: 0, outTitles: 0, matchedTitles: 0}
const fieldTot = Object.fromEntries(FIELDS.map((f) => [f, {right: 0, n: 0, notRead: 0}]))
const byFamily = new Map()
const seen = Object.fromEntries(FIELDS.map((f) => [f, false]))
let anyOutput = false
const reference = process.env.CHECK_REFERENCE || undefined

for (const f of files) {
  const base = f.slice(0, -4)
  const truthPath = join(folder, base + '.truth.json')
  if (!existsSync(truthPath)) {
    console.log(`SKIP ${f}: no truth file`)
    continue
  }
  const truth = JSON.parse(readFileSync(truthPath, 'utf8'))
  const text = readFileSync(join(folder, f), 'utf8')
  tot.dumps++
  const fam = truth.family ?? base.replace(/^.*\//, '').replace(/-\d+$/, '')
  if (!byFamily.has(fam)) byFamily.set(fam, {dumps: 0, right: 0, truth: 0, matched: 0, out: 0})
  const famTot = byFamily.get(fam)
  famTot.dumps++
  let dump
  const diffs = []
  try {
    dump = lib.splitDump(text, reference ? {reference} : undefined)
  } catch (e) {
    diffs.push(`splitDump threw: ${e && e.message}`)
    dump = {articles: [], layout: '(threw)'}
  }
  const out = Array.isArray(dump.articles) ? dump.articles : []
  const tArts = truth.articles
  const outTitles = out.map((a) => String(a.title ?? '').trim())
  const truthTitles = tArts.map((t) => String(t.title).trim())
  tot.truthTitles += truthTitles.length
  tot.outTitles += outTitles.length
  famTot.truth += truthTitles.length
  famTot.out += outTitles.length

  // multiset match of titles
  const pool = new Map()
  outTitles.forEach((t, i) => {
    if (!pool.has(t)) pool.set(t, [])
    pool.get(t).push(i)
  })
  const pairs = []
  tArts.forEach((t, ti) => {
    const list = pool.get(truthTitles[ti])
    if (list && list.length) pairs.push([ti, list.shift()])
  })
  tot.matchedTitles += pairs.length
  famTot.matched += pairs.length

  // order / list equality
  const sameList = outTitles.length === truthTitles.length && outTitles.every((t, i) => t === truthTitles[i])
  if (!sameList) {
    let i = 0
    while (i < outTitles.length && i < truthTitles.length && outTitles[i] === truthTitles[i]) i++
    diffs.push(
      `titles differ at #${i + 1}: want ${show(truthTitles[i])}, got ${show(outTitles[i])} ` +
        `(want ${truthTitles.length} articles, got ${outTitles.length})`
    )
  }
  const read = Object.fromEntries(FIELDS.map((fl) => [fl, isRead(fl, out)]))
  if (out.length) anyOutput = true
  for (const fl of FIELDS) if (read[fl]) seen[fl] = true
  for (const [ti, oi] of pairs) {
    for (const fl of FIELDS) {
      if (!read[fl]) {
        fieldTot[fl].notRead++
        continue
      }
      const w = want(fl, tArts[ti])
      const g = got(fl, out[oi])
      fieldTot[fl].n++
      if (w === g) fieldTot[fl].right++
      else diffs.push(`${fl} of ${show(truthTitles[ti].slice(0, 60))}: want ${show(w)}, got ${show(g)}`)
    }
  }
  const ok = diffs.length === 0
  if (ok) {
    tot.right++
    famTot.right++
  }
  const head = `${ok ? 'RIGHT' : 'WRONG'} ${f} [${dump.layout}] titles ${pairs.length}/${truthTitles.length} found, ${outTitles.length} out`
  console.log(head)
  if (!ok) for (const d of verbose ? diffs : diffs.slice(0, 1)) console.log('    ' + d)
}

const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`)
console.log('')
console.log('by family:')
for (const [fam, t] of [...byFamily].sort()) {
  console.log(
    `  ${fam.padEnd(16)} dumps right ${t.right}/${t.dumps}  title recall ${pct(t.matched, t.truth)}  precision ${pct(t.matched, t.out)}`
  )
}
console.log('')
console.log(`dumps right:     ${pct(tot.right, tot.dumps)}`)
console.log(`title precision: ${pct(tot.matchedTitles, tot.outTitles)}`)
console.log(`title recall:    ${pct(tot.matchedTitles, tot.truthTitles)}`)
console.log('of matched titles, right:')
for (const fl of FIELDS) {
  const t = fieldTot[fl]
  const label = {outlet: 'outlet raw', published: 'published raw', byline: 'byline', paragraphs: 'paragraph count', first: 'first paragraph start'}[fl]
  console.log(`  ${label.padEnd(22)} ${anyOutput && !seen[fl] ? 'not read (the library has no such field)' : pct(t.right, t.n)}${t.notRead && t.n ? `, not read on ${t.notRead}` : ''}`)
}
