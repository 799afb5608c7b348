// Whether two builds of `similarity` give the same results, byte for byte:
// the check behind every speed change to preparing and scoring, which must
// never change a score. Compares this build (dist/) with another built
// elsewhere, on
//
// - every labelled seed pair of fixtures/pairs.json, as articles and as
//   texts;
// - every SemEval-2022 Task 8 English dev pair (../shared/data), as texts
//   and as articles;
// - 5,000 pairs of corpus stories (BBC and Reuters-21578, in
//   ../shared/corpora), drawn by a seeded generator, as texts, and 500 of
//   them with statistics counted over the drawn stories (`stats`);
//
// each with and without `{explain: true}`, and each twice in this build
// (so that whatever it remembers between calls is used, and must not
// change a result). Prints the pairs compared, the first differences and,
// per set, how many pairs differ; exits 1 on any.
// Run: npm run build && node bench/similarity-same.mjs /tmp/base/dist/index.js
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {random} from '../scripts/similarity-fit.mjs'

const other = process.argv[2]
if (other === undefined) {
  console.log('usage: node bench/similarity-same.mjs <other build>/dist/index.js')
  process.exit(2)
}
const mine = await import('../dist/index.js')
const theirs = await import(new URL(other, `file://${process.cwd()}/`).href)

const folder = new URL('../fixtures/', import.meta.url)
const shared = new URL('../../shared/', import.meta.url)
for (const name of ['data/semeval-en-dev.jsonl', 'corpora/bbc.jsonl', 'corpora/reuters21578.jsonl']) {
  if (!existsSync(new URL(name, shared))) {
    console.log(`bench/similarity-same.mjs: ${fileURLToPath(new URL(name, shared))} is missing (../shared beside the checkout); nothing compared.`)
    process.exit(0)
  }
}
const jsonLines = (url) =>
  readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))

// Seeds, read by this build; the other build gets copies, so that no
// article object is remembered by both.
const seed = new Map()
for (const name of readdirSync(folder).filter((file) => /^00\d_.*\.txt$/.test(file))) {
  for (const [index, article] of mine.splitDump(readFileSync(new URL(name, folder), 'utf8')).articles.entries()) seed.set(`${name.slice(0, 3)}#${index}`, article)
}
const seedPairs = JSON.parse(readFileSync(new URL('pairs.json', folder), 'utf8')).pairs
const asText = (article) => [article.title, ...article.paragraphs].join('\n\n')
const asArticle = (text) => {
  const [title, ...rest] = text.split('\n')
  return {title, paragraphs: rest.length > 0 ? rest : [text]}
}

const semeval = jsonLines(new URL('data/semeval-en-dev.jsonl', shared))
const stories = [...jsonLines(new URL('corpora/bbc.jsonl', shared)), ...jsonLines(new URL('corpora/reuters21578.jsonl', shared))]
  .map((story) => [story.title ?? '', story.body ?? ''].join('\n').trim())
  .filter((text) => text.length > 0)
const next = random(20_261_203)
const corpusPairs = Array.from({length: 5000}, () => [stories[Math.floor(next() * stories.length)], stories[Math.floor(next() * stories.length)]])
const statsTexts = corpusPairs.slice(0, 500).flat()

/** Sets of pairs: a name, the pairs, and options (with `stats` built by each build from the same texts). */
const sets = [
  ['seed pairs, articles', seedPairs.map((pair) => [seed.get(pair.a), seed.get(pair.b)])],
  ['seed pairs, texts', seedPairs.map((pair) => [asText(seed.get(pair.a)), asText(seed.get(pair.b))])],
  ['SemEval dev pairs, texts', semeval.map((row) => [row.text1, row.text2])],
  ['SemEval dev pairs, articles', semeval.map((row) => [asArticle(row.text1), asArticle(row.text2)])],
  ['corpus pairs, texts', corpusPairs],
  ['corpus pairs, own statistics', corpusPairs.slice(0, 500), 'stats']
]
const mineStats = mine.createCorpusStats(statsTexts)
const theirStats = theirs.createCorpusStats(statsTexts)
const copy = (item) => (typeof item === 'string' ? item : {...item, paragraphs: [...item.paragraphs]})

let compared = 0
let differences = 0
const summary = []
for (const [name, pairs, withStats] of sets) {
  const differing = new Set()
  for (const explain of [false, true]) {
    const options = (stats) => (withStats ? {explain, stats} : {explain})
    const theirCopies = pairs.map(([a, b]) => [copy(a), copy(b)])
    for (let pass = 0; pass < 2; pass++) {
      for (const [at, [a, b]] of pairs.entries()) {
        const mineResult = JSON.stringify(mine.similarity(a, b, options(mineStats)))
        const [a2, b2] = theirCopies[at]
        const theirResult = JSON.stringify(theirs.similarity(a2, b2, options(theirStats)))
        compared++
        if (mineResult !== theirResult) {
          differences++
          differing.add(at)
          if (differences <= 5) console.log(`differs: ${name}, pair ${at}, explain ${explain}, pass ${pass}\n  this:  ${mineResult.slice(0, 300)}\n  other: ${theirResult.slice(0, 300)}`)
        }
      }
    }
    console.log(`${name}, explain ${explain}: ${pairs.length} pairs, twice`)
  }
  summary.push(`${name}: ${differing.size} of ${pairs.length} pairs differ`)
}
for (const line of summary) console.log(line)
console.log(`${compared} results compared, ${differences} differ`)
process.exit(differences === 0 ? 0 : 1)
