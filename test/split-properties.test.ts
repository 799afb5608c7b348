import fc from 'fast-check'
import {expect, test} from 'vitest'
import {splitDump, type Dump} from '../src/index.js'
import {expectPartition} from './partition.js'

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

// Lines that exercise the rules: headers, chrome, separators, subheads,
// timestamps, and ordinary prose; joined by every kind of line ending.
const lineArbitrary = fc.oneof(
  fc.constantFrom(
    'Reuters', '- Reuters', '2 hours ago', 'an hour ago', 'The Guardian', '- The Guardian', 'Hashtags',
    'Related Articles', 'Comments', 'No comments yet...', '-', '—', '- Five killed in strikes -', '',
    ' ', '\t', 'Advertisement', 'A title line', 'A body sentence that ends.', 'A body cut off in the',
    '___', '#shorts', 'Explore what Daily8 AI can do for you:', 'July 27 (Reuters) - Text follows.'
  ),
  fc.string({maxLength: 30}),
  fc.string({unit: 'grapheme', maxLength: 20})
)
const endingArbitrary = fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\n\n', '\n\n\n')
const dumpArbitrary = fc
  .array(fc.tuple(lineArbitrary, endingArbitrary), {maxLength: 60})
  .chain((lines) =>
    fc.tuple(fc.boolean(), fc.boolean()).map(([bom, finalNewline]) => {
      let text = lines.map(([line, ending]) => line + ending).join('')
      if (!finalNewline) text = text.replace(/[\n\r\u2028\u2029\u0085]+$/, '')
      return (bom ? '\uFEFF' : '') + text
    })
  )

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
