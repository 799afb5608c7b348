// How many pairs a second `similarity` scores, beside plain TF-IDF cosine
// and `string-similarity`, in one run on the same texts: the 322 texts of
// the SemEval-2022 Task 8 English dev pairs (about 1,000 characters each)
// in ../shared/data. Says so and exits when they are missing.
//
// - texts: `similarity(a, b)` on strings, the 161 pairs in turn: each text
//   is read once and remembered (a bounded table of texts, see
//   `prepareRemembered`), so this measures texts seen before;
// - texts, each new: the same, on copies of the texts that differ from
//   each other in trailing spaces (which change no word), more of them than
//   the table holds: every call reads both texts afresh;
// - articles: the same texts as article objects, compared all against all,
//   so each is read once and remembered (the library's WeakMap of prepared
//   articles);
// - explain: `similarity(a, b, {explain: true})` on strings.
//
// Target (DESIGN.md): at least 15,000 pairs a second on texts. The machine
// is shared: read the ratios, measured in one run, the measures taken in
// turn in each of 8 rounds; the table gives the best round of each and the
// median.
//
// With the path of another build's dist/index.js as argument, its
// `similarity` is measured in the same rounds as this one's, on texts, on
// new texts and with explain (an A/B in one process: rounds alternate).
// Run: npm run build && node bench/similarity-speed.mjs [/tmp/base/dist/index.js]
import {cpus, loadavg} from 'node:os'
import stringSimilarity from 'string-similarity'
import {similarity} from '../dist/index.js'
import {readSharedData} from '../scripts/similarity-fit.mjs'

const other = process.argv[2] === undefined ? undefined : await import(new URL(process.argv[2], `file://${process.cwd()}/`).href)
const rows = await readSharedData('semeval-en-dev.jsonl', 'bench/similarity-speed.mjs')
const pairs = rows.map((row) => [row.text1, row.text2])
const texts = pairs.flat()
// Copies that no table of remembered texts holds: 8 of each pair, told
// apart by trailing spaces, 2,576 texts in all, each a flat string as read
// from a file (not a concatenation, which V8 reads through a pointer).
const newText = (text, copy) => JSON.parse(JSON.stringify(text + ' '.repeat(copy + 1)))
const newPairs = Array.from({length: 8}, (_, copy) => pairs.map(([a, b]) => [newText(a, copy), newText(b, copy)])).flat()

// Plain TF-IDF cosine: lower-cased runs of letters and digits, raw term
// frequency, IDF from the texts themselves; each call builds both vectors.
const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
const frequency = new Map()
for (const text of texts) for (const word of new Set(words(text))) frequency.set(word, (frequency.get(word) ?? 0) + 1)
const idf = new Map([...frequency].map(([word, count]) => [word, Math.log((texts.length + 1) / (count + 1)) + 1]))
function vector(text) {
  const counts = new Map()
  for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1)
  let norm = 0
  for (const [word, count] of counts) {
    const weight = count * idf.get(word)
    counts.set(word, weight)
    norm += weight * weight
  }
  return {weights: counts, norm: Math.sqrt(norm)}
}
function tfidfCosine(a, b) {
  const x = vector(a)
  const y = vector(b)
  let dot = 0
  for (const [word, weight] of x.weights) dot += weight * (y.weights.get(word) ?? 0)
  return x.norm === 0 || y.norm === 0 ? 0 : dot / (x.norm * y.norm)
}

const articles = texts.map((text) => {
  const [title, ...rest] = text.split('\n')
  return {title, paragraphs: rest.length > 0 ? rest : [text]}
})

/**
 * Pairs a second of each `run(count)` (which scores `count` pairs), per
 * second of this process's CPU time (user + system: on a shared machine,
 * time spent waiting for a core is not counted): rounds of about `seconds`
 * each, the measures taken in turn within every round so that a busy
 * machine slows them alike; the best round of each and the median.
 */
function rates(runs, rounds = 8, seconds = 0.3) {
  for (const run of runs) run(200)
  const measured = runs.map(() => [])
  const cpuSeconds = (since) => {
    const used = process.cpuUsage(since)
    return (used.user + used.system) / 1e6
  }
  for (let round = 0; round < rounds; round++) {
    for (const [at, run] of runs.entries()) {
      let count = 0
      const start = process.cpuUsage()
      let elapsed = 0
      while (elapsed < seconds) {
        count += run(100)
        elapsed = cpuSeconds(start)
      }
      measured[at].push(count / elapsed)
    }
  }
  return measured.map((values) => {
    const sorted = values.sort((x, y) => x - y)
    const middle = sorted.length >> 1
    return {best: sorted.at(-1), median: sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2}
  })
}

let sink = 0
const onPairs = (score, list = pairs) => {
  let cursor = 0
  return (count) => {
    for (let index = 0; index < count; index++) {
      const [a, b] = list[cursor++ % list.length]
      sink += score(a, b)
    }
    return count
  }
}
let left = 0
let right = 1
const allAgainstAll = (count) => {
  for (let index = 0; index < count; index++) {
    sink += similarity(articles[left], articles[right]).score
    if (++right === articles.length) {
      left = (left + 1) % (articles.length - 1)
      right = left + 1
    }
  }
  return count
}

const measures = [
  ['newsdump `similarity` on texts', onPairs((a, b) => similarity(a, b).score)],
  ['newsdump `similarity` on texts, each new', onPairs((a, b) => similarity(a, b).score, newPairs)],
  ['newsdump `similarity` on articles, each read once', allAgainstAll],
  ['newsdump `similarity` on texts, `{explain: true}`', onPairs((a, b) => similarity(a, b, {explain: true}).score)],
  ['plain TF-IDF cosine', onPairs(tfidfCosine)],
  ['`string-similarity` `compareTwoStrings`', onPairs((a, b) => stringSimilarity.compareTwoStrings(a, b))]
]
if (other !== undefined) {
  measures.splice(
    2,
    0,
    ['other build: `similarity` on texts', onPairs((a, b) => other.similarity(a, b).score)],
    ['other build: `similarity` on texts, each new', onPairs((a, b) => other.similarity(a, b).score, newPairs)]
  )
  measures.push(['other build: `similarity` on texts, `{explain: true}`', onPairs((a, b) => other.similarity(a, b, {explain: true}).score)])
}
const rounds = Number(process.env.ROUNDS ?? 8)
const measured = rates(
  measures.map(([, run]) => run),
  rounds
)
const results = measures.map(([name], at) => [name, measured[at]])
const averageLength = texts.reduce((sum, text) => sum + text.length, 0) / texts.length
console.log(`machine: ${cpus()[0].model} (${cpus().length} cores), Node ${process.version}; date: ${new Date().toISOString().slice(0, 16)}Z; load average ${loadavg().map((value) => value.toFixed(1)).join(', ')}`)
console.log(`${pairs.length} SemEval dev pairs, ${texts.length} texts of ${averageLength.toFixed(0)} characters on average; ${rounds} rounds\n`)
console.log('| measure | pairs per CPU second, best round | median | × plain TF-IDF (best) | × plain TF-IDF (median) |')
console.log('| --- | ---: | ---: | ---: | ---: |')
const baseline = results.find(([name]) => name === 'plain TF-IDF cosine')[1]
const format = (value) => Math.round(value).toLocaleString('en')
for (const [name, {best, median}] of results) console.log(`| ${name} | ${format(best)} | ${format(median)} | ${(best / baseline.best).toFixed(2)} | ${(median / baseline.median).toFixed(2)} |`)
if (Number.isNaN(sink)) console.log('(unreachable: keeps the work from being optimised away)')
