import {cell} from './terminal.js'

/** A column of a streamed table: its heading, width and alignment. */
export interface Column {
  head: string
  width: number
  align?: 'left' | 'right'
}

/**
 * A plain-text table written a row at a time: the columns have fixed
 * widths, chosen before the first row, so nothing is held back to measure
 * (a dump of a million articles prints its first row at once). A cell
 * wider than its column is clipped with `…`; a right-aligned cell (a
 * number) wider than its column widens that row instead.
 */
export class StreamTable {
  readonly columns: readonly Column[]

  constructor(columns: readonly Column[]) {
    this.columns = columns
  }

  /** The heading and the rule under it, two lines. */
  head(): string {
    return this.line(this.columns.map((column) => column.head)) + this.line(this.columns.map((column) => '-'.repeat(column.width)))
  }

  /** One row, one line, cells made safe for a terminal. */
  row(cells: readonly string[]): string {
    return this.line(cells.map((text, index) => (this.columns[index]!.align === 'right' ? text : cell(text, this.columns[index]!.width))))
  }

  private line(cells: readonly string[]): string {
    const parts = cells.map((text, index) => {
      const column = this.columns[index]!
      return column.align === 'right' ? text.padStart(column.width) : text.padEnd(column.width)
    })
    return parts.join('  ').trimEnd() + '\n'
  }
}

/**
 * How wide the widest column may be on this output: the terminal's width
 * less the other columns, or `fallback` when the output is no terminal.
 *
 * @param columns
 *   The terminal's width, if it is one.
 * @param others
 *   Width taken by the other columns and the gaps between them.
 * @param fallback
 *   Width off a terminal.
 */
export function flexibleWidth(columns: number | undefined, others: number, fallback: number): number {
  if (!columns || columns <= 0) return fallback
  return Math.max(20, columns - others - 1)
}

/**
 * An age interval in words (`26m–27m`, `1.5h–3h`, `4d–14d`).
 *
 * @param age
 *   Milliseconds.
 */
export function formatAge(age: {min: number; max: number}): string {
  return `${duration(age.min)}–${duration(age.max)}`
}

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  if (minutes < 60) return `${minutes}m`
  const hours = minutes / 60
  if (hours < 48) return `${Number.isInteger(hours) ? hours : hours.toFixed(1)}h`
  return `${Math.round(hours / 24)}d`
}
