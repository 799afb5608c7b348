import type {Article, ArticleRole, Span, SplitOptions} from '../types.js'
import {normalizeOutlet} from '../outlet/normalize-outlet.js'
import {normalizeTimestamp, type TimestampOptions} from '../time/normalize-timestamp.js'
import {parseDateline} from '../time/parse-dateline.js'
import type {LineClasses} from './classify.js'
import type {ChromeCues} from './cues.js'
import type {HeaderShapes} from './header-shapes.js'
import {lineText, type Line} from './lines.js'
import {endsMidSentence, isEndMarkerLine} from './truncation.js'

/** What every layout rule works from. */
export interface SplitContext {
  text: string
  lines: readonly Line[]
  cues: ChromeCues
  options: SplitOptions
  /** The reference as epoch milliseconds, validated once. */
  reference: number | undefined
  shapes: HeaderShapes
  /** Line classes, computed once per dump (absent in contexts made for a few lines). */
  classes?: LineClasses
}

/**
 * What a line is in a reading of the dump: what the rule made of it. The
 * driver compares these with the lines' classes to score the reading.
 */
export const LineRole = {
  boilerplate: 0,
  title: 1,
  header: 2,
  paragraph: 3,
  /** Chrome inside an article's span (a caption, `Advertisement`, a subheading). */
  inner: 4
} as const

/**
 * One article as a rule reads it, by line numbers: built into an `Article`
 * by `buildArticle`.
 */
export interface Item {
  role: Exclude<ArticleRole, 'teaser'>
  /** The title line. */
  title: number
  /** The title as read (list marker and trailing outlet removed), when it is not the whole line. */
  titleText?: string
  /** Header lines (outlet, age, byline), any order, before or after the title. */
  header: number[]
  /** Body lines, in order. */
  paragraphs: number[]
  /** Lines inside the item that are chrome, captions or subheadings. */
  inner: number[]
  outlet: string | null
  age: string | null
  byline: string | null
  /**
   * Where the first paragraph starts when its line opens with the item's age
   * (`Nov 20, 2026 — The snippet…`, as search results print it): the line
   * and the offset in the dump.
   */
  bodyStart?: {line: number; start: number}
  /** The first paragraph when the title line also holds it (`Headline  —  excerpt`). */
  excerpt?: {text: string; start: number; end: number}
  rule: string
  shape: string | null
  template?: string
}

/**
 * Build an article from an item: normalise its outlet and age, read its
 * dateline, judge truncation, and take its span from its first to its last
 * line.
 *
 * @param context
 *   The split in progress.
 * @param item
 *   The item.
 * @returns
 *   The article.
 */
export function buildArticle(context: SplitContext, item: Item): Article {
  const {text, lines} = context
  const paragraphs: string[] = []
  if (item.excerpt) paragraphs.push(item.excerpt.text)
  for (const index of item.paragraphs) {
    const line = lines[index]!
    paragraphs.push(item.bodyStart?.line === index ? text.slice(item.bodyStart.start, line.contentEnd) : lineText(text, line))
  }
  let first = item.title
  let last = item.title
  for (const list of [item.header, item.paragraphs, item.inner]) {
    for (const index of list) {
      if (index < first) first = index
      if (index > last) last = index
    }
  }
  const inside = new Set([item.title, ...item.header, ...item.paragraphs])
  const boilerplate: Span[] = []
  for (const index of [...item.inner].sort((a, b) => a - b)) {
    if (index > first && index < last && !inside.has(index)) {
      boilerplate.push({start: lines[index]!.contentStart, end: lines[index]!.contentEnd})
    }
  }
  let lastParagraph: string | undefined
  for (let position = paragraphs.length - 1; position >= 0 && lastParagraph === undefined; position--) {
    if (!isEndMarkerLine(paragraphs[position]!)) lastParagraph = paragraphs[position]
  }
  const firstBody = item.paragraphs[0]
  return {
    role: paragraphs.length === 0 ? 'teaser' : item.role,
    title: item.titleText ?? lineText(text, lines[item.title]!),
    paragraphs,
    text: paragraphs.join('\n\n'),
    outlet: item.outlet === null ? null : normalizeOutlet(item.outlet, outletOptions(context)),
    published: item.age === null ? null : normalizeTimestamp(item.age, timestampOptions(context)),
    dateline: item.excerpt ? null : firstBody === undefined ? null : readDateline(context, lines[firstBody]!),
    byline: item.byline,
    truncated: lastParagraph === undefined ? false : endsMidSentence(lastParagraph),
    span: {start: lines[first]!.contentStart, end: lines[last]!.contentEnd},
    boilerplate,
    provenance: item.template === undefined ? {rule: item.rule, header: item.shape} : {rule: item.rule, header: item.shape, template: item.template}
  }
}

/**
 * The wire dateline opening the body (`ISTANBUL, July 23 (Reuters) -`), its
 * span moved from the line's coordinates to the dump's. The body text keeps
 * the dateline.
 *
 * @param context
 *   The split in progress.
 * @param line
 *   The first body line.
 */
export function readDateline(context: SplitContext, line: Line): Article['dateline'] {
  if (line.contentEnd - line.contentStart < 6) return null
  const dateline = parseDateline(lineText(context.text, line), {...referenceOptions(context), ...outletOptions(context)})
  if (!dateline) return null
  const shift = line.contentStart
  return {...dateline, span: {start: dateline.span.start + shift, end: dateline.span.end + shift}}
}

export function outletOptions(context: SplitContext): {outlets?: NonNullable<SplitOptions['outlets']>} {
  return context.options.outlets ? {outlets: context.options.outlets} : {}
}

export function referenceOptions(context: SplitContext): {reference?: number} {
  return context.reference === undefined ? {} : {reference: context.reference}
}

/** The reference, `timeZone` and `dateOrder` the caller gave, for the header's timestamp. */
function timestampOptions(context: SplitContext): TimestampOptions {
  const {timeZone, dateOrder} = context.options
  const options: TimestampOptions = referenceOptions(context)
  if (timeZone !== undefined) options.timeZone = timeZone
  if (dateOrder !== undefined) options.dateOrder = dateOrder
  return options
}

/**
 * Record an item's lines in a role table (see `LineRole`).
 *
 * @param roles
 *   One entry per line of the dump.
 * @param item
 *   The item.
 */
export function markItem(roles: Uint8Array, item: Item): void {
  roles[item.title] = LineRole.title
  for (const index of item.header) roles[index] = LineRole.header
  for (const index of item.paragraphs) roles[index] = LineRole.paragraph
  for (const index of item.inner) roles[index] = LineRole.inner
}
