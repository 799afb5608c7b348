import {isRecord, optionsError} from '../contract.js'
import {describe} from '../describe.js'
import type {Outlet, OutletRegistry} from '../types.js'
import {editionQualifier, isOwnEdition, mayEndQualifier} from './editions.js'
import {parseHostname, registrableDomain, stripVariantPrefixes} from './hostname.js'
import {outletKey, outletSlug} from './outlet-key.js'
import {isShortGeneric, lookupPlaced, placeOf} from './places.js'
import {getDefaultOutletRegistry, isOutletRegistry} from './registry.js'

// Every regular expression in this file is anchored or made of fixed
// strings, with no quantifier over a group that could match the same text
// two ways, so each runs in time linear in its input. Whitespace is
// collapsed to single spaces before the rules run, so the patterns match
// single spaces.

/** Options of `normalizeOutlet`. */
export interface NormalizeOutletOptions {
  /** Registry to look names up in (default: `getDefaultOutletRegistry()`). */
  outlets?: OutletRegistry | undefined
}

/**
 * The rule that read an outlet header, outermost first: `exact` (the whole
 * cleaned text is a name, alias or hostname in the registry), `hostname`
 * (a URL or hostname, looked up from the full host down to its registrable
 * domain), `byline` (`By Jane Doe, Reuters`, `Via Reuters`,
 * `Jane Doe/Reuters`), `separator` (`Headline | Reuters`), `parenthetical`
 * (`HuffPost (blog)`), `syndication` (`The Independent on MSN`), `suffix`
 * (`Reuters Staff`, `Reuters UK`), `comma` (`Jane Doe, Reuters`), `cleaned` (no rule
 * found a known outlet: the cleaned text), `empty` (nothing left).
 */
export type OutletRule =
  | 'exact'
  | 'hostname'
  | 'byline'
  | 'separator'
  | 'parenthetical'
  | 'syndication'
  | 'suffix'
  | 'comma'
  | 'cleaned'
  | 'empty'

/** An outlet together with the rule that read it. */
export interface OutletMatch {
  outlet: Outlet
  rule: OutletRule
}

/** How deep rules may nest (`By X | Y (blog) on MSN`); bounds the work per call. */
const MAX_DEPTH = 6

/**
 * Longest cleaned text that the name rules read, in UTF-16 code units. No
 * outlet header comes near it (the longest credit lines are a few hundred
 * characters); a longer text is returned cleaned, as an unknown outlet,
 * after only the hostname check, so that any string costs linear time.
 */
export const MAX_OUTLET_LENGTH = 2048

const BYLINE = /^(?:by|via)[\s:]+/i
const CREDIT = /^(?:source|sources|credit|photo|image)\s*:\s*/i
/** Separators inside a byline, after `By`: `By Jane Doe, Reuters`, `By Jane Doe for The Guardian`. */
const BYLINE_SEPARATOR = /[,;|•·–—]| for | at | [-–—/] /
/** Separators between a headline or section and the outlet. */
const SEPARATOR = /[|•·¦–—]| [-–—/] /
/** Bracketed notes Google News and others append to an outlet name. */
const QUALIFIER =
  /^(?:blog|blogs|press release|subscription|subscription required|registration|paywall|satire|opinion|op-ed|editorial|sponsored|paid|video|audio|podcast|live|live blog|liveblog|commentary|analysis|premium|pdf)$/i
/**
 * Platforms that carry other outlets' stories: `Sky News on MSN`,
 * `Reuters via Yahoo News`. A set, like `SUFFIXES`, rather than an
 * alternation that the ReDoS check could not finish on a busy machine.
 */
const SYNDICATORS = new Set(
  'msn|msn news|yahoo|yahoo news|yahoo finance|yahoo sports|apple news|google news|flipboard|smartnews|newsbreak|aol'.split('|')
)
/**
 * Words after a name that leave the same outlet, tried only when what is
 * left is known (`Reuters Staff`, `Variety Magazine`, `Fox News Digital`,
 * `Reuters UK`), and a section's feed after it (`Reuters World News`,
 * `NPR World`, `AP Top News`).
 * A set of phrases of one to three words rather than a regular expression:
 * the alternation was too long for the ReDoS check to prove linear.
 */
