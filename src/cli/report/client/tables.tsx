// The duplicate groups, every article and every dump, a page at a time.
import {useEffect, useMemo, useState} from 'preact/hooks'
import {formatInterval, percent, plural} from './format.js'
import {articleMatches, articleName, byPublication, filterWords, type Indexed} from './lookups.js'
import {Pager, usePaged} from './pager.js'
import {ArticleName, Filter, Outlet, Published, Title} from './parts.js'
import type {OpenRequest} from './stories.js'

const GROUPS_PER_PAGE = 10
/** Items of a duplicate group per page. */
const MEMBERS_PER_GROUP_PAGE = 12
/** Pairs of a group shown at first (the strongest), and per page when all are shown. */
const PAIRS_SHOWN = 12
const PAIRS_PER_PAGE = 60
const ARTICLES_PER_PAGE = 100
const DUMPS_PER_PAGE = 50

/** A link that shows a story cluster or a duplicate group wherever its list stands. */
function GroupLink({index, kind, onOpen}: {index: number; kind: 'story' | 'copies'; onOpen: (index: number) => void}) {
  if (index === -1) return <span class="muted">—</span>
  return (
    <a
      href={`#${kind}-${index + 1}`}
      onClick={(event) => {
        event.preventDefault()
        onOpen(index)
      }}
    >
      {kind} {index + 1}
    </a>
  )
}

/**
 * The duplicate groups: which items are (near-)copies of which.
 *
 * @param props
 *   The report, a request to show one group, and how to open a story.
 */
export function Duplicates({report, request, onOpen}: {report: Indexed; request: OpenRequest | null; onOpen: (cluster: number) => void}) {
  const {data} = report
  const groups = useMemo(() => data.duplicates.map((_, index) => index), [data])
  const paged = usePaged(groups, GROUPS_PER_PAGE)
  const [scrollTo, setScrollTo] = useState<number | null>(null)
  useEffect(() => {
    if (request === null) return
    paged.setPage(Math.floor(request.index / GROUPS_PER_PAGE))
    setScrollTo(request.index)
  }, [request])
  useEffect(() => {
    if (scrollTo === null) return
    document.getElementById(`copies-${scrollTo + 1}`)?.scrollIntoView({block: 'start'})
    setScrollTo(null)
  }, [scrollTo])
  return (
    <section id="duplicates" aria-labelledby="duplicates-head">
      <h2 id="duplicates-head">Duplicates</h2>
      {groups.length === 0 ? (
        <p class="muted">No two items are copies of each other (resemblance at least {data.thresholds.duplicate}).</p>
      ) : (
        <>
          <p class="muted">
            {plural(groups.length, 'group')} of items whose text is (nearly) the same: word 3-shingles resemble at least {data.thresholds.duplicate}. The item to keep, the longest, is first.
          </p>
          <Pager paged={paged} total={groups.length} what="groups" />
          <ol class="groups">
            {paged.rows.map((index) => (
              <DuplicateGroup key={index} report={report} index={index} onOpen={onOpen} />
            ))}
          </ol>
          <Pager paged={paged} total={groups.length} what="groups" />
        </>
      )}
    </section>
  )
}

