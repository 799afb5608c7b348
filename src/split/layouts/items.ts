import type {Layout} from '../../types.js'
import {isDomain, isKnownOutletName, LineClass, PAREN_TAIL, type LineClassCode, type LineParts} from '../classify.js'
import {countWords, isAgeLine, isOutletLine, isTitleCase} from '../header.js'
import {isBareByline, isNameList, MAX_FEED_WORDS, readOneLineHeader} from '../header-shapes.js'
import {lineText} from '../lines.js'
import {mayHaveFieldShape, readFieldShape} from '../parts-line.js'
import {chromeKey, isChromeLine, isRoleLine, isSectionName, opensAdCopy, type ChromeCues} from '../cues.js'
import type {Item, SplitContext} from '../item.js'
import {parseDateline} from '../../time/parse-dateline.js'
import {getDefaultOutletRegistry} from '../../outlet/registry.js'

/**
 * The general rule: induce the repeated item template from the line
 * classes and read every item by it, so that a page nobody named mostly
 * reads.
 *
 * Every headline-like line anchors one item. The lines between two anchors
 * (the gap) hold the end of one item and the start of the next; where to
 * cut is what the template says: the header shape that most gaps end with
 * (`outlet` before the headline on Google News, `outlet · age` on MSN,
 * nothing on a feed of `headline / snippet / age`), confirmed by the lines
 * before the first anchor and after the last, and by blank lines that fall
 * at the cut. Header lines then give each item its outlet, age and byline;
 * prose lines after the headline are its paragraphs; chrome inside an item
 * is its inner boilerplate, chrome between items the dump's. An item whose
 * header holds an ad marker (`Sponsored`, `Ad · Chase`) is an ad, and
 * boilerplate. A short heading that no template slot explains (a feed
 * reader's feed name) names the outlet of the items under it.
 *
 * @param context
 *   The split in progress (with line classes).
 * @param from
 *   First line.
 * @param to
 *   Line after the last.
 * @returns
 *   The items and the family the template suggests, or `null` when no line
 *   is headline-like.
 */
export function readItems(context: SplitContext, from: number, to: number): ItemsReading | null {
  const classes = context.classes
  if (!classes) return null
  const sequence = contentSequence(context, from, to)
  const marked = markedFamily(context, from, to)
  demoteCountedMenus(context, sequence)
  readCountedHeaders(context, sequence)
  demoteSubheads(context, sequence, marked === 'newsletter')
  if (marked === 'newsletter') demoteSignOffs(context, sequence)
  demoteAdCopy(context, sequence)
  demotePromotionBlocks(context, sequence)
  demoteRepeatedHeadlines(context, sequence)
  demoteControlRows(context, sequence)
  const evidence = new Map<number, LineClassCode>()
  readLeadSentences(context, sequence, evidence, marked === 'newsletter')
  demoteFieldShapes(context, sequence, evidence)
  demoteMenuHeadlines(context, sequence)
  readFeedBylines(context, sequence)
  readBareBylines(context, sequence)
  let {anchors, gaps, lead, tail} = cutGaps(sequence)
  if (anchors.length === 0) return null
  // Two pages of different families pasted with no page-start line between: each half by its own template.
  const split = findTemplateSplit(gaps)
  if (split !== -1) {
    const pasted = readPastedPages(context, sequence, gaps, split, from, to)
    if (pasted !== null) {
      dropIsolatedBareLines(context, pasted.items)
      if (evidence.size > 0) pasted.evidence = new Map([...evidence, ...(pasted.evidence ?? [])])
      return pasted
    }
  }
  const pre = choosePre(gaps, lead, tail)
  const post = commonPost(gaps, pre)
  if (demoteSnippets(context, sequence, {anchors, gaps, lead}, pre, post)) ({anchors, gaps, lead, tail} = cutGaps(sequence))
  const preSet = new Set(pre)
  const postSet = new Set(post)
  const template = [...pre, 'H', ...post].map((symbol) => SYMBOL_NAMES[symbol] ?? symbol).join(' ')

  // Where each item starts and ends, in sequence positions.
  const starts: number[] = []
  const ends: number[] = []
  const startOf = (gap: Gap, preLength: number, anchor: number): number => (preLength > 0 ? gap.positions[gap.symbols.length - preLength]! : anchor)
  const endOf = (gap: Gap, postLength: number, anchor: number): number => (postLength > 0 ? gap.positions[postLength - 1]! + 1 : anchor + 1)
  starts.push(startOf(lead, leadLength(lead, pre, preSet), anchors[0]!))
  for (const [index, gap] of gaps.entries()) {
    const preLength = suffixLength(gap, pre, preSet)
    // What the post template has no slot for stays between the items (a feed name heading the next group).
    let postLength = gap.symbols.length - preLength
    while (postLength > 0 && !postSet.has(gap.symbols[postLength - 1]!) && gap.symbols[postLength - 1] !== 'P' && gap.breaks[postLength - 1]) postLength--
    ends.push(endOf(gap, postLength, anchors[index]!))
    starts.push(startOf(gap, preLength, anchors[index + 1]!))
  }
  // Whether some item's body goes on past a blank or chrome line: else one that does after the last headline is the page's footer.
  const bodiesBreak = gaps.length < MIN_HEADINGS || gaps.some((gap) => gap.symbols.some((symbol, index) => symbol === 'P' && gap.symbols[index - 1] === 'P' && gap.breaks[index]))
  // Whether some item prints a body right under its headline (`tight`) or after a blank line (`spaced`), where the
  // template's commonest shape has none (`Headline` / `environment` / `saved by 29 · …`; a newsletter's teasers, then stories).
  const bodies = {tight: gaps.some((gap) => gap.symbols[0] === 'P' && !gap.breaks[0]), spaced: gaps.some((gap) => gap.symbols[0] === 'P' && gap.breaks[0])}
  ends.push(endOf(tail, prefixLength(tail, post, postSet, {only: anchors.length === 1, bodiesBreak, bodies}), anchors.at(-1)!))

  // A tail on the headline that most items carry (`Headline - Outlet`) is their outlet.
  let tails = 0
  const tailShapes = new Map<string, number>()
  for (const anchor of anchors) {
    const parts = classes.parts.get(sequence[anchor]!.line)
    if (!parts?.tail) continue
    tails++
    tailShapes.set(parts.shape, (tailShapes.get(parts.shape) ?? 0) + 1)
  }
  const tailsAreOutlets = tails * 2 >= anchors.length
  // …in the page's own form: a `Headline | Name` line on a page of `Title (domain)` names no outlet.
  const tailShape = tailsAreOutlets ? majorityCount(tailShapes)[0] : null

  // Short names in a template slot are outlets when most of them are ones the registry knows
  // (Google News); else they are kickers or section names (a publisher's own section page).
  // Unknown names are outlets too when none of the slot's names is a section
  // name (a feed reader's feed names, small outlets on an aggregator).
  let names = 0
  let known = 0
  let kickers = 0
  for (const [index, anchor] of anchors.entries()) {
    for (let position = starts[index]!; position < ends[index]!; position++) {
      if (position === anchor || sequence[position]!.symbol !== 'o') continue
      if (classes.parts.get(sequence[position]!.line)?.outlet == null) {
        kickers++
        continue
      }
      names++
      if (sequence[position]!.code === LineClass.outlet) known++
    }
  }
  const nameIsSlot = (preSet.has('o') || postSet.has('o')) && (known * 2 >= names || (kickers === 0 && names >= MIN_HEADINGS))
  const hasOutletSlot = nameIsSlot || preSet.has('O') || postSet.has('O') || tailsAreOutlets
  // Group headings: a short name on its own between items (a feed reader's feed names).
  const headings: Array<string | null> = []
  let headingCount = 0
  for (const [index] of anchors.entries()) {
    let found: string | null = null
    for (let position = starts[index]! - 1; position >= (index === 0 ? 0 : ends[index - 1]!); position--) {
      const entry = sequence[position]!
      if (entry.symbol === 'H' || entry.symbol === 'P') break
      if (entry.symbol === 'o' && entry.breakBefore) {
        found = classes.parts.get(entry.line)?.outlet ?? null
        break
      }
    }
    if (found !== null) headingCount++
    headings.push(found)
  }
  const useHeadings = !hasOutletSlot && headingCount >= MIN_HEADINGS

  const feedNames = readFeedPrefixes(context, sequence, anchors)
  // Items whose outlet is their group's heading, not a header of their own.
  const inherited = new Set<Item>()
  const items: Item[] = []
  const namedBySlot: boolean[] = []
  let heading: string | null = null
  let previousEnd = 0
  // A sponsor block (`Sponsor Posts` / `Okta:` / … / `Vanta:` / …) runs to the next blank line, on a page that sets its items apart by them.
  let blankStarts = 0
  for (const start of starts) if (sequence[start]!.blankBefore) blankStarts++
  const blocks = blankStarts * 2 >= anchors.length
  let inAdBlock = false
  for (const [index, anchor] of anchors.entries()) {
    // Lines between the previous item and this one: an ad marker makes this item an ad.
    const marked = isAdvertised(sequence, previousEnd, starts[index]!, index === 0)
    const afterAd: boolean = inAdBlock && blocks && !hasBlankBetween(sequence, previousEnd, starts[index]!)
    previousEnd = ends[index]!
    if (headings[index] !== null) heading = headings[index]!
    const item = makeItem(context, sequence, starts[index]!, anchor, ends[index]!, nameIsSlot, tailShape, template)
    // A marker set apart by a blank line (a newsletter's `Presented by Lumenwise` over its first story) marks a card, not a story with a body.
    const isAd: boolean = marked === AD || (marked === AD_UNLESS_BODY && item.item.paragraphs.length === 0) || afterAd
    const feedName = feedNames?.[index]
    if (feedName) {
      item.item.titleText = feedName.title
      if (item.item.outlet === null) item.item.outlet = feedName.outlet
      item.item.shape = item.item.shape === null ? 'feed: headline' : `feed: headline + ${item.item.shape}`
    }
    inAdBlock = isAd || item.ad
    if (inAdBlock) continue
    if (item.item.outlet === null && heading !== null && useHeadings) {
      item.item.outlet = heading
      inherited.add(item.item)
    }
    items.push(item.item)
    namedBySlot.push(nameIsSlot && preSet.has('o') && item.item.outlet !== null && item.item.header.some((line) => line < item.item.title && classes.codes[line] !== LineClass.outletAge && (classes.codes[line] === LineClass.name || classes.codes[line] === LineClass.outlet)))
  }
  inheritGroupHeadings(items, namedBySlot, inherited)
  dropStrayItems(context, items, inherited, marked === 'newsletter')
  dropIsolatedBareLines(context, items, (item) => (item.outlet !== null && !inherited.has(item)) || item.age !== null || item.byline !== null)
  dropOffTemplateTitle(items, inherited)
  dropOffTemplateLines(context, items, inherited)
  // The page's own article (an article page): the first with a body of some length.
  const main = items.find((item) => item.paragraphs.length >= MAIN_PARAGRAPHS)
  if (main) main.role = 'lead'
  else if (items.length === 1) items[0]!.role = 'lead'
  const reading: ItemsReading = {items, layout: marked ?? familyOf(pre, post, sequence, anchors, tailsAreOutlets, items, useHeadings), template}
  if (reading.layout === 'feed-reader') inheritListHeading(context, sequence, items)
  if (evidence.size > 0) reading.evidence = evidence
  return reading
}

/** What the item rule reads: the items, the family their template suggests, the template, and the classes it found by structure (field lines). */
export interface ItemsReading {
  items: Item[]
  layout: Layout
  template: string
  /** Lines the rule read by structure as other than their own class shows (a card's field line that reads as a headline): every reading of the page is scored with them. */
  evidence?: Map<number, LineClassCode>
}

/** A feed name before a post title (`VTDigger: Wall Street cool…`) is at most this long. */
const MAX_FEED_PREFIX = 40
/**
 * …and the page prints one on at least this share of its headlines: a
 * planet prefixes every post, while a publisher's topic prefixes
 * (`Ukraine war: …`, `Budget 2026: …`) open some headlines of a page, and
 * must stay part of them.
 */
const FEED_PREFIX_SHARE = 0.9

/**
 * A planet prints each post as `Feed name: Post title`: when most headlines
 * open with a short name and a colon, the name is the item's outlet and the
 * rest its title. A section name or a kicker (`Analysis: …`, `Q&A: …` on
 * one headline) names no feed.
 *
 * @returns
 *   For each anchor, its feed name and title, or `undefined`; `null` when
 *   the page does not print them.
 */
function readFeedPrefixes(context: SplitContext, sequence: readonly Entry[], anchors: readonly number[]): Array<{outlet: string; title: string} | undefined> | null {
  if (anchors.length < MIN_HEADINGS) return null
  const found: Array<{outlet: string; title: string} | undefined> = []
  let count = 0
  for (const anchor of anchors) {
    const line = context.lines[sequence[anchor]!.line]!
    const head = context.text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + MAX_FEED_PREFIX + 2))
    const at = head.indexOf(': ')
    let entry: {outlet: string; title: string} | undefined
    if (at > 0) {
      const name = head.slice(0, at).trim()
      const title = context.text.slice(line.contentStart + at + 2, line.contentEnd).trim()
      if (countWords(title) >= 2 && isFeedName(name) && isOutletLine(name, context.cues) && !isSectionName(name, context.cues)) entry = {outlet: name, title}
    }
    if (entry) count++
    found.push(entry)
  }
  return count >= MIN_HEADINGS && count >= anchors.length * FEED_PREFIX_SHARE ? found : null
}

/** A year in a prefix makes it a topic (`Budget 2026`, `Election 2024`), never a feed. */
const YEAR = /\b(?:19|20)\d\d\b/

/**
 * A feed's name is a name: its words capitalised (`VTDigger`, `Honolulu
 * Civil Beat`, `The Data Desk`), no year in it. A topic prefix reads as a
 * phrase (`Ukraine war`, `Cost of living`, `Budget 2026`).
 */