const SUFFIXES = new Set(
  (
    'staff|staff writer|staff writers|staff reporter|staff reporters|reporter|reporters|newsroom|news desk|desk|' +
    'wire|wires|online|digital|edition|international|english|magazine|mag|newspaper|news agency|press agency|news service|tv|' +
    // A feed of one section (`Reuters World News`, `NPR World`, `CBS News World`, `AP Top News`): the outlet's own.
    // Not business, sport or the like: `Fox Business`, `CBS Sports` are outlets of their own, which a registry may lack.
    'world|world news|top news|top stories|politics|opinion|national|us news|uk news|latest|latest news|breaking news|home'
  ).split('|')
)
/**
 * Countries that, after an outlet without a country (an agency:
 * `Reuters India`), are read as its edition even when its `editions` do
 * not list them (editions.ts): the rule of the suffixes before editions.
 */
const COUNTRY_SUFFIXES = new Set('uk|us|usa|india|australia|canada|nz|ireland'.split('|'))
/** Words in the longest edition qualifier read after a name (`Asia Pacific`, `en Español`). */
const EDITION_WORDS = 2
/** Words in the longest phrase of `SUFFIXES`. */
const SUFFIX_WORDS = 3
const SPACE_RUNS = /\s+/g
const NEEDS_COLLAPSE = /\s\s|[^\S ]/

type Reading =
  | {readonly index: number; readonly name?: undefined; readonly domain?: undefined; rule: OutletRule}
  | {
      readonly index?: undefined
      readonly name: string
      readonly domain: string | null
      rule: OutletRule
      /** A short generic name that was no match as a part: no name for the whole either. */
      readonly generic?: true
    }

/**
 * Normalise an outlet as a news page or feed writes it.
 *
 * @param raw
 *   Outlet text: a name (`The Guardian`), a credit line (`- Reuters`), a
 *   byline (`By Jane Doe | Reuters`), a URL or a hostname
 *   (`https://www.theguardian.com/world/...`, `in.reuters.com`).
 * @param options
 *   Configuration (optional): `outlets`, the registry to look names up in
 *   (default: `getDefaultOutletRegistry()`).
 * @returns
 *   The outlet: for a known one its registry `id`, `name` and `domain`; for
 *   an unknown one the cleaned text as `name`, its slug as `id`, and the
 *   registrable domain as `domain` when the text was a URL or hostname
 *   (else `null`). `raw` is the input as given.
 * @throws {TypeError}
 *   When `raw` is not a string, or `options.outlets` not a registry.
 *
 * The text is first cleaned: surrounding whitespace, quotes, dashes,
 * bullets and stray punctuation are dropped, enclosing brackets unwrapped
 * (`(Reuters)`), inner whitespace collapsed. A URL or hostname is looked up
 * from its full host (without `www.`, `m.`, `amp.`) down to its registrable
 * domain, so `edition.cnn.com` finds `cnn.com`. A name is looked up by its
 * `outletKey` (case, diacritics, punctuation and a leading `The` do not
 * matter), which is one `Map` lookup for the common case. Only when that
 * fails do the rules of `OutletRule` try parts of the text: bylines,
 * separators, a trailing `(blog)`, `on MSN`, `Staff` or an edition
 * (`Reuters UK`; a country after a brand of another country is no edition
 * of it: `Forbes India` is its own outlet), comma-separated parts. An unknown outlet keeps
 * its own (cleaned) name: `- Foo News ` gives `Foo News`, `known: false`.
 *
 * Any string is accepted and none throws. Text that is empty once cleaned
 * (`''`, `'  - '`) gives `{id: '', name: '', domain: null, known: false}`.
 * Normalising is idempotent on ids: normalising the `name` of a result
 * gives the same `id`.
 *
 * @example
 *   normalizeOutlet('- Reuters')
 *   //=> {id: 'reuters', name: 'Reuters', domain: 'reuters.com', known: true, raw: '- Reuters'}
 *   normalizeOutlet('By Jane Doe | Reuters').id //=> 'reuters'
 *   normalizeOutlet('The Huffington Post (blog)').name //=> 'HuffPost'
 *   normalizeOutlet('https://www.theguardian.com/world/2025/jul/23/gaza').name //=> 'The Guardian'
 *   normalizeOutlet('- Foo News ')
 *   //=> {id: 'foo-news', name: 'Foo News', domain: null, known: false, raw: '- Foo News '}
 *   normalizeOutlet('https://news.example.co.uk/a').domain //=> 'example.co.uk'
 *   normalizeOutlet(' ') //=> {id: '', name: '', domain: null, known: false, raw: ' '}
 *   normalizeOutlet(42) //=> TypeError: Expected `raw` to be a string, not `number` (42)
 */
