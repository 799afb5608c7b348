import {describe as group, expect, test} from 'vitest'
import * as main from '../src/index.js'
import * as outletsEntry from '../src/outlets.js'

// The error contract, one table over every export of both entry points
// (`newsdump` and `newsdump/outlets`) and the methods of a similarity index:
// for each function that takes options, `null` and `undefined` give what no
// options give, and each value that is no object is a TypeError naming the
// parameter; for each, one bad value of its first argument, with its class
// and whole message. test/errors.test.ts holds the many bad values per
// parameter; this table is what makes a new export come with its rows. The
// messages are written out by hand from docs/security.md, not taken from the
// code.
const story = 'Russia and Ukraine agreed to swap prisoners of war in Istanbul on Wednesday, officials said.'
const rewrite = 'Russia and Ukraine agreed on Wednesday to swap prisoners of war, officials in Istanbul said.'
const dump = 'Reuters\n2 hours ago\n- Reuters\nTalks resume\nRussia and Ukraine agreed to swap prisoners.\n'
const fp = main.fingerprint(story)
const index = main.createIndex()
index.add('a', story)
const json = index.toJSON()
const revoked = (): unknown => {
  const {proxy, revoke} = Proxy.revocable({}, {})
  revoke()
  return proxy
}

/** Values that are neither an object nor `null`/`undefined`, each with the description a message gives it. */
const notObjects: Array<[unknown, string]> = [
  [42, '`number` (42)'],
  ['soon', '`string` ("soon")'],
  [true, '`boolean` (true)'],
  [[], '`array`'],
  [Symbol('s'), '`symbol`'],
  [10n, '`bigint` (10)'],
  [() => ({}), '`function`'],
  [revoked(), '`object` (revoked Proxy)']
]
const objectExpected = (name: string): string => `Expected \`${name}\` to be an object (or \`null\`/\`undefined\` for none), not `

type Bad = [call: () => unknown, type: ErrorConstructor, message: string]
interface Entry {
  /**
   * The function called with good arguments and, when it takes options,
   * `...options` in their place (nothing, `null`, `undefined`, a bad value).
   * A promise it returns is awaited: a rejection counts as a throw.
   */
  options?: (...options: unknown[]) => unknown
  /** Turn a result into plain data to compare (a registry, an index, a stream). */
  read?: (result: never) => unknown
  /** The optional argument's name when it is not `options`. */
  name?: string
  /** Values of the wrong type for it, and the message's start (default: `notObjects`, "to be an object"). */
  wrong?: {values: Array<[unknown, string]>; message: string}
  /** One bad value of the first argument. */
  bad?: Bad
  /** Why the export has no row to reject: it takes no argument. */
  none?: string
}

async function settle(call: () => unknown): Promise<{value: unknown} | {error: unknown}> {
  try {
    const result = call()
    return {value: result instanceof Promise ? await result : result}
  } catch (error) {
    return {error}
  }
}

const events = async (stream: AsyncIterable<unknown>): Promise<unknown[]> => {
  const all: unknown[] = []
  for await (const event of stream) all.push(event)
  return all
}

