import type {Article} from '../types.js'
import {readContent, type Content} from './content.js'
import {getDefaultCorpusStats, termIndexOf, type CorpusStats, type TermIndex} from './corpus-stats.js'
import {headlineWordCount} from './headline.js'
import {combine} from './hash.js'
import {DEFAULT_SHINGLE_SIZE, sortValues} from './shingle.js'
import {shippedDesign, type ScoreDesign, type StoryDesign} from './story-design.js'
import {NOT_A_TERM, readStoryWords} from './story-words.js'

/**
 * An item read once for comparing: its content, shingles, term weights and
 * headline. Terms the statistics list are numbers (`ids`, ascending, into
 * `index`); the others, rare names mostly, stay strings (`rare`, sorted),
 * so that comparing two items is a merge of sorted arrays.
 */
export interface Prepared {
  /**
   * What the item says, its words as strings with their offsets: read on
   * first use (explaining a score needs it; scoring does not).
   */
  readonly content: Content
  /** How many words it has (`content.words.length`). */
  words: number
  /** Sorted unique word 3-shingle hashes. */
  shingles: Uint32Array
  /** The statistics' term index that `ids` refer to. */
  index: TermIndex
  /** Ids of the listed terms, ascending, and their TF-IDF weights. */
  ids: Int32Array
  weights: Float64Array
  /** Terms the statistics do not list, sorted, and their TF-IDF weights. */
  rare: string[]
  rareWeights: Float64Array
  /** Norm of the whole term vector. */
  norm: number
  /** How many leading words are the headline (see `headlineWordCount`). */
  headlineWords: number
  /**
   * The headline's distinct listed terms (ascending ids) and rare terms
   * (sorted), each with its weight: its weight in the text's term vector
   * (or its idf alone, as the design says: see `StoryDesign`).
   */
  headlineIds: Int32Array
  headlineIdWeights: Float64Array
  headlineRare: string[]
  headlineRareWeights: Float64Array
  /** Sum of the headline terms' weights. */
  headlineWeight: number
}

/** Most rare terms sorted by insertion; more take the platform's sort. */
const RARE_INSERTION_SORT = 48

/** Term counts by id, all zero between calls; grown to the largest table seen. */
let counts = new Int32Array(0)
/** A bit per id: the ids of the text being read (see `orderIds`), all clear between calls. */
let seenIds = new Int32Array(0)
/** Set in a count of `counts` or `rareCounts` when the term is in the headline. */
const HEADLINE = 1 << 30
/** Scratch: the distinct ids of the text being read. */
let touched: Int32Array = new Int32Array(256)
/** Counts of rare terms by their code in the word memo (see `StoryWords`), all zero between calls. */
let rareCounts = new Int32Array(256)
/** Scratch: the distinct rare codes of the text being read. */
let rareTouched: Int32Array = new Int32Array(256)

/**
 * Articles prepared already, per article object: an article compared with
 * many others is read once. An entry is used only while the article still
 * has the same title and paragraphs and the same statistics are asked for;
 * entries go when their articles are collected.
 */
const preparedArticles = new WeakMap<Article, {stats: CorpusStats; title: string; paragraphs: string[]; prepared: Prepared}>()

/**
 * Read an item for comparison.
 *
 * Term weights are TF-IDF, `tf × idf` (the shipped design; see
 * `StoryDesign`), with the inverse document frequency from `stats`; a
 * headline term weighs what it weighs in that vector. Articles (objects) are read once and
 * remembered while they live and do not change (a `WeakMap` keyed by the
 * article); texts are read on every call (compare many pairs of texts by
 * preparing each once: see `storyScore`).
 *
 * @param item
 *   Text, or an article.
 * @param stats
 *   Corpus statistics (default: the bundled ones).
 * @param design
 *   Other choices than the shipped ones, for the design study (never
 *   remembered).
 * @returns
 *   The prepared item.
 */
export function prepare(item: string | Article, stats: CorpusStats = getDefaultCorpusStats(), design?: ScoreDesign): Prepared {
  if (design !== undefined) return prepareNew(item, stats, design)
  if (typeof item === 'string') return prepareNew(item, stats)
  const cached = preparedArticles.get(item)
  if (cached !== undefined && cached.stats === stats && cached.title === item.title && sameParagraphs(cached.paragraphs, item.paragraphs)) return cached.prepared
  const prepared = prepareNew(item, stats, design)
  preparedArticles.set(item, {stats, title: item.title, paragraphs: [...item.paragraphs], prepared})
  return prepared
}

