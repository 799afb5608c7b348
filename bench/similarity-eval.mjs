// Quality of the similarity score and of `sameStory`, side by side with the
// usual baselines computed in this same script. Needs ../shared/data; says
// so and exits when it is missing.
//
// - SemEval-2022 Task 8, English dev (161 pairs): Pearson r of each measure
//   against the human `Overall` grade (1 = the same story, 4 = unrelated,
//   so negative is good). The score has no fitted weights, so its r is
//   plain; the cross-validated r repeats the choice of the design (term
//   and headline weights, headline words, ceiling, equal or least-squares
//   weights: DESIGN_CHOICES in scripts/similarity-fit.mjs) inside each fold,
//   as scripts/fit-similarity.mjs chose it on all pairs (nested
//   cross-validation: 10 folds, 10 shuffles).
// - `sameStory` against "the same story" (Overall <= 1.5): Brier score of
//   cross-validated Platt scaling and isotonic regression (each fold's
//   design chosen and calibration fitted on the other nine), the
//   reliability of the Platt predictions, and the shipped calibration on
//   all pairs.
// - MSRP (training part, 4,076 sentence pairs): accuracy and F1 of
//   "paraphrase" with the threshold chosen by 10-fold cross-validation
//   (fitted on nine folds, counted on the tenth), for each measure.
// - The labelled seed pairs of fixtures/pairs.json: the order duplicate >
//   rewrite > related > unrelated, and the relations.
//
// Run: npm run build && node bench/similarity-eval.mjs
import {readFileSync, readdirSync} from 'node:fs'
import {cpus} from 'node:os'
import MinHashPackage from 'minhash'
import stringSimilarity from 'string-similarity'
import {similarity, splitDump} from '../dist/index.js'
import {
  DESIGN_CHOICES,
  SAME_STORY_OVERALL,
  brier,
  chooseDesign,
  crossValidate,
  designName,
  designParts,
  designScores,
  designSpace,
  folds,
  isotonic,
  isotonicFit,
  loadStudyEntry,
  nestedDesignCV,
  pearson,
  platt,
  plattFit,
  readSharedData,
  reliability
} from '../scripts/similarity-fit.mjs'

const semeval = await readSharedData('semeval-en-dev.jsonl', 'bench/similarity-eval.mjs')
const msrp = await readSharedData('msrp-train.jsonl', 'bench/similarity-eval.mjs')
const lib = await loadStudyEntry()

const FOLDS = 10
const SHUFFLES = 10
const fixed = (value, digits = 3) => value.toFixed(digits)
const percent = (value) => `${(value * 100).toFixed(1)}%`

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
  const norm = (v) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0))
  return pairs.map(([a, b]) => {
    const x = vector(a)
    const y = vector(b)
    let dot = 0
    for (const [word, weight] of x) dot += weight * (y.get(word) ?? 0)
    const denominator = norm(x) * norm(y)
    return denominator === 0 ? 0 : dot / denominator
  })
}

function wordJaccard(pairs) {
  return pairs.map(([a, b]) => {
    const x = new Set(words(a))
    const y = new Set(words(b))
    let shared = 0
    for (const word of x) if (y.has(word)) shared++
    const union = x.size + y.size - shared
    return union === 0 ? 0 : shared / union
  })
}

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
  'TF-IDF cosine (IDF from the pairs)': tfidfCosine,
  'word Jaccard': wordJaccard,
  '`string-similarity` (Dice of bigrams)': (pairs) => pairs.map(([a, b]) => stringSimilarity.compareTwoStrings(a, b)),
  '`minhash` package (word-set Jaccard)': minhashJaccard
}

console.log(`machine: ${cpus()[0].model} (${cpus().length} cores), Node ${process.version}; date: ${new Date().toISOString().slice(0, 10)}\n`)

// --- SemEval: r ---
const semevalPairs = semeval.map((row) => [row.text1, row.text2])
const overall = semeval.map((row) => row.Overall)
const labels = semeval.map((row) => row.Overall <= SAME_STORY_OVERALL)
const n = semeval.length
console.log(`## SemEval-2022 Task 8, English dev: ${n} pairs, ${labels.filter(Boolean).length} the same story (Overall ≤ ${SAME_STORY_OVERALL})\n`)
console.log('| measure | Pearson r vs Overall |')
console.log('| --- | ---: |')
for (const [name, measure] of Object.entries(measures)) console.log(`| ${name} | ${fixed(pearson(measure(semevalPairs), overall))} |`)

