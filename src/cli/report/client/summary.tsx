// The summary at the top: what was read, how well, and what was found.
import {useState} from 'preact/hooks'
import type {Indexed} from './lookups.js'
import {formatInterval, percent, plural} from './format.js'

/** Outlets listed before "and N more". */
const OUTLETS_SHOWN = 12

/**
 * The summary.
 *
 * @param props
 *   The report.
 */
export function Summary({report}: {report: Indexed}) {
  const {data} = report
  const [allOutlets, setAllOutlets] = useState(false)
  const badly = data.dumps.filter((dump) => dump.warnings.length > 0)
  const clustered = data.clusters.reduce((sum, cluster) => sum + cluster.members.length, 0)
  const copied = data.duplicates.reduce((sum, group) => sum + group.members.length, 0)
  const largest = data.clusters[0]?.members.length ?? 0
  const roles = Object.entries(report.roles).sort((x, y) => y[1] - x[1])
  const truncated = data.articles.reduce((sum, article) => sum + (article.truncated ? 1 : 0), 0)
  const outlets = allOutlets ? report.outlets : report.outlets.slice(0, OUTLETS_SHOWN)
  return (
    <section id="summary" aria-labelledby="summary-head">
      <h2 id="summary-head">Summary</h2>
      <dl class="figures">
        <div>
          <dt>Dumps read</dt>
          <dd>
            <strong>{data.dumps.length.toLocaleString('en-US')}</strong>
            {data.problems.length > 0 ? <span class="warning"> ({plural(data.problems.length, 'problem')} with the inputs, listed below)</span> : null}
          </dd>
        </div>
        <div>
          <dt>Layouts found</dt>
          <dd>
            {report.layouts.length === 0 ? <span class="muted">none</span> : null}
            {report.layouts.map(({layout, dumps}, index) => (
              <span key={layout}>
                {index > 0 ? ', ' : ''}
                <bdi class="layout">{layout}</bdi> × {dumps.toLocaleString('en-US')}
              </span>
            ))}
            {badly.length > 0 ? <span class="warning"> · {plural(badly.length, 'dump')} read badly</span> : null}
          </dd>
        </div>
        <div>
          <dt>Articles</dt>
          <dd>
            <strong>{data.articles.length.toLocaleString('en-US')}</strong>{' '}
            <span class="muted">
              ({roles.map(([role, count]) => `${count.toLocaleString('en-US')} ${role}`).join(', ')}
              {truncated > 0 ? `; ${truncated.toLocaleString('en-US')} cut off` : ''})
            </span>
          </dd>
        </div>
        <div>
          <dt>Outlets</dt>
          <dd>
            <strong>{report.outlets.length.toLocaleString('en-US')}</strong>
            {report.outlets.length > 0 ? <span class="muted"> (normalised names; articles each)</span> : null}
          </dd>
        </div>
        <div>
          <dt>Story clusters</dt>
          <dd>
            <strong>{data.clusters.length.toLocaleString('en-US')}</strong>{' '}
            <span class="muted">
              holding {plural(clustered, 'article')}
              {data.articles.length > 0 ? ` (${percent(clustered / data.articles.length)})` : ''}
              {largest > 0 ? `; the largest has ${largest.toLocaleString('en-US')}` : ''}; score at least {data.thresholds.story.toFixed(3)}
            </span>
          </dd>
        </div>
        <div>
          <dt>Duplicates</dt>
          <dd>
            <strong>{data.duplicates.length.toLocaleString('en-US')}</strong> <span class="muted">{data.duplicates.length === 1 ? 'group' : 'groups'} of copies holding {plural(copied, 'article')}; resemblance at least {data.thresholds.duplicate}</span>
          </dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>{report.published ? formatInterval(report.published.earliest, report.published.latest) : <span class="muted">no article says when</span>}</dd>
        </div>
        <div>
          <dt>Captured</dt>
          <dd>{report.captured ? formatInterval(report.captured.earliest, report.captured.latest) : <span class="muted">no dump says when it was saved</span>}</dd>
        </div>
      </dl>

      {report.outlets.length > 0 ? (
        <p class="outlet-list">
          {outlets.map((outlet, index) => (
            <span key={outlet.id}>
              {index > 0 ? ' · ' : ''}
              <bdi class={outlet.known ? 'outlet' : 'outlet unknown'}>{outlet.name}</bdi> <span class="count">{outlet.articles.toLocaleString('en-US')}</span>
            </span>
          ))}
          {report.outlets.length > OUTLETS_SHOWN ? (
            <button type="button" class="link" onClick={() => setAllOutlets(!allOutlets)}>
              {allOutlets ? 'fewer' : `and ${(report.outlets.length - OUTLETS_SHOWN).toLocaleString('en-US')} more`}
            </button>
          ) : null}
        </p>
      ) : null}

      {data.problems.length > 0 ? (
        <div class="problems">
          <h3>Problems with the inputs</h3>
          <ul>
            {data.problems.map((problem, index) => (
              <li key={index}>
                <bdi>{problem}</bdi>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div class="badly">
        <h3>Dumps read badly</h3>
        {badly.length === 0 ? (
          <p class="muted">None: every dump was read by a layout family, with no warning.</p>
        ) : (
          <ul>
            {badly.slice(0, 50).map((dump) => (
              <li key={dump.file}>
                <bdi class="name">{dump.file}</bdi> <span class="muted">({dump.layout}{dump.confidence === null ? '' : `, confidence ${percent(dump.confidence)}`})</span>: {dump.warnings.map((warning, index) => <bdi key={index}>{(index > 0 ? ' ' : '') + warning}</bdi>)}
              </li>
            ))}
            {badly.length > 50 ? <li class="muted">and {plural(badly.length - 50, 'more dump')}: see Dumps below</li> : null}
          </ul>
        )}
      </div>
    </section>
  )
}
