// What the page derives from its data once, as it opens: which cluster
// and duplicate group each article is in, outlet and layout counts, the
// time range. Pure functions, tested without a browser.
import type {ReportData} from '../model.js'

/** The page's data, with its lookups. */
export interface Indexed {
  data: ReportData
  /** Article → index of its cluster in `data.clusters`, or -1. */
  clusterOf: Int32Array
  /** Article → index of its group in `data.duplicates`, or -1. */
  duplicateOf: Int32Array
  /** Article → what a filter looks in: its title, outlet and name, lower case. */
  searchText: string[]
  /** Outlets by how many articles name them, most first (then by name). */
  outlets: Array<{id: string; name: string; known: boolean; articles: number}>
  /** Layouts by how many dumps they read, most first. */
  layouts: Array<{layout: string; dumps: number}>
  /** Articles by role. */
  roles: Record<string, number>
  /** The span of the articles' publication intervals and of the dumps' capture times, ISO; `null` when nothing says. */
  published: {earliest: string; latest: string} | null
  captured: {earliest: string; latest: string} | null
}

/**
 * Derive the page's lookups.
 *
 * @param data
 *   The page's data.
 */
export function indexReport(data: ReportData): Indexed {
  const count = data.articles.length
  const clusterOf = new Int32Array(count).fill(-1)
  const duplicateOf = new Int32Array(count).fill(-1)
  for (const [index, cluster] of data.clusters.entries()) for (const member of cluster.members) clusterOf[member] = index
  for (const [index, group] of data.duplicates.entries()) for (const member of group.members) duplicateOf[member] = index

  const outlets = new Map<string, {id: string; name: string; known: boolean; articles: number}>()
  const roles: Record<string, number> = {}
  const published = new Span()
  for (const article of data.articles) {
    roles[article.role] = (roles[article.role] ?? 0) + 1
    if (article.outlet) {
      const entry = outlets.get(article.outlet.id)
      if (entry) entry.articles++
      else outlets.set(article.outlet.id, {...article.outlet, articles: 1})
    }
    published.add(article.published?.earliest ?? null)
    published.add(article.published?.latest ?? null)
  }
  const layouts = new Map<string, number>()
  const captured = new Span()
  for (const dump of data.dumps) {
    layouts.set(dump.layout, (layouts.get(dump.layout) ?? 0) + 1)
    captured.add(dump.captured?.earliest ?? null)
    captured.add(dump.captured?.latest ?? null)
  }
  return {
    data,
    clusterOf,
    duplicateOf,
    searchText: data.articles.map((article, index) => `${article.title}\n${article.outlet?.name ?? ''}\n${articleName(data, index)}`.toLowerCase()),
    outlets: [...outlets.values()].sort((x, y) => y.articles - x.articles || compareText(x.name, y.name)),
    layouts: [...layouts].map(([layout, dumps]) => ({layout, dumps})).sort((x, y) => y.dumps - x.dumps || compareText(x.layout, y.layout)),
    roles,
    published: published.result(),
    captured: captured.result()
  }
}

/** The least and greatest of some ISO times. */
class Span {
  private low = Number.POSITIVE_INFINITY
  private high = Number.NEGATIVE_INFINITY

  add(time: string | null): void {
    if (time === null) return
    const ms = Date.parse(time)
    if (!Number.isFinite(ms)) return
    this.low = Math.min(this.low, ms)
    this.high = Math.max(this.high, ms)
  }

  result(): {earliest: string; latest: string} | null {
    return this.low > this.high ? null : {earliest: new Date(this.low).toISOString(), latest: new Date(this.high).toISOString()}
  }
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * How the command names an article: `file#index`.
 *
 * @param data
 *   The page's data.
 * @param article
 *   Index into `data.articles`.
 */
export function articleName(data: ReportData, article: number): string {
  const entry = data.articles[article]!
  return `${data.dumps[entry.dump]!.file}#${entry.index}`
}

/**
 * Whether an article matches a filter: every word of it (lower case) is
 * in the article's title, outlet or name.
 *
 * @param report
 *   The page's data and lookups.
 * @param article
 *   Index into `data.articles`.
 * @param words
 *   The filter's words, lower case (`filterWords`).
 */
export function articleMatches(report: Indexed, article: number, words: readonly string[]): boolean {
  if (words.length === 0) return true
  const haystack = report.searchText[article]!
  return words.every((word) => haystack.includes(word))
}

/**
 * A filter's words, lower case.
 *
 * @param query
 *   What was typed.
 */
export function filterWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean)
}

/**
 * The members of a cluster or group in publication order: earliest first
 * (by the start of the interval, then its end), undated ones last, then by
 * index.
 *
 * @param data
 *   The page's data.
 * @param members
 *   Indices into `data.articles`.
 */
export function byPublication(data: ReportData, members: readonly number[]): number[] {
  const key = (member: number): [number, number] => {
    const time = data.articles[member]!.published
    const earliest = time?.earliest ? Date.parse(time.earliest) : Number.POSITIVE_INFINITY
    const latest = time?.latest ? Date.parse(time.latest) : earliest
    return [earliest, latest]
  }
  const keys = new Map(members.map((member) => [member, key(member)]))
  return [...members].sort((x, y) => {
    const [ex, lx] = keys.get(x)!
    const [ey, ly] = keys.get(y)!
    return (ex === ey ? 0 : ex < ey ? -1 : 1) || (lx === ly ? 0 : lx < ly ? -1 : 1) || x - y
  })
}
