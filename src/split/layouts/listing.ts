import {readItem, type SplitContext} from '../block.js'
import type {Item} from '../item.js'
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
 * @param from
 *   First line of the page.
 * @param to
 *   Line after the page.
 * @returns
 *   The items, or `null` when the layout does not apply.
 */
export function splitListing(context: SplitContext, from = 0, to = context.lines.length): Item[] | null {
  const {text, lines} = context
  const separators: number[] = []
  for (let index = from; index < to; index++) {
    if (isSeparator(text, lines[index]!)) separators.push(index)
  }
  if (separators.length < MIN_SEPARATORS) return null

  const items: Item[] = []
  let itemFrom = from
  for (const itemTo of [...separators, to]) {
    const item = readItem(context, itemFrom, itemTo, items.length === 0 ? 'lead' : 'related', 'listing')
    if (item) items.push(item)
    itemFrom = itemTo + 1
  }
  return items.length >= 2 ? items : null
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
