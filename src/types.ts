/**
 * A range of the input, as UTF-16 code-unit offsets (the units of
 * `String.prototype.slice`); `end` is exclusive.
 */
export interface Span {
  start: number
  end: number
}

/**
 * Which layout family read the dump: the seeds' aggregator (`daily8`),
 * `-`-separated listings, and the families of the pages people paste. A
 * dump of several pages of different families is `mixed` (each article's
 * `provenance` names its own). `items` is a repeated item shape that no
 * named family describes; `plain` is what nothing explains.
 */
export type Layout =
  | 'daily8'
  | 'listing'
  | 'plain'
  | 'aggregator'
  | 'card-portal'
  | 'link-aggregator'
  | 'feed-reader'
  | 'link-list'
  | 'article-page'
  | 'section-page'
  | 'newsletter'
  | 'balanced'
  | 'search'
  | 'items'
  | 'mixed'

/** What part an article plays on the page. */
export type ArticleRole = 'lead' | 'related' | 'teaser'

/**
 * The result of `splitDump`: articles and boilerplate that together cover
 * every character of the input.
 */
export interface Dump {
  layout: Layout
  articles: Article[]
  /**
   * Everything no article owns (page chrome, separators, blank lines, a
   * byte-order mark). Sorted; together with the articles' spans it
   * partitions the whole input.
   */
  boilerplate: Span[]
  /** When the page was saved, as far as the dump shows; `null` when nothing says. */
  captured: {earliest: string; latest: string} | null
  /**
   * How well the chosen layout explains the dump, 0..1: the share of its
   * lines read as what they look like (headlines as titles, prose as
   * paragraphs, chrome as boilerplate, header lines as headers). Below
   * 0.6 the dump also gets a warning.
   */
  confidence: number
  /** Why the dump may have been read badly, one sentence each; `[]` when nothing suggests so. */
  warnings: string[]
}

/** One article found in a dump. */
export interface Article {
  role: ArticleRole
  /** The trimmed headline line. */
  title: string
  /** The trimmed body lines, one per line; `[]` for a teaser. */
  paragraphs: string[]
  /** `paragraphs.join('\n\n')`. */
  text: string
  outlet: Outlet | null
  published: Timestamp | null
  dateline: Dateline | null
  /** The authors as printed, without `By ` or a trailing outlet (`By Jane Doe, CNN` gives `Jane Doe`); `null` when none is printed. */
  byline: string | null
  /** The body stops mid-sentence (the page cut it off). */
  truncated: boolean
  /** From the first header line to the end of the last body line. */
  span: Span
  /**
   * Lines inside the article's span that are neither its header, title nor
   * paragraphs: chrome cues, captions and photo credits, subheadings,
   * `Read more: …` lines. Sorted, inside `span`.
   */
  boilerplate: Span[]
  /** Which rule read the article and which header shape (for finding the rule behind any output). */
  provenance: Provenance
}

/** Which layout rule read an article, and how its header was read. */
export interface Provenance {
  /** The layout rule (`daily8`, `items`, `article-page`…). */
  rule: string
  /** The header shape that gave outlet, age or byline (`outlet-age-credit`, `outlet · age`, `byline`), or `null` for none. */
  header: string | null
  /** For the item rule: the induced item template, as line classes (`outlet headline age`). */
  template?: string
}

/** A news outlet or agency, normalised. */
export interface Outlet {
  /** Stable slug (`the-guardian`). */
  id: string
  /** The outlet's usual name (`The Guardian`). */
  name: string
  /** Registrable domain (`theguardian.com`), `null` where unknown. */
  domain: string | null
  /** Whether the registry knows the outlet. */
  known: boolean
  /** The text as it was written. */
  raw: string
}

/**
 * What a timestamp or dateline left unsaid and the reader filled in:
 *
 * - `year`: no year written (`Jul 23`), or two digits (`23/07/25`): taken
 *   from the reference;
 * - `date`: no date written (`10:31 AM`, `Tue 10:31`): the latest such day
 *   not after the reference;
 * - `zone`: no zone written: read in the `timeZone` option (UTC by default);
 * - `day-order`: a numeric date both ways valid (`07/08/2025`) read in the
 *   `dateOrder` option;
 * - `time-of-day`: no time written: the interval spans the whole day.
 */
