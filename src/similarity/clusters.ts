import type {Article} from '../types.js'
import {articleText, isTextOrArticle} from '../article-text.js'
import {checkCorpusStats, checkItems, checkOptions} from '../contract.js'
import {getDefaultCorpusStats, type CorpusStats} from './corpus-stats.js'
import {checkThreshold} from './fingerprint.js'
import {prepare, type Prepared} from './prepare.js'
import {forEachStoryCandidate} from './story-candidates.js'
import {SAME_STORY_SCORE, storyScoreOnly} from './story-model.js'
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
 * The links are exactly those an all-pairs check at `threshold` finds,
 * without comparing all pairs:
 *
 * - Exact copies (the same text, or articles with the same title and
 *   paragraphs) are read and compared once, as one item with a count, so
 *   6,000 copies of a paywall stub cost what one does.
 * - The other pairs come from an exact All-Pairs search on the headline
 *   shares with a cosine bound (`forEachStoryCandidate`): only pairs whose
 *   score may reach `threshold` by a sound upper bound are scored.
 *
 * Every candidate is then scored exactly (the score `similarity` gives,
 * bit for bit), where the search stands. A cluster's
 * `pairs` are its members' links to the representative: one per member
 * but the representative, so output stays linear in the items even when
 * every item links to every other.
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
  const copies = exactCopies(items)
  const prepared: Prepared[] = copies.first.map((index) => prepare(items[index]!, stats))
  const links = collectLinks(prepared, threshold)
  // A text with several copies is linked to its own copies when it links to itself (when it has words).
  const selfScore = prepared.map((item, text) => (copies.count[text]! > 1 ? storyScoreOnly(item, item) : 0))
  return leaderClusters(copies, links, (text) => prepared[text]!.words, (text) => (selfScore[text]! >= threshold ? selfScore[text]! : -1))
}

/**
 * Exact copies among items: `text[index]` numbers the distinct items in
 * order of first appearance; `first[text]` is the index of its first copy,
 * `count[text]` how many there are, and `members(text)` their indices,
 * ascending. An item is the same as another when `prepare` reads them the
 * same: the same string, or articles with the same text and title length.
 */
interface Copies {
  text: Int32Array
  first: number[]
  count: number[]
  members: (text: number) => number[]
}

function exactCopies(items: ReadonlyArray<string | Article>): Copies {
  const keys = new Map<string, number>()
  const text = new Int32Array(items.length)
  const first: number[] = []
  const count: number[] = []
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!
    // Articles carry their title's length: it decides their headline.
    const key = typeof item === 'string' ? `s${item}` : `${isTextOrArticle(item) ? item.title.length : 0}:${articleText(item)}`
    let id = keys.get(key)
    if (id === undefined) {
      keys.set(key, (id = first.length))
      first.push(index)
      count.push(0)
    }
    text[index] = id
    count[id] = count[id]! + 1
  }
  keys.clear()
  // Members of each text, as flat lists (built once, on first use).
  let memberStart: Int32Array | undefined
  let memberList: Int32Array | undefined
  const members = (id: number): number[] => {
    if (count[id] === 1) return [first[id]!]
    if (memberStart === undefined || memberList === undefined) {
      memberStart = new Int32Array(first.length + 1)
      for (let index = 0; index < first.length; index++) memberStart[index + 1] = memberStart[index]! + count[index]!
      const fill = memberStart.slice(0, first.length)
      memberList = new Int32Array(items.length)
      for (let index = 0; index < items.length; index++) memberList[fill[text[index]!]!++] = index
    }
    return [...memberList.subarray(memberStart[id]!, memberStart[id + 1]!)]
  }
  return {text, first, count, members}
}

/**
 * Every pair of prepared items whose score reaches `threshold`, found
 * without comparing all pairs (see `forEachStoryCandidate`) and none lost.
 *
 * @param prepared
 *   Prepared items.
 * @param threshold
 *   Least score.
 * @returns
 *   The pairs, `a < b`, sorted.
 */
