import type {Article} from '../types.js'
import type {TermIndex} from './corpus-stats.js'
import {wordTerm} from './terms.js'
import {FIRST_PART, HASH, OFFSET, PARTS, TERM, WordMemo, readWordSpans} from './word-reader.js'

export {NOT_A_TERM} from './word-reader.js'

/**
 * The words of what an item says, as `readContent` reads them (the same
 * words, wrappers left out, folded, split at `-` and `/`), each as what the
 * story score needs of it: its term and its shingle hash, and where it
 * starts. Words are never built as strings: each raw word is looked up by
 * its characters, in place, in a memo per statistics table (see
 * `WordMemo`, which `readWordHashes` shares).
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
  /** Sort keys of `rareStems` (see `WordMemo.rareKeys`). */
  rareKeys: Float64Array
}

/** One memo per statistics table (see `WordMemo`), started afresh when full. */
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
  if (memo === undefined || memo.full) memos.set(index, (memo = new WordMemo(index, wordTerm)))
  const spans = readWordSpans(item)
  const {text, starts: wordStarts, ends: wordEnds} = spans
  let count = 0
  for (let word = 0; word < spans.count; word++) {
    const start = wordStarts[word]!
    const at = memo.recordOf(text, start, wordEnds[word]!)
    const records = memo.records
    const partCount = records[at + PARTS]!
    if (count + partCount > terms.length) grow(count + partCount)
    if (partCount === 1) {
      terms[count] = records[at + TERM]!
      hashes[count] = records[at + HASH]!
      starts[count++] = start + records[at + OFFSET]!
      continue
    }
    const first = records[at + FIRST_PART]!
    for (let part = first; part < first + partCount; part++) {
      terms[count] = memo.partTerms[part]!
      hashes[count] = memo.partHashes[part]!
      starts[count++] = start + memo.partOffsets[part]!
    }
  }
  return {text, count, terms, hashes, starts, rareStems: memo.rareStems, rareKeys: memo.rareKeys}
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