export type Implied = 'year' | 'date' | 'zone' | 'day-order' | 'time-of-day'

/** A publication time as a page prints it, normalised to an interval: an age or a date. */
export type Timestamp = RelativeTimestamp | AbsoluteTimestamp

/** An age (`2 hours ago`, `yesterday`): an interval of milliseconds before the reference. */
export interface RelativeTimestamp {
  /** The header exactly as passed. */
  raw: string
  kind: 'relative'
  /** Milliseconds before the reference: the true age lies in `[min, max]`. */
  age: {min: number; max: number}
  /** ISO 8601 in UTC (`reference − age.max`); `null` without a reference. */
  earliest: string | null
  /** ISO 8601 in UTC (`reference − age.min`); `null` without a reference. */
  latest: string | null
  /** What the header left unsaid (calendar words imply a `zone`). */
  implied: Implied[]
  /** Name of the rule that read it (`units-ago`). */
  rule: string
}

/** A date or time (`July 23, 2025`, `Yesterday at 5:30 PM`): an interval of instants. */
export interface AbsoluteTimestamp {
  /** The header exactly as passed. */
  raw: string
  kind: 'absolute'
  /** ISO 8601 in UTC; `null` when the text leaves the instant open (no year and no reference). */
  earliest: string | null
  latest: string | null
  /** What the header left unsaid, e.g. `['year', 'zone']` for `Jul 23`. */
  implied: Implied[]
  /** Name of the rule that read it (`written-date`). */
  rule: string
}

/** The date of a dateline (`July 23` in `ISTANBUL, July 23 (Reuters) -`). */
export interface DatelineDate {
  /** ISO 8601 calendar date (`2025-07-23`); `null` when no year is written and no reference gives one. */
  iso: string | null
  /** 1–12. */
  month: number
  /** 1–31. */
  day: number
  /** `['year']` when the year came from the reference (or is unknown). */
  implied: Implied[]
}

/** A wire dateline at the start of a body (`ISTANBUL, July 23 (Reuters) -`). */
export interface Dateline {
  /** As written, with its region (`KYIV, Ukraine`). */
  place: string | null
  date: DatelineDate | null
  /** The agency, normalised (`(Reuters)`, `/TASS/`, `By Jane Doe, Reuters`). */
  agency: Outlet | null
  /** The writer's name where the dateline is a byline (`By Jane Doe, Reuters`). */
  byline: string | null
  span: Span
}

/** Anything accepted as a reference time. */
export type ReferenceTime = Date | string | number

/** One outlet in a registry. */
export interface OutletEntry {
  /** Stable slug. */
  id: string
  /** Usual name. */
  name: string
  /** Registrable domain, or `null`. */
  domain: string | null
  /** Other names pages write for it (`Guardian`, `theguardian.com`). */
  aliases: string[]
  /**
   * Its country, as a lowercase ISO 3166 code (`gb`), where it has one: a
   * place qualifier that names another country rules it out
   * (`Daily News (Tanzania)`). International outlets and agencies have none.
   */
  country?: string
}

/**
 * A lookup table of outlets, built by `createOutletRegistry`. Treat it as
 * opaque: its fields may change between minor versions.
 */
export interface OutletRegistry {
  readonly entries: readonly OutletEntry[]
  /** Normalised alias key → index into `entries`. */
  readonly byKey: ReadonlyMap<string, number>
}

/** Options of `splitDump`. */
export interface SplitOptions {
  /** When the page was read; relative ages are resolved against it. */
  reference?: ReferenceTime
  /** Outlet registry to normalise outlet lines with. */
  outlets?: OutletRegistry
  /** Header shapes to read (default `defaultHeaderShapes`); extend that list to read more. */
  headerShapes?: HeaderShapes
  /**
   * The zone of times and dates the page prints without one, and of
   * calendar words (`yesterday`), as for `normalizeTimestamp`: an IANA
   * name (`Europe/London`) or an offset (`+05:30`). Default `UTC`. A
   * `reference` string without a zone is read in it too.
   */
  timeZone?: string
  /**
   * How to read a numeric date valid both ways (`07/08/2025`), as for
   * `normalizeTimestamp`: `'mdy'` or `'dmy'`. Without it such a date has
   * open bounds.
   */
  dateOrder?: 'mdy' | 'dmy'
}

