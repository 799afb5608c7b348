import type {Article} from '../types.js'
import {articleText} from '../article-text.js'
import {foldParts, wrapperSpans} from './content.js'
import type {TermIndex} from './corpus-stats.js'
import {murmur3} from './hash.js'
import {SHINGLE_SEED} from './shingle.js'
import {wordTerm} from './terms.js'
import {forEachWord} from './tokenize.js'

/** A folded word that is no term: a stop word, or no letter or digit. */
export const NOT_A_TERM = -1

/**
 * The words of what an item says, as `readContent` reads them (the same
 * words, wrappers left out, folded, split at `-` and `/`), each as what the
 * story score needs of it: its term and its shingle hash, and where it
 * starts. Words are never built as strings: each raw word is looked up by
 * its characters, in place, in a memo per statistics table (see
 * `WordMemo`).
 *
 * `terms[i]` is a listed term's id, `NOT_A_TERM`, or `-2 - k` for the rare
 * term `rareStems[k]` (a stem the statistics do not list); `hashes[i]` is
 * `murmur3(word, SHINGLE_SEED)`; `starts[i]` the word's offset in `text`.
 * The arrays are scratch space that the next call overwrites.
 */
export interface StoryWords {
  text: string
  count: number
  terms: Int32Array
  hashes: Uint32Array
  starts: Int32Array
  rareStems: readonly string[]
}

/**
 * Per statistics table, what each raw word (as written) is: its folded
 * parts' terms, shingle hashes and offsets from the word's start. An
 * open-addressing table keyed by a hash of the raw characters, each entry
 * keeping its characters to compare on a hit, so the memo changes speed,
 * never results. Emptied when it holds `MEMO_LIMIT` words.
 */
interface WordMemo {
  /** Two numbers a slot: the key (hash of the characters) and the entry, -1 when free. */
  slots: Int32Array
  entries: number
  /** Four numbers an entry: start of its characters in `pool`, their count, its first part, its part count. */
  entryData: Int32Array
  pool: Uint16Array
  poolLength: number
  partTerms: Int32Array
  partHashes: Uint32Array
  partOffsets: Int32Array
  parts: number
  rareStems: string[]
  rareIds: Map<string, number>
}

/** Raw words, and their characters, a memo holds before it starts afresh (about 10 MB at most). */
const MEMO_LIMIT = 200_000
const POOL_LIMIT = 1 << 22
const memos = new WeakMap<TermIndex, WordMemo>()

let terms: Int32Array = new Int32Array(1024)
let hashes: Uint32Array = new Uint32Array(1024)
let starts: Int32Array = new Int32Array(1024)

/**
 * Read the words of an item for the story score (see `StoryWords`).
 *
 * @param item
 *   Text, or an article.
 * @param index
 *   The statistics' term index.
 * @returns
 *   The words; scratch arrays, valid until the next call.
 */
export function readStoryWords(item: string | Article, index: TermIndex): StoryWords {
  let memo = memos.get(index)
  if (memo === undefined || memo.entries >= MEMO_LIMIT || memo.poolLength >= POOL_LIMIT) memos.set(index, (memo = createMemo()))
  const text = articleText(item)
  const skipped = wrapperSpans(text)
  let skipIndex = 0
  let count = 0
  const words = memo
  forEachWord(text, (start, end) => {
    while (skipIndex < skipped.length && skipped[skipIndex]!.end <= start) skipIndex++
    const skip = skipped[skipIndex]
    if (skip && skip.start <= start) return
    const entry = entryOf(words, text, start, end, index)
    const data = words.entryData
    const first = data[4 * entry + 2]!
    const partCount = data[4 * entry + 3]!
    if (count + partCount > terms.length) grow(count + partCount)
    for (let part = first; part < first + partCount; part++) {
      terms[count] = words.partTerms[part]!
      hashes[count] = words.partHashes[part]!
      starts[count++] = start + words.partOffsets[part]!
    }
  })
  return {text, count, terms, hashes, starts, rareStems: memo.rareStems}
}

function grow(size: number): void {
  const length = Math.max(size, terms.length * 2)
  const grownTerms = new Int32Array(length)
  grownTerms.set(terms)
  terms = grownTerms
  const grownHashes = new Uint32Array(length)
  grownHashes.set(hashes)
  hashes = grownHashes
  const grownStarts = new Int32Array(length)
  grownStarts.set(starts)
  starts = grownStarts
}

function createMemo(): WordMemo {
  return {
    slots: new Int32Array(2 * 4096).fill(-1),
    entries: 0,
    entryData: new Int32Array(4 * 1024),
    pool: new Uint16Array(8192),
    poolLength: 0,
    partTerms: new Int32Array(1024),
    partHashes: new Uint32Array(1024),
    partOffsets: new Int32Array(1024),
    parts: 0,
    rareStems: [],
    rareIds: new Map()
  }
}