export function normalizeOutlet(raw: string, options?: NormalizeOutletOptions | null): Outlet {
  return matchOutlet(raw, options).outlet
}

/**
 * Like `normalizeOutlet`, but also say which rule read the text.
 *
 * @param raw
 *   Outlet text, as for `normalizeOutlet`.
 * @param options
 *   Configuration (optional): `outlets`, as for `normalizeOutlet`.
 * @returns
 *   `{outlet, rule}`, where `rule` is the outermost rule that applied
 *   (see `OutletRule`).
 * @throws {TypeError}
 *   When `raw` is not a string, or `options.outlets` not a registry.
 *
 * @example
 *   matchOutlet('Reuters').rule //=> 'exact'
 *   matchOutlet('By Jane Doe, Reuters').rule //=> 'byline'
 *   matchOutlet('edition.cnn.com').rule //=> 'hostname'
 *   matchOutlet('The Independent on MSN').outlet.name //=> 'The Independent'
 *   matchOutlet('Foo News').rule //=> 'cleaned'
 */
export function matchOutlet(raw: string, options?: NormalizeOutletOptions | null): OutletMatch {
  if (typeof raw !== 'string') {
    throw new TypeError('Expected `raw` to be a string, not ' + describe(raw))
  }

  let registry: OutletRegistry

  if (options === undefined || options === null) {
    registry = getDefaultOutletRegistry()
  } else if (!isRecord(options)) {
    throw optionsError(options)
  } else if (options.outlets === undefined || options.outlets === null) {
    registry = getDefaultOutletRegistry()
  } else if (isOutletRegistry(options.outlets)) {
    registry = options.outlets
  } else {
    throw new TypeError(
      'Expected `outlets` to be an outlet registry (from `createOutletRegistry`), not ' +
        describe(options.outlets)
    )
  }

  const reading = read(raw, registry, 0)

  if (reading.index !== undefined) {
    // `read` only returns indices that have an entry.
    const entry = registry.entries[reading.index]!
    return {
      outlet: {id: entry.id, name: entry.name, domain: entry.domain, known: true, raw},
      rule: reading.rule
    }
  }

  // An unknown hostname (`news.example.co.uk`) reads better with its dots
  // as hyphens than dropped, as `outletSlug` drops them from names (`U.S.`).
  const id = outletSlug(reading.domain === null ? reading.name : reading.name.replaceAll('.', '-'))
  return {
    outlet: {id, name: reading.name, domain: reading.domain, known: false, raw},
    rule: reading.rule
  }
}

/**
 * The registry entry a name reads as and the rule that found it, or `null`
 * when the registry does not know it: `matchOutlet` without building the
 * outlet of an unknown name (its id and cleaned name), for callers that only
 * ask whether and how a name is known.
 *
 * @param raw
 *   The name as printed (a string).
 * @param registry
 *   A checked registry.
 * @returns
 *   The entry's domain and the rule, or `null`.
 */
export function matchKnownOutlet(raw: string, registry: OutletRegistry): {domain: string | null; rule: OutletRule} | null {
  const reading = read(raw, registry, 0)
  return reading.index === undefined ? null : {domain: registry.entries[reading.index]!.domain, rule: reading.rule}
}

/**
 * Whether `matchKnownOutlet` can find a name by the rules that read it as
 * a whole (`exact`, `hostname`, `syndication`): `false` only where it
 * finds none of them, without the rules on the name's parts that a
 * headline would meet (suffixes, places, commas). The line classifier asks
 * it of every short line before the full match (see `isKnownWhole` in
 * `src/split/classify.ts`). It follows `read` and `readParts` step by
 * step, each rule that can give one of those three kept, each that returns
 * another stopping: a change to either must keep it true where they match
 * (`test/split-prefilters.test.ts` holds it to every name of the fixtures
 * and the registry).
 *
 * @param raw
 *   The name as printed.
 * @param registry
 *   A checked registry.
 */
export function mayMatchWhole(raw: string, registry: OutletRegistry): boolean {
  const cleaned = trimEdges(raw)
  if (cleaned === '') return false
  if (parseHostname(cleaned) !== null) return true
  if (cleaned.length > MAX_OUTLET_LENGTH) return false
  if (lookup(registry, outletKey(cleaned)) !== undefined) return true
  // `readParts`: a byline or separators return a rule of their own.
  if (BYLINE.test(cleaned) || CREDIT.test(cleaned)) return false
  if (hasSeparator(cleaned) && cleaned.split(SEPARATOR).length > 1) return false
  // A hostname in a trailing bracket (`The Star (thestar.com.my)`), or a syndicator last.
  const last = cleaned.charCodeAt(cleaned.length - 1)
  if (last === 0x29 /* `)` */ || last === 0x5d /* `]` */) return true
  return syndicationStart(cleaned, lastWordOf(cleaned)) > 0
}

