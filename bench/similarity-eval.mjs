// Quality of the similarity score against people's judgements, side by side
// with the usual baselines computed in this same script:
//
// - SemEval-2022 Task 8 (English dev pairs): Pearson r of each measure
//   against the human `Overall` grade (1 = same story, 4 = unrelated, so
//   negative is good).
// - MSRP (training pairs): accuracy and F1 of "paraphrase" at each measure's
//   best threshold. Reported, not tuned to.
//
// Needs ../shared/data; says so and exits when it is missing.
// Run: npm run build && node bench/similarity-eval.mjs
import {existsSync, readFileSync} from 'node:fs'
import {cpus} from 'node:os'
import MinHashPackage from 'minhash'
import stringSimilarity from 'string-similarity'
import {similarity} from '../dist/index.js'

const data = new URL('../../shared/data/', import.meta.url)
const semevalFile = new URL('semeval-en-dev.jsonl', data)
const msrpFile = new URL('msrp-train.jsonl', data)
if (!existsSync(semevalFile) || !existsSync(msrpFile)) {
  console.error('bench/similarity-eval.mjs: ../shared/data is missing; nothing to measure.')
  process.exit(0)
}

const readJsonl = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
const semeval = readJsonl(semevalFile)
const msrp = readJsonl(msrpFile)

// Baseline tokens: lower-cased runs of letters and digits.
const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** TF-IDF cosine with IDF from the pairs' own texts (the usual baseline). */
function tfidfCosine(pairs) {
  const documents = pairs.flatMap(([a, b]) => [a, b])
  const frequency = new Map()
  for (const text of documents) for (const word of new Set(words(text))) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const idf = (word) => Math.log((documents.length + 1) / ((frequency.get(word) ?? 0) + 1)) + 1
  const vector = (text) => {
    const counts = new Map()
    for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1)
    return new Map([...counts].map(([word, count]) => [word, count * idf(word)]))
  }
  return pairs.map(([a, b]) => {
    const x = vector(a)
    const y = vector(b)
    let dot = 0
    for (const [word, weight] of x) dot += weight * (y.get(word) ?? 0)
    const norm = (v) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0))
    const denominator = norm(x) * norm(y)
    return denominator === 0 ? 0 : dot / denominator
  })
}

/** Jaccard estimate of the word sets by the `minhash` package (128 permutations). */
function minhashJaccard(pairs) {
  return pairs.map(([a, b]) => {
    const x = new MinHashPackage.Minhash()
    const y = new MinHashPackage.Minhash()
    for (const word of words(a)) x.update(word)
    for (const word of words(b)) y.update(word)
    return x.jaccard(y)
  })
}

const measures = {
  'newsdump `score`': (pairs) => pairs.map(([a, b]) => similarity(a, b).score),
  'newsdump `resemblance`': (pairs) => pairs.map(([a, b]) => similarity(a, b).resemblance),
  'TF-IDF cosine': tfidfCosine,
  '`string-similarity` (Dice of bigrams)': (pairs) => pairs.map(([a, b]) => stringSimilarity.compareTwoStrings(a, b)),
  '`minhash` package (word-set Jaccard)': minhashJaccard
}

function pearson(x, y) {
  const n = x.length
  const mx = x.reduce((a, b) => a + b, 0) / n
  const my = y.reduce((a, b) => a + b, 0) / n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my)
    sxx += (x[i] - mx) ** 2
    syy += (y[i] - my) ** 2
  }
  return sxy / Math.sqrt(sxx * syy)
}

/** Best accuracy and best F1 over all cut-offs, with the cut-offs. */
function bestCut(scores, labels) {
  const order = scores.map((score, index) => [score, labels[index]]).sort((a, b) => b[0] - a[0])
  const positives = labels.filter(Boolean).length
  let truePositives = 0
  let falsePositives = 0
  let best = {accuracy: 0, accuracyAt: 1, f1: 0, f1At: 1}
  for (const [index, [score, label]] of order.entries()) {
    if (label) truePositives++
    else falsePositives++
    if (index + 1 < order.length && order[index + 1][0] === score) continue
    const trueNegatives = labels.length - positives - falsePositives
    const accuracy = (truePositives + trueNegatives) / labels.length
    const f1 = (2 * truePositives) / (2 * truePositives + falsePositives + (positives - truePositives))
    if (accuracy > best.accuracy) best = {...best, accuracy, accuracyAt: score}
    if (f1 > best.f1) best = {...best, f1, f1At: score}
  }
  return best
}

console.log(`machine: ${cpus()[0].model} (${cpus().length} cores), Node ${process.version}; date: ${new Date().toISOString().slice(0, 10)}\n`)
const semevalPairs = semeval.map((row) => [row.text1, row.text2])
const overall = semeval.map((row) => row.Overall)
const sameStory = semeval.map((row) => row.Overall <= 2)
console.log(`SemEval-2022 Task 8, English dev: ${semeval.length} pairs\n`)
console.log('| measure | Pearson r vs Overall | best accuracy, same story (Overall ≤ 2) | at |')
console.log('| --- | ---: | ---: | ---: |')
for (const [name, measure] of Object.entries(measures)) {
  const scores = measure(semevalPairs)
  const cut = bestCut(scores, sameStory)
  console.log(`| ${name} | ${pearson(scores, overall).toFixed(3)} | ${(cut.accuracy * 100).toFixed(1)}% | ${cut.accuracyAt.toFixed(3)} |`)
}

const msrpPairs = msrp.map((row) => [row.s1, row.s2])
const paraphrase = msrp.map((row) => row.label === 1)
console.log(`\nMSRP, training part: ${msrp.length} sentence pairs, ${paraphrase.filter(Boolean).length} paraphrases (reported, not tuned to)\n`)
console.log('| measure | best accuracy | at | best F1 | at |')
console.log('| --- | ---: | ---: | ---: | ---: |')
for (const [name, measure] of Object.entries(measures)) {
  const scores = measure(msrpPairs)
  const cut = bestCut(scores, paraphrase)
  console.log(`| ${name} | ${(cut.accuracy * 100).toFixed(1)}% | ${cut.accuracyAt.toFixed(3)} | ${cut.f1.toFixed(3)} | ${cut.f1At.toFixed(3)} |`)
}
