// The report page: a summary, then the stories, the duplicate groups, every
// article and every dump, each drawn on demand.
import {useState} from 'preact/hooks'
import {formatTime, plural} from './format.js'
import type {Indexed} from './lookups.js'
import {Stories, type OpenRequest} from './stories.js'
import {Summary} from './summary.js'
import {Articles, Dumps, Duplicates} from './tables.js'

/**
 * The whole page.
 *
 * @param props
 *   The report.
 */
export function App({report}: {report: Indexed}) {
  const {data} = report
  const [story, setStory] = useState<OpenRequest | null>(null)
  const [group, setGroup] = useState<OpenRequest | null>(null)
  const openStory = (index: number): void => setStory({index, nonce: (story?.nonce ?? 0) + 1})
  const openGroup = (index: number): void => setGroup({index, nonce: (group?.nonce ?? 0) + 1})
  return (
    <>
      <header class="page-head">
        <h1>News report</h1>
        <p class="muted">
          {plural(data.dumps.length, 'dump')}, {plural(data.articles.length, 'article')}: {data.inputs.map((input, index) => <bdi key={index} class="name">{(index > 0 ? ' ' : '') + input}</bdi>)}
        </p>
        <nav aria-label="Sections">
          <a href="#summary">Summary</a>
          <a href="#stories">Stories ({data.clusters.length.toLocaleString('en-US')})</a>
          <a href="#duplicates">Duplicates ({data.duplicates.length.toLocaleString('en-US')})</a>
          <a href="#articles">Articles ({data.articles.length.toLocaleString('en-US')})</a>
          <a href="#dumps">Dumps ({data.dumps.length.toLocaleString('en-US')})</a>
        </nav>
      </header>
      <main>
        <Summary report={report} />
        <Stories report={report} request={story} />
        <Duplicates report={report} request={group} onOpen={openStory} />
        <Articles report={report} onOpen={openStory} onOpenGroup={openGroup} />
        <Dumps report={report} />
      </main>
      <footer class="muted">
        <p>
          Written by {data.generator} on {formatTime(data.generated)}. This file is self-contained: it loads nothing and sends nothing. Pairs are compared in
          the page, by the newsdump code inside it.
        </p>
        <p>
          Inside: <a href="https://github.com/newsdump/newsdump">newsdump</a> (MIT), <a href="https://preactjs.com">preact</a> (MIT), d3-time and d3-array (ISC), and
          newsdump's term statistics, derived in part from Wikipedia's Portal:Current events (CC BY-SA 4.0); see{' '}
          <a href="https://github.com/newsdump/newsdump/blob/main/THIRD_PARTY_NOTICES.md">its notices</a>.
        </p>
      </footer>
    </>
  )
}
