// Fitting and cross-validation for the similarity score's calibration,
// shared by scripts/fit-similarity.mjs (which writes the shipped
// calibration) and bench/similarity-eval.mjs (which reports cross-validated
// figures with the same code). Plain functions, no dependencies.

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
