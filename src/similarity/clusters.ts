import type {Article} from '../types.js'
import {describe} from '../describe.js'
import {getDefaultCorpusStats, type CorpusStats} from './corpus-stats.js'
import {checkThreshold} from './fingerprint.js'
import {bandCandidates, candidateBands} from './lsh.js'
import {DEFAULT_MINHASH_SEED, DEFAULT_PERMUTATIONS, minhashSignature} from './minhash.js'
import {prepare, type Prepared} from './prepare.js'
import {compare} from './similarity.js'
import type {StoryCluster, StoryPair} from './types.js'

/**
 * Least `similarity(...).score` of two items of one story by default: on
 * the SemEval-2022 Task 8 English dev pairs, an accuracy of 88.2% for "the
 * same story" (human `Overall` ≤ 1.5; the best cut-off, 0.595, gives
 * 88.8%) and a precision of 0.90 for "the same or nearly the same story"
 * (≤ 2). Stricter
 * than the `related` relation (0.45), which also takes in other stories on
 * the same subject. See docs/similarity.md.
 */
export const defaultStoryThreshold = 0.6

/** Options of `clusterStories`. */
export interface ClusterOptions {
  /** Least score of a link, in `(0, 1]` (default `defaultStoryThreshold`). */
  threshold?: number
  /** Corpus statistics weighing terms (default: the bundled news statistics). */
  stats?: CorpusStats
}

/** Tolerance for the 12-decimal rounding of scores in the candidate bound. */
const SLACK = 1e-9
/** What norm of an item's unit vector may stay unindexed, as a share of the cosine sought. */
const REST_SHARE = 0.25

/**
 * Group the items of a collection that report the same story: looser than
 * `findDuplicates`, which wants the same text.
 *
 * Two items are linked when `similarity(a, b).score` is at least
 * `threshold`. Clusters do not chain through links (news on one subject
 * would chain into a few giant clusters): they form around leaders. The
 * item linked to the most others (then the one with the most words, then
 * the lowest index) leads a cluster of itself and every item linked to it;
 * the next unclaimed item with the most links to unclaimed items leads the
 * next, and so on. So every member of a cluster is linked to its
 * `representative`, the leader, and each item is in at most one cluster.
 *
 * Candidates are found without comparing all pairs: exactly on the cosine
 * side (no pair is lost), and on the resemblance side by LSH, which finds a
 * pair at the threshold with probability at least 0.995:
 * `score` is the larger of `sqrt(cosine)` of the TF-IDF vectors and the
 * shingle resemblance, so a link needs a cosine of at least `threshold²`
 * or a resemblance of at least `threshold`.
 *
 * - Cosine: an inverted index over each item's heaviest terms, enough
 *   of them that the rest of its unit vector has a norm below
 *   `threshold² / 4`; walking the postings adds up the dot product over the
 *   terms both items indexed, and what the unindexed terms could add is
 *   bounded by the two rests (Cauchy–Schwarz), so a pair is verified only
 *   when that bound reaches `threshold²`, and a pair sharing no indexed term
 *   cannot (the bound pruning of Bayardo, Ma and Srikant's All-Pairs, 2007).
 *   Exact: no pair at or above the threshold is lost.
 * - Resemblance: MinHash LSH over the shingle sets, as `findDuplicates`.
 *
 * Every candidate is then verified with the exact score. A cluster's
 * `pairs` are its links to the representative.
 *
 * @param items
 *   Texts, or articles from `splitDump`.
 * @param options
 *   `threshold`: least score of a link, in `(0, 1]` (default
 *   `defaultStoryThreshold`); `stats`: corpus statistics (see
 *   `createCorpusStats`).
 * @returns
 *   Clusters of at least two members, by lowest member; members ascending.
 * @throws {TypeError}
 *   When `items` is not an array of texts or articles.
 * @throws {RangeError}
 *   When `threshold` is out of range.
 *
 * @example
 *   const items = [
 *     'Russia and Ukraine swapped 300 prisoners of war in Istanbul on Wednesday, the defence ministry said.',
 *     'Heavy rain flooded the city centre of Leeds on Monday.',
 *     'Russia and Ukraine swapped 300 prisoners of war in Istanbul on Wednesday after two days of talks.'
 *   ]
 *   clusterStories(items).map((cluster) => cluster.members) //=> [[0, 2]]
 *   clusterStories([]) //=> []
 */
