import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {splitDump} from '../src/index.js'
import {collectDumpStream, splitDumpStream} from '../src/split/stream.js'
import {forcedCutWarning, MAX_PAGE_LENGTH, MAX_PAGE_LENGTH_HARD, MAX_PAGE_LINES_HARD} from '../src/split/segment.js'
import {dumpArbitrary} from './arbitraries.js'
import {expectPartition} from './partition.js'
import {readPages} from './pages.js'

const folder = new URL('../fixtures/', import.meta.url)
const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()

/** Cut a text into chunks at the given sizes (cycled): anywhere, even inside `\r\n` or a surrogate pair. */
function chunked(text: string, sizes: readonly number[]): () => string[] {
  return () => {
    const chunks: string[] = []
    let offset = 0
    for (let index = 0; offset < text.length; index++) {
      const size = Math.max(1, sizes[index % sizes.length]!)
      chunks.push(text.slice(offset, offset + size))
      offset += size
    }
    return chunks
  }
}

describe('splitDumpStream gives what splitDump gives', () => {
  test.each(names)('%s, in chunks of 1, 7, 64 and 4096', async (name) => {
    const text = readFileSync(new URL(name, folder), 'utf8')
    const expected = splitDump(text, {reference: '2025-07-28T00:00:00Z'})
    for (const size of [1, 7, 64, 4096]) {
      expect(await collectDumpStream(chunked(text, [size]), {reference: '2025-07-28T00:00:00Z'})).toEqual(expected)
    }
  })

  test.each(readPages().map((page) => [page.name, page.text] as const))('page %s, in chunks of 3 and 500', async (_name, text) => {
    for (const size of [3, 500]) expect(await collectDumpStream(chunked(text, [size]))).toEqual(splitDump(text))
  })

  test('random mixtures of every family\'s lines, cut anywhere', async () => {
    const lines = readPages().flatMap((page) => page.text.split('\n'))
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...lines), {maxLength: 60}), fc.array(fc.integer({min: 1, max: 90}), {minLength: 1, maxLength: 5}), async (picked, sizes) => {
        const text = picked.join('\n')
        expect(await collectDumpStream(chunked(text, sizes))).toEqual(splitDump(text))
      }),
      {numRuns: 150}
    )
  })

  test('arbitrary dumps cut anywhere, from async sources too', async () => {
    await fc.assert(
      fc.asyncProperty(dumpArbitrary, fc.array(fc.integer({min: 1, max: 40}), {minLength: 1, maxLength: 8}), fc.boolean(), async (text, sizes, asynchronous) => {
        const chunks = chunked(text, sizes)
        const open = asynchronous
          ? async function* () {
              yield* chunks()
            }
          : chunks
        expect(await collectDumpStream(open)).toEqual(splitDump(text))
      }),
      {numRuns: 400}
    )
  })

  test('events come in text order and cover it', async () => {
    const text = readFileSync(new URL('000_d00be9bfc94f70d2.txt', folder), 'utf8')
    const kinds: string[] = []
    let offset = 0
    for await (const event of splitDumpStream(chunked(text, [100]))) {
      kinds.push(event.type)
      if (event.type === 'article') {
        expect(event.article.span.start).toBe(offset)
        offset = event.article.span.end
      } else if (event.type === 'boilerplate') {
        expect(event.span.start).toBe(offset)
        offset = event.span.end
      } else if (event.type === 'end') {
        expect(event.length).toBe(text.length)
      }
    }
    expect(offset).toBe(text.length)
    expect(kinds).toEqual(['layout', 'boilerplate', 'article', 'boilerplate', 'article', 'boilerplate', 'article', 'boilerplate', 'article', 'end'])
  })

  test('empty sources, a lone byte-order mark, and a listing that is really plain', async () => {
    for (const text of ['', '\uFEFF', '\n\n', '-\n-\nOnly one item\n-\n', 'Reuters\n2 hours ago\n- Reuters\n']) {
      expect(await collectDumpStream(() => [text])).toEqual(splitDump(text))
    }
  })

  test('bad calls', async () => {
    await expect(collectDumpStream('text' as never)).rejects.toThrow(new TypeError('Expected a function that opens the source, not `string` ("text")'))
    await expect(collectDumpStream(() => [new Uint8Array(3)] as never)).rejects.toThrow('Expected chunks of text, not `object`')
    await expect(collectDumpStream(() => ['x'], {reference: 'soon'})).rejects.toThrow(RangeError)
  })
})

