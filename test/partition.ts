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

const LAYOUTS = ['daily8', 'listing', 'plain', 'aggregator', 'card-portal', 'link-aggregator', 'feed-reader', 'link-list', 'article-page', 'section-page', 'newsletter', 'balanced', 'search', 'items', 'mixed']

// Years outside 0000-9999 are written as `Date#toISOString` writes them (`+010000-01-01T…`).
const ISO = /^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/**
 * Every field of a Dump has the type `src/types.ts` says: no `undefined`
 * where the type says `null`, no `NaN`, no `Invalid Date`, ISO strings that
 * parse, spans inside the text.
 */
export function expectDumpShape(dump: Dump, length: number): void {
  expect(LAYOUTS).toContain(dump.layout)
  expect(Object.keys(dump).sort()).toEqual(['articles', 'boilerplate', 'captured', 'confidence', 'layout', 'warnings'])
  expect(dump.confidence >= 0 && dump.confidence <= 1).toBe(true)
  for (const warning of dump.warnings) expect(warning).toMatch(/^\S.*\.$/)
  if (dump.captured !== null) {
    expect(dump.captured.earliest).toMatch(ISO)
    expect(dump.captured.latest).toMatch(ISO)
  }
  for (const span of dump.boilerplate) expectSpan(span, length)
  for (const article of dump.articles) {
    expect(Object.keys(article).sort()).toEqual(['boilerplate', 'byline', 'dateline', 'outlet', 'paragraphs', 'provenance', 'published', 'role', 'span', 'text', 'title', 'truncated'])
    expect(article.byline === null || (typeof article.byline === 'string' && article.byline.length > 0)).toBe(true)
    expect(typeof article.provenance.rule).toBe('string')
    // Inner boilerplate lies inside the article, sorted, not overlapping.
    let inner = article.span.start
    for (const span of article.boilerplate) {
      expect(span.start).toBeGreaterThanOrEqual(inner)
      expect(span.end).toBeLessThanOrEqual(article.span.end)
      inner = span.end
    }
    expect(['lead', 'related', 'teaser']).toContain(article.role)
    expect(typeof article.title).toBe('string')
    expect(typeof article.text).toBe('string')
    expect(typeof article.truncated).toBe('boolean')
    for (const paragraph of article.paragraphs) expect(typeof paragraph).toBe('string')
    expectSpan(article.span, length)
    if (article.outlet !== null) {
      expect(Object.keys(article.outlet).sort()).toEqual(['domain', 'id', 'known', 'name', 'raw'])
      expect(typeof article.outlet.id).toBe('string')
      expect(typeof article.outlet.name).toBe('string')
      expect(article.outlet.domain === null || typeof article.outlet.domain === 'string').toBe(true)
      expect(typeof article.outlet.known).toBe('boolean')
    }
    if (article.published !== null) {
      const published = article.published
      expect(['relative', 'absolute']).toContain(published.kind)
      if (published.kind === 'relative') {
        expect(Number.isFinite(published.age.min) && Number.isFinite(published.age.max)).toBe(true)
        expect(published.age.min).toBeLessThanOrEqual(published.age.max)
      }
      for (const time of [published.earliest, published.latest]) if (time !== null) expect(time).toMatch(ISO)
    }
    if (article.dateline !== null) {
      expect(article.dateline.place === null || typeof article.dateline.place === 'string').toBe(true)
      const date = article.dateline.date
      expect(date === null || date.iso === null || /^\d{4}-\d{2}-\d{2}$/.test(date.iso)).toBe(true)
      expectSpan(article.dateline.span, length)
    }
  }
}

function expectSpan(span: {start: number; end: number}, length: number): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true)
  expect(span.start).toBeGreaterThanOrEqual(0)
  expect(span.end).toBeLessThanOrEqual(length)
  expect(span.start).toBeLessThanOrEqual(span.end)
}
