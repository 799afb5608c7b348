// Quality of the similarity score and of `sameStory`, side by side with the
// usual baselines computed in this same script. Needs ../shared/data; says
// so and exits when it is missing.
//
// - SemEval-2022 Task 8, English dev (161 pairs): Pearson r of each measure
//   against the human `Overall` grade (1 = the same story, 4 = unrelated,
//   so negative is good). The score has no fitted weights, so its r is
//   plain; the cross-validated r repeats the choice of the design (headline
//   words, equal or least-squares weights) inside each fold, as the design
//   was chosen (nested cross-validation: 10 folds, 10 shuffles).
// - `sameStory` against "the same story" (Overall <= 1.5): Brier score of
//   cross-validated Platt scaling and isotonic regression (each fold fitted
//   on the other nine), the reliability of the Platt predictions, and the
//   shipped calibration on all pairs.
// - MSRP (training part, 4,076 sentence pairs): accuracy and F1 of
//   "paraphrase" with the threshold chosen by 10-fold cross-validation
//   (fitted on nine folds, counted on the tenth), for each measure.
// - The labelled seed pairs of fixtures/pairs.json: the order duplicate >
//   rewrite > related > unrelated, and the relations.
//
// Run: npm run build && node bench/similarity-eval.mjs
import {execFileSync} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import {cpus} from 'node:os'
import {fileURLToPath} from 'node:url'
import MinHashPackage from 'minhash'
import stringSimilarity from 'string-similarity'
import {similarity, splitDump} from '../dist/index.js'
import {
  SAME_STORY_OVERALL,
  brier,
  crossValidate,
  folds,
  isotonic,
  isotonicFit,
  lineFit,
  pearson,
  platt,
  plattFit,
  readSharedData,
  reliability
} from '../scripts/similarity-fit.mjs'

const semeval = await readSharedData('semeval-en-dev.jsonl', 'bench/similarity-eval.mjs')
const msrp = await readSharedData('msrp-train.jsonl', 'bench/similarity-eval.mjs')
const root = fileURLToPath(new URL('..', import.meta.url))
execFileSync('npx', ['tsup', 'bench/similarity-entry.ts', '--format', 'esm', '-d', 'bench/.cache/similarity', '--no-dts', '--silent'], {cwd: root, stdio: 'inherit'})
const lib = await import(new URL('.cache/similarity/similarity-entry.js', import.meta.url).href)

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

// The design space: headline words for texts without a short first line,
// and the weights of √cosine and the mean headline share.
const stats = lib.getDefaultCorpusStats()
const headlineChoices = [6, 8, 10, 12, 15, 20, 25]
const parts = new Map()
for (const headlineWords of headlineChoices) {
  parts.set(
    headlineWords,
    semeval.map((row) => {
      const scored = lib.storyScore(lib.prepare(row.text1, stats, {headlineWords}), lib.prepare(row.text2, stats, {headlineWords}))
      return {root: Math.sqrt(scored.cosine), headline: (scored.headlineAInB + scored.headlineBInA) / 2, containment: Math.max(scored.aInB, scored.bInA)}
    })
  )
}
const ceilingChoices = [0.6, 0.65, 0.7, 0.8, 0.9, 1]
const designs = []
for (const headlineWords of headlineChoices) {
  for (const ceiling of ceilingChoices) {
    designs.push({name: `${headlineWords} words, equal thirds, ceiling ${ceiling}`, headlineWords, ceiling, weights: null})
    designs.push({name: `${headlineWords} words, least squares, ceiling ${ceiling}`, headlineWords, ceiling, weights: 'fit'})
  }
}
/**
 * The score of a design: weights (w, 1 − w) on √cosine and the mean
 * headline share, capped without shared text at `ceiling + (1 − ceiling) ×`
 * the larger containment.
 */