export function clusterStories(items: ReadonlyArray<string | Article>, options: ClusterOptions = {}): StoryCluster[] {
  if (!Array.isArray(items)) throw new TypeError(`Expected \`items\` to be an array of texts or articles, not ${describe(items)}`)
  const threshold = options.threshold ?? defaultStoryThreshold
  checkThreshold(threshold)
  const stats = options.stats ?? getDefaultCorpusStats()
  const prepared: Prepared[] = items.map((item) => prepare(item, stats))
  const pairs = findStoryLinks(prepared, threshold)
  return leaderClusters(prepared.length, pairs, (index) => prepared[index]!.content.words.length)
}

/**
 * Every pair of prepared items whose score reaches `threshold`, found
 * without comparing all pairs (see `clusterStories`) and none lost.
 *
 * @param prepared
 *   Prepared items.
 * @param threshold
 *   Least score.
 * @returns
 *   The pairs, `a < b`, sorted.
 */
export function findStoryLinks(prepared: readonly Prepared[], threshold: number): StoryPair[] {
  const count = prepared.length
  const pairs: StoryPair[] = []
  // Pairs linked already: both searches may find a pair.
  const linked = new Set<number>()
  const verify = (a: number, b: number): void => {
    const id = a * count + b
    if (linked.has(id)) return
    const score = compare(prepared[a]!, prepared[b]!).score
    if (score < threshold) return
    linked.add(id)
    pairs.push({a, b, score})
  }
  const shingleCandidates = resemblanceCandidates(prepared, threshold)
  for (let index = 0; index < shingleCandidates.length; index += 2) verify(shingleCandidates[index]!, shingleCandidates[index + 1]!)
  forEachCosineCandidate(prepared, threshold * threshold, verify)
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b)
}

/**
 * Leader clustering over verified links: repeatedly, the unclaimed item with
 * the most links to unclaimed items (then the most words, then the lowest
 * index) claims itself and its unclaimed neighbours.
 */
function leaderClusters(count: number, pairs: readonly StoryPair[], wordsOf: (index: number) => number): StoryCluster[] {
  const neighbours: StoryPair[][] = Array.from({length: count}, () => [])
  for (const pair of pairs) {
    neighbours[pair.a]!.push(pair)
    neighbours[pair.b]!.push(pair)
  }
  const claimed = new Uint8Array(count)
  const open = new Int32Array(count)
  for (let index = 0; index < count; index++) open[index] = neighbours[index]!.length
  // Candidates as a max-heap would be faster; a sort per round is plenty
  // for the few thousand linked items of a collection, and simpler to read.
  let linked = [...Array(count).keys()].filter((index) => open[index]! > 0)
  const clusters: StoryCluster[] = []
  while (linked.length > 0) {
    linked.sort((x, y) => open[y]! - open[x]! || wordsOf(y) - wordsOf(x) || x - y)
    const leader = linked[0]!
    if (open[leader] === 0) break
    const links = neighbours[leader]!.filter((pair) => !claimed[pair.a === leader ? pair.b : pair.a])
    const members = [leader, ...links.map((pair) => (pair.a === leader ? pair.b : pair.a))].sort((x, y) => x - y)
    for (const member of members) {
      claimed[member] = 1
      for (const pair of neighbours[member]!) {
        const other = pair.a === member ? pair.b : pair.a
        open[other] = open[other]! - 1
      }
    }
    clusters.push({representative: leader, members, pairs: [...links].sort((x, y) => x.a - y.a || x.b - y.b)})
    linked = linked.filter((index) => !claimed[index] && open[index]! > 0)
  }
  return clusters.sort((x, y) => x.members[0]! - y.members[0]!)
}

/** Pairs whose shingle resemblance may reach `threshold`, by MinHash LSH. */
function resemblanceCandidates(prepared: readonly Prepared[], threshold: number): Int32Array {
  const permutations = DEFAULT_PERMUTATIONS
  const signatures = new Uint32Array(prepared.length * permutations)
  const empty = new Uint8Array(prepared.length)
  for (const [index, item] of prepared.entries()) {
    if (item.shingles.length === 0) empty[index] = 1
    else signatures.set(minhashSignature(item.shingles, permutations, DEFAULT_MINHASH_SEED), index * permutations)
  }
  return bandCandidates(signatures, permutations, candidateBands(threshold, permutations), empty)
}

