// Words and numbers as the page prints them. Times are in UTC throughout,
// as the data holds them, and say so.

/**
 * `1 article`, `2 articles`, with the count grouped (`20,000`).
 *
 * @param count
 *   How many.
 * @param one
 *   The singular.
 * @param many
 *   The plural (default: `one` and `s`).
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`
}

/**
 * A time as `2025-07-23 14:05 UTC`, with seconds when they are not zero;
 * an interval's end within a second of a whole minute (`11:33:00.001`,
 * `23:59:59.999`, as intervals end just inside a minute or a day) is
 * printed as that minute.
 *
 * @param iso
 *   ISO 8601.
 */
export function formatTime(iso: string): string {
  let ms = Date.parse(iso)
  if (!Number.isFinite(ms)) return iso
  // An end a second or less from a whole minute (`23:59:59.999`, `11:33:00.001`) is that minute.
  const minute = Math.round(ms / 60_000) * 60_000
  if (Math.abs(ms - minute) <= 1000) ms = minute
  const text = new Date(ms).toISOString()
  const seconds = text.slice(17, 19) === '00' ? '' : text.slice(16, 19)
  return `${text.slice(0, 10)} ${text.slice(11, 16)}${seconds} UTC`
}

/**
 * An interval as `2025-07-23 11:33–11:34 UTC`: the date once when both ends
 * share it, one time when they are the same instant.
 *
 * @param earliest
 *   Its start, ISO 8601, or `null`.
 * @param latest
 *   Its end, or `null`.
 */
export function formatInterval(earliest: string | null, latest: string | null): string {
  if (earliest === null && latest === null) return 'unknown'
  if (earliest === null) return `by ${formatTime(latest!)}`
  if (latest === null) return `from ${formatTime(earliest)}`
  const start = formatTime(earliest)
  const end = formatTime(latest)
  if (start === end) return start
  if (start.slice(0, 10) === end.slice(0, 10)) return `${start.slice(0, -4)}–${end.slice(11)}`
  return `${start.slice(0, -4)} – ${end}`
}

/**
 * A share as a percentage (`83%`).
 *
 * @param value
 *   0..1.
 */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}
