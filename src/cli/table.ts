/**
 * Lay rows out as a plain-text table: columns padded to their widest cell,
 * a rule under the header, cells clipped to `maxWidth` characters.
 *
 * @param head
 *   Column names.
 * @param rows
 *   Cells, one array per row.
 * @param maxWidth
 *   Widest a cell may be.
 * @returns
 *   The table, one line per row, ending in a newline.
 */
export function formatTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, maxWidth = 64): string {
  const clip = (cell: string): string => (cell.length > maxWidth ? cell.slice(0, maxWidth - 1) + '…' : cell)
  const body = rows.map((row) => row.map((cell) => clip(cell.replace(/\s+/g, ' '))))
  const widths = head.map((cell, column) => Math.max(cell.length, ...body.map((row) => (row[column] ?? '').length)))
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...body.map((row) => line(row))].join('\n') + '\n'
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
