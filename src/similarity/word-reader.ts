import type {Article, Span} from '../types.js'
import {articleText} from '../article-text.js'
import {isChromeLine} from '../split/cues.js'
import type {TermIndex} from './corpus-stats.js'
import {datelineSpan} from './dateline-span.js'
import {foldWord, variantSpellings} from './fold.js'
import {finalMix, murmur3, murmurBlock, murmurFinal, murmurTail} from './hash.js'
import {SHINGLE_SEED} from './shingle.js'
import {forEachWord} from './tokenize.js'

/**
 * The one word reader of fingerprints, duplicates and the story score:
 * tokenize as retext-english does, leave the wrapper out, and fold and hash
 * each word in place, without building it as a string where that can be
 * avoided. `readContent`, `readWordHashes` (fingerprints) and
 * `readStoryWords` (the story score) are built on it, so they read the same
 * words by construction.
 */

/** The words of one text, as `readWordSpans` leaves them. */
export interface WordSpans {
  /** The text offsets refer to (see `articleText`). */
  text: string
  /** Words read. */
  count: number
  /** `text.slice(starts[i], ends[i])` is raw word `i`: scratch arrays, valid until the next call. */
  starts: Int32Array
  ends: Int32Array
}

let spanStarts = new Int32Array(1024)
let spanEnds = new Int32Array(1024)
/** Arrays of at most this many words are kept between calls; longer ones go. */
const SPARE_WORDS = 1 << 16

/**
 * The raw words of what an item says: every word retext-english finds
 * (`forEachWord`) but those of its wrapper (see `wrapperSpans`), in order,
 * as offsets, unfolded.
 *
 * @param item
 *   Text, or an article.
 * @returns
 *   The words' offsets, in scratch arrays that the next call overwrites.
 */
export function readWordSpans(item: string | Article): WordSpans {
  const text = articleText(item)
  const skipped = wrapperSpans(text)
  let skipIndex = 0
  let skipStart = skipped.length > 0 ? skipped[0]!.start : Number.POSITIVE_INFINITY
  let skipEnd = skipped.length > 0 ? skipped[0]!.end : Number.POSITIVE_INFINITY
  let starts = spanStarts
  let ends = spanEnds
  let count = 0
  forEachWord(text, (start, end) => {
    if (start >= skipStart) {
      while (skipEnd <= start) {
        skipIndex++
        skipStart = skipIndex < skipped.length ? skipped[skipIndex]!.start : Number.POSITIVE_INFINITY
        skipEnd = skipIndex < skipped.length ? skipped[skipIndex]!.end : Number.POSITIVE_INFINITY
      }
      if (skipStart <= start) return
    }
    if (count === starts.length) {
      const grownStarts = new Int32Array(2 * count)
      grownStarts.set(starts)
      starts = grownStarts
      const grownEnds = new Int32Array(2 * count)
      grownEnds.set(ends)
      ends = grownEnds
    }
    starts[count] = start
    ends[count++] = end
  })
  if (starts.length <= SPARE_WORDS) {
    spanStarts = starts
    spanEnds = ends
  }
  return {text, count, starts, ends}
}

/** Returned by `plainWordHash` for a word that needs the full fold. */
export const NOT_PLAIN = -1

/**
 * Code unit → what it folds to in a plain word (ASCII letters lower-cased,
 * digits as they are), 0 for any other character.
 */
const PLAIN = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128)
  for (let code = 48; code <= 57; code++) table[code] = code
  for (let code = 97; code <= 122; code++) table[code] = code
  for (let code = 65; code <= 90; code++) table[code] = code + 32
  return table
})()

/**
 * The hashes of the spellings of `variants.json` (`kiev`), which a plain
 * word may not have, and a filter of their low bits that a word's hash is
 * tested against first (one word in 500 or so hits a bit and is looked up).
 */
let variantHashes: ReadonlySet<number> | undefined
let variantBits: Uint32Array | undefined
const VARIANT_BITS = 1 << 16

function variantFilter(): Uint32Array {
  const hashes = new Set<number>()
  const bits = new Uint32Array(VARIANT_BITS >>> 5)
  for (const spelling of variantSpellings()) {
    const hash = murmur3(spelling, SHINGLE_SEED)
    hashes.add(hash)
    const bit = hash & (VARIANT_BITS - 1)
    bits[bit >>> 5]! |= 1 << (bit & 31)
  }
  variantHashes = hashes
  return bits
}

