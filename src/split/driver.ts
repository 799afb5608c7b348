import type {Article, Layout, SplitOptions} from '../types.js'
import {classifyLines, LineClass, type LineClassCode} from './classify.js'
import type {ChromeCues} from './cues.js'
import type {HeaderShapes} from './header-shapes.js'
import {buildArticle, type Item, type SplitContext} from './item.js'
import {splitDaily8} from './layouts/daily8.js'
import {readChat} from './layouts/chat.js'
import {markedFamily, readItems} from './layouts/items.js'
import {splitListing} from './layouts/listing.js'
import {splitPlain} from './layouts/plain.js'
import {isLineBreak, isWhitespace, scanLines, type Line} from './lines.js'
import {scoreReading} from './score.js'
import {forcedCutWarning} from './segment.js'

/** What a layout rule makes of a page: its items and the family they suggest. */
export interface RuleReading {
  layout: Layout
  items: Item[]
  /**
   * Whether the rule found the structure it is named for (daily8: a
   * related-block header; listing: separator lines): only then does the
   * preference for earlier rules hold.
   */
  structural?: boolean
  /**
   * Line classes the rule found by structure that a line's own shape cannot
   * show (a chat's message heads, its remarks and system lines): every
   * reading of the page is scored against the classes with these put in.
   */
  evidence?: ReadonlyMap<number, LineClassCode>
}

/**
 * A layout rule: reads lines `[from, to)` its way, or returns `null` when
 * the page is not laid out that way. The driver scores every rule's reading
 * and keeps the best.
 */
export interface LayoutRule {
  /** Named in each article's provenance. */
  name: string
  read: (context: SplitContext, from: number, to: number) => RuleReading | null
}

/**
 * A daily8 reading is its own structure (and keeps the preference) when it
 * has at least this many articles, one with a header: one article under one
 * header, the whole page (a newsletter's `The Hustle` / `December 2, 2026`
 * over its stories), is no evidence of the layout.
 */
const MIN_STRUCTURAL_ITEMS = 2

/** An age, outlet-and-age, byline or meta line: a header's line, never a title. */
function isHeaderClass(code: number): boolean {
  return code === LineClass.age || code === LineClass.outletAge || code === LineClass.byline || code === LineClass.meta
}

/**
 * The layout rules, in order of preference: a later rule must explain the
 * page better by `PREFERENCE_MARGIN` to win over an earlier one, so that
 * the seeds' own layouts keep reading them.
 */
export const layoutRules: readonly LayoutRule[] = [
  {
    name: 'daily8',
    read(context, from, to) {
      const items = splitDaily8(context, from, to)
      // A title that is a header line (`The Morning Digest` / `December 2, 2026` / `By Jane Ndlovu` over a newsletter's stories) is no related block's.
      if (items === null || (items.length > 0 && items.every((item) => isHeaderClass(context.classes!.codes[item.title]!)))) return null
      return {layout: 'daily8', items, structural: items.length >= MIN_STRUCTURAL_ITEMS && items.some((item) => item.header.length > 0)}
    }
  },
  {name: 'listing', read: (context, from, to) => wrap('listing', splitListing(context, from, to), true)},
  {
    // Before the item rule, which reads a chat's sender lines and remarks as headers and teasers.
    name: 'chat',
    read(context, from, to) {
      const reading = readChat(context, from, to)
      return reading && {layout: reading.layout, items: reading.items, structural: true, evidence: reading.evidence}
    }
  },
  {name: 'plain', read: (context, from, to) => wrap('plain', splitPlain(context, from, to))},
  {
    name: 'items',
    read(context, from, to) {
      const reading = readItems(context, from, to)
      return reading && (reading.evidence ? {layout: reading.layout, items: reading.items, evidence: reading.evidence} : {layout: reading.layout, items: reading.items})
    }
  }
]

