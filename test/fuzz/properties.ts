// The fuzzing harness: every export driven with generated text built from
// real dump lines (fixtures/), the line endings and Unicode classes that
// matter, huge lines, and hostile option values, against every documented
// invariant. `test/fuzz.test.ts` runs it briefly in `npm test`;
// `npm run fuzz` runs it long (see `scripts/fuzz.mjs`).
//
// The invariants are stated apart from the code (a partition of the input,
// a value in [0, 1], an error of one of two classes): none is "the code gives
// what the code gives". Determinism is checked by calling twice, on fresh
// copies of the input.
import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {toString as nlcstToString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {expect} from 'vitest'
import * as api from '../../src/index.js'
import type {Article, Dump} from '../../src/index.js'
import {isRevokedProxy} from '../../src/describe.js'
import {parseBlocks} from '../../src/nlcst.js'
import {expectDumpShape, expectPartition} from '../partition.js'

// ---------------------------------------------------------------------------
// Text

const fixtures = new URL('../../fixtures/', import.meta.url)
/** Lines of the fixture dumps: the shapes real pages have. */
export const dumpLines: string[] = (() => {
  const lines = new Set<string>()
  for (const name of readdirSync(fixtures)) {
    if (!name.endsWith('.txt')) continue
    for (const line of readFileSync(new URL(name, fixtures), 'utf8').split(/\r\n|\r|\n/)) lines.add(line.length > 400 ? line.slice(0, 400) : line)
  }
  return [...lines]
})()

/** Code units and sequences whose class matters to a splitter or tokenizer. */
export const hostileUnits = [
  '\uD800', '\uDC00', '\uDBFF\uDFFF', '😀', '\u0000', '\u2028', '\u2029', '\u0085', '\uFEFF', '\u200D', '\u200F', '\u202E', '\u0301',
  'e\u0301', '👩\u200D👩\u200D👧', '\u00A0', '\u3000', '\t', '\v', '\f', '\u001B[31m', '\uFFFD', '\uFFFF'
]
const lineEnding = fc.constantFrom('\n', '\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\n\n', '\r\n\r\n', '')

const unitString = fc.array(fc.constantFrom(...hostileUnits), {maxLength: 6}).map((units) => units.join(''))
/** One line: a real dump line, possibly with hostile units put in, or one made of them. */
const line = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...dumpLines)},
  {weight: 2, arbitrary: fc.tuple(fc.constantFrom(...dumpLines), fc.nat(), unitString).map(([text, at, units]) => text.slice(0, at % (text.length + 1)) + units + text.slice(at % (text.length + 1)))},
  {weight: 1, arbitrary: unitString},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 20})},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 20})}
)

/** A dump: lines joined by any line ending, sometimes with a huge line. */
export function dumpText(options: {huge?: number} = {}): fc.Arbitrary<string> {
  const huge = options.huge ?? 0
  const lines = fc.array(fc.tuple(line, lineEnding), {maxLength: 40}).map((pairs) => pairs.map(([text, end]) => text + end).join(''))
  if (huge === 0) return lines
  return fc.oneof(
    {weight: 9, arbitrary: lines},
    {weight: 1, arbitrary: fc.tuple(lines, fc.constantFrom(...dumpLines), fc.integer({min: 1, max: huge})).map(([text, unit, size]) => text + (unit || 'x').repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size))}
  )
}

/** A short text, for every chunking: lines of dumps, cut short, with CRLF and surrogate pairs. */
const shortText = fc.oneof(
  fc.array(fc.constantFrom('\r\n', '\r', '\n', '😀', '\uD800', 'a', 'Reuters', '-', ' ', '2 hours ago', '\uFEFF'), {maxLength: 8}).map((parts) => parts.join('')),
  dumpText().map((text) => text.slice(0, 24))
)

/** An article-like value, as `splitDump` makes them or a caller builds them. */
const article: fc.Arbitrary<Article> = fc.tuple(line, fc.array(line, {maxLength: 4})).map(([title, paragraphs]) => ({
  role: 'related' as const, title, paragraphs, text: paragraphs.join('\n\n'), outlet: null, published: null, dateline: null, byline: null, truncated: false, span: {start: 0, end: 0}
}) as Article)
const item = fc.oneof(dumpText(), article)

