import type {Article} from '../types.js'
import {shippedDesign} from './story-design.js'

/**
 * Words taken as the headline of a text with no short first line. Chosen by
 * cross-validation on the SemEval-2022 Task 8 English dev pairs among 6 to
 * 25 words (`story-model.json`, see `docs/similarity.md`): most titles
 * there run into the body with no line break, and the first few words
 * cover most of a title and little of the body.
 */
export const HEADLINE_WORDS = shippedDesign.headlineWords
/** A first line of at most this many words is a text's headline. */
export const MAX_HEADLINE_LINE_WORDS = 25

/**
 * How many of an item's words are its headline: an article's title; for a
 * text, its first line when that holds 1 to 25 words, else its first
 * `HEADLINE_WORDS` words.
 *
 * @param item
 *   The text or article the words were read from.
 * @param text
 *   The text they were read in (see `articleText`).
 * @param count
 *   How many words were read.
 * @param starts
 *   Where each word starts in `text`, ascending.
 * @param firstWords
 *   Words taken when there is no title or short first line (default `HEADLINE_WORDS`).
 * @returns
 *   The number of leading words that are the headline.
 */
export function headlineWordCount(item: string | Article, text: string, count: number, starts: ArrayLike<number>, firstWords = HEADLINE_WORDS): number {
  if (typeof item !== 'string' && item.title.length > 0) {
    // An article's text is its title, a blank line, then its paragraphs.
    const words = wordsBefore(starts, count, item.title.length, count)
    if (words > 0) return words
  }
  const lineEnd = text.indexOf('\n')
  if (lineEnd !== -1) {
    const words = wordsBefore(starts, count, lineEnd, MAX_HEADLINE_LINE_WORDS + 1)
    if (words > 0 && words <= MAX_HEADLINE_LINE_WORDS) return words
  }
  return Math.min(firstWords, count)
}

/** Words that start before `offset`, counting up to `limit`. */
function wordsBefore(starts: ArrayLike<number>, count: number, offset: number, limit: number): number {
  let words = 0
  // Headlines are short: a linear look is cheaper than a search.
  while (words < limit && words < count && starts[words]! < offset) words++
  return words
}
