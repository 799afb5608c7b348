import type {Span} from '../types.js'
import {describe} from '../describe.js'
import {forEachWord} from './tokenize.js'

/**
 * Sentences of a text, found from the fast tokenizer's words (`forEachWord`)
 * and the characters between them, by the rules with which retext-english
 * (parse-latin) groups words into sentences, without building its tree:
 *
 * - a blank line (white space holding two line breaks or more) ends a
 *   sentence (`breakImplicitSentences`); a single line break does not;
 * - a terminal marker (`.`, `!`, `?`, `…`, `‽`) between two words ends a
 *   sentence, with the closing quotes and brackets right after it
 *   (`mergeAffixSymbol`). Full stops the tokenizer kept inside a word
 *   (`U.S.`, `Dr.`, `p.m.`, `100.`) end nothing;
 * - but the sentence goes on when the next word starts lower-case with
 *   nothing but white space before it (`mergeInitialLowerCaseLetterSentences`),
 *   when a digit follows the marker directly (`mergeInitialDigitSentences`),
 *   or when the next mark is a lone `,` or `;` (`mergeAffixExceptions`);
 *   marks with no word after them stay in the sentence before
 *   (`mergeNonWordSentences`).
 *
 * A sentence's span runs from its first character that is not white space
 * to the end of its terminal marker and closing marks (or of its last word or
 * mark, before a blank line). Linear in the length of the text; with
 * limits, the text is read only as far as they let.
 *
 * @param text
 *   Any string.
 * @param limit
 *   The most sentences to return (default: all): the first `limit`.
 * @param wordLimit
 *   The most words to read (default: all): past the first `wordLimit`
 *   words, the sentence they are in ends at the last of them, and is the
 *   last returned.
 * @returns
 *   Spans of the sentences that hold a word, in order.
 * @throws {TypeError}
 *   When `text` is not a string.
 *
 * @example
 *   sentenceSpans('Kyiv said no. Moscow said yes.') //=> [{start: 0, end: 13}, {start: 14, end: 30}]
 *   sentenceSpans('The U.S. said no. and left') //=> [{start: 0, end: 26}]
 *   sentenceSpans('He said: "Go." Then left.\n\nNext') //=> [{start: 0, end: 14}, {start: 15, end: 25}, {start: 27, end: 31}]
 */
export function sentenceSpans(text: string, limit: number = Number.POSITIVE_INFINITY, wordLimit: number = Number.POSITIVE_INFINITY): Span[] {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, not ${describe(text)}`)
  const spans: Span[] = []
  if (!(limit >= 1 && wordLimit >= 1)) return spans
  let start = -1
  let lastEnd = 0
  let seen = 0
  try {
    forEachWord(text, (wordStart, wordEnd) => {
      if (seen++ === wordLimit) {
        spans.push({start, end: lastEnd})
        throw ENOUGH
      }
      if (start === -1) start = firstVisible(text, 0, wordStart)
      else {
        const cut = boundary(text, lastEnd, wordStart)
        if (cut !== undefined) {
          spans.push({start, end: cut.end})
          // Enough: stop reading (the tokenizer has no other way out).
          if (spans.length >= limit) throw ENOUGH
          start = firstVisible(text, cut.next, wordStart)
        }
      }
      lastEnd = wordEnd
    })
  } catch (error) {
    if (error !== ENOUGH) throw error
    return spans
  }
  if (start !== -1) spans.push({start, end: lastVisibleEnd(text, lastEnd, text.length)})
  return spans
}

/** Thrown from `forEachWord`'s callback to stop it once the limits are reached. */
const ENOUGH = Symbol('enough sentences')

const LINE_FEED = 0x0a
const CARRIAGE_RETURN = 0x0d
const SPACE = 0x20

/**
 * Where the characters between two words (`from` to `to`) end a sentence:
 * `end`, the end of the sentence before, and `next`, where the next one may
 * start; `undefined` when the sentence goes on.
 */
function boundary(text: string, from: number, to: number): {end: number; next: number} | undefined {
  // A blank line (white space with two line breaks or more) ends a
  // sentence wherever it is (`breakImplicitSentences`); one line break does
  // not: parse-latin splits paragraphs at line breaks between sentences only.
  let run = from
  while (run < to) {
    if (!isWhiteSpace(text.charCodeAt(run))) {
      run++
      continue
    }
    let end = run
    while (end < to && isWhiteSpace(text.charCodeAt(end))) end++
    if (lineBreaks(text, run, end) >= 2) return {end: lastVisibleEnd(text, from, run), next: end}
    run = end
  }
  // The last terminal marker between the words: earlier ones are in
  // sentences without words, which join the one before.
  let marker = -1
  for (let at = to - 1; at >= from; at--) {
    if (isTerminal(text.charCodeAt(at))) {
      marker = at
      break
    }
  }
  if (marker === -1) return undefined
  let end = marker + 1
  // Closing quotes and brackets right after the marker close the sentence.
  while (end < to && isClosingAffix(text.charCodeAt(end))) end++
  if (end === to) {
    // Nothing between the marks and the next word: a digit continues.
    const code = text.charCodeAt(to)
    if (code >= 0x30 && code <= 0x39) return undefined
    return lowerInitial(text, to) ? undefined : {end, next: end}
  }
  // The first mark after white space: a lone `,` or `;` continues; a word
  // reached through white space only continues when it starts lower-case.
  let at = end
  while (at < to && isWhiteSpace(text.charCodeAt(at))) at++
  if (at === to) return lowerInitial(text, to) ? undefined : {end, next: end}
  const code = text.charCodeAt(at)
  if ((code === 0x2c || code === 0x3b) && text.charCodeAt(at + 1) !== code) return undefined
  return {end, next: end}
}

/** Line breaks in `start … end` (`\r\n` counts once). */
function lineBreaks(text: string, start: number, end: number): number {
  let breaks = 0
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === CARRIAGE_RETURN && text.charCodeAt(index + 1) === LINE_FEED) continue
    if (code === LINE_FEED || code === CARRIAGE_RETURN) breaks++
  }
  return breaks
}

function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x203d
}

/** parse-latin `affixSymbol`'s closing quotes and brackets (terminal markers are handled apart). */
function isClosingAffix(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0xbb: // »
    case 0x2019: // ’
    case 0x201d: // ”
    case 0x203a: // ›
    case 0x300d: // 」
    case 0x300f: // 』
    case 0xff09: // ）
    case 0xff3d: {
      // ］
      return true
    }
    default: {
      return false
    }
  }
}

/** parse-latin's white space: Unicode `White_Space`, as its tokenizer classes read it. */
function isWhiteSpace(code: number): boolean {
  return (
    code === SPACE ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

const LOWER_CASE = /^\p{Ll}/u

/** parse-latin `lowerInitial`: the word at `at` starts with a lower-case letter. */
function lowerInitial(text: string, at: number): boolean {
  return LOWER_CASE.test(text.slice(at, at + 2))
}

/** First offset in `from … to` that is not white space (`to` if none). */
function firstVisible(text: string, from: number, to: number): number {
  let at = from
  while (at < to && isWhiteSpace(text.charCodeAt(at))) at++
  return at
}

/** End of the last character in `from … to` that is not white space (`from` if none). */
function lastVisibleEnd(text: string, from: number, to: number): number {
  let at = to
  while (at > from && isWhiteSpace(text.charCodeAt(at - 1))) at--
  return at
}