// The design: chosen among DESIGN_CHOICES by r on all pairs (what
// scripts/fit-similarity.mjs ships), and cross-validated by repeating that
// choice inside each fold.
const parts = designParts(lib, semevalPairs)
const shipped = semeval.map((row) => similarity(row.text1, row.text2).score)
const onAll = chooseDesign(parts, overall, [...Array(n).keys()])
const chosenScores = designScores(parts, onAll.design)
const drift = Math.max(...shipped.map((score, i) => Math.abs(score - chosenScores[i])))
const same = Object.entries(onAll.design).every(([key, value]) => lib.shippedDesign[key] === value)
if (!same || drift > 1e-9) console.log(`\n**Warning: the built library does not score with the design chosen here (largest difference ${drift}): run scripts/fit-similarity.mjs, then npm run build.**`)
const nested = nestedDesignCV(parts, overall, {folds: FOLDS, shuffles: SHUFFLES, seed: 1000})
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length
const spread = (values) => Math.sqrt(mean(values.map((value) => (value - mean(values)) ** 2)))
console.log(`\nShipped design (${designName(lib.shippedDesign)}): plain r ${fixed(pearson(shipped, overall))}.`)
console.log(`The same choice made on all pairs (${designSpace().length} designs: ${Object.entries(DESIGN_CHOICES).map(([key, values]) => `${key} ${values.join('|')}`).join('; ')}): ${onAll.name}, r ${fixed(onAll.r)}.`)
console.log(`Cross-validated r, the design chosen inside each fold: ${fixed(mean(nested.rs))} (± ${fixed(spread(nested.rs))} over ${SHUFFLES} shuffles of ${FOLDS} folds).`)
console.log(`Designs chosen in the folds: ${[...nested.chosen].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ${count}`).join('; ')}.`)
const shippedParts = parts.get(`${lib.shippedDesign.termFrequency}/${lib.shippedDesign.headlineTermWeight}/${lib.shippedDesign.headlineWords}`)
console.log(`Parts alone (shipped reading): √cosine ${fixed(pearson(shippedParts.map((p) => p.root), overall))}, mean headline share ${fixed(pearson(shippedParts.map((p) => p.headline), overall))}.`)

// --- sameStory ---
const shippedProbabilities = semeval.map((row) => similarity(row.text1, row.text2).sameStory)
const plattBriers = []
const isotonicBriers = []
let pooled = []
for (let shuffle = 0; shuffle < SHUFFLES; shuffle++) {
  const fold = folds(n, FOLDS, 2000 + shuffle)
  // Fully nested: the design is chosen on the training folds too, then
  // calibrated there, so the held-out pairs were seen by neither.
  const fitWith = (calibrate) => (train) => {
    const foldScores = designScores(parts, chooseDesign(parts, overall, train).design)
    return {foldScores, model: calibrate(train.map((i) => foldScores[i]), train.map((i) => labels[i]))}
  }
  const fromPlatt = crossValidate(n, fold, fitWith(plattFit), ({foldScores, model}, i) => platt(model, foldScores[i]))
  const fromIsotonic = crossValidate(n, fold, fitWith(isotonicFit), ({foldScores, model}, i) => isotonic(model, foldScores[i]))
  plattBriers.push(brier(fromPlatt, labels))
  isotonicBriers.push(brier(fromIsotonic, labels))
  pooled = pooled.concat(fromPlatt.map((p, i) => [p, labels[i]]))
}
const rate = labels.filter(Boolean).length / n
console.log(`\n## sameStory (Overall ≤ ${SAME_STORY_OVERALL})\n`)
console.log('| calibration | Brier score |')
console.log('| --- | ---: |')
console.log(`| always the base rate (${percent(rate)}) | ${fixed(brier(labels.map(() => rate), labels))} |`)
console.log(`| Platt scaling, cross-validated (design and fit chosen in each fold) | ${fixed(mean(plattBriers))} (± ${fixed(spread(plattBriers))}) |`)
console.log(`| isotonic regression, cross-validated (the same way) | ${fixed(mean(isotonicBriers))} (± ${fixed(spread(isotonicBriers))}) |`)
console.log(`| shipped Platt scaling, fitted on all pairs (in-sample) | ${fixed(brier(shippedProbabilities, labels))} |`)
console.log(`\nReliability of the cross-validated Platt probabilities (${SHUFFLES} shuffles pooled, so each pair counts ${SHUFFLES} times):\n`)
console.log('| predicted | pairs | mean predicted | observed same story |')
console.log('| --- | ---: | ---: | ---: |')
for (const row of reliability(pooled.map(([p]) => p), pooled.map(([, label]) => label))) {
  console.log(`| ${fixed(row.low, 1)}–${fixed(row.high, 1)} | ${row.count / SHUFFLES} | ${row.predicted === null ? '–' : fixed(row.predicted, 2)} | ${row.observed === null ? '–' : fixed(row.observed, 2)} |`)
}
const threshold = (pair) => (pair >= 0.5 ? 1 : 0)
const accuracy = shippedProbabilities.filter((p, i) => threshold(p) === (labels[i] ? 1 : 0)).length / n
console.log(`\nAt sameStory ≥ 0.5 (the \`related\` relation, the clusterStories default): accuracy ${percent(accuracy)} in-sample.`)

