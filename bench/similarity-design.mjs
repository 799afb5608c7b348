// The design study behind the story score: each idea that was tried, with
// its cross-validated Pearson r on the SemEval-2022 Task 8 English dev pairs
// (../shared/data; says so and exits when they are missing), so that what
// was kept and what was dropped can be checked. docs/similarity.md quotes
// this table.
//
// Every idea is a change to the shipped reading of the texts (term weights
// tf × idf, headline terms weighed by their weight in their own text, the
// first 10 words as a text's headline). Each is scored the same way: nested
// cross-validation (10 folds, 10 shuffles, the seeds of
// bench/similarity-eval.mjs), where inside each fold the idea's own
// parameter (where it has one), the ceiling and the weight of √cosine (and
// of an added part, where the idea adds one) are chosen on the other nine
// folds by r, and the held-out fold is predicted. So every figure pays for
// its own choices, and they compare with the shipped design's (first row).
// The parts are computed here from the library's own words, terms and
// statistics; the first row's are checked against the library's score.
//
// Run: node bench/similarity-design.mjs (builds what it needs)
import {cpus} from 'node:os'
import {crossValidate, folds, lineFit, loadStudyEntry, pearson, readSharedData} from '../scripts/similarity-fit.mjs'

const rows = await readSharedData('semeval-en-dev.jsonl', 'bench/similarity-design.mjs')
const lib = await loadStudyEntry()
const stats = lib.getDefaultCorpusStats()
const index = lib.termIndexOf(stats)
const overall = rows.map((row) => row.Overall)
const n = rows.length
const idf = (term) => {
  const id = index.ids.get(term)
  return id === undefined ? index.unseenIdf : index.idf[id]
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
/** Capitalised calendar words are no names. */
const CALENDAR = new Set([...WEEKDAYS, ...MONTHS].map((word) => lib.wordTerm(word)))

/** A text as the study reads it: the library's words and terms, and what the ideas need. */
function readText(text) {
  const prepared = lib.prepare(text, stats)
  const {content} = prepared
  const terms = content.words.map((word) => lib.wordTerm(word))
  const counts = new Map()
  const first = new Map()
  for (const [position, term] of terms.entries()) {
    if (term === undefined) continue
    counts.set(term, (counts.get(term) ?? 0) + 1)
    if (!first.has(term)) first.set(term, position)
  }
  const headline = new Set(terms.slice(0, prepared.headlineWords).filter((term) => term !== undefined))
  // Names: terms written with a capital past the headline, not opening a sentence.
  const names = new Set()
  for (let position = prepared.headlineWords; position < terms.length; position++) {
    const term = terms[position]
    if (term === undefined || CALENDAR.has(term)) continue
    const surface = content.text.slice(content.starts[position], content.ends[position])
    if (surface[0] === surface[0].toLowerCase() || /^[A-Z]{4,}$/.test(surface)) continue
    const before = content.text.slice(0, content.starts[position]).trimEnd().replace(/["'“‘(]+$/, '')
    if (before.length === 0 || /[.!?:\n]$/.test(before)) continue
    names.add(term)
  }
  const numbers = new Set(content.words.filter((word) => /\d/.test(word)))
  const dates = new Set(content.words.filter((word) => WEEKDAYS.includes(word) || MONTHS.includes(word) || /^(?:1[89]|20)\d\d$/.test(word)))
  return {prepared, terms, counts, first, headline, names, numbers, dates, length: counts.size === 0 ? 0 : [...counts.values()].reduce((a, b) => a + b, 0)}
}
const texts = rows.map((row) => [readText(row.text1), readText(row.text2)])
const meanLength = texts.flat().reduce((sum, text) => sum + text.length, 0) / (2 * n)

/** Weights of a text's terms: `tf(count, text, term) × idf × boost(text, term)`. */
function vector(text, tf, boost) {
  const weights = new Map()
  for (const [term, count] of text.counts) weights.set(term, tf(count, text, term) * idf(term) * boost(text, term))
  return weights
}
function cosine(x, y) {
  let dot = 0
  let nx = 0
  let ny = 0
  for (const [term, weight] of x) {
    nx += weight * weight
    const other = y.get(term)
    if (other !== undefined) dot += weight * other
  }
  for (const weight of y.values()) ny += weight * weight
  return nx === 0 || ny === 0 ? 0 : Math.min(1, dot / Math.sqrt(nx * ny))
}
/** Share of `a`'s headline terms, by their weight in `a`, credited by `credit(count in b, b)`. */
function headlineShare(a, weights, b, credit) {
  let total = 0
  let found = 0
  for (const term of a.headline) {
    const weight = weights.get(term)
    total += weight
    found += weight * credit(b.counts.get(term) ?? 0, b)
  }
  return total === 0 ? 0 : found / total
}
const found = (count) => (count > 0 ? 1 : 0)
const raw = (count) => count
const none = () => 1
function weightedDice(x, y) {
  let total = 0
  let shared = 0
  for (const term of x) total += idf(term)
  for (const term of y) total += idf(term)
  for (const term of x) if (y.has(term)) shared += 2 * idf(term)
  return total === 0 ? 0 : shared / total
}
function jaccard(x, y) {
  let shared = 0
  for (const value of x) if (y.has(value)) shared++
  const union = x.size + y.size - shared
  return union === 0 ? 0 : shared / union
}

/**
 * The parts of every pair under one reading: √cosine, mean headline share,
 * larger containment, and an added part where the idea has one.
 */
function partsOf({tf = raw, headlineTf = tf, boost = none, headlineBoost = boost, credit = found, lead = Infinity, extra = null} = {}) {
  return texts.map(([a, b], at) => {
    const scored = lib.storyScore(a.prepared, b.prepared)
    const cut = (text) => (lead === Infinity ? text : {...text, counts: new Map([...text.counts].filter(([term]) => text.first.get(term) < lead))})
    const [la, lb] = [cut(a), cut(b)]
    const root = Math.sqrt(cosine(vector(la, tf, boost), vector(lb, tf, boost)))
    const headline = (headlineShare(a, vector(a, headlineTf, headlineBoost), lb, credit) + headlineShare(b, vector(b, headlineTf, headlineBoost), la, credit)) / 2
    return {root, headline, containment: Math.max(scored.aInB, scored.bInA), extra: extra === null ? 0 : extra(a, b, at)}
  })
}

const CEILINGS = [0.6, 0.65, 0.7, 0.8, 0.9, 1]
const COSINE_WEIGHTS = [1 / 3, ...Array.from({length: 21}, (_, step) => step / 20)]
const EXTRA_WEIGHTS = [0, 0.05, 0.1, 0.15, 0.2, 0.3]
const scoreOf = (part, w, v, c) => Math.min((1 - v) * (w * part.root + (1 - w) * part.headline) + v * part.extra, c + (1 - c) * part.containment)

/** The best reading and weights on `train`. */
function choose(readings, hasExtra, train) {
  let best
  for (const reading of readings) {
    for (const c of CEILINGS) {
      for (const w of COSINE_WEIGHTS) {
        for (const v of hasExtra ? EXTRA_WEIGHTS : [0]) {
          const r = pearson(train.map((i) => scoreOf(reading.parts[i], w, v, c)), train.map((i) => overall[i]))
          if (best === undefined || r < best.r - 1e-12) best = {reading, w, v, c, r}
        }
      }
    }
  }
  return best
}

function nested(readings, hasExtra) {
  const rs = []
  for (let shuffle = 0; shuffle < 10; shuffle++) {
    const predicted = crossValidate(
      n,
      folds(n, 10, 1000 + shuffle),
      (train) => {
        const best = choose(readings, hasExtra, train)
        return {...best, line: lineFit(train.map((i) => scoreOf(best.reading.parts[i], best.w, best.v, best.c)), train.map((i) => overall[i]))}
      },
      (model, i) => model.line.intercept + model.line.slope * scoreOf(model.reading.parts[i], model.w, model.v, model.c)
    )
    rs.push(-pearson(predicted, overall))
  }
  const mean = rs.reduce((a, b) => a + b, 0) / rs.length
  return {mean, spread: Math.sqrt(rs.reduce((sum, r) => sum + (r - mean) ** 2, 0) / rs.length)}
}

const sublinear = (count) => 1 + Math.log(count)
const isName = (text, term) => text.names.has(term)
const ideas = [
  {idea: 'shipped: tf × idf, headline terms by their weight', readings: [{label: '', parts: partsOf()}]},
  {idea: 'sublinear tf, headline terms by idf alone (the first design)', readings: [{label: '', parts: partsOf({tf: sublinear, headlineTf: none})}]},
  {idea: 'sublinear tf, headline terms by their weight', readings: [{label: '', parts: partsOf({tf: sublinear})}]},
  {idea: 'tf × idf, headline terms by idf alone', readings: [{label: '', parts: partsOf({headlineTf: none})}]},
  {idea: 'headline terms by √tf × idf', readings: [{label: '', parts: partsOf({headlineTf: (count) => Math.sqrt(count)})}]},
  {
    idea: 'BM25 saturation of tf, k1 1.2, 2 or 5, b 0.75',
    readings: [1.2, 2, 5].map((k1) => ({label: `k1 ${k1}`, parts: partsOf({tf: (count, text) => ((k1 + 1) * count) / (count + k1 * (0.25 + (0.75 * text.length) / meanLength))})}))
  },
  {
    idea: 'lead weighted: terms first seen in the first 30 or 60 words count 2 or 3 times',
    readings: [30, 60].flatMap((words) => [2, 3].map((times) => ({label: `${words} words ×${times}`, parts: partsOf({boost: (text, term) => (text.first.get(term) < words ? times : 1)})})))
  },
  {
    idea: 'only the lead: the first 100 or 150 words of each text',
    readings: [100, 150].map((words) => ({label: `${words} words`, parts: partsOf({lead: words})}))
  },
  {
    idea: 'a headline term found once in a long text counts less (BM25 credit, k1 1.2, b 0.75)',
    readings: [{label: '', parts: partsOf({credit: (count, text) => Math.min(1, (count * 2.2) / (count + 1.2 * (0.25 + (0.75 * text.length) / meanLength)))})}]
  },
  {
    idea: 'names (capitalised terms) weigh 1.5, 2 or 3 times in headlines',
    readings: [1.5, 2, 3].map((times) => ({label: `×${times}`, parts: partsOf({headlineBoost: (text, term) => (isName(text, term) ? times : 1)})}))
  },
  {
    idea: 'names weigh 1.5 or 2 times in the cosine and headlines',
    readings: [1.5, 2].map((times) => ({label: `×${times}`, parts: partsOf({boost: (text, term) => (isName(text, term) ? times : 1)})}))
  },
  {idea: 'added part: name overlap (idf-weighted Dice of capitalised names)', extra: true, readings: [{label: '', parts: partsOf({extra: (a, b) => weightedDice(a.names, b.names)})}]},
  {idea: 'added part: number overlap (Jaccard of numbers)', extra: true, readings: [{label: '', parts: partsOf({extra: (a, b) => jaccard(a.numbers, b.numbers)})}]},
  {idea: 'added part: date overlap (weekdays, months, years)', extra: true, readings: [{label: '', parts: partsOf({extra: (a, b) => jaccard(a.dates, b.dates)})}]},
  {
    idea: 'added part: headline against headline (mean share of one headline in the other)',
    extra: true,
    readings: [{label: '', parts: partsOf({extra: (a, b) => (headlineShare(a, vector(a, raw, none), {counts: new Map([...b.headline].map((t) => [t, 1]))}, found) + headlineShare(b, vector(b, raw, none), {counts: new Map([...a.headline].map((t) => [t, 1]))}, found)) / 2})}]
  }
]

/**
 * Ridge regression (λ on the centred features) of `Overall` on `keys` of
 * `features`, for the linear-model row: weights and intercept.
 */
function ridge(features, keys, train, lambda) {
  const k = keys.length
  const mean = keys.map((key) => train.reduce((sum, i) => sum + features[i][key], 0) / train.length)
  const my = train.reduce((sum, i) => sum + overall[i], 0) / train.length
  const system = Array.from({length: k}, (_, p) => Array.from({length: k + 1}, (_, q) => (q === p ? lambda : 0)))
  for (const i of train) {
    const x = keys.map((key, p) => features[i][key] - mean[p])
    for (let p = 0; p < k; p++) {
      for (let q = 0; q < k; q++) system[p][q] += x[p] * x[q]
      system[p][k] += x[p] * (overall[i] - my)
    }
  }
  for (let column = 0; column < k; column++) {
    for (let row = 0; row < k; row++) {
      if (row === column) continue
      const factor = system[row][column] / system[column][column]
      for (let q = column; q <= k; q++) system[row][q] -= factor * system[column][q]
    }
  }
  const weights = system.map((row, p) => row[k] / row[p])
  return {weights, intercept: my - weights.reduce((sum, w, p) => sum + w * mean[p], 0)}
}
const linearFeatures = texts.map(([a, b], i) => {
  const scored = lib.storyScore(a.prepared, b.prepared)
  return {
    root: shippedPartsOf(i).root,
    headlineAInB: scored.headlineAInB,
    headlineBInA: scored.headlineBInA,
    containment: Math.max(scored.aInB, scored.bInA),
    names: weightedDice(a.names, b.names),
    numbers: jaccard(a.numbers, b.numbers),
    dates: jaccard(a.dates, b.dates)
  }
})
function shippedPartsOf(i) {
  return ideas[0].readings[0].parts[i]
}
const LINEAR_KEYS = ['root', 'headlineAInB', 'headlineBInA', 'containment', 'names', 'numbers', 'dates']
function nestedLinear() {
  const rs = []
  for (let shuffle = 0; shuffle < 10; shuffle++) {
    const predicted = crossValidate(n, folds(n, 10, 1000 + shuffle), (train) => ridge(linearFeatures, LINEAR_KEYS, train, 0.1), (model, i) => model.intercept + LINEAR_KEYS.reduce((sum, key, p) => sum + model.weights[p] * linearFeatures[i][key], 0))
    rs.push(pearson(predicted, overall))
  }
  const mean = rs.reduce((a, b) => a + b, 0) / rs.length
  return {mean: -mean, spread: Math.sqrt(rs.reduce((sum, r) => sum + (r - mean) ** 2, 0) / rs.length)}
}

// The first row must be the library's own score (design aside, its parts).
const shippedParts = ideas[0].readings[0].parts
const libraryScore = rows.map((row) => lib.storyScore(lib.prepare(row.text1, stats), lib.prepare(row.text2, stats)).score)
const own = shippedParts.map((part) => scoreOf(part, lib.shippedDesign.cosineWeight, 0, lib.shippedDesign.ceiling))
const drift = Math.max(...own.map((score, i) => Math.abs(score - libraryScore[i])))
if (drift > 1e-9) throw new Error(`bench/similarity-design.mjs: the study's reading of the shipped design differs from the library's score by ${drift}`)

console.log(`machine: ${cpus()[0].model} (${cpus().length} cores), Node ${process.version}; date: ${new Date().toISOString().slice(0, 10)}\n`)
console.log(`SemEval-2022 Task 8 English dev, ${n} pairs: nested cross-validated r (10 folds × 10 shuffles), the idea's parameter, the ceiling and the weights chosen inside each fold; and the r of that choice made on all pairs (in-sample).\n`)
console.log('| idea | cross-validated r | in-sample r | chosen on all pairs |')
console.log('| --- | ---: | ---: | --- |')
for (const {idea, readings, extra = false} of ideas) {
  const cv = nested(readings, extra)
  const best = choose(readings, extra, [...Array(n).keys()])
  const weights = `√cosine ${Math.abs(best.w - 1 / 3) < 1e-12 ? '1/3' : best.w.toFixed(2)}${extra ? `, added part ${best.v}` : ''}, ceiling ${best.c}`
  console.log(`| ${idea} | ${cv.mean.toFixed(3)} (± ${cv.spread.toFixed(3)}) | ${best.r.toFixed(3)} | ${[best.reading.label, weights].filter(Boolean).join('; ')} |`)
}
{
  const cv = nestedLinear()
  const all = ridge(linearFeatures, LINEAR_KEYS, [...Array(n).keys()], 0.1)
  const fitted = linearFeatures.map((features) => all.intercept + LINEAR_KEYS.reduce((sum, key, p) => sum + all.weights[p] * features[key], 0))
  // Weights on Overall (1 = the same story): negative means "more alike".
  console.log(`| linear model (ridge, λ 0.1) of Overall on ${LINEAR_KEYS.join(', ')} | ${cv.mean.toFixed(3)} (± ${cv.spread.toFixed(3)}) | ${(-pearson(fitted, overall)).toFixed(3)} | weights on Overall ${LINEAR_KEYS.map((key, p) => `${key} ${all.weights[p].toFixed(2)}`).join(', ')} |`)
}