function isFeedName(name: string): boolean {
  return /^\p{Lu}/u.test(name) && isTitleCase(name) && !YEAR.test(name)
}

/** A gap's shape as the split search compares it: its symbols, prose runs as one, at most this many. */
const MAX_SIGNATURE = 4
/** Each half of a split holds at least this many gaps… */
const MIN_SPLIT_GAPS = 2
/** …and the split explains this share of the gaps more than one template does (and at least two). */
const MIN_SPLIT_GAIN = 0.2

function signatureOf(gap: Gap): string {
  let shape = ''
  let count = 0
  // From the end: the last symbols before the next headline, prose runs as one.
  for (let index = gap.symbols.length - 1; index >= 0 && count < MAX_SIGNATURE; index--) {
    const symbol = gap.symbols[index]!
    if (symbol === 'P' && gap.symbols[index - 1] === 'P') continue
    shape = symbol + shape
    count++
  }
  return shape
}

/** A page with more gap shapes than this has no clean split into two templates (and is not searched). */
const MAX_SPLIT_SHAPES = 12

/** Two gap shapes with no header slot in common (prose aside): two templates, not one with optional parts. */
function sharesNoSlot(left: string, right: string): boolean {
  // A run of bare headlines (a cluster's related links) is no page of its own.
  if (left === right || left === '' || right === '') return false
  for (const symbol of left) if (symbol !== 'P' && right.includes(symbol)) return false
  return true
}

function majorityCount(counts: ReadonlyMap<string, number>): [string, number] {
  let best = ''
  let count = 0
  for (const [key, value] of counts) if (value > count) [best, count] = [key, value]
  return [best, count]
}

/**
 * Where the gaps change shape for good: the index `k` such that gaps before
 * it share one shape and gaps from it on another (a Hacker News page's
 * points lines, then a Techmeme page's credit lines), when that explains
 * clearly more gaps than one shape does; `-1` for a page of one template.
 */
function findTemplateSplit(gaps: readonly Gap[]): number {
  if (gaps.length < 2 * MIN_SPLIT_GAPS + 1) return -1
  const signatures = gaps.map((gap) => signatureOf(gap))
  const after = new Map<string, number>()
  for (const signature of signatures) after.set(signature, (after.get(signature) ?? 0) + 1)
  if (after.size > MAX_SPLIT_SHAPES) return -1
  const [, whole] = majorityCount(after)
  const before = new Map<string, number>()
  let best = -1
  let bestCount = whole + Math.max(2, gaps.length * MIN_SPLIT_GAIN) - 1e-9
  // The gap at the cut belongs to neither half: it holds one page's end and the next one's start.
  for (let index = 0; index + 1 < signatures.length; index++) {
    const signature = signatures[index]!
    after.set(signature, after.get(signature)! - 1)
    if (index >= MIN_SPLIT_GAPS && signatures.length - index - 1 >= MIN_SPLIT_GAPS) {
      const [left, leftCount] = majorityCount(before)
      const [right, rightCount] = majorityCount(after)
      if (sharesNoSlot(left, right) && leftCount + rightCount > bestCount) {
        best = index
        bestCount = leftCount + rightCount
      }
    }
    before.set(signature, (before.get(signature) ?? 0) + 1)
  }
  return best
}

/**
 * Read the lines before and after the gap at `split` as two pages, each by
 * its own template: the second page starts where its first item's header
 * starts (by the template its own gaps show), or at its first headline.
 */
function readPastedPages(context: SplitContext, sequence: readonly Entry[], gaps: readonly Gap[], split: number, from: number, to: number): ItemsReading | null {
  const rest = gaps.slice(split + 1)
  const gap = gaps[split]!
  const pre = choosePre(rest, gap, makeGap(sequence, sequence.length, sequence.length))
  const length = suffixLength(gap, pre, new Set(pre))
  const position = length > 0 ? gap.positions[gap.symbols.length - length]! : (gap.positions.at(-1) ?? -1) + 1
  const cut = position > 0 && position < sequence.length ? sequence[position]!.line : -1
  if (cut <= from || cut >= to) return null
  const first = readItems(context, from, cut)
  const second = readItems(context, cut, to)
  if (first === null || second === null) return null
  const evidence = new Map([...(first.evidence ?? []), ...(second.evidence ?? [])])
  const reading: ItemsReading = {items: [...first.items, ...second.items], layout: first.layout === second.layout ? first.layout : 'mixed', template: `${first.template} / ${second.template}`}
  if (evidence.size > 0) reading.evidence = evidence
  return reading
}

/** The anchors (headline positions) of a sequence and the gaps between, before the first and after the last. */
function cutGaps(sequence: readonly Entry[]): {anchors: number[]; gaps: Gap[]; lead: Gap; tail: Gap} {
  const anchors: number[] = []
  for (let position = 0; position < sequence.length; position++) if (sequence[position]!.symbol === 'H') anchors.push(position)
  const gaps: Gap[] = []
  for (let index = 0; index + 1 < anchors.length; index++) gaps.push(makeGap(sequence, anchors[index]! + 1, anchors[index + 1]!))
  const lead = makeGap(sequence, 0, anchors[0] ?? sequence.length)
  const tail = makeGap(sequence, anchors.length > 0 ? anchors.at(-1)! + 1 : sequence.length, sequence.length)
  return {anchors, gaps, lead, tail}
}

/**
 * On a page whose template puts a header before every headline and prose
 * right after it (`age / headline / snippet / outlet`), a headline-like line
 * right under a headline that has that header, longer than it, with nothing
 * between, is that
 * item's snippet (one cut off without its full stop), not an item without
 * a header; a line with its own outlet tail (`Headline — Outlet`) is an
 * item of its own.
 *
 * @returns
 *   Whether any line was demoted (the gaps must then be cut again).
 */
function demoteSnippets(context: SplitContext, sequence: Entry[], {anchors, gaps, lead}: {anchors: readonly number[]; gaps: readonly Gap[]; lead: Gap}, pre: readonly string[], post: readonly string[]): boolean {
  if (post[0] !== 'P' || (pre.length === 0 && post.length < 2)) return false
  let changed = false
  for (const [index, gap] of gaps.entries()) {
    if (gap.symbols.length > 0 || gap.breakAtEnd) continue
    // Only under a headline with the template's header (else a rail of headlines), or, on a page with
    // no header before the headline, right above the slot that follows the body (`Reuters · 2h`).
    if (pre.length > 0 ? !endsWith((index === 0 ? lead : gaps[index - 1]!).symbols, pre) : !startsWithSlot(gaps[index + 1], post[1]!)) continue
    const title = lineText(context.text, context.lines[sequence[anchors[index]!]!.line]!)
    const next = sequence[anchors[index + 1]!]!
    if (lineText(context.text, context.lines[next.line]!).length <= title.length) continue
    // A line that names its own source (`Headline — Outlet`) is an item of its own, no snippet.
    if (context.classes!.parts.get(next.line)?.tail !== undefined) continue
    next.symbol = 'P'
    changed = true
  }
  return changed
}

/** Whether a blank line comes before any entry in positions `[from, to]`. */
function hasBlankBetween(sequence: readonly Entry[], from: number, to: number): boolean {
  for (let position = from; position <= to; position++) if (sequence[position]!.blankBefore) return true
  return false
}

const longestSectionCache = new WeakMap<ChromeCues, number>()

/** The length of the longest section name (`personal finance`): a longer line is none, without a key built. */
function longestSection(cues: ChromeCues): number {
  let longest = longestSectionCache.get(cues)
  if (longest === undefined) {
    longest = 0
    for (const name of cues.sections) longest = Math.max(longest, name.length)
    // Keys are compared with whitespace collapsed and trailing marks dropped: leave room for them.
    longest += SECTION_SLACK
    longestSectionCache.set(cues, longest)
  }
  return longest
}

/** Trailing `:`, `›` and spaces that a section line may carry beyond its key. */
const SECTION_SLACK = 8

const sponsorEndsCache = new WeakMap<ChromeCues, Set<number>>()

/** The last characters (lower case) of the ad markers: a line ending otherwise ends in none. */
function sponsorEnds(cues: ChromeCues): Set<number> {
  let ends = sponsorEndsCache.get(cues)
  if (ends === undefined) {
    ends = new Set()
    for (const marker of cues.sponsor) if (marker.length > 0) ends.add(marker.charCodeAt(marker.length - 1) | 0x20)
    sponsorEndsCache.set(cues, ends)
  }
  return ends
}

/** A header line that ends in an ad marker is at most this long (`u/Wayfair • Promoted`). */
const MAX_SPONSOR_TAIL_LINE = 80

/**
 * Whether a short line ends in an ad marker after a header join (`u/Wayfair
 * • Promoted`, `Chase · Sponsored`): the card's own header says it is an ad.
 */
function hasSponsorTail(context: SplitContext, line: number): boolean {
  const span = context.lines[line]!
  if (span.contentEnd - span.contentStart > MAX_SPONSOR_TAIL_LINE || span.contentEnd - span.contentStart < 3) return false
  // Prefilters with no string built: the line ends as an ad marker does, and a join stands before its last word.
  const last = context.text.charCodeAt(span.contentEnd - 1) | 0x20
  if (!sponsorEnds(context.cues).has(last)) return false
  const before = context.text.lastIndexOf(' ', span.contentEnd - 1)
  if (before - 2 < span.contentStart || context.text.charCodeAt(before - 2) !== 32) return false
  const text = lineText(context.text, span)
  // The last word first: one set lookup for nearly every line.
  const space = text.lastIndexOf(' ')
  if (space <= 0 || !context.cues.sponsor.has(chromeKey(text.slice(space + 1)))) return false
  for (const shape of context.shapes.oneLine) {
    for (const join of shape.joins) if (join !== ' ' && text.endsWith(join.trimEnd(), space) && space - join.length + 1 > 0) return true
  }
  return false
}

/** Whether a gap opens with `symbol`, no break before it (the end of a gap after the last headline counts as none). */
function startsWithSlot(gap: Gap | undefined, symbol: string): boolean {
  return gap !== undefined && gap.symbols[0] === symbol && !gap.breaks[0]
}

/** An ad marker stands at most this many lines above the ad's header. */
const MAX_AD_MARKER_DISTANCE = 3

/**
 * Whether an ad marker (`Sponsored`, `Sponsor Posts`) stands right above an
 * item's header, with only chrome, separators or names between. Above the
 * first item only names may stand between: there the page's menu ends, and
 * its `Sponsor` link marks nothing. A marker between blank lines (`Paid
 * Partner Content`, `Advertisement`) leaves it to the item: an ad card has no
 * body, a story under an ad slot or a newsletter's `Presented by Lumenwise`
 * has; a marker under the lines above it, with a blank line after (`Presented
 * by Siemens` closing an ad card), marks what is above, not the next item.
 */
function isAdvertised(sequence: readonly Entry[], from: number, start: number, first: boolean): typeof NOT_AD | typeof AD | typeof AD_UNLESS_BODY {
  for (let position = start - 1, seen = 0; position >= from && seen < MAX_AD_MARKER_DISTANCE; position--, seen++) {
    const symbol = sequence[position]!.symbol
    if (symbol === 's') {
      if (!sequence[position + 1]!.blankBefore) return AD
      // Under the lines above it, a blank line after (`Sponsored content` / ad / `Presented by Siemens`): the end of the ad above.
      return sequence[position]!.blankBefore ? AD_UNLESS_BODY : NOT_AD
    }
    if (symbol !== 'o' && (first || !isBreakSymbol(symbol))) return NOT_AD
  }
  return NOT_AD
}

/** What `isAdvertised` finds: no marker; a marker right above; a marker with a blank line between, which marks an item without a body only. */
const NOT_AD = 0
const AD = 1
const AD_UNLESS_BODY = 2

/** An outlet slot filled on at most this share of the items is a group heading (a feed reader's feed name), not each item's own. */
const GROUP_HEADING_SHARE = 0.6

/**
 * A name slot before the headline that only some items fill, the first of
 * them included, heads a group: each item under it without an outlet of its
 * own is that feed's (Feedly and Inoreader print the feed name once above
 * its posts). On a page where every item prints its outlet the slot is
 * nearly always filled and nothing is inherited.
 */
function inheritGroupHeadings(items: Item[], namedBySlot: readonly boolean[], inherited: Set<Item>): void {
  let named = 0
  for (const flag of namedBySlot) if (flag) named++
  if (named < MIN_HEADINGS || named > items.length * GROUP_HEADING_SHARE || !namedBySlot[0]) return
  // Every item between two headings lacks an outlet: else the names are items' own.
  for (const [index, item] of items.entries()) if (!namedBySlot[index] && item.outlet !== null) return
  let heading: string | null = null
  for (const [index, item] of items.entries()) {
    if (namedBySlot[index]) heading = item.outlet
    else if (item.outlet === null) {
      item.outlet = heading
      inherited.add(item)
    }
  }
}

/** The selected feed's name is at most this many entries above its list (`Mark all as read`, column heads between). */
const LIST_HEADING_REACH = 4

/**
 * A feed reader prints the selected feed's name over its list (`CNA` /
 * `Mark all as read` / the posts; `NPR World (9)` / `Show: All News` /
 * `Title⇥Date⇥Author` / the rows): when no item names an outlet of its
 * own, that name is every item's. Only a name line counts, the nearest
 * above the first item with only chrome between: a section name or a
 * kicker gives none, and neither does a group by date (`Today (5)`).
 */
