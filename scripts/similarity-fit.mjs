// Choosing the similarity score's design and fitting its calibration,
// shared by scripts/fit-similarity.mjs (which writes the shipped design and
// calibration to src/similarity/story-model.json) and
// bench/similarity-eval.mjs (which reports cross-validated figures of the
// same procedure with the same code). Plain functions, no dependencies.

/** A seeded pseudo-random generator (mulberry32), so folds are the same on every run. */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `k` folds of the indices `0 … n - 1`, shuffled by `seed`: an array giving
 * each index its fold.
 */
export function folds(n, k, seed) {
  const next = random(seed)
  const order = [...Array(n).keys()]
  for (let index = n - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[order[index], order[other]] = [order[other], order[index]]
  }
  const fold = new Array(n)
  for (const [position, index] of order.entries()) fold[index] = position % k
  return fold
}

/**
 * Out-of-fold predictions: for each fold, `fit` on the other folds'
 * indices, then `predict` each held-out index with that fit.
 */
export function crossValidate(n, fold, fit, predict) {
  const predictions = new Array(n)
  const k = Math.max(...fold) + 1
  for (let f = 0; f < k; f++) {
    const train = []
    for (let index = 0; index < n; index++) if (fold[index] !== f) train.push(index)
    const model = fit(train)
    for (let index = 0; index < n; index++) if (fold[index] === f) predictions[index] = predict(model, index)
  }
  return predictions
}

/**
 * Platt scaling (Platt 1999, with the Newton steps and the smoothed targets
 * of Lin, Lin and Weng 2007): `p = 1 / (1 + e^-(intercept + slope × x))`
 * fitted by maximum likelihood to boolean `labels`.
 */
export function plattFit(xs, labels) {
  const positives = labels.filter(Boolean).length
  const negatives = labels.length - positives
  const high = (positives + 1) / (positives + 2)
  const low = 1 / (negatives + 2)
  const targets = labels.map((label) => (label ? high : low))
  let a = 0
  let b = Math.log((negatives + 1) / (positives + 1))
  const loss = (slope, intercept) => {
    let sum = 0
    for (const [index, x] of xs.entries()) {
      const z = intercept + slope * x
      // log(1 + e^z) - t z, computed stably.
      sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - targets[index] * z
    }
    return sum
  }
  let current = loss(a, b)
  for (let iteration = 0; iteration < 100; iteration++) {
    let h11 = 1e-12
    let h22 = 1e-12
    let h21 = 0
    let g1 = 0
    let g2 = 0
    for (const [index, x] of xs.entries()) {
      const p = 1 / (1 + Math.exp(-(b + a * x)))
      const d1 = p - targets[index]
      const d2 = p * (1 - p)
      h11 += x * x * d2
      h22 += d2
      h21 += x * d2
      g1 += x * d1
      g2 += d1
    }
    if (Math.abs(g1) < 1e-10 && Math.abs(g2) < 1e-10) break
    const determinant = h11 * h22 - h21 * h21
    const da = -(h22 * g1 - h21 * g2) / determinant
    const db = -(-h21 * g1 + h11 * g2) / determinant
    let step = 1
    while (step > 1e-10) {
      const next = loss(a + step * da, b + step * db)
      if (next < current + 1e-4 * step * (g1 * da + g2 * db)) {
        a += step * da
        b += step * db
        current = next
        break
      }
      step /= 2
    }
    if (step <= 1e-10) break
  }
  return {intercept: b, slope: a}
}

export function platt(model, x) {
  return 1 / (1 + Math.exp(-(model.intercept + model.slope * x)))
}

/**
 * Isotonic regression (pool adjacent violators) of boolean labels on
 * scores: a non-decreasing step function, read at a score by the block it
 * falls in (between blocks: the lower one).
 */
export function isotonicFit(xs, labels) {
  const order = [...xs.keys()].sort((p, q) => xs[p] - xs[q])
  const blocks = []
  for (const index of order) {
    blocks.push({low: xs[index], high: xs[index], sum: labels[index] ? 1 : 0, count: 1})
    while (blocks.length > 1 && blocks.at(-2).sum / blocks.at(-2).count >= blocks.at(-1).sum / blocks.at(-1).count) {
      const last = blocks.pop()
      const previous = blocks.at(-1)
      previous.high = last.high
      previous.sum += last.sum
      previous.count += last.count
    }
  }
  return blocks.map((block) => ({low: block.low, value: block.sum / block.count}))
}

