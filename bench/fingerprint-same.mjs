// Whether two builds of `fingerprint` give the same fingerprints, field for
// field: the check behind every speed change to the word reader, the
// tokenizer, shingles and MinHash, which must never change a fingerprint.
// Compares this build (dist/) with another built elsewhere, on
//
// - every story of the corpora bench set (Reuters-21578 and BBC in
//   ../shared/corpora, `title\n\nbody` as bench/dedup.mjs reads them), with
//   the default options and with `{permutations: 64, seed: 7}`;
// - every fixture text (fixtures/*.txt and fixtures/pages/**/*.txt), whole,
//   and every article `splitDump` finds in it, as an article (each build
//   gets its own copy, so that nothing one remembers is shared).
//
// Each item is fingerprinted twice in this build, so whatever it keeps
// between calls must not change a result. Prints the items compared and
// the first differences and, per kind of item, how many differ; exits 1
// on any.
// Run: npm run build && node bench/fingerprint-same.mjs /tmp/base/dist/index.js
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const other = process.argv[2]
if (other === undefined) {
  console.log('usage: node bench/fingerprint-same.mjs <other build>/dist/index.js')
  process.exit(2)
}
const mine = await import('../dist/index.js')
const theirs = await import(new URL(other, `file://${process.cwd()}/`).href)

const corpora = new URL('../../shared/corpora/', import.meta.url)
const corpusTexts = []
for (const name of ['reuters21578.jsonl', 'bbc.jsonl']) {
  const source = new URL(name, corpora)
  if (!existsSync(source)) {
    console.error(`bench/fingerprint-same.mjs: ${fileURLToPath(source)} is missing`)
    process.exit(2)
  }
  for (const line of readFileSync(source, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const story = JSON.parse(line)
    corpusTexts.push(`${story.title ?? ''}\n\n${story.body ?? ''}`)
  }
}

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const fixtureFiles = readdirSync(fixtures)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => join(fixtures, name))
const walk = (folder) => {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (name.endsWith('.txt')) fixtureFiles.push(path)
  }
}
walk(join(fixtures, 'pages'))

/** Items: a label, what each build gets, and options. */
const items = []
for (const [index, text] of corpusTexts.entries()) {
  items.push({label: `corpus#${index}`, kind: 'corpus stories', item: text})
  items.push({label: `corpus#${index} {permutations: 64, seed: 7}`, kind: 'corpus stories {permutations: 64, seed: 7}', item: text, options: {permutations: 64, seed: 7}})
}
let articles = 0
for (const path of fixtureFiles) {
  const text = readFileSync(path, 'utf8')
  const label = path.slice(fixtures.length)
  items.push({label, kind: 'fixture files', item: text})
  for (const [index, article] of mine.splitDump(text).articles.entries()) {
    items.push({label: `${label}#${index}`, kind: 'fixture articles', item: article, copy: true})
    articles++
  }
}

const show = (fp) => JSON.stringify(fp)
let differences = 0
/** Kind → [items, items that differ in either call]. */
const byKind = new Map()
for (const {label, kind, item, options, copy} of items) {
  const counts = byKind.get(kind) ?? [0, 0]
  byKind.set(kind, counts)
  counts[0]++
  let differs = false
  const expected = show(theirs.fingerprint(copy ? structuredClone(item) : item, options))
  for (const round of [1, 2]) {
    const got = show(mine.fingerprint(copy ? structuredClone(item) : item, options))
    if (got === expected) continue
    differences++
    if (!differs) counts[1]++
    differs = true
    if (differences <= 10) console.log(`differs (${label}, call ${round}):\n  this:  ${got}\n  other: ${expected}`)
  }
}
for (const [kind, [count, differing]] of byKind) console.log(`${kind}: ${differing} of ${count} differ`)
console.log(`${items.length} items (${corpusTexts.length} corpus stories twice, ${fixtureFiles.length} fixture files, ${articles} fixture articles): ${differences} differences`)
process.exit(differences === 0 ? 0 : 1)
