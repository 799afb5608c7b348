import {forTerminal} from './terminal.js'

/** Least time between two redraws. */
const REDRAW_MS = 100

/**
 * A progress line on standard error: which input of how many, what is
 * being done to it, bytes read of its size (or so far, from a pipe) and
 * articles found. Drawn only on a terminal and without `--quiet`;
 * otherwise every call does nothing, so pipes and logs stay clean.
 */
export interface Progress {
  /** A new input begins. */
  input(number: number, name: string, size: number | null): void
  /** What is being done to it (`reading`, `splitting`), over how many bytes when known. */
  phase(label: string, size?: number | null): void
  /** Bytes read in this phase. */
  bytes(read: number): void
  /** Articles found so far. */
  articles(count: number): void
  /** Erase the line (before other text goes to the same terminal); the next update draws it again. */
  clear(): void
  /** Erase it for good. */
  done(): void
}

/**
 * Start a progress line.
 *
 * @param stream
 *   Standard error.
 * @param total
 *   Inputs in all.
 * @param enabled
 *   Whether to draw at all (a terminal, and not `--quiet`).
 * @param now
 *   Clock in milliseconds (for tests).
 * @returns
 *   The progress line.
 */
export function startProgress(stream: {write(chunk: string): unknown}, total: number, enabled: boolean, now: () => number = () => performance.now()): Progress {
  if (!enabled) return {input() {}, phase() {}, bytes() {}, articles() {}, clear() {}, done() {}}
  let number = 0
  let name = ''
  let size: number | null = null
  let label = ''
  let read = 0
  let found = 0
  let drawn = false
  let last = Number.NEGATIVE_INFINITY
  const draw = (force = false): void => {
    const time = now()
    if (!force && time - last < REDRAW_MS) return
    last = time
    const amount = size ? ` ${percent(read, size)} of ${megabytes(size)}` : read > 0 ? ` ${megabytes(read)}` : ''
    const count = found > 0 ? `, ${found.toLocaleString('en-US')} article${found === 1 ? '' : 's'}` : ''
    const position = total > 1 ? `[${number}/${total}] ` : ''
    stream.write(`\r\u001b[K${position}${shortName(name)}: ${label}${amount}${count}`)
    drawn = true
  }
  return {
    input(index, input, bytes) {
      number = index
      name = input
      size = bytes
      label = 'reading'
      read = 0
      found = 0
      draw(true)
    },
    phase(text, bytes) {
      label = text
      if (bytes !== undefined) size = bytes
      read = 0
      draw()
    },
    bytes(bytes) {
      read = bytes
      draw()
    },
    articles(count) {
      found = count
      draw()
    },
    clear() {
      if (!drawn) return
      stream.write('\r\u001b[K')
      drawn = false
    },
    done() {
      if (drawn) stream.write('\r\u001b[K')
      drawn = false
    }
  }
}

/** A path, its end kept when it is long (the file's own name matters most). */
function shortName(path: string): string {
  const visible = forTerminal(path)
  return visible.length <= 40 ? visible : `…${visible.slice(-39)}`
}

function percent(part: number, whole: number): string {
  return `${Math.min(100, Math.floor((part / whole) * 100))}%`
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`
}