export function isotonic(model, x) {
  let value = model[0].value
  for (const block of model) if (block.low <= x) value = block.value
  return value
}

export function brier(probabilities, labels) {
  let sum = 0
  for (const [index, p] of probabilities.entries()) sum += (p - (labels[index] ? 1 : 0)) ** 2
  return sum / probabilities.length
}

/** Reliability table: pairs by predicted probability in `bins` equal-width bins. */
export function reliability(probabilities, labels, bins = 5) {
  const rows = Array.from({length: bins}, (_, bin) => ({low: bin / bins, high: (bin + 1) / bins, count: 0, predicted: 0, observed: 0}))
  for (const [index, p] of probabilities.entries()) {
    const row = rows[Math.min(bins - 1, Math.floor(p * bins))]
    row.count++
    row.predicted += p
    row.observed += labels[index] ? 1 : 0
  }
  return rows.map((row) => ({...row, predicted: row.count === 0 ? null : row.predicted / row.count, observed: row.count === 0 ? null : row.observed / row.count}))
}

export function pearson(x, y) {
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

/** Least squares `y ≈ intercept + slope × x`. */
export function lineFit(xs, ys) {
  const n = xs.length
  const mx = xs.reduce((a, b) => a + b, 0) / n
  const my = ys.reduce((a, b) => a + b, 0) / n
  let sxy = 0
  let sxx = 0
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my)
    sxx += (xs[i] - mx) ** 2
  }
  const slope = sxx === 0 ? 0 : sxy / sxx
  return {intercept: my - slope * mx, slope}
}

// --- The design of the score, chosen by cross-validation ---

/**
 * The choices the score's design is picked from (see `StoryDesign` in
 * src/similarity/story-design.ts): how terms weigh, how headline terms
 * weigh, how many words are a text's headline, the ceiling without shared
 * text, and the weight of √cosine against the mean headline share (equal
 * thirds, or least squares on a grid of 0.05).
 */
export const DESIGN_CHOICES = {
  termFrequency: ['sublinear', 'raw'],
  headlineTermWeight: ['idf', 'tfidf'],
  headlineWords: [6, 8, 10, 12, 15, 20, 25],
  ceiling: [0.6, 0.65, 0.7, 0.8, 0.9, 1],
  weights: ['equal thirds', 'least squares']
}
const WEIGHT_GRID = Array.from({length: 21}, (_, step) => step / 20)

/** How a design reads texts: the choices `prepare` takes. */
const readingKey = (reading) => `${reading.termFrequency}/${reading.headlineTermWeight}/${reading.headlineWords}`

/** Every design of `DESIGN_CHOICES`, in a fixed order (ties go to the first). */
export function designSpace() {
  const designs = []
  for (const termFrequency of DESIGN_CHOICES.termFrequency) {
    for (const headlineTermWeight of DESIGN_CHOICES.headlineTermWeight) {
      for (const headlineWords of DESIGN_CHOICES.headlineWords) {
        for (const ceiling of DESIGN_CHOICES.ceiling) {
          for (const weights of DESIGN_CHOICES.weights) designs.push({termFrequency, headlineTermWeight, headlineWords, ceiling, weights})
        }
      }
    }
  }
  return designs
}

/**
 * The parts of the score of every pair under every reading of the texts:
 * `{root: √cosine, headline: mean headline share, containment: larger
 * containment}`, from the library's own `prepare` and `storyScore` (`lib`:
 * bench/similarity-entry.ts, built).
 */
export function designParts(lib, pairs) {
  const stats = lib.getDefaultCorpusStats()
  const parts = new Map()
  for (const termFrequency of DESIGN_CHOICES.termFrequency) {
    for (const headlineTermWeight of DESIGN_CHOICES.headlineTermWeight) {
      for (const headlineWords of DESIGN_CHOICES.headlineWords) {
        const reading = {termFrequency, headlineTermWeight, headlineWords}
        parts.set(
          readingKey(reading),
          pairs.map(([a, b]) => {
            const scored = lib.storyScore(lib.prepare(a, stats, reading), lib.prepare(b, stats, reading))
            return {root: Math.sqrt(scored.cosine), headline: (scored.headlineAInB + scored.headlineBInA) / 2, containment: Math.max(scored.aInB, scored.bInA)}
          })
        )
      }
    }
  }
  return parts
}

/** The score of one pair's parts: as `storyScore` computes it, before rounding. */
export function designScore(part, cosineWeight, ceiling) {
  return Math.min(cosineWeight * part.root + (1 - cosineWeight) * part.headline, ceiling + (1 - ceiling) * part.containment)
}