/**
 * Read `text`: clean it, look it up, else try the rules on its parts.
 * `part` says that a rule took the text from a longer one (a segment, a
 * comma part, what is left before a suffix or a bracket): then a short
 * generic name (`Times`, `PA`, `Inc.`) is no match, as it names too many
 * outlets to be read out of a longer text.
 */
function read(text: string, registry: OutletRegistry, depth: number, part = false): Reading {
  const cleaned = trimEdges(text)
  if (cleaned === '') return {name: '', domain: null, rule: 'empty'}

  const host = parseHostname(cleaned)
  if (host !== null) return readHost(host, registry)
  if (cleaned.length > MAX_OUTLET_LENGTH) return {name: cleaned, domain: null, rule: 'cleaned'}

  const key = outletKey(cleaned)
  if (part && isShortGeneric(key)) {
    return lookup(registry, key) === undefined
      ? {name: cleaned, domain: null, rule: 'cleaned'}
      : {name: cleaned, domain: null, rule: 'cleaned', generic: true}
  }

  const index = lookup(registry, key)
  if (index !== undefined) return {index, rule: 'exact'}

  if (depth < MAX_DEPTH) {
    const found = readParts(cleaned, registry, depth + 1)
    if (found) return found
  }

  return {name: cleaned, domain: null, rule: 'cleaned'}
}

/**
 * Try the rules on a cleaned text that is not itself a known name.
 * Returns `undefined` when no rule applies, so the text stays as it is.
 */
function readParts(text: string, registry: OutletRegistry, depth: number): Reading | undefined {
  // `By Jane Doe, Reuters`, `Via Reuters`, `Source: AAP`.
  const byline = BYLINE.exec(text) ?? CREDIT.exec(text)
  if (byline) {
    const rest = text.slice(byline[0].length)
    const parts = rest.split(BYLINE_SEPARATOR)
    const reading =
      parts.length > 1 ? readSegments(parts, registry, depth) : read(rest, registry, depth)
    return reading ? withRule(reading, 'byline') : {name: text, domain: null, rule: 'cleaned'}
  }

  // `Headline | Reuters`, `Reuters - World news`.
  const segments = hasSeparator(text) ? text.split(SEPARATOR) : undefined
  if (segments !== undefined && segments.length > 1) {
    const reading = readSegments(segments, registry, depth)
    return reading ? withRule(reading, 'separator') : {name: text, domain: null, rule: 'cleaned'}
  }

  // `Michael Gold/New York Times`: the `Author/Outlet` credit that Techmeme
  // and the feeds built on it print after a headline, read only when a
  // person's name comes before the last slash and a known outlet after it
  // (`24/7 Wall St.` and `Le Vif/L'Express` stay whole).
  const slash = text.lastIndexOf('/')
  if (slash > 0) {
    const credit = readAuthorCredit(text, slash, registry, depth)
    if (credit) return credit
  }

  // `The Huffington Post (blog)`, `Reuters (UK)`, `Daily News (Tanzania)`,
  // `The Star (thestar.com.my)`.
  const last = text.charCodeAt(text.length - 1)
  if (last === 0x29 /* `)` */ || last === 0x5d /* `]` */) {
    const open = bracketPartner(text, text.length - 1)
    const before = open > 0 ? text.slice(0, open).trim() : ''

    if (before !== '') {
      const inner = text.slice(open + 1, -1).trim()
      const host = parseHostname(inner)
      if (host !== null) return hostDecides(host, before, registry)

      const placed = readPlaced(before, inner, registry, depth)
      if (placed) return withRule(placed, 'parenthetical')

      const reading = read(before, registry, depth, true)
      if (reading.index !== undefined || (QUALIFIER.test(inner) && !reading.generic)) {
        return withRule(reading, 'parenthetical')
      }
    }
  }

  // `The Independent on MSN`.
  const lastWord = lastWordOf(text)
  const syndicated = syndicationStart(text, lastWord)
  if (syndicated > 0) {
    return withRule(read(text.slice(0, syndicated), registry, depth), 'syndication')
  }


  // `The Star Kenya`: a name and the country that tells which outlet it is.
  const space = text.lastIndexOf(' ')
  if (space > 0) {
    const placed = readPlacedSuffix(text, registry)
    if (placed) return withRule(placed, 'suffix')
  }

  // `Daily Mail US`, `BBC News Mundo`, `CNBC Asia`: an edition, only when
  // the outlet's `editions` list it (editions.ts) or it is its country. A
  // brand with another country after it is mostly a licensee with a site
  // of its own (`Forbes India`, `CNN Indonesia`): its own entry, else unknown.
  if (space > 0 && mayEndQualifier(lastWord)) {
    const edition = readEdition(text, registry, depth)
    if (edition) return withRule(edition, 'suffix')
  }

  // `Reuters Staff`, `Variety Magazine`: only when what is left is known.
  const suffix = suffixStart(text, lastWord)
  if (suffix > 0) {
    const reading = read(text.slice(0, suffix), registry, depth, true)
    if (reading.index !== undefined) return withRule(reading, 'suffix')
  }

  // `Jane Doe, Reuters`: only when a part is known. `The Star, Kenya`: a
  // place last qualifies the rest.
  if (text.includes(',')) {
    const parts = text.split(',')
    const comma = text.lastIndexOf(',')
    const placed = readPlaced(text.slice(0, comma), text.slice(comma + 1), registry, depth)
    if (placed) return withRule(placed, 'comma')

    for (let at = parts.length - 1; at >= 0; at--) {
      const reading = read(parts[at]!, registry, depth, true)
      if (reading.index !== undefined) return withRule(reading, 'comma')
    }
  }

  return undefined
}