/** Texts `prepareRemembered` keeps per statistics table: at most this many … */
const REMEMBERED_TEXTS = 1024
/** … of at most this many code units in all (about 4 MB of text; the prepared items take about as much again). */
const REMEMBERED_CHARACTERS = 1 << 21
/** Texts prepared already, per statistics object, and the code units they hold; emptied when full. */
const preparedTexts = new WeakMap<CorpusStats, {texts: Map<string, Prepared>; characters: number}>()

/**
 * `prepare` for `similarity`, which is often called with the same texts
 * again (one text against many, or every pair of a list): a text is read
 * once and remembered, in a table per statistics object of at most
 * `REMEMBERED_TEXTS` texts and `REMEMBERED_CHARACTERS` code units, emptied
 * when full. Texts are looked up by their characters, so an equal text
 * gets the item its first reading gave, which is what reading it again
 * gives: remembering changes speed, never results. Articles are remembered
 * by `prepare` (by the article object).
 *
 * @param item
 *   Text, or an article.
 * @param stats
 *   Corpus statistics (default: the bundled ones).
 * @returns
 *   The prepared item (shared: never change it).
 */
export function prepareRemembered(item: string | Article, stats: CorpusStats = getDefaultCorpusStats()): Prepared {
  if (typeof item !== 'string' || item.length > REMEMBERED_CHARACTERS >>> 4) return prepare(item, stats)
  let remembered = preparedTexts.get(stats)
  if (remembered === undefined) preparedTexts.set(stats, (remembered = {texts: new Map(), characters: 0}))
  let prepared = remembered.texts.get(item)
  if (prepared === undefined) {
    prepared = prepareNew(item, stats)
    if (remembered.texts.size >= REMEMBERED_TEXTS || remembered.characters + item.length > REMEMBERED_CHARACTERS) {
      remembered.texts.clear()
      remembered.characters = 0
    }
    remembered.texts.set(item, prepared)
    remembered.characters += item.length
  }
  return prepared
}

function sameParagraphs(kept: readonly string[], now: readonly string[]): boolean {
  if (kept.length !== now.length) return false
  for (let index = 0; index < kept.length; index++) if (kept[index] !== now[index]) return false
  return true
}