/** Pearson r of a design's scores against `overall` on the pairs `indices`. */
function designR(rows, cosineWeight, ceiling, overall, indices) {
  return pearson(indices.map((i) => designScore(rows[i], cosineWeight, ceiling)), indices.map((i) => overall[i]))
}

/**
 * The design with the strongest (most negative) Pearson r against the human
 * `Overall` grades on the pairs `train`, its weight fitted there too: the
 * choice `scripts/fit-similarity.mjs` makes on all pairs, and
 * bench/similarity-eval.mjs repeats inside each fold. Returns the design as
 * `story-model.json` holds it, its name and its r.
 */
export function chooseDesign(parts, overall, train) {
  let best
  for (const candidate of designSpace()) {
    const rows = parts.get(readingKey(candidate))
    let cosineWeight = 1 / 3
    let r = designR(rows, cosineWeight, candidate.ceiling, overall, train)
    if (candidate.weights === 'least squares') {
      for (const weight of WEIGHT_GRID) {
        const fitted = designR(rows, weight, candidate.ceiling, overall, train)
        if (fitted < r - 1e-12) [cosineWeight, r] = [weight, fitted]
      }
    }
    if (best === undefined || r < best.r - 1e-12) {
      const {termFrequency, headlineTermWeight, headlineWords, ceiling} = candidate
      best = {design: {termFrequency, headlineTermWeight, headlineWords, cosineWeight, ceiling}, r}
    }
  }
  return {...best, name: designName(best.design)}
}

export function designName({termFrequency, headlineTermWeight, headlineWords, cosineWeight, ceiling}) {
  return `${termFrequency} tf, headline by ${headlineTermWeight}, ${headlineWords} words, √cosine weight ${Math.abs(cosineWeight - 1 / 3) < 1e-12 ? '1/3' : cosineWeight.toFixed(2)}, ceiling ${ceiling}`
}

/** The scores of all pairs under a chosen design. */
export function designScores(parts, design) {
  return parts.get(readingKey(design)).map((part) => designScore(part, design.cosineWeight, design.ceiling))
}

/**
 * Nested cross-validation of the choice: in each of `folds` folds the
 * design is chosen on the others (`chooseDesign`), a line from its score to
 * `Overall` is fitted there, and the held-out pairs are predicted; the
 * figure is the r of the pooled predictions (negated, so it reads as the
 * score's r). Repeated over `shuffles` shuffles.
 */
export function nestedDesignCV(parts, overall, {folds: k = 10, shuffles = 10, seed = 1000} = {}) {
  const n = overall.length
  const rs = []
  const chosen = new Map()
  for (let shuffle = 0; shuffle < shuffles; shuffle++) {
    const predicted = crossValidate(
      n,
      folds(n, k, seed + shuffle),
      (train) => {
        const best = chooseDesign(parts, overall, train)
        chosen.set(best.name, (chosen.get(best.name) ?? 0) + 1)
        const scores = designScores(parts, best.design)
        return {scores, line: lineFit(train.map((i) => scores[i]), train.map((i) => overall[i]))}
      },
      (model, i) => model.line.intercept + model.line.slope * model.scores[i]
    )
    rs.push(-pearson(predicted, overall))
  }
  return {rs, chosen}
}

/** Build bench/similarity-entry.ts (the score's internals) and import it. */
export async function loadStudyEntry() {
  const {execFileSync} = await import('node:child_process')
  const {fileURLToPath} = await import('node:url')
  const root = fileURLToPath(new URL('..', import.meta.url))
  // --no-config: the project's config holds three builds, which would all write this one file.
  execFileSync('npx', ['tsup', 'bench/similarity-entry.ts', '--format', 'esm', '-d', 'bench/.cache/similarity', '--no-dts', '--no-config', '--silent'], {cwd: root, stdio: 'inherit'})
  return import(new URL('../bench/.cache/similarity/similarity-entry.js', import.meta.url).href)
}

/** Read a JSON-lines file of ../shared/data, or exit saying it is missing. */
export async function readSharedData(name, script) {
  const {existsSync, readFileSync} = await import('node:fs')
  const file = new URL(`../../shared/data/${name}`, import.meta.url)
  if (!existsSync(file)) {
    console.error(`${script}: ../shared/data/${name} is missing; nothing to do.`)
    process.exit(0)
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}

/** "The same story", as the calibration means it: human `Overall` of 1.5 or better. */
export const SAME_STORY_OVERALL = 1.5