/** The memo entry of the raw word `text[start, end)`, made on first sight. */
function entryOf(memo: WordMemo, text: string, start: number, end: number, index: TermIndex): number {
  const length = end - start
  let key = 0x81_1c_9d_c5 ^ length
  for (let at = start; at < end; at++) key = Math.imul(key ^ text.charCodeAt(at), 0x01_00_01_93)
  key ^= key >>> 15
  const slots = memo.slots
  const mask = (slots.length >>> 1) - 1
  const data = memo.entryData
  const pool = memo.pool
  let slot = key & mask
  for (;;) {
    const entry = slots[2 * slot + 1]!
    if (entry === -1) break
    if (slots[2 * slot] === key && data[4 * entry + 1] === length) {
      const from = data[4 * entry]! - start
      let at = start
      while (at < end && pool[from + at] === text.charCodeAt(at)) at++
      if (at === end) return entry
    }
    slot = (slot + 1) & mask
  }
  return learn(memo, text, start, end, key, index)
}

/** Fold a raw word once and remember its parts. */
function learn(memo: WordMemo, text: string, start: number, end: number, key: number, index: TermIndex): number {
  const length = end - start
  const entry = memo.entries++
  if (4 * memo.entries > memo.entryData.length) memo.entryData = grownInt32(memo.entryData, 4 * memo.entries)
  if (memo.poolLength + length > memo.pool.length) {
    const pool = new Uint16Array(Math.max(memo.pool.length * 2, memo.poolLength + length))
    pool.set(memo.pool)
    memo.pool = pool
  }
  for (let at = 0; at < length; at++) memo.pool[memo.poolLength + at] = text.charCodeAt(start + at)
  // The parts as `readContent` visits them: empty parts are skipped but
  // move the offset on, past their separator.
  const folded = foldParts(text.slice(start, end))
  const parts = typeof folded === 'string' ? [folded] : folded
  const firstPart = memo.parts
  let offset = 0
  for (const part of parts) {
    if (part.length > 0) {
      if (memo.parts === memo.partTerms.length) {
        memo.partTerms = grownInt32(memo.partTerms, memo.parts + 1)
        const partHashes = new Uint32Array(memo.partTerms.length)
        partHashes.set(memo.partHashes)
        memo.partHashes = partHashes
        memo.partOffsets = grownInt32(memo.partOffsets, memo.parts + 1)
      }
      memo.partTerms[memo.parts] = termCode(memo, part, index)
      memo.partHashes[memo.parts] = murmur3(part, SHINGLE_SEED)
      memo.partOffsets[memo.parts++] = offset
    }
    offset += part.length + 1
  }
  const data = memo.entryData
  data[4 * entry] = memo.poolLength
  data[4 * entry + 1] = length
  data[4 * entry + 2] = firstPart
  data[4 * entry + 3] = memo.parts - firstPart
  memo.poolLength += length
  // Keep the table at most half full.
  if (2 * memo.entries > memo.slots.length >>> 1) rehash(memo)
  else place(memo.slots, key, entry)
  return entry
}

function place(slots: Int32Array, key: number, entry: number): void {
  const mask = (slots.length >>> 1) - 1
  let slot = key & mask
  while (slots[2 * slot + 1] !== -1) slot = (slot + 1) & mask
  slots[2 * slot] = key
  slots[2 * slot + 1] = entry
}

/** Double the table and put every entry back (keys are recomputed from the pool). */
function rehash(memo: WordMemo): void {
  const slots = new Int32Array(memo.slots.length * 2).fill(-1)
  const data = memo.entryData
  for (let entry = 0; entry < memo.entries; entry++) {
    const from = data[4 * entry]!
    const length = data[4 * entry + 1]!
    let key = 0x81_1c_9d_c5 ^ length
    for (let at = from; at < from + length; at++) key = Math.imul(key ^ memo.pool[at]!, 0x01_00_01_93)
    key ^= key >>> 15
    place(slots, key, entry)
  }
  memo.slots = slots
}

function grownInt32(array: Int32Array, least: number): Int32Array {
  const grown = new Int32Array(Math.max(least, array.length * 2))
  grown.set(array)
  return grown
}

/** A folded word's term code (see `StoryWords`). */
function termCode(memo: WordMemo, word: string, index: TermIndex): number {
  const stem = wordTerm(word)
  if (stem === undefined) return NOT_A_TERM
  const id = index.ids.get(stem)
  if (id !== undefined) return id
  let rare = memo.rareIds.get(stem)
  if (rare === undefined) {
    rare = memo.rareStems.length
    memo.rareStems.push(stem)
    memo.rareIds.set(stem, rare)
  }
  return -2 - rare
}
