/**
 * A progress bar on standard error, drawn only when it is a terminal and
 * the user did not ask for quiet; otherwise every call does nothing, so
 * pipes and logs stay clean.
 */
export interface Progress {
  update(done: number, label?: string): void
  done(): void
}

/**
 * Start a progress bar.
 *
 * @param stream
 *   Standard error.
 * @param total
 *   Steps in all.
 * @param enabled
 *   Whether to draw at all (a terminal, and not `--quiet`).
 * @returns
 *   The bar.
 */
export function startProgress(stream: {write(chunk: string): unknown}, total: number, enabled: boolean): Progress {
  if (!enabled || total < 2) return {update() {}, done() {}}
  const width = 30
  let last = -1
  return {
    update(done, label = '') {
      const filled = Math.round((done / total) * width)
      if (filled === last && done !== total) return
      last = filled
      stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}`)
    },
    done() {
      stream.write(`\r${' '.repeat(width + 60)}\r`)
    }
  }
}