describe('long dumps: pages cut the same way in a stream', () => {
  test('a dump past the page limits splits alike from memory and from a stream', async () => {
    const block = readFileSync(new URL('106_many_related.txt', folder), 'utf8')
    const text = block.repeat(60)
    expect(text.split('\n').length).toBeGreaterThan(5000)
    expect(await collectDumpStream(chunked(text, [1000]))).toEqual(splitDump(text))
  })

  test('runs of blank lines longer than a page, and one long line, keep the partition', async () => {
    const text = 'Title\nBody.\n' + '\n'.repeat(12_000) + 'x'.repeat(300_000) + '\n\n' + 'Reuters\n2 hours ago\n- Reuters\nT\nB.\n'
    const dump = splitDump(text)
    expect(await collectDumpStream(chunked(text, [4096]))).toEqual(dump)
    expect(dump.articles.map((article) => article.title)).toEqual(['Title', 'x'.repeat(300_000), 'T'])
  })

  // A `-`-separated listing with no blank line, 1,000 code units an item:
  // no page limit but the hard one can cut it.
  const listing = (items: number): string =>
    Array.from({length: items}, (_, index) => `Markets rally as item ${index} closes higher`.padEnd(60, '!') + '\n' + `The index rose in early trade on item ${index}. `.repeat(30).slice(0, 935) + '.\n-\n').join('')

  test('a page past the hard length without a blank line is cut at a line, with a warning', async () => {
    const text = listing(5500)
    expect(text.length).toBe(5_500_000)
    const dump = splitDump(text)
    expectPartition(dump, text.length)
    // Pages of just over 2,000,000 code units: two cuts, the rest a page of 1,500,000.
    expect(dump.warnings).toContain(forcedCutWarning(2))
    expect(await collectDumpStream(chunked(text, [65_536, 777]))).toEqual(dump)
  })

  test('a page past the hard line count is cut too; one under both limits is not', async () => {
    const short = Array.from({length: MAX_PAGE_LINES_HARD + 50}, (_, index) => `Item ${index}`).join('\n')
    expect(short.length).toBeLessThan(MAX_PAGE_LENGTH)
    const cut = splitDump(short)
    expect(cut.warnings).toContain(forcedCutWarning(1))
    expect(await collectDumpStream(chunked(short, [4096]))).toEqual(cut)
    const under = listing(1900)
    expect(under.length).toBeLessThan(MAX_PAGE_LENGTH_HARD)
    expect(splitDump(under).warnings.some((warning) => warning.includes('cut at a line'))).toBe(false)
  })
})

describe('how often the source is opened', () => {
  const opened = (text: string): {open: () => string[]; count: () => number} => {
    let count = 0
    return {open: () => (count++, chunked(text, [4096])()), count: () => count}
  }

  test('a source within one page is read once, a larger one twice, with the same result', async () => {
    const small = readFileSync(new URL('106_many_related.txt', folder), 'utf8')
    const one = opened(small)
    expect(await collectDumpStream(one.open)).toEqual(splitDump(small))
    expect(one.count()).toBe(1)
    const large = small.repeat(Math.ceil((MAX_PAGE_LENGTH + 1) / small.length))
    const two = opened(large)
    expect(await collectDumpStream(two.open)).toEqual(splitDump(large))
    expect(two.count()).toBe(2)
  })
})
