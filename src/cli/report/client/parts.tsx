// Small pieces every section uses. Text from the dumps is always a child
// or an attribute value (preact makes it a text node or sets the
// attribute), never markup; <bdi> keeps a title's bidirectional controls
// from reordering the text around it.
import type {ReportArticle, ReportTime} from '../model.js'
import {formatInterval} from './format.js'

/**
 * An article's outlet, normalised, or what stands for it when the page named none.
 *
 * @param props
 *   The article.
 */
export function Outlet({article}: {article: ReportArticle}) {
  if (article.outlet) return <bdi class={article.outlet.known ? 'outlet' : 'outlet unknown'} title={article.outlet.known ? undefined : 'not in the outlet registry'}>{article.outlet.name}</bdi>
  return <span class="outlet none">{article.role === 'lead' ? 'lead (no outlet)' : 'no outlet'}</span>
}

/**
 * An article's title, marked when its body was cut off.
 *
 * @param props
 *   The article.
 */
export function Title({article}: {article: ReportArticle}) {
  return (
    <>
      <bdi class="title">{article.title}</bdi>
      {article.truncated ? <span class="tag" title="the body stops mid-sentence">cut off</span> : null}
    </>
  )
}

/**
 * A publication time: what the page printed, and the interval it allows.
 *
 * @param props
 *   The time.
 */
export function Published({time}: {time: ReportTime | null}) {
  if (time === null) return <span class="muted">no time</span>
  return (
    <span class="time">
      <bdi>{time.raw}</bdi>
      <span class="interval">{formatInterval(time.earliest, time.latest)}</span>
    </span>
  )
}

/**
 * A file#index name, as the command names articles.
 *
 * @param props
 *   The name.
 */
export function ArticleName({name}: {name: string}) {
  return <bdi class="name">{name}</bdi>
}

/**
 * A filter box for a list: what was typed goes to `onInput` as it is typed.
 *
 * @param props
 *   What the list is (`articles`), and the value and its handler.
 */
export function Filter({what, value, onInput}: {what: string; value: string; onInput: (value: string) => void}) {
  return (
    <input
      type="search"
      placeholder={`Filter ${what} by words of a title, an outlet or a file`}
      aria-label={`Filter ${what}`}
      value={value}
      onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
    />
  )
}
