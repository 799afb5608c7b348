import type {Article} from './types.js'
import {checkTextOrArticle} from './contract.js'

/**
 * Whether a value is text or has an article's shape (a `title` string and
 * `paragraphs` array of strings), as every function taking
 * `string | Article` checks.
 *
 * @param value
 *   Anything.
 */
export function isTextOrArticle(value: unknown): value is string | Article {
  try {
    checkTextOrArticle(value, 'item')
    return true
  } catch {
    return false
  }
}

/**
 * The text of a string or an article: for an article, its title and
 * paragraphs joined by blank lines (what `toNlcst` parses and what
 * `similarity` compares, so their offsets agree).
 *
 * @param item
 *   Text, or an article from `splitDump`.
 * @param name
 *   What to call `item` in an error message (default `item`).
 * @returns
 *   The text.
 * @throws {TypeError}
 *   When `item` is neither, or an article's title or a paragraph is no string.
 */
export function articleText(item: string | Article, name = 'item'): string {
  checkTextOrArticle(item, name)
  return typeof item === 'string' ? item : [item.title, ...item.paragraphs].join('\n\n')
}
