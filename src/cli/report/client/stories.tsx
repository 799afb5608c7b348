// The story clusters, largest first, a page at a time; each opens on a click.
import {useEffect, useMemo, useState} from 'preact/hooks'
import {Cluster} from './cluster.js'
import {plural} from './format.js'
import {articleMatches, filterWords, type Indexed} from './lookups.js'
import {Pager, usePaged} from './pager.js'
import {Filter} from './parts.js'

/** Clusters per page. */
const CLUSTERS_PER_PAGE = 25

/** A request from elsewhere in the page to show a cluster or group (an index); `nonce` makes a repeat a new request. */
export interface OpenRequest {
  index: number
  nonce: number
}

/**
 * The stories section.
 *
 * @param props
 *   The report, and a request to open one cluster.
 */
export function Stories({report, request}: {report: Indexed; request: OpenRequest | null}) {
  const {data} = report
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set(data.clusters.length > 0 ? [0] : []))
  const [scrollTo, setScrollTo] = useState<number | null>(null)
  const words = useMemo(() => filterWords(query), [query])
  const shown = useMemo(() => {
    const all = data.clusters.map((_, index) => index)
    return words.length === 0 ? all : all.filter((index) => data.clusters[index]!.members.some((member) => articleMatches(report, member, words)))
  }, [report, words])
  const paged = usePaged(shown, CLUSTERS_PER_PAGE)

  useEffect(() => {
    if (request === null) return
    setQuery('')
    paged.setPage(Math.floor(request.index / CLUSTERS_PER_PAGE))
    setOpen((current) => new Set([...current, request.index]))
    setScrollTo(request.index)
    // Only a new request moves the page.
  }, [request])
  useEffect(() => {
    if (scrollTo === null) return
    document.getElementById(`story-${scrollTo + 1}`)?.scrollIntoView({block: 'start'})
    setScrollTo(null)
  }, [scrollTo])

  const toggle = (index: number): void =>
    setOpen((current) => {
      const next = new Set(current)
      if (next.has(index)) next.delete(index)
      else next.add(index)
      return next
    })

  return (
    <section id="stories" aria-labelledby="stories-head">
      <h2 id="stories-head">Stories</h2>
      {data.clusters.length === 0 ? (
        <p class="muted">No story is told by more than one item.</p>
      ) : (
        <>
          <p class="muted">
            {plural(data.clusters.length, 'story', 'stories')} told by more than one item, largest first. Open one for its outlets, timeline, items and two of them side by side.
          </p>
          <div class="tools">
            <Filter
              what="stories"
              value={query}
              onInput={(value) => {
                setQuery(value)
                paged.setPage(0)
              }}
            />
            {words.length > 0 ? <span class="muted">{plural(shown.length, 'story', 'stories')} match</span> : null}
            <button type="button" class="link" onClick={() => setOpen(new Set())}>
              close all
            </button>
          </div>
          <Pager paged={paged} total={shown.length} what="stories" />
          <ol class="stories">
            {paged.rows.map((index) => (
              <Cluster key={index} report={report} index={index} expanded={open.has(index)} onToggle={() => toggle(index)} />
            ))}
          </ol>
          <Pager paged={paged} total={shown.length} what="stories" />
        </>
      )}
    </section>
  )
}