function inheritListHeading(context: SplitContext, sequence: readonly Entry[], items: readonly Item[]): void {
  if (items.length === 0 || items.some((item) => item.outlet !== null)) return
  const first = Math.min(items[0]!.title, ...items[0]!.header)
  let position = sequence.findIndex((entry) => entry.line === first)
  let heading: string | null = null
  for (let reach = 0; position > 0 && reach < LIST_HEADING_REACH && heading === null; reach++) {
    const entry = sequence[--position]!
    if (entry.symbol === 'c' || entry.symbol === 'x') continue
    // A date group (`Today (5)`) between the name and the rows.
    if (entry.symbol === 'o' && context.classes!.parts.get(entry.line)?.outlet == null) continue
    if (entry.symbol !== 'o') return
    heading = context.classes!.parts.get(entry.line)!.outlet
  }
  if (heading === null || !isFeedNamed(context, heading, items)) return
  for (const item of items) item.outlet = heading
}

/**
 * A heading names a feed when the registry knows it or the page prints the
 * name again (the sidebar's tree: `CNA (28)`), not an app's or a view's
 * name alone (`Reader`, `All Items (42)`).
 */
function isFeedNamed(context: SplitContext, heading: string, items: readonly Item[]): boolean {
  if (isKnownOutletName(heading, context.options.outlets ?? getDefaultOutletRegistry())) return true
  const parts = context.classes!.parts
  let prints = 0
  for (const [line, read] of parts) if (read.outlet === heading && !items.some((item) => item.title === line)) prints++
  return prints >= 2
}

/** Feed names count as group headings when a page prints at least this many. */
const MIN_HEADINGS = 2
/** Headerless items at a page's edges are chrome when at least this share of its items have a header. */
const HEADED_SHARE = 0.6
/** …and at most this many in a row (more are a rail of teasers). */
const MAX_STRAY = 2

/**
 * Drop items that are the page's chrome, not its news: headline-like lines
 * without any header before the first headed item or after the last (menus,
 * footers) when most items carry one; on an article page, the headerless
 * teasers before its own article (navigation).
 */
function dropStrayItems(context: SplitContext, items: Item[], inherited: ReadonlySet<Item>, newsletter: boolean): void {
  // A group heading's name is no header of the item's own (`You have reached the end` under the last feed).
  const headed = (item: Item): boolean => (item.outlet !== null && !inherited.has(item)) || item.age !== null || item.byline !== null
  const count = items.filter((item) => headed(item)).length
  if (count > 0 && count >= items.length * HEADED_SHARE) {
    const stray = (item: Item | undefined): boolean => item !== undefined && !headed(item) && item.paragraphs.length === 0
    // One or two such lines are a menu's or a footer's; a longer run is a rail of teasers (`Most read`).
    let first = 0
    while (stray(items[first])) first++
    if (first <= MAX_STRAY) items.splice(0, first)
    let last = 0
    while (stray(items[items.length - 1 - last])) last++
    if (last <= MAX_STRAY) items.splice(items.length - last, last)
  }
  // (A newsletter's stories before its first long one are stories: `Here are three new stories` / `• …`.)
  const main = newsletter ? -1 : items.findIndex((item) => item.paragraphs.length >= MAIN_PARAGRAPHS)
  if (main > 0 && items.slice(0, main).every((item) => !headed(item) && item.paragraphs.length === 0)) items.splice(0, main)
  dropBareRuns(items, headed, (item) => isQuestion(context, item.title))
}

/** Lone bare lines are chrome when they are at most this share of a page's items… */
const MAX_ISOLATED_SHARE = 0.25
/** …and the page holds at least this many items that carry a header or a body. */
const MIN_EVIDENCED_ITEMS = 2

/**
 * A headline-like line set apart on its own (a blank line or the page's
 * edge right above and below it: a list's numbers or a rail's heading tie
 * a line to its neighbours) with nothing attached, no
 * header, no body, nothing inside, is no article on a page whose items show
 * what an article there carries: it is a widget heading, a promotion
 * (`Sign up for push alerts and have the best news…`), a share prompt, a
 * caption set apart from its image. A page of such lines (a link list
 * printed with blank lines between) keeps them: there they are the shape.
 */
function dropIsolatedBareLines(context: SplitContext, items: Item[], headed = (item: Item): boolean => item.outlet !== null || item.age !== null || item.byline !== null): void {
  const codes = context.classes!.codes
  const apart = (line: number): boolean => line < 0 || line >= codes.length || codes[line] === LineClass.blank
  const lone = (item: Item): boolean => !headed(item) && item.paragraphs.length === 0 && item.excerpt === undefined && item.inner.length === 0 && apart(item.title - 1) && apart(item.title + 1)
  let count = 0
  let evidenced = 0
  for (const item of items) {
    if (lone(item)) count++
    else if (headed(item) || item.paragraphs.length > 0) evidenced++
  }
  // The page's own article (a body of some length) is evidence enough: its rails are what is left.
  const article = items.some((item) => item.paragraphs.length >= MAIN_PARAGRAPHS)
  if (count === 0 || (evidenced < MIN_EVIDENCED_ITEMS && !article) || count > items.length * MAX_ISOLATED_SHARE) return
  let write = 0
  for (const item of items) if (!lone(item)) items[write++] = item
  items.length = write
}

/** A page's title above its items is told by its slots when the page holds at least this many other items… */
const MIN_TEMPLATE_ITEMS = 3
/** …a slot this share of them fill… */
const FILLED_SLOT_SHARE = 0.75
/** …and the title's own slots at most this share of them fill. */
const RARE_SLOT_SHARE = 0.25

/** At most this many leading items are the page's own title lines (a title, a heading, its `How it works` link). */
const MAX_TITLE_ITEMS = 3

/**
 * The first item of a page that has no body and no byline and fits none of the slots its
 * other items fill (an outlet, an age, a byline, a body: the repeated
 * template), while what it has few of them have, is the page's own title
 * (`# Morning links` over `* Headline | Outlet` lines, a newsletter's
 * subject line over its stories, `Government shutdown talks` over a Full
 * Coverage page's cards), not an article; so, up to three times, is the
 * next first item (a heading and its link: `Recommended by Pocket` / `How
 * it works`). So is a first item whose header has a shape no other item
 * prints, where all the others print one shape: missing a slot they fill
 * (`Your alert: "climate finance"` / `Daily digest, 2 December 2026` over
 * `Headline` / `Outlet - time` / snippet items), or carrying a header where
 * none of them carries any (a newsletter's preheader over its date line).
 */
function dropOffTemplateTitle(items: Item[], inherited: ReadonlySet<Item>): void {
  for (let count = 0; count < MAX_TITLE_ITEMS && isOffTemplateTitle(items, inherited); count++) items.shift()
}

function isOffTemplateTitle(items: readonly Item[], inherited: ReadonlySet<Item>): boolean {
  const first = items[0]
  // A byline is an article's own mark: a headline with one is a story, whatever the page's other items show.
  if (first === undefined || first.byline !== null || first.paragraphs.length >= MAIN_PARAGRAPHS || items.length - 1 < MIN_TEMPLATE_ITEMS) return false
  const slots = (item: Item): boolean[] => [item.outlet !== null && !inherited.has(item), item.age !== null, item.byline !== null, item.paragraphs.length > 0 || item.excerpt !== undefined]
  const counts = [0, 0, 0, 0]
  let shape: string | null | undefined
  let oneShape = true
  for (const item of items.slice(1)) {
    for (const [index, filled] of slots(item).entries()) if (filled) counts[index]!++
    if (shape === undefined) shape = item.shape
    else if (item.shape !== shape) oneShape = false
  }
  const others = items.length - 1
  const own = slots(first)
  let missing = false
  let common = false
  for (const [index, count] of counts.entries()) {
    if (own[index] && count > others * RARE_SLOT_SHARE) common = true
    if (!own[index] && count >= others * FILLED_SLOT_SHARE) missing = true
  }
  const bare = first.paragraphs.length === 0 && first.excerpt === undefined
  if (bare && missing && !common) return true
  // The others' one header shape, and the first's another: missing a slot they fill, or a header where they print none.
  if (!oneShape || first.shape === shape || first.shape === null) return false
  // A header where none of the others prints one counts only where they carry what the first lacks (their bodies):
  // else the first is the page's own article, the others a rail of bare teasers.
  return shape === null ? first.header.length > 0 && counts[3]! >= others * FILLED_SLOT_SHARE : bare && missing
}

/**
 * On a page of one-line items, each a headline that names its own outlet
 * (`▪️ Headline — Outlet`, `Headline - Outlet`, `Headline (domain.com)`)
 * and no body, the one-line item is the template; a bodiless item with no
 * outlet at all (a post's sign-off (`More links tomorrow`) over the post's
 * time, a heading) is the page's own text, not a link, unless it fills the
 * template's age slot (`Ask HN: …` over its points line). The
 * template must hold for at least `FILLED_SHARE` of at least
 * `MIN_FILLED_ITEMS` items, so a page of cards with a few one-line items
 * among them keeps all.
 */
function dropOffTemplateLines(context: SplitContext, items: Item[], inherited: ReadonlySet<Item>): void {
  const parts = context.classes!.parts
  const ownOutlet = (item: Item): boolean => item.outlet !== null && !inherited.has(item) && parts.get(item.title)?.outlet === item.outlet
  const bare = (item: Item): boolean => item.paragraphs.length === 0 && item.excerpt === undefined && item.byline === null
  let count = 0
  let aged = 0
  for (const item of items) {
    if (ownOutlet(item) && bare(item)) count++
    if (item.age !== null) aged++
  }
  if (count < MIN_FILLED_ITEMS || count < items.length * FILLED_SHARE || count === items.length) return
  // Where the template has an age slot too (`Title (domain)` over a points line), a dateless-domain item with its age (`Ask HN: …`) fits it.
  const agedTemplate = aged >= items.length * FILLED_SHARE
  let write = 0
  for (const item of items) if (item.outlet !== null || !bare(item) || (agedTemplate && item.age !== null)) items[write++] = item
  items.length = write
}

/** Bare lines between items are chrome when at least this share of a page's items carry a header or a body. */
const FILLED_SHARE = 0.8
/** …and a page holds at least this many items (a short page says too little). */
const MIN_FILLED_ITEMS = 5

/**
 * On a page whose items carry a header or a body, one or two headline-like
 * lines between items with neither (`Picks for you`, `Flag as irrelevant`, a
 * related search) are chrome that no article owns; a longer run of them is a
 * rail of teasers (`Most read`) and stays, unless every one is a question
 * (`People also ask`: a search page's box, chrome however long).
 */
function dropBareRuns(items: Item[], headed: (item: Item) => boolean, isQuestion: (item: Item) => boolean): void {
  const bare = (item: Item): boolean => !headed(item) && item.paragraphs.length === 0 && item.excerpt === undefined
  let filled = 0
  // Bare questions (a `People also ask` box) do not count against the page.
  let questions = 0
  for (const item of items) {
    if (!bare(item)) filled++
    else if (isQuestion(item)) questions++
  }
  if (items.length - questions < MIN_FILLED_ITEMS || filled < (items.length - questions) * FILLED_SHARE) return
  let write = 0
  for (let read = 0; read < items.length; ) {
    let run = read
    while (run < items.length && bare(items[run]!)) run++
    if (run === read) {
      items[write++] = items[read++]!
      continue
    }
    // A run of bare questions of any length is a question box (`People also ask`), no rail.
    let asked = true
    for (let index = read; index < run && asked; index++) asked = isQuestion(items[index]!)
    if (run - read > MAX_STRAY && !asked) for (let index = read; index < run; index++) items[write++] = items[index]!
    read = run
  }
  items.length = write
}

/** An item with this many paragraphs is the page's own article, its `lead`. */
const MAIN_PARAGRAPHS = 3

/** A content line as the rule sees it. */
interface Entry {
  line: number
  symbol: string
  code: LineClassCode
  /** A blank line, separator or chrome line comes right before it. */
  breakBefore: boolean
  /** A blank line comes right before it. */
  blankBefore: boolean
  /** A chrome line right under a name, no blank line between (`Vox` / `Lean Left`): the name's label, no break. */
  label?: boolean
}

/** The symbols between two anchors, chrome and separators left out. */
interface Gap {
  symbols: string[]
  /** Each symbol's position in the sequence. */
  positions: number[]
  /** For each symbol: whether its line is an outlet the registry knows (or a domain). */
  known: boolean[]
  /** For each symbol: whether a break (blank line, separator, chrome) comes right before it. */
  breaks: boolean[]
  /** For each symbol: whether it is a name with labels under it (`Vox` / `Lean Left`). */
  labelled: boolean[]
  /** Whether a break comes right before the next anchor. */
  breakAtEnd: boolean
}

const SYMBOL_NAMES: Record<string, string> = {o: 'outlet', a: 'age', O: 'outlet·age', b: 'byline', m: 'meta', P: 'prose', H: 'headline'}

function symbolOf(code: LineClassCode): string {
  switch (code) {
    case LineClass.headline:
      return 'H'
    case LineClass.prose:
      return 'P'
    case LineClass.outlet:
    case LineClass.name:
      return 'o'
    case LineClass.age:
      return 'a'
    case LineClass.outletAge:
      return 'O'
    case LineClass.byline:
      return 'b'
    case LineClass.meta:
      return 'm'
    case LineClass.sponsor:
      return 's'
    case LineClass.caption:
      return 'k'
    case LineClass.separator:
      return 'x'
    default:
      return 'c'
  }
}

/** Symbols that break the sequence rather than fill a template slot. */
function isBreakSymbol(symbol: string): boolean {
  return symbol === 'c' || symbol === 'x' || symbol === 'k'
}

/** A compact age: one or two digits and a unit letter (`3h`, `2d`, `14m`). */
const MAX_COMPACT_AGE = 3

function isCompactAge(text: string, units: string): boolean {
  if (text.length < 2 || text.length > MAX_COMPACT_AGE || !units.includes(text.at(-1)!)) return false
  for (let index = 0; index < text.length - 1; index++) if (text.charCodeAt(index) < 48 || text.charCodeAt(index) > 57) return false
  return true
}