export function findStoryLinks(prepared: readonly Prepared[], threshold: number): StoryPair[] {
  const pairs: StoryPair[] = []
  forEachStoryCandidate(prepared, threshold, (a, b, score) => {
    if (score >= threshold) pairs.push({a, b, score})
  })
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b)
}

/**
 * The links of `findStoryLinks` in the order found, as flat typed arrays
 * (`a[at] < b[at]`, `score[at]`, `size` of them): 16 bytes a link and no
 * sort, as the clustering needs neither objects nor order.
 */
interface Links {
  a: Int32Array
  b: Int32Array
  score: Float64Array
  size: number
}

function collectLinks(prepared: readonly Prepared[], threshold: number): Links {
  const links: Links = {a: new Int32Array(1024), b: new Int32Array(1024), score: new Float64Array(1024), size: 0}
  forEachStoryCandidate(prepared, threshold, (a, b, score) => {
    if (score < threshold) return
    if (links.size === links.a.length) {
      const grow = <T extends Int32Array | Float64Array>(array: T, into: T): T => {
        into.set(array)
        return into
      }
      links.a = grow(links.a, new Int32Array(links.size * 2))
      links.b = grow(links.b, new Int32Array(links.size * 2))
      links.score = grow(links.score, new Float64Array(links.size * 2))
    }
    links.a[links.size] = a
    links.b[links.size] = b
    links.score[links.size++] = score
  })
  return links
}

/**
 * Leader clustering over verified links, as if every copy were its own
 * item: repeatedly, the unclaimed item with the most links to unclaimed
 * items (then the most words, then the lowest index) claims itself and its
 * unclaimed neighbours. Copies of one text have the same neighbours, so
 * they are claimed together and counted, not listed: a text's open links
 * are its unclaimed copies (when its copies link to each other) plus the
 * unclaimed copies of the texts it links to. A max-heap with stale
 * entries re-queued keeps it at `O((texts + links) log texts)`.
 */
function leaderClusters(copies: Copies, linked: Links, wordsOf: (text: number) => number, selfScoreOf: (text: number) => number): StoryCluster[] {
  const texts = copies.first.length
  const count = copies.count
  // Links of each text, as flat lists.
  const degree = new Int32Array(texts + 1)
  for (let at = 0; at < linked.size; at++) {
    degree[linked.a[at]! + 1]!++
    degree[linked.b[at]! + 1]!++
  }
  for (let text = 1; text <= texts; text++) degree[text] = degree[text]! + degree[text - 1]!
  const fill = degree.slice(0, texts)
  const neighbour = new Int32Array(degree[texts]!)
  const linkScore = new Float64Array(degree[texts]!)
  for (let at = 0; at < linked.size; at++) {
    const a = linked.a[at]!
    const b = linked.b[at]!
    neighbour[fill[a]!] = b
    linkScore[fill[a]!++] = linked.score[at]!
    neighbour[fill[b]!] = a
    linkScore[fill[b]!++] = linked.score[at]!
  }
  const open = new Float64Array(texts)
  const claimed = new Uint8Array(texts)
  for (let text = 0; text < texts; text++) {
    let links = selfScoreOf(text) >= 0 ? count[text]! - 1 : 0
    for (let at = degree[text]!; at < degree[text + 1]!; at++) links += count[neighbour[at]!]!
    open[text] = links
  }
  const words = Float64Array.from({length: texts}, (_, text) => wordsOf(text))
  const heap = createLeaderHeap(open, words, copies.first)
  for (let text = 0; text < texts; text++) if (open[text]! > 0) heap.push(text, open[text]!)
  const clusters: StoryCluster[] = []
  const claim = (text: number, copiesClaimed: number): void => {
    for (let at = degree[text]!; at < degree[text + 1]!; at++) {
      const other = neighbour[at]!
      if (!claimed[other]) open[other] = open[other]! - copiesClaimed
    }
  }
  for (;;) {
    const leader = heap.pop()
    if (leader === -1) break
    if (claimed[leader]) continue
    if (heap.lastKey !== open[leader]) {
      if (open[leader]! > 0) heap.push(leader, open[leader]!)
      continue
    }
    if (open[leader]! <= 0) break
    const representative = copies.first[leader]!
    const selfScore = selfScoreOf(leader)
    const members: number[] = []
    const links: StoryPair[] = []
    const link = (member: number, score: number): void => {
      members.push(member)
      if (member !== representative) links.push(member < representative ? {a: member, b: representative, score} : {a: representative, b: member, score})
    }
    // The leader's copies come along when they link to each other; else only the leader is claimed.
    claimed[leader] = 1
    if (selfScore >= 0) {
      for (const member of copies.members(leader)) link(member, selfScore)
      claim(leader, count[leader]!)
    } else {
      link(representative, 0)
      claim(leader, 1)
      // The other copies stay out: they link to nothing unclaimed.
    }
    const joined: number[] = []
    for (let at = degree[leader]!; at < degree[leader + 1]!; at++) {
      const other = neighbour[at]!
      if (claimed[other]) continue
      claimed[other] = 1
      joined.push(other)
      for (const member of copies.members(other)) link(member, linkScore[at]!)
    }
    for (const other of joined) claim(other, count[other]!)
    members.sort((x, y) => x - y)
    links.sort((x, y) => x.a - y.a || x.b - y.b)
    clusters.push({representative, members, pairs: links})
  }
  return clusters.sort((x, y) => x.members[0]! - y.members[0]!)
}