/**
 * The shingle hash of a plain word read in place: `murmur3(foldWord(word),
 * SHINGLE_SEED)` for `text[start, end)`, without building the word, when
 * the word is plain: ASCII letters and digits only, where folding only
 * lower-cases (no Slavic ending, no listed variant spelling). Most words
 * of English news are plain.
 *
 * @param text
 *   Text holding the word.
 * @param start
 *   Where the word starts.
 * @param end
 *   Where it ends (exclusive).
 * @returns
 *   The hash (unsigned 32-bit), or `NOT_PLAIN` for any other word: fold it
 *   with `foldParts` and hash its parts.
 */
export function plainWordHash(text: string, start: number, end: number): number {
  const length = end - start
  if (length === 0) return NOT_PLAIN
  const plain = PLAIN
  // MurmurHash3 x86 32 of the lower-cased code units, as `murmur3`.
  let hash = SHINGLE_SEED
  let at = start
  const pairsEnd = start + (length & ~1)
  let low = 0
  let high = 0
  while (at < pairsEnd) {
    const first = text.charCodeAt(at)
    const second = text.charCodeAt(at + 1)
    if ((first | second) >= 128) return NOT_PLAIN
    low = plain[first]!
    high = plain[second]!
    if (low === 0 || high === 0) return NOT_PLAIN
    hash = murmurBlock(hash, low | (high << 16))
    at += 2
  }
  if (at < end) {
    const code = text.charCodeAt(at)
    if (code >= 128) return NOT_PLAIN
    high = plain[code]!
    if (high === 0) return NOT_PLAIN
    hash = murmurTail(hash, high)
    low = length > 1 ? plain[text.charCodeAt(at - 1)]! : 0
  }
  // `high` is the last letter, `low` the one before it: `-iy`, `-yy`,
  // `-yi` and `-ii` are Slavic endings that `foldWord` rewrites.
  if (length > 5 && (high === 105 || high === 121) && (low === 105 || low === 121)) return NOT_PLAIN
  const result = murmurFinal(hash, length)
  const bits = (variantBits ??= variantFilter())
  const bit = result & (VARIANT_BITS - 1)
  // A word of a variant's hash takes the full fold, even in the unlikely
  // case that it is another word of the same hash.
  if ((bits[bit >>> 5]! & (1 << (bit & 31))) !== 0 && variantHashes!.has(result)) return NOT_PLAIN
  return result
}

/**
 * A word's key in a `WordMemo`: a hash of its raw code units, two at a time
 * (FNV-1a over 32-bit pairs, mixed).
 */
function rawKey(text: string, start: number, end: number): number {
  let key = 0x81_1c_9d_c5 ^ (end - start)
  let at = start
  for (; at + 1 < end; at += 2) key = Math.imul(key ^ (text.charCodeAt(at) | (text.charCodeAt(at + 1) << 16)), 0x01_00_01_93)
  if (at < end) key = Math.imul(key ^ text.charCodeAt(at), 0x01_00_01_93)
  return finalMix(key) | 0
}

/** Scratch of `WordMemo.recordOf`: a short word's code units, two to a number. */
const inlineUnits = new Int32Array(8)

/** A folded word that is no term: a stop word, or no letter or digit. */
export const NOT_A_TERM = -1

/** Raw words, and the characters of long ones, a memo holds before it starts afresh (about 10 MB at most: 4 MiB of records, 1 MiB of slots, up to 4 MiB of long words' characters). */
const MEMO_WORDS = 1 << 16
const MEMO_CHARACTERS = 1 << 20

/** Numbers a record of a `WordMemo` takes: sixteen, one cache line. */
export const RECORD = 16
/** Where a record holds the raw word's key (a hash of its characters). */
const KEY = 0
/** … how many characters the raw word has. */
export const LENGTH = 1
/** … where its characters start in `pool`, for a word longer than `INLINE` characters. */
const CHARACTERS = 7
/** … how many folded parts it has: 1 for most words, 0 for a lone apostrophe, more for `Putin-Zelenskyy`. */
export const PARTS = 2
/** … the term of its one part, or where its parts start in `partHashes` and the rest. */
export const TERM = 3
export const FIRST_PART = 3
/** … the shingle hash of its one part (as a signed 32-bit number). */
export const HASH = 4
/** … the offset of its one part from the word's start. */
export const OFFSET = 6
/** … its characters, two to a number, for a word of at most `INLINE`. */
const INLINE_AT = 8
const INLINE = 2 * (RECORD - INLINE_AT)

