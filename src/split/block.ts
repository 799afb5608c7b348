import type {Article, ArticleRole, SplitOptions} from '../types.js'
import {normalizeOutlet} from '../outlet/normalize-outlet.js'
import {normalizeTimestamp} from '../time/normalize-timestamp.js'
import {parseDateline} from '../time/parse-dateline.js'
import {isChromeLine, type ChromeCues} from './cues.js'
import {readBlockHeader, type BlockHeader} from './header.js'
import {isBlank, lineText, type Line} from './lines.js'
import {endsMidSentence, isEndMarkerLine} from './truncation.js'

/** What every layout rule works from. */
export interface SplitContext {
  text: string
  lines: readonly Line[]
  cues: ChromeCues
  options: SplitOptions
  /** The reference as epoch milliseconds, validated once. */
  reference: number | undefined
}

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
 * @param header
 *   The header already read at `from`; `undefined` to look for one; `null`
 *   for none.
 * @returns
 *   The article, or `null` when the block holds none.
 */
export function readArticle(
  context: SplitContext,
  from: number,
  to: number,
  role: Exclude<ArticleRole, 'teaser'>,
  header?: BlockHeader | null
): Article | null {
  const {text, lines} = context
  let index = from
  while (index < to && isBlank(lines[index]!)) index++
  if (index >= to) return null

  const headerFound = header === undefined ? readBlockHeader(text, lines, index, context.cues) : header
  const firstLine = lines[index]!
  if (headerFound) index = headerFound.first + headerFound.count
  while (index < to && isBlank(lines[index]!)) index++
  if (index >= to) return null

  const titleLine = lines[index]!
  // A header followed by page chrome (`Related Articles`) was cut off before
  // its title: the page's next section is no title.
  if (headerFound && isChromeLine(lineText(text, titleLine), context.cues)) return null
  const bodyEnd = trimBlockEnd(context, index + 1, to)
  const paragraphs: string[] = []
  let firstBodyLine: Line | undefined
  for (let body = index + 1; body < bodyEnd; body++) {
    const line = lines[body]!
    if (isBlank(line)) continue
    firstBodyLine ??= line
    paragraphs.push(lineText(text, line))
  }

  const lastLine = bodyEnd > index + 1 ? lines[bodyEnd - 1]! : titleLine
  // A sign-off line of its own (`___`) says nothing of how the body ends.
  let last: string | undefined
  for (let position = paragraphs.length - 1; position >= 0 && last === undefined; position--) {
    if (!isEndMarkerLine(paragraphs[position]!)) last = paragraphs[position]
  }
  return {
    role: paragraphs.length === 0 ? 'teaser' : role,
    title: lineText(text, titleLine),
    paragraphs,
    text: paragraphs.join('\n\n'),
    outlet: headerFound?.outlet ? normalizeOutlet(headerFound.outlet, outletOptions(context)) : null,
    published: headerFound?.age ? normalizeTimestamp(headerFound.age, referenceOptions(context)) : null,
    dateline: firstBodyLine ? readDateline(context, firstBodyLine) : null,
    truncated: last === undefined ? false : endsMidSentence(last),
    span: {start: headerFound ? firstLine.contentStart : titleLine.contentStart, end: lastLine.contentEnd}
  }
}

/**
 * The wire dateline opening the body (`ISTANBUL, July 23 (Reuters) -`), its
 * span moved from the line's coordinates to the dump's. The body text keeps
 * the dateline.
 */
function readDateline(context: SplitContext, line: Line): Article['dateline'] {
  const dateline = parseDateline(lineText(context.text, line), {...referenceOptions(context), ...outletOptions(context)})
  if (!dateline) return null
  const shift = line.contentStart
  return {...dateline, span: {start: dateline.span.start + shift, end: dateline.span.end + shift}}
}

/**
 * Where a block's body ends once trailing blank lines, chrome cues and an
 * orphan short line are left out.
 */
function trimBlockEnd(context: SplitContext, bodyStart: number, to: number): number {
  const {text, lines, cues} = context
  let end = to
  for (;;) {
    while (end > bodyStart && isBlank(lines[end - 1]!)) end--
    if (end <= bodyStart) return end
    const line = lines[end - 1]!
    const content = lineText(text, line)
    if (isChromeLine(content, cues)) {
      end--
      continue
    }
    // A short line set off from the body by a blank line, ending no
    // sentence, owned by no article: page chrome between blocks.
    const before = lines[end - 2]
    if (end - 1 > bodyStart && before !== undefined && isBlank(before) && isOrphan(content)) {
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

function outletOptions(context: SplitContext): {outlets?: NonNullable<SplitOptions['outlets']>} {
  return context.options.outlets ? {outlets: context.options.outlets} : {}
}

function referenceOptions(context: SplitContext): {reference?: number} {
  return context.reference === undefined ? {} : {reference: context.reference}
}
