import type {Article, Span} from '../types.js'
import {articleText} from '../article-text.js'
import {isChromeLine} from '../split/cues.js'
import {datelineSpan} from './dateline-span.js'
import {foldWord} from './fold.js'
import {finalMix, murmur3} from './hash.js'
import {SHINGLE_SEED} from './shingle.js'
import {forEachWord} from './tokenize.js'

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

/**
 * The words of what an item says, as `readWords` reads them, each as its
 * 32-bit hash (`murmur3(word, SHINGLE_SEED)`, the hash shingles are built
 * from), without building the words: the hash of a folded word is looked up
 * by the characters of the raw word, in place (see `foldedHashes`).
 *
 * @param item
 *   Text, or an article.
 * @returns
 *   `hashes.subarray(0, count)` are the word hashes, in order. The array is
 *   scratch space that the next call overwrites: copy what you keep.
 */
export function readWordHashes(item: string | Article): {hashes: Uint32Array; count: number} {
  const text = articleText(item)
  const skipped = wrapperSpans(text)
  let skipIndex = 0
  let hashes = wordHashes
  let count = 0
  forEachWord(text, (start, end) => {
    while (skipIndex < skipped.length && skipped[skipIndex]!.end <= start) skipIndex++
    const skip = skipped[skipIndex]
    if (skip && skip.start <= start) return
    const entry = foldedEntry(text, start, end)
    const parts = entryData![4 * entry + 2]!
    if (count + parts > hashes.length) {
      const grown = new Uint32Array(Math.max(hashes.length * 2, count + parts))
      grown.set(hashes.subarray(0, count))
      hashes = grown
    }
    if (parts === 1) hashes[count++] = entryData![4 * entry + 3]!
    else if (parts > 1) for (const hash of entryMany[entry]!) hashes[count++] = hash
  })
  if (hashes.length <= SPARE_WORDS) wordHashes = hashes
  return {hashes, count}
}

// The memo of `readWordHashes`: raw word (as written) → hashes of its folded
// parts. An open-addressing table keyed by a hash of the raw characters;
// each entry keeps its raw characters, compared one by one on a hit, so the
// memo changes speed, never results. Sized for the vocabulary of a large
// news corpus (Reuters-21578 and BBC hold about 120,000 distinct raw words);
// emptied when full. About 4 MB once used, nothing before.
const WORD_SLOTS = 1 << 18
const WORD_ENTRIES = WORD_SLOTS >>> 1
const POOL_LIMIT = 1 << 21
/**
 * Two numbers a slot, kept side by side so that a probe touches one cache
 * line: the key (the raw characters' hash) and the entry, -1 when free.
 */
let slots: Int32Array | undefined
let entries = 0
/**
 * Four numbers an entry: where its raw characters start in `pool`, how
 * many they are, its folded parts (0 for a lone apostrophe, 1 for most
 * words, more for `Putin-Zelenskyy`), and the hash of a word of one part.
 */
let entryData: Int32Array | undefined
/** The hashes of an entry of several parts. */
let entryMany: Array<Uint32Array | undefined> = []
let pool = new Uint16Array(0)
let poolLength = 0

/** The memo entry of the word `text[start, end)`, made on first sight. */
function foldedEntry(text: string, start: number, end: number): number {
  const length = end - start
  let key = 0x81_1c_9d_c5 ^ length
  for (let index = start; index < end; index++) key = Math.imul(key ^ text.charCodeAt(index), 0x01_00_01_93)
  key = finalMix(key) | 0
  if (slots === undefined) {
    slots = new Int32Array(2 * WORD_SLOTS).fill(-1)
    entryData = new Int32Array(4 * WORD_ENTRIES)
    pool = new Uint16Array(1 << 16)
  }
  const table = slots
  const data = entryData!
  const chars = pool
  let slot = key & (WORD_SLOTS - 1)
  for (;;) {
    const entry = table[2 * slot + 1]!
    if (entry === -1) break
    if (table[2 * slot] === key && data[4 * entry + 1] === length) {
      const from = data[4 * entry]! - start
      let offset = start
      while (offset < end && chars[from + offset] === text.charCodeAt(offset)) offset++
      if (offset === end) return entry
    }
    slot = (slot + 1) & (WORD_SLOTS - 1)
  }
  if (entries >= WORD_ENTRIES || poolLength + length > POOL_LIMIT) {
    table.fill(-1)
    entries = 0
    poolLength = 0
    entryMany = []
    return foldedEntry(text, start, end)
  }
  if (poolLength + length > pool.length) {
    const grown = new Uint16Array(Math.max(pool.length * 2, poolLength + length))
    grown.set(pool.subarray(0, poolLength))
    pool = grown
  }
  for (let index = 0; index < length; index++) pool[poolLength + index] = text.charCodeAt(start + index)
  const folded = foldParts(text.slice(start, end))
  const parts = (typeof folded === 'string' ? [folded] : folded).filter((part) => part.length > 0)
  const entry = entries++
  data[4 * entry] = poolLength
  data[4 * entry + 1] = length
  data[4 * entry + 2] = parts.length
  data[4 * entry + 3] = parts.length === 1 ? murmur3(parts[0]!, SHINGLE_SEED) : 0
  poolLength += length
  if (parts.length > 1) entryMany[entry] = Uint32Array.from(parts, (part) => murmur3(part, SHINGLE_SEED))
  table[2 * slot] = key
  table[2 * slot + 1] = entry
  return entry
}