/**
 * What raw words (as written) are, remembered: each word's folded parts
 * (`foldParts`, empty parts left out), with each part's shingle hash, its
 * offset from the word's start and, for a memo of a term index, its term.
 *
 * Records of `RECORD` numbers a word, in the order words were first seen
 * (so the common words of a language, seen early, share a few cache lines),
 * found through an open-addressing table of slots, two numbers each: a
 * hash of the raw characters and the record's number plus one, kept at
 * most half full (8 bytes a slot: a probe reads a slot, not a 64-byte
 * record). A record holds the word's characters (those of a word
 * of more than `INLINE` are in `pool`), compared one by one on a hit, so
 * the memo changes speed, never results; and what a word of one part
 * (nearly all) is, so that most look-ups touch one slot and one record.
 * Callers start a new one when `full`.
 *
 * Terms are a listed term's id, `NOT_A_TERM`, or `-2 - k` for the rare term
 * `rareStems[k]` (a stem the index does not list).
 */
export class WordMemo {
  /** The records (see `RECORD`), `words` of them, in the order the words were first seen. */
  records = new Int32Array(RECORD * 512)
  words = 0
  /** Slots of two numbers: a word's key and its record's number plus one (0 in a free slot). */
  slots = new Int32Array(2 * 1024)
  /** Characters of the words longer than `INLINE`. */
  pool = new Uint16Array(1024)
  poolLength = 0
  /** The parts of words of several parts. */
  partHashes = new Uint32Array(64)
  partOffsets = new Int32Array(64)
  partTerms = new Int32Array(64)
  parts = 0
  readonly rareStems: string[] = []
  /**
   * Per rare stem, a number that orders stems as strings do by their first
   * three code units: `(u0 + 1) × 2^34 + (u1 + 1) × 2^17 + (u2 + 1)`, 0 for
   * a unit a stem does not have (exact in a double). Stems of equal keys
   * compare as strings.
   */
  rareKeys = new Float64Array(64)
  readonly #rareIds = new Map<string, number>()

  /**
   * @param index
   *   Term index whose terms to remember, if any.
   * @param termOf
   *   The term of a folded word (`wordTerm`), passed in so that a memo
   *   of hashes alone does not bundle the stemmer.
   */
  constructor(
    readonly index?: TermIndex,
    readonly termOf?: (word: string) => string | undefined
  ) {}

  /** Whether the memo holds as much as it may: start a new one. */
  get full(): boolean {
    return this.words >= MEMO_WORDS || this.poolLength >= MEMO_CHARACTERS
  }

  /**
   * The record of the raw word `text[start, end)`, learnt on first sight:
   * `records[at + PARTS]` parts; of one part, its term, hash and offset are
   * at `TERM`, `HASH` and `OFFSET`; of several, they start at
   * `records[at + FIRST_PART]` in the part arrays. Read `records` after the
   * call: learning a word may replace it.
   *
   * @returns
   *   Where the record starts in `records`.
   */
  recordOf(text: string, start: number, end: number): number {
    const length = end - start
    if (length > INLINE) return this.#longRecordOf(text, start, end)
    // The word's code units, two to a number as a record holds them, read
    // once: hashed into its key, then compared with a record's.
    const units = inlineUnits
    let key = 0x81_1c_9d_c5 ^ length
    let pairs = 0
    let at = start
    for (; at + 1 < end; at += 2) {
      const pair = text.charCodeAt(at) | (text.charCodeAt(at + 1) << 16)
      units[pairs++] = pair
      key = Math.imul(key ^ pair, 0x01_00_01_93)
    }
    if (at < end) {
      const unit = text.charCodeAt(at)
      units[pairs++] = unit
      key = Math.imul(key ^ unit, 0x01_00_01_93)
    }
    key = finalMix(key) | 0
    const slots = this.slots
    const records = this.records
    const mask = (slots.length >>> 1) - 1
    let slot = key & mask
    for (;;) {
      const entry = slots[2 * slot + 1]!
      if (entry === 0) break
      if (slots[2 * slot] === key) {
        const record = RECORD * (entry - 1)
        if (records[record + LENGTH] === length) {
          let pair = 0
          while (pair < pairs && records[record + INLINE_AT + pair] === units[pair]) pair++
          if (pair === pairs) return record
        }
      }
      slot = (slot + 1) & mask
    }
    return this.#learn(text, start, end, key, slot)
  }

