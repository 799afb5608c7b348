import {describe as group, expect, test} from 'vitest'
import * as api from '../src/index.js'
import {describe, quote} from '../src/describe.js'

// The error contract (docs/security.md): `null` and `undefined` mean "not
// given" (for options and for each option); a value of the wrong type is a
// TypeError, a value of the right type out of range a RangeError; every
// message names the parameter and describes the value, cut when long; every
// check runs at the call. One row per bad value per parameter per export;
// each asserts the class and the whole message.
const story = 'Russia and Ukraine agreed to swap prisoners of war in Istanbul on Wednesday, officials said.'
const fp = api.fingerprint(story)
const index = api.createIndex()
index.add('a', story)
const json = index.toJSON()
const realDate = new Date('2025-07-23T12:00:00Z')
const fakeDate = Object.create(Date.prototype) as Date
const proxyDate = new Proxy(realDate, {})
const badArticle = {title: 'T', paragraphs: [1, {}, null]} as never
const symbolArticle = {title: 'T', paragraphs: ['ok', Symbol('p')]} as never
const objectExpected = (name: string, value: string): string => `Expected \`${name}\` to be an object (or \`null\`/\`undefined\` for none), not ${value}`
const reference = (value: string): string => `Expected a valid reference time (a \`Date\`, an ISO 8601 string or epoch milliseconds), not ${value}`
const registry = 'Expected `outlets` to be an outlet registry (from `createOutletRegistry`), not '
const manyItems = Array.from({length: 5000}, (_, position) => (position === 4127 ? null : `Item ${position}`)) as never
/** A revoked Proxy (of an object, an array or a function): every operation on it throws. */
const revoked = (target: object = {}): never => {
  const {proxy, revoke} = Proxy.revocable(target, {})
  revoke()
  return proxy as never
}
const gone = '`object` (revoked Proxy)'

