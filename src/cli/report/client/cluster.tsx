// One story cluster: a line when collapsed; expanded, its outlets, a
// timeline, its members (a page at a time) and two of them side by side.
import {useMemo, useState} from 'preact/hooks'
import type {ReportCluster, ReportLink} from '../model.js'
import {Compare} from './compare.js'
import {formatInterval, plural} from './format.js'
import {articleName, byPublication, type Indexed} from './lookups.js'
import {Pager, usePaged} from './pager.js'
import {ArticleName, Outlet, Published, Title} from './parts.js'
import {Timeline} from './timeline.js'

/** Members per page of an expanded cluster's table and timeline. */
const MEMBERS_PER_PAGE = 30
/** Outlets named on a collapsed cluster's line. */
const OUTLETS_ON_LINE = 5

/**
 * The cluster's outlets, most articles first (normalised names), and how
 * many members name none.
 */
function clusterOutlets(report: Indexed, cluster: ReportCluster): {names: Array<{name: string; count: number}>; none: number} {
  const counts = new Map<string, {name: string; count: number}>()
  let none = 0
  for (const member of cluster.members) {
    const outlet = report.data.articles[member]!.outlet
    if (!outlet) {
      none++
      continue
    }
    const entry = counts.get(outlet.id)
    if (entry) entry.count++
    else counts.set(outlet.id, {name: outlet.name, count: 1})
  }
  return {names: [...counts.values()].sort((x, y) => y.count - x.count || (x.name < y.name ? -1 : 1)), none}
}

/**
 * The pair shown side by side at first: the representative and the member
 * whose text is most nearly its own without being the same (a rewrite:
 * near-duplicate, contains or contained), else an exact copy, else the
 * member with the highest score.
 */
function firstPair(cluster: ReportCluster): [number, number] {
  const rank = (link: ReportLink): number => (link.relation === 'near-duplicate' || link.relation === 'contains' || link.relation === 'contained' ? 2 : link.relation === 'duplicate' ? 1 : 0)
  let best = -1
  for (const [index, link] of cluster.links.entries()) {
    if (link === null) continue
    const current = best === -1 ? null : cluster.links[best]!
    if (current === null || rank(link) > rank(current) || (rank(link) === rank(current) && link.score > current.score)) best = index
  }
  return [cluster.representative, best === -1 ? cluster.representative : cluster.members[best]!]
}

/**
 * A cluster in the list.
 *
 * @param props
 *   The report, the cluster's index, whether it is open, and what to do on a click.
 */
export function Cluster({report, index, expanded, onToggle}: {report: Indexed; index: number; expanded: boolean; onToggle: () => void}) {
  const {data} = report
  const cluster = data.clusters[index]!
  const headline = data.articles[cluster.representative]!
  const outlets = useMemo(() => clusterOutlets(report, cluster), [report, cluster])
  const span = useMemo(() => publicationSpan(report, cluster), [report, cluster])
  const body = `story-${index + 1}-body`
  return (
    <li class={expanded ? 'story open' : 'story'} id={`story-${index + 1}`}>
      <button type="button" class="story-head" aria-expanded={expanded} aria-controls={body} onClick={onToggle}>
        <span class="rank">{index + 1}</span>
        <span class="size">{plural(cluster.members.length, 'item')}</span>
        <span class="headline">
          <Title article={headline} />
        </span>
        <span class="story-line">
          {outlets.names.slice(0, OUTLETS_ON_LINE).map((outlet, position) => (
            <span key={outlet.name}>
              {position > 0 ? ', ' : ''}
              <bdi>{outlet.name}</bdi>
              {outlet.count > 1 ? ` ×${outlet.count}` : ''}
            </span>
          ))}
          {outlets.names.length > OUTLETS_ON_LINE ? ` and ${plural(outlets.names.length - OUTLETS_ON_LINE, 'more outlet')}` : ''}
          {outlets.none > 0 ? `${outlets.names.length > 0 ? '; ' : ''}${plural(outlets.none, 'item')} without an outlet` : ''}
          {span ? ` · ${span}` : ''}
        </span>
      </button>
      {expanded ? <ClusterBody report={report} cluster={cluster} id={body} outlets={outlets} /> : null}
    </li>
  )
}

/** From the earliest start of a member's publication interval to the latest end. */
function publicationSpan(report: Indexed, cluster: ReportCluster): string | null {
  let low: string | null = null
  let high: string | null = null
  for (const member of cluster.members) {
    const time = report.data.articles[member]!.published
    if (time?.earliest && (low === null || Date.parse(time.earliest) < Date.parse(low))) low = time.earliest
    if (time?.latest && (high === null || Date.parse(time.latest) > Date.parse(high))) high = time.latest
  }
  return low === null && high === null ? null : formatInterval(low, high)
}