/** Whether the page prints ages as `1h`, `3d` (a line read as an age in that form). */
function printsCompactAges(context: SplitContext, from: number, to: number): boolean {
  const codes = context.classes!.codes
  for (let index = from; index < to; index++) {
    if (codes[index] !== LineClass.age) continue
    const line = context.lines[index]!
    if (line.contentEnd - line.contentStart <= MAX_COMPACT_AGE && isCompactAge(lineText(context.text, line), 'hdw')) return true
  }
  return false
}

function isCompactMinutes(context: SplitContext, index: number): boolean {
  const line = context.lines[index]!
  return line.contentEnd - line.contentStart <= MAX_COMPACT_AGE && isCompactAge(lineText(context.text, line), 'm')
}

/** An excerpt cut with `…` and followed by a media label. */
const MEDIA_EXCERPT = /… (?:Audio|Video)$/

/** A match score between two names: `17-28`, `0-5`. */
const SCORE = /\p{L} \d{1,3}-\d{1,3} \p{L}/u

/** Whether a line holds a letter (any script); prose nearly always does within its first characters. */
function hasLetter(text: string, line: {contentStart: number; contentEnd: number}): boolean {
  for (let at = line.contentStart; at < line.contentEnd; at++) {
    const code = text.charCodeAt(at)
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 127 && /\p{L}/u.test(text[at]!))) return true
  }
  return false
}

/** A button's label is a few words: `Learn more →`, `Read the full story ›`. */
const MAX_BUTTON_WORDS = 5
/** The arrows a link or button label ends in. */
const ARROWS = new Set([0x2192, 0x203a, 0xbb, 0x27a1, 0x2794])

function isArrowButton(context: SplitContext, index: number): boolean {
  const line = context.lines[index]!
  return ARROWS.has(context.text.charCodeAt(line.contentEnd - 1)) && countWords(lineText(context.text, line)) <= MAX_BUTTON_WORDS
}

/** Labels under a name: at most this many (`Lean Left` / `Mixed Factuality`), of at most this many words; more is a menu. */
const MAX_LABELS = 2
const MAX_LABEL_WORDS = 3

function contentSequence(context: SplitContext, from: number, to: number): Entry[] {
  const codes = context.classes!.codes
  const sequence: Entry[] = []
  let breakBefore = true
  let labels = 0
  const compact = printsCompactAges(context, from, to)
  for (let index = from; index < to; index++) {
    const code = codes[index] as LineClassCode
    if (code === LineClass.blank) {
      breakBefore = true
      continue
    }
    let symbol = symbolOf(code)
    // `14m` reads as a count (14 million) among chrome; on a page that prints its ages as `1h`, `3h` it is an age.
    if (compact && symbol === 'c' && isCompactMinutes(context, index)) {
      symbol = 'a'
      context.classes!.parts.set(index, {outlet: null, age: lineText(context.text, context.lines[index]!), byline: null, shape: 'age'})
    }
    // A line with no letter at all (`0 | 0 | 0 |`, a vote or share count row) is no body.
    if (symbol === 'P' && !hasLetter(context.text, context.lines[index]!)) symbol = 'c'
    // A short name holding a score (`Italy 17-28 Ireland`) is a result's headline, never an outlet.
    else if (code === LineClass.name && SCORE.test(lineText(context.text, context.lines[index]!))) symbol = 'H'
    // A cut excerpt with its media label (`… at the Saab factory in… Audio`, RNZ) is a snippet, not a headline.
    else if (symbol === 'H' && context.text.charCodeAt(context.lines[index]!.contentEnd - 1) === 111 && MEDIA_EXCERPT.test(lineText(context.text, context.lines[index]!))) symbol = 'P'
    // A short line ending in an arrow (`Learn more →`, `See all ›`, `More »`) is a button, never a headline.
    else if (symbol === 'H' && isArrowButton(context, index)) symbol = 'c'
    // A card whose own header line ends in an ad marker (`u/Wayfair • Promoted`): the marker of the ad under it.
    if (symbol !== 'P' && symbol !== 's' && hasSponsorTail(context, index)) symbol = 's'
    const previous = sequence.at(-1)
    // A short chrome line right under a name (a bias or factuality rating: at most two) labels it,
    // and a section name or kicker (`Analysis`, `World`) sits in an item's header: neither sets items apart.
    let label = false
    if (symbol === 'c') {
      const text = lineText(context.text, context.lines[index]!)
      const underName = !breakBefore && previous !== undefined && (previous.symbol === 'o' || (previous.label === true && labels < MAX_LABELS))
      label = (underName && countWords(text) <= MAX_LABEL_WORDS) || (text.length <= longestSection(context.cues) && isSectionName(text, context.cues))
    }
    labels = label ? labels + 1 : 0
    const entry: Entry = {line: index, symbol, code, breakBefore, blankBefore: index === from || codes[index - 1] === LineClass.blank}
    if (label) entry.label = true
    sequence.push(entry)
    if (!label) breakBefore = isBreakSymbol(symbol) || symbol === 's'
  }
  return sequence
}

/** Longest counted menu line (`All items (214)`, `Al Jazeera – Breaking News  14`): a folder or feed name, never a sentence. */
const MAX_COUNTED_LINE = 60

/** A label without digits and a count in parentheses after one space (`All items (214)`). */
const PAREN_COUNT = /^\p{L}[^\d()]* \(\d{1,5}\)$/u
/** …or after two spaces or a tab (`Al Jazeera – Breaking News  14`). */
const SPACED_COUNT = /^\p{L}[^\d()]*[^\d()\s](?: {2}|\t)\d{1,5}$/u
/** A year in parentheses is no count (`Election results (2024)`). */
const YEAR_COUNT = /\((?:19|20)\d\d\)$/

/**
 * Whether a line's text is a short label without digits and a trailing
 * count: a folder or feed name with its unread count. A number after one
 * space (`Apollo 13`) is no count. The last character is looked at first.
 */
function isCountedLabel(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  if (text.length > MAX_COUNTED_LINE) return false
  if (last === 41) return PAREN_COUNT.test(text) && !YEAR_COUNT.test(text)
  return last >= 48 && last <= 57 && SPACED_COUNT.test(text)
}

/** The join of a one-line header's parts. */
const HEADER_JOIN = ' · '

/** A header part that is a count and chrome of its own (`18 sources`): a digit first, checked before the cues. */
function isCountPart(piece: string, context: SplitContext): boolean {
  const first = piece.charCodeAt(0)
  return first >= 48 && first <= 57 && isChromeLine(piece, context.cues)
}

/**
 * A part of a ` · `-joined header line that is a count and chrome of its own
 * (a story cluster's `18 sources`) is no outlet and no headline: the header is the
 * rest (`The Straits Times · 2h · 18 sources`: an outlet and an age).
 */
function readCountedHeaders(context: SplitContext, sequence: Entry[]): void {
  const parts = context.classes!.parts
  for (const entry of sequence) {
    if (entry.symbol !== 'H' && entry.symbol !== 'O' && entry.symbol !== 'o') continue
    const text = lineText(context.text, context.lines[entry.line]!)
    if (!text.includes(HEADER_JOIN)) continue
    const pieces = text.split(HEADER_JOIN)
    const kept = pieces.filter((piece) => !isCountPart(piece.trim(), context))
    if (kept.length === pieces.length || kept.length === 0) continue
    const header = readOneLineHeader(kept.join(HEADER_JOIN).trim(), context.shapes, context.cues)
    if (header === null || (header.outlet === null && header.age === null)) continue
    parts.set(entry.line, header)
    entry.symbol = header.outlet === null ? 'a' : header.age === null ? 'o' : 'O'
  }
}

/** A menu prints at least this many counted labels in one run of lines. */
const MIN_COUNTED_RUN = 2

/**
 * Counted labels (`All articles (120)`, `Fresh articles (38)`), at least
 * two in one run of lines with no blank between, each with a line right
 * above and right below it: entries of the reader's menu, chrome, not
 * items. One on its own after a blank line (`The Guardian - World (5)`
 * over its items) heads a group of items and stays a name, and one in a
 * list of headlines is a headline.
 */
function demoteCountedMenus(context: SplitContext, sequence: Entry[]): void {
  const codes = context.classes!.codes
  let runStart = 0
  for (let position = 0; position <= sequence.length; position++) {
    if (position < sequence.length && !sequence[position]!.blankBefore) continue
    // `[runStart, position)` is one run of adjacent lines.
    const counted: Entry[] = []
    for (let inner = runStart; inner < position; inner++) {
      const entry = sequence[inner]!
      if (entry.symbol === 'P' || entry.symbol === 'c') continue
      if (isCountedLabel(lineText(context.text, context.lines[entry.line]!))) counted.push(entry)
    }
    if (counted.length >= MIN_COUNTED_RUN) {
      for (const entry of counted) {
        const next = entry.line + 1
        if (!entry.blankBefore && next < codes.length && codes[next] !== LineClass.blank) entry.symbol = 'c'
      }
    }
    runStart = position
  }
}

function isQuestion(context: SplitContext, line: number): boolean {
  return lineText(context.text, context.lines[line]!).endsWith('?')
}

/** Paragraphs before and after, and at least this many before: a headline-like line there is a subheading. */
const SUBHEAD_PROSE_BEFORE = 2

/**
 * A headline-like line inside a body (prose before it and after it, and a
 * body of some length before it) is a subheading, not an item.
 */
function demoteSubheads(context: SplitContext, sequence: Entry[], newsletter: boolean): void {
  let proseRun = 0
  for (let position = 0; position < sequence.length; position++) {
    const entry = sequence[position]!
    // A line right before a photo credit, between a headline's header and its body: its caption;
    // so is a sentence with its credit on the same line there (`A meeting in Tokyo on Tuesday. | Kyodo`).
    if (((entry.symbol === 'H' || (entry.symbol === 'P' && proseRun <= MAX_STANDFIRST)) && isCaptionBeforeCredit(context, sequence, position)) || isCreditedCaption(context, sequence, position)) {
      entry.symbol = 'k'
      continue
    }
    if (entry.symbol === 'P') {
      proseRun++
      continue
    }
    // A longer headline-like line right under the headline, over its byline or date: the standfirst.
    if (entry.symbol === 'H' && isStandfirst(context, sequence, position)) {
      entry.symbol = 'P'
      proseRun++
      continue
    }
    // A line right after a photo credit (`Getty Images` / `Officials at the scene`), before a body: its caption.
    if (entry.symbol === 'H' && sequence[position - 1]?.symbol === 'k' && sequence[position - 1]!.line === entry.line - 1 && sequence[position + 1]?.symbol === 'P' && isCreditOnly(context, sequence[position - 1]!.line)) {
      entry.symbol = 'k'
      continue
    }
    // A newsletter's stories are headline and prose after headline and prose: no subheadings, bar a question
    // inside a story (`Why does it matter?`, `What happens next?`).
    if (entry.symbol === 'H' && (!newsletter || isQuestion(context, entry.line)) && proseRun >= SUBHEAD_PROSE_BEFORE && sequence[position + 1]?.symbol === 'P' && !isNumbered(context, entry.line)) {
      // Right after the prose, or after an inline `Related` link: a subheading or a link inside the body.
      const before = sequence[position - 1]!
      if (before.symbol === 'P' || (isBreakSymbol(before.symbol) && isInlineLink(lineText(context.text, context.lines[before.line]!), newsletter))) {
        entry.symbol = 'k'
        continue
      }
    }
    if (!isBreakSymbol(entry.symbol)) proseRun = 0
  }
}

/** A writer's initials under a newsletter story (`—CP`, `– MO`) are at most this many letters. */
const MAX_INITIALS = 3

/**
 * A newsletter signs each story with its writer's initials on a credit
 * line (`—CP` under a Morning Brew story): a sign-off, not an outlet line
 * for the next story (`CP` is also the Canadian Press).
 */
function demoteSignOffs(context: SplitContext, sequence: Entry[]): void {
  for (const entry of sequence) {
    if (entry.symbol !== 'o') continue
    const line = lineText(context.text, context.lines[entry.line]!)
    const first = line.charCodeAt(0)
    // `-` `–` `—`
    if (first !== 45 && first !== 0x2013 && first !== 0x2014) continue
    const name = line.slice(1).trim()
    if (name.length > 0 && name.length <= MAX_INITIALS && INITIALS.test(name)) entry.symbol = 'c'
  }
}
const INITIALS = /^\p{Lu}+$/u

/**
 * The prose right after a sponsor line that opens an ad's copy (`SPONSORED
 * BY NORTHSTAR CARD` / `Earn 5% back on groceries…`, a headline tagged
 * `(Sponsor)` / its pitch) is the ad's: inner boilerplate of the item it
 * stands in, not its paragraphs.
 */
function demoteAdCopy(context: SplitContext, sequence: Entry[]): void {
  for (let position = 0; position < sequence.length; position++) {
    const entry = sequence[position]!
    if (entry.code !== LineClass.sponsor || sequence[position + 1]?.symbol !== 'P') continue
    if (!opensAdCopy(lineText(context.text, context.lines[entry.line]!), context.cues)) continue
    // The ad is its line and its copy: the headline after them is the next story's, not an ad's.
    entry.symbol = 'c'
    while (sequence[position + 1]?.symbol === 'P') sequence[++position]!.symbol = 'k'
  }
}

/** A promotion inside a body runs at most this many content lines before its closing line. */
const MAX_PROMOTION_LINES = 12

/**
 * A promotion set off inside a body by an opening and a closing line
 * (`skip past newsletter promotion` … `after newsletter promotion`, the
 * `blocks` of `cues.json`): every line between them is the page's, not the
 * story's, however much it reads like a headline or prose. Without its
 * closing line within a few lines, the opening line is chrome alone; a
 * closing line without its opening line closes what stands after the last
 * prose line above it, when that holds a chrome line (`Sign up to …`).
 */
