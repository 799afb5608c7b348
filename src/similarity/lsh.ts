import {combine, finalMix} from './hash.js'
import {checkFingerprint, checkPermutations, checkThreshold, signatureOf} from './fingerprint.js'
import type {UnionFind} from './union-find.js'
import type {Fingerprint, FingerprintV1} from './types.js'
import {describe} from '../describe.js'
import {checkNumber, checkOptions, isRecord} from '../contract.js'

/** How `optimalBands` weighs the two kinds of error. */
export interface BandWeights {
  /** Weight of the false positive area (pairs below the threshold that become candidates). */
  falsePositive: number
  /** Weight of the false negative area (pairs at or above it that do not). */
  falseNegative: number
}

/** Bands of an LSH scheme: `bands` bands of `rows` signature values each. */
export interface Bands {
  bands: number
  rows: number
}

/** Step of the midpoint rule, as datasketch's `_integration`. */
const INTEGRATION_STEP = 0.001
/**
 * Band choices made, by their arguments: each costs a search over every
 * scheme. Bounded, as callers choose the arguments: past `MEMO_LIMIT`
 * entries the oldest is dropped (a program uses a few thresholds).
 */
const memo = new Map<string, Bands>()
/**
 * Answers remembered at most: a caller passing ever new thresholds, weights
 * or recalls must not grow memory without bound (each answer is a few dozen
 * bytes; a search over 1,024 permutations takes milliseconds, so the common
 * ones are worth keeping).
 */
const MEMO_LIMIT = 1024

function remember(key: string, bands: Bands): void {
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!)
  memo.set(key, bands)
}
/** datasketch's default weights of the two errors. */
const EQUAL_WEIGHTS: BandWeights = {falsePositive: 0.5, falseNegative: 0.5}

/**
 * Choose bands and rows for MinHash LSH at a threshold, exactly as
 * datasketch's `_optimal_param` does: over every `bands × rows ≤
 * permutations`, minimise `falsePositive · ∫₀ᵗ P(s) ds + falseNegative ·
 * ∫ₜ¹ (1 − P(s)) ds`, where `P(s) = 1 − (1 − sʳ)ᵇ` is the probability that a
 * pair of resemblance `s` shares a band. The integrals use datasketch's
 * midpoint rule (step 0.001, its fallback when SciPy is missing); the first
 * minimum in order of `bands`, then `rows`, wins.
 *
 * @param threshold
 *   Resemblance in `(0, 1]`.
 * @param permutations
 *   Values per signature.
 * @param weights
 *   Weights of the two errors, positive finite numbers (default: equal, as
 *   datasketch's default).
 * @returns
 *   The bands and rows.
 * @throws {TypeError}
 *   When an argument is not a number (or `weights` not an object of numbers).
 * @throws {RangeError}
 *   When `threshold` or `permutations` is out of range, or a weight is not
 *   positive and finite.
 *
 * @example
 *   optimalBands(0.8, 128) //=> {bands: 9, rows: 13}
 *   optimalBands(0.5, 128) //=> {bands: 25, rows: 5}
 *   optimalBands(0.8, 128, {falsePositive: 0.1, falseNegative: 0.9}) //=> {bands: 14, rows: 9}
 */
export function optimalBands(threshold: number, permutations: number, weights?: BandWeights | null): Bands {
  checkThreshold(threshold)
  checkPermutations(permutations, 'permutations')
  weights ??= EQUAL_WEIGHTS
  if (!isRecord(weights)) {
    throw new TypeError(`Expected \`weights\` to be {falsePositive, falseNegative} numbers, not ${describe(weights)}`)
  }
  const positive = (value: number): boolean => value > 0 && Number.isFinite(value)
  checkNumber(weights.falsePositive, 'weights.falsePositive', 'a positive finite number', positive)
  checkNumber(weights.falseNegative, 'weights.falseNegative', 'a positive finite number', positive)
  const key = `${threshold}/${permutations}/${weights.falsePositive}/${weights.falseNegative}`
  const known = memo.get(key)
  if (known) return {...known}
  let minError = Number.POSITIVE_INFINITY
  let best: Bands = {bands: 0, rows: 0}
  for (let bands = 1; bands <= permutations; bands++) {
    const maxRows = Math.floor(permutations / bands)
    for (let rows = 1; rows <= maxRows; rows++) {
      const falsePositive = integrate((s) => 1 - (1 - s ** rows) ** bands, 0, threshold)
      const falseNegative = integrate((s) => 1 - (1 - (1 - s ** rows) ** bands), threshold, 1)
      const error = falsePositive * weights.falsePositive + falseNegative * weights.falseNegative
      if (error < minError) {
        minError = error
        best = {bands, rows}
      }
    }
  }
  remember(key, best)
  return {...best}
}

