import type {Article} from '../types.js'
import type {Content} from './content.js'
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
 * How many of an item's words (`content.words`) are its headline: an
 * article's title; for a text, its first line when that holds 1 to 25 words,
 * else its first `HEADLINE_WORDS` words.
 *
 * @param item
 *   The text or article `content` was read from.
 * @param content
 *   Its content (see `readContent`).
 * @param firstWords
 *   Words taken when there is no title or short first line (default `HEADLINE_WORDS`).
 * @returns
 *   The number of leading words that are the headline.
 */
export function headlineWordCount(item: string | Article, content: Content, firstWords = HEADLINE_WORDS): number {
  const words = content.words.length
  if (typeof item !== 'string' && item.title.length > 0) {
    // An article's text is its title, a blank line, then its paragraphs.
    const count = wordsBefore(content, item.title.length, words)
    if (count > 0) return count
  }
  const lineEnd = content.text.indexOf('\n')
  if (lineEnd !== -1) {
    const count = wordsBefore(content, lineEnd, MAX_HEADLINE_LINE_WORDS + 1)
    if (count > 0 && count <= MAX_HEADLINE_LINE_WORDS) return count
  }
  return Math.min(firstWords, words)
}

/** Words of `content` that start before `offset`, counting up to `limit`. */
function wordsBefore(content: Content, offset: number, limit: number): number {
  let count = 0
  // Headlines are short: a linear look is cheaper than a search.
  while (count < limit && count < content.starts.length && content.starts[count]! < offset) count++
  return count
}