function demotePromotionBlocks(context: SplitContext, sequence: Entry[]): void {
  const {blocks} = context.cues
  if (blocks.size === 0) return
  const closers = new Set(blocks.values())
  const keyAt = (position: number): string => chromeKey(lineText(context.text, context.lines[sequence[position]!.line]!))
  let consumed = -1
  for (let position = 0; position < sequence.length; position++) {
    if (sequence[position]!.code !== LineClass.chrome) continue
    const key = keyAt(position)
    const close = blocks.get(key)
    if (close !== undefined) {
      let end = position + 1
      while (end < sequence.length && end - position <= MAX_PROMOTION_LINES && keyAt(end) !== close) end++
      if (end >= sequence.length || end - position > MAX_PROMOTION_LINES) continue
      for (let inside = position + 1; inside < end; inside++) sequence[inside]!.symbol = 'k'
      position = consumed = end
      continue
    }
    // A closing line whose opening line the copy lost (a hidden link): the promotion is what stands
    // between the body's last prose line above and the closer, when a chrome line (`Sign up to …`) is among it.
    if (!closers.has(key)) continue
    let start = position - 1
    let chrome = false
    while (start > consumed && position - start <= MAX_PROMOTION_LINES && sequence[start]!.symbol !== 'P') {
      if (sequence[start]!.code === LineClass.chrome) chrome = true
      start--
    }
    if (!chrome || position - start > MAX_PROMOTION_LINES) continue
    for (let inside = start + 1; inside < position; inside++) sequence[inside]!.symbol = 'k'
    consumed = position
  }
}

/**
 * A headline printed twice in a row for one item (a section page's image
 * link and then its text link, a card's alt text): the second print is the
 * item's boilerplate, not an item of its own. Only chrome, separators and
 * captions may stand between the two; a header or a body between them makes
 * them two items (a hero and then the list).
 */
function demoteRepeatedHeadlines(context: SplitContext, sequence: Entry[]): void {
  let previous = -1
  for (let position = 0; position < sequence.length; position++) {
    const entry = sequence[position]!
    if (entry.symbol === 'H') {
      if (previous !== -1 && headlineKey(context, sequence[previous]!.line) === headlineKey(context, entry.line)) {
        entry.symbol = 'k'
        continue
      }
      previous = position
    } else if (!isBreakSymbol(entry.symbol)) previous = -1
  }
}

/** A newsletter's one-line stories (`Headline: One sentence.`) count as such when a page prints at least this many. */
const MIN_LEAD_SENTENCES = 3
/** The headline before the colon has this many words… */
const LEAD_HEAD_WORDS = [2, 14] as const
/** …and the sentence after it at least this many. */
const MIN_LEAD_SENTENCE_WORDS = 6
/** Whether entries are one run of marked list lines (`•`, `-`, `1.`) with no prose right before it. */
function isListApart(context: SplitContext, sequence: readonly Entry[], entries: readonly Entry[]): boolean {
  const first = sequence.indexOf(entries[0]!)
  for (const [offset, entry] of entries.entries()) {
    if (sequence[first + offset] !== entry) return false
    const line = lineText(context.text, context.lines[entry.line]!)
    if (stripMarker(line) === line) return false
  }
  return first === 0 || sequence[first - 1]!.symbol !== 'P'
}

/** The labels newsletters open a story's paragraphs with (Axios and its followers), never a story's headline. */
const PARAGRAPH_LABELS = new Set(
  [
    'why it matters', 'driving the news', 'between the lines', 'by the numbers', 'the big picture', 'zoom in',
    'zoom out', 'the bottom line', 'bottom line', "what they're saying", 'what they’re saying', "what's next",
    'what’s next', 'go deeper', 'the backstory', 'yes, but', 'reality check', 'flashback', 'state of play',
    'catch up quick', 'the latest', 'the details', 'the intrigue', 'what to watch', 'context', 'key quote',
    'our thought bubble', 'the other side', 'be smart', "what's happening", 'what’s happening', "what's going on",
    'what’s going on', 'why now', 'what we know', 'the fine print', 'the kicker', 'threat level', 'the impact',
    'the stakes', 'what happened', 'the takeaway', 'key takeaways', 'go further', 'worth noting', 'the numbers',
    'the background', 'the response', 'the reaction', 'the upshot'
  ]
)

/** Verbs that end a quotation's lead-in (`Ms Hodge said:`), never a headline before its summary. */
const REPORTING_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'writes', 'wrote', 'reports', 'reported', 'adds', 'added', 'notes', 'noted', 'explains', 'explained', 'shares', 'quotes', 'asks', 'asked', 'argues', 'argued', 'warns', 'warned', 'tweeted', 'posted'])

/**
 * A newsletter's bolded lead printed as text: the headline, a colon and a
 * one-sentence summary on one line, often with the source in brackets
 * (`— Stuart joins Norwich from Addicks: Norwich have signed Charlton
 * midfielder Graham Stuart… (The Japan Times)`). Where a newsletter (or a
 * page of marked list lines) prints `MIN_LEAD_SENTENCES` such prose lines
 * with different heads, each is a story: the title is the text before the
 * colon, the first paragraph the sentence after it, the bracket the outlet.
 * A head printed twice or more (`Why it matters:`, `The big picture:`) is
 * a label of the stories' paragraphs, and a chrome cue's label none.
 */