// ---------------------------------------------------------------------------
// Hostile values, for options and arguments

const fakeDate = Object.create(Date.prototype) as Date
const revoked = (target: object): unknown => {
  const {proxy, revoke} = Proxy.revocable(target, {})
  revoke()
  return proxy
}
export const hostileValues: unknown[] = [
  null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 0.5, 1, 2, 2 ** 33, -0, 1.5, '', 'x', '0.8', 'x'.repeat(100_000), true, false,
  {}, [], [1], Symbol('s'), 10n, () => 1, new Date(Number.NaN), fakeDate, new Proxy(new Date(0), {}), Object.create(null), new Map(), {threshold: 2},
  revoked({}), revoked([]), revoked(() => ['x']), revoked(new Map()), new Proxy(new Map(), {}), async () => ['x'], {title: 'T', paragraphs: revoked([])},
  {entries: [], byKey: revoked(new Map())}, {oneLine: [], bylines: {}, credits: {}, excerptJoins: ['']}
]
// Drawn as indices and looked up inside the property: fast-check itself
// cannot clone or print a revoked Proxy.
const hostile = fc.nat({max: hostileValues.length - 1})
const hostileValue = (index: number): unknown => hostileValues[index]
/** Options objects with a hostile value under a real option name, or a hostile value as the options. */
const hostileOptions = fc.oneof(
  hostile.map((index) => ({index})),
  fc.dictionary(
    fc.constantFrom('reference', 'outlets', 'threshold', 'permutations', 'seed', 'explain', 'stats', 'k', 'exact', 'rules', 'extend', 'headerShapes'),
    hostile,
    {maxKeys: 3}
  )
)
function optionsOf(drawn: {index: number} | Record<string, number>): unknown {
  if ('index' in drawn && Object.keys(drawn).length === 1) return hostileValue(drawn.index as number)
  return Object.fromEntries(Object.entries(drawn).map(([key, index]) => [key, hostileValue(index)]))
}

// ---------------------------------------------------------------------------
// Checks