/**
 * The header shapes the splitter reads, as data: one-line outlet-and-age
 * headers, bylines, Techmeme-like credits (see `defaultHeaderShapes`).
 */
export interface HeaderShapes {
  oneLine: ReadonlyArray<{name: string; order: readonly ['outlet', 'age'] | readonly ['age', 'outlet']; joins: readonly string[]}>
  /** `ageJoins`: what may stand between the names and a time only (` at `, ` on `). */
  bylines: {prefixes: readonly string[]; outletJoins: readonly string[]; ageJoins?: readonly string[]}
  credits: {joins: readonly string[]; ends: readonly string[]}
  /** Joins between a headline and its excerpt on one line (Techmeme's `  —  `). */
  excerptJoins: readonly string[]
}

/** How alike two articles are (see `similarity`). */
export interface Similarity {
  /**
   * 0..1, the ranking signal: higher for pairs more alike as stories (the
   * headline terms each finds in the other and the texts' TF-IDF cosine).
   * Use it to sort; read `sameStory` for what it means.
   */
  score: number
  /**
   * Calibrated probability that the two report the same story, as people
   * judge it (SemEval-2022 Task 8: an `Overall` grade of 1.5 or better);
   * 0 when either side has no words.
   */
  sameStory: number
  /** Jaccard index of the two sets of word 3-shingles (Broder). */
  resemblance: number
  /** Share of each side's shingles found in the other. */
  containment: {aInB: number; bInA: number}
  relation: Relation
  /** With `{explain: true}`: the shared passages, as spans of each side's text. */
  passages?: Array<{a: Span; b: Span}>
  /** With `{explain: true}`: why the score is what it is. */
  explanation?: SimilarityExplanation
}

/** Why two articles scored as they did (`similarity(a, b, {explain: true})`). */
export interface SimilarityExplanation {
  /** What the probability was computed from, and how. */
  inputs: SimilarityInputs
  /** `a`'s headline terms, each found in `b` or missing from it. */
  headlineA: HeadlineTerms
  /** `b`'s headline terms, each found in `a` or missing from it. */
  headlineB: HeadlineTerms
  /**
   * The terms both texts share, heaviest first (at most 10): each one's
   * share of the cosine (the shares of all shared terms add up to 1).
   */
  sharedTerms: Array<{term: string; words: {a: string; b: string}; share: number}>
}

/** The inputs of `score` and `sameStory`. */
export interface SimilarityInputs {
  /** Cosine of the two texts' TF-IDF vectors. */
  cosine: number
  /** Share of `a`'s headline terms, by weight, that occur anywhere in `b`. */
  headlineAInB: number
  /** Share of `b`'s headline terms, by weight, that occur anywhere in `a`. */
  headlineBInA: number
  /** Weight `w` of `√cosine` in `combined`; the mean headline share has the rest. */
  cosineWeight: number
  /** `w × √cosine + (1 − w) × (headlineAInB + headlineBInA) / 2`; `score` is the lesser of this and `ceiling`. */
  combined: number
  /** The most `score` may be: `c + (1 − c) × max(containment)`, `c` without shared text (see `docs/similarity.md`). */
  ceiling: number
  /** `sameStory = 1 / (1 + e^-(intercept + slope × score))` (Platt scaling). */
  intercept: number
  slope: number
}

/** One side's headline terms (see `SimilarityExplanation`). */
export interface HeadlineTerms {
  /** The headline as read: the title of an article, or the first line or words of a text. */
  span: Span
  /** Terms of the headline found in the other text, as the headline writes them, with their weight (term frequency × idf in their own text). */
  found: Array<{word: string; weight: number}>
  /** Terms of the headline the other text lacks. */
  missing: Array<{word: string; weight: number}>
}

/** What two articles are to each other. */
export type Relation = 'duplicate' | 'near-duplicate' | 'contains' | 'contained' | 'related' | 'unrelated'