function readLeadSentences(context: SplitContext, sequence: Entry[], evidence: Map<number, LineClassCode>, newsletter: boolean): void {
  const found: Array<{entry: Entry; head: string; start: number; end: number; outlet: string | null}> = []
  const heads = new Map<string, number>()
  for (const entry of sequence) {
    if (entry.symbol !== 'P' && entry.symbol !== 'H') continue
    const line = context.lines[entry.line]!
    const content = lineText(context.text, line)
    const unmarked = stripMarker(content)
    const colon = unmarked.indexOf(': ')
    if (colon < 4 || colon > 140) continue
    const head = unmarked.slice(0, colon).trim()
    const words = countWords(head)
    if (words < LEAD_HEAD_WORDS[0] || words > LEAD_HEAD_WORDS[1] || !/^\p{Lu}/u.test(head) || /[.!?]$/.test(head) || isChromeLine(head, context.cues)) continue
    // `Driving the news:`, `Between the lines:`: a newsletter's labels of a story's paragraphs, each once an issue.
    if (PARAGRAPH_LABELS.has(head.toLowerCase())) continue
    // `Ms Hodge said: …`, `An anonymous reader shares a report from TIME: …`: a quotation's lead-in, no headline.
    if (REPORTING_VERBS.has(head.slice(head.lastIndexOf(' ') + 1).toLowerCase()) || head.includes(' report from ')) continue
    heads.set(head, (heads.get(head) ?? 0) + 1)
    let rest = unmarked.slice(colon + 2).trim()
    let outlet: string | null = null
    const bracket = PAREN_TAIL.exec(rest)
    if (bracket && isOutletLine(bracket[1]!, context.cues) && isTitleCase(bracket[1]!)) {
      outlet = bracket[1]!
      rest = rest.slice(0, bracket.index).trim()
    }
    // A summary is a sentence of the newsletter's own, not a quotation.
    if (countWords(rest) < MIN_LEAD_SENTENCE_WORDS || !/[.!?"”’]$/.test(rest) || /^["“‘']/.test(rest)) continue
    const start = context.text.indexOf(rest, line.contentStart)
    found.push({entry, head, start, end: start + rest.length, outlet})
  }
  const stories = found.filter((lead) => heads.get(lead.head) === 1)
  if (stories.length < MIN_LEAD_SENTENCES) return
  // Off a newsletter, only a marked list of them set apart from any body (`Also happening` / `• Headline: …`): an
  // article's glossary after its paragraphs (`• Season tickets: Annual season tickets will rise…`) is its body.
  if (!newsletter && !isListApart(context, sequence, stories.map((lead) => lead.entry))) return
  for (const {entry, head, start, end, outlet} of stories) {
    entry.symbol = 'H'
    context.classes!.parts.set(entry.line, {outlet, age: null, byline: null, shape: 'headline: sentence', title: head, tail: 'known', excerpt: {start, end}})
    evidence.set(entry.line, LineClass.headline)
  }
}

/** A headline-like line printed this many times on one page is a control row, not a story. */
const MIN_CONTROL_PRINTS = 4

/**
 * A headline-like line printed again and again on one page (`OPEN  OPEN IN
 * NEW TAB  MORE` under every search result, `Add to reading list` on every
 * card) is the page's control row: a story is printed at most two or three
 * times (a hero, its list row, a most-read rail), or as often as the page
 * was pasted, and then some print carries a header or a body right under it.
 */
function demoteControlRows(context: SplitContext, sequence: Entry[]): void {
  const counts = new Map<string, number>()
  // A story printed so often is a page pasted again and again: one of its prints carries a header or a body right under it.
  const stories = new Set<string>()
  const keys = new Map<Entry, string>()
  for (const [position, entry] of sequence.entries()) {
    if (entry.symbol !== 'H') continue
    const key = lineText(context.text, context.lines[entry.line]!)
    keys.set(entry, key)
    counts.set(key, (counts.get(key) ?? 0) + 1)
    const next = sequence[position + 1]
    if (next !== undefined && !next.blankBefore && (HEADER_SYMBOLS.has(next.symbol) || next.symbol === 'P')) stories.add(key)
  }
  for (const [entry, key] of keys) if (counts.get(key)! >= MIN_CONTROL_PRINTS && !stories.has(key)) entry.symbol = 'c'
}

/** A field line's shape printed this many times, once per item, is the items' field line. */
const MIN_FIELD_LINES = 3
/** A name that opens a field line (`Yonhap  12-02 08:51  5 comments`) has at most this many words. */
const MAX_FIELD_OUTLET_WORDS = 4

/** Symbols a field line may have been given by the line's own readers: a headline, chrome, a name, a header. */
const FIELD_SYMBOLS = new Set(['H', 'c', 'o', 'O', 'a', 'm'])
/** Of those, the ones a field line's reading replaces: a header reader's outlet and age lines keep their own. */
const REREAD_SYMBOLS = new Set(['H', 'c', 'o'])

/**
 * A joined line whose shape (`readFieldShape`: its joins and lower-case
 * labels, figures and names abstracted) is printed at least
 * `MIN_FIELD_LINES` times, each with a headline between it and the next, is the
 * items' own field line printed once per card (`Yonhap  12-02 08:51  5
 * comments`, `saved by 143 · first by freya3 18 minutes ago`, `Read more ·
 * 4 min`), not an item, whatever each line's own reader made of it (a
 * headline on one card, chrome or a header on the next). A line whose
 * parts name the outlet (its first part, a name or a host) becomes the
 * item's outlet line, with the age a part holds; one with only an age an
 * age line; any other a chrome line. The readings go into `evidence`, so
 * that every reading of the page is scored with them.
 */
function demoteFieldShapes(context: SplitContext, sequence: Entry[], evidence: Map<number, LineClassCode>): void {
  // Most pages have no headline-like line with a field shape: they are done after a look at those lines alone.
  const ages = new Map<string, boolean>()
  // The headline-like lines' shapes, by position, kept for the second pass.
  const headlineFields = new Map<number, {shape: string; parts: string[]}>()
  for (let position = 0; position < sequence.length; position++) {
    const entry = sequence[position]!
    if (entry.symbol !== 'H') continue
    const line = context.lines[entry.line]!
    if (!mayHaveFieldShape(context.text, line.contentStart, line.contentEnd)) continue
    const field = readFieldShape(lineText(context.text, line), ages)
    if (field !== null) headlineFields.set(position, field)
  }
  if (headlineFields.size === 0) return
  const byShape = new Map<string, {positions: number[]; parts: string[][]}>()
  for (let position = 0; position < sequence.length; position++) {
    const entry = sequence[position]!
    if (!FIELD_SYMBOLS.has(entry.symbol)) continue
    let field: {shape: string; parts: string[]} | null | undefined
    if (entry.symbol === 'H') field = headlineFields.get(position)
    else {
      const line = context.lines[entry.line]!
      field = mayHaveFieldShape(context.text, line.contentStart, line.contentEnd) ? readFieldShape(lineText(context.text, line), ages) : null
    }
    if (field == null) continue
    let found = byShape.get(field.shape)
    if (found === undefined) {
      found = {positions: [], parts: []}
      byShape.set(field.shape, found)
    }
    found.positions.push(position)
    found.parts.push(field.parts)
  }
  for (const {positions, parts} of byShape.values()) {
    if (positions.length < MIN_FIELD_LINES) continue
    // Once per item: a headline between it and the shape's lines before and after. A run of them with none
    // between (a sidebar's `Le Monde  12` / `Deutsche Welle  10`, a table of scores) is a list, not fields.
    const apart: boolean[] = [true]
    for (let index = 1; index < positions.length; index++) {
      let headline = false
      for (let position = positions[index - 1]! + 1; position < positions[index]! && !headline; position++) if (sequence[position]!.symbol === 'H') headline = true
      apart.push(headline)
    }
    apart.push(true)
    const single = positions.map((_, index) => apart[index]! && apart[index + 1]!)
    if (single.filter(Boolean).length < MIN_FIELD_LINES) continue
    for (const [index, position] of positions.entries()) {
      const entry = sequence[position]!
      if (!single[index] || !REREAD_SYMBOLS.has(entry.symbol)) continue
      const read = readFieldParts(parts[index]!, context.cues, ages)
      // A chrome line or a name stays one unless its parts give the item something (`thehill.com · 7 min`: the outlet).
      if (entry.symbol !== 'H' && read.outlet === null && read.age === null) continue
      entry.symbol = read.outlet !== null ? 'O' : read.age === null ? 'c' : 'a'
      evidence.set(entry.line, read.outlet !== null ? LineClass.outletAge : read.age === null ? LineClass.chrome : LineClass.age)
      if (entry.symbol !== 'c') context.classes!.parts.set(entry.line, {outlet: read.outlet, age: read.age, byline: null, shape: 'field line'})
    }
  }
}

/**
 * A field line's outlet (its first part, when that is a name or a host) and
 * its age (the first part that is one), with the answers `readFieldShape`
 * already has (`ages`) not asked of the time parser again.
 */
function readFieldParts(parts: readonly string[], cues: ChromeCues, ages: ReadonlyMap<string, boolean>): {outlet: string | null; age: string | null} {
  let outlet: string | null = null
  let age: string | null = null
  for (const [index, part] of parts.entries()) {
    if (age === null && (ages.get(part) ?? isAgeLine(part))) age = part
    else if (index === 0 && (isDomain(part) || (isOutletLine(part, cues) && isTitleCase(part) && countWords(part) <= MAX_FIELD_OUTLET_WORDS))) outlet = part
  }
  return {outlet, age}
}

/** Symbols that give a block of lines an article's evidence: a body or a header part. */
const EVIDENCE_SYMBOLS = new Set(['P', 'a', 'O', 'b', 'm', 's'])
/** What a headline keeps across a blank line: its body, its byline, its age (an outlet line there heads the next item). */
const OWN_AFTER_BREAK = new Set(['P', 'b', 'a'])
/** A menu's headline-like entries are at most this share of its entries (names and chrome lines). */
const MAX_MENU_HEADLINE_SHARE = 1 / 3

/**
 * A block of lines (no blank line between) that holds no body and no header
 * part, only short names and chrome lines with a headline-like line or two
 * among them, is a menu or a widget (`Sport` / `Lifestyle` / `Search the
 * news, stories & people`; `Trending searches` / `1` / `Mortgage rates` /
 * `2` / `Winter storm warning`): its headline-like lines have the shape of
 * their neighbours, not of an item. Names the registry knows (an
 * aggregator's outlet lines) are headers, and keep the block; a headline
 * whose body, byline or age starts the next block keeps its place.
 */
function demoteMenuHeadlines(context: SplitContext, sequence: Entry[]): void {
  // A block's shape printed again and again (`Headline` / `(domain.com)` / `by user to news in 2 h` /
  // `2 comments · 40 up`, lines the classes call chrome) is the page's item, not a menu: menus come once.
  const shapes = new Map<string, number>()
  for (let start = 0; start < sequence.length; ) {
    let end = start + 1
    while (end < sequence.length && !sequence[end]!.blankBefore) end++
    const shape = blockShape(sequence, start, end)
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1)
    start = end
  }
  for (let start = 0; start < sequence.length; ) {
    let end = start + 1
    while (end < sequence.length && !sequence[end]!.blankBefore) end++
    if ((shapes.get(blockShape(sequence, start, end)) ?? 0) >= MIN_REPEATED_BLOCKS) {
      start = end
      continue
    }
    let headlines = 0
    let others = 0
    let named = 0
    let names = 0
    // Known outlets among a block of names alone: fewer than its unknown names, a menu's false friends (`Drive`).
    let known = 0
    let evidence = false
    for (let position = start; position < end && !evidence; position++) {
      const entry = sequence[position]!
      // A one- or two-word line that ends in a full stop (`U.S.`) is a menu's label, no body.
      if (entry.symbol === 'P' && isMenuLabel(context, entry.line)) others++
      else if (entry.symbol === 'o' && entry.code === LineClass.outlet) known++
      else if (EVIDENCE_SYMBOLS.has(entry.symbol)) evidence = true
      else if (entry.symbol === 'H') {
        headlines++
        // A headline with a name right under it, again and again, is an item's shape (`Storm closes schools` / `Ashfield Courier`), even where the registry does not know the names.
        if (sequence[position + 1]?.symbol === 'o' && sequence[position + 1]!.line === entry.line + 1) named++
      } else if (entry.symbol === 'o' || entry.symbol === 'c') {
        others++
        if (entry.symbol === 'o') names++
      }
    }
    const next = sequence[end]?.symbol
    const itemCycle = named >= 2 && named * 2 >= headlines
    // Names the registry knows are headers and keep the block, unless it holds only names, most unknown.
    if (known > 0 && (headlines > 0 || names < MIN_MENU_NAMES || known >= names)) evidence = true
    else others += known
    if (!evidence && !itemCycle && headlines <= (headlines + others) * MAX_MENU_HEADLINE_SHARE && (headlines > 0 || names >= MIN_MENU_NAMES)) {
      // A run of three names or more (`Main` / `Submit Story` / `Poll`, a browser's shortcut tiles) is a menu's
      // labels: no item's outlet, not even the next headline's.
      const labels = names >= MIN_MENU_NAMES
      for (let position = start; position < end; position++) {
        const entry = sequence[position]!
        if (entry.symbol === 'H' && !(position === end - 1 && next !== undefined && OWN_AFTER_BREAK.has(next))) entry.symbol = 'c'
        else if (labels && (entry.symbol === 'o' || entry.symbol === 'P')) entry.symbol = 'c'
      }
    }
    start = end
  }
}

/** A block of lines with no blank between that holds this many unknown names, and no body or header part, is a menu. */
const MIN_MENU_NAMES = 3
/** A menu's label that ends in a full stop (`U.S.`) has at most this many words. */
const MAX_MENU_LABEL_WORDS = 2

function isMenuLabel(context: SplitContext, line: number): boolean {
  const {contentStart, contentEnd} = context.lines[line]!
  return contentEnd - contentStart <= MAX_SECTION_LABEL && countWords(lineText(context.text, context.lines[line]!)) <= MAX_MENU_LABEL_WORDS
}

/** …and at most this many characters. */
const MAX_SECTION_LABEL = 24

/** A block shape printed this many times is an item's. */
const MIN_REPEATED_BLOCKS = 3
/** Blocks compared by their first this many symbols. */
const MAX_BLOCK_SHAPE = 8

/** A block's shape: its symbols, in order (at most `MAX_BLOCK_SHAPE`). */
function blockShape(sequence: readonly Entry[], start: number, end: number): string {
  let shape = ''
  for (let position = start; position < end && position - start < MAX_BLOCK_SHAPE; position++) shape += sequence[position]!.symbol
  return shape
}

/** A headline's text as compared for a repeat: its title (marker and tail removed), else the line. */
function headlineKey(context: SplitContext, line: number): string {
  return context.classes!.parts.get(line)?.title ?? lineText(context.text, context.lines[line]!)
}

/** A caption line that is only a credit (`Getty Images`, `Photo: Reuters`): the caption's words follow it. */
function isCreditOnly(context: SplitContext, line: number): boolean {
  return countWords(lineText(context.text, context.lines[line]!)) <= MAX_CREDIT_WORDS
}

/** A standfirst's byline or date follows within this many content lines (share buttons between). */
const MAX_STANDFIRST_HEADER_DISTANCE = 3

/**
 * Whether the headline-like line at `position` is the standfirst of the
 * headline right above it (`Critics warn the measures could be tested…`
 * under `Anti-terror plan faces first test`, the Guardian's shape): on the
 * very next line, longer than the headline, and followed by the article's
 * byline or date before any other headline or body line. A list of
 * headlines printed without blank lines has no byline after each.
 */
function isStandfirst(context: SplitContext, sequence: readonly Entry[], position: number): boolean {
  const entry = sequence[position]!
  const title = sequence[position - 1]
  if (title?.symbol !== 'H' || title.line !== entry.line - 1) return false
  const length = (index: number): number => context.lines[index]!.contentEnd - context.lines[index]!.contentStart
  if (length(entry.line) <= length(title.line)) return false
  for (let after = position + 1, seen = 0; after < sequence.length && seen < MAX_STANDFIRST_HEADER_DISTANCE; after++) {
    const symbol = sequence[after]!.symbol
    if (symbol === 'b' || symbol === 'a') return true
    // A name over a role line (`Rachel Whitcombe` / `Political correspondent`): a byline without `By`.
    if (symbol === 'o' && isBylineAboveRole(context, sequence, after)) return true
    if (!isBreakSymbol(symbol)) return false
    seen++
  }
  return false
}

/** A credit alone names an agency or a photographer, maybe with the outlet (`Credit...Jane Doe for The New York Times`). */
const MAX_CREDIT_WORDS = 8

/** An uncredited caption is a sentence or two: at most this many words. */
const MAX_CAPTION_WORDS = 30
/** Paragraphs a headline's standfirst may take before its lead image. */
const MAX_STANDFIRST = 1

/**
 * Whether the line at `position` is an image's caption printed above its
 * credit (`Officials arrive for talks on Monday.` / `Jane Doe/AFP/Getty
 * Images`): a short line with the credit on the very next line and a body
 * after it, standing between a headline and that body (only header lines,
 * chrome and at most a standfirst above it, up to the headline).
 */
function isCaptionBeforeCredit(context: SplitContext, sequence: readonly Entry[], position: number): boolean {
  const entry = sequence[position]!
  const credit = sequence[position + 1]
  if (credit?.symbol !== 'k' || credit.line !== entry.line + 1 || sequence[position + 2]?.symbol !== 'P' || !isCreditOnly(context, credit.line)) return false
  const text = lineText(context.text, context.lines[entry.line]!)
  if (countWords(text) > MAX_CAPTION_WORDS) return false
  // A story opens with its dateline (`LONDON (Reuters) - …`), a caption never: that line is the first paragraph, the credit an image's after it.
  if (entry.symbol === 'P' && parseDateline(text) !== null) return false
  // On a list of items (a section page's `headline / Getty Images / snippet / age`), a headline above a
  // credit is the next item's, its photo uncaptioned: only a page of one or two headlines (an article
  // and its header) has a caption there that reads like a headline.
  if (entry.symbol === 'H' && countSymbol(sequence, 'H') > 2) return false
  let prose = 0
  for (let before = position - 1; before >= 0; before--) {
    const symbol = sequence[before]!.symbol
    if (symbol === 'H') return true
    if (symbol === 'P' && ++prose > MAX_STANDFIRST) return false
  }
  return false
}

/** A sentence and its photo credit on one line: `… on Tuesday. | Kyodo`, `… morning. (AFP)`, `… 2026. © Photo agency, AFP`; the credit's join and longest length. */
const CREDIT_JOINS: ReadonlyArray<[string, number]> = [
  [' | ', 40],
  [' (', 40],
  [' / ', 40],
  [' \u00a9', 60]
]

/**
 * Where the sentence of a caption ends when a photo credit follows it on
 * its line, or -1: the credit after the last join (no join of its kind in
 * it, a closing bracket for ` (`), the text before ending a sentence
 * (a full stop, maybe before a closing quote: a statement). No pattern: a scan from the end.
 */
function creditedSentenceEnd(text: string): number {
  for (const [join, longest] of CREDIT_JOINS) {
    const at = text.lastIndexOf(join)
    if (at <= 0 || text.length - at - join.length > longest || text.length - at - join.length < 1) continue
    if (join === ' (' && (text.charCodeAt(text.length - 1) !== 41 || text.indexOf(')', at) !== text.length - 1)) continue
    let end = at
    const last = text.charAt(end - 1)
    if (last === '"' || last === "'" || last === '\u201d' || last === '\u2019') end--
    // A statement: a caption says what the photo shows. A question or an
    // exclamation with a tail is a headline and its outlet
    // (`Is the housing market about to turn? | Bloomberg`).
    if (text.charAt(end - 1) === '.') return at
  }
  return -1
}
/** Header symbols that show a headline is the page's article with its header printed: an age, a byline, a meta line. */
const ARTICLE_HEADER_SYMBOLS = new Set(['a', 'O', 'b', 'm'])

/**
 * Whether the headline-like line at `position` is an image's caption with
 * its credit on the same line (`A meeting in Tokyo on Tuesday. | Kyodo`):
 * a short sentence and a credit tail, with a body right after it, under a
 * headline whose header (an age, a byline) stands between them (with at
 * most a standfirst). A list's headline carries no header of the item above
 * it, and a sentence without a credit (a one-sentence first paragraph) is
 * prose, never looked at here.
 */
function isCreditedCaption(context: SplitContext, sequence: readonly Entry[], position: number): boolean {
  const entry = sequence[position]!
  if (entry.symbol !== 'H' || sequence[position + 1]?.symbol !== 'P') return false
  const text = lineText(context.text, context.lines[entry.line]!)
  const end = creditedSentenceEnd(text)
  if (end === -1 || countWords(text.slice(0, end)) < MIN_CAPTION_WORDS || countWords(text) > MAX_CAPTION_WORDS) return false
  let prose = 0
  let header = false
  for (let before = position - 1; before >= 0; before--) {
    const symbol = sequence[before]!.symbol
    if (symbol === 'H') return header
    if (symbol === 'P' && ++prose > MAX_STANDFIRST) return false
    if (ARTICLE_HEADER_SYMBOLS.has(symbol)) header = true
  }
  return false
}

/** A caption is a sentence: at least this many words before its credit. */
const MIN_CAPTION_WORDS = 3

function countSymbol(sequence: readonly Entry[], symbol: string): number {
  let count = 0
  for (const entry of sequence) if (entry.symbol === symbol) count++
  return count
}

/**
 * A line of names right before or after an age, after a headline (`Aisha
 * Thompson and Marcus Garcia` / `Tue 1 Dec 2026 13.05 GMT`, as the Guardian
 * prints it): a byline without `By`.
 */
function readBareBylines(context: SplitContext, sequence: Entry[]): void {
  const parts = context.classes!.parts
  // Name lines over a date under a headline, printed once (an article's byline) or on every card: there a name in
  // capitals is a writer (`KEIKO MWANGI`), one in title case the card's outlet (`Morning Ledger`).
  const bare: number[] = []
  for (let position = 1; position < sequence.length; position++) {
    const entry = sequence[position]!
    if (entry.symbol === 'o' && entry.code === LineClass.name && isArticleByline(context, sequence, position)) bare.push(position)
  }
  const capitalsOnly = bare.length > 1
  for (const position of bare) {
    const entry = sequence[position]!
    const text = lineText(context.text, context.lines[entry.line]!)
    if (capitalsOnly && text.toUpperCase() !== text) continue
    entry.symbol = 'b'
    parts.set(entry.line, {outlet: null, age: null, byline: text, shape: 'byline / date'})
  }
  for (let position = 1; position < sequence.length; position++) {
    const entry = sequence[position]!
    if ((entry.symbol === 'H' || entry.symbol === 'o') && isBylineAboveRole(context, sequence, position)) {
      entry.symbol = 'b'
      parts.set(entry.line, {outlet: null, age: null, byline: lineText(context.text, context.lines[entry.line]!), shape: 'byline / role'})
      continue
    }
    if (entry.symbol !== 'H') continue
    const nearAge = sequence[position + 1]?.symbol === 'a' || sequence[position - 1]!.symbol === 'a'
    if (!nearAge || !sequence.slice(Math.max(0, position - 3), position).some((before) => before.symbol === 'H')) continue
    const text = lineText(context.text, context.lines[entry.line]!)
    if (countWords(text) > MAX_BARE_BYLINE_WORDS || !isNameList(text)) continue
    entry.symbol = 'b'
    parts.set(entry.line, {outlet: null, age: null, byline: text, shape: 'byline'})
  }
}

/** An article's byline line is at most this many entries below its headline (a standfirst, a summary label between)… */
const BYLINE_BELOW_HEADLINE = 5
/** …and its body starts at most this many entries below the date (a share row, an update time between). */
const BODY_BELOW_DATE = 3

/**
 * A name line right over an age line, a headline a few lines above, and
 * prose before any other headline below: an article's byline printed bare
 * (`Patrick Devlin` / `December 2, 2026 9:14 AM` / `Share` / the body).
 */
function isArticleByline(context: SplitContext, sequence: readonly Entry[], position: number): boolean {
  const next = sequence[position + 1]?.symbol
  const previous = sequence[position - 1]?.symbol
  // Over the date (`Patrick Devlin` / `December 2, 2026`), or under it (`Published …` / `Updated …` / `Fatima Whitfield`).
  const dateAfter = next === 'a' || next === 'O'
  if (!dateAfter && previous !== 'a' && previous !== 'O') return false
  let headline = false
  for (let before = position - 1; before >= Math.max(0, position - BYLINE_BELOW_HEADLINE) && !headline; before--) if (sequence[before]!.symbol === 'H') headline = true
  if (!headline) return false
  let body = false
  const from = dateAfter ? position + 2 : position + 1
  // Chrome between (a handle, a share row) does not count against the reach.
  for (let after = from, seen = 0; after < sequence.length && seen < BODY_BELOW_DATE; after++) {
    const symbol = sequence[after]!.symbol
    if (symbol === 'H') return false
    if (symbol === 'P') {
      body = true
      break
    }
    if (!isBreakSymbol(symbol)) seen++
  }
  return body && isBareByline(lineText(context.text, context.lines[sequence[position]!.line]!))
}


/** A feed name: a capital letter first. */
const FEED_NAME = /^\p{Lu}/u

/**
 * A line `by Ewan Rao in The Irish Times` (or `in The Hindu`, no author) right
 * under a headline, no blank between, and right over an age: a feed
 * reader's byline and feed name, the item's byline and outlet.
 */
function readFeedByline(context: SplitContext, sequence: readonly Entry[], position: number): LineParts | null {
  const entry = sequence[position]!
  const previous = sequence[position - 1]
  if (previous === undefined || previous.symbol !== 'H' || previous.line !== entry.line - 1 || sequence[position + 1]?.symbol !== 'a') return null
  // Lower-case `by ` or `in ` first, as the reader prints it: few headlines start so.
  const text = lineText(context.text, context.lines[entry.line]!)
  let names: string | null = null
  let feed: string
  if (text.startsWith('in ')) feed = text.slice(3)
  else if (text.startsWith('by ')) {
    const join = text.indexOf(' in ', 3)
    if (join === -1) return null
    names = text.slice(3, join)
    feed = text.slice(join + 4)
    if (countWords(names) > MAX_BARE_BYLINE_WORDS || !isNameList(names)) return null
  } else return null
  if (!FEED_NAME.test(feed) || countWords(feed) > MAX_FEED_WORDS) return null
  return {outlet: feed, age: null, byline: names, shape: 'feed line'}
}

/**
 * A feed reader's lines under its entries' titles (see `readFeedByline`) are
 * header lines: their byline and outlet the item's. A page must print the
 * form with an author at least once: a lone `in Cannes` under a headline
 * is no feed name.
 */
function readFeedBylines(context: SplitContext, sequence: Entry[]): void {
  const found: Array<[Entry, LineParts]> = []
  for (let position = 1; position < sequence.length; position++) {
    const entry = sequence[position]!
    const parts = entry.symbol === 'H' || entry.symbol === 'o' || entry.symbol === 'P' ? readFeedByline(context, sequence, position) : null
    if (parts) found.push([entry, parts])
  }
  if (!found.some(([, parts]) => parts.byline)) return
  for (const [entry, parts] of found) {
    entry.symbol = 'b'
    context.classes!.parts.set(entry.line, parts)
  }
}

/** A byline without `By` names at most a few people. */
const MAX_BARE_BYLINE_WORDS = 8
/** A byline above its role stands this close under the headline (in content lines). */
const MAX_BYLINE_DISTANCE = 6

/**
 * A line of names right above a journalist's role line (`Owen Pritchard` /
 * `Home affairs correspondent`, as the BBC and the Guardian print them),
 * a few lines under a headline: a byline without `By`.
 */
function isBylineAboveRole(context: SplitContext, sequence: readonly Entry[], position: number): boolean {
  const entry = sequence[position]!
  const next = sequence[position + 1]
  if (next === undefined || next.line !== entry.line + 1) return false
  const text = lineText(context.text, context.lines[entry.line]!)
  if (countWords(text) > MAX_BARE_BYLINE_WORDS || !isNameList(text)) return false
  if (!isRoleLine(lineText(context.text, context.lines[next.line]!), context.cues)) return false
  return sequence.slice(Math.max(0, position - MAX_BYLINE_DISTANCE), position).some((before) => before.symbol === 'H')
}

/**
 * Cue lines that put a link inside a body (`Related article`, `Read more: …`).
 * A bare `Read more` is one too on an article page (`Read more` / a related
 * headline, and the body goes on), but in a newsletter (a page its family
 * marks name so: `Unsubscribe`, `View this email in your browser`) it closes
 * a story's block, a link to the whole story: the headline after it opens
 * the next story.
 */
const INLINE_LINK = /^(?:related|read more\s*:|see also|also read|read also|more on this)/i
const BARE_READ_MORE = /^read more\W{0,3}$/i

function isInlineLink(line: string, newsletter: boolean): boolean {
  return INLINE_LINK.test(line) || (!newsletter && BARE_READ_MORE.test(line))
}

/** A numbered headline (`2. Verizon seals takeover`) opens a section: never a subheading. */
function isNumbered(context: SplitContext, line: number): boolean {
  return /^\d{1,3}[.)] /.test(lineText(context.text, context.lines[line]!))
}

