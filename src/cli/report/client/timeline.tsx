// A cluster's timeline, as SVG: one row per member, its publication time
// drawn as the interval its header allows (`26 minutes ago` is a minute,
// `July 23` a day), and when its page was captured.
import type {ReportData} from '../model.js'
import {formatInterval, formatTime} from './format.js'
import {tickLabel, timeDomain, timeScale, type TimeInterval, type TimeScale} from './scale.js'

const WIDTH = 760
const LABEL_WIDTH = 210
const RIGHT = 12
const ROW = 22
const TOP = 26
/** Narrowest a bar is drawn, so that a minute-wide interval on a week-wide axis still shows. */
const LEAST_BAR = 3
/** Characters of a row's label before it is cut (the whole is in its tooltip). */
const LABEL_CHARACTERS = 30

function ms(iso: string | null | undefined): number | null {
  if (!iso) return null
  const time = Date.parse(iso)
  return Number.isFinite(time) ? time : null
}

/** What a row shows: the publication interval and the capture interval (or the reference time alone). */
interface Row {
  member: number
  number: number
  label: string
  published: TimeInterval | null
  captured: TimeInterval | null
  reference: number | null
}

/**
 * The timeline of some members of a cluster.
 *
 * @param props
 *   The page's data, the members (in the order to draw them) and each one's number in the cluster.
 */
export function Timeline({data, members, numbers}: {data: ReportData; members: readonly number[]; numbers: ReadonlyMap<number, number>}) {
  const rows: Row[] = members.map((member) => {
    const article = data.articles[member]!
    const dump = data.dumps[article.dump]!
    const published = article.published ? {earliest: ms(article.published.earliest), latest: ms(article.published.latest)} : null
    const captured = dump.captured ? {earliest: ms(dump.captured.earliest), latest: ms(dump.captured.latest)} : null
    return {
      member,
      number: numbers.get(member) ?? 0,
      label: article.outlet?.name ?? (article.role === 'lead' ? `lead of ${dump.file}` : dump.file),
      published: published && (published.earliest !== null || published.latest !== null) ? published : null,
      captured,
      reference: captured ? null : ms(dump.reference)
    }
  })
  const domain = axisDomain(rows)
  if (domain === null) return <p class="muted">No member says when it was published or captured.</p>
  const x = timeScale(domain, [LABEL_WIDTH, WIDTH - RIGHT])
  const height = TOP + rows.length * ROW + 6
  const ticks = x.ticks(6)
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={`When each of ${rows.length} items was published and captured, ${formatInterval(new Date(domain[0]).toISOString(), new Date(domain[1]).toISOString())}`}>
        {ticks.map((tick) => (
          <g key={tick.getTime()} class="tick">
            <line x1={x(tick.getTime())} x2={x(tick.getTime())} y1={TOP - 6} y2={height - 4} />
            <text x={x(tick.getTime())} y={TOP - 10} text-anchor="middle">
              {tickLabel(tick, domain)}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const y = TOP + index * ROW
          const label = `${row.number}. ${row.label}`
          return (
            <g key={row.member} class="row">
              <text x={LABEL_WIDTH - 8} y={y + 15} text-anchor="end" class="label">
                <title>{label}</title>
                {label.length > LABEL_CHARACTERS ? `${label.slice(0, LABEL_CHARACTERS - 1)}…` : label}
              </text>
              {row.captured ? <Interval x={x} interval={row.captured} y={y + 14} height={2} className="captured" title={`captured ${formatInterval(iso(row.captured.earliest), iso(row.captured.latest))}`} /> : null}
              {row.reference !== null ? (
                <path class="reference" d={`M${clamp(x, row.reference)} ${y + 10} l4 5 l-4 5 l-4 -5 z`}>
                  <title>{`ages read against ${formatTime(new Date(row.reference).toISOString())} (no capture estimate)${offAxis(x, row.reference, row.reference) ? ', off the axis' : ''}`}</title>
                </path>
              ) : null}
              {row.published ? (
                <Interval x={x} interval={row.published} y={y + 4} height={8} className="published" title={`published ${formatInterval(iso(row.published.earliest), iso(row.published.latest))}`} />
              ) : (
                <text x={LABEL_WIDTH + 4} y={y + 12} class="none">
                  no publication time
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <span class="key published" /> published: the interval the header allows · <span class="key captured" /> captured: when the page was saved, as far as it shows (◂ ▸: it runs off the axis) · <span class="key reference" /> the time ages were read against, where the dump shows no capture time · UTC
      </figcaption>
    </figure>
  )
}

function iso(time: number | null): string | null {
  return time === null ? null : new Date(time).toISOString()
}

/**
 * The axis: the span of the publication intervals, widened to the capture
 * and reference times that lie near it (within that span again, or two
 * days); one far away (a capture estimate of the year before, from a
 * page that prints dates without years) is drawn cut at the axis's edge
 * rather than squeezing the rest into a line. Without publication times,
 * the span of the capture times.
 */
function axisDomain(rows: readonly Row[]): [number, number] | null {
  const captures = rows.flatMap((row) => [row.captured, row.reference === null ? null : {earliest: row.reference, latest: row.reference}]).filter((interval): interval is TimeInterval => interval !== null)
  const core = timeDomain(rows.flatMap((row) => (row.published ? [row.published] : [])))
  if (core === null) return timeDomain(captures)
  const reach = Math.max(core[1] - core[0], 2 * DAY_MS)
  const near = (time: number | null): number | null => (time !== null && time >= core[0] - reach && time <= core[1] + reach ? time : null)
  return timeDomain([{earliest: core[0], latest: core[1]}, ...captures.map((interval) => ({earliest: near(interval.earliest), latest: near(interval.latest)}))])
}

const DAY_MS = 24 * 60 * 60 * 1000

/** A time's x, held inside the axis. */
function clamp(x: TimeScale, time: number): number {
  return x(Math.min(Math.max(time, x.domain[0]), x.domain[1]))
}

/** Whether an interval lies wholly or partly off the axis. */
function offAxis(x: TimeScale, start: number, end: number): boolean {
  return start < x.domain[0] || end > x.domain[1]
}

/**
 * An interval as a bar; an end that is not known takes the other's place.
 * An interval that runs off the axis is cut at its edge, with a mark.
 */
function Interval({x, interval, y, height, className, title}: {x: TimeScale; interval: TimeInterval; y: number; height: number; className: string; title: string}) {
  const startTime = interval.earliest ?? interval.latest!
  const endTime = interval.latest ?? interval.earliest!
  const start = clamp(x, startTime)
  const end = clamp(x, endTime)
  const real = end - start
  // Too narrow to see: drawn at the least width, centred on the interval.
  const left = real < LEAST_BAR ? (start + end) / 2 - LEAST_BAR / 2 : start
  const middle = y + height / 2
  return (
    <g class={className}>
      <title>{title + (offAxis(x, startTime, endTime) ? ' (runs off the axis)' : '')}</title>
      <rect x={left} y={y} width={Math.max(real, LEAST_BAR)} height={height} rx={1} />
      {startTime < x.domain[0] ? <path class="cut" d={`M${left} ${middle - 4} l-6 4 l6 4 z`} /> : null}
      {endTime > x.domain[1] ? <path class="cut" d={`M${left + Math.max(real, LEAST_BAR)} ${middle - 4} l6 4 l-6 4 z`} /> : null}
    </g>
  )
}
