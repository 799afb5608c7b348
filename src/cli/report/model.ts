// The data a report page is drawn from: written by `newsdump report` as
// JSON into the page, read by the page's script. Shared by both sides (the
// command in Node, the page in the browser), so that they agree.
import type {Relation} from '../../types.js'

/** The id of the element the data is in. */
export const DATA_ELEMENT_ID = 'newsdump-data'

/** Everything the page shows, as one JSON document. */
export interface ReportData {
  /** Format of this document: `1`. */
  version: 1
  /** What wrote it (`newsdump 0.1.0`). */
  generator: string
  /** When it was written, ISO 8601 in UTC. */
  generated: string
  /** The inputs as named on the command line. */
  inputs: string[]
  /** One message for each input that could not be read (the others still were). */
  problems: string[]
  /** The thresholds the groups were found with. */
  thresholds: {duplicate: number; story: number}
  /** The dumps read, in the order read. */
  dumps: ReportDump[]
  /** Every article of every dump, dump by dump, in each dump's order. */
  articles: ReportArticle[]
  /** Story clusters, largest first (see `ReportCluster`). */
  clusters: ReportCluster[]
  /** Groups of (near-)copies, largest first. */
  duplicates: ReportDuplicateGroup[]
}

/** One dump: how it was read. */
export interface ReportDump {
  /** Its path as read (`dumps/monday.txt`, `-` for standard input). */
  file: string
  /** Which layout family read it. */
  layout: string
  /** Its articles: `articles[first]` up to `articles[first + count - 1]`. */
  first: number
  count: number
  /** How it was decoded (`utf-8`, `utf-16le`). */
  encoding: string
  /** The time relative ages were resolved against, ISO 8601. */
  reference: string
  /** Where that time came from (`option`, `modified`, `captured`, `now`) and why, in words. */
  referenceSource: string
  referenceNote: string
  /** When the page was saved, as far as it shows; `null` when nothing says. */
  captured: {earliest: string; latest: string} | null
  /** How surely the layout read it, 0..1, where the splitter says; `null` when it does not. */
  confidence: number | null
  /** Why it may have been read badly, one sentence each; empty when nothing suggests so. */
  warnings: string[]
}

/** A publication time, as an interval. */
export interface ReportTime {
  /** As the page printed it (`26 minutes ago`). */
  raw: string
  /** `relative` (an age) or `absolute` (a date). */
  kind: string
  /** The interval it may be, ISO 8601 in UTC; `null` where unknown. */
  earliest: string | null
  latest: string | null
}

/** One article. */
export interface ReportArticle {
  /** Its dump: an index into `dumps`. */
  dump: number
  /** Its number in the dump, from 0, as `file#index` names it. */
  index: number
  role: string
  title: string
  /** The outlet, normalised; `null` when the page names none (a lead). */
  outlet: {id: string; name: string; known: boolean} | null
  published: ReportTime | null
  /** The body stops mid-sentence. */
  truncated: boolean
  /**
   * The body, for articles the page can compare (members of a story
   * cluster or a duplicate group); `null` for the rest, whose text the page
   * never shows, so that a day of dumps stays a page of modest size.
   */
  paragraphs: string[] | null
  /** How many paragraphs it has (also when `paragraphs` is left out). */
  paragraphCount: number
}

/** How a member of a cluster compares with the cluster's representative. */
export interface ReportLink {
  /** `similarity(...).score`. */
  score: number
  /** Calibrated probability that the two report the same story. */
  sameStory: number
  /** Jaccard index of their word 3-shingles. */
  resemblance: number
  relation: Relation
}

/** Articles that report the same story. */
export interface ReportCluster {
  /** The most central member (an index into `articles`), whose title heads the cluster. */
  representative: number
  /** Its members, ascending (the representative among them). */
  members: number[]
  /** For each member, its comparison with the representative (`null` for the representative). */
  links: Array<ReportLink | null>
}

/** Articles that are (near-)copies of each other. */
export interface ReportDuplicateGroup {
  /** The member to keep: the one with the most words. */
  representative: number
  members: number[]
  /** Verified pairs at or above the duplicate threshold. */
  pairs: Array<{a: number; b: number; resemblance: number}>
}
