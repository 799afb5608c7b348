import type {ArticleRole} from '../types.js'
import {isChromeAt, lineFactsOf} from './classify.js'
import {readBlockHeader, type BlockHeader} from './header.js'
import type {Item, SplitContext} from './item.js'
import {isBlank, lineText} from './lines.js'

export type {SplitContext} from './item.js'

/**
 * An orphan line left at the end of a block (`Advertisement`, `Sponsored`,
 * `Load more`) is chrome when it is this short and ends no sentence.
 */
const MAX_ORPHAN_WORDS = 4

/**
 * Read one article from the lines `[from, to)`: an optional related-block
 * header, a title, then body lines.
 *
 * Leading blank lines are skipped. At the end, blank lines, chrome cue lines
 * and a short orphan line set off by a blank line are left out of the
 * article (they become boilerplate). A block whose header is not followed
 * by any title (the dump was cut off), or only by page chrome, gives no
 * article.
 *
 * @param context
 *   The split in progress.
 * @param from
 *   First line of the block.
 * @param to
 *   Line after the block.
 * @param role
 *   Role of the article when it has a body (`teaser` when it has none).
 * @param rule
 *   The layout rule reading it (for provenance).
 * @param header
 *   The header already read at `from`; `undefined` to look for one; `null`
 *   for none.
 * @returns
 *   The item, or `null` when the block holds none.
 */
export function readItem(
  context: SplitContext,
  from: number,
  to: number,
  role: Exclude<ArticleRole, 'teaser'>,
  rule: string,
  header?: BlockHeader | null
): Item | null {
  const {text, lines} = context
  let index = from
  while (index < to && isBlank(lines[index]!)) index++
  if (index >= to) return null

  const headerFound = header === undefined ? readBlockHeader(text, lines, index, context.cues, lineFactsOf(context)) : header
  if (headerFound) index = headerFound.first + headerFound.count
  while (index < to && isBlank(lines[index]!)) index++
  if (index >= to) return null

  // A header followed by page chrome (`Related Articles`) was cut off before
  // its title: the page's next section is no title.
  if (headerFound && isChromeAt(context, index)) return null
  const bodyEnd = trimBlockEnd(context, index + 1, to)
  const paragraphs: number[] = []
  for (let body = index + 1; body < bodyEnd; body++) {
    if (!isBlank(lines[body]!)) paragraphs.push(body)
  }
  const headerLines: number[] = []
  if (headerFound) for (let line = headerFound.first; line < headerFound.first + headerFound.count; line++) headerLines.push(line)
  return {
    role,
    title: index,
    header: headerLines,
    paragraphs,
    inner: [],
    outlet: headerFound?.outlet ?? null,
    age: headerFound?.age ?? null,
    byline: null,
    rule,
    shape: headerFound?.shape ?? null
  }
}

/**
 * Where a block's body ends once trailing blank lines, chrome cues and an
 * orphan short line are left out.
 */
function trimBlockEnd(context: SplitContext, bodyStart: number, to: number): number {
  const {text, lines} = context
  let end = to
  for (;;) {
    while (end > bodyStart && isBlank(lines[end - 1]!)) end--
    if (end <= bodyStart) return end
    if (isChromeAt(context, end - 1)) {
      end--
      continue
    }
    // A short line set off from the body by a blank line, ending no
    // sentence, owned by no article: page chrome between blocks.
    const before = lines[end - 2]
    if (end - 1 > bodyStart && before !== undefined && isBlank(before) && isOrphan(lineText(text, lines[end - 1]!))) {
      end--
      continue
    }
    return end
  }
}

function isOrphan(content: string): boolean {
  if (content.length > 40) return false
  const words = content.split(/\s+/).length
  if (words > MAX_ORPHAN_WORDS) return false
  return !/[.!?"'”’)]$/.test(content)
}