/**
 * Read `name` qualified by `place` (`Daily News` and `Tanzania`): the
 * outlet of that name in that country; else, when `place` is a place, the
 * outlet `name` reads as unless its country is another one, in which case
 * the text names no known outlet (`cleaned`). `undefined` when `place` is
 * not a place.
 */
function readPlaced(name: string, place: string, registry: OutletRegistry, depth: number): Reading | undefined {
  const country = placeOf(place)
  if (country === undefined) return undefined
  const cleaned = trimEdges(name)
  if (cleaned === '' || cleaned.length > MAX_OUTLET_LENGTH) return undefined

  const index = lookupPlaced(registry, outletKey(cleaned), country)
  if (index !== undefined) return {index, rule: 'exact'}

  const reading = read(cleaned, registry, depth, true)
  if (reading.index === undefined) return undefined
  const entry = registry.entries[reading.index]!
  // `Daily Mail (US)`: an edition of its own (editions.ts).
  if (entry.country === undefined || isOwnEdition(entry, country)) return reading
  // `Daily News (Tanzania)` is no New York paper.
  return {name: trimEdges(name + ' (' + place.trim() + ')'), domain: null, rule: 'cleaned'}
}

/**
 * Whether `text` holds a character or a spaced dash or slash that `SEPARATOR`
 * splits at: a scan that spares most names the split.
 */
function hasSeparator(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x7c && code !== 0x2d && code !== 0x2f) continue
    // | • · ¦ – —
    if (code === 0x7c || code === 0x20_22 || code === 0xb7 || code === 0xa6 || code === 0x20_13 || code === 0x20_14) return true
    // ` - `, ` / `
    if ((code === 0x2d || code === 0x2f) && text.charCodeAt(index - 1) === 0x20 && text.charCodeAt(index + 1) === 0x20) return true
  }
  return false
}

/**
 * `Michael Gold/New York Times`: the outlet after the last slash (at
 * `slash`), when a person's name comes before it; else `undefined`.
 */
function readAuthorCredit(text: string, slash: number, registry: OutletRegistry, depth: number): Reading | undefined {
  if (slash >= text.length - 1 || !isPersonName(text.slice(0, slash))) return undefined
  // `Fox News/Reuters`, `Getty Images/AFP`: two outlets, not a person and one.
  if (read(text.slice(0, slash), registry, depth, true).index !== undefined) return undefined
  const reading = read(text.slice(slash + 1), registry, depth, true)
  return reading.index === undefined ? undefined : withRule(reading, 'byline')
}

/**
 * `Daily Mail US`, `BBC News Mundo`, `CNN en Español`: the outlet before the
 * last one or two words when they name an edition (`editionQualifier`) that
 * is the outlet's own (`isOwnEdition`), or one of `COUNTRY_SUFFIXES` after
 * an outlet without a country; else `undefined`.
 */