/**
 * The share of pairs at the threshold that the banding of `findDuplicates`,
 * `lshKeys` and `createIndex` makes candidates: every candidate is verified
 * afterwards, so a false positive costs one comparison while a false
 * negative is a duplicate lost.
 */
export const CANDIDATE_RECALL = 0.995

/**
 * Bands and rows for finding candidates to verify: of all `bands × rows ≤
 * permutations` whose probability of making a pair of resemblance
 * `threshold` a candidate, `1 − (1 − tʳ)ᵇ`, is at least `recall`, the one
 * with the least false positive area `∫₀ᵗ P(s) ds` (the first in order of
 * `bands`, then `rows`); pairs above the threshold are found with even higher
 * probability. Where no scheme reaches `recall`, the one that comes closest.
 *
 * datasketch's equal weights (`optimalBands`) balance the two errors and at
 * 0.8 find a pair at the threshold only 40% of the time; this is the choice
 * for a verified search.
 *
 * @param threshold
 *   Resemblance in `(0, 1]`.
 * @param permutations
 *   Values per signature.
 * @param recall
 *   Least probability for a pair at the threshold, in `(0, 1]` (default
 *   `CANDIDATE_RECALL`).
 * @returns
 *   The bands and rows.
 * @throws {TypeError}
 *   When an argument is not a number.
 * @throws {RangeError}
 *   When `threshold`, `permutations` or `recall` is out of range.
 *
 * @example
 *   candidateBands(0.8, 128) //=> {bands: 18, rows: 6}
 *   candidateBands(0.5, 128) //=> {bands: 40, rows: 3}
 *   candidateBands(0.9, 128) //=> {bands: 11, rows: 9}
 */
export function candidateBands(threshold: number, permutations: number, recall?: number | null): Bands {
  checkThreshold(threshold)
  checkPermutations(permutations, 'permutations')
  recall ??= CANDIDATE_RECALL
  checkNumber(recall, 'recall', 'a probability in (0, 1]', (value) => value > 0 && value <= 1)
  const key = `candidate/${threshold}/${permutations}/${recall}`
  const known = memo.get(key)
  if (known) return {...known}
  // For a number of rows, more bands only add candidates (the area grows
  // with `bands`), so the least area among schemes of `rows` rows that reach
  // the recall is at the fewest bands that do: one integral a row count, not
  // one a scheme (milliseconds at 1024 permutations, not seconds). Likewise
  // the closest scheme of `rows` rows uses as many bands as fit.
  let best: Bands = {bands: 1, rows: 1}
  let leastArea = Number.POSITIVE_INFINITY
  let closest: Bands = {bands: 1, rows: 1}
  let closestProbability = -1
  const probability = (bands: number, rows: number): number => 1 - (1 - threshold ** rows) ** bands
  for (let rows = 1; rows <= permutations; rows++) {
    const maxBands = Math.floor(permutations / rows)
    const most = probability(maxBands, rows)
    if (most > closestProbability || (most === closestProbability && maxBands < closest.bands)) {
      closestProbability = most
      closest = {bands: maxBands, rows}
    }
    if (most < recall) continue
    let bands = 1
    while (probability(bands, rows) < recall) bands++
    const area = integrate((s) => 1 - (1 - s ** rows) ** bands, 0, threshold)
    if (area < leastArea || (area === leastArea && bands < best.bands)) {
      leastArea = area
      best = {bands, rows}
    }
  }
  const chosen = leastArea === Number.POSITIVE_INFINITY ? closest : best
  remember(key, chosen)
  return {...chosen}
}

