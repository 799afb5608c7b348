import fc from 'fast-check'
import {expect, test} from 'vitest'
import {splitDump, type Dump} from '../src/index.js'
import {expectDumpShape, expectPartition} from './partition.js'
import {dumpArbitrary} from './arbitraries.js'
import {readPages} from './pages.js'

/** Title and paragraphs are trimmed lines found inside the article's span. */
function expectArticlesFromTheirSpans(dump: Dump, text: string): void {
  for (const article of dump.articles) {
    const inside = text.slice(article.span.start, article.span.end)
    expect(article.title.length).toBeGreaterThan(0)
    expect(inside.includes(article.title)).toBe(true)
    for (const paragraph of article.paragraphs) {
      expect(paragraph).toBe(paragraph.trim())
      expect(paragraph.length).toBeGreaterThan(0)
      expect(inside.includes(paragraph)).toBe(true)
    }
    expect(article.text).toBe(article.paragraphs.join('\n\n'))
    expect(article.role === 'teaser').toBe(article.paragraphs.length === 0)
  }
}

test('spans partition the input for structured and arbitrary text', () => {
  fc.assert(
    fc.property(fc.oneof(dumpArbitrary, fc.string(), fc.string({unit: 'binary'})), (text) => {
      const dump = splitDump(text, {reference: '2025-07-23T12:00:00Z'})
      expectPartition(dump, text.length)
      expectDumpShape(dump, text.length)
      expectArticlesFromTheirSpans(dump, text)
    }),
    {numRuns: 1500}
  )
})

test('never throws on a string, and is deterministic', () => {
  fc.assert(
    fc.property(fc.oneof(dumpArbitrary, fc.string({unit: 'binary', maxLength: 400})), (text) => {
      expect(splitDump(text)).toEqual(splitDump(text))
    }),
    {numRuns: 500}
  )
})

test('huge lines, NUL, control characters and lone surrogates keep the partition', () => {
  const megabyteLine = 'word '.repeat(210_000)
  const texts = [
    `Title\n${megabyteLine}\n`,
    `Reuters\n2 hours ago\n- Reuters\nTitle\n${megabyteLine}`,
    '\u0000\u0001\u0002\n\u0007Title\u0000\n\u001B[31mBody.\u001B[0m\n',
    '\uD800Title\n\uDC00 body \uDBFF\n- \uD800 -\n',
    '-'.repeat(1_000_000),
    '\r'.repeat(100_000) + 'x' + '\u2028'.repeat(100_000)
  ]
  for (const text of texts) {
    const dump = splitDump(text)
    expectPartition(dump, text.length)
    expectDumpShape(dump, text.length)
  }
})

// Every family's lines, mixed at random: the pages people paste, cut and joined anyhow.
const pageLines = readPages().flatMap((page) => page.text.split(/\r?\n/))
const pageMixture = fc
  .array(fc.tuple(fc.constantFrom(...pageLines), fc.constantFrom('\n', '\r\n', '\n\n', '')), {maxLength: 80})
  .map((parts) => parts.map(([line, ending]) => line + ending).join(''))

test('page fixtures of every family and random mixtures of their lines keep the partition, deterministically', () => {
  for (const page of readPages()) {
    const dump = splitDump(page.text)
    expectPartition(dump, page.text.length)
    expectArticlesFromTheirSpans(dump, page.text)
  }
  fc.assert(
    fc.property(pageMixture, (text) => {
      const dump = splitDump(text)
      expectPartition(dump, text.length)
      expectDumpShape(dump, text.length)
      expectArticlesFromTheirSpans(dump, text)
      expect(splitDump(text)).toEqual(dump)
    }),
    {numRuns: 300}
  )
})
