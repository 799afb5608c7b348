import type {Article} from '../../types.js'
import {readArticle, type SplitContext} from '../block.js'
import {isChromeLine} from '../cues.js'
import {readBlockHeader, type BlockHeader} from '../header.js'
import {isBlank, lineText} from '../lines.js'

/** At least this many chrome lines make a dump without related blocks an aggregator page. */
const MIN_CHROME_LINES = 2
/** Lines in a chrome run that are not cues (`#Ukraine`, an outlet logo's alt text) stay this short. */
const MAX_CHROME_RUN_LINE = 80

/**
 * The daily8 layout: a lead article (title, one paragraph per line), page
 * chrome, then related blocks, each `Outlet` / age / `- Outlet` / title /
 * body, separated by blank lines.
 *
 * Applies when at least one related-block header starts a block, or when the
 * page chrome holds at least two cue lines (a page saved before its related
 * blocks loaded). The lead is what comes before the chrome; the chrome run
 * is the stretch of blank lines, cue lines and short lines between cue lines
 * that ends right before the first related block (or the end of the text).
 *
 * @param context
 *   The split in progress.
 * @returns
 *   The articles, or `null` when the layout does not apply.
 */
export function splitDaily8(context: SplitContext): Article[] | null {
  const headers = findHeaders(context)
  const leadTo = headers[0]?.first ?? context.lines.length
  const chrome = findChromeRun(context, leadTo)
  if (headers.length === 0 && chrome.cueCount < MIN_CHROME_LINES) return null

  const articles: Article[] = []
  const leadFrom = skipLeadingChrome(context, 0, chrome.start)
  const lead = readArticle(context, leadFrom, chrome.start, 'lead', null)
  if (lead) articles.push(lead)

  for (const [index, header] of headers.entries()) {
    const to = headers[index + 1]?.first ?? context.lines.length
    const related = readArticle(context, header.first, to, 'related', header)
    if (related) articles.push(related)
  }

  return articles
}

/**
 * Every related-block header that starts a block: at the top, after a blank
 * line or after a chrome line.
 */
function findHeaders(context: SplitContext): BlockHeader[] {
  const {text, lines, cues} = context
  const headers: BlockHeader[] = []
  let previousOpensBlock = true
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (isBlank(line)) {
      previousOpensBlock = true
      continue
    }
    if (previousOpensBlock) {
      const header = readBlockHeader(text, lines, index, cues)
      if (header) {
        headers.push(header)
        index += header.count - 1
        previousOpensBlock = false
        continue
      }
    }
    previousOpensBlock = isChromeLine(lineText(text, line), cues)
  }
  return headers
}

/**
 * Walk back from line `to` over blank lines, cue lines and short lines; the
 * run starts at its topmost cue line (short lines above it are given back to
 * the lead).
 */
function findChromeRun(context: SplitContext, to: number): {start: number; cueCount: number} {
  const {text, lines, cues} = context
  let start = to
  let cueCount = 0
  for (let index = to - 1; index >= 0; index--) {
    const line = lines[index]!
    if (isBlank(line)) continue
    if (line.contentEnd - line.contentStart > MAX_CHROME_RUN_LINE) break
    const content = lineText(text, line)
    if (isChromeLine(content, cues)) {
      cueCount++
      start = index
    } else if (/[.!?"'”’]$/.test(content)) {
      break
    }
  }
  if (cueCount === 0) return {start: to, cueCount}
  return {start, cueCount}
}

/** Skip blank and cue lines before the lead's title (`Skip to content`, `Menu`). */
function skipLeadingChrome(context: SplitContext, from: number, to: number): number {
  const {text, lines, cues} = context
  let index = from
  while (index < to) {
    const line = lines[index]!
    if (!isBlank(line) && !isChromeLine(lineText(text, line), cues)) break
    index++
  }
  return index
}