function prepareNew(item: string | Article, stats: CorpusStats, design: ScoreDesign = {}): Prepared {
  const termFrequency = termFrequencies[design.termFrequency ?? shippedDesign.termFrequency]
  const headlineByIdf = (design.headlineTermWeight ?? shippedDesign.headlineTermWeight) === 'idf'
  const index = termIndexOf(stats)
  const size = index.idf.length
  if (counts.length < size) {
    counts = new Int32Array(size)
    seenIds = new Int32Array((size + 31) >>> 5)
  }
  let distinct = 0
  let rareDistinct = 0
  const read = readStoryWords(item, index)
  const {terms, rareStems} = read
  const count = read.count
  if (rareCounts.length < rareStems.length) rareCounts = new Int32Array(Math.max(256, 2 * rareStems.length))
  for (let at = 0; at < count; at++) {
    const term = terms[at]!
    if (term >= 0) {
      const seen = counts[term]!
      if (seen === 0) {
        if (distinct === touched.length) touched = growInt32(touched)
        touched[distinct++] = term
        seenIds[term >>> 5]! |= 1 << (term & 31)
      }
      counts[term] = seen + 1
    } else if (term !== NOT_A_TERM) {
      const rare = -2 - term
      const seen = rareCounts[rare]!
      if (seen === 0) {
        if (rareDistinct === rareTouched.length) rareTouched = growInt32(rareTouched)
        rareTouched[rareDistinct++] = rare
      }
      rareCounts[rare] = seen + 1
    }
  }
  const headlineWords = headlineWordCount(item, read.text, count, read.starts, design.headlineWords)
  // Mark the headline's distinct terms in their counts (the `HEADLINE`
  // bit), so that the loops below, which take the terms in their order,
  // take the headline's in the same order.
  let headlineDistinct = 0
  let headlineRareDistinct = 0
  for (let position = 0; position < headlineWords; position++) {
    const term = terms[position]!
    if (term >= 0) {
      if ((counts[term]! & HEADLINE) === 0) {
        counts[term]! |= HEADLINE
        headlineDistinct++
      }
    } else if (term !== NOT_A_TERM && (rareCounts[-2 - term]! & HEADLINE) === 0) {
      rareCounts[-2 - term]! |= HEADLINE
      headlineRareDistinct++
    }
  }
  const shingleCount = shinglesOf(read.hashes, count)

  // One stretch of one buffer for every array of the item, cut from a slab
  // that a few items share (see `bufferFor`): the weights first, 8-byte
  // aligned, then the ids and the shingles.
  const floats = distinct + rareDistinct + headlineDistinct + headlineRareDistinct
  const bytes = 8 * floats + 4 * (distinct + headlineDistinct + shingleCount)
  const buffer = bufferFor(bytes)
  let offset = slabOffset
  const weights = new Float64Array(buffer, offset, distinct)
  const rareWeights = new Float64Array(buffer, (offset += 8 * distinct), rareDistinct)
  const headlineIdWeights = new Float64Array(buffer, (offset += 8 * rareDistinct), headlineDistinct)
  const headlineRareWeights = new Float64Array(buffer, (offset += 8 * headlineDistinct), headlineRareDistinct)
  const ids = new Int32Array(buffer, (offset += 8 * headlineRareDistinct), distinct)
  const headlineIds = new Int32Array(buffer, (offset += 4 * distinct), headlineDistinct)
  const shingles = new Uint32Array(buffer, (offset += 4 * headlineDistinct), shingleCount)
  shingles.set(shingleScratch.subarray(0, shingleCount))
  if (shingleScratch.length > SPARE_SHINGLES) shingleScratch = new Uint32Array(1024)
  orderIds(ids, size)
  let headlineWeight = 0
  let sum = 0
  let headline = 0
  for (let at = 0; at < distinct; at++) {
    const id = ids[at]!
    const marked = counts[id]!
    const weight = termFrequency(marked & ~HEADLINE) * index.idf[id]!
    counts[id] = 0
    weights[at] = weight
    sum += weight * weight
    if ((marked & HEADLINE) !== 0) {
      headlineIds[headline] = id
      headlineIdWeights[headline] = headlineByIdf ? index.idf[id]! : weight
      headlineWeight += headlineIdWeights[headline++]!
    }
  }
  // Rare terms in the order of their stems, as strings compare: by their
  // first three code units (the memo's `rareKeys`), then, where those are
  // the same, as strings. Rare terms are few in a text (a dozen or so), and
  // distinct: an insertion sort of their codes, in place, gives the one
  // order there is; many take the platform's sort.
  const keys = read.rareKeys
  const rareOrder = rareTouched
  if (rareDistinct > RARE_INSERTION_SORT) {
    const sorted = Array.from(rareOrder.subarray(0, rareDistinct)).sort((x, y) => (rareBefore(keys, rareStems, x, y) ? -1 : 1))
    rareOrder.set(sorted)
  }
  for (let at = 1; at < rareDistinct && rareDistinct <= RARE_INSERTION_SORT; at++) {
    const code = rareOrder[at]!
    let before = at - 1
    while (before >= 0 && rareBefore(keys, rareStems, code, rareOrder[before]!)) {
      rareOrder[before + 1] = rareOrder[before]!
      before--
    }
    rareOrder[before + 1] = code
  }
  const rare: string[] = []
  const headlineRare: string[] = []
  headline = 0
  for (let at = 0; at < rareDistinct; at++) {
    const code = rareOrder[at]!
    const marked = rareCounts[code]!
    const weight = termFrequency(marked & ~HEADLINE) * index.unseenIdf
    rareCounts[code] = 0
    rare.push(rareStems[code]!)
    rareWeights[at] = weight
    sum += weight * weight
    if ((marked & HEADLINE) !== 0) {
      headlineRare.push(rareStems[code]!)
      headlineRareWeights[headline] = headlineByIdf ? index.unseenIdf : weight
      headlineWeight += headlineRareWeights[headline++]!
    }
  }

  return new PreparedItem(read.text, count, shingles, index, ids, weights, rare, rareWeights, Math.sqrt(sum), headlineWords, headlineIds, headlineIdWeights, headlineRare, headlineRareWeights, headlineWeight)
}

/** Whether rare stem `x` comes before rare stem `y` (`stems[x] < stems[y]`). */
function rareBefore(keys: Float64Array, stems: readonly string[], x: number, y: number): boolean {
  const keyX = keys[x]!
  const keyY = keys[y]!
  return keyX < keyY || (keyX === keyY && stems[x]! < stems[y]!)
}

/**
 * Buffers of up to a quarter of this are cut from shared slabs: allocating
 * a buffer costs as much as preparing a tenth of a text, so a few items
 * share one (and a slab lives while any of its items does: at most about
 * four items' worth of memory for one item kept).
 */
