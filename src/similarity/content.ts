import type {Article, Span} from '../types.js'
import {articleText} from '../article-text.js'
import {isChromeLine} from '../split/cues.js'
import {parseDateline} from '../time/parse-dateline.js'
import {foldWord} from './fold.js'
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
          const dateline = parseDateline(line)
          if (dateline) spans.push({start: lineStart + dateline.span.start, end: lineStart + dateline.span.end})
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
