import {expect, test} from 'vitest'
import * as api from '../src/index.js'

// The error contract (docs/security.md): a value of the wrong type is a
// TypeError, a value out of range or malformed data a RangeError (or a
// TypeError where the data is not even the right kind of thing), and every
// message names the value. One row per public function.
const fp = api.fingerprint('Russia and Ukraine agreed to swap prisoners.')
const cases: Array<[string, () => unknown, ErrorConstructor, string]> = [
  ['splitDump: text', () => api.splitDump(42 as never), TypeError, 'Expected text as a string, not `number` (42)'],
  ['splitDump: reference', () => api.splitDump('x', {reference: 'soon'}), RangeError, 'Expected a valid reference time, not `string` ("soon")'],
  ['normalizeOutlet', () => api.normalizeOutlet(1 as never), TypeError, 'Expected string, not `number` (1)'],
  ['normalizeTimestamp: raw', () => api.normalizeTimestamp(null as never), TypeError, 'Expected a timestamp as a string, not `null`'],
  ['normalizeTimestamp: reference', () => api.normalizeTimestamp('2 hours ago', {reference: Number.NaN}), RangeError, 'Expected a valid reference time, not `number` (NaN)'],
  ['parseDateline', () => api.parseDateline([] as never), TypeError, 'Expected text as a string, not `array`'],
  ['similarity', () => api.similarity(1 as never, 'x'), TypeError, 'Expected `a` to be text or an article, not `number` (1)'],
  ['fingerprint: item', () => api.fingerprint(1 as never), TypeError, 'Expected text or an article, not `number` (1)'],
  ['fingerprint: permutations', () => api.fingerprint('x', {permutations: 0}), RangeError, 'Expected `permutations` to be an integer from 1 to 1024, not `number` (0)'],
  ['findDuplicates: threshold', () => api.findDuplicates(['a'], {threshold: 1.5}), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (1.5)'],
  ['findDuplicates: items', () => api.findDuplicates('abc' as never), TypeError, 'Expected `items` to be an array of texts or articles, not `string` ("abc")'],
  ['clusterStories: threshold', () => api.clusterStories(['a'], {threshold: -1}), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (-1)'],
  ['lshKeys: malformed fingerprint', () => api.lshKeys({minhash: [1, 2]} as never), RangeError, 'Expected `fp.version` to be 2 (or 1, the format of newsdump 0.1), not `undefined`'],
  ['lshKeys: threshold', () => api.lshKeys(fp, {threshold: 0}), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (0)'],
  ['estimateResemblance: mismatched', () => api.estimateResemblance(fp, {...fp, minhash: fp.minhash.slice(0, 5)}), RangeError, 'Expected `b.minhash` to be base64 of 128 values (its `permutations`)'],
  ['fingerprintValues: not a fingerprint', () => api.fingerprintValues({version: 2} as never), RangeError, "Expected `fingerprint.algorithm` to be 'oph-densified', not `undefined`"],
  ['indexFromJSON: not an index', () => api.indexFromJSON({version: 9}), TypeError, "Expected a similarity index (`type: 'newsdump-similarity-index'`), not `object`"],
  ['createIndex: threshold', () => api.createIndex({threshold: 2}), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (2)'],
  ['index.query: k', () => api.createIndex().query('x', {k: -1}), RangeError, 'Expected `k` to be a whole number, not `number` (-1)'],
  ['createCorpusStats', () => api.createCorpusStats('x' as never), TypeError, 'Expected an array of texts or articles, not `string` ("x")'],
  ['createOutletRegistry', () => api.createOutletRegistry([{id: 1} as never]), TypeError, 'Expected `id` of outlet entry 0 to be a string, not `number` (1)'],
  ['toNlcst', () => api.toNlcst(5 as never), TypeError, 'Expected text or an article, not `number` (5)'],
  ['candidateBands', () => api.candidateBands(2, 128), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (2)'],
  ['optimalBands', () => api.optimalBands(0.8, 0), RangeError, 'Expected `permutations` to be an integer from 1 to 1024, not `number` (0)']
]

test.each(cases)('%s', (_name, call, type, message) => {
  expect(call).toThrow(type)
  expect(call).toThrow(message)
})

test('splitDumpStream and collectDumpStream reject a source that is no function', async () => {
  await expect(api.collectDumpStream(5 as never)).rejects.toThrow(new TypeError('Expected a function that opens the source, not `number` (5)'))
})

test('every runtime export has a bad-call case, or takes no argument it could reject', () => {
  const covered = new Set(cases.map(([name]) => name.split(':')[0]!.split('.')[0]!))
  for (const name of ['createIndex', 'indexFromJSON']) covered.add(name)
  const exempt = new Set(['getDefaultOutletRegistry', 'timestampRules', 'defaultHeaderShapes', 'matchOutlet', 'matchTimestamp', 'nlcstWords', 'splitDumpStream', 'collectDumpStream'])
  expect(Object.keys(api).filter((name) => !covered.has(name) && !exempt.has(name))).toEqual([])
})

test('corpus statistics passed in are checked: no NaN score, no link from bad statistics', () => {
  const a = 'Talks between Russia and Ukraine resumed in Istanbul on Wednesday.'
  const b = 'Russia and Ukraine resumed talks in Istanbul on Wednesday, officials said.'
  const bad = {documents: Number.NaN, frequencies: new Map<string, number>()}
  expect(() => api.similarity(a, b, {stats: bad})).toThrow('Expected `stats.documents` to be a finite number of at least 1, not `number` (NaN)')
  expect(() => api.clusterStories([a, b], {stats: bad})).toThrow(RangeError)
  expect(() => api.similarity(a, b, {stats: {documents: 10, frequencies: new Map([['talk', -1]])}})).toThrow(
    'Expected `stats.frequencies` of "talk" to be a number from 0 to 10 (`documents`), not `number` (-1)'
  )
  expect(() => api.similarity(a, b, {stats: {documents: 10, frequencies: {} as never}})).toThrow(TypeError)
  expect(() => api.similarity(a, b, {stats: {documents: 10, frequencies: new Map(), unseen: Number.POSITIVE_INFINITY}})).toThrow(RangeError)
  // Good statistics still score.
  const stats = api.createCorpusStats([a, b, 'Heavy rain flooded the city centre.'])
  expect(Number.isFinite(api.similarity(a, b, {stats}).score)).toBe(true)
})
