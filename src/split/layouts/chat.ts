import type {Layout} from '../../types.js'
import {getDefaultOutletRegistry} from '../../outlet/registry.js'
import {isDomain, isKnownOutletName, LineClass, readHeadline, type LineClassCode} from '../classify.js'
import {isChromeLine} from '../cues.js'
import {countWords, isAgeLine, isTitleCase} from '../header.js'
import type {Item, SplitContext} from '../item.js'
import {lineText} from '../lines.js'
import {readItems} from './items.js'

/**
 * The chat and notes rule: pastes of chat rooms where news links were
 * shared (IRC logs, Slack, Teams, Element, Discord, WhatsApp, Signal,
 * Mattermost, Google Chat, iMessage exports, Mastodon and Bluesky
 * timelines) and note files of links (Org-mode, Markdown). It reads lines
 * by their structure, not by any app's name:
 *
 * * a *message prefix* repeated on two lines or more: a time stamp and a
 *   sender before the body on one line (`[09:14] <newsbot> …`,
 *   `[12/03/26, 09:14] Ana: …`, `12/03/2026, 09:14 - Ana: …`), or a
 *   *message head* on lines of its own: sender and time (`Ana  9:14 AM`,
 *   `Ana — Today at 9:14 AM`, `Ana, 9:14 AM`), a sender line over or under
 *   a bare time line (`Ana` / `08:04`), a display name over a handle
 *   (`@ana@mastodon.social`);
 * * or *link markup* filling two lines or more (`[[url][Headline]]`,
 *   `[Headline](url)`, `<url|Headline>`), as notes keep links.
 *
 * Each line of a message body (or each markup line) that shares a news
 * item is an article: a link with a headline, a headline with its outlet
 * (`Headline — Outlet`, `Headline | Outlet`, `[Outlet] Headline`, `Outlet:
 * Headline`, `Headline (Outlet)`), list markers and chat markup (`_Outlet_`)
 * removed. The message head is the header of its message's first article.
 * Everything else (remarks, joins, reactions, day separators, headings,
 * the composer) is boilerplate. The message time is when the link was
 * posted, not when the story was published: it is no article's
 * `published`; a time printed with the item (`— Outlet, 2 Dec`) is.
 *
 * When the chat stops and a page of another family follows after a blank
 * line (two pastes in one file), that part is read by the item rule.
 *
 * @param context
 *   The split in progress, with line classes.
 * @param from
 *   First line.
 * @param to
 *   Line after the last.
 * @returns
 *   The items and the family, or `null` when the page shows no chat or notes structure.
 */