function readEdition(text: string, registry: OutletRegistry, depth: number): Reading | undefined {
  let end = text.length

  for (let words = 1; words <= EDITION_WORDS; words++) {
    const space = text.lastIndexOf(' ', end - 1)
    if (space <= 0) return undefined
    const qualifier = text.slice(space + 1)
    const code = editionQualifier(qualifier)

    if (code !== undefined) {
      const reading = read(text.slice(0, space), registry, depth, true)
      if (reading.index !== undefined) {
        const entry = registry.entries[reading.index]!
        if (isOwnEdition(entry, code) || (entry.country === undefined && COUNTRY_SUFFIXES.has(qualifier.toLowerCase()))) {
          return reading
        }
      }
    }

    end = space
  }

  return undefined
}

/** Words that start outlet names, not people's (`Le Vif`, `The Week`). */
const ARTICLES = new Set('the|a|an|le|la|les|l|el|los|las|il|lo|der|die|das|de|het|o|os'.split('|'))
/** A given name and family name: two to four words, each capitalised, none with a digit. */
const PERSON_WORD = /^\p{Lu}[\p{L}'’.-]*$/u

/** Whether `text` reads as a person's name (`Michael Gold`, `Mary-Ann O'Neil`). */
function isPersonName(text: string): boolean {
  const words = text.trim().split(' ')
  if (words.length < 2 || words.length > 4) return false
  if (ARTICLES.has(words[0]!.toLowerCase().replace(/['’]$/, ''))) return false
  return words.every((word) => PERSON_WORD.test(word))
}

/** The lower-cased last word of `text` (after its last space), or `''` when it has no space. */
function lastWordOf(text: string): string {
  const space = text.lastIndexOf(' ')
  return space <= 0 ? '' : text.slice(space + 1).toLowerCase()
}

/** The last words of `SYNDICATORS` and of `SUFFIXES`: a name ending in none of them has neither. */
const SYNDICATOR_ENDS = new Set([...SYNDICATORS].map((platform) => platform.slice(platform.lastIndexOf(' ') + 1)))
const SUFFIX_ENDS = new Set([...SUFFIXES].map((suffix) => suffix.slice(suffix.lastIndexOf(' ') + 1)))

/** Where ` on MSN`, ` via Yahoo News` and the like start in `text`, or -1. */
function syndicationStart(text: string, last: string): number {
  if (!SYNDICATOR_ENDS.has(last)) return -1
  let end = text.length

  // A platform is one or two words, after `on` or `via`.
  for (let words = 1; words <= 2; words++) {
    const space = text.lastIndexOf(' ', end - 1)
    if (space <= 0) return -1
    const before = text.lastIndexOf(' ', space - 1)
    const word = text.slice(before + 1, space).toLowerCase()
    if (before > 0 && (word === 'on' || word === 'via') && SYNDICATORS.has(text.slice(space + 1).toLowerCase())) {
      return before
    }
    end = space
  }

  return -1
}

/** Where the longest phrase of `SUFFIXES` that ends `text` starts (its space), or -1. */
function suffixStart(text: string, last: string): number {
  if (!SUFFIX_ENDS.has(last)) return -1
  let found = -1
  let end = text.length

  for (let words = 1; words <= SUFFIX_WORDS; words++) {
    const space = text.lastIndexOf(' ', end - 1)
    if (space <= 0) break
    if (SUFFIXES.has(text.slice(space + 1).toLowerCase())) found = space
    end = space
  }

  return found
}

/** `The Star Kenya`, `Daily News Tanzania`: the last one to three words name the country. */
function readPlacedSuffix(text: string, registry: OutletRegistry): Reading | undefined {
  let end = text.length

  for (let words = 1; words <= 3; words++) {
    const space = text.lastIndexOf(' ', end - 1)
    if (space <= 0) return undefined
    const place = text.slice(space + 1)
    // Countries only: `NBC Connecticut` is a station, not NBC News.
    const country = placeOf(place, true)

    if (country !== undefined) {
      const name = trimEdges(text.slice(0, space))
      if (name === '') return undefined
      const index = lookupPlaced(registry, outletKey(name), country)
      if (index !== undefined) return {index, rule: 'exact'}
    }

    end = space
  }

  return undefined
}

/**
 * A hostname next to a name decides: its outlet when known, else an
 * unknown outlet of that name and domain.
 */
function hostDecides(host: string, name: string, registry: OutletRegistry): Reading {
  const reading = readHost(host, registry)
  if (reading.index !== undefined) return reading
  const cleaned = trimEdges(name)
  return {name: cleaned === '' ? reading.name : cleaned, domain: reading.domain, rule: 'hostname'}
}

/**
 * Read the parts of a text split at separators: a hostname decides; else
 * the last known part wins (the outlet usually comes last:
 * `Headline | Reuters`); else the last part that is not a byline, cleaned.
 * `undefined` when the only parts left are short generic names of known
 * outlets (`By Jane Doe | Metro`): the whole text is then the name, so
 * that normalising the name again gives the same id.
 */
function readSegments(segments: string[], registry: OutletRegistry, depth: number): Reading | undefined {
  let fallback: Reading | undefined
  let anyPart: Reading | undefined
  let blocked = false

  // A hostname among the parts decides (`Daily News | dailynews.co.tz`).
  for (let at = segments.length - 1; at >= 0; at--) {
    const segment = trimEdges(segments[at]!)
    const host = segment.length <= MAX_OUTLET_LENGTH ? parseHostname(segment) : null
    if (host !== null) {
      return hostDecides(host, '', registry)
    }
  }

  for (let at = segments.length - 1; at >= 0; at--) {
    const segment = segments[at]!
    const reading = read(segment, registry, depth, true)
    if (reading.index !== undefined) return reading
    if (reading.name === '') continue
    if (reading.generic) {
      blocked = true
      continue
    }
    anyPart ??= reading
    if (!fallback && !BYLINE.test(trimEdges(segment))) fallback = reading
  }

  // With a short generic name among the parts (`WEEK – Peoria News`), no
  // part can be told to be the outlet: the whole text is the name.
  if (blocked) return undefined
  return fallback ?? anyPart ?? {name: '', domain: null, rule: 'empty'}
}

/** Look a hostname up from the full host down to its registrable domain. */
function readHost(host: string, registry: OutletRegistry): Reading {
  const site = stripVariantPrefixes(host)
  const domain = registrableDomain(site)
  let candidate = site

  for (;;) {
    const index = lookup(registry, candidate)
    if (index !== undefined) return {index, rule: 'hostname'}
    if (candidate.length <= domain.length) break
    candidate = candidate.slice(candidate.indexOf('.') + 1)
  }

  return {name: site, domain, rule: 'hostname'}
}

function lookup(registry: OutletRegistry, key: string): number | undefined {
  const index = registry.byKey.get(key)
  return index !== undefined && registry.entries[index] !== undefined ? index : undefined
}

function withRule(reading: Reading, rule: OutletRule): Reading {
  return reading.rule === 'empty' ? reading : {...reading, rule}
}

/**
 * Drop what surrounds a name: whitespace, quotes, dashes, bullets, stray
 * punctuation and unmatched brackets, and brackets enclosing everything
 * (`(Reuters)`); collapse inner whitespace to single spaces.
 */
function trimEdges(text: string): string {
  let start = 0
  let end = text.length
  // The first bracket is looked up in one pass; a second builds the table.
  let pairs: Int32Array | undefined
  let lookups = 0

  for (;;) {
    while (start < end && isEdgeJunk(text.charCodeAt(start), true)) start++
    while (end > start && isEdgeJunk(text.charCodeAt(end - 1), false)) end--
    if (start >= end) return ''

    const first = text.charCodeAt(start)
    const last = text.charCodeAt(end - 1)

    if (isOpener(first)) {
      // Common case first: `(Reuters)`, brackets around bracket-free text.
      if (last === closerOf(first) && !hasBracket(text, start + 1, end - 1)) {
        start++
        end--
        continue
      }

      const close = pairs?.[start] ?? (lookups++ === 0 ? bracketPartner(text, start) : (pairs = matchBrackets(text))[start]!)
      if (close === -1 || close >= end || close === end - 1) {
        // Unmatched (drop it) or enclosing everything (unwrap).
        start++
        if (close === end - 1) end--
        continue
      }
    }

    if (isCloser(last)) {
      const open = pairs?.[end - 1] ?? (lookups++ === 0 ? bracketPartner(text, end - 1) : (pairs = matchBrackets(text))[end - 1]!)
      if (open === -1 || open < start) {
        end--
        continue
      }
    }

    break
  }

  const cleaned = start === 0 && end === text.length ? text : text.slice(start, end)
  return NEEDS_COLLAPSE.test(cleaned) ? cleaned.replace(SPACE_RUNS, ' ') : cleaned
}

/**
 * The partner of the bracket at `at` as `matchBrackets` pairs them (`-1`
 * when unmatched), found in one pass that stops there or when it is closed,
 * without the table.
 */
function bracketPartner(text: string, at: number): number {
  return pairBrackets(text, at, undefined)
}

/** For each bracket, the index of its partner (`-1` when unmatched); `-1` elsewhere. */
function matchBrackets(text: string): Int32Array {
  const pairs = new Int32Array(text.length).fill(-1)
  pairBrackets(text, -1, pairs)
  return pairs
}

/**
 * Pair brackets with a stack: a closer pairs with the opener on top when
 * it closes that kind, and is unmatched otherwise. With `pairs`, record
 * every pair there; without, return the partner of `at` as soon as it is
 * known (`-1`: unmatched).
 */
function pairBrackets(text: string, at: number, pairs: Int32Array | undefined): number {
  const stack: number[] = []

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)

    if (isOpener(code)) {
      stack.push(index)
    } else if (isCloser(code)) {
      const open = stack.at(-1)
      if (open !== undefined && closerOf(text.charCodeAt(open)) === code) {
        stack.pop()
        if (pairs !== undefined) {
          pairs[open] = index
          pairs[index] = open
        } else if (open === at) {
          return index
        } else if (index === at) {
          return open
        }
      } else if (pairs === undefined && index === at) {
        return -1
      }
    }
  }

  return -1
}

function hasBracket(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (isOpener(code) || isCloser(code)) return true
  }

  return false
}

function isOpener(code: number): boolean {
  return code === 0x28 || code === 0x5b || code === 0x7b
}

function isCloser(code: number): boolean {
  return code === 0x29 || code === 0x5d || code === 0x7d
}

function closerOf(code: number): number {
  return code === 0x28 ? 0x29 : code === 0x5b ? 0x5d : 0x7d
}

/**
 * Characters that never start or end an outlet name: whitespace and
 * controls, quotes, dashes, bullets, and punctuation such as `|:;,.!?*#@`.
 * A slash ends no name either (`https://cnn.com/`), but may start one.
 */
function isEdgeJunk(code: number, leading: boolean): boolean {
  if (code <= 0x20 || (code >= 0x7f && code <= 0xa0)) return true

  if (code < 0x80) {
    switch (code) {
      case 0x21: // !
      case 0x22: // "
      case 0x23: // #
      case 0x26: // &
      case 0x27: // '
      case 0x2a: // *
      case 0x2b: // +
      case 0x2c: // ,
      case 0x2d: // -
      case 0x2e: // .
      case 0x3a: // :
      case 0x3b: // ;
      case 0x3c: // <
      case 0x3d: // =
      case 0x3e: // >
      case 0x3f: // ?
      case 0x40: // @
      case 0x5c: // \
      case 0x5e: // ^
      case 0x5f: // _
      case 0x60: // `
      case 0x7c: // |
      case 0x7e: {
        // ~
        return true
      }

      case 0x2f: {
        // /
        return !leading
      }

      default: {
        return false
      }
    }
  }

  return (
    // Quotes: ‘ ’ ‚ ‛ “ ” „ ‟ ‹ › « »
    (code >= 0x20_18 && code <= 0x20_1f) ||
    code === 0x20_39 ||
    code === 0x20_3a ||
    code === 0xab ||
    code === 0xbb ||
    // Dashes and spaces: ‐ ‑ ‒ – — ― and U+2000–U+200F, U+2028–U+202F
    (code >= 0x20_00 && code <= 0x20_15) ||
    (code >= 0x20_28 && code <= 0x20_2f) ||
    // Bullets: • ‣ … ⁃ · ∙ ◦ ▪ ► ▸ ¦ §
    code === 0x20_22 ||
    code === 0x20_23 ||
    code === 0x20_26 ||
    code === 0x20_43 ||
    code === 0xb7 ||
    code === 0x22_19 ||
    code === 0x25_e6 ||
    code === 0x25_aa ||
    code === 0x25_ba ||
    code === 0x25_b8 ||
    code === 0xa6 ||
    // Minus, ideographic space, zero-width no-break space.
    code === 0x22_12 ||
    code === 0x16_80 ||
    code === 0x20_5f ||
    code === 0x30_00 ||
    code === 0xfe_ff
  )
}
