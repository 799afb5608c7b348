import type {Article} from './types.js'
import {describe} from './describe.js'

/**
 * Whether a value is text or has an article's shape (a `title` string and
 * `paragraphs` array), as every function taking `string | Article` checks.
 *
 * @param value
 *   Anything.
 */
export function isTextOrArticle(value: unknown): value is string | Article {
  if (typeof value === 'string') return true
  return value !== null && typeof value === 'object' && typeof (value as Article).title === 'string' && Array.isArray((value as Article).paragraphs)
}

/**
 * The text of a string or an article: for an article, its title and
 * paragraphs joined by blank lines (what `toNlcst` parses and what
 * `similarity` compares, so their offsets agree).
 *
 * @param item
 *   Text, or an article from `splitDump`.
 * @returns
 *   The text.
 * @throws {TypeError}
 *   When `item` is neither.
 */
export function articleText(item: string | Article): string {
  if (!isTextOrArticle(item)) throw new TypeError(`Expected text or an article, not ${describe(item)}`)
  return typeof item === 'string' ? item : [item.title, ...item.paragraphs].join('\n\n')
}