type Row = [string, () => unknown, ErrorConstructor, string]
const rows: Row[] = [
  // splitDump(text, options)
  ['splitDump: text number', () => api.splitDump(42 as never), TypeError, 'Expected text as a string, not `number` (42)'],
  ['splitDump: text null', () => api.splitDump(null as never), TypeError, 'Expected text as a string, not `null`'],
  ['splitDump: text String object', () => api.splitDump(new String('x') as never), TypeError, 'Expected text as a string, not `object`'],
  ['splitDump: text symbol', () => api.splitDump(Symbol('x') as never), TypeError, 'Expected text as a string, not `symbol`'],
  ['splitDump: options number', () => api.splitDump('x', 42 as never), TypeError, objectExpected('options', '`number` (42)')],
  ['splitDump: options string', () => api.splitDump('x', 'soon' as never), TypeError, objectExpected('options', '`string` ("soon")')],
  ['splitDump: options array', () => api.splitDump('x', [] as never), TypeError, objectExpected('options', '`array`')],
  ['splitDump: reference unparseable', () => api.splitDump('x', {reference: 'soon'}), RangeError, 'Expected a valid reference time, not `string` ("soon")'],
  ['splitDump: reference NaN', () => api.splitDump('x', {reference: Number.NaN}), RangeError, 'Expected a valid reference time, not `number` (NaN)'],
  ['splitDump: reference beyond Date', () => api.splitDump('x', {reference: 9e15}), RangeError, 'Expected a valid reference time, not `number` (9000000000000000)'],
  ['splitDump: reference Invalid Date', () => api.splitDump('x', {reference: new Date('nope')}), RangeError, 'Expected a valid reference time, not `Date` (Invalid Date)'],
  ['splitDump: reference object', () => api.splitDump('x', {reference: {} as never}), TypeError, reference('`object`')],
  ['splitDump: reference boolean', () => api.splitDump('x', {reference: true as never}), TypeError, reference('`boolean` (true)')],
  ['splitDump: reference Object.create(Date.prototype)', () => api.splitDump('x', {reference: fakeDate}), TypeError, reference('`object`')],
  ['splitDump: reference Proxy of a Date', () => api.splitDump('x', {reference: proxyDate}), TypeError, reference('`object`')],
  ['splitDump: outlets empty object', () => api.splitDump('x', {outlets: {} as never}), TypeError, registry + '`object`'],
  ['splitDump: outlets string', () => api.splitDump('x', {outlets: 'reuters' as never}), TypeError, registry + '`string` ("reuters")'],
  // splitDumpStream(open, options): thrown at the call, not when iterated
  ['splitDumpStream: open number', () => api.splitDumpStream(5 as never), TypeError, 'Expected a function that opens the source, not `number` (5)'],
  ['splitDumpStream: options number', () => api.splitDumpStream(() => ['x'], 42 as never), TypeError, objectExpected('options', '`number` (42)')],
  ['splitDumpStream: reference', () => api.splitDumpStream(() => ['x'], {reference: 'soon'}), RangeError, 'Expected a valid reference time, not `string` ("soon")'],
  ['splitDumpStream: outlets', () => api.splitDumpStream(() => ['x'], {outlets: {} as never}), TypeError, registry + '`object`'],
  // A revoked Proxy, wherever an object, array or function is read: the
  // contract's TypeError naming the parameter, never the engine's "Cannot
  // perform 'get' on a proxy that has been revoked".
  ['splitDump: text revoked', () => api.splitDump(revoked()), TypeError, `Expected text as a string, not ${gone}`],
  ['splitDump: options revoked', () => api.splitDump('x', revoked()), TypeError, objectExpected('options', gone)],
  ['splitDump: reference revoked', () => api.splitDump('x', {reference: revoked()}), TypeError, reference(gone)],
  ['splitDump: outlets revoked', () => api.splitDump('x', {outlets: revoked()}), TypeError, registry + gone],
  ['splitDump: headerShapes revoked', () => api.splitDump('x', {headerShapes: revoked()}), TypeError, `Expected \`headerShapes\` to be header shapes (such as \`defaultHeaderShapes\`), not ${gone}`],
  ['splitDumpStream: open revoked function', () => api.splitDumpStream(revoked(() => ['x'])), TypeError, 'Expected a function that opens the source, not `function` (revoked Proxy)'],
  ['splitDumpStream: open revoked', () => api.splitDumpStream(revoked()), TypeError, `Expected a function that opens the source, not ${gone}`],
  ['splitDumpStream: options revoked', () => api.splitDumpStream(() => ['x'], revoked()), TypeError, objectExpected('options', gone)],
  ['normalizeOutlet: options revoked', () => api.normalizeOutlet('Reuters', revoked()), TypeError, objectExpected('options', gone)],
  ['normalizeOutlet: outlets revoked', () => api.normalizeOutlet('Reuters', {outlets: revoked()}), TypeError, registry + gone],
  ['normalizeOutlet: outlets with a revoked byKey', () => api.normalizeOutlet('Reuters', {outlets: {entries: [], byKey: revoked(new Map())}}), TypeError, registry + '`object`'],
  ['matchOutlet: options revoked', () => api.matchOutlet('Reuters', revoked()), TypeError, objectExpected('options', gone)],
  ['createOutletRegistry: entries revoked', () => api.createOutletRegistry(revoked([])), TypeError, `Expected \`entries\` to be an array of outlet entries, not ${gone}`],
  ['createOutletRegistry: entry revoked', () => api.createOutletRegistry([revoked()]), TypeError, `Expected \`entries[0]\` to be an object, not ${gone}`],
  ['createOutletRegistry: aliases revoked', () => api.createOutletRegistry([{id: 'a', name: 'A', domain: null, aliases: revoked([])}]), TypeError, `Expected \`entries[0].aliases\` (of \`a\`) to be an array, not ${gone}`],
  ['createOutletRegistry: options revoked', () => api.createOutletRegistry([], revoked()), TypeError, objectExpected('options', gone)],
  ['createOutletRegistry: extend revoked', () => api.createOutletRegistry([], {extend: revoked()}), TypeError, `Expected \`extend\` to be an outlet registry, not ${gone}`],
  ['normalizeTimestamp: options revoked', () => api.normalizeTimestamp('2 hours ago', revoked()), TypeError, objectExpected('options', gone)],
  ['normalizeTimestamp: reference revoked', () => api.normalizeTimestamp('2 hours ago', {reference: revoked()}), TypeError, reference(gone)],
  ['matchTimestamp: rules revoked', () => api.matchTimestamp('2 hours ago', {rules: revoked([])}), TypeError, `Expected \`rules\` to be an array of timestamp rules, not ${gone}`],
  ['matchTimestamp: rule revoked', () => api.matchTimestamp('2 hours ago', {rules: [revoked()]}), TypeError, `Expected \`rules[0]\` to be {name: string, parse: function}, not ${gone}`],
  ['matchTimestamp: rule parse revoked', () => api.matchTimestamp('2 hours ago', {rules: [{name: 'x', parse: revoked(() => null)}]}), TypeError, 'Expected `rules[0]` to be {name: string, parse: function}, not `object`'],
  ['parseDateline: options revoked', () => api.parseDateline('LONDON — x', revoked()), TypeError, objectExpected('options', gone)],
  ['similarity: a revoked', () => api.similarity(revoked(), 'x'), TypeError, `Expected \`a\` to be text or an article, not ${gone}`],
  ['similarity: b paragraphs revoked', () => api.similarity('x', {title: 'T', paragraphs: revoked([])} as never), TypeError, `Expected \`b.paragraphs\` to be an array of strings, not ${gone}`],
  ['similarity: options revoked', () => api.similarity('x', 'y', revoked()), TypeError, objectExpected('options', gone)],
  ['similarity: stats revoked', () => api.similarity('x', 'y', {stats: revoked()}), TypeError, `Expected \`stats\` to be corpus statistics (from \`createCorpusStats\`), not ${gone}`],
  ['similarity: stats.frequencies revoked', () => api.similarity('x', 'y', {stats: {documents: 1, frequencies: revoked(new Map())}}), TypeError, `Expected \`stats.frequencies\` to be a Map, not ${gone}`],
  ['similarity: stats.frequencies a Proxy of a Map', () => api.similarity('x', 'y', {stats: {documents: 1, frequencies: new Proxy(new Map(), {})}}), TypeError, 'Expected `stats.frequencies` to be a Map, not `object`'],
  ['createCorpusStats: items revoked', () => api.createCorpusStats(revoked([])), TypeError, `Expected an array of texts or articles, not ${gone}`],
  ['fingerprint: item revoked', () => api.fingerprint(revoked()), TypeError, `Expected \`item\` to be text or an article, not ${gone}`],
  ['fingerprint: options revoked', () => api.fingerprint('x', revoked()), TypeError, objectExpected('options', gone)],
  ['fingerprintValues: fp revoked', () => api.fingerprintValues(revoked()), TypeError, `Expected \`fp\` to be a fingerprint, not ${gone}`],
  ['estimateResemblance: a revoked', () => api.estimateResemblance(revoked(), fp), TypeError, `Expected \`a\` to be a fingerprint, not ${gone}`],
  ['findDuplicates: items revoked', () => api.findDuplicates(revoked([])), TypeError, `Expected \`items\` to be an array of texts or articles, not ${gone}`],
  ['findDuplicates: item revoked', () => api.findDuplicates(['x', revoked()]), TypeError, `Expected \`items[1]\` to be text or an article, not ${gone}`],
  ['findDuplicates: options revoked', () => api.findDuplicates([], revoked()), TypeError, objectExpected('options', gone)],
  ['clusterStories: items revoked', () => api.clusterStories(revoked([])), TypeError, `Expected \`items\` to be an array of texts or articles, not ${gone}`],
  ['clusterStories: options revoked', () => api.clusterStories([], revoked()), TypeError, objectExpected('options', gone)],
  ['createIndex: options revoked', () => api.createIndex(revoked()), TypeError, objectExpected('options', gone)],
  ['index.add: item revoked', () => api.createIndex().add('x', revoked()), TypeError, `Expected \`item\` to be text or an article, not ${gone}`],
  ['index.query: item revoked', () => index.query(revoked()), TypeError, `Expected \`item\` to be text or an article, not ${gone}`],
  ['index.query: options revoked', () => index.query('x', revoked()), TypeError, objectExpected('options', gone)],
  ['indexFromJSON: json revoked', () => api.indexFromJSON(revoked()), TypeError, `Expected a similarity index (\`type: 'newsdump-similarity-index'\`), not ${gone}`],
  ['indexFromJSON: entries revoked', () => api.indexFromJSON({...json, entries: revoked([])}), TypeError, `Expected \`entries\` to be an array, not ${gone}`],
  ['indexFromJSON: entry revoked', () => api.indexFromJSON({...json, entries: [revoked()]}), TypeError, `Expected \`entries[0]\` to be an entry, not ${gone}`],
  ['lshKeys: fp revoked', () => api.lshKeys(revoked()), TypeError, `Expected \`fp\` to be a fingerprint, not ${gone}`],
  ['lshKeys: options revoked', () => api.lshKeys(fp, revoked()), TypeError, objectExpected('options', gone)],
  ['optimalBands: weights revoked', () => api.optimalBands(0.8, 128, revoked()), TypeError, `Expected \`weights\` to be {falsePositive, falseNegative} numbers, not ${gone}`],
  ['candidateBands: recall revoked', () => api.candidateBands(0.8, 128, revoked()), TypeError, `Expected \`recall\` to be a number, not ${gone}`],
  ['toNlcst: item revoked', () => api.toNlcst(revoked()), TypeError, `Expected \`item\` to be text or an article, not ${gone}`],
  ['nlcstWords: item revoked', () => api.nlcstWords(revoked()), TypeError, `Expected \`item\` to be text or an article, not ${gone}`],
  // headerShapes, checked at the call like every option
  ['splitDump: headerShapes number', () => api.splitDump('x', {headerShapes: 5 as never}), TypeError, 'Expected `headerShapes` to be header shapes (such as `defaultHeaderShapes`), not `number` (5)'],
  ['splitDump: headerShapes.oneLine', () => api.splitDump('x', {headerShapes: {...api.defaultHeaderShapes, oneLine: 5 as never}}), TypeError, 'Expected `headerShapes.oneLine` to be an array of one-line shapes, not `number` (5)'],
  ['splitDump: headerShapes.oneLine order', () => api.splitDump('x', {headerShapes: {...api.defaultHeaderShapes, oneLine: [{name: 'x', order: ['age', 'age'] as never, joins: [' · ']}]}}), RangeError, "Expected `headerShapes.oneLine[0].order` to be ['outlet', 'age'] or ['age', 'outlet'], not `array` of 2"],
  ['splitDump: headerShapes.oneLine join empty', () => api.splitDump('x', {headerShapes: {...api.defaultHeaderShapes, oneLine: [{name: 'x', order: ['age', 'outlet'], joins: [' · ', '']}]}}), RangeError, 'Expected `headerShapes.oneLine[0].joins[1]` to be a non-empty string, not `string` ("")'],
  ['splitDump: headerShapes.bylines', () => api.splitDump('x', {headerShapes: {...api.defaultHeaderShapes, bylines: null as never}}), TypeError, 'Expected `headerShapes.bylines` to be {prefixes, outletJoins}, not `null`'],
  ['splitDump: headerShapes.credits.ends', () => api.splitDump('x', {headerShapes: {...api.defaultHeaderShapes, credits: {joins: [], ends: [1] as never}}}), TypeError, 'Expected `headerShapes.credits.ends[0]` to be a string, not `number` (1)'],
  ['splitDump: headerShapes.excerptJoins', () => api.splitDump('x', {headerShapes: {...api.defaultHeaderShapes, excerptJoins: 'x' as never}}), TypeError, 'Expected `headerShapes.excerptJoins` to be an array of strings, not `string` ("x")'],
  ['splitDumpStream: headerShapes', () => api.splitDumpStream(() => ['x'], {headerShapes: {} as never}), TypeError, 'Expected `headerShapes.oneLine` to be an array of one-line shapes, not `undefined`'],
  // splitDumpStream's source: what its type tells, at the call
  ['splitDumpStream: an opened source (array)', () => api.splitDumpStream(['x'] as never), TypeError, "Expected a function that opens the source, not an opened source (`array`): the source is read twice, so pass a function that opens it, such as `() => createReadStream(path, {encoding: 'utf8'})`"],
  ['splitDumpStream: an opened source (async iterable)', () => api.splitDumpStream({async *[Symbol.asyncIterator]() {}} as never), TypeError, "Expected a function that opens the source, not an opened source (`object`): the source is read twice, so pass a function that opens it, such as `() => createReadStream(path, {encoding: 'utf8'})`"],
  ['splitDumpStream: an object that is no source', () => api.splitDumpStream({read: () => 'x'} as never), TypeError, 'Expected a function that opens the source, not `object`'],
  ['splitDumpStream: an async function', () => api.splitDumpStream((async () => ['x']) as never), TypeError, 'Expected a function that opens the source, not an `async` function: it returns a promise, never an iterable (return the stream itself, or make it an `async function*`)'],
  // normalizeOutlet / matchOutlet(raw, options)
  ['normalizeOutlet: raw number', () => api.normalizeOutlet(1 as never), TypeError, 'Expected `raw` to be a string, not `number` (1)'],
  ['normalizeOutlet: options number', () => api.normalizeOutlet('Reuters', 42 as never), TypeError, objectExpected('options', '`number` (42)')],
  ['normalizeOutlet: outlets', () => api.normalizeOutlet('Reuters', {outlets: {} as never}), TypeError, registry + '`object`'],
  ['matchOutlet: raw', () => api.matchOutlet(['Reuters'] as never), TypeError, 'Expected `raw` to be a string, not `array`'],
  ['matchOutlet: outlets', () => api.matchOutlet('Reuters', {outlets: {entries: []} as never}), TypeError, registry + '`object`'],
  // createOutletRegistry(entries, options)
  ['createOutletRegistry: entries', () => api.createOutletRegistry('x' as never), TypeError, 'Expected `entries` to be an array of outlet entries, not `string` ("x")'],
  ['createOutletRegistry: entry id', () => api.createOutletRegistry([{id: 1} as never]), TypeError, 'Expected `entries[0].id` to be a string, not `number` (1)'],
  ['createOutletRegistry: entry null', () => api.createOutletRegistry([null as never]), TypeError, 'Expected `entries[0]` to be an object, not `null`'],
  ['createOutletRegistry: long id is cut', () => api.createOutletRegistry([{id: 'Foo '.repeat(10_000), name: 'Foo', domain: null, aliases: []}]), RangeError, `Expected \`entries[0].id\` to be a slug such as \`the-guardian\`, not \`${'Foo '.repeat(10)}…\` (40000 characters)`],
  ['createOutletRegistry: options', () => api.createOutletRegistry([], 'x' as never), TypeError, objectExpected('options', '`string` ("x")')],
  ['createOutletRegistry: extend', () => api.createOutletRegistry([], {extend: {} as never}), TypeError, 'Expected `extend` to be an outlet registry, not `object`'],
  // normalizeTimestamp / matchTimestamp(raw, options)
  ['normalizeTimestamp: raw null', () => api.normalizeTimestamp(null as never), TypeError, 'Expected a timestamp as a string, not `null`'],
  ['normalizeTimestamp: options number', () => api.normalizeTimestamp('2 hours ago', 42 as never), TypeError, objectExpected('options', '`number` (42)')],
  ['normalizeTimestamp: reference NaN', () => api.normalizeTimestamp('2 hours ago', {reference: Number.NaN}), RangeError, 'Expected a valid reference time, not `number` (NaN)'],
  ['normalizeTimestamp: reference array', () => api.normalizeTimestamp('2 hours ago', {reference: [] as never}), TypeError, reference('`array`')],
  ['matchTimestamp: rules number', () => api.matchTimestamp('2 hours ago', {rules: 1 as never}), TypeError, 'Expected `rules` to be an array of timestamp rules, not `number` (1)'],
  ['matchTimestamp: rules element', () => api.matchTimestamp('2 hours ago', {rules: [...api.timestampRules, {name: 'x'} as never]}), TypeError, `Expected \`rules[${api.timestampRules.length}]\` to be {name: string, parse: function}, not \`object\``],
  ['matchTimestamp: rules checked on text no rule reads', () => api.matchTimestamp('', {rules: 'x' as never}), TypeError, 'Expected `rules` to be an array of timestamp rules, not `string` ("x")'],
  // parseDateline(text, options)
  ['parseDateline: text', () => api.parseDateline([] as never), TypeError, 'Expected text as a string, not `array`'],
  ['parseDateline: options number', () => api.parseDateline('LONDON — x', 42 as never), TypeError, objectExpected('options', '`number` (42)')],
  ['parseDateline: reference', () => api.parseDateline('LONDON — x', {reference: 'soon'}), RangeError, 'Expected a valid reference time, not `string` ("soon")'],
  ['parseDateline: outlets', () => api.parseDateline('no dateline here', {outlets: {} as never}), TypeError, registry + '`object`'],
  // similarity(a, b, options)
  ['similarity: a number', () => api.similarity(1 as never, 'x'), TypeError, 'Expected `a` to be text or an article, not `number` (1)'],
  ['similarity: b empty object', () => api.similarity('x', {} as never), TypeError, 'Expected `b` to be text or an article, not `object`'],
  ['similarity: b paragraph', () => api.similarity('x', {title: 'T', paragraphs: ['ok', 1]} as never), TypeError, 'Expected `b.paragraphs[1]` to be a string, not `number` (1)'],
  ['similarity: a title', () => api.similarity({title: 7, paragraphs: []} as never, 'x'), TypeError, 'Expected `a.title` to be a string, not `number` (7)'],
  ['similarity: a paragraphs', () => api.similarity({title: 'T', paragraphs: 'p'} as never, 'x'), TypeError, 'Expected `a.paragraphs` to be an array of strings, not `string` ("p")'],
  ['similarity: options number', () => api.similarity('x', 'y', 42 as never), TypeError, objectExpected('options', '`number` (42)')],
  ['similarity: explain', () => api.similarity('x', 'y', {explain: 'yes' as never}), TypeError, 'Expected `explain` to be a boolean, not `string` ("yes")'],
  ['similarity: stats number', () => api.similarity('x', 'y', {stats: 5 as never}), TypeError, 'Expected `stats` to be corpus statistics (from `createCorpusStats`), not `number` (5)'],
  ['similarity: stats documents', () => api.similarity('x', 'y', {stats: {documents: -1, frequencies: new Map()}}), RangeError, 'Expected `stats.documents` to be a count, not `number` (-1)'],
  ['similarity: stats frequencies', () => api.similarity('x', 'y', {stats: {documents: 1, frequencies: {} as never}}), TypeError, 'Expected `stats.frequencies` to be a Map, not `object`'],
  // createCorpusStats(items)
  ['createCorpusStats: items', () => api.createCorpusStats('x' as never), TypeError, 'Expected an array of texts or articles, not `string` ("x")'],
  ['createCorpusStats: element', () => api.createCorpusStats(['a', 2] as never), TypeError, 'Expected `items[1]` to be text or an article, not `number` (2)'],
  // fingerprint(item, options) / estimateResemblance(a, b)
  ['fingerprint: item number', () => api.fingerprint(1 as never), TypeError, 'Expected `item` to be text or an article, not `number` (1)'],
  ['fingerprint: item symbol paragraph', () => api.fingerprint(symbolArticle), TypeError, 'Expected `item.paragraphs[1]` to be a string, not `symbol`'],
  ['fingerprint: options number', () => api.fingerprint('x', 42 as never), TypeError, objectExpected('options', '`number` (42)')],
  ['fingerprint: permutations 0', () => api.fingerprint('x', {permutations: 0}), RangeError, 'Expected `permutations` to be an integer from 1 to 1024, not `number` (0)'],
  ['fingerprint: permutations string', () => api.fingerprint('x', {permutations: '8' as never}), TypeError, 'Expected `permutations` to be a number, not `string` ("8")'],
  ['fingerprint: seed -1', () => api.fingerprint('x', {seed: -1}), RangeError, 'Expected `seed` to be an unsigned 32-bit integer, not `number` (-1)'],
  ['fingerprint: seed 2^33', () => api.fingerprint('x', {seed: 2 ** 33}), RangeError, 'Expected `seed` to be an unsigned 32-bit integer, not `number` (8589934592)'],
  ['estimateResemblance: mismatched', () => api.estimateResemblance(fp, {...fp, minhash: fp.minhash.slice(0, 5)}), RangeError, 'Expected `b.minhash` to be base64 of 128 values (its `permutations`), not `string` ("jeS8w")'],
  ['estimateResemblance: a null', () => api.estimateResemblance(null as never, fp), TypeError, 'Expected `a` to be a fingerprint, not `null`'],
  // findDuplicates(items, options)
  ['findDuplicates: items string', () => api.findDuplicates('abc' as never), TypeError, 'Expected `items` to be an array of texts or articles, not `string` ("abc")'],
  ['findDuplicates: items[4127]', () => api.findDuplicates(manyItems), TypeError, 'Expected `items[4127]` to be text or an article, not `null`'],
  ['findDuplicates: article element', () => api.findDuplicates(['x', badArticle]), TypeError, 'Expected `items[1].paragraphs[0]` to be a string, not `number` (1)'],
  ['findDuplicates: options number', () => api.findDuplicates([], 42 as never), TypeError, objectExpected('options', '`number` (42)')],
  ['findDuplicates: threshold 1.5', () => api.findDuplicates(['a'], {threshold: 1.5}), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (1.5)'],
  ['findDuplicates: threshold string', () => api.findDuplicates(['a'], {threshold: '0.8' as never}), TypeError, 'Expected `threshold` to be a number, not `string` ("0.8")'],
  ['findDuplicates: permutations', () => api.findDuplicates(['a'], {permutations: 1e6}), RangeError, 'Expected `permutations` to be an integer from 1 to 1024, not `number` (1000000)'],
  // clusterStories(items, options)
  ['clusterStories: items', () => api.clusterStories({} as never), TypeError, 'Expected `items` to be an array of texts or articles, not `object`'],
  ['clusterStories: element', () => api.clusterStories(['a', undefined] as never), TypeError, 'Expected `items[1]` to be text or an article, not `undefined`'],
  ['clusterStories: options number', () => api.clusterStories([], 42 as never), TypeError, objectExpected('options', '`number` (42)')],
  ['clusterStories: threshold', () => api.clusterStories(['a'], {threshold: -1}), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (-1)'],
  ['clusterStories: stats', () => api.clusterStories(['a'], {stats: [] as never}), TypeError, 'Expected `stats` to be corpus statistics (from `createCorpusStats`), not `array`'],
  // createIndex(options) and the index's methods
  ['createIndex: options number', () => api.createIndex(42 as never), TypeError, objectExpected('options', '`number` (42)')],
  ['createIndex: threshold', () => api.createIndex({threshold: 2}), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (2)'],
  ['createIndex: permutations', () => api.createIndex({permutations: 0}), RangeError, 'Expected `permutations` to be an integer from 1 to 1024, not `number` (0)'],
  ['createIndex: permutations 1025 (the maximum is 1024)', () => api.createIndex({permutations: 1025}), RangeError, 'Expected `permutations` to be an integer from 1 to 1024, not `number` (1025)'],
  ['createIndex: exact', () => api.createIndex({exact: 'yes' as never}), TypeError, 'Expected `exact` to be a boolean, not `string` ("yes")'],
  ['index.add: id', () => api.createIndex().add(1 as never, story), TypeError, 'Expected `id` to be a string, not `number` (1)'],
  ['index.add: item', () => api.createIndex().add('x', 5 as never), TypeError, 'Expected `item` to be text or an article, not `number` (5)'],
  ['index.add: article element', () => api.createIndex().add('x', badArticle), TypeError, 'Expected `item.paragraphs[0]` to be a string, not `number` (1)'],
  ['index.has: id', () => index.has(1 as never), TypeError, 'Expected `id` to be a string, not `number` (1)'],
  ['index.remove: id', () => index.remove(undefined as never), TypeError, 'Expected `id` to be a string, not `undefined`'],
  ['index.query: options number', () => index.query('x', 42 as never), TypeError, objectExpected('options', '`number` (42)')],
  ['index.query: k negative', () => index.query('x', {k: -1}), RangeError, 'Expected `k` to be a whole number, not `number` (-1)'],
  ['index.query: k fraction', () => index.query('x', {k: 1.5}), RangeError, 'Expected `k` to be a whole number, not `number` (1.5)'],
  ['index.query: k string', () => index.query('x', {k: '3' as never}), TypeError, 'Expected `k` to be a number, not `string` ("3")'],
  ['index.query: threshold', () => index.query('x', {threshold: 0}), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (0)'],
  ['index.query: item', () => index.query(null as never), TypeError, 'Expected `item` to be text or an article, not `null`'],
  // indexFromJSON(json)
  ['indexFromJSON: not an index', () => api.indexFromJSON({version: 9}), TypeError, "Expected a similarity index (`type: 'newsdump-similarity-index'`), not `object`"],
  ['indexFromJSON: version', () => api.indexFromJSON({...json, version: 3}), RangeError, 'Expected `version` to be 2 (or 1), not `number` (3)'],
  ['indexFromJSON: seed -1', () => api.indexFromJSON({...json, seed: -1}), RangeError, 'Expected `seed` to be an unsigned 32-bit integer, not `number` (-1)'],
  ['indexFromJSON: seed 2^33', () => api.indexFromJSON({...json, seed: 2 ** 33}), RangeError, 'Expected `seed` to be an unsigned 32-bit integer, not `number` (8589934592)'],
  ['indexFromJSON: seed string', () => api.indexFromJSON({...json, seed: '1'}), TypeError, 'Expected `seed` to be a number, not `string` ("1")'],
  // Stored data, not options: a field of `null` is no "not given" (an index
  // read with a default seed would match none of its signatures).
  ['indexFromJSON: seed null', () => api.indexFromJSON({...json, seed: null}), TypeError, 'Expected `seed` to be a number, not `null`'],
  ['indexFromJSON: permutations null', () => api.indexFromJSON({...json, permutations: null}), TypeError, 'Expected `permutations` to be a number, not `null`'],
  ['indexFromJSON: threshold null', () => api.indexFromJSON({...json, threshold: null}), TypeError, 'Expected `threshold` to be a number, not `null`'],
  ['lshKeys: fp.seed null', () => api.lshKeys({...fp, seed: null} as never), TypeError, 'Expected `fp.seed` to be a number, not `null`'],
  ['indexFromJSON: entry id', () => api.indexFromJSON({...json, entries: [{id: 1}]}), TypeError, 'Expected `entries[0].id` to be a string, not `number` (1)'],
  // docs/security.md's example paths, each with the message it names.
  ['indexFromJSON: entries[0].fingerprint.seed', () => api.indexFromJSON({...json, entries: [{...json.entries[0]!, fingerprint: {...json.entries[0]!.fingerprint, seed: -1}}]}), RangeError, 'Expected `entries[0].fingerprint.seed` to be an unsigned 32-bit integer, not `number` (-1)'],
  ['fingerprint: item.paragraphs[2]', () => api.fingerprint({title: 'T', paragraphs: ['a', 'b', 3]} as never), TypeError, 'Expected `item.paragraphs[2]` to be a string, not `number` (3)'],
  ['estimateResemblance: a.seed null (stored data: required)', () => api.estimateResemblance({...fp, seed: null} as never, fp), TypeError, 'Expected `a.seed` to be a number, not `null`'],
  ['estimateResemblance: a.algorithm', () => api.estimateResemblance({...fp, algorithm: 'x'} as never, fp), RangeError, "Expected `a.algorithm` to be 'oph-densified', not `string` (\"x\")"],
  // lshKeys(fp, options)
  ['lshKeys: malformed fingerprint', () => api.lshKeys({minhash: [1, 2]} as never), RangeError, 'Expected `fp.version` to be 2 (or 1, the format of newsdump 0.1), not `undefined`'],
  ['fingerprintValues: malformed fingerprint', () => api.fingerprintValues({} as never), RangeError, 'Expected `fp.version` to be 2 (or 1, the format of newsdump 0.1), not `undefined`'],
  ['lshKeys: options number', () => api.lshKeys(fp, 42 as never), TypeError, objectExpected('options', '`number` (42)')],
  ['lshKeys: threshold', () => api.lshKeys(fp, {threshold: 0}), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (0)'],
  // optimalBands(threshold, permutations, weights) / candidateBands(threshold, permutations, recall)
  ['optimalBands: threshold', () => api.optimalBands(2, 128), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (2)'],
  ['optimalBands: permutations', () => api.optimalBands(0.8, 0), RangeError, 'Expected `permutations` to be an integer from 1 to 1024, not `number` (0)'],
  ['optimalBands: weights number', () => api.optimalBands(0.8, 128, 5 as never), TypeError, 'Expected `weights` to be {falsePositive, falseNegative} numbers, not `number` (5)'],
  ['optimalBands: weight negative', () => api.optimalBands(0.8, 128, {falsePositive: -1, falseNegative: 1}), RangeError, 'Expected `weights.falsePositive` to be a positive finite number, not `number` (-1)'],
  ['optimalBands: weight zero', () => api.optimalBands(0.8, 128, {falsePositive: 1, falseNegative: 0}), RangeError, 'Expected `weights.falseNegative` to be a positive finite number, not `number` (0)'],
  ['optimalBands: weight string', () => api.optimalBands(0.8, 128, {falsePositive: 'x', falseNegative: 1} as never), TypeError, 'Expected `weights.falsePositive` to be a number, not `string` ("x")'],
  ['candidateBands: threshold', () => api.candidateBands(2, 128), RangeError, 'Expected `threshold` to be a number in (0, 1], not `number` (2)'],
  ['candidateBands: recall NaN', () => api.candidateBands(0.8, 128, Number.NaN), RangeError, 'Expected `recall` to be a probability in (0, 1], not `number` (NaN)'],
  ['candidateBands: recall -1', () => api.candidateBands(0.8, 128, -1), RangeError, 'Expected `recall` to be a probability in (0, 1], not `number` (-1)'],
  ['candidateBands: recall 2', () => api.candidateBands(0.8, 128, 2), RangeError, 'Expected `recall` to be a probability in (0, 1], not `number` (2)'],
  ['candidateBands: recall string', () => api.candidateBands(0.8, 128, 'x' as never), TypeError, 'Expected `recall` to be a number, not `string` ("x")'],
  // toNlcst(item) / nlcstWords(item)
  ['toNlcst: item', () => api.toNlcst(5 as never), TypeError, 'Expected `item` to be text or an article, not `number` (5)'],
  ['toNlcst: symbol paragraph', () => api.toNlcst(symbolArticle), TypeError, 'Expected `item.paragraphs[1]` to be a string, not `symbol`'],
  ['nlcstWords: non-string paragraphs', () => api.nlcstWords(badArticle), TypeError, 'Expected `item.paragraphs[0]` to be a string, not `number` (1)'],
  ['nlcstWords: title', () => api.nlcstWords({title: null, paragraphs: []} as never), TypeError, 'Expected `item.title` to be a string, not `null`'],
  // Issue 14: a Symbol paragraph gave a bare TypeError; article-like values
  // inside collections name the element too.
  ['nlcstWords: symbol paragraph', () => api.nlcstWords(symbolArticle), TypeError, 'Expected `item.paragraphs[1]` to be a string, not `symbol`'],
  ['similarity: b symbol paragraph', () => api.similarity('x', {title: 'T', paragraphs: [Symbol('p')]} as never), TypeError, 'Expected `b.paragraphs[0]` to be a string, not `symbol`'],
  ['index.add: symbol title', () => api.createIndex().add('x', {title: Symbol('t'), paragraphs: []} as never), TypeError, 'Expected `item.title` to be a string, not `symbol`'],
  ['clusterStories: null paragraph of an element', () => api.clusterStories(['a', {title: 'T', paragraphs: [null]}] as never), TypeError, 'Expected `items[1].paragraphs[0]` to be a string, not `null`']
]

test.each(rows)('%s', (_name, call, type, message) => {
  let thrown: unknown
  try {
    call()
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(type)
  // The exact class: a RangeError is no TypeError and the reverse.
  expect((thrown as Error).constructor).toBe(type)
  expect((thrown as Error).message).toBe(message)
})

group('streams: checked at the call, and the opened source when first read', () => {
  test('collectDumpStream rejects a source that is no function', async () => {
    await expect(api.collectDumpStream(5 as never)).rejects.toThrow(new TypeError('Expected a function that opens the source, not `number` (5)'))
  })

  test('an opener that returns no iterable is a TypeError, not "is not async iterable"', async () => {
    await expect(api.collectDumpStream(() => 42 as never)).rejects.toThrow(
      new TypeError('Expected the source function to return an iterable or async iterable of strings, not `number` (42)')
    )
    await expect(api.collectDumpStream(() => null as never)).rejects.toThrow(
      new TypeError('Expected the source function to return an iterable or async iterable of strings, not `null`')
    )
  })

  test('what only the opened source can tell is checked when it is first read', async () => {
    // A plain function returning a promise looks like any opener until called.
    const stream = api.splitDumpStream((() => Promise.resolve(['x'])) as never)
    await expect(stream.next()).rejects.toThrow(
      new TypeError('Expected the source function to return an iterable or async iterable of strings, not `object`')
    )
    await expect(api.collectDumpStream(() => [42] as never)).rejects.toThrow(
      new TypeError("Expected chunks of text, not `number` (42): decode bytes first (for instance, createReadStream(path, {encoding: 'utf8'}))")
    )
    // Not opened at the call: a stream nobody reads opens nothing.
    let opened = 0
    api.splitDumpStream(() => {
      opened++
      return ['x']
    })
    expect(opened).toBe(0)
  })

  test('generator functions, sync and async, are openers', async () => {
    const dump = 'Reuters\n2 hours ago\n- Reuters\nTalks resume\nRussia and Ukraine agreed to swap prisoners.\n'
    expect(await api.collectDumpStream(function* () {
      yield dump.slice(0, 20)
      yield dump.slice(20)
    })).toEqual(api.splitDump(dump))
    expect(await api.collectDumpStream(async function* () {
      yield dump
    })).toEqual(api.splitDump(dump))
  })

  test('collectDumpStream rejects bad options before reading the source', async () => {
    let opened = 0
    const open = (): string[] => {
      opened++
      return ['x']
    }
    await expect(api.collectDumpStream(open, null as never)).resolves.toEqual(api.splitDump('x'))
    opened = 0
    await expect(api.collectDumpStream(open, 42 as never)).rejects.toThrow(new TypeError(objectExpected('options', '`number` (42)')))
    await expect(api.collectDumpStream(open, {outlets: {} as never})).rejects.toThrow(new TypeError(registry + '`object`'))
    expect(opened).toBe(0)
  })
})

group('null and undefined mean "not given"', () => {
  const dump = 'Reuters\n2 hours ago\n- Reuters\nTalks resume\nRussia and Ukraine agreed to swap prisoners.\n'
  test('options of null', async () => {
    expect(api.splitDump(dump, null)).toEqual(api.splitDump(dump))
    expect(await api.collectDumpStream(() => [dump], null)).toEqual(api.splitDump(dump))
    expect(api.normalizeOutlet('- Reuters', null)).toEqual(api.normalizeOutlet('- Reuters'))
    expect(api.normalizeTimestamp('2 hours ago', null)).toEqual(api.normalizeTimestamp('2 hours ago'))
    expect(api.parseDateline('LONDON — Prices rose', null)).toEqual(api.parseDateline('LONDON — Prices rose'))
    expect(api.similarity(story, story + ' More.', null)).toEqual(api.similarity(story, story + ' More.'))
    expect(api.fingerprint(story, null)).toEqual(fp)
    expect(api.findDuplicates([story, story], null)).toEqual(api.findDuplicates([story, story]))
    expect(api.clusterStories([story, story], null)).toEqual(api.clusterStories([story, story]))
    // The exact calls: each crashed with "Cannot read properties of null".
    expect(api.clusterStories([], null)).toEqual([])
    expect(api.createIndex().query(story, null)).toEqual([])
    expect(api.createIndex(null).threshold).toBe(0.8)
    expect(index.query(story, null)).toEqual(index.query(story))
    expect(api.lshKeys(fp, null)).toEqual(api.lshKeys(fp))
    expect(api.optimalBands(0.8, 128, null)).toEqual({bands: 9, rows: 13})
    expect(api.candidateBands(0.8, 128, null)).toEqual({bands: 18, rows: 6})
    expect(api.createOutletRegistry([], null).entries).toEqual([])
  })

  test('options whose values are null', () => {
    expect(api.splitDump(dump, {reference: null as never, outlets: null as never})).toEqual(api.splitDump(dump))
    expect(api.normalizeTimestamp('2 hours ago', {reference: null as never})).toEqual(api.normalizeTimestamp('2 hours ago'))
    expect(api.normalizeOutlet('- Reuters', {outlets: null as never})).toEqual(api.normalizeOutlet('- Reuters'))
    expect(api.parseDateline('LONDON (Reuters) - x', {outlets: null as never, reference: null as never})).toEqual(api.parseDateline('LONDON (Reuters) - x'))
    expect(api.createOutletRegistry([], {extend: null as never}).entries).toEqual([])
    expect(api.fingerprint(story, {permutations: null as never, seed: null as never})).toEqual(fp)
    expect(api.findDuplicates([story, story], {threshold: null as never, permutations: null as never})).toEqual(api.findDuplicates([story, story]))
    expect(api.clusterStories([story, story], {threshold: null as never, stats: null as never})).toEqual(api.clusterStories([story, story]))
    expect(api.createIndex({threshold: null as never, permutations: null as never, exact: null as never}).toJSON()).toEqual(api.createIndex().toJSON())
    expect(index.query(story, {k: null as never, threshold: null as never})).toEqual(index.query(story))
    expect(api.lshKeys(fp, {threshold: null})).toEqual(api.lshKeys(fp))
    expect(api.similarity(story, 'x', {explain: null as never, stats: null as never})).toEqual(api.similarity(story, 'x'))
  })
})

group('docs/security.md, statement by statement (what the rows above leave out)', () => {
  const dump = 'Reuters\n2 hours ago\n- Reuters\nTalks resume\nRussia and Ukraine agreed to swap prisoners.\n'
  test('each option of undefined, and headerShapes and rules of null, are not given', async () => {
    expect(api.splitDump(dump, {reference: undefined, outlets: undefined, headerShapes: undefined} as never)).toEqual(api.splitDump(dump))
    expect(api.splitDump(dump, {headerShapes: null as never})).toEqual(api.splitDump(dump))
    expect(await api.collectDumpStream(() => [dump], {reference: null as never, outlets: null as never, headerShapes: null as never})).toEqual(api.splitDump(dump))
    expect(api.matchTimestamp('2 hours ago', {rules: null as never, reference: 0})).toEqual(api.matchTimestamp('2 hours ago', {reference: 0}))
    expect(api.matchTimestamp('2 hours ago', {rules: undefined, reference: 0} as never)).toEqual(api.matchTimestamp('2 hours ago', {reference: 0}))
    expect(api.fingerprint(story, {permutations: undefined, seed: undefined} as never)).toEqual(fp)
    expect(api.createIndex({threshold: undefined, permutations: undefined, exact: undefined} as never).toJSON()).toEqual(api.createIndex().toJSON())
    expect(index.query(story, {k: undefined, threshold: undefined} as never)).toEqual(index.query(story))
    expect(api.similarity(story, 'x', {explain: undefined, stats: undefined} as never)).toEqual(api.similarity(story, 'x'))
    expect(api.optimalBands(0.8, 128, undefined)).toEqual({bands: 9, rows: 13})
    expect(api.candidateBands(0.8, 128, undefined)).toEqual({bands: 18, rows: 6})
    expect(api.createOutletRegistry([], {extend: undefined}).entries).toEqual([])
  })

  test("a getter or Proxy trap of the caller's own that throws comes through as it is", async () => {
    const mine = new Error('mine')
    expect(() => api.splitDump('x', {get reference(): never {
      throw mine
    }})).toThrow(mine)
    expect(() => api.fingerprint('x', new Proxy({}, {get(): never {
      throw mine
    }}))).toThrow(mine)
    // A Proxy of a Map returned as the source: the Map's own iteration
    // throws, and that engine error (whatever the engine words it) is what
    // the caller gets, not one of the library's.
    const source = new Proxy(new Map([['a', 'b']]), {})
    let engine: unknown
    try {
      (source as unknown as Iterable<unknown>)[Symbol.iterator]()
    } catch (error) {
      engine = error
    }
    expect(engine).toBeInstanceOf(TypeError)
    await expect(api.collectDumpStream(() => source as never)).rejects.toThrow(engine as TypeError)
  })

  test('indexFromJSON checks the index before it reads an entry', () => {
    let read = 0
    const entries = new Proxy([json.entries[0]], {
      get(target, key, receiver) {
        read++
        return Reflect.get(target, key, receiver) as unknown
      }
    })
    expect(() => api.indexFromJSON({...json, version: 3, entries})).toThrow(new RangeError('Expected `version` to be 2 (or 1), not `number` (3)'))
    expect(() => api.indexFromJSON({...json, seed: -1, entries})).toThrow(new RangeError('Expected `seed` to be an unsigned 32-bit integer, not `number` (-1)'))
    expect(() => api.indexFromJSON({...json, threshold: 2, entries})).toThrow(new RangeError('Expected `threshold` to be a number in (0, 1], not `number` (2)'))
    expect(() => api.indexFromJSON({...json, permutations: 2048, entries})).toThrow(new RangeError('Expected `permutations` to be an integer from 1 to 1024, not `number` (2048)'))
    expect(read).toBe(0)
    // A good header: the entries are read.
    expect(api.indexFromJSON({...json, entries}).has('a')).toBe(true)
    expect(read).toBeGreaterThan(0)
  })

  test('an option a function does not take is ignored: parseDateline takes outlets and reference, no headerShapes', () => {
    expect(api.parseDateline('LONDON (Reuters) - Prices rose', {headerShapes: 5} as never)).toEqual(api.parseDateline('LONDON (Reuters) - Prices rose'))
    expect(api.splitDump(dump, {explain: 'yes'} as never)).toEqual(api.splitDump(dump))
  })

  test('a stream rejects the next() that reads a chunk that is no string, after the good chunks before it', async () => {
    const stream = api.splitDumpStream(() => ['Reuters\n', 5] as never)
    await expect(stream.next()).rejects.toThrow(new TypeError("Expected chunks of text, not `number` (5): decode bytes first (for instance, createReadStream(path, {encoding: 'utf8'}))"))
    await expect(stream.next()).resolves.toEqual({done: true, value: undefined})
  })
})

group('the describer', () => {
  test('never throws, on dates that are no dates and on Proxies', () => {
    expect(describe(fakeDate)).toBe('`object`')
    expect(describe(proxyDate)).toBe('`object`')
    expect(describe(revoked([]))).toBe('`object` (revoked Proxy)')
    expect(describe(revoked(() => 1))).toBe('`function` (revoked Proxy)')
    expect(describe(realDate)).toBe('`Date` (2025-07-23T12:00:00.000Z)')
    expect(describe(new Date(Number.NaN))).toBe('`Date` (Invalid Date)')
    expect(describe(Symbol('s'))).toBe('`symbol`')
    expect(describe(10n)).toBe('`bigint` (10)')
    // Objects whose conversions or Proxy traps throw: the describer never
    // converts an object, and asks nothing a trap answers.
    const boom = (): never => {
      throw new Error('boom')
    }
    expect(describe({toString: boom, valueOf: boom})).toBe('`object`')
    expect(describe({[Symbol.toPrimitive]: boom})).toBe('`object`')
    expect(describe(new Proxy({}, {get: boom, has: boom, getPrototypeOf: boom, ownKeys: boom}))).toBe('`object`')
    expect(describe(new Proxy(realDate, {get: boom, getPrototypeOf: boom}))).toBe('`object`')
  })

  test('cuts long strings, with their length, never inside a surrogate pair', () => {
    const long = 'Russia and Ukraine held a brief round of peace talks. '.repeat(40_000)
    expect(describe(long)).toBe('`string` ("Russia and Ukraine held a brief round of…", 2160000 characters)')
    // Code unit 40 would be the high half of 😀: cut before it.
    expect(quote('x'.repeat(39) + '😀' + 'y'.repeat(10))).toBe(`"${'x'.repeat(39)}…", 51 characters`)
    expect(quote('\u0000\u2028\uD800')).toBe('"\\u0000\u2028\\ud800"')
  })

  test("the error path of every function survives an exotic value", () => {
    expect(() => api.splitDump(proxyDate as never)).toThrow(new TypeError('Expected text as a string, not `object`'))
    expect(() => api.fingerprint(fakeDate as never)).toThrow(new TypeError('Expected `item` to be text or an article, not `object`'))
    expect(() => api.normalizeTimestamp('2 hours ago', {reference: fakeDate})).toThrow(new TypeError(reference('`object`')))
    expect(() => api.similarity('x', proxyDate as never)).toThrow(new TypeError('Expected `b` to be text or an article, not `object`'))
  })

  test('no message embeds a whole caller string', () => {
    const huge = 'x'.repeat(1_000_000)
    const calls: Array<() => unknown> = [
      () => api.findDuplicates(huge as never),
      () => api.similarity('x', 'y', huge as never),
      () => api.splitDump('x', {reference: huge}),
      () => api.createOutletRegistry([{id: 'ok', name: ' ' + huge, domain: null, aliases: []}]),
      () => api.createOutletRegistry([{id: 'ok', name: 'Ok', domain: huge, aliases: []}]),
      () => api.createOutletRegistry([{id: 'ok', name: 'Ok', domain: null, aliases: ['...' + huge.replaceAll('x', '.')]}])
    ]
    for (const call of calls) {
      let message = ''
      try {
        call()
      } catch (error) {
        message = (error as Error).message
      }
      expect(message).toMatch(/…"?`?,? \(?\d+ characters/)
      expect(message.length).toBeLessThan(300)
    }
  })
})

test('every runtime export has rows, or takes no argument it could reject', () => {
  const covered = new Set(rows.map(([name]) => name.split(':')[0]!.split('.')[0]!))
  covered.add('collectDumpStream')
  const exempt = new Set(['getDefaultOutletRegistry', 'timestampRules', 'defaultHeaderShapes'])
  expect(Object.keys(api).filter((name) => !covered.has(name) && !exempt.has(name))).toEqual([])
})

test('corpus statistics passed in are checked: no NaN score, no link from bad statistics', () => {
  const a = 'Talks between Russia and Ukraine resumed in Istanbul on Wednesday.'
  const b = 'Russia and Ukraine resumed talks in Istanbul on Wednesday, officials said.'
  const bad = {documents: Number.NaN, frequencies: new Map<string, number>()}
  expect(() => api.similarity(a, b, {stats: bad})).toThrow('Expected `stats.documents` to be a count, not `number` (NaN)')
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
