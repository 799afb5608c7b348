/** One token of a timestamp header. */
export interface Token {
  type: 'number' | 'word' | 'mark'
  text: string
  /** Follows the previous token with no space between (`5m`, `10:00`). */
  glued: boolean
  /** Index of its first character in the text. */
  start: number
}

/** How a parser wants a header cut. */
export interface TokenizeOptions {
  /** Character codes that stand as one-character `mark` tokens. */
  marks: ReadonlySet<number>
  /** Read `1.5` as one number (ages: `1.5h ago`) rather than `1`, `.`, `5` (times: `10.00`). */
  decimals: boolean
}

/**
 * Split a header into digit runs, ASCII letter runs (case kept) and marks;
 * `null` on any other character, so a parser only ever sees headers it can
 * read whole. One pass, no regular expression.
 *
 * @param text
 *   The header.
 * @param options
 *   Which marks to allow and whether numbers have decimals.
 * @returns
 *   The tokens, or `null`.
 *
 * @example
 *   tokenizeHeader('5m ago', {marks: new Set(), decimals: true}).map((token) => token.text) //=> ['5', 'm', 'ago']
 */
export function tokenizeHeader(text: string, options: TokenizeOptions): Token[] | null {
  const tokens: Token[] = []
  let index = 0
  let glued = false
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (code === 32 || code === 9 || code === 160) {
      glued = false
      index++
      continue
    }
    const start = index
    let type: Token['type']
    if (isDigit(code)) {
      type = 'number'
      while (index < text.length && isDigit(text.charCodeAt(index))) index++
      // One decimal part (`1.5h`), never a second one.
      if (options.decimals && text.charCodeAt(index) === 46 && isDigit(text.charCodeAt(index + 1))) {
        index++
        while (index < text.length && isDigit(text.charCodeAt(index))) index++
      }
    } else if (isLetter(code)) {
      type = 'word'
      while (index < text.length && isLetter(text.charCodeAt(index))) index++
    } else if (options.marks.has(code)) {
      type = 'mark'
      index++
    } else {
      return null
    }
    tokens.push({type, text: text.slice(start, index), glued, start})
    glued = true
  }
  return tokens
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