  /** `recordOf` for a word of more than `INLINE` code units, whose characters are in `pool`. */
  #longRecordOf(text: string, start: number, end: number): number {
    const length = end - start
    const key = rawKey(text, start, end)
    const slots = this.slots
    const records = this.records
    const mask = (slots.length >>> 1) - 1
    const pool = this.pool
    let slot = key & mask
    for (;;) {
      const entry = slots[2 * slot + 1]!
      if (entry === 0) break
      const at = RECORD * (entry - 1)
      if (slots[2 * slot] === key && records[at + LENGTH] === length) {
        const from = records[at + CHARACTERS]!
        let offset = 0
        while (offset < length && pool[from + offset] === text.charCodeAt(start + offset)) offset++
        if (offset === length) return at
      }
      slot = (slot + 1) & mask
    }
    return this.#learn(text, start, end, key, slot)
  }

  /** Fold a raw word once and remember its parts, its slot `slot` (free). */
  #learn(text: string, start: number, end: number, key: number, slot: number): number {
    const length = end - start
    if (RECORD * (this.words + 1) > this.records.length) {
      const records = new Int32Array(2 * this.records.length)
      records.set(this.records)
      this.records = records
    }
    const at = RECORD * this.words++
    const records = this.records
    records[at + KEY] = key
    if (2 * this.words > this.slots.length >>> 1) this.#grow()
    else {
      this.slots[2 * slot] = key
      this.slots[2 * slot + 1] = this.words
    }
    records[at + LENGTH] = length
    if (length <= INLINE) {
      for (let offset = 0; offset < length; offset++) records[at + INLINE_AT + (offset >>> 1)]! |= text.charCodeAt(start + offset) << (16 * (offset & 1))
    } else {
      if (this.poolLength + length > this.pool.length) {
        const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + length))
        pool.set(this.pool)
        this.pool = pool
      }
      for (let offset = 0; offset < length; offset++) this.pool[this.poolLength + offset] = text.charCodeAt(start + offset)
      records[at + CHARACTERS] = this.poolLength
      this.poolLength += length
    }
    // The parts as `readContent` visits them: empty parts are skipped but
    // move the offset on, past their separator.
    const folded = foldParts(text.slice(start, end))
    const parts = typeof folded === 'string' ? [folded] : folded
    let count = 0
    let offset = 0
    for (const part of parts) {
      if (part.length > 0) count++
    }
    records[at + PARTS] = count
    if (count > 1) records[at + FIRST_PART] = this.parts
    for (const part of parts) {
      if (part.length > 0) {
        const hash = murmur3(part, SHINGLE_SEED)
        const term = this.index === undefined || this.termOf === undefined ? NOT_A_TERM : this.#termCode(part, this.index, this.termOf)
        if (count === 1) {
          records[at + TERM] = term
          records[at + HASH] = hash
          records[at + OFFSET] = offset
        } else {
          if (this.parts === this.partHashes.length) {
            const partHashes = new Uint32Array(2 * this.parts)
            partHashes.set(this.partHashes)
            this.partHashes = partHashes
            this.partOffsets = grownInt32(this.partOffsets, this.parts + 1)
            this.partTerms = grownInt32(this.partTerms, this.parts + 1)
          }
          this.partHashes[this.parts] = hash
          this.partOffsets[this.parts] = offset
          this.partTerms[this.parts++] = term
        }
      }
      offset += part.length + 1
    }
    return at
  }

  /** Double the slots and put every record's slot back where its key says (the records stay). */
  #grow(): void {
    const slots = new Int32Array(2 * this.slots.length)
    const mask = (slots.length >>> 1) - 1
    for (let word = 0; word < this.words; word++) {
      const key = this.records[RECORD * word + KEY]!
      let slot = key & mask
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask
      slots[2 * slot] = key
      slots[2 * slot + 1] = word + 1
    }
    this.slots = slots
  }

  /** A folded word's term code. */
  #termCode(word: string, index: TermIndex, termOf: (word: string) => string | undefined): number {
    const stem = termOf(word)
    if (stem === undefined) return NOT_A_TERM
    const id = index.ids.get(stem)
    if (id !== undefined) return id
    let rare = this.#rareIds.get(stem)
    if (rare === undefined) {
      rare = this.rareStems.length
      this.rareStems.push(stem)
      if (rare === this.rareKeys.length) {
        const keys = new Float64Array(2 * rare)
        keys.set(this.rareKeys)
        this.rareKeys = keys
      }
      const unit = (at: number): number => (at < stem.length ? stem.charCodeAt(at) + 1 : 0)
      this.rareKeys[rare] = unit(0) * 2 ** 34 + unit(1) * 2 ** 17 + unit(2)
      this.#rareIds.set(stem, rare)
    }
    return -2 - rare
  }
}