const table: Record<string, Entry> = {
  splitDump: {
    options: (...o) => main.splitDump(dump, ...(o as [never])),
    bad: [() => main.splitDump(42 as never), TypeError, 'Expected text as a string, not `number` (42)']
  },
  splitDumpStream: {
    // Read only to compare: the checks run at the call, when nothing is read.
    options: (...o) => main.splitDumpStream(() => [dump], ...(o as [never])),
    read: (stream: AsyncIterable<unknown>) => events(stream),
    bad: [() => main.splitDumpStream(5 as never), TypeError, 'Expected a function that opens the source, not `number` (5)']
  },
  collectDumpStream: {
    options: (...o) => main.collectDumpStream(() => [dump], ...(o as [never])),
    bad: [() => main.collectDumpStream(() => 42 as never), TypeError, 'Expected the source function to return an iterable or async iterable of strings, not `number` (42)']
  },
  defaultHeaderShapes: {none: 'a constant'},
  normalizeOutlet: {
    options: (...o) => main.normalizeOutlet('- Reuters', ...(o as [never])),
    bad: [() => main.normalizeOutlet(1 as never), TypeError, 'Expected `raw` to be a string, not `number` (1)']
  },
  matchOutlet: {
    options: (...o) => main.matchOutlet('- Reuters', ...(o as [never])),
    bad: [() => main.matchOutlet(['Reuters'] as never), TypeError, 'Expected `raw` to be a string, not `array`']
  },
  createOutletRegistry: {
    options: (...o) => main.createOutletRegistry([{id: 'foo-news', name: 'Foo News', domain: 'foo.example', aliases: ['Foo']}], ...(o as [never])),
    read: (registry: {entries: unknown}) => registry.entries,
    bad: [() => main.createOutletRegistry('x' as never), TypeError, 'Expected `entries` to be an array of outlet entries, not `string` ("x")']
  },
  getDefaultOutletRegistry: {none: 'takes no argument'},
  normalizeTimestamp: {
    options: (...o) => main.normalizeTimestamp('2 hours ago', ...(o as [never])),
    bad: [() => main.normalizeTimestamp(null as never), TypeError, 'Expected a timestamp as a string, not `null`']
  },
  matchTimestamp: {
    options: (...o) => main.matchTimestamp('2 hours ago', ...(o as [never])),
    bad: [() => main.matchTimestamp('2 hours ago', {rules: 1 as never}), TypeError, 'Expected `rules` to be an array of timestamp rules, not `number` (1)']
  },
  timestampRules: {none: 'a constant'},
  parseDateline: {
    options: (...o) => main.parseDateline('LONDON (Reuters) - Prices rose', ...(o as [never])),
    bad: [() => main.parseDateline([] as never), TypeError, 'Expected text as a string, not `array`']
  },
  similarity: {
    options: (...o) => main.similarity(story, rewrite, ...(o as [never])),
    bad: [() => main.similarity({title: 'T', paragraphs: [1, {}, null]} as never, story), TypeError, 'Expected `a.paragraphs[0]` to be a string, not `number` (1)']
  },
  createCorpusStats: {
    bad: [() => main.createCorpusStats(['a', 'b', Symbol('c')] as never), TypeError, 'Expected `items[2]` to be text or an article, not `symbol`']
  },
  fingerprint: {
    options: (...o) => main.fingerprint(story, ...(o as [never])),
    bad: [() => main.fingerprint({title: 'T', paragraphs: ['ok', Symbol('p')]} as never), TypeError, 'Expected `item.paragraphs[1]` to be a string, not `symbol`']
  },
  fingerprintValues: {
    bad: [() => main.fingerprintValues({} as never), RangeError, 'Expected `fp.version` to be 2 (or 1, the format of newsdump 0.1), not `undefined`']
  },
  estimateResemblance: {
    bad: [() => main.estimateResemblance(null as never, fp), TypeError, 'Expected `a` to be a fingerprint, not `null`']
  },
  findDuplicates: {
    options: (...o) => main.findDuplicates([story, rewrite, story], ...(o as [never])),
    bad: [() => main.findDuplicates([story, story, story, story, 4] as never), TypeError, 'Expected `items[4]` to be text or an article, not `number` (4)']
  },
  clusterStories: {
    options: (...o) => main.clusterStories([story, rewrite, story], ...(o as [never])),
    bad: [() => main.clusterStories([story, undefined] as never), TypeError, 'Expected `items[1]` to be text or an article, not `undefined`']
  },
  createIndex: {
    options: (...o) => main.createIndex(...(o as [never])),
    read: (made: {toJSON: () => unknown}) => made.toJSON(),
    bad: [() => main.createIndex({threshold: 2}), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (2)']
  },
  indexFromJSON: {
    bad: [() => main.indexFromJSON({...json, seed: 2 ** 33}), RangeError, 'Expected `seed` to be an unsigned 32-bit integer, not `number` (8589934592)']
  },
  lshKeys: {
    options: (...o) => main.lshKeys(fp, ...(o as [never])),
    bad: [() => main.lshKeys(fp, {threshold: 0}), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (0)']
  },
  optimalBands: {
    options: (...o) => main.optimalBands(0.8, 128, ...(o as [never])),
    name: 'weights',
    wrong: {values: notObjects, message: 'Expected `weights` to be {falsePositive, falseNegative} numbers, not '},
    bad: [() => main.optimalBands(0.8, 128, {falsePositive: 0, falseNegative: 1}), RangeError, 'Expected `weights.falsePositive` to be a positive finite number, not `number` (0)']
  },
  candidateBands: {
    options: (...o) => main.candidateBands(0.8, 128, ...(o as [never])),
    name: 'recall',
    // `recall` is a number: an object is as wrong as a string.
    wrong: {values: [['0.9', '`string` ("0.9")'], [{}, '`object`'], [[0.9], '`array`'], [true, '`boolean` (true)'], [10n, '`bigint` (10)']], message: 'Expected `recall` to be a number, not '},
    bad: [() => main.candidateBands(0.8, 128, Number.NaN), RangeError, 'Expected `recall` to be a probability in (0, 1], not `number` (NaN)']
  },
  toNlcst: {
    bad: [() => main.toNlcst({title: 'T', paragraphs: ['ok', Symbol('p')]} as never), TypeError, 'Expected `item.paragraphs[1]` to be a string, not `symbol`']
  },
  nlcstWords: {
    bad: [() => main.nlcstWords({title: 'T', paragraphs: [1, {}, null]} as never), TypeError, 'Expected `item.paragraphs[0]` to be a string, not `number` (1)']
  },
  // newsdump/outlets
  getFullOutletRegistry: {none: 'takes no argument'},
  // The methods of a similarity index (`createIndex`, `indexFromJSON`).
  'index.add': {
    bad: [() => main.createIndex().add(1 as never, story), TypeError, 'Expected `id` to be a string, not `number` (1)']
  },
  'index.query': {
    options: (...o) => index.query(rewrite, ...(o as [never])),
    bad: [() => index.query(story, {k: -1}), RangeError, 'Expected `k` to be a whole number, not `number` (-1)']
  },
  'index.has': {
    bad: [() => index.has(1 as never), TypeError, 'Expected `id` to be a string, not `number` (1)']
  },
  'index.remove': {
    bad: [() => index.remove(null as never), TypeError, 'Expected `id` to be a string, not `null`']
  },
  'index.toJSON': {none: 'takes no argument'}
}

test('the table has one entry per export of both entry points, and no other', () => {
  const exported = [...Object.keys(main), ...Object.keys(outletsEntry)].sort()
  const listed = Object.keys(table).filter((name) => !name.startsWith('index.')).sort()
  expect(listed).toEqual(exported)
  // And per method the `SimilarityIndex` type declares.
  const methods = ['add', 'has', 'query', 'remove', 'toJSON']
  expect(Object.keys(table).filter((name) => name.startsWith('index.')).map((name) => name.slice(6)).sort()).toEqual(methods)
  for (const method of methods) expect(typeof (index as unknown as Record<string, unknown>)[method], method).toBe('function')
})

test('an export with no bad row takes no argument', () => {
  for (const [name, entry] of Object.entries(table)) {
    if (entry.bad) continue
    expect(entry.none, name).toBeTypeOf('string')
    const value = name.startsWith('index.') ? (index as unknown as Record<string, unknown>)[name.slice(6)] : {...main, ...outletsEntry}[name as keyof typeof main]
    if (typeof value === 'function') expect(value.length, name).toBe(0)
  }
})

const withOptions = Object.entries(table).filter(([, entry]) => entry.options !== undefined)
const withBad = Object.entries(table).filter(([, entry]) => entry.bad !== undefined)

group('options: null and undefined are none, anything else but an object a TypeError', () => {
  test.each(withOptions)('%s', async (name, entry) => {
    const call = entry.options!
    const read = entry.read ?? ((value: unknown) => value)
    const none = await settle(() => call())
    expect(none, name).toHaveProperty('value')
    const expected = await read((none as {value: never}).value)
    for (const given of [null, undefined]) {
      const outcome = await settle(() => call(given))
      expect(outcome, `${name}(…, ${String(given)})`).toHaveProperty('value')
      expect(await read((outcome as {value: never}).value), `${name}(…, ${String(given)})`).toEqual(expected)
    }
    const wrong = entry.wrong ?? {values: notObjects, message: objectExpected(entry.name ?? 'options')}
    for (const [value, described] of wrong.values) {
      const outcome = await settle(() => call(value))
      expect(outcome, `${name}(…, ${described})`).toHaveProperty('error')
      const {error} = outcome as {error: Error}
      expect(error.constructor, `${name}(…, ${described}): ${error.message}`).toBe(TypeError)
      expect(error.message).toBe(wrong.message + described)
    }
  })
})

group('one bad value each: the exact class and message, at the call', () => {
  test.each(withBad)('%s', async (name, entry) => {
    const [call, type, message] = entry.bad!
    const outcome = await settle(call)
    expect(outcome, name).toHaveProperty('error')
    const {error} = outcome as {error: Error}
    expect(error.constructor, `${name}: ${String(error)}`).toBe(type)
    expect(error.message).toBe(message)
  })

  test('streams: splitDumpStream throws at the call, collectDumpStream rejects before opening', async () => {
    // settle() awaits promises, so check here that the stream's error is
    // synchronous and the collector's a rejection.
    expect(() => main.splitDumpStream(5 as never)).toThrow(TypeError)
    let opened = 0
    const pending = main.collectDumpStream(() => {
      opened++
      return [dump]
    }, 42 as never)
    expect(pending).toBeInstanceOf(Promise)
    await expect(pending).rejects.toThrow(new TypeError(objectExpected('options') + '`number` (42)'))
    expect(opened).toBe(0)
  })
})