export function readChat(context: SplitContext, from: number, to: number): {items: Item[]; layout: Layout; evidence: Map<number, LineClassCode>} | null {
  const {text, lines} = context
  const marks = scanMarks(context, from, to)
  if (marks === null) return null
  const registry = context.options.outlets ?? getDefaultOutletRegistry()
  const isKnown = (name: string): boolean => isKnownOutletName(name, registry)

  // Every line that may share an item, read once; candidates are confirmed by their shape's count.
  const shares: Array<{line: number; share: Share}> = []
  const shapeCounts = new Map<string, number>()
  for (let index = from; index < to; index++) {
    const mark = marks.kinds[index - from]!
    if (mark === MARK_HEAD) continue
    const line = lines[index]!
    const length = line.contentEnd - line.contentStart
    if (length === 0 || length > MAX_SHARE_LINE) continue
    const body = mark === MARK_INLINE ? text.slice(line.contentStart + marks.bodyStarts.get(index)!, line.contentEnd) : lineText(text, line)
    const share = readShare(body, isKnown)
    if (share === null) continue
    shares.push({line: index, share})
    if (share.outlet !== null) shapeCounts.set(share.shape, (shapeCounts.get(share.shape) ?? 0) + 1)
  }
  const accepted: Array<{line: number; share: Share}> = []
  for (const entry of shares) {
    const {share} = entry
    if (share.candidate) {
      const count = shapeCounts.get(share.shape) ?? 0
      // An unknown tail is an outlet where most of the page's shares print one that way (`Headline | Outlet`).
      if (count < MIN_MARKS || count * 2 < shares.length) {
        if (!share.link) continue
        entry.share = {...share, title: share.whole, outlet: null, age: null, shape: 'link', candidate: false}
      }
    }
    accepted.push(entry)
  }
  if (accepted.length < MIN_MARKS) return null
  // Post times alone make a channel of digests (lists under each time), not a table with a time column (hckrnews).
  if (marks.byTrailers && accepted.length < 2 * marks.trailers) return null
  // Chat needs its shares to be what most of its messages carry, not a stray line in a page of prose.
  let prose = 0
  for (let index = from; index < to; index++) if (context.classes?.codes[index] === LineClass.prose && marks.kinds[index - from] === MARK_NONE) prose++
  if (prose > accepted.length) return null

  const items: Item[] = []
  let share = 0
  let head: number[] = []
  let last = from
  for (let index = from; index < to && share < accepted.length; index++) {
    const mark = marks.kinds[index - from]!
    if (mark === MARK_HEAD) {
      if (head.length === 0 || head.at(-1) !== index - 1) head = []
      head.push(index)
      continue
    }
    if (mark === MARK_INLINE || mark === MARK_TRAILER) head = []
    if (accepted[share]!.line !== index) continue
    const found = accepted[share++]!.share
    const inner: number[] = []
    if (head.length > 0) {
      for (let between = head.at(-1)! + 1; between < index; between++) if (lines[between]!.contentEnd > lines[between]!.contentStart) inner.push(between)
    }
    items.push({
      role: 'related',
      title: index,
      titleText: found.title,
      header: head,
      paragraphs: [],
      inner,
      outlet: found.outlet,
      age: found.age,
      byline: null,
      rule: 'chat',
      shape: found.shape,
      template: marks.template
    })
    head = []
    last = index
  }
  // What the structure shows and a line alone cannot: heads are headers, shares headlines, the rest of the chat chrome.
  const evidence = new Map<number, LineClassCode>()
  // From the page's top (a room's name and tabs are the chat's) to its last message.
  const first = from
  const end = Math.max(marks.lastMark, last)
  const shared = new Set(accepted.map((entry) => entry.line))
  for (let index = first; index <= end; index++) {
    if (lines[index]!.contentEnd === lines[index]!.contentStart) continue
    evidence.set(index, marks.kinds[index - from] === MARK_HEAD ? LineClass.meta : shared.has(index) ? LineClass.headline : LineClass.chrome)
  }
  // Two pastes: a page of another family after the chat, set off by a blank line.
  let cut = last + 1
  while (cut < to && lines[cut]!.contentEnd > lines[cut]!.contentStart) cut++
  let layout: Layout = 'link-list'
  if (cut < to && marks.lastMark < cut && countContent(context, cut, to) >= MIN_PASTED_LINES) {
    const rest = readItems(context, cut, to)
    if (rest !== null && rest.items.length > 0) {
      items.push(...rest.items)
      if (rest.evidence) for (const [line, code] of rest.evidence) evidence.set(line, code)
      if (rest.layout !== 'link-list') layout = 'mixed'
    }
  }
  return {items, layout, evidence}
}

/** At least this many message prefixes, markup lines or shares make a chat (one could be chance). */
const MIN_MARKS = 2
/** A line that shares an item is at most this long (a headline, an outlet, a link). */
const MAX_SHARE_LINE = 400
/** Lines scanned for a message prefix are at most this long. */
const MAX_PREFIX_LINE = 400
/** A page of another family pasted after a chat holds at least this many non-blank lines. */
const MIN_PASTED_LINES = 4
/** A sender's display name has at most this many words. */
const MAX_SENDER_WORDS = 4
/** …and at most this many characters. */
const MAX_SENDER_LENGTH = 40

const MARK_NONE = 0
const MARK_INLINE = 1
const MARK_HEAD = 2
/** A bare stamp with no sender next to it: a post's time printed after its body (a channel's posts). */
const MARK_TRAILER = 3