const ISO = /^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/** No `undefined`, `NaN` or infinite number anywhere; ISO-looking strings parse. */
export function expectPlainData(value: unknown, where = 'result'): void {
  if (value === undefined) throw new Error(`undefined at ${where}`)
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${String(value)} at ${where}`)
  if (typeof value === 'string' && ISO.test(value) && Number.isNaN(Date.parse(value))) throw new Error(`Invalid Date ${value} at ${where}`)
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      // `passages` and `explanation` are optional fields, absent or set.
      expectPlainData(child, `${where}.${key}`)
    }
  }
}

function expectUnit(value: number, name: string): void {
  expect(Number.isFinite(value), name).toBe(true)
  expect(value, name).toBeGreaterThanOrEqual(0)
  expect(value, name).toBeLessThanOrEqual(1)
}

/** A call with hostile arguments returns, or throws a TypeError or RangeError with a short message. */
function expectContract(call: () => unknown): void {
  try {
    call()
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) throw new Error(`not a TypeError or RangeError: ${String(error)}`, {cause: error})
    // A revoked Proxy too gets the contract's message, not the engine's.
    expect(error.message).toMatch(/^Expected /)
    expect(error.message.length).toBeLessThan(400)
  }
}

const reference = fc.oneof(fc.constant(undefined), fc.integer({min: -8.64e15, max: 8.64e15}), fc.constantFrom('2025-07-23T12:00:00Z', '1970-01-01', '+275760-09-13T00:00:00.000Z'))

function dumpOf(text: string, options?: Parameters<typeof api.splitDump>[1]): Dump {
  return api.splitDump(text, options)
}

async function streamed(text: string, cuts: number[], options?: Parameters<typeof api.splitDump>[1]): Promise<Dump> {
  const chunks: string[] = []
  let from = 0
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= from || cut >= text.length) continue
    chunks.push(text.slice(from, cut))
    from = cut
  }
  chunks.push(text.slice(from))
  return api.collectDumpStream(() => chunks, options)
}

/** Every way of cutting a text of up to 10 code units into chunks, by the bits of `mask`. */
function chunkings(length: number): number[][] {
  const ways: number[][] = []
  const gaps = Math.max(0, length - 1)
  for (let mask = 0; mask < 2 ** gaps; mask++) {
    const cuts: number[] = []
    for (let bit = 0; bit < gaps; bit++) if (mask & (1 << bit)) cuts.push(bit + 1)
    ways.push(cuts)
  }
  return ways
}

/** What iterating a value of the caller's throws by itself (not a revoked Proxy: that one is ours to describe). */
function ownIterationError(value: unknown): Error | undefined {
  if (typeof value !== 'object' || value === null || isRevokedProxy(value) || !(Symbol.iterator in value)) return undefined
  try {
    for (const _ of value as Iterable<unknown>) break
  } catch (error) {
    return error as Error
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Properties

export interface FuzzProperty {
  name: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- properties of every argument type
  property: fc.IRawProperty<any, boolean>
}

/**
 * The properties.
 *
 * @param huge
 *   Longest huge line (code units): small in `npm test`, large when fuzzing long.
 */
export function fuzzProperties(huge: number): FuzzProperty[] {
  const text = dumpText({huge})
  const fingerprinted = api.fingerprint('Russia and Ukraine agreed to swap prisoners of war in Istanbul on Wednesday.')
  const properties: FuzzProperty[] = [
    {
      name: 'splitDump: never throws on text; a partition; the model types; deterministic',
      property: fc.property(text, reference, (value, at) => {
        const dump = dumpOf(value, at === undefined ? undefined : {reference: at})
        expectPartition(dump, value.length)
        expectDumpShape(dump, value.length)
        expectPlainData(dump)
        expect(dumpOf(value.split('').join(''), at === undefined ? undefined : {reference: at})).toEqual(dump)
        for (const found of dump.articles) expect(found.text).toBe(found.paragraphs.join('\n\n'))
      })
    },
    {
      name: 'splitDumpStream: equals splitDump for random chunkings, cuts inside CRLF and surrogate pairs',
      property: fc.asyncProperty(text, fc.array(fc.nat(), {maxLength: 12}), async (value, positions) => {
        const cuts = positions.map((position) => (value.length === 0 ? 0 : position % value.length))
        // Also cut inside every CRLF and surrogate pair.
        for (let index = 1; index < value.length; index++) {
          const code = value.charCodeAt(index)
          if ((code === 10 && value.charCodeAt(index - 1) === 13) || (code >= 0xdc_00 && code <= 0xdf_ff)) cuts.push(index)
        }
        expect(await streamed(value, cuts)).toEqual(dumpOf(value))
      })
    },
    {
      name: 'splitDumpStream: equals splitDump for every chunking of short texts',
      property: fc.asyncProperty(shortText, async (full) => {
        const value = full.slice(0, 10)
        const expected = dumpOf(value)
        for (const cuts of chunkings(value.length)) expect(await streamed(value, cuts)).toEqual(expected)
      })
    },
    {
      name: 'normalizeOutlet: never throws; idempotent on ids; the model types',
      property: fc.property(fc.oneof(line, text), (value) => {
        const outlet = api.normalizeOutlet(value)
        expectPlainData(outlet)
        expect(outlet.raw).toBe(value)
        expect(api.normalizeOutlet(outlet.name).id).toBe(outlet.id)
        expect(api.normalizeOutlet(outlet.name).name).toBe(outlet.name)
        const match = api.matchOutlet(value)
        expectPlainData(match)
        expect(api.matchOutlet(value)).toEqual(match)
      })
    },
    {
      name: 'normalizeTimestamp and parseDateline: never throw; intervals ordered; the model types',
      property: fc.property(fc.oneof(line, text), reference, (value, at) => {
        const options = at === undefined ? undefined : {reference: at}
        const timestamp = api.normalizeTimestamp(value, options)
        if (timestamp !== null) {
          expectPlainData(timestamp)
          if (timestamp.kind === 'relative') expect(timestamp.age.min).toBeLessThanOrEqual(timestamp.age.max)
          if (timestamp.earliest !== null && timestamp.latest !== null) expect(Date.parse(timestamp.earliest)).toBeLessThanOrEqual(Date.parse(timestamp.latest))
        }
        const match = api.matchTimestamp(value, options)
        if (match !== null) expectPlainData(match)
        expect(api.matchTimestamp(value, options)).toEqual(match)
        const dateline = api.parseDateline(value, options)
        if (dateline !== null) {
          expectPlainData(dateline)
          expect(dateline.span.start).toBeGreaterThanOrEqual(0)
          expect(dateline.span.end).toBeLessThanOrEqual(value.length)
        }
      })
    },
    {
      name: 'similarity: symmetric, in range, passages inside the texts',
      property: fc.property(item, item, fc.boolean(), (a, b, explain) => {
        const ab = api.similarity(a, b, {explain})
        const ba = api.similarity(b, a, {explain})
        expectPlainData(ab)
        for (const [name, value] of [['score', ab.score], ['sameStory', ab.sameStory], ['resemblance', ab.resemblance], ['aInB', ab.containment.aInB], ['bInA', ab.containment.bInA]] as const) expectUnit(value, name)
        expect(ba.score).toBe(ab.score)
        expect(ba.sameStory).toBe(ab.sameStory)
        expect(ba.resemblance).toBe(ab.resemblance)
        expect(ba.containment).toEqual({aInB: ab.containment.bInA, bInA: ab.containment.aInB})
        const mirror: Record<string, string> = {contains: 'contained', contained: 'contains'}
        // `contains` wins a tie of containments on either side: mirrored only when they differ.
        if (ab.containment.aInB !== ab.containment.bInA) expect(ba.relation).toBe(mirror[ab.relation] ?? ab.relation)
        if (explain) {
          const lengthOf = (value: string | Article): number => (typeof value === 'string' ? value : [value.title, ...value.paragraphs].join('\n\n')).length
          for (const passage of ab.passages ?? []) {
            expect(passage.a.start).toBeLessThan(passage.a.end)
            expect(passage.a.end).toBeLessThanOrEqual(lengthOf(a))
            expect(passage.b.end).toBeLessThanOrEqual(lengthOf(b))
          }
        }
        expect(api.similarity(a, a).score).toBe(api.similarity(a, a).score)
      })
    },
    {
      name: 'fingerprint, estimateResemblance, lshKeys: plain data, symmetric, deterministic',
      property: fc.property(item, item, (a, b) => {
        const fa = api.fingerprint(a)
        const fb = api.fingerprint(b)
        expectPlainData(fa)
        expect(JSON.parse(JSON.stringify(fa))).toEqual(fa)
        expect(api.fingerprint(a)).toEqual(fa)
        const estimate = api.estimateResemblance(fa, fb)
        expectUnit(estimate, 'estimate')
        expect(api.estimateResemblance(fb, fa)).toBe(estimate)
        const keys = api.lshKeys(fa)
        expect(keys.length === 0 || keys.length === api.candidateBands(0.8, 128).bands).toBe(true)
        expect(keys.length === 0).toBe(fa.shingles === 0)
      })
    },
    {
      name: 'findDuplicates, clusterStories: groups disjoint, indices in range, pairs above the threshold',
      property: fc.property(fc.array(item, {maxLength: 12}), (items) => {
        const withCopies = [...items, ...items.slice(0, 3)]
        for (const groups of [api.findDuplicates(withCopies), api.clusterStories(withCopies)]) {
          expectPlainData(groups)
          const seen = new Set<number>()
          for (const group of groups) {
            expect(group.members.length).toBeGreaterThanOrEqual(2)
            expect([...group.members].sort((x, y) => x - y)).toEqual(group.members)
            for (const member of group.members) {
              expect(member).toBeGreaterThanOrEqual(0)
              expect(member).toBeLessThan(withCopies.length)
              expect(seen.has(member)).toBe(false)
              seen.add(member)
            }
          }
        }
        for (const group of api.findDuplicates(withCopies)) for (const pair of group.pairs) expect(pair.resemblance).toBeGreaterThanOrEqual(0.8)
        expect(api.findDuplicates(withCopies)).toEqual(api.findDuplicates([...withCopies]))
      })
    },
    {
      name: 'createIndex, indexFromJSON: answers survive JSON; matches in range',
      property: fc.property(fc.array(item, {minLength: 1, maxLength: 8}), (items) => {
        const index = api.createIndex()
        items.forEach((value, position) => index.add(String(position), value))
        const copy = api.indexFromJSON(JSON.parse(JSON.stringify(index.toJSON())))
        for (const value of items) {
          const matches = index.query(value)
          expectPlainData(matches)
          for (const match of matches) {
            expectUnit(match.resemblance, 'resemblance')
            expect(index.has(match.id)).toBe(true)
          }
          expect(copy.query(value)).toEqual(matches)
        }
      })
    },
    {
      name: 'toNlcst, nlcstWords: the tree holds the text exactly; words are strings',
      property: fc.property(item, (value) => {
        const joined = typeof value === 'string' ? value : [value.title, ...value.paragraphs].join('\n\n')
        expect(nlcstToString(api.toNlcst(value))).toBe(joined)
        for (const word of api.nlcstWords(value)) expect(typeof word).toBe('string')
      })
    },
    {
      // The oracle is retext itself, on the whole text: cut wherever the
      // block parse may cut, the tree must be the same, node for node.
      name: 'toNlcst block by block: the whole-text parse, cut anywhere allowed',
      property: fc.property(dumpText(), (value) => {
        expect(parseBlocks(value, 1)).toEqual(unified().use(retextEnglish).parse(value))
      })
    },
    {
      name: 'hostile arguments and options: a TypeError or RangeError at the call, or a result',
      property: fc.property(fc.oneof(hostile, line), hostileOptions, (drawn, drawnOptions) => {
        const value = typeof drawn === 'number' ? hostileValue(drawn) : drawn
        const options = optionsOf(drawnOptions)
        const text = typeof value === 'string' ? value : 'Reuters'
        const calls: Array<() => unknown> = [
          () => api.splitDump(value as never, options as never),
          () => api.splitDumpStream(value as never, options as never),
          () => api.normalizeOutlet(value as never, options as never),
          () => api.normalizeTimestamp(value as never, options as never),
          () => api.matchTimestamp(text, options as never),
          () => api.parseDateline(value as never, options as never),
          () => api.similarity(text, value as never, options as never),
          () => api.fingerprint(value as never, options as never),
          () => api.findDuplicates([text, value] as never, options as never),
          () => api.clusterStories([value] as never, options as never),
          () => api.createIndex(options as never).query(value as never, options as never),
          () => api.indexFromJSON(value),
          () => api.lshKeys(value as never, options as never),
          () => api.optimalBands(value as never, 128, options as never),
          () => api.candidateBands(0.8, 128, value as never),
          () => api.createOutletRegistry([value] as never, options as never),
          () => api.createCorpusStats([value] as never),
          () => api.toNlcst(value as never),
          () => api.nlcstWords(value as never),
          () => api.matchOutlet(value as never, options as never),
          () => api.fingerprintValues(value as never),
          () => api.estimateResemblance(fingerprinted, value as never),
          () => api.createIndex().add(value as never, text),
          () => api.createIndex().add('x', value as never),
          () => api.createIndex().has(value as never),
          () => api.createIndex().remove(value as never)
        ]
        for (const call of calls) expectContract(call)
      })
    },
    {
      // `async`: rejects rather than throws, and reads the source only after its checks.
      name: 'collectDumpStream: hostile openers and options reject with the contract, or give the dump',
      property: fc.asyncProperty(hostile, hostileOptions, async (drawn, drawnOptions) => {
        const value = hostileValue(drawn)
        const options = optionsOf(drawnOptions)
        // A source whose own iteration throws (a Proxy of a Map) is the
        // caller's error, and comes through as it is (docs/security.md).
        const own = ownIterationError(value)
        const openValue = (): unknown => value
        for (const open of [value, openValue, () => ['Reuters\n', value]]) {
          try {
            expectPlainData(await api.collectDumpStream(open as never, options as never))
          } catch (error) {
            if (open === openValue && own !== undefined && error instanceof Error && error.constructor === own.constructor && error.message === own.message) continue
            expectContract(() => {
              throw error
            })
          }
        }
      })
    }
  ]
  return properties
}
