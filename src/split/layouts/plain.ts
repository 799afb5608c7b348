import {readItem, type SplitContext} from '../block.js'
import type {Item} from '../item.js'
import {isBlank, lineText} from '../lines.js'

/** Articles in a plain dump are set apart by at least this many blank lines. */
export const MIN_GAP = 2
/** A title is a line no longer than this. */
const MAX_TITLE_LENGTH = 200

/**
 * The plain layout, for anything else: always applies.
 *
 * The text is cut at runs of two or more blank lines. When there are
 * several such blocks and every one opens with a title-like line (at most
 * 200 characters, ending no sentence with a period) followed by body lines,
 * each block is an article (the first the `lead`, the others `related`).
 * Otherwise the whole text is one article: its first line the title, the
 * other lines its paragraphs. Empty or blank text gives no article.
 *
 * @param context
 *   The split in progress.
 * @param from
 *   First line of the page.
 * @param to
 *   Line after the page.
 * @returns
 *   The items.
 */
export function splitPlain(context: SplitContext, from = 0, to = context.lines.length): Item[] {
  const blocks = findBlocks(context, from, to)
  if (blocks.length > 1 && blocks.every((block) => opensWithTitle(context, block.from, block.to))) {
    const items: Item[] = []
    for (const block of blocks) {
      const item = readItem(context, block.from, block.to, items.length === 0 ? 'lead' : 'related', 'plain')
      if (item) items.push(item)
    }
    return items
  }

  const item = readItem(context, from, to, 'lead', 'plain')
  return item ? [item] : []
}

/** Ranges of lines separated by at least `MIN_GAP` blank lines. */
function findBlocks(context: SplitContext, start: number, stop: number): Array<{from: number; to: number}> {
  const {lines} = context
  const blocks: Array<{from: number; to: number}> = []
  let from = -1
  let blanks = 0
  for (let index = start; index < stop; index++) {
    const line = lines[index]!
    if (isBlank(line)) {
      blanks++
      continue
    }
    if (from === -1) from = index
    else if (blanks >= MIN_GAP) {
      blocks.push({from, to: index - blanks})
      from = index
    }
    blanks = 0
  }
  if (from !== -1) blocks.push({from, to: stop})
  return blocks
}

/** Whether a block starts with a title line followed by at least one body line. */
function opensWithTitle(context: SplitContext, from: number, to: number): boolean {
  const {lines} = context
  if (!isTitleLine(context, from)) return false
  for (let index = from + 1; index < to; index++) {
    if (!isBlank(lines[index]!)) return true
  }
  return false
}

/**
 * Whether a line can be the title of a plain block: at most 200 characters,
 * not ending with a period.
 *
 * @param context
 *   Text and lines.
 * @param index
 *   The line (not blank).
 */
export function isTitleLine(context: SplitContext, index: number): boolean {
  const line = context.lines[index]!
  return line.contentEnd - line.contentStart <= MAX_TITLE_LENGTH && !lineText(context.text, line).endsWith('.')
}
