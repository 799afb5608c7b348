import type {Article} from '../types.js'
import {articleText, isTextOrArticle} from '../article-text.js'
import {checkCorpusStats, checkItems, checkOptions} from '../contract.js'
import {getDefaultCorpusStats, type CorpusStats} from './corpus-stats.js'
import {checkThreshold} from './fingerprint.js'
import {prepare, type Prepared} from './prepare.js'
import {nearCopyGroups} from './near-copies.js'
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
 * - Near copies move as one once the links pass 64 for each distinct text
 *   looked at: groups of at least 32 texts with a resemblance of 0.9 or
 *   more (MinHash LSH, verified) are represented by their fullest text,
 *   each member standing with it only when their score reaches
 *   `threshold`, and only representatives are compared (see
 *   `nearCopyGroups` and docs/similarity.md). A near copy then follows its
 *   representative: its own links outside the group are not looked at, so
 *   the clusters can differ from the all-pairs ones there; every listed
 *   pair is still a verified link with its exact score. Below the budget,
 *   or with no such group, the clusters are the all-pairs ones.
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
  return clusterStoriesWithin(items, options, LINKS_PER_TEXT)
}

/**
 * `clusterStories` with the budget of links a text before near copies move
 * as one (see `LINKS_PER_TEXT`): `Infinity` never collapses near copies,
 * `0` does as soon as there are more than 1,024 links. For tests and
 * benches.
 *
 * @param items
 *   As `clusterStories`.
 * @param options
 *   As `clusterStories`.
 * @param perText
 *   Links a text looked at.
 * @returns
 *   As `clusterStories`.
 */
export function clusterStoriesWithin(items: ReadonlyArray<string | Article>, options: ClusterOptions | null | undefined, perText: number): StoryCluster[] {
  checkItems(items)
  const given = checkOptions(options)
  const threshold = given.threshold ?? defaultStoryThreshold
  checkThreshold(threshold)
  checkCorpusStats(given.stats)
  const stats = given.stats ?? getDefaultCorpusStats()
  const copies = exactCopies(items)
  const texts = copies.first.length
  const prepared: Prepared[] = copies.first.map((index) => prepare(items[index]!, stats))
  // A text with several copies is linked to its own copies when it links to itself (when it has words).
  const selfScore = prepared.map((item, text) => (copies.count[text]! > 1 ? storyScoreOnly(item, item) : 0))
  const links = collectLinks(prepared, threshold, perText)
  if (links !== undefined) {
    const identity = Int32Array.from({length: texts}, (_, text) => text)
    return leaderClusters(
      classesOf(copies, identity, identity),
      links,
      (text) => prepared[text]!.words,
      (text) => selfScore[text]! >= threshold,
      (item) => selfScore[copies.text[item]!]!,
      (_item, _leader, score) => score
    )
  }
  // Too many links: near copies move as one (see `nearCopyGroups`), and only
  // the texts standing for others are compared.
  const near = nearCopyGroups(prepared, threshold)
  const classOfText = new Int32Array(texts)
  const repText: number[] = []
  for (let text = 0; text < texts; text++) {
    if (near.representative[text] !== text) continue
    classOfText[text] = repText.length
    repText.push(text)
  }
  for (let text = 0; text < texts; text++) {
    if (near.representative[text] !== text) classOfText[text] = classOfText[near.representative[text]!]!
  }
  const classes = classesOf(copies, classOfText, Int32Array.from(repText))
  const within = new Uint8Array(repText.length)
  for (let text = 0; text < texts; text++) if (near.representative[text] !== text) within[classOfText[text]!] = 1
  const representatives = repText.map((text) => prepared[text]!)
  const classLinks = collectLinks(representatives, threshold, Number.POSITIVE_INFINITY)!
  // Near copies joining a cluster led by another text: scored against its representative, once a text.
  const joinScore = new Float64Array(texts).fill(Number.NaN)
  const ownScore = (item: number): number => {
    const text = copies.text[item]!
    return near.representative[text] === text ? selfScore[text]! : near.score[text]!
  }
  return leaderClusters(
    classes,
    classLinks,
    (cls) => representatives[cls]!.words,
    (cls) => within[cls] === 1 || selfScore[repText[cls]!]! >= threshold,
    ownScore,
    (item, leader, score) => {
      const text = copies.text[item]!
      if (near.representative[text] === text) return score
      if (Number.isNaN(joinScore[text]!)) {
        const lead = repText[leader]!
        const value = text < lead ? storyScoreOnly(prepared[text]!, prepared[lead]!) : storyScoreOnly(prepared[lead]!, prepared[text]!)
        joinScore[text] = value >= threshold ? value : -1
      }
      return joinScore[text]!
    }
  )
}

/**
 * Most links a text before the first pass gives up and near copies move as
 * one: `LINKS_PER_TEXT` times the texts looked at so far. Collections of
 * distinct stories stay far below it (all Reuters: 6 a text).
 */
const LINKS_PER_TEXT = 64

/**
 * Exact copies among items: `text[index]` numbers the distinct items in
 * order of first appearance; `first[text]` is the index of its first copy,
 * `count[text]` how many there are. An item is the same as another when
 * `prepare` reads them the same: the same string, or articles with the
 * same text and title length.
 */
