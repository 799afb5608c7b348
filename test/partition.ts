import {expect} from 'vitest'
import type {Dump} from '../src/index.js'

/** Articles' spans and boilerplate spans, sorted, must tile `[0, length)` exactly. */
export function expectPartition(dump: Dump, length: number): void {
  const spans = [...dump.articles.map((article) => article.span), ...dump.boilerplate].sort((a, b) => a.start - b.start)
  let offset = 0
  for (const span of spans) {
    expect(span.start).toBe(offset)
    expect(span.end).toBeGreaterThan(span.start)
    offset = span.end
  }
  expect(offset).toBe(length)
}
