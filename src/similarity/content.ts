import type {Article} from '../types.js'
import {NOT_PLAIN, WordMemo, foldParts, plainWordHash, readWordSpans} from './word-reader.js'

export {foldParts, wrapperSpans} from './word-reader.js'

/**
 * What an article says, ready to compare: its text and its folded words,
 * each with where it stands in that text.
 */
export interface Content {
  /**
   * The text offsets refer to: a string as given, or an article's title and
   * paragraphs joined by blank lines (as `toNlcst` parses it).
   */
  text: string
  /** Folded words (see `foldWord`), wrappers left out. */
  words: string[]
  /** `starts[i]`, `ends[i]`: where `words[i]` stands in `text`. */
  starts: number[]
  ends: number[]
}

/**
 * Read what an article says, leaving its wrapper out: a wire dateline at the
 * start of a line (`ISTANBUL, July 23 (Reuters) -`), agency credits in
 * parentheses (`(Reuters)`, `(AP Photo/Jane Doe)`, `(Reporting by …)`), and
 * lines of page chrome (`Related Articles`, `Advertisement`). Words are
 * tokenized as retext-english does and folded with `foldWord`.
 *
 * @param item
 *   Text, or an article.
 * @param onWord
 *   Called with each word of `words`, in order, as it is read.
 * @returns
 *   The content.
 */
export function readContent(item: string | Article, onWord?: (word: string) => void): Content {
  const words: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  const text = scanContent(item, (word, start, end) => {
    words.push(word)
    starts.push(start)
    ends.push(end)
    if (onWord !== undefined) onWord(word)
  })
  return {text, words, starts, ends}
}

/**
 * The folded words of what an item says, as `readContent` finds them,
 * without their offsets: what fingerprints and shingle sets need, read
 * faster.
 *
 * @param item
 *   Text, or an article.
 * @returns
 *   Folded words, in order.
 */
export function readWords(item: string | Article): string[] {
  const words: string[] = []
  scanContent(item, (word) => {
    words.push(word)
  })
  return words
}

/** Hashes of the words of the last `readWordHashes` call; grown, never shrunk past `SPARE_WORDS`. */
let wordHashes = new Uint32Array(1024)
const SPARE_WORDS = 1 << 16
/** What the words that are not plain (see `plainWordHash`) fold and hash to. */
let memo = new WordMemo()

/**
 * The words of what an item says, as `readWords` reads them, each as its
 * 32-bit hash (`murmur3(word, SHINGLE_SEED)`, the hash shingles are built
 * from), without building the words: a plain word is folded and hashed in
 * place (`plainWordHash`), any other looked up by its raw characters in a
 * memo (`WordMemo`).
 *
 * @param item
 *   Text, or an article.
 * @returns
 *   `hashes.subarray(0, count)` are the word hashes, in order. The array is
 *   scratch space that the next call overwrites: copy what you keep.
 */
export function readWordHashes(item: string | Article): {hashes: Uint32Array; count: number} {
  const {text, count: words, starts, ends} = readWordSpans(item)
  if (memo.full) memo = new WordMemo()
  const known = memo
  let hashes = wordHashes
  let count = 0
  for (let word = 0; word < words; word++) {
    const start = starts[word]!
    const end = ends[word]!
    if (count === hashes.length) hashes = grownUint32(hashes, count + 1)
    const plain = plainWordHash(text, start, end)
    if (plain !== NOT_PLAIN) {
      hashes[count++] = plain
      continue
    }
    const entry = known.entryOf(text, start, end)
    const first = known.entryData[4 * entry + 2]!
    const parts = known.entryData[4 * entry + 3]!
    if (count + parts > hashes.length) hashes = grownUint32(hashes, count + parts)
    for (let part = first; part < first + parts; part++) hashes[count++] = known.partHashes[part]!
  }
  if (hashes.length <= SPARE_WORDS) wordHashes = hashes
  return {hashes, count}
}

function grownUint32(array: Uint32Array, least: number): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(Math.max(least, array.length * 2))
  grown.set(array)
  return grown
}

/** Tokenize, skip the wrapper, fold, and hand each word to `visit`. */
function scanContent(item: string | Article, visit: (word: string, start: number, end: number) => void): string {
  const {text, count, starts, ends} = readWordSpans(item)
  for (let word = 0; word < count; word++) {
    const start = starts[word]!
    const end = ends[word]!
    const raw = text.slice(start, end)
    let folded = foldedWords.get(raw)
    if (folded === undefined) {
      folded = foldParts(raw)
      if (foldedWords.size >= FOLD_CACHE_LIMIT) foldedWords.clear()
      foldedWords.set(raw, folded)
    }
    if (typeof folded === 'string') {
      if (folded.length > 0) visit(folded, start, end)
      continue
    }
    let offset = start
    for (const part of folded) {
      if (part.length > 0) visit(part, offset, offset + part.length)
      offset += part.length + 1
    }
  }
  return text
}

const FOLD_CACHE_LIMIT = 100_000
/**
 * Folded forms of the words seen, memoised: folding is much of reading a
 * text, and news vocabulary repeats. The cache holds only `foldParts`'s own
 * answers, so it changes speed, never results; it is emptied when full.
 */
const foldedWords = new Map<string, string | string[]>()
