// From what the command read and found to the page's data (`ReportData`).
// The fields of dumps, articles, timestamps and groups the report reads
// are read here and nowhere else in the command: `dumpEntry` and
// `dumpWarnings` (layouts and how well a dump was read), `articleEntry` and
// `timeEntry` (articles and their times), `clusterEntries` and
// `duplicateEntries` (groups).
import {similarity, type Article, type Dump, type DuplicateGroup, type StoryCluster, type Timestamp} from '../../index.js'
import type {Encoding} from '../encoding.js'
import type {ReferenceChoice} from '../reference.js'
import type {ReportArticle, ReportCluster, ReportDump, ReportDuplicateGroup, ReportTime} from './model.js'

/** One dump as the command read it. */
export interface ReadDump {
  file: string
  encoding: Encoding
  reference: ReferenceChoice
  layout: Dump['layout']
  articles: Article[]
  captured: Dump['captured']
  /** How well the layout explains it (`Dump.confidence`); `null` when the splitter did not say. */
  confidence?: number | null
  /** The splitter's warnings (`Dump.warnings`). */
  splitWarnings?: string[]
}

/**
 * Why a dump may have been read badly, one sentence each: its encoding
 * looked wrong, the splitter's warnings (its layout explains its lines
 * badly, it gave no article), or, for a dump read without them, that it
 * was read as plain text or gave no article.
 *
 * @param dump
 *   The dump as read.
 * @returns
 *   The warnings; empty when nothing suggests a bad reading.
 */
export function dumpWarnings(dump: ReadDump): string[] {
  const warnings: string[] = []
  if (dump.encoding.warning) warnings.push(`${dump.encoding.warning}.`)
  // The splitter's own reasons, where it gave them (it judges how well its layout explains the lines).
  if (dump.splitWarnings) {
    warnings.push(...dump.splitWarnings)
    if (dump.articles.length === 0 && !dump.splitWarnings.some((warning) => warning.startsWith('No article'))) warnings.push('No article was found in it.')
    return warnings
  }
  if (dump.layout === 'plain' && dump.articles.length > 0) {
    warnings.push('No layout family explained it: it was read as plain text, cut into articles at blank lines.')
  }
  if (dump.articles.length === 0) warnings.push('No article was found in it.')
  return warnings
}

/**
 * A dump's entry in the page.
 *
 * @param dump
 *   The dump as read.
 * @param first
 *   Index of its first article among all articles.
 */
export function dumpEntry(dump: ReadDump, first: number): ReportDump {
  return {
    file: dump.file,
    layout: dump.layout,
    first,
    count: dump.articles.length,
    encoding: dump.encoding.name,
    reference: dump.reference.time.toISOString(),
    referenceSource: dump.reference.source,
    referenceNote: dump.reference.note,
    captured: dump.captured,
    confidence: dump.confidence ?? null,
    warnings: dumpWarnings(dump)
  }
}

/**
 * A publication time's entry: what the page printed and the interval.
 *
 * @param time
 *   The article's `published`.
 */
export function timeEntry(time: Timestamp | null): ReportTime | null {
  if (time === null) return null
  return {raw: time.raw, kind: time.kind, earliest: time.earliest, latest: time.latest}
}

/**
 * An article's entry.
 *
 * @param article
 *   The article.
 * @param dump
 *   Index of its dump.
 * @param index
 *   Its number in the dump.
 * @param withText
 *   Whether to carry its paragraphs (the page compares it).
 */
export function articleEntry(article: Article, dump: number, index: number, withText: boolean): ReportArticle {
  const outlet = article.outlet
  return {
    dump,
    index,
    role: article.role,
    title: article.title,
    outlet: outlet === null ? null : {id: outlet.id, name: outlet.name, known: outlet.known},
    published: timeEntry(article.published),
    truncated: article.truncated,
    paragraphs: withText ? article.paragraphs : null,
    paragraphCount: article.paragraphs.length
  }
}

/**
 * Story clusters for the page, largest first (then the one published
 * first, then by representative), each member compared with the
 * representative: one `similarity` call per member, so at most one per
 * article in all.
 *
 * @param articles
 *   All articles, as clustered.
 * @param clusters
 *   `clusterStories(articles)`.
 */
export function clusterEntries(articles: readonly Article[], clusters: readonly StoryCluster[]): ReportCluster[] {
  const entries = clusters.map((cluster): ReportCluster => {
    const representative = articles[cluster.representative]!
    return {
      representative: cluster.representative,
      members: [...cluster.members],
      links: cluster.members.map((member) => {
        if (member === cluster.representative) return null
        const {score, sameStory, resemblance, relation} = similarity(representative, articles[member]!)
        return {score, sameStory, resemblance, relation}
      })
    }
  })
  const firstPublished = entries.map((entry) => earliestOf(entry.members.map((member) => articles[member]!)))
  const order = entries.map((_, index) => index)
  order.sort(
    (x, y) =>
      entries[y]!.members.length - entries[x]!.members.length ||
      firstPublished[x]! - firstPublished[y]! ||
      entries[x]!.representative - entries[y]!.representative
  )
  return order.map((index) => entries[index]!)
}

/**
 * Duplicate groups for the page, largest first, then by representative.
 *
 * @param groups
 *   `findDuplicates(articles)`.
 */
export function duplicateEntries(groups: readonly DuplicateGroup[]): ReportDuplicateGroup[] {
  return groups
    .map((group) => ({
      representative: group.representative,
      members: [...group.members],
      pairs: group.pairs.map(({a, b, resemblance}) => ({a, b, resemblance}))
    }))
    .sort((x, y) => y.members.length - x.members.length || x.representative - y.representative)
}

/** The earliest publication time among articles, in ms (+∞ when none has one). */
function earliestOf(articles: readonly Article[]): number {
  let earliest = Number.POSITIVE_INFINITY
  for (const article of articles) {
    const time = article.published?.earliest
    if (time) earliest = Math.min(earliest, Date.parse(time))
  }
  return earliest
}