function makeGap(sequence: readonly Entry[], from: number, to: number): Gap {
  const symbols: string[] = []
  const positions: number[] = []
  const known: boolean[] = []
  const breaks: boolean[] = []
  const labelled: boolean[] = []
  let pendingBreak = false
  for (let position = from; position < to; position++) {
    const entry = sequence[position]!
    if (isBreakSymbol(entry.symbol) || entry.symbol === 's') {
      if (entry.label !== true) pendingBreak = true
      continue
    }
    symbols.push(entry.symbol)
    positions.push(position)
    known.push(entry.code !== LineClass.name)
    breaks.push(entry.breakBefore || pendingBreak)
    labelled.push(entry.symbol === 'o' && sequence[position + 1]?.label === true)
    pendingBreak = false
  }
  const next = sequence[to]
  return {symbols, positions, known, breaks, labelled, breakAtEnd: pendingBreak || (next?.breakBefore ?? true)}
}

/** Header symbols: what may stand before a headline in a template. */
const HEADER_SYMBOLS = new Set(['o', 'a', 'O', 'b', 'm'])
/** Templates are short: a header of at most this many lines before the headline. */
const MAX_PRE = 3

/**
 * Choose the header shape before the headline: the suffix that most gaps
 * end with, a blank line at the cut counting double; the lines before the
 * first headline and after the last break ties.
 */
function choosePre(gaps: readonly Gap[], lead: Gap, tail: Gap): string[] {
  const candidates = new Map<string, string[]>([['', []]])
  for (const gap of [...gaps, lead]) {
    for (let length = 1; length <= Math.min(MAX_PRE, gap.symbols.length); length++) {
      const suffix = gap.symbols.slice(gap.symbols.length - length)
      if (suffix.every((symbol) => HEADER_SYMBOLS.has(symbol))) candidates.set(suffix.join(','), suffix)
    }
  }
  let best: string[] = []
  let bestScore = Number.NEGATIVE_INFINITY
  for (const candidate of candidates.values()) {
    const score = scorePre(candidate, gaps, lead, tail)
      if (score > bestScore + 1e-9) {
      best = candidate
      bestScore = score
    }
  }
  return best
}

/** What a labelled name at the cut adds to a header shape's score (half a break). */
const LABEL_EVIDENCE = 0.5

function scorePre(pre: readonly string[], gaps: readonly Gap[], lead: Gap, tail: Gap): number {
  let score = 0
  for (const gap of gaps) {
    if (!endsWith(gap.symbols, pre)) continue
    score += 1
    const cut = gap.symbols.length - pre.length
    // A break right at the cut: the page itself set the items apart there.
    const breakAtCut = cut === gap.symbols.length ? gap.breakAtEnd : gap.breaks[cut]!
    if (breakAtCut) score += 1
    // A name with its labels under it (a bias rating) introduces what follows: it opens the header.
    else if (cut < gap.symbols.length && gap.labelled[cut]) score += LABEL_EVIDENCE
    // A break inside the header is against the cut.
    for (let position = cut + 1; position < gap.symbols.length; position++) if (gap.breaks[position]) score -= 0.5
  }
  const edge = Math.max(2, gaps.length / 4)
  // The lines right before the first headline: its header.
  if (pre.length > 0 && endsWith(lead.symbols, pre) && isStrongSuffix(lead, pre.length)) score += edge
  const leadLast = lead.symbols.at(-1)
  if (pre.length === 0 && leadLast !== undefined && HEADER_SYMBOLS.has(leadLast) && !lead.breakAtEnd && isStrongSuffix(lead, 1)) score -= edge
  // The lines right after the last headline: the last item's post part.
  const post = commonPost(gaps, pre)
  const tailFirst = tail.symbols[0]
  if (tailFirst !== undefined && HEADER_SYMBOLS.has(tailFirst) && !tail.breaks[0]) score += post.includes(tailFirst) ? edge : -edge
  // …or after its body: the slot the template has after the prose (a planet's post time under the post).
  else if (tailFirst === 'P') {
    let after = 0
    while (tail.symbols[after] === 'P') after++
    const slot = post.indexOf('P')
    const symbol = tail.symbols[after]
    if (symbol !== undefined && slot !== -1 && post[slot + 1] === symbol && HEADER_SYMBOLS.has(symbol)) score += edge
  }
  return score
}

function endsWith(symbols: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length > symbols.length) return false
  const offset = symbols.length - suffix.length
  for (let index = 0; index < suffix.length; index++) if (symbols[offset + index] !== suffix[index]) return false
  return true
}

/** The most common remainder of the gaps once the header before the headline is cut off. */
function commonPost(gaps: readonly Gap[], pre: readonly string[]): string[] {
  const counts = new Map<string, {symbols: string[]; count: number}>()
  for (const gap of gaps) {
    if (!endsWith(gap.symbols, pre)) continue
    const rest = gap.symbols.slice(0, gap.symbols.length - pre.length)
    // Runs of prose count as one slot: bodies differ in length.
    const shape = rest.filter((symbol, index) => symbol !== 'P' || rest[index - 1] !== 'P')
    const key = shape.join(',')
    const entry = counts.get(key) ?? {symbols: shape, count: 0}
    entry.count++
    counts.set(key, entry)
  }
  let best: string[] = []
  let bestCount = 0
  for (const entry of counts.values()) {
    if (entry.count > bestCount) {
      best = entry.symbols
      bestCount = entry.count
    }
  }
  return best
}

/** How many symbols at the end of a gap belong to the next item's header. */
function suffixLength(gap: Gap, pre: readonly string[], preSet: ReadonlySet<string>): number {
  if (pre.length === 0) return 0
  if (endsWith(gap.symbols, pre)) return pre.length
  // Optional parts: the longest suffix of header symbols the template knows, no longer than it.
  let length = 0
  while (length < pre.length && length < gap.symbols.length) {
    const symbol = gap.symbols[gap.symbols.length - 1 - length]!
    if (!preSet.has(symbol)) break
    length++
    if (gap.breaks[gap.symbols.length - length]) break
  }
  return length
}

/**
 * The header of the first item, from the lines before it: taken only when
 * it holds something a header is known by (a known outlet, an age, a
 * byline), not a menu's last short name.
 */
function leadLength(lead: Gap, pre: readonly string[], preSet: ReadonlySet<string>): number {
  let length = suffixLength(lead, pre, preSet)
  // A break inside it ends the page's menu: the header is what follows the break (`Shopping` / `Top stories` / `Reuters`).
  for (let index = lead.symbols.length - length + 1; index < lead.symbols.length; index++) if (lead.breaks[index]) length = lead.symbols.length - index
  if (isStrongSuffix(lead, length)) return length
  // A name set apart under something other than a name (a planet's day heading, then its first feed's name) is no menu's.
  const before = lead.symbols.length - length - 1
  return length > 0 && before >= 0 && lead.symbols[before] !== 'o' && lead.breaks[before + 1]! ? length : 0
}