const designScoreOf = (part, w, ceiling) => Math.min(w * part.root + (1 - w) * part.headline, ceiling + (1 - ceiling) * part.containment)
/** Least squares weight `w` on training indices (a grid: the weight stays in [0, 1], so the score stays in [0, 1]). */
function fitWeight(design, train) {
  const rows = parts.get(design.headlineWords)
  let best = {w: 1 / 3, r: 0}
  for (let w = 0; w <= 1.0001; w += 0.05) {
    const r = pearson(train.map((i) => designScoreOf(rows[i], w, design.ceiling)), train.map((i) => overall[i]))
    if (r < best.r) best = {w, r}
  }
  return best.w
}
const weightOf = (design, train) => (design.weights === 'fit' ? fitWeight(design, train) : 1 / 3)
const designScore = (design, w, i) => designScoreOf(parts.get(design.headlineWords)[i], w, design.ceiling)
/** The design with the strongest r on `train` (weights fitted there too). */
function chooseDesign(train) {
  let best
  for (const design of designs) {
    const w = weightOf(design, train)
    const r = pearson(train.map((i) => designScore(design, w, i)), train.map((i) => overall[i]))
    if (best === undefined || r < best.r - 1e-12) best = {design, w, r}
  }
  return best
}
const shipped = semeval.map((row) => similarity(row.text1, row.text2).score)
const nestedRs = []
const chosen = new Map()
for (let shuffle = 0; shuffle < SHUFFLES; shuffle++) {
  const fold = folds(n, FOLDS, 1000 + shuffle)
  const predicted = crossValidate(
    n,
    fold,
    (train) => {
      // Inner choice: the design with the strongest r on the training folds,
      // then a line from its score to Overall.
      const best = chooseDesign(train)
      chosen.set(best.design.name, (chosen.get(best.design.name) ?? 0) + 1)
      const line = lineFit(train.map((i) => designScore(best.design, best.w, i)), train.map((i) => overall[i]))
      return {...best, line}
    },
    (model, i) => model.line.intercept + model.line.slope * designScore(model.design, model.w, i)
  )
  // Predicted Overall: a positive r is the score's negative one.
  nestedRs.push(-pearson(predicted, overall))
}
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length
const spread = (values) => Math.sqrt(mean(values.map((value) => (value - mean(values)) ** 2)))
const onAll = chooseDesign([...Array(n).keys()])
console.log(`\nShipped design (${lib.HEADLINE_WORDS} headline words, equal thirds, ceiling ${lib.RETOLD_CEILING}): plain r ${fixed(pearson(shipped, overall))}.`)
console.log(`The same choice made on all pairs: ${onAll.design.name}${onAll.design.weights === 'fit' ? ` (weight of √cosine ${fixed(onAll.w, 2)})` : ''}, r ${fixed(onAll.r)}.`)
console.log(`Cross-validated r, the design chosen inside each fold: ${fixed(mean(nestedRs))} (± ${fixed(spread(nestedRs))} over ${SHUFFLES} shuffles of ${FOLDS} folds).`)
console.log(`Designs chosen in the folds: ${[...chosen].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ${count}`).join(', ')}.`)
const parts10 = parts.get(lib.HEADLINE_WORDS)
console.log(`Parts alone: √cosine ${fixed(pearson(parts10.map((p) => p.root), overall))}, mean headline share ${fixed(pearson(parts10.map((p) => p.headline), overall))}.`)

// --- sameStory ---
const scores = measures['newsdump `score`'](semevalPairs)
const shippedProbabilities = semeval.map((row) => similarity(row.text1, row.text2).sameStory)
const plattBriers = []
const isotonicBriers = []
let pooled = []
for (let shuffle = 0; shuffle < SHUFFLES; shuffle++) {
  const fold = folds(n, FOLDS, 2000 + shuffle)
  const fromPlatt = crossValidate(n, fold, (train) => plattFit(train.map((i) => scores[i]), train.map((i) => labels[i])), (model, i) => platt(model, scores[i]))
  const fromIsotonic = crossValidate(n, fold, (train) => isotonicFit(train.map((i) => scores[i]), train.map((i) => labels[i])), (model, i) => isotonic(model, scores[i]))
  plattBriers.push(brier(fromPlatt, labels))
  isotonicBriers.push(brier(fromIsotonic, labels))
  pooled = pooled.concat(fromPlatt.map((p, i) => [p, labels[i]]))
}
const rate = labels.filter(Boolean).length / n
console.log(`\n## sameStory (Overall ≤ ${SAME_STORY_OVERALL})\n`)
console.log('| calibration | Brier score |')
console.log('| --- | ---: |')
console.log(`| always the base rate (${percent(rate)}) | ${fixed(brier(labels.map(() => rate), labels))} |`)
console.log(`| Platt scaling, cross-validated | ${fixed(mean(plattBriers))} (± ${fixed(spread(plattBriers))}) |`)
console.log(`| isotonic regression, cross-validated | ${fixed(mean(isotonicBriers))} (± ${fixed(spread(isotonicBriers))}) |`)
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