/** How much better (in score, 0..1) a later rule must read a page than an earlier one. */
export const PREFERENCE_MARGIN = 0.05
/** Below this confidence a dump is said to be read badly. */
export const LOW_CONFIDENCE = 0.6

function wrap(layout: Layout, items: Item[] | null, structural = false): RuleReading | null {
  return items && {layout, items, structural}
}

/** What the driver needs besides the text. */
export interface PageBase {
  cues: ChromeCues
  options: SplitOptions
  reference: number | undefined
  shapes: HeaderShapes
}

/** One page of a dump, read. */
export interface PageReading {
  layout: Layout
  articles: Article[]
  /** How many articles it holds (also when they were not built). */
  count: number
  score: number
  /** The weight of its lines in the score (for a dump's mean). */
  weight: number
  /** Prose lines no article took. */
  lostProse: number
  /** Non-blank lines. */
  lines: number
  /** The rule whose reading was kept (`undefined` when none read the page): a second reading of the page needs only it. */
  rule: LayoutRule | undefined
  /**
   * With `build: 'lazy'`: the kept reading's items and what building them
   * needs, so that a stream builds each article as it yields it and holds
   * one, not a page of them.
   */
  pending?: {context: SplitContext; items: readonly Item[]}
}

/**
 * Read one page: classify its lines once, let every layout rule read it,
 * keep the reading that explains its lines best (see `scoreReading`).
 *
 * @param text
 *   The whole dump.
 * @param from
 *   Where the page starts (a line start).
 * @param to
 *   Where it ends (a line start, or the end of the text).
 * @param base
 *   Cues, options, reference and header shapes.
 * @param options
 *   `rules` (default `layoutRules`); `skipMark`: whether a byte-order mark
 *   at `from` is skipped (default: at offset 0); `build`: whether to build
 *   the articles (a stream's first pass only counts them; its second builds
 *   them one at a time, from `pending`); `lines`: the
 *   page's lines, when the segmenter found them.
 * @returns
 *   The page's layout, articles and how well they explain it.
 */
export function readPage(text: string, from: number, to: number, base: PageBase, {rules = layoutRules, skipMark = from === 0, build = true, lines: given}: ReadPageOptions = {}): PageReading {
  let content = 0
  if (given) for (const line of given) if (line.contentEnd > line.contentStart) content++
  // A page of blank lines holds no article and weighs nothing in the dump's score.
  if (given ? content === 0 : !hasContent(text, from, to)) return {layout: 'plain', articles: [], count: 0, score: 1, weight: 0, lostProse: 0, lines: 0, rule: undefined}
  const lines = given ?? scanLines(text, from, to, skipMark)
  if (!given) for (const line of lines) if (line.contentEnd > line.contentStart) content++
  const context: SplitContext = {text, lines, ...base}
  context.classes = classifyLines({text, lines, cues: base.cues, shapes: base.shapes, outlets: base.options.outlets})
  let best: {reading: RuleReading; score: number; lostProse: number; weight: number; rule: LayoutRule} | undefined
  // The context readings are scored in: the line classes, with a rule's structural evidence put in.
  let judged = context
  // A newsletter is judged as one (see `scoreReading`): its headlines are stories, some of its prose its own.
  const newsletter = markedFamily(context, 0, lines.length) === 'newsletter'
  for (const rule of rules) {
    // Scores are at most 1: once the best needs no later rule to beat it, none is asked.
    if (best !== undefined && best.score + (best.reading.structural ? PREFERENCE_MARGIN : 0) >= 1) break
    const reading = rule.read(context, 0, lines.length)
    if (!reading) continue
    // Each rule's evidence is put in on top of the earlier rules' (a chat's message heads, then the item rule's field lines).
    if (reading.evidence !== undefined && reading.evidence.size > 0) {
      judged = withEvidence(judged, reading.evidence)
      if (best !== undefined) best = {...best, ...scoreReading(judged, 0, lines.length, best.reading.items, newsletter)}
    }
    const {score, lostProse, weight} = scoreReading(judged, 0, lines.length, reading.items, newsletter)
    const margin = best?.reading.structural ? PREFERENCE_MARGIN : 0
    if (best === undefined || score > best.score + margin) best = {reading, score, lostProse, weight, rule}
  }
  if (best === undefined) return {layout: 'plain', articles: [], count: 0, score: 0, weight: content, lostProse: 0, lines: content, rule: undefined}
  const {items} = best.reading
  const articles = build === true ? items.map((item) => buildArticle(context, item)) : []
  const reading: PageReading = {layout: best.reading.layout, articles, count: items.length, score: best.score, weight: best.weight, lostProse: best.lostProse, lines: content, rule: best.rule}
  if (build === 'lazy') reading.pending = {context, items}
  return reading
}

