/**
 * Text from a dump, made safe to print on a terminal: C0 controls (tab and
 * line breaks included), DEL, C1 controls and the bidirectional overrides
 * and isolates are written as escapes (`\x1b`, `\x07`, `\u009b`, `\u202e`),
 * so an escape sequence in a title (`\e]0;…\a` to retitle the window,
 * `\e[2J` to clear the screen) is shown, not obeyed. Used for every table,
 * excerpt, header reading and message; JSON, JSON Lines and CSV keep the
 * exact text.
 *
 * @param text
 *   Text as the dump has it.
 * @returns
 *   The same text, every control character visible.
 */
export function forTerminal(text: string): string {
  let result = ''
  let from = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (!isControl(code)) continue
    result += text.slice(from, index) + escape(code)
    from = index + 1
  }
  return from === 0 ? text : result + text.slice(from)
}

/** C0, DEL and C1; U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates). */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
}

function escape(code: number): string {
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * One table cell: whitespace runs (line breaks included) as one space,
 * controls made visible, at most `width` characters (a longer cell ends in
 * `…`, never inside a surrogate pair).
 *
 * @param text
 *   The cell's text.
 * @param width
 *   Widest it may be.
 */
export function cell(text: string, width: number): string {
  const visible = forTerminal(text.replace(/\s+/g, ' ').trim())
  if (visible.length <= width) return visible
  let end = Math.max(0, width - 1)
  const code = visible.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end--
  return visible.slice(0, end) + '…'
}
