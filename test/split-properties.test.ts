import fc from 'fast-check'
import {expect, test} from 'vitest'
import {splitDump, type Dump} from '../src/index.js'
import {expectPartition} from './partition.js'
import {dumpArbitrary} from './arbitraries.js'

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
      const dump = splitDump(text)
      expectPartition(dump, text.length)
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
