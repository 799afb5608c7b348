/**
 * Describe a value for an error message: its type, and the value itself
 * where it is short (`` `number` (42) ``, `` `string` ("soon") ``).
 *
 * @param value
 *   Anything.
 * @returns
 *   Markdown-ish description.
 */
export function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (value === undefined) return '`undefined`'
  if (Array.isArray(value)) return '`array`'
  if (value instanceof Date) return `\`Date\` (${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`
  switch (typeof value) {
    case 'number':
    case 'boolean':
    case 'bigint': {
      return `\`${typeof value}\` (${String(value)})`
    }
    case 'string': {
      return `\`string\` (${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)})`
    }
    default: {
      return `\`${typeof value}\``
    }
  }
}
