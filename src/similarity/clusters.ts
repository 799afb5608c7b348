import type {Article} from '../types.js'
import {checkCorpusStats, checkItems, checkOptions} from '../contract.js'
import {getDefaultCorpusStats, type CorpusStats} from './corpus-stats.js'
import {checkThreshold} from './fingerprint.js'
import {bandCandidates, candidateBands} from './lsh.js'
import {DEFAULT_MINHASH_SEED, DEFAULT_PERMUTATIONS, minhashSignature} from './minhash.js'
import {prepare, type Prepared} from './prepare.js'
import {compare} from './similarity.js'
import {forEachStoryCandidate} from './story-candidates.js'
import {SAME_STORY_SCORE} from './story-model.js'
import type {StoryCluster, StoryPair} from './types.js'

/**
 * Least `similarity(...).score` of two items of one story by default: the
 * score at which the calibrated `sameStory` probability is 0.5
 * (`SAME_STORY_SCORE`), so linked items are more likely the same story than
 * not. See docs/similarity.md.
 */
export const defaultStoryThreshold = SAME_STORY_SCORE

/** Options of `clusterStories`. */
export interface ClusterOptions {
  /** Least score of a link, in `(0, 1]` (default `defaultStoryThreshold`). */
  threshold?: number
  /** Corpus statistics weighing terms (default: the bundled news statistics). */
  stats?: CorpusStats
}

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
 * Candidates are found without comparing all pairs, and none is lost:
 * `score` is at most `w × √cosine + (1 − w) ×` the mean headline share
 * (`w` = `COSINE_WEIGHT`), so a link needs one side's headline share of at
 * least `(threshold − w) / (1 − w)` (see `storyLinkBounds`).
 *
 * - Headlines: an inverted index over every item's terms, walked for the
 *   heaviest terms of each headline, enough of them that the rest weigh
 *   less than that share (prefix filtering; `forEachStoryCandidate`).
 * - Resemblance: MinHash LSH over the shingle sets, as `findDuplicates`
 *   (not needed for exactness; kept for now).
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
export function clusterStories(items: ReadonlyArray<string | Article>, options?: ClusterOptions | null): StoryCluster[] {
  checkItems(items)
  const given = checkOptions(options)
  const threshold = given.threshold ?? defaultStoryThreshold
  checkThreshold(threshold)
  checkCorpusStats(given.stats)
  const stats = given.stats ?? getDefaultCorpusStats()
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
  forEachStoryCandidate(prepared, threshold, verify)
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
