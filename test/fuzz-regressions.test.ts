// Failures `npm run fuzz` found, each fixed and kept here with the seed that
// found it (replay: `npm run fuzz -- --seed=<seed>`).
import {expect, test} from 'vitest'
import {collectDumpStream, splitDump, splitDumpStream} from '../src/index.js'
import {expectDumpShape, expectPartition} from './partition.js'

test('seed 1617445431: a reference in year 10000 gives extended-year ISO times, not a broken shape', () => {
  const text = 'News24\n3h ago\nThe airport will add six night flights a week from October after the regulator approved its application.\n'
  // 10000-01-01T02:30:00Z; `3h ago` is 2.5 h (rounded to nearest) to 4 h (rounded down) old.
  const reference = 253_402_309_800_000
  const dump = splitDump(text, {reference})
  expectPartition(dump, text.length)
  expectDumpShape(dump, text.length)
  const published = dump.articles.find((article) => article.published !== null)?.published
  expect(published?.latest).toBe('+010000-01-01T00:00:00.000Z')
  expect(published?.earliest).toBe('9999-12-31T22:30:00.001Z')
})

test('collectDumpStream property (added with it): a chunk that is a revoked Proxy gets the contract\'s message, not the engine\'s', async () => {
  // `for await` over an array reads `then` of each chunk before the loop
  // body could check it; the check now runs as each chunk is taken.
  const {proxy, revoke} = Proxy.revocable({}, {})
  revoke()
  const message = "Expected chunks of text, not `object` (revoked Proxy): decode bytes first (for instance, createReadStream(path, {encoding: 'utf8'}))"
  await expect(collectDumpStream(() => ['Reuters\n', proxy as never])).rejects.toThrow(new TypeError(message))
  const stream = splitDumpStream(() => [proxy as never])
  await expect(stream.next()).rejects.toThrow(new TypeError(message))
  // A generator of the caller's is read the same way; good chunks still split.
  expect(await collectDumpStream(function* () {
    yield 'Reuters\n2 hours ago\n'
    yield '- Reuters\nTalks resume\n'
  })).toEqual(splitDump('Reuters\n2 hours ago\n- Reuters\nTalks resume\n'))
})

test('split-properties seed 1586259345: a Markdown link with text after it that is no outlet tail gives a title the line prints', () => {
  // The link's text and what followed it were joined into a title the text does not hold
  // (`Fosters buys stake in winemaker — _Drinks Business Review_Skip to main content`).
  const text = '- [Fosters buys stake in winemaker](https://example.net/fosters-southcorp) — _Drinks Business Review_Skip to main content\nBBC leads interactive Bafta wins\n'
  const dump = splitDump(text)
  expectPartition(dump, text.length)
  expect(dump.articles.map((article) => article.title)).toEqual(['Fosters buys stake in winemaker', 'BBC leads interactive Bafta wins'])
  // A taken tail still leaves the link's text as the title, the outlet its own.
  const tailed = splitDump('- [Fosters buys stake in winemaker](https://example.net/a) — Reuters\n- [BBC leads interactive Bafta wins](https://example.net/b) — Reuters\n')
  expect(tailed.articles.map((article) => [article.title, article.outlet?.raw ?? null])).toEqual([
    ['Fosters buys stake in winemaker', 'Reuters'],
    ['BBC leads interactive Bafta wins', 'Reuters']
  ])
})