function ClusterBody({report, cluster, id, outlets}: {report: Indexed; cluster: ReportCluster; id: string; outlets: ReturnType<typeof clusterOutlets>}) {
  const {data} = report
  const ordered = useMemo(() => byPublication(data, cluster.members), [data, cluster])
  const numbers = useMemo(() => new Map(ordered.map((member, position) => [member, position + 1])), [ordered])
  const links = useMemo(() => new Map(cluster.members.map((member, position) => [member, cluster.links[position] ?? null])), [cluster])
  const paged = usePaged(ordered, MEMBERS_PER_PAGE)
  const [pair, setPair] = useState<[number, number]>(() => firstPair(cluster))
  const first = ordered[0]!
  const firstArticle = data.articles[first]!
  return (
    <div class="story-body" id={id}>
      <p class="outlets">
        <strong>Outlets:</strong>{' '}
        {outlets.names.length === 0 ? <span class="muted">none named</span> : null}
        {outlets.names.map((outlet, position) => (
          <span key={outlet.name}>
            {position > 0 ? ', ' : ''}
            <bdi>{outlet.name}</bdi>
            {outlet.count > 1 ? ` ×${outlet.count}` : ''}
          </span>
        ))}
        {outlets.none > 0 ? <span class="muted"> · {plural(outlets.none, 'item')} without an outlet (a page's lead names none)</span> : null}
      </p>
      <p class="first">
        <strong>First:</strong> {firstArticle.published ? <>1. <Outlet article={firstArticle} />, published <Published time={firstArticle.published} /></> : <span class="muted">no member says when it was published</span>}
      </p>
      <Timeline data={data} members={paged.rows} numbers={numbers} />
      <Pager paged={paged} total={ordered.length} what="items" />
      <div class="table-wrap">
        <table class="members">
          <thead>
            <tr>
              <th title="left side of the comparison">A</th>
              <th title="right side of the comparison">B</th>
              <th>#</th>
              <th>Outlet</th>
              <th>Title</th>
              <th>Published</th>
              <th>Captured</th>
              <th title="how the item compares with the cluster's headline item">To the headline item</th>
              <th title="near-copies of it in this cluster (resemblance at or above the duplicate threshold)">Copies</th>
              <th>Article</th>
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((member) => {
              const article = data.articles[member]!
              const dump = data.dumps[article.dump]!
              const link = links.get(member) ?? null
              const group = report.duplicateOf[member]!
              const copies = group === -1 ? [] : data.duplicates[group]!.members.filter((other) => other !== member)
              const inCluster = copies.filter((other) => numbers.has(other)).map((other) => numbers.get(other)!).sort((p, q) => p - q)
              const elsewhere = copies.length - inCluster.length
              return (
                <tr key={member} class={member === cluster.representative ? 'headline-item' : undefined}>
                  <td>
                    <input type="radio" name={`${id}-a`} aria-label={`compare item ${numbers.get(member)} as A`} checked={pair[0] === member} onChange={() => setPair([member, pair[1]])} />
                  </td>
                  <td>
                    <input type="radio" name={`${id}-b`} aria-label={`compare item ${numbers.get(member)} as B`} checked={pair[1] === member} onChange={() => setPair([pair[0], member])} />
                  </td>
                  <td class="number">{numbers.get(member)}</td>
                  <td>
                    <Outlet article={article} />
                  </td>
                  <td>
                    <Title article={article} />
                  </td>
                  <td>
                    <Published time={article.published} />
                  </td>
                  <td class="time">{dump.captured ? formatInterval(dump.captured.earliest, dump.captured.latest) : <span class="muted" title={dump.referenceNote}>ages read against {formatInterval(dump.reference, dump.reference)}</span>}</td>
                  <td>
                    {link === null ? (
                      <span class="relation headline-item">headline item</span>
                    ) : (
                      <>
                        <span class={`relation ${link.relation}`}>{link.relation}</span> <span class="muted">{link.score.toFixed(2)}</span>
                      </>
                    )}
                  </td>
                  <td>
                    {inCluster.length > 0 ? <span title={`duplicate group ${group + 1}`}>= {inCluster.join(', ')}</span> : null}
                    {elsewhere > 0 ? <span class="muted">{inCluster.length > 0 ? ' ' : ''}+{elsewhere} elsewhere</span> : null}
                  </td>
                  <td>
                    <ArticleName name={articleName(data, member)} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <h4 class="compare-head">
        Side by side: {numbers.get(pair[0])} and {numbers.get(pair[1])}{' '}
        <button type="button" class="link" onClick={() => setPair([pair[1], pair[0]])}>
          swap
        </button>
      </h4>
      <Compare data={data} a={pair[0]} b={pair[1]} numbers={numbers} />
    </div>
  )
}