/** Tokenize, skip the wrapper, fold, and hand each word to `visit`. */
function scanContent(item: string | Article, visit: (word: string, start: number, end: number) => void): string {
  const text = articleText(item)
  const skipped = wrapperSpans(text)
  let skipIndex = 0
  forEachWord(text, (start, end) => {
    while (skipIndex < skipped.length && skipped[skipIndex]!.end <= start) skipIndex++
    const skip = skipped[skipIndex]
    if (skip && skip.start <= start) return
    const raw = text.slice(start, end)
    let folded = foldedWords.get(raw)
    if (folded === undefined) {
      folded = foldParts(raw)
      if (foldedWords.size >= FOLD_CACHE_LIMIT) foldedWords.clear()
      foldedWords.set(raw, folded)
    }
    if (typeof folded === 'string') {
      if (folded.length > 0) visit(folded, start, end)
      return
    }
    let offset = start
    for (const part of folded) {
      if (part.length > 0) visit(part, offset, offset + part.length)
      offset += part.length + 1
    }
  })
  return text
}

const FOLD_CACHE_LIMIT = 100_000
/**
 * Folded forms of the words seen, memoised: folding is much of reading a
 * text, and news vocabulary repeats. The cache holds only `foldParts`'s own
 * answers, so it changes speed, never results; it is emptied when full.
 */
const foldedWords = new Map<string, string | string[]>()

/**
 * A word folded (`foldWord`), or its folded parts when it holds `-` or `/`:
 * `Putin-Zelenskyy` and `Russia-Ukraine` compare by their parts, since
 * other outlets write them apart (empty parts kept, for the offsets).
 */
export function foldParts(raw: string): string | string[] {
  const word = foldWord(raw)
  if (!word.includes('-') && !word.includes('/')) return word
  return word.split(/[-/]/)
}

/** Credits in parentheses: agencies and wire sign-offs. */
const CREDIT = /\((?:(?:AP|AFP|AAP|Reuters|Getty|EPA|Bloomberg|dpa|Xinhua|PA|Anadolu)(?: ?(?:Photo|Images|Video|Wire))?(?: ?\/[^()\n]{0,80})?|(?:Reporting|Writing|Editing|Additional reporting|Compiled|Written|Produced) by [^()\n]{1,300})\)/g
/** Page chrome is short: longer lines are prose. */
const MAX_CHROME_LINE = 80
/** Every cue line of the list but a few patterns fits in this. */
const SHORT_CHROME_LINE = 48
/** Wire datelines open a story: only the first few paragraphs are looked at. */
const DATELINE_PARAGRAPHS = 3

/**
 * Spans of `text` that are wrapper, sorted: chrome lines, datelines at the
 * start of one of the first paragraphs (the first two lines, or a line after
 * a blank one), and credits in parentheses.
 */
export function wrapperSpans(text: string): Span[] {
  const spans: Span[] = []
  let lineStart = 0
  let paragraphs = 0
  let lines = 0
  let previousBlank = true
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd)
    const trimmed = line.trim()
    const blank = trimmed.length === 0
    if (!blank) {
      lines++
      // A title and its body may stand on consecutive lines.
      const opensParagraph = previousBlank || lines <= 2
      if (opensParagraph) paragraphs++
      // Cue lines are short (`Related Articles`, `Explore what … can do for
      // you:`); a longer one (a copyright or hashtag line) stands apart from
      // prose, after a blank line. The rest of a wrapped paragraph is never
      // tested, which keeps fingerprinting fast.
      if ((trimmed.length <= SHORT_CHROME_LINE || (opensParagraph && trimmed.length <= MAX_CHROME_LINE)) && isChromeLine(trimmed)) {
        spans.push({start: lineStart, end: lineEnd})
      } else {
        if (opensParagraph && paragraphs <= DATELINE_PARAGRAPHS) {
          const dateline = datelineSpan(line)
          if (dateline) spans.push({start: lineStart + dateline[0], end: lineStart + dateline[1]})
        }
        if (line.includes('(')) {
          for (const match of line.matchAll(CREDIT)) {
            spans.push({start: lineStart + match.index, end: lineStart + match.index + match[0].length})
          }
        }
      }
    }
    previousBlank = blank
    lineStart = lineEnd + 1
  }
  return spans.sort((a, b) => a.start - b.start)
}