/**
 * Band keys of a fingerprint for grouping in another system: two
 * fingerprints that share a key are candidates for resemblance at or above
 * `threshold`, to be verified (with `similarity`, or `estimateResemblance`).
 *
 * Bands and rows come from `candidateBands(threshold, permutations)`; a
 * key is `b<band>:<hash>`, the band's index and a 64-bit
 * hash of its values in 16 hex digits, so keys of different bands never
 * meet and unrelated bands almost never collide, even over billions of
 * items. The keys depend only on the fingerprint and the threshold, so
 * Spark, Beam, Flink or DuckDB can `GROUP BY` them (see `docs/scale.md`).
 * A fingerprint of a text without shingles has no keys. Fingerprints of
 * format 1 give the same keys as format 2.
 *
 * @param fp
 *   Fingerprint (see `fingerprint`).
 * @param options
 *   `threshold`: resemblance the bands are tuned for, in `(0, 1]` (default 0.8).
 * @returns
 *   One key per band.
 * @throws {TypeError}
 *   When `fp` is not a fingerprint.
 * @throws {RangeError}
 *   When `threshold` is out of range.
 *
 * @example
 *   const fp = fingerprint('Russia and Ukraine agreed on Wednesday to swap more prisoners of war.')
 *   lshKeys(fp).length //=> 18
 *   lshKeys(fp)[3].slice(0, 3) //=> 'b3:'
 *   lshKeys(fp, {threshold: 0.5}).length //=> 40
 *   lshKeys(fingerprint('')) //=> []
 *   lshKeys(fp, {threshold: 0}) //=> RangeError: Expected `threshold` to be a number in (0, 1], not `number` (0)
 */
export function lshKeys(fp: Fingerprint | FingerprintV1, options?: {threshold?: number | null} | null): string[] {
  checkFingerprint(fp, 'fp')
  const threshold = checkOptions(options).threshold ?? 0.8
  checkThreshold(threshold)
  if (fp.shingles === 0) return []
  const {bands, rows} = candidateBands(threshold, fp.permutations)
  const signature = signatureOf(fp)
  const keys: string[] = []
  for (let band = 0; band < bands; band++) {
    const high = bandHash(signature, band, rows, HIGH_SEED)
    const low = bandHash(signature, band, rows, LOW_SEED)
    keys.push(`b${band}:${hex8(high)}${hex8(low)}`)
  }
  return keys
}

const HIGH_SEED = 0x62_61_6e_64 // "band"
const LOW_SEED = 0x6b_65_79_73 // "keys"

/**
 * A 32-bit hash of one band of a signature: values `band · rows` up to
 * `(band + 1) · rows`, chained with `combine` from a start that depends on
 * the band and `seed`.
 *
 * @param signature
 *   Signature values.
 * @param band
 *   Band index.
 * @param rows
 *   Values per band.
 * @param seed
 *   32-bit seed.
 * @returns
 *   Unsigned 32-bit hash.
 */
export function bandHash(signature: ArrayLike<number>, band: number, rows: number, seed: number = HIGH_SEED): number {
  return bandHashAt(signature, 0, band, rows, seed)
}

/**
 * `bandHash` of the signature that starts at `offset` in `signatures` (one
 * shared array of many), without a view of it.
 *
 * @param signatures
 *   Signatures, concatenated.
 * @param offset
 *   Index of the signature's first value.
 * @param band
 *   Band index.
 * @param rows
 *   Rows per band.
 * @param seed
 *   Seed of the hash.
 * @returns
 *   Unsigned 32-bit hash.
 */
export function bandHashAt(signatures: ArrayLike<number>, offset: number, band: number, rows: number, seed: number = HIGH_SEED): number {
  let hash = finalMix(seed ^ Math.imul(band + 1, 0x9e_37_79_b9))
  const start = offset + band * rows
  for (let row = start; row < start + rows; row++) hash = combine(hash, signatures[row]!)
  return hash
}

function hex8(value: number): string {
  return value.toString(16).padStart(8, '0')
}

/** Midpoint rule over `[a, b)` with datasketch's step and loop, float steps included. */
function integrate(f: (s: number) => number, a: number, b: number): number {
  let area = 0
  let x = a
  while (x < b) {
    area += f(x + 0.5 * INTEGRATION_STEP) * INTEGRATION_STEP
    x += INTEGRATION_STEP
  }
  return area
}

/**
 * Candidate pairs of a collection by banding: every pair of items that
 * agree on all values of at least one band.
 *
 * @param signatures
 *   The items' signatures, concatenated (`permutations` values each).
 * @param permutations
 *   Values per signature.
 * @param bands
 *   Bands and rows (see `candidateBands`).
 * @param skip
 *   Items to leave out (texts without shingles), or `undefined`.
 * @returns
 *   Pairs as `[a0, b0, a1, b1, …]` with `a < b`, each once, in the order found.
 */