function grownInt32(array: Int32Array, least: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(least, array.length * 2))
  grown.set(array)
  return grown
}

/**
 * A word folded (`foldWord`), or its folded parts when it holds `-` or `/`:
 * `Putin-Zelenskyy` and `Russia-Ukraine` compare by their parts, since
 * other outlets write them apart (empty parts kept, for the offsets).
 *
 * @param raw
 *   One word, as the tokenizer gives it.
 * @returns
 *   The folded word, or its parts.
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
 * Hard-wrapped text (wire copy: Reuters-21578 is wrapped at 59 to 65
 * characters; e-mail at 72 to 78) has no line longer than its width; text
 * with a line longer than the widest of these, or whose longest line is
 * shorter than the narrowest, is taken for one paragraph a line (a page
 * copied from a browser).
 */
const NARROWEST_WRAP = 55
const WIDEST_WRAP = 100
/**
 * A line of hard-wrapped text is full, wrapped into the next, when it
 * comes within this many characters of the text's longest line and does
 * not end a sentence: over 300 lines of Reuters bodies that `isChromeLine`
 * flags (`share.`, `24.`) follow one such line.
 */
const WRAP_SLACK = 20

/** Short lines whose `isChromeLine` answer is remembered, and how many at most. */
const MEMO_CHROME_LINE = 24
const CHROME_MEMO_SIZE = 1 << 15
/**
 * `isChromeLine` of short lines, remembered: the same few recur across a
 * collection (`Reuter`, `said.`, `Nine mths`: over half of the short lines
 * of Reuters-21578 tested). The bundled cue list never changes and the
 * answer depends on the line alone, so the memo changes speed, never
 * results; it is emptied when full.
 */
const chromeMemo = new Map<string, boolean>()

function isChrome(line: string): boolean {
  if (line.length > MEMO_CHROME_LINE) return isChromeLine(line)
  let chrome = chromeMemo.get(line)
  if (chrome === undefined) {
    chrome = isChromeLine(line)
    if (chromeMemo.size >= CHROME_MEMO_SIZE) chromeMemo.clear()
    chromeMemo.set(line, chrome)
  }
  return chrome
}

/**
 * Spans of `text` that are wrapper, sorted: chrome lines, datelines at the
 * start of one of the first paragraphs (the first two lines, or a line after
 * a blank one), and credits in parentheses.
 *
 * Chrome is a line that stands as a paragraph of its own: in a page copied
 * from a browser, any line (one paragraph a line); in hard-wrapped text
 * (see `hardWrapWidth`), not a line that continues a full line above it:
 * the last line of a wrapped sentence (`share.`, `24.`) is prose, whatever
 * a cue says.
 *
 * @param text
 *   The text.
 * @returns
 *   The wrapper's spans, by start.
 */