/**
 * A max-heap of texts by their open links at the time they were pushed,
 * then words, then lowest first index. `pop` returns -1 when empty and sets
 * `lastKey` to the open links the popped entry was pushed with, so that a
 * stale entry (the text has lost links since) can be re-queued.
 */
function createLeaderHeap(open: Float64Array, words: Float64Array, first: readonly number[]): {push: (text: number, key: number) => void; pop: () => number; lastKey: number} {
  let texts = new Int32Array(64)
  let keys = new Float64Array(64)
  let size = 0
  const before = (i: number, j: number): boolean => {
    if (keys[i] !== keys[j]) return keys[i]! > keys[j]!
    const x = texts[i]!
    const y = texts[j]!
    if (words[x] !== words[y]) return words[x]! > words[y]!
    return first[x]! < first[y]!
  }
  const swap = (i: number, j: number): void => {
    const text = texts[i]!
    texts[i] = texts[j]!
    texts[j] = text
    const key = keys[i]!
    keys[i] = keys[j]!
    keys[j] = key
  }
  const heap = {
    lastKey: 0,
    push(text: number, key: number): void {
      if (size === texts.length) {
        const grownTexts = new Int32Array(size * 2)
        grownTexts.set(texts)
        texts = grownTexts
        const grownKeys = new Float64Array(size * 2)
        grownKeys.set(keys)
        keys = grownKeys
      }
      texts[size] = text
      keys[size] = key
      let at = size++
      while (at > 0) {
        const parent = (at - 1) >> 1
        if (!before(at, parent)) break
        swap(at, parent)
        at = parent
      }
    },
    pop(): number {
      if (size === 0) return -1
      const top = texts[0]!
      heap.lastKey = keys[0]!
      size--
      if (size > 0) {
        texts[0] = texts[size]!
        keys[0] = keys[size]!
        let at = 0
        for (;;) {
          const left = 2 * at + 1
          const right = left + 1
          let best = at
          if (left < size && before(left, best)) best = left
          if (right < size && before(right, best)) best = right
          if (best === at) break
          swap(at, best)
          at = best
        }
      }
      return top
    }
  }
  return heap
}
