/**
 * One CSV record as RFC 4180 writes it: fields separated by commas, a
 * field quoted when it holds a comma, a double quote, CR or LF (a quote
 * inside doubled), the record ended by CRLF. The text is kept exactly,
 * line breaks included.
 *
 * @param fields
 *   The record's fields.
 * @returns
 *   The record and its CRLF.
 */
export function csvRecord(fields: readonly string[]): string {
  return fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(',') + '\r\n'
}