const SLAB = 1 << 14
let slab = new ArrayBuffer(0)
let slabUsed = 0
/** Where the last buffer of `bufferFor` starts in it. */
let slabOffset = 0

/**
 * A buffer holding `bytes` bytes from `slabOffset` on, all zero: a new one
 * for a large item, else the current slab (or a new slab, when it is full).
 */
function bufferFor(bytes: number): ArrayBuffer {
  if (bytes > SLAB >>> 2) {
    slabOffset = 0
    return new ArrayBuffer(bytes)
  }
  // Keep every start 8-byte aligned, for the weights.
  const size = (bytes + 7) & ~7
  if (slabUsed + size > slab.byteLength) {
    slab = new ArrayBuffer(SLAB)
    slabUsed = 0
  }
  slabOffset = slabUsed
  slabUsed += size
  return slab
}

/**
 * Put the `ids.length` distinct ids of `touched` into `ids`, ascending, and
 * clear their bits in `seenIds`. The ids of a text are a few hundred of a
 * table of thousands: reading them off the bits in order costs less than
 * sorting them, unless the table is much larger than the text.
 */
function orderIds(ids: Int32Array, size: number): void {
  const distinct = ids.length
  const words = (size + 31) >>> 5
  if (words > 4 * distinct + 64) {
    for (let at = 0; at < distinct; at++) {
      const id = touched[at]!
      ids[at] = id
      seenIds[id >>> 5] = 0
    }
    // Ids run from 0 to the table size: sort by their own range of bits.
    sortValues(ids, distinct, 32 - Math.clz32(size))
    return
  }
  let at = 0
  for (let word = 0; word < words && at < distinct; word++) {
    let bits = seenIds[word]!
    if (bits === 0) continue
    seenIds[word] = 0
    while (bits !== 0) {
      const lowest = bits & -bits
      ids[at++] = (word << 5) | (31 - Math.clz32(lowest))
      bits ^= lowest
    }
  }
}

/**
 * A prepared item as a class, so that every one has the same shape (the
 * comparison loops stay monomorphic) while `content` is read on first use:
 * from the text the item had when it was prepared, not from the item,
 * which may change.
 */
class PreparedItem implements Prepared {
  #text: string
  #content: Content | undefined
  constructor(
    text: string,
    public words: number,
    public shingles: Uint32Array,
    public index: TermIndex,
    public ids: Int32Array,
    public weights: Float64Array,
    public rare: string[],
    public rareWeights: Float64Array,
    public norm: number,
    public headlineWords: number,
    public headlineIds: Int32Array,
    public headlineIdWeights: Float64Array,
    public headlineRare: string[],
    public headlineRareWeights: Float64Array,
    public headlineWeight: number
  ) {
    this.#text = text
  }