export function wrapperSpans(text: string): Span[] {
  const spans: Span[] = []
  let lineStart = 0
  let paragraphs = 0
  let lines = 0
  let previousBlank = true
  // Whether the line above is a full line of hard-wrapped text.
  let previousFull = false
  const wrapWidth = hardWrapWidth(text)
  // The next `(` at or after the line's start: one search for the text, not
  // one to its end for every line without one.
  let parenthesis = text.indexOf('(')
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    // The line's trimmed bounds, found in place: most lines of prose need
    // no string of their own.
    let first = lineStart
    while (first < lineEnd && isTrimmed(text.charCodeAt(first))) first++
    const blank = first === lineEnd
    if (blank) previousFull = false
    else {
      let last = lineEnd
      while (isTrimmed(text.charCodeAt(last - 1))) last--
      const trimmed = last - first
      // A continuation goes on in lower case or with a figure (`share.`, `24.`): a capitalised line under a long headline (`Share`, `Search:`) is tested.
      const continuesWrapped = previousFull && isContinuationStart(text.charCodeAt(first))
      previousFull = wrapWidth !== 0 && isFullLine(text, lineStart, first, last, wrapWidth)
      lines++
      // A title and its body may stand on consecutive lines.
      const opensParagraph = previousBlank || lines <= 2
      if (opensParagraph) paragraphs++
      // Cue lines are short (`Related Articles`, `Explore what … can do for
      // you:`); a longer one (a copyright or hashtag line) stands apart from
      // prose, after a blank line. The rest of a wrapped paragraph is never
      // tested, which keeps fingerprinting fast.
      if (!continuesWrapped && (trimmed <= SHORT_CHROME_LINE || (opensParagraph && trimmed <= MAX_CHROME_LINE)) && isChrome(text.slice(first, last))) {
        spans.push({start: lineStart, end: lineEnd})
      } else {
        const datelineLine = opensParagraph && paragraphs <= DATELINE_PARAGRAPHS
        if (parenthesis !== -1 && parenthesis < lineStart) parenthesis = text.indexOf('(', lineStart)
        if (datelineLine || (parenthesis !== -1 && parenthesis < lineEnd)) {
          const line = text.slice(lineStart, lineEnd)
          if (datelineLine) {
            const dateline = datelineSpan(line)
            if (dateline) spans.push({start: lineStart + dateline[0], end: lineStart + dateline[1]})
          }
          if (parenthesis !== -1 && parenthesis < lineEnd) {
            for (const match of line.matchAll(CREDIT)) {
              spans.push({start: lineStart + match.index, end: lineStart + match.index + match[0].length})
            }
          }
        }
      }
    }
    previousBlank = blank
    lineStart = lineEnd + 1
  }
  return spans.sort((a, b) => a.start - b.start)
}

/**
 * The width `text` is hard-wrapped at: its longest line (white space at the
 * end left out, indentation counted, as a wrapper counts it), or 0 when
 * that is outside `NARROWEST_WRAP`-`WIDEST_WRAP` and the text is one
 * paragraph a line. Stops at the first line too long to be wrapped, so a
 * page of long lines costs one line or a few.
 *
 * @param text
 *   The text.
 */
export function hardWrapWidth(text: string): number {
  let widest = 0
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    while (lineEnd > lineStart && isTrimmed(text.charCodeAt(lineEnd - 1))) lineEnd--
    if (lineEnd - lineStart > WIDEST_WRAP) return 0
    if (lineEnd - lineStart > widest) widest = lineEnd - lineStart
    lineStart = text.indexOf('\n', lineEnd) + 1
    if (lineStart === 0) break
  }
  return widest >= NARROWEST_WRAP ? widest : 0
}

/** Closing quotes and brackets, which may follow a sentence's last stop. */
const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0xbb, 0x20_19, 0x20_1d])
/** `.`, `!`, `?`, `:` and `;`: the stops that end a sentence. */
const SENTENCE_STOPS = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x3b])

/**
 * Whether the line `text[lineStart, last)` (white space at its end left
 * out, its first other character at `first < last`) is full in text
 * hard-wrapped at `width`:
 * within `WRAP_SLACK` of it, and not ending a sentence (`.`, `!`, `?`, `:`
 * or `;`, closing quotes and brackets after it), so that the line below
 * goes on with its paragraph.
 */
/** Whether a line that starts with this code unit may go on with the line above: a lower-case letter or a digit. */
function isContinuationStart(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
  const char = String.fromCharCode(code)
  return char !== char.toUpperCase()
}

function isFullLine(text: string, lineStart: number, first: number, last: number, width: number): boolean {
  if (last - lineStart < width - WRAP_SLACK) return false
  while (last > first && CLOSERS.has(text.charCodeAt(last - 1))) last--
  return !SENTENCE_STOPS.has(text.charCodeAt(last - 1))
}

/**
 * Whether `String.prototype.trim` removes a code unit: JavaScript's white
 * space and line terminators.
 *
 * @param code
 *   A UTF-16 code unit.
 */
export function isTrimmed(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x16_80 || (code >= 0x20_00 && code <= 0x20_0a) || code === 0x20_28 || code === 0x20_29 || code === 0x20_2f || code === 0x20_5f || code === 0x30_00 || code === 0xfe_ff
}