interface Marks {
  /** Per line of the page: `MARK_NONE`, `MARK_INLINE` (prefix and body on one line), `MARK_HEAD` (a message head's line) or `MARK_TRAILER` (a post's time after it). */
  kinds: Uint8Array
  /** For inline lines: where the body starts, from the line's content start. */
  bodyStarts: Map<number, number>
  /** The first and the last line that is a head or an inline message (-1 for none). */
  firstMark: number
  lastMark: number
  /** The message prefix shape, for provenance. */
  template: string
  /** Bare stamps with no sender, and whether they alone made the page a chat. */
  trailers: number
  byTrailers: boolean
}

// A clock time, optionally after a day: `09:14`, `9:14 AM`, `Today at 9:14 AM`, `12/03/26, 09:14:05`, `Dec 3, 2026 at 9:14 AM`.
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?`
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?`
const DAY = String.raw`(?:today|yesterday|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?|${WEEKDAY}|${WEEKDAY},? ${MONTH} \d{1,2}|${WEEKDAY},? \d{1,2} ${MONTH}|${MONTH} \d{1,2}|\d{1,2} ${MONTH})(?:,? \d{4})?,?(?: at)?`
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?`
const STAMP = String.raw`(?:${DAY} {1,2})?${CLOCK}`
/** A line that is only a time stamp. */
const BARE_STAMP = new RegExp(String.raw`^${STAMP}$`, 'i')
/** `[stamp] <nick> body`, `[stamp] Name: body`, `stamp - Name: body`, `stamp <nick> body`. */
const INLINE_MESSAGE = new RegExp(String.raw`^(\[${STAMP}\]|${STAMP})(?: [-–—])? (?:<[@+%~&]?([^<>\s]{1,32})>|([^\s:<>[\]][^:<>[\]]{0,39}):) `, 'i')
/** A sender and a time on one line: `Ana  9:14 AM`, `Ana — Today at 9:14 AM`, `Ana, 9:14 AM`, `Ana 08:02 (edited)`. */
const HEAD_STAMP = new RegExp(String.raw`(?:^|[\s,·|–—-])${STAMP}(?: \(?edited\)?)?$`, 'i')
/** A fediverse or Bluesky handle line (`@ana@mastodon.social`, `@ana.bsky.social`), with an age after it maybe. */
const HANDLE = /^@[\w.-]{1,40}(?:@[\w-]{1,40}(?:\.[\w-]{1,40}){1,4})?(?: ?· ?\S[^·]{0,20})?$/
/** Words that make a line a label, not a sender (`Last reply today at 8:40 AM`, `Updated 9:14 AM`). */
const NOT_SENDER = new Set('at on today yesterday updated posted published edited reply replies last sent delivered read seen joined left am pm by'.split(' '))

/**
 * Find the message prefixes and markup lines of a page: `null` when there
 * are too few to call it a chat or a notes file.
 */
function scanMarks(context: SplitContext, from: number, to: number): Marks | null {
  const {text, lines} = context
  const kinds = new Uint8Array(to - from)
  const bodyStarts = new Map<number, number>()
  let inline = 0
  let heads = 0
  let trailers = 0
  // Tab-joined lines with a clock: a table's time column (hckrnews rows), which bare stamps between rows also print.
  let rows = 0
  let markup = 0
  let lastMark = -1
  const shapes = new Map<string, number>()
  const bare: number[] = []
  for (let index = from; index < to; index++) {
    const line = lines[index]!
    const length = line.contentEnd - line.contentStart
    if (length < 4 || length > MAX_PREFIX_LINE) continue
    const first = text.charCodeAt(line.contentStart)
    if (first === 64 /* @ */ && length <= 80) {
      const content = lineText(text, line)
      if (HANDLE.test(content)) {
        kinds[index - from] = MARK_HEAD
        heads++
        lastMark = index
        // The display name above the handle and an age line under it are the head's.
        if (index > from && isSenderLine(context, index - 1) && kinds[index - 1 - from] === MARK_NONE) kinds[index - 1 - from] = MARK_HEAD
        if (index + 1 < to && isAgeAt(context, index + 1)) kinds[index + 1 - from] = MARK_HEAD
        shapes.set('name @handle', (shapes.get('name @handle') ?? 0) + 1)
        continue
      }
    }
    if (first === 91 /* [ */ || isMarkerStart(first)) {
      const content = lineText(text, line)
      if (LINK_MARKUP.test(stripMarkers(content))) markup++
    }
    if (!hasClock(text, line.contentStart, Math.min(line.contentEnd, line.contentStart + 64))) continue
    const content = lineText(text, line)
    if (content.includes('\t')) rows++
    const message = INLINE_MESSAGE.exec(content)
    if (message) {
      const sender = message[2] ?? message[3]!
      if (message[2] !== undefined || isSenderName(sender)) {
        kinds[index - from] = MARK_INLINE
        bodyStarts.set(index, message[0].length)
        inline++
        lastMark = index
        const shape = message[1]!.startsWith('[') ? (message[2] === undefined ? '[time] sender: body' : '[time] <sender> body') : message[2] === undefined ? 'time sender: body' : 'time <sender> body'
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1)
        continue
      }
    }
    if (length > 80) continue
    if (BARE_STAMP.test(content)) {
      bare.push(index)
      continue
    }
    const stamp = HEAD_STAMP.exec(content)
    if (stamp && stamp.index > 0) {
      const sender = trimJoins(content.slice(0, stamp.index + 1), false)
      if (sender.length > 0 && isSenderName(sender)) {
        kinds[index - from] = MARK_HEAD
        heads++
        lastMark = index
        shapes.set('sender time', (shapes.get('sender time') ?? 0) + 1)
      }
    }
  }
  // A bare time line heads a message with the sender line above it (`Ana` / `08:04`) or under it (`Dec 3, 2026 9:14 AM` / `Ana`).
  for (const index of bare) {
    if (index > from && kinds[index - 1 - from] === MARK_NONE && isSenderLine(context, index - 1)) {
      kinds[index - 1 - from] = MARK_HEAD
      kinds[index - from] = MARK_HEAD
    } else if (index + 1 < to && kinds[index + 1 - from] === MARK_NONE && isSenderLine(context, index + 1)) {
      kinds[index - from] = MARK_HEAD
      kinds[index + 1 - from] = MARK_HEAD
    } else {
      kinds[index - from] = MARK_TRAILER
      trailers++
      lastMark = Math.max(lastMark, index)
      shapes.set('body / time', (shapes.get('body / time') ?? 0) + 1)
      continue
    }
    heads++
    lastMark = Math.max(lastMark, index)
    shapes.set('sender / time', (shapes.get('sender / time') ?? 0) + 1)
  }
  if (inline + heads + trailers < MIN_MARKS && markup < MIN_MARKS) return null
  if (inline + heads < MIN_MARKS && markup < MIN_MARKS && rows > 0) return null
  let template = inline + heads + trailers >= MIN_MARKS ? '' : 'link markup'
  let most = 0
  for (const [shape, count] of shapes) {
    if (count > most) {
      most = count
      template = shape
    }
  }
  let firstMark = -1
  for (let index = 0; index < kinds.length && firstMark === -1; index++) if (kinds[index] !== MARK_NONE) firstMark = from + index
  return {kinds, bodyStarts, firstMark, lastMark, template, trailers, byTrailers: inline + heads < MIN_MARKS && markup < MIN_MARKS}
}

function isMarkerStart(code: number): boolean {
  // - * + • ▪ or a digit (`1.`): list markers before a link.
  return code === 45 || code === 42 || code === 43 || code === 0x2022 || code === 0x25aa || (code >= 48 && code <= 57)
}

/** Whether `[from, to)` holds a clock time (`9:14`): a digit, a colon, two digits. */
function hasClock(text: string, from: number, to: number): boolean {
  // A scan of the range alone: `indexOf` would search on to the end of the text for a line with no colon.
  for (let index = from + 1; index < to && index + 2 <= to; index++) {
    if (text.charCodeAt(index) === 58 && isDigit(text.charCodeAt(index - 1)) && isDigit(text.charCodeAt(index + 1)) && isDigit(text.charCodeAt(index + 2))) return true
  }
  return false
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Whether a line is only an age (for the line under a handle). */
function isAgeAt(context: SplitContext, index: number): boolean {
  const code = context.classes?.codes[index]
  return code === LineClass.age
}

/** A line that can be a sender's display name on its own. */
function isSenderLine(context: SplitContext, index: number): boolean {
  const line = context.lines[index]!
  const length = line.contentEnd - line.contentStart
  if (length === 0 || length > MAX_SENDER_LENGTH) return false
  const code = context.classes?.codes[index]
  if (code === LineClass.chrome || code === LineClass.age || code === LineClass.separator || code === LineClass.prose) return false
  const content = lineText(context.text, line)
  return isSenderName(content) && !isChromeLine(content, context.cues)
}

/**
 * A sender's name: a few words or a handle (`Maya Tan`, `ana.smith`,
 * `newsbot [BOT]`), no digit first, no sentence, no label word.
 */
function isSenderName(name: string): boolean {
  const bare = withoutSenderTag(name.trim())
  if (bare.length === 0 || bare.length > MAX_SENDER_LENGTH || countWords(bare) > MAX_SENDER_WORDS) return false
  if (!/^[@\p{L}]/u.test(bare) || /[.!?:;]$/.test(bare) || bare.includes('://')) return false
  return !bare.toLowerCase().split(/[\s,]/).some((word) => NOT_SENDER.has(word)) && !isAgeLine(bare)
}

/** A sender's name without an app's tag after it (`newsbot [BOT]`, `Ana (she/her)`, `relay APP`). */
function withoutSenderTag(name: string): string {
  let bare = name
  if (bare.endsWith(']') && bare.lastIndexOf('[') > 0) bare = bare.slice(0, bare.lastIndexOf('['))
  else if (bare.endsWith(')') && bare.lastIndexOf('(') > 0) bare = bare.slice(0, bare.lastIndexOf('('))
  else if (bare.endsWith(' BOT') || bare.endsWith(' APP')) bare = bare.slice(0, -4)
  return bare.trim()
}

/** Joins (`,`, `·`, `|`, dashes, `:`) and spaces trimmed off one end of a part of a line. */
function trimJoins(part: string, start: boolean): string {
  let from = 0
  let to = part.length
  if (start) while (from < to && JOIN_CHARACTERS.includes(part.charAt(from))) from++
  else while (to > from && JOIN_CHARACTERS.includes(part.charAt(to - 1))) to--
  return part.slice(from, to).trim()
}

const JOIN_CHARACTERS = ' \t,·|–—-:'

/** What a line that shares an item holds. */
interface Share {
  title: string
  /** The title with any outlet tail left on: what a line with a link but no confirmed outlet is titled. */
  whole: string
  outlet: string | null
  age: string | null
  /** Which form gave the title and outlet (`link (outlet)`, `headline — outlet`, `[outlet] headline`). */
  shape: string
  /** The outlet is a name the registry does not know, in a tail any headline could have: taken when most shares print one. */
  candidate: boolean
  /** The line holds a link (markup or an address). */
  link: boolean
}

/** `[[url][Headline]]` (Org), `[Headline](url)` (Markdown), `<url|Headline>` (Slack). */
const LINK_MARKUP = /^(?:\[\[[^\]\s]{1,2000}\]\[[^\]]{1,300}\]\]|\[[^\]]{1,300}\]\(\S{1,2000}\)|<https?:\/\/[^|>\s]{1,2000}\|[^>]{1,300}>)/
const ORG_LINK = /^\[\[[^\]\s]{1,2000}\]\[([^\]]{1,300})\]\]/
const MARKDOWN_LINK = /^\[([^\]]{1,300})\]\(\S{1,2000}\)/
const SLACK_LINK = /^<https?:\/\/[^|>\s]{1,2000}\|([^>]{1,300})>/
/** `[Outlet] Headline`, as feed bots print. */
const BRACKET_OUTLET = /^\[([^[\]]{2,40})\] (\S.*)$/
/** `Outlet: Headline`. */
const COLON_OUTLET = /^([^:]{2,40}): (\S.*)$/
/** Markers before an item: list bullets, numbers, checkboxes, Org headings with a keyword, an emoji bullet. */
const MARKERS = /^(?:(?:\d{1,3}[.)]|[-*+•·▪►▸◦‣–—]|\p{Extended_Pictographic}\uFE0F?|\*{1,6} (?:TODO|DONE|NEXT|WAITING|READ))\s+|\[[ xX-]\]\s+)/u

function stripMarkers(line: string): string {
  let rest = line
  for (let round = 0; round < 3; round++) {
    const marker = MARKERS.exec(rest)
    if (!marker || marker[0].length >= rest.length) break
    rest = rest.slice(marker[0].length)
  }
  return rest
}

/**
 * Read a message line (its body, without the message prefix) as a shared
 * item: `null` when it shares none (a remark, a reaction, a heading).
 */
function readShare(body: string, isKnown: (name: string) => boolean): Share | null {
  let rest = stripMarkers(body.trim())
  // A line in chat emphasis as a whole is a heading (`*Evening wrap — 2 December*`).
  if (unemphasised(rest) !== rest) return null
  const markup = ORG_LINK.exec(rest) ?? MARKDOWN_LINK.exec(rest) ?? SLACK_LINK.exec(rest)
  if (markup) {
    const title = markup[1]!.trim()
    const tail = readTail(rest.slice(markup[0].length), isKnown)
    if (!isHeadlineText(title)) return null
    return {title, whole: title, outlet: tail.outlet, age: tail.age, shape: tail.outlet === null ? 'link' : 'link (outlet)', candidate: false, link: true}
  }
  let link = false
  const address = findAddress(rest)
  if (address) {
    link = true
    const before = trimJoins(rest.slice(0, address.start), false)
    const after = trimJoins(rest.slice(address.end), true)
    // An address alone, or inside a sentence, is no headline to title an article with.
    if (before.length > 0 && after.length > 0) return null
    rest = before.length > 0 ? before : after
    if (rest.length === 0) return null
    // A remark before the headline (`Ha yes. And this: Headline https://…`): the headline is what follows its colon.
    const colon = rest.lastIndexOf(': ')
    if (colon > 0 && /[.!?]/.test(rest.slice(0, colon)) && isHeadlineText(rest.slice(colon + 2))) rest = rest.slice(colon + 2)
  }
  const bracket = BRACKET_OUTLET.exec(rest)
  if (bracket && isOutletName(bracket[1]!, isKnown)) {
    const title = bracket[2]!.trim()
    if (!isHeadlineText(title)) return null
    return {title, whole: title, outlet: bracket[1]!, age: null, shape: '[outlet] headline', candidate: false, link}
  }
  const colon = COLON_OUTLET.exec(rest)
  if (colon && isOutletName(colon[1]!, isKnown) && !/\d/.test(colon[1]!) && countWords(colon[2]!) >= 2) {
    const title = colon[2]!.trim()
    if (isHeadlineText(title)) return {title, whole: rest, outlet: colon[1]!, age: null, shape: 'outlet: headline', candidate: !isKnown(colon[1]!), link}
  }
  const parts = readHeadline(rest, isKnown)
  const title = parts.title ?? rest
  if (parts.outlet !== null && parts.shape !== 'headline') {
    const tail = cleanOutlet(parts.outlet)
    if (isHeadlineText(title) && tail.length > 0) {
      const age = parts.age ?? null
      return {title, whole: rest, outlet: tail, age, shape: parts.shape, candidate: parts.tail === 'candidate' && !isKnown(tail), link}
    }
  }
  // A tail in chat emphasis (`Headline — _Outlet_`), or with the item's date (`— Outlet, 2 Dec`).
  const tail = readTail(rest, isKnown, true)
  if (tail.outlet !== null && isHeadlineText(tail.head)) {
    return {title: tail.head, whole: rest, outlet: tail.outlet, age: tail.age, shape: tail.shape, candidate: !tail.known, link}
  }
  if (link && isHeadlineText(title)) return {title, whole: title, outlet: null, age: null, shape: 'headline link', candidate: false, link}
  return null
}

