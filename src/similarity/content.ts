import type {Article, Span} from '../types.js'
import {describe} from '../describe.js'
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
 * The text of a string or an article, as compared: for an article, its
 * title and paragraphs joined by blank lines.
 *
 * @param item
 *   Text, or an article from `splitDump`.
 * @returns
 *   The text.
 * @throws {TypeError}
 *   When `item` is neither.
 */
export function contentText(item: string | Article): string {
  if (typeof item === 'string') return item
  if (item !== null && typeof item === 'object' && typeof item.title === 'string' && Array.isArray(item.paragraphs)) {
    return [item.title, ...item.paragraphs].join('\n\n')
  }
  throw new TypeError(`Expected text or an article, not ${describe(item)}`)
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
 * @returns
 *   The content.
 */
export function readContent(item: string | Article): Content {
  const text = contentText(item)
  const skipped = wrapperSpans(text)
  const words: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let skipIndex = 0
  forEachWord(text, (start, end) => {
    while (skipIndex < skipped.length && skipped[skipIndex]!.end <= start) skipIndex++
    const skip = skipped[skipIndex]
    if (skip && skip.start <= start) return
    const word = foldWord(text.slice(start, end))
    if (word.length === 0) return
    if (!word.includes('-') && !word.includes('/')) {
      words.push(word)
      starts.push(start)
      ends.push(end)
      return
    }
    // `Putin-Zelenskyy`, `Russia-Ukraine`: compare the parts, since other
    // outlets write them apart.
    let offset = start
    for (const part of word.split(/[-/]/)) {
      if (part.length > 0) {
        words.push(part)
        starts.push(offset)
        ends.push(offset + part.length)
      }
      offset += part.length + 1
    }
  })
  return {text, words, starts, ends}
}

/** Credits in parentheses: agencies and wire sign-offs. */
const CREDIT = /\((?:(?:AP|AFP|AAP|Reuters|Getty|EPA|Bloomberg|dpa|Xinhua|PA|Anadolu)(?: ?(?:Photo|Images|Video|Wire))?(?: ?\/[^()\n]{0,80})?|(?:Reporting|Writing|Editing|Additional reporting|Compiled|Written|Produced) by [^()\n]{1,300})\)/g
/** A line is examined for a dateline or chrome only up to this length. */
const MAX_HEADER_LINE = 200

/** Spans of `text` that are wrapper, sorted and disjoint. */
function wrapperSpans(text: string): Span[] {
  const spans: Span[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd)
    const trimmed = line.trim()
    if (trimmed.length > 0 && trimmed.length <= MAX_HEADER_LINE && isChromeLine(trimmed)) {
      spans.push({start: lineStart, end: lineEnd})
    } else if (trimmed.length > 0) {
      const dateline = parseDateline(line)
      if (dateline) spans.push({start: lineStart + dateline.span.start, end: lineStart + dateline.span.end})
      for (const match of line.matchAll(CREDIT)) {
        spans.push({start: lineStart + match.index, end: lineStart + match.index + match[0].length})
      }
    }
    lineStart = lineEnd + 1
  }
  return spans.sort((a, b) => a.start - b.start)
}
