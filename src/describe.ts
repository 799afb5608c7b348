/**
 * Longest part of a caller's string an error message quotes (UTF-16 code
 * units): enough to recognise the value, never the whole of a dump.
 */
export const QUOTE_LENGTH = 40

/**
 * Describe a value for an error message: its type, and the value itself
 * where it is short (`` `number` (42) ``, `` `string` ("soon") ``). A
 * string longer than `QUOTE_LENGTH` is cut, with its length
 * (`` `string` ("Russia and Ukraine held a brief round o…", 2000000 characters) ``).
 *
 * Never throws, whatever the value: a Proxy (even a revoked one, described
 * as `` `object` (revoked Proxy) ``), an object
 * made with `Object.create(Date.prototype)` or with a throwing getter, a
 * symbol. Errors are thrown from inside every export's argument checks, so
 * the describer must not become the error.
 *
 * @param value
 *   Anything.
 * @returns
 *   Markdown-ish description.
 */
export function describe(value: unknown): string {
  // Its type alone (`object`) would read like a valid value.
  if (isRevokedProxy(value)) return `\`${typeof value}\` (revoked Proxy)`
  try {
    return describeUnsafe(value)
  } catch {
    // Exotic objects may throw anywhere: their type is all that can be said.
    return `\`${typeof value}\``
  }
}

/**
 * Whether a value is a revoked Proxy, on which every operation throws.
 * `Array.isArray` is the one operation that throws for exactly these (it
 * looks through a live Proxy to its target, and throws on a revoked one).
 *
 * @param value
 *   Anything.
 */
export function isRevokedProxy(value: unknown): boolean {
  if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) return false
  try {
    Array.isArray(value)
    return false
  } catch {
    return true
  }
}

function describeUnsafe(value: unknown): string {
  if (value === null) return '`null`'
  if (value === undefined) return '`undefined`'
  switch (typeof value) {
    case 'number':
    case 'boolean':
    case 'bigint': {
      return `\`${typeof value}\` (${String(value)})`
    }
    case 'string': {
      return `\`string\` (${quote(value)})`
    }
    case 'object': {
      if (Array.isArray(value)) return '`array`'
      const time = dateTime(value)
      if (time !== undefined) return `\`Date\` (${Number.isNaN(time) ? 'Invalid Date' : new Date(time).toISOString()})`
      return '`object`'
    }
    default: {
      return `\`${typeof value}\``
    }
  }
}

/**
 * The time of a real `Date`, or `undefined` for anything else, including
 * objects that only inherit from `Date.prototype` and Proxies of dates
 * (`instanceof Date` is true for both, but `getTime` throws on them).
 *
 * @param value
 *   Anything.
 * @returns
 *   Epoch milliseconds (`NaN` for an Invalid Date), or `undefined`.
 */
export function dateTime(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  try {
    return Date.prototype.getTime.call(value)
  } catch {
    return undefined
  }
}

/**
 * Quote a caller's string for a message: JSON-escaped (so control
 * characters, lone surrogates and line breaks show as escapes), cut to
 * `QUOTE_LENGTH` code units (never inside a surrogate pair) with its length
 * when longer.
 *
 * @param text
 *   Any string.
 * @returns
 *   The quoted text.
 *
 * @example
 *   quote('soon') //=> '"soon"'
 *   quote('x'.repeat(50)) //=> '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…", 50 characters'
 */
export function quote(text: string): string {
  if (text.length <= QUOTE_LENGTH) return JSON.stringify(text)
  let end = QUOTE_LENGTH
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd8_00 && last <= 0xdb_ff) end--
  return `${JSON.stringify(text.slice(0, end) + '…')}, ${text.length} characters`
}