const TAIL_JOINS = [' — ', ' – ', ' - ', ' | ', ' · ']

/**
 * What follows a headline: ` (Outlet)`, ` — Outlet`, ` — Outlet, 2 Dec`,
 * ` — _Outlet_`. With `inLine`, the tail is looked for inside `rest` (after
 * its last join) and `head` is what comes before.
 */
function readTail(rest: string, isKnown: (name: string) => boolean, inLine = false): {head: string; outlet: string | null; age: string | null; shape: string; known: boolean} {
  let head = ''
  let tail = rest.trim()
  let shape = 'link (outlet)'
  if (inLine) {
    let at = -1
    let join = ''
    for (const candidate of TAIL_JOINS) {
      const position = tail.lastIndexOf(candidate)
      if (position > at) {
        at = position
        join = candidate
      }
    }
    if (at <= 0) return {head: '', outlet: null, age: null, shape, known: false}
    head = tail.slice(0, at).trim()
    tail = tail.slice(at + join.length).trim()
    shape = `headline${join}outlet`
  } else {
    if (tail.startsWith('(') && tail.endsWith(')')) tail = tail.slice(1, -1).trim()
    else tail = tail.replace(/^[-–—|·:,]\s*/, '').trim()
  }
  if (tail.length === 0) return {head, outlet: null, age: null, shape, known: false}
  let age: string | null = null
  const comma = tail.lastIndexOf(', ')
  if (comma > 0 && isAgeLine(tail.slice(comma + 2))) {
    age = tail.slice(comma + 2)
    tail = tail.slice(0, comma).trim()
  }
  const outlet = cleanOutlet(tail)
  if (!isOutletName(outlet, isKnown)) return {head, outlet: null, age: null, shape, known: false}
  return {head, outlet, age, shape, known: isKnown(outlet) || isDomain(outlet)}
}