function DuplicateGroup({report, index, onOpen}: {report: Indexed; index: number; onOpen: (cluster: number) => void}) {
  const {data} = report
  const group = data.duplicates[index]!
  const [allPairs, setAllPairs] = useState(false)
  const members = useMemo(() => [group.representative, ...byPublication(data, group.members).filter((member) => member !== group.representative)], [data, group])
  const numbers = useMemo(() => new Map(members.map((member, position) => [member, position + 1])), [members])
  // Strongest first; a group of n copies has up to n(n-1)/2 pairs, so they are paged too.
  const pairs = useMemo(() => [...group.pairs].sort((x, y) => y.resemblance - x.resemblance || x.a - y.a || x.b - y.b), [group])
  const pagedMembers = usePaged(members, MEMBERS_PER_GROUP_PAGE)
  const pagedPairs = usePaged(allPairs ? pairs : pairs.slice(0, PAIRS_SHOWN), PAIRS_PER_PAGE)
  return (
    <li class="group" id={`copies-${index + 1}`}>
      <h3>
        Copies {index + 1}: {plural(group.members.length, 'item')}
      </h3>
      <Pager paged={pagedMembers} total={members.length} what="items" />
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>Outlet</th>
              <th>Title</th>
              <th>Published</th>
              <th>Story</th>
              <th>Article</th>
            </tr>
          </thead>
          <tbody>
            {pagedMembers.rows.map((member) => {
              const article = data.articles[member]!
              return (
                <tr key={member} class={member === group.representative ? 'headline-item' : undefined}>
                  <td class="number">{numbers.get(member)}</td>
                  <td>
                    <Outlet article={article} />
                  </td>
                  <td>
                    <Title article={article} />
                    {member === group.representative ? <span class="tag">keep</span> : null}
                  </td>
                  <td>
                    <Published time={article.published} />
                  </td>
                  <td>
                    <GroupLink index={report.clusterOf[member]!} kind="story" onOpen={onOpen} />
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
      <p class="pairs">
        Copies of each other (resemblance):{' '}
        {pagedPairs.rows.map((pair, position) => (
          <span key={`${pair.a}:${pair.b}`}>
            {position > 0 ? ' · ' : ''}
            {numbers.get(pair.a)} and {numbers.get(pair.b)} ({percent(pair.resemblance)})
          </span>
        ))}
        {pairs.length > PAIRS_SHOWN ? (
          <button type="button" class="link" onClick={() => setAllPairs(!allPairs)}>
            {allPairs ? 'the strongest only' : `all ${pairs.length.toLocaleString('en-US')} pairs`}
          </button>
        ) : null}
      </p>
      <Pager paged={pagedPairs} total={allPairs ? pairs.length : Math.min(pairs.length, PAIRS_SHOWN)} what="pairs" />
    </li>
  )
}

/**
 * Every article, a page at a time, with a filter.
 *
 * @param props
 *   The report, and how to open a story or a duplicate group.
 */
export function Articles({report, onOpen, onOpenGroup}: {report: Indexed; onOpen: (cluster: number) => void; onOpenGroup: (group: number) => void}) {
  const {data} = report
  const [query, setQuery] = useState('')
  const words = useMemo(() => filterWords(query), [query])
  const shown = useMemo(() => {
    const all = data.articles.map((_, index) => index)
    return words.length === 0 ? all : all.filter((index) => articleMatches(report, index, words))
  }, [report, words])
  const paged = usePaged(shown, ARTICLES_PER_PAGE)
  return (
    <section id="articles" aria-labelledby="articles-head">
      <h2 id="articles-head">Articles</h2>
      <div class="tools">
        <Filter
          what="articles"
          value={query}
          onInput={(value) => {
            setQuery(value)
            paged.setPage(0)
          }}
        />
        <span class="muted">{words.length > 0 ? `${plural(shown.length, 'article')} match` : plural(data.articles.length, 'article')}</span>
      </div>
      <Pager paged={paged} total={shown.length} what="articles" />
      <div class="table-wrap">
        <table class="articles">
          <thead>
            <tr>
              <th>Article</th>
              <th>Role</th>
              <th>Outlet</th>
              <th>Title</th>
              <th>Published</th>
              <th>¶</th>
              <th>Story</th>
              <th>Copies</th>
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((index) => {
              const article = data.articles[index]!
              const group = report.duplicateOf[index]!
              return (
                <tr key={index}>
                  <td>
                    <ArticleName name={articleName(data, index)} />
                  </td>
                  <td>{article.role}</td>
                  <td>
                    <Outlet article={article} />
                  </td>
                  <td>
                    <Title article={article} />
                  </td>
                  <td>
                    <Published time={article.published} />
                  </td>
                  <td class="number">{article.paragraphCount}</td>
                  <td>
                    <GroupLink index={report.clusterOf[index]!} kind="story" onOpen={onOpen} />
                  </td>
                  <td>
                    <GroupLink index={group} kind="copies" onOpen={onOpenGroup} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <Pager paged={paged} total={shown.length} what="articles" />
    </section>
  )
}

/**
 * Every dump: how it was read.
 *
 * @param props
 *   The report.
 */
export function Dumps({report}: {report: Indexed}) {
  const {data} = report
  const paged = usePaged(data.dumps, DUMPS_PER_PAGE)
  return (
    <section id="dumps" aria-labelledby="dumps-head">
      <h2 id="dumps-head">Dumps</h2>
      <Pager paged={paged} total={data.dumps.length} what="dumps" />
      <div class="table-wrap">
        <table class="dumps">
          <thead>
            <tr>
              <th>File</th>
              <th>Layout</th>
              <th>Articles</th>
              <th>Encoding</th>
              <th>Ages read against</th>
              <th>Captured</th>
              <th>Warnings</th>
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((dump, position) => (
              <tr key={paged.offset + position} class={dump.warnings.length > 0 ? 'badly' : undefined}>
                <td>
                  <bdi class="name">{dump.file}</bdi>
                </td>
                <td>
                  {dump.layout}
                  {dump.confidence === null ? null : <span class="muted"> {percent(dump.confidence)}</span>}
                </td>
                <td class="number">{dump.count.toLocaleString('en-US')}</td>
                <td>{dump.encoding}</td>
                <td>
                  {formatInterval(dump.reference, dump.reference)} <span class="muted">({dump.referenceSource}: <bdi>{dump.referenceNote}</bdi>)</span>
                </td>
                <td>{dump.captured ? formatInterval(dump.captured.earliest, dump.captured.latest) : <span class="muted">not shown</span>}</td>
                <td>
                  {dump.warnings.map((warning, index) => (
                    <bdi key={index} class="warning">
                      {(index > 0 ? ' ' : '') + warning}
                    </bdi>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager paged={paged} total={data.dumps.length} what="dumps" />
    </section>
  )
}