/** Whether the last `length` symbols of a gap hold a known outlet or a header line other than a name. */
function isStrongSuffix(gap: Gap, length: number): boolean {
  for (let index = gap.symbols.length - length; index < gap.symbols.length; index++) {
    if (gap.symbols[index] !== 'o' || gap.known[index]) return true
  }
  return false
}

/** How many symbols after the last headline belong to its item. */
function prefixLength(tail: Gap, post: readonly string[], postSet: ReadonlySet<string>, {only, bodiesBreak, bodies}: {only: boolean; bodiesBreak: boolean; bodies: {tight: boolean; spaced: boolean}}): number {
  let length = 0
  const counts = new Map<string, number>()
  for (const symbol of post) counts.set(symbol, (counts.get(symbol) ?? 0) + 1)
  const used = new Map<string, number>()
  // Slots the template has after its body (`headline / snippet / by Jane Doe at …`):
  // once one is taken, the item's body is over.
  const lastProse = post.lastIndexOf('P')
  const afterBody = new Set(lastProse === -1 ? [] : post.slice(lastProse + 1))
  let bodyOver = false
  while (length < tail.symbols.length) {
    const symbol = tail.symbols[length]!
    // A blank line before a slot the template has does not end the item; on a page of one headline, nor does one
    // before a header line not yet seen (the standfirst, a blank, then `Patrick Devlin` / the date / `Share` / the body).
    const slotted = only ? HEADER_SYMBOLS.has(symbol) && (used.get(symbol) ?? 0) < ONLY_HEADER_LINES : postSet.has(symbol) && (used.get(symbol) ?? 0) < (counts.get(symbol) ?? 0)
    if (length > 0 && tail.breaks[length] && symbol !== 'P' && !slotted) break
    // A page of one headline (an article page) takes the body that follows.
    // …and so does the last item of a page where items print a body under the headline, as they print it (right
    // under it, or after a blank line): prose set apart where no item's body is is the footer's.
    const bodied = length === 0 ? (tail.breaks[0] ? bodies.spaced : bodies.tight) : tail.symbols[length - 1] === 'P' && (bodies.tight || bodies.spaced)
    if (symbol === 'P' && (only || postSet.has('P') || bodied)) {
      // Prose set apart from the body where no item's body is: the footer (`AllSides Media Bias Ratings™ are…`).
      if (bodyOver || (!only && !bodiesBreak && tail.symbols[length - 1] === 'P' && tail.breaks[length])) break
      length++
      continue
    }
    if (afterBody.has(symbol)) bodyOver = true
    const allowed = only ? (HEADER_SYMBOLS.has(symbol) ? ONLY_HEADER_LINES : 0) : (counts.get(symbol) ?? 0)
    if ((used.get(symbol) ?? 0) >= allowed) {
      // A name the template has no slot for, right above a slot it has (a topic chip over `Outlet · 2h`), is the item's.
      const next = tail.symbols[length + 1]
      if (symbol === 'o' && !only && next !== undefined && !tail.breaks[length + 1] && (used.get(next) ?? 0) < (counts.get(next) ?? 0)) {
        length++
        continue
      }
      break
    }
    used.set(symbol, (used.get(symbol) ?? 0) + 1)
    length++
  }
  return length
}

/** An article page's header prints each kind of header line at most twice (`Published …` and `Updated …`). */
const ONLY_HEADER_LINES = 2

/** Build the item from sequence positions `[start, end)` around its anchor. */
function makeItem(
  context: SplitContext,
  sequence: readonly Entry[],
  start: number,
  anchor: number,
  end: number,
  nameIsSlot: boolean,
  tailShape: string | null,
  template: string
): {item: Item; ad: boolean} {
  const parts = context.classes!.parts
  const anchorEntry = sequence[anchor]!
  const headline = parts.get(anchorEntry.line)
  const item: Item = {
    role: 'related',
    title: anchorEntry.line,
    header: [],
    paragraphs: [],
    inner: [],
    outlet: null,
    age: null,
    byline: null,
    rule: 'items',
    shape: null,
    template
  }
  if (headline?.title !== undefined && headline.title !== lineText(context.text, context.lines[anchorEntry.line]!)) item.titleText = headline.title
  else if (anchorEntry.code === LineClass.name) {
    // A name line read as a headline (`2. England 17-18 France`): its list marker is no part of the title.
    const line = lineText(context.text, context.lines[anchorEntry.line]!)
    const unmarked = stripMarker(line)
    if (unmarked !== line) item.titleText = unmarked
  }
  splitExcerpt(context, item)
  const shapes: string[] = []
  let ad = false
  const take = (value: LineParts | undefined, entry: Entry): void => {
    if (!value) return
    let used = false
    if (value.outlet !== null && item.outlet === null && (entry.symbol !== 'o' || nameIsSlot)) {
      item.outlet = value.outlet
      used = true
    }
    if (value.age !== null && item.age === null) {
      item.age = value.age
      used = true
    }
    if (value.byline !== null && item.byline === null) {
      item.byline = value.byline
      used = true
    }
    if (used) {
      item.header.push(entry.line)
      shapes.push(value.shape)
    } else item.inner.push(entry.line)
  }
  for (let position = start; position < end; position++) {
    if (position === anchor) continue
    const entry = sequence[position]!
    if (entry.symbol === 's' && (position < anchor || position === anchor + 1)) ad = true
    if (entry.symbol === 'P' && position > anchor) item.paragraphs.push(entry.line)
    else if (HEADER_SYMBOLS.has(entry.symbol)) take(parts.get(entry.line), entry)
    else item.inner.push(entry.line)
  }
  const tailsAreOutlets = headline !== undefined && headline.shape === tailShape
  if (headline?.outlet && item.outlet === null && (headline.tail === 'known' || tailsAreOutlets)) {
    item.outlet = headline.outlet
    // `Headline (Futurism, 6h)`, a table row: the line carries the age too.
    if (headline.age !== null && item.age === null) item.age = headline.age
    shapes.unshift(headline.shape)
  } else if (headline !== undefined && headline.outlet === null && headline.age !== null && headline.tail === 'known' && item.age === null) {
    // A table row with a time cell and no feed cell (`1 N  Dec 02  1.0K  Headline`): the row gives the age.
    item.age = headline.age
    shapes.unshift(headline.shape)
  } else if (headline?.outlet && !(headline.tail === 'known' || tailsAreOutlets)) {
    // The tail was not an outlet after all: the title is the whole line.
    delete item.titleText
    if (headline.title !== undefined || anchorEntry.code === LineClass.name) {
      const marked = lineText(context.text, context.lines[anchorEntry.line]!)
      const withoutMarker = stripMarker(marked)
      if (withoutMarker !== marked) item.titleText = withoutMarker
    }
  }
  // A table row's author cell; a writer credited with the outlet after the headline (`(Ingrid Varga / Politico)`).
  if (headline?.byline != null && (headline.tail === 'known' || tailsAreOutlets) && item.byline === null) item.byline = headline.byline
  readSnippetAge(context, item, shapes)
  item.shape = shapes.length > 0 ? shapes.join(' + ') : null
  return {item, ad}
}

const MARKER = /^(?:\d{1,3}[.)]|[•*·▪►–—-])\s+/

function stripMarker(line: string): string {
  const marker = MARKER.exec(line)
  return marker && line.length > marker[0].length + 2 ? line.slice(marker[0].length) : line
}

/** A snippet's age is short: `Nov 20, 2026`, `4 hours ago`. */
const MAX_SNIPPET_AGE = 32
const SNIPPET_AGE_JOINS = [' — ', ' – ', ' · ', ' - ']

/**
 * A search result's snippet that opens with its age (`Nov 20, 2026 — The
 * National Liberation Army…`, `4 hours ago · Ministers…`): the age is the
 * item's when it has none, and the paragraph starts after the join.
 */
function readSnippetAge(context: SplitContext, item: Item, shapes: string[]): void {
  const first = item.paragraphs[0]
  if (first === undefined || item.age !== null) return
  const line = context.lines[first]!
  const head = context.text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + MAX_SNIPPET_AGE + 3))
  for (const join of SNIPPET_AGE_JOINS) {
    const at = head.indexOf(join)
    if (at <= 0 || at > MAX_SNIPPET_AGE) continue
    const age = head.slice(0, at)
    if (!isAgeLine(age)) continue
    item.age = age
    item.bodyStart = {line: first, start: line.contentStart + at + join.length}
    shapes.push('age — snippet')
    return
  }
}

/** `Headline  —  excerpt` on one line (Techmeme): the title and the first paragraph. */
function splitExcerpt(context: SplitContext, item: Item): void {
  const line = context.lines[item.title]!
  const read = context.classes!.parts.get(item.title)?.excerpt
  if (read !== undefined) {
    item.excerpt = {text: context.text.slice(read.start, read.end), start: read.start, end: read.end}
    return
  }
  // The line itself: a title read from it (`headline — excerpt`) has the excerpt cut off already.
  const content = lineText(context.text, line)
  for (const join of context.shapes.excerptJoins) {
    const at = content.indexOf(join)
    if (at <= 0) continue
    const title = content.slice(0, at).trim()
    const excerpt = content.slice(at + join.length).trim()
    if (title.length === 0 || excerpt.length === 0) continue
    const offset = context.text.indexOf(excerpt, line.contentStart)
    item.titleText = title
    item.excerpt = {text: excerpt, start: offset, end: offset + excerpt.length}
    return
  }
}

/** A row of footer links that may hold a family's mark is at most this long… */
const MAX_MARK_ROW = 120
/** …and joins its links so. */
const MARK_JOIN = /\s[|·•]\s|\s{2,}|\t/

/** Whether a line may join links as `MARK_JOIN` does: a tab, two spaces, or a spaced `|`, `·`, `•`. */
function mayJoinMarks(line: string): boolean {
  return line.includes('\t') || line.includes('  ') || line.includes(' | ') || line.includes(' · ') || line.includes(' • ')
}

/** Families that marker lines can name (`cues.json` `familyMarks`). */
const MARKED_FAMILIES: ReadonlySet<string> = new Set<Layout>(['newsletter', 'search', 'feed-reader', 'balanced'])

/**
 * The family that the page's own marker lines name (`Unsubscribe`,
 * `People also ask`, `Mark all as read`, `From the Left`): the one with
 * the most such lines, or `null` for none.
 */
export function markedFamily(context: SplitContext, from: number, to: number): Layout | null {
  // The driver asks before the rules read the page, and the item rule asks again: one answer per page.
  const classes = context.classes!
  const known = markedFamilies.get(classes)
  if (known !== undefined && known.from === from && known.to === to) return known.family
  const family = findMarkedFamily(context, from, to)
  markedFamilies.set(classes, {from, to, family})
  return family
}

/** `markedFamily`'s answer per page (its line classes) and range. */
const markedFamilies = new WeakMap<object, {from: number; to: number; family: Layout | null}>()

function findMarkedFamily(context: SplitContext, from: number, to: number): Layout | null {
  const counts = new Map<string, number>()
  const chrome = context.classes!.chrome
  for (let index = from; index < to; index++) {
    if (chrome[index] !== 1) continue
    const line = lineText(context.text, context.lines[index]!)
    let family = context.cues.familyMarks.get(chromeKey(line))
    // A footer's links joined on one line (`Unsubscribe  |  Privacy policy`): each link is a mark.
    // Only an email's footer is such a row of marks: a site's menu with `Subscriptions` in it marks no feed reader.
    if (family === undefined && line.length <= MAX_MARK_ROW && mayJoinMarks(line)) {
      for (const part of line.split(MARK_JOIN)) if (context.cues.familyMarks.get(chromeKey(part.trim())) === 'newsletter') family = 'newsletter'
    }
    if (family !== undefined && MARKED_FAMILIES.has(family)) counts.set(family, (counts.get(family) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [family, count] of counts) if (best === null || count > counts.get(best)!) best = family
  return best as Layout | null
}

/**
 * Name the family for `dump.layout` from what the items show, the
 * strongest evidence first: the page's own article (most of the prose in
 * one item: an article page), header shapes that one family prints (a
 * result's address or an age before its snippet: search; table rows, feed
 * names with counts or as group headings: a feed reader; outlets with a
 * bias label: balanced coverage), then the template's slots. It is a
 * reading of evidence, not a promise: `provenance.template` says what was
 * read.
 */
function familyOf(pre: readonly string[], post: readonly string[], sequence: readonly Entry[], anchors: readonly number[], tails: boolean, items: readonly Item[], headings: boolean): Layout {
  const all = new Set([...pre, ...post])
  let prose = 0
  for (const item of items) prose += item.paragraphs.length
  const lead = items.find((item) => item.role === 'lead')
  if (lead !== undefined && lead.paragraphs.length >= MAIN_PARAGRAPHS && lead.paragraphs.length * 2 >= prose) return 'article-page'
  const shapes = (name: string): number => items.filter((item) => item.shape?.includes(name)).length
  const many = Math.max(2, items.length / 3)
  if (shapes('address') + shapes('age — snippet') >= many) return 'search'
  if (headings || shapes('row') + shapes('outlet (count)') >= many) return 'feed-reader'
  if (shapes('outlet · label') >= many) return 'balanced'
  if (all.has('m') || items.some((item) => item.shape?.includes('credit'))) return 'link-aggregator'
  if (all.has('O')) return 'card-portal'
  if (tails && !all.has('P')) return 'link-list'
  if (all.has('o') && all.has('a')) return all.has('P') ? 'search' : 'aggregator'
  if (post.includes('P') && post.includes('o') && post.indexOf('o') > post.indexOf('P')) return 'balanced'
  if (all.has('P') && all.has('a')) return 'section-page'
  if (all.has('o')) return 'aggregator'
  if (sequence.length > 0 && anchors.length > 0 && !all.has('P') && !all.has('a')) return 'link-list'
  return 'items'
}