/** A name without chat emphasis (`_The Jakarta Post_`). */
function cleanOutlet(name: string): string {
  return unemphasised(name.trim()).trim()
}

/** Text without the chat emphasis around it as a whole (`_Outlet_`, `*Heading*`, `**Heading**`, `~x~`), or the text itself. */
function unemphasised(text: string): string {
  const mark = text.charAt(0)
  if ((mark !== '_' && mark !== '*' && mark !== '~') || text.length < 3 || !text.endsWith(mark)) return text
  const width = text.startsWith(mark + mark) && text.endsWith(mark + mark) && text.length > 4 ? 2 : 1
  const inner = text.slice(width, -width)
  return /^\S/.test(inner) && /\S$/.test(inner) ? inner : text
}

/** Where the first address (`https://…`, `<https://…>`) in a message line starts and ends. */
function findAddress(text: string): {start: number; end: number} | null {
  let start = text.indexOf('https://')
  if (start === -1) start = text.indexOf('http://')
  if (start === -1) return null
  let end = start
  while (end < text.length && !/[\s<>]/.test(text.charAt(end))) end++
  if (start > 0 && text.charAt(start - 1) === '<') start--
  if (text.charAt(end) === '>') end++
  return {start, end}
}

/** A name that can be an outlet: known, a domain, or a few capitalised words ending no sentence. */
function isOutletName(name: string, isKnown: (name: string) => boolean): boolean {
  if (name.length < 2 || name.length > 60) return false
  if (isKnown(name) || isDomain(name)) return true
  return countWords(name) <= 6 && isTitleCase(name) && !/[.!?:]$/.test(name) && !isAgeLine(name)
}

/** Text that can title an article: two words or more, a capital or a digit first, no trailing colon. */
function isHeadlineText(title: string): boolean {
  if (title.length < 8 || title.length > 250 || countWords(title) < 2 || /[:…]$/.test(title)) return false
  const first = /[\p{L}\d]/u.exec(title)
  if (!first) return false
  const letter = first[0]
  return letter !== letter.toLowerCase() || /\d/.test(letter) || /^i[A-Z]/.test(title.slice(first.index))
}

function countContent(context: SplitContext, from: number, to: number): number {
  let count = 0
  for (let index = from; index < to; index++) if (context.lines[index]!.contentEnd > context.lines[index]!.contentStart) count++
  return count
}