// --- MSRP ---
const msrpPairs = msrp.map((row) => [row.s1, row.s2])
const paraphrase = msrp.map((row) => row.label === 1)
/** Accuracy or F1 with the threshold chosen on the training folds. */
function crossValidatedCut(values, truth, metric) {
  const results = []
  for (let shuffle = 0; shuffle < 3; shuffle++) {
    const fold = folds(values.length, FOLDS, 3000 + shuffle)
    const decided = crossValidate(
      values.length,
      fold,
      (train) => bestThreshold(train.map((i) => values[i]), train.map((i) => truth[i]), metric),
      (cut, i) => values[i] >= cut
    )
    results.push(metric(decided, truth))
  }
  return mean(results)
}
const accuracyOf = (decided, truth) => decided.filter((d, i) => d === truth[i]).length / truth.length
const f1Of = (decided, truth) => {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [i, d] of decided.entries()) {
    if (d && truth[i]) tp++
    else if (d) fp++
    else if (truth[i]) fn++
  }
  return (2 * tp) / (2 * tp + fp + fn)
}
function bestThreshold(values, truth, metric) {
  const cuts = [...new Set(values)].sort((a, b) => a - b)
  // A sample of cut-offs is plenty, and keeps this fast.
  const step = Math.max(1, Math.floor(cuts.length / 400))
  let best = {cut: 0, value: -1}
  for (let index = 0; index < cuts.length; index += step) {
    const value = metric(values.map((v) => v >= cuts[index]), truth)
    if (value > best.value) best = {cut: cuts[index], value}
  }
  return best.cut
}
console.log(`\n## MSRP, training part: ${msrp.length} sentence pairs, ${paraphrase.filter(Boolean).length} paraphrases; thresholds chosen by ${FOLDS}-fold cross-validation\n`)
console.log('| measure | accuracy | F1 |')
console.log('| --- | ---: | ---: |')
for (const name of ['newsdump `score`', 'word Jaccard', 'TF-IDF cosine (IDF from the pairs)', '`string-similarity` (Dice of bigrams)']) {
  const values = measures[name](msrpPairs)
  console.log(`| ${name} | ${percent(crossValidatedCut(values, paraphrase, accuracyOf))} | ${fixed(crossValidatedCut(values, paraphrase, f1Of))} |`)
}

// --- Seeds ---
const folder = new URL('../fixtures/', import.meta.url)
const seed = new Map()
for (const name of readdirSync(folder).filter((file) => /^00\d_.*\.txt$/.test(file))) {
  for (const [index, article] of splitDump(readFileSync(new URL(name, folder), 'utf8')).articles.entries()) seed.set(`${name.slice(0, 3)}#${index}`, article)
}
const labelled = JSON.parse(readFileSync(new URL('pairs.json', folder), 'utf8')).pairs.map((pair) => ({...pair, result: similarity(seed.get(pair.a), seed.get(pair.b))}))
console.log(`\n## Seed pairs (fixtures/pairs.json): ${labelled.length} pairs labelled by reading\n`)
console.log('| label | pairs | score min | score max | sameStory max | relation as labelled |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
const order = ['duplicate', 'rewrite', 'related', 'unrelated']
for (const label of order) {
  const group = labelled.filter((pair) => pair.label === label)
  const scoresOf = group.map((pair) => pair.result.score)
  const asserted = group.filter((pair) => pair.relation !== null)
  const agreeing = asserted.filter((pair) => pair.result.relation === pair.relation).length
  console.log(`| ${label} | ${group.length} | ${fixed(Math.min(...scoresOf))} | ${fixed(Math.max(...scoresOf))} | ${fixed(Math.max(...group.map((pair) => pair.result.sameStory)))} | ${asserted.length === 0 ? 'not asserted' : `${agreeing} of ${asserted.length}`} |`)
}
for (let rank = 0; rank + 1 < order.length; rank++) {
  const least = Math.min(...labelled.filter((pair) => pair.label === order[rank]).map((pair) => pair.result.score))
  const above = labelled.filter((pair) => pair.label === order[rank + 1] && pair.result.score >= least)
  const below = labelled.filter((pair) => pair.label === order[rank] && pair.result.score <= Math.max(...labelled.filter((other) => other.label === order[rank + 1]).map((other) => other.result.score)))
  console.log(`${order[rank]} > ${order[rank + 1]}: ${above.length === 0 ? 'strict' : `broken by ${below.map((pair) => `${pair.a} ~ ${pair.b} (${fixed(pair.result.score)})`).join(', ')}`}`)
}