/** The context with some line classes replaced (for scoring only: the rules read the classes as the lines show them). */
function withEvidence(context: SplitContext, evidence: ReadonlyMap<number, LineClassCode>): SplitContext {
  const classes = context.classes!
  const codes = classes.codes.slice()
  for (const [index, code] of evidence) codes[index] = code
  return {...context, classes: {...classes, codes}}
}

/** Whether `[from, to)` holds a character that is neither whitespace nor a line break. */
function hasContent(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (!isWhitespace(code) && !isLineBreak(code)) return true
  }
  return false
}

/** Options of `readPage`. */
export interface ReadPageOptions {
  rules?: readonly LayoutRule[]
  skipMark?: boolean
  /** `true` (default): build the articles; `false`: only count them; `'lazy'`: leave them to the caller (`pending`). */
  build?: boolean | 'lazy'
  /** The page's lines, when the caller found them already (as `scanLines(text, from, to, skipMark)` gives them). */
  lines?: Line[]
}

/**
 * A dump's layout, confidence and warnings from its pages: `mixed` when
 * pages of different families were pasted together.
 *
 * @param pages
 *   The pages, read.
 * @param forced
 *   How many pages the segmenter cut at a line that is not blank (see
 *   `MAX_PAGE_LENGTH_HARD`): said in a warning.
 * @returns
 *   Layout, confidence (the pages' scores, weighted by their lines) and
 *   warnings.
 */
export function summarise(pages: ReadonlyArray<Omit<PageReading, 'articles'>>, forced = 0): {layout: Layout; confidence: number; warnings: string[]} {
  const read = pages.filter((page) => page.lines > 0)
  const layouts = new Set(read.map((page) => page.layout))
  const layout: Layout = layouts.size === 0 ? 'plain' : layouts.size === 1 ? [...layouts][0]! : 'mixed'
  let weight = 0
  let total = 0
  let lostProse = 0
  let articles = 0
  let lines = 0
  for (const page of read) {
    weight += page.weight
    total += page.score * page.weight
    lostProse += page.lostProse
    articles += page.count
    lines += page.lines
  }
  const confidence = weight === 0 ? 1 : Math.round((total / weight) * 1000) / 1000
  const warnings: string[] = []
  if (lines > 0 && articles === 0) warnings.push(`No article was found in its ${lines} line${lines === 1 ? '' : 's'} of text.`)
  else if (confidence < LOW_CONFIDENCE) {
    warnings.push(`Read badly: the ${layout} reading explains ${Math.round(confidence * 100)}% of its lines (headlines as titles, prose as paragraphs, chrome as boilerplate).`)
  }
  if (layout === 'plain' && articles > 0 && lines > 3 && confidence < LOW_CONFIDENCE) {
    warnings.push('No layout family explained it: it was read as plain text.')
  }
  if (lostProse > 0 && articles > 0 && confidence < LOW_CONFIDENCE) {
    warnings.push(`${lostProse} line${lostProse === 1 ? '' : 's'} of prose went to no article.`)
  }
  if (forced > 0) warnings.push(forcedCutWarning(forced))
  return {layout, confidence, warnings}
}
