/**
 * Whether a body stops mid-sentence, judged by how its last paragraph ends.
 *
 * End markers that pages append after the last sentence (`___`, a run of
 * underscores or em dashes, hashtags such as `#shorts`) are looked past.
 * A body ending in `...` or `…` was cut by the page (aggregators elide
 * snippets that way), so it counts as truncated. Otherwise a body is whole
 * when it ends with `.`, `!` or `?`, possibly followed by closing quotes,
 * or with a closing bracket (`(Reporting by Jane Doe; Editing by John Roe)`
 * closes wire copy).
 *
 * @param paragraph
 *   The last paragraph, trimmed.
 * @returns
 *   Whether it is cut off; `false` for an empty paragraph.
 */
export function endsMidSentence(paragraph: string): boolean {
  let end = lastMeaningfulEnd(paragraph)
  if (end === 0) return false
  let char = paragraph.charAt(end - 1)
  if (char === '…') return true
  if (char === '.' && end >= 3 && paragraph.slice(end - 3, end) === '...') return true
  if (char === ')' || char === ']') return false
  while (end > 0 && CLOSING_QUOTES.has(char)) {
    end--
    char = paragraph.charAt(end - 1)
  }
  return !(char === '.' || char === '!' || char === '?')
}

const CLOSING_QUOTES = new Set(['"', "'", '”', '’', '»', '›'])

/**
 * Where the text ends once trailing whitespace and end markers (`___`,
 * `———`, `#tags`) are looked past.
 */
function lastMeaningfulEnd(text: string): number {
  let end = text.length
  for (;;) {
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
    let tokenStart = end
    while (tokenStart > 0 && !isSpace(text.charCodeAt(tokenStart - 1))) tokenStart--
    const token = text.slice(tokenStart, end)
    if (tokenStart === 0 || !isEndMarker(token)) return end
    end = tokenStart
  }
}

/**
 * Whether a whole paragraph is only end markers (`___`, `———`, `#shorts`):
 * a sign-off that says nothing about how the body before it ends.
 *
 * @param paragraph
 *   Trimmed paragraph.
 */
export function isEndMarkerLine(paragraph: string): boolean {
  // Most paragraphs start with a letter: no need to cut them into tokens.
  const first = paragraph.charAt(0)
  if (first !== '_' && first !== '—' && first !== '-' && first !== '*' && first !== '=' && first !== '#') return false
  const tokens = paragraph.split(/\s+/)
  return tokens.length > 0 && tokens.every((token) => isEndMarker(token))
}

function isEndMarker(token: string): boolean {
  if (token.length >= 3 && /^(?:_+|—+|-+|\*+|=+)$/.test(token)) return true
  return token.length >= 2 && token.charAt(0) === '#' && /^#[\p{L}\p{N}_]+$/u.test(token)
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 10 || code === 13
}