  get content(): Content {
    return (this.#content ??= readContent(this.#text))
  }
}

/** Sublinear term frequency, `1 + ln tf`, from a table for the usual counts. */
function sublinear(count: number): number {
  return count < SUBLINEAR.length ? SUBLINEAR[count]! : 1 + Math.log(count)
}
const SUBLINEAR = Float64Array.from({length: 64}, (_, count) => (count === 0 ? 0 : 1 + Math.log(count)))
const termFrequencies: Record<StoryDesign['termFrequency'], (count: number) => number> = {raw: (count) => count, sublinear}

function growInt32(array: Int32Array): Int32Array {
  const grown = new Int32Array(Math.max(256, array.length * 2))
  grown.set(array)
  return grown
}

/** Scratch: the shingles of the text being read; kept while at most `SPARE_SHINGLES` long. */
let shingleScratch = new Uint32Array(1024)
const SPARE_SHINGLES = 1 << 16

/**
 * The shingle set of a text from its words' hashes: what `shingleHashes`
 * gives for its words (word 3-shingles chained with `combine`, sorted,
 * unique), without hashing each word again, in `shingleScratch`. The
 * chaining is `shingleHashes`'s; `test/prepare.test.ts` holds the two equal.
 *
 * @returns
 *   How many distinct shingles: `shingleScratch.subarray(0, n)`.
 */
function shinglesOf(hashes: Uint32Array, count: number): number {
  if (count === 0) return 0
  const width = Math.min(DEFAULT_SHINGLE_SIZE, count)
  const length = count - width + 1
  if (shingleScratch.length < length) shingleScratch = new Uint32Array(Math.max(length, 2 * shingleScratch.length))
  const shingles = shingleScratch
  for (let start = 0; start < length; start++) {
    let hash = hashes[start]!
    for (let offset = 1; offset < width; offset++) hash = combine(hash, hashes[start + offset]!)
    shingles[start] = hash
  }
  sortValues(shingles, length)
  let write = length < 2 ? length : 1
  for (let read = 1; read < length; read++) if (shingles[read] !== shingles[write - 1]) shingles[write++] = shingles[read]!
  return write
}

/**
 * Cosine of two prepared items' term vectors. Symmetric to the last bit:
 * the dot product runs over the sorted terms, whichever item comes first.
 *
 * @param a
 *   Prepared item.
 * @param b
 *   Prepared item, prepared with the same statistics.
 * @returns
 *   Cosine in `[0, 1]`; 0 when either has no weighted term.
 */
export function termCosine(a: Prepared, b: Prepared): number {
  if (a.norm === 0 || b.norm === 0) return 0
  let dot = 0
  forEachSharedTerm(a, b, (weightA, weightB) => {
    dot += weightA * weightB
  })
  // Normalise in a fixed order (smaller norm first) so that a·b and b·a
  // divide identically.
  const low = Math.min(a.norm, b.norm)
  const high = Math.max(a.norm, b.norm)
  return Math.min(1, dot / low / high)
}

/**
 * Call `visit` for every term two prepared items share, listed terms by
 * ascending id, then rare terms in sorted order (the same order whichever
 * item comes first), with the term's weight in each.
 *
 * @param a
 *   Prepared item.
 * @param b
 *   Prepared item, prepared with the same statistics.
 * @param visit
 *   Called with the weights in `a` and `b`, and the term (an id or a rare term).
 */
export function forEachSharedTerm(a: Prepared, b: Prepared, visit: (weightA: number, weightB: number, term: number | string) => void): void {
  let i = 0
  let j = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!
    const y = b.ids[j]!
    if (x === y) visit(a.weights[i++]!, b.weights[j++]!, x)
    else if (x < y) i++
    else j++
  }
  i = 0
  j = 0
  while (i < a.rare.length && j < b.rare.length) {
    const x = a.rare[i]!
    const y = b.rare[j]!
    if (x === y) visit(a.rareWeights[i++]!, b.rareWeights[j++]!, x)
    else if (x < y) i++
    else j++
  }
}

/**
 * Share of `a`'s headline terms, weighed by idf, that occur anywhere in
 * `b`.
 *
 * @param a
 *   Prepared item whose headline is looked for.
 * @param b
 *   Prepared item looked in, prepared with the same statistics.
 * @returns
 *   The share in `[0, 1]`; 0 when `a`'s headline has no weighted term.
 */
export function headlineShare(a: Prepared, b: Prepared): number {
  if (a.headlineWeight === 0) return 0
  let found = 0
  for (let at = 0; at < a.headlineIds.length; at++) if (hasId(b.ids, a.headlineIds[at]!)) found += a.headlineIdWeights[at]!
  for (let at = 0; at < a.headlineRare.length; at++) if (hasTerm(b.rare, a.headlineRare[at]!)) found += a.headlineRareWeights[at]!
  return Math.min(1, found / a.headlineWeight)
}

/**
 * Whether sorted `ids` hold `id` (binary search).
 *
 * @param ids
 *   Ascending ids.
 * @param id
 *   Id looked for.
 */
export function hasId(ids: Int32Array, id: number): boolean {
  return idIndex(ids, id) !== -1
}

/**
 * Where ascending `ids` hold `id` (binary search), or -1.
 *
 * @param ids
 *   Ascending ids.
 * @param id
 *   Id looked for.
 * @param from
 *   First index looked at (default 0).
 * @param to
 *   End of the indices looked at, exclusive (default `ids.length`).
 * @returns
 *   Its index, or -1.
 */
export function idIndex(ids: Int32Array, id: number, from = 0, to = ids.length): number {
  let low = from
  let high = to - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const value = ids[middle]!
    if (value === id) return middle
    if (value < id) low = middle + 1
    else high = middle - 1
  }
  return -1
}

/**
 * Whether sorted `terms` hold `term` (binary search).
 *
 * @param terms
 *   Sorted terms.
 * @param term
 *   Term looked for.
 */
export function hasTerm(terms: readonly string[], term: string): boolean {
  return sortedIndex(terms, term) !== -1
}

/** Where sorted `terms` hold `term` (binary search), or -1. */
function sortedIndex(terms: readonly string[], term: string): number {
  let low = 0
  let high = terms.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const value = terms[middle]!
    if (value === term) return middle
    if (value < term) low = middle + 1
    else high = middle - 1
  }
  return -1
}
