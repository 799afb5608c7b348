import type {Article} from '../../types.js'
import {readArticle, type SplitContext} from '../block.js'
import {lineText, type Line} from '../lines.js'

/** A listing needs at least this many separator lines. */
export const MIN_SEPARATORS = 2

/**
 * The listing layout: items separated by lines holding only a dash (`-`,
 * `–`, `—`, `--`, `---`) or a bullet (`•`, `*`).
 *
 * Applies when there are at least two separator lines and at least two
 * non-empty items. An item with only a headline is a `teaser`; an item with
 * body lines is the `lead` when it is the first item of the dump and
 * `related` otherwise. Items may carry a related-block header.
 *
 * @param context
 *   The split in progress.
 * @returns
 *   The articles, or `null` when the layout does not apply.
 */
export function splitListing(context: SplitContext): Article[] | null {
  const {text, lines} = context
  const separators: number[] = []
  for (const [index, line] of lines.entries()) {
    if (isSeparator(text, line)) separators.push(index)
  }
  if (separators.length < MIN_SEPARATORS) return null

  const articles: Article[] = []
  let from = 0
  for (const to of [...separators, lines.length]) {
    const article = readArticle(context, from, to, articles.length === 0 ? 'lead' : 'related')
    if (article) articles.push(article)
    from = to + 1
  }
  return articles.length >= 2 ? articles : null
}

/**
 * Whether a line separates listing items: only `-`, `--`, `---`, `–`, `—`,
 * `•` or `*`.
 *
 * @param text
 *   Text holding the line.
 * @param line
 *   The line.
 */
export function isSeparator(text: string, line: Line): boolean {
  const length = line.contentEnd - line.contentStart
  if (length === 0 || length > 3) return false
  return /^(?:-{1,3}|[–—•*])$/.test(lineText(text, line))
}