export function bandCandidates(signatures: Uint32Array, permutations: number, bands: Bands, skip?: Uint8Array): Int32Array {
  const count = Math.floor(signatures.length / permutations)
  const seen = new Set<number>()
  let pairs = new Int32Array(1024)
  let length = 0
  const bucket = new Map<number, number[]>()
  for (let band = 0; band < bands.bands; band++) {
    bucket.clear()
    for (let item = 0; item < count; item++) {
      if (skip && skip[item]) continue
      const key = bandHashAt(signatures, item * permutations, band, bands.rows)
      const members = bucket.get(key)
      if (!members) {
        bucket.set(key, [item])
        continue
      }
      for (const other of members) {
        // `other < item`: items are visited in ascending order.
        const id = other * count + item
        if (seen.has(id)) continue
        seen.add(id)
        if (length + 2 > pairs.length) {
          const grown = new Int32Array(pairs.length * 2)
          grown.set(pairs)
          pairs = grown
        }
        pairs[length++] = other
        pairs[length++] = item
      }
      members.push(item)
    }
  }
  return pairs.slice(0, length)
}

/**
 * Join the items of a collection that agree on all values of a band and
 * pass `link`, testing only what can still join two groups: a spanning
 * search that takes time and memory linear in the items, where
 * `bandCandidates` lists every candidate pair (quadratic when thousands of
 * items are near-copies of one text).
 *
 * Each bucket keeps its members in groups that lie in one set of `sets`. An
 * item is tested against the members of each group of another set, in
 * order, until one passes; against its own set's groups it is not tested,
 * since a link there would join nothing. Every candidate pair is thus
 * either tested or already joined through others, so the sets come out as
 * single-link over all candidates, as if every pair had been tested.
 *
 * @param signatures
 *   The items' signatures, concatenated (`permutations` values each).
 * @param permutations
 *   Values per signature.
 * @param count
 *   Items.
 * @param bands
 *   Bands and rows (see `candidateBands`).
 * @param sets
 *   Disjoint sets over the items, joined by `link` (which calls `union`).
 * @param link
 *   Tests a candidate pair (`a < b`) and joins it in `sets` when it passes;
 *   returns whether it did.
 */
export function bandLinks(
  signatures: Uint32Array,
  permutations: number,
  count: number,
  bands: Bands,
  sets: UnionFind,
  link: (a: number, b: number) => boolean
): void {
  // One band's buckets, an open-addressing table of band keys kept at most
  // half full: a bucket of one item holds `item + 1`, of more `-1 - g` for
  // its groups `bucketGroups[g]`, and 0 when free.
  let size = 16
  while (size < 2 * count) size *= 2
  const mask = size - 1
  const keys = new Uint32Array(size)
  const held = new Int32Array(size)
  const bucketGroups: number[][][] = []
  for (let band = 0; band < bands.bands; band++) {
    held.fill(0)
    bucketGroups.length = 0
    for (let item = 0; item < count; item++) {
      const key = bandHashAt(signatures, item * permutations, band, bands.rows)
      // Band keys are mixed hashes: their low bits spread well.
      let slot = key & mask
      while (held[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask
      const found = held[slot]!
      if (found === 0) {
        keys[slot] = key
        held[slot] = item + 1
        continue
      }
      let groups: number[][]
      if (found > 0) {
        groups = [[found - 1]]
        held[slot] = -1 - bucketGroups.length
        bucketGroups.push(groups)
      } else groups = bucketGroups[-1 - found]!
      let root = sets.find(item)
      let home: number[] | undefined
      let merged = false
      for (const group of groups) {
        if (sets.find(group[0]!) !== root) {
          for (const member of group) {
            if (link(member, item)) {
              root = sets.find(item)
              break
            }
          }
        }
        if (sets.find(group[0]!) !== root) continue
        if (home === undefined) home = group
        else {
          // Two groups of one set now: keep one, the larger taking the smaller.
          const [larger, smaller] = home.length >= group.length ? [home, group] : [group, home]
          for (const member of smaller) larger.push(member)
          smaller.length = 0
          home = larger
          merged = true
        }
      }
      if (home) home.push(item)
      else groups.push([item])
      if (merged) bucketGroups[-1 - held[slot]!] = groups.filter((group) => group.length > 0)
    }
  }
}