/**
 * Call `found(a, b)`, `a < b`, for every pair whose term cosine may reach
 * `cosine` (see `clusterStories`), each pair once.
 *
 * Each item indexes its heaviest terms until the rest of its unit vector
 * has a norm `r` below `cosine / 4` (at most `cosine / 2` keeps it
 * exact). For two items, the terms both indexed
 * add exactly `acc` to the dot product, found while walking the postings;
 * every other shared term is unindexed on one side, and those add at most
 * `r(a) + r(b)` (Cauchy–Schwarz). A pair whose `acc + r(a) + r(b)`
 * reaches `cosine` has its exact dot product computed, and is passed on
 * when that reaches `cosine`; a pair that shares no indexed term has
 * `acc = 0` and `r(a) + r(b) < cosine`, so it can be skipped unseen.
 */
function forEachCosineCandidate(prepared: readonly Prepared[], cosine: number, found: (a: number, b: number) => void): void {
  const count = prepared.length
  const limit = cosine - SLACK
  // A quarter of the limit each (a half is the most the bound allows): a
  // longer index, but a bound tight enough that few candidates are merged;
  // 0.25 to 0.3 ran fastest on Reuters-21578.
  const leftOut = (limit * REST_SHARE) ** 2
  // Terms as numbers and vectors as sorted (id, unit weight) arrays: the
  // dot product of a candidate pair is then a merge of two typed arrays,
  // far cheaper than comparing strings, and most candidates end there.
  const termIds = new Map<string, number>()
  const vectorIds: Int32Array[] = []
  const vectorWeights: Float64Array[] = []
  for (const {terms, weights, norm} of prepared) {
    const ids = new Int32Array(terms.length)
    for (const [position, term] of terms.entries()) {
      let id = termIds.get(term)
      if (id === undefined) {
        id = termIds.size
        termIds.set(term, id)
      }
      ids[position] = id
    }
    const order = [...ids.keys()].sort((p, q) => ids[p]! - ids[q]!)
    vectorIds.push(Int32Array.from(order, (position) => ids[position]!))
    vectorWeights.push(Float64Array.from(order, (position) => (norm === 0 ? 0 : weights[position]! / norm)))
  }
  const postingItems: number[][] = Array.from({length: termIds.size}, () => [])
  const postingWeights: number[][] = Array.from({length: termIds.size}, () => [])
  const rest = new Float64Array(count)
  const accumulated = new Float64Array(count)
  const lastSeen = new Int32Array(count).fill(-1)
  const touched: number[] = []
  for (const [item, {terms, weights, norm}] of prepared.entries()) {
    if (norm === 0) continue
    // Heaviest first; the term breaks ties so that the choice is total.
    const order = terms.map((_, position) => position).sort((p, q) => weights[q]! - weights[p]! || (terms[p]! < terms[q]! ? -1 : 1))
    let remaining = 1
    const indexed: number[] = []
    for (const position of order) {
      if (remaining < leftOut) break
      const share = weights[position]! / norm
      remaining -= share * share
      indexed.push(position)
    }
    rest[item] = Math.sqrt(Math.max(0, remaining))
    touched.length = 0
    for (const position of indexed) {
      const id = termIds.get(terms[position]!)!
      const share = weights[position]! / norm
      const others = postingItems[id]!
      const otherWeights = postingWeights[id]!
      for (let index = 0; index < others.length; index++) {
        const other = others[index]!
        if (lastSeen[other] !== item) {
          lastSeen[other] = item
          accumulated[other] = 0
          touched.push(other)
        }
        accumulated[other] = accumulated[other]! + share * otherWeights[index]!
      }
    }
    touched.sort((a, b) => a - b)
    for (const other of touched) {
      if (accumulated[other]! + rest[other]! + rest[item]! < limit) continue
      if (dot(vectorIds[other]!, vectorWeights[other]!, vectorIds[item]!, vectorWeights[item]!) >= limit) found(other, item)
    }
    for (const position of indexed) {
      const id = termIds.get(terms[position]!)!
      postingItems[id]!.push(item)
      postingWeights[id]!.push(weights[position]! / norm)
    }
  }
}

/** Dot product of two sparse vectors given as ascending ids and their weights. */
function dot(aIds: Int32Array, aWeights: Float64Array, bIds: Int32Array, bWeights: Float64Array): number {
  let i = 0
  let j = 0
  let sum = 0
  while (i < aIds.length && j < bIds.length) {
    const x = aIds[i]!
    const y = bIds[j]!
    if (x === y) sum += aWeights[i++]! * bWeights[j++]!
    else if (x < y) i++
    else j++
  }
  return sum
}
