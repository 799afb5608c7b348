// Two items of a cluster side by side: the passages they share highlighted
// (`similarity(a, b, {explain: true})`, computed here, in the page, for the
// pair chosen, so that any two members can be compared without the command
// computing every pair), and the paragraphs one has that the other lacks.
import {useMemo, useState} from 'preact/hooks'
import {similarity} from '../../../similarity/similarity.js'
import type {Article, Similarity} from '../../../types.js'
import type {ReportArticle, ReportData} from '../model.js'
import {percent, plural} from './format.js'
import {articleName} from './lookups.js'
import {ArticleName, Outlet, Published, Title} from './parts.js'
import {articleBlocks, sharedShare, unsharedParagraphs, type Block} from './segments.js'

/** Passage colours cycle through this many classes (see styles.css). */
const COLOURS = 6

/** Pairs compared so far, each computed once per page. */
const compared = new Map<string, Similarity>()

function compare(data: ReportData, a: number, b: number): Similarity | null {
  const key = `${a}:${b}`
  let result = compared.get(key)
  if (result === undefined) {
    const x = data.articles[a]!
    const y = data.articles[b]!
    if (x.paragraphs === null || y.paragraphs === null) return null
    result = similarity(comparable(x.title, x.paragraphs), comparable(y.title, y.paragraphs), {explain: true})
    compared.set(key, result)
  }
  return result
}

/**
 * What `similarity` reads of an article: its title and paragraphs (the
 * text its passages' spans refer to, see `articleText`); the rest of an
 * article is not in the page.
 */
function comparable(title: string, paragraphs: string[]): Article {
  return {title, paragraphs} as Pick<Article, 'title' | 'paragraphs'> as Article
}

/**
 * The side-by-side view of two members.
 *
 * @param props
 *   The page's data, the two articles (indices) and their numbers in the cluster.
 */
export function Compare({data, a, b, numbers}: {data: ReportData; a: number; b: number; numbers: ReadonlyMap<number, number>}) {
  const result = useMemo(() => compare(data, a, b), [data, a, b])
  const [hover, setHover] = useState<number | null>(null)
  if (a === b) return <p class="muted">Choose two different items to compare (the A and B columns of the table).</p>
  if (result === null) return <p class="muted">The text of these items is not in the report.</p>
  const passages = result.passages ?? []
  const x = data.articles[a]!
  const y = data.articles[b]!
  const blocksA = articleBlocks(x.title, x.paragraphs!, passages.map((passage, index) => ({...passage.a, passage: index})))
  const blocksB = articleBlocks(y.title, y.paragraphs!, passages.map((passage, index) => ({...passage.b, passage: index})))
  const onlyA = unsharedParagraphs(blocksA, passages.length)
  const onlyB = unsharedParagraphs(blocksB, passages.length)
  const sharedTerms = result.explanation?.sharedTerms ?? []
  return (
    <div class="compare" data-pair={`${a}:${b}`}>
      <p class="verdict">
        <strong class={`relation ${result.relation}`}>{result.relation}</strong> · same story {percent(result.sameStory)} (score {result.score.toFixed(3)}) · resemblance {result.resemblance.toFixed(3)} · {percent(result.containment.aInB)} of A in B, {percent(result.containment.bInA)} of B in A
      </p>
      <p class="lacks">
        {plural(passages.length, 'shared passage')}
        {passages.length > 0 ? (
          <>
            {' '}
            · {percent(sharedShare(blocksA))} of A and {percent(sharedShare(blocksB))} of B in them · A has {plural(onlyA.length, 'paragraph')} B lacks · B has{' '}
            {plural(onlyB.length, 'paragraph')} A lacks · <span class="unshared">underlined</span>: text the other lacks
          </>
        ) : (
          ': the two tell the story in other words'
        )}
      </p>
      {sharedTerms.length > 0 ? (
        <p class="terms muted">
          Terms that weigh most in both:{' '}
          {sharedTerms.map((term, index) => (
            <span key={term.term}>
              {index > 0 ? ', ' : ''}
              <bdi>{term.words.a}</bdi>
            </span>
          ))}
        </p>
      ) : null}
      <div class="sides">
        <Side side="A" article={x} name={articleName(data, a)} number={numbers.get(a) ?? 0} blocks={blocksA} only={onlyA} shared={passages.length > 0} hover={hover} setHover={setHover} />
        <Side side="B" article={y} name={articleName(data, b)} number={numbers.get(b) ?? 0} blocks={blocksB} only={onlyB} shared={passages.length > 0} hover={hover} setHover={setHover} />
      </div>
    </div>
  )
}

function Side({
  side,
  article,
  name,
  number,
  blocks,
  only,
  shared,
  hover,
  setHover
}: {
  side: 'A' | 'B'
  article: ReportArticle
  name: string
  number: number
  blocks: readonly Block[]
  only: readonly number[]
  /** Whether the two share any passage (else nothing is marked as lacking). */
  shared: boolean
  hover: number | null
  setHover: (passage: number | null) => void
}) {
  const other = side === 'A' ? 'B' : 'A'
  const lacking = new Set(only)
  return (
    <article class={`side side-${side.toLowerCase()}`} aria-label={`${side}: item ${number}`}>
      <header>
        <span class="side-name">{side}</span> {number}. <Outlet article={article} /> · <Published time={article.published} /> · <ArticleName name={name} />
      </header>
      {blocks.map((block) => {
        const body = block.segments.map((segment, index) =>
          segment.passage === null ? (
            shared && segment.text.trim() !== '' ? (
              <span key={index} class="unshared">
                {segment.text}
              </span>
            ) : (
              segment.text
            )
          ) : (
            <mark
              key={index}
              class={`p${segment.passage % COLOURS}${hover === segment.passage ? ' active' : ''}`}
              data-passage={segment.passage + 1}
              title={`shared passage ${segment.passage + 1}`}
              onMouseEnter={() => setHover(segment.passage)}
              onMouseLeave={() => setHover(null)}
            >
              {segment.text}
            </mark>
          )
        )
        if (block.kind === 'title') {
          return (
            <h4 key="title" class="side-title">
              <bdi>{body}</bdi>
              {article.truncated ? <span class="tag">cut off</span> : null}
            </h4>
          )
        }
        const missing = lacking.has(block.index)
        return (
          <p key={block.index} class={missing ? 'only' : undefined}>
            {missing ? <span class="only-tag">only in {side}, not in {other}</span> : null}
            <bdi>{body}</bdi>
          </p>
        )
      })}
      {blocks.length === 1 ? (
        <p class="muted">
          No body: <Title article={article} /> is a headline only.
        </p>
      ) : null}
    </article>
  )
}