interface Copies {
  text: Int32Array
  first: number[]
  count: number[]
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
  return {text, first, count}
}

/**
 * Items in classes compared as one: the copies of a text, or of every text
 * of a group of near copies. `first[cls]` is the first copy of the text
 * standing for the class (its representative), `count[cls]` how many items
 * it holds, `members(cls)` their indices, ascending.
 */
interface Classes {
  first: Int32Array
  count: Int32Array
  members: (cls: number) => number[]
}

function classesOf(copies: Copies, classOfText: Int32Array, repText: Int32Array): Classes {
  const items = copies.text.length
  const classes = repText.length
  const first = new Int32Array(classes)
  for (let cls = 0; cls < classes; cls++) first[cls] = copies.first[repText[cls]!]!
  const count = new Int32Array(classes)
  for (let text = 0; text < copies.first.length; text++) {
    const cls = classOfText[text]!
    count[cls] = count[cls]! + copies.count[text]!
  }
  const classOfItem = new Int32Array(items)
  for (let index = 0; index < items; index++) classOfItem[index] = classOfText[copies.text[index]!]!
  // Members of each class, as flat lists (built once, on first use).
  let memberStart: Int32Array | undefined
  let memberList: Int32Array | undefined
  const members = (cls: number): number[] => {
    if (count[cls] === 1) return [first[cls]!]
    if (memberStart === undefined || memberList === undefined) {
      memberStart = new Int32Array(classes + 1)
      for (let index = 0; index < classes; index++) memberStart[index + 1] = memberStart[index]! + count[index]!
      const fill = memberStart.slice(0, classes)
      memberList = new Int32Array(items)
      for (let index = 0; index < items; index++) memberList[fill[classOfItem[index]!]!++] = index
    }
    return [...memberList.subarray(memberStart[cls]!, memberStart[cls + 1]!)]
  }
  return {first, count, members}
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

/** Thrown inside the search to stop it when the links pass their budget. */
const OVER_BUDGET = Symbol('links over budget')

/**
 * The links among prepared items, or `undefined` as soon as there are more
 * than `perText` times the items looked at so far (the search goes item by
 * item, each with the earlier ones).
 */
function collectLinks(prepared: readonly Prepared[], threshold: number, perText: number): Links | undefined {
  const links: Links = {a: new Int32Array(1024), b: new Int32Array(1024), score: new Float64Array(1024), size: 0}
  try {
    forEachStoryCandidate(prepared, threshold, (a, b, score) => {
      if (score < threshold) return
      if (links.size === links.a.length) {
        if (links.size > perText * (b + 1)) throw OVER_BUDGET
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
  } catch (error) {
    if (error === OVER_BUDGET) return undefined
    throw error
  }
  return links
}

/**
 * Leader clustering over verified links, as if every item of a class were
 * its own item: repeatedly, the unclaimed class with the most links to
 * unclaimed items (then the most words, then the lowest index) claims
 * itself and its unclaimed neighbours. The items of a class are taken to
 * have its representative's neighbours, so they are claimed together and
 * counted, not listed: a class's open links are its unclaimed items (when
 * they link to its representative, `withinOf`) plus the unclaimed items of
 * the classes it links to. A max-heap with stale entries re-queued keeps
 * it at `O((classes + links) log classes)`.
 *
 * `ownScore(item)` is an item's score with its class's representative;
 * `joinScore(item, leader, score)` its score with the representative of
 * the class `leader` that claims it, `score` the link of the two classes,
 * or -1 when it does not link to it (it then joins no cluster).
 */
function leaderClusters(
  classes: Classes,
  linked: Links,
  wordsOf: (cls: number) => number,
  withinOf: (cls: number) => boolean,
  ownScore: (item: number) => number,
  joinScore: (item: number, leader: number, score: number) => number
): StoryCluster[] {
  const texts = classes.first.length
  const count = classes.count
  // Links of each class, as flat lists.
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
  const within = new Uint8Array(texts)
  for (let text = 0; text < texts; text++) {
    within[text] = withinOf(text) ? 1 : 0
    let links = within[text] ? count[text]! - 1 : 0
    for (let at = degree[text]!; at < degree[text + 1]!; at++) links += count[neighbour[at]!]!
    open[text] = links
  }
  const words = Float64Array.from({length: texts}, (_, text) => wordsOf(text))
  const heap = createLeaderHeap(open, words, classes.first)
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
    const representative = classes.first[leader]!
    const members: number[] = []
    const links: StoryPair[] = []
    const link = (member: number, score: number): void => {
      members.push(member)
      if (member !== representative) links.push(member < representative ? {a: member, b: representative, score} : {a: representative, b: member, score})
    }
    // The leader's items come along when they link to its representative; else only the leader is claimed.
    claimed[leader] = 1
    if (within[leader]) {
      for (const member of classes.members(leader)) link(member, ownScore(member))
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
      for (const member of classes.members(other)) {
        const score = joinScore(member, leader, linkScore[at]!)
        if (score >= 0) link(member, score)
      }
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
function createLeaderHeap(open: Float64Array, words: Float64Array, first: Int32Array): {push: (text: number, key: number) => void; pop: () => number; lastKey: number} {
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
