// What the fuzzing harness draws (issue 14): generated dumps built from real
// dump lines, with the line endings and Unicode classes that matter, huge
// lines, and hostile option values. Sampled from a fixed seed, so that a
// harness that stops drawing one of them fails here, not silently.
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {dumpLines, dumpText, fuzzProperties, hostileUnits, hostileValues} from './fuzz/properties.js'

const samples = fc.sample(dumpText({huge: 100_000}), {seed: 14, numRuns: 3000})
const joined = samples.join('\u0001')

test('the generated dumps hold real dump lines, every line ending and every Unicode class the issue names', () => {
  expect(dumpLines.length).toBeGreaterThan(200)
  expect(samples.some((sample) => dumpLines.some((line) => line.length > 20 && sample.includes(line)))).toBe(true)
  const classes: Record<string, string> = {
    'lone high surrogate': '\uD800',
    'lone low surrogate': '\uDC00',
    NUL: '\u0000',
    'U+2028': '\u2028',
    'U+2029': '\u2029',
    NEL: '\u0085',
    'BOM mid-text': '\uFEFF',
    'zero-width joiner': '\u200D',
    'right-to-left mark': '\u200F',
    'right-to-left override': '\u202E',
    'combining acute': '\u0301',
    CRLF: '\r\n',
    'lone CR': 'x\ry'
  }
  for (const [name, unit] of Object.entries(classes)) {
    if (name !== 'CRLF' && name !== 'lone CR') expect(hostileUnits, name).toContain(unit)
  }
  for (const [name, unit] of Object.entries(classes)) {
    const found = name === 'lone CR' ? /\r(?!\n)/.test(joined) : name === 'BOM mid-text' ? /[^\u0001]\uFEFF/.test(joined) : joined.includes(unit)
    expect(found, name).toBe(true)
  }
})

test('some dumps carry a huge line, up to the size asked for', () => {
  const longest = Math.max(...samples.map((sample) => Math.max(...sample.split(/\r\n|[\n\r\u2028\u2029\u0085]/).map((line) => line.length))))
  expect(longest).toBeGreaterThan(10_000)
  expect(longest).toBeLessThanOrEqual(100_000 + 400)
})

test('hostile values include the ones the issue names', () => {
  const fakeDate = hostileValues.find((value) => value instanceof Date && Object.getPrototypeOf(value) === Date.prototype && !(() => {
    try {
      Date.prototype.getTime.call(value)
      return true
    } catch {
      return false
    }
  })())
  expect(fakeDate, 'Object.create(Date.prototype)').toBeDefined()
  for (const value of [null, undefined, -1, 2, 2 ** 33, 'x']) expect(hostileValues, String(value)).toContain(value)
  expect(hostileValues.some((value) => Number.isNaN(value)), 'NaN').toBe(true)
  expect(hostileValues.some((value) => typeof value === 'string' && value.length >= 100_000), 'a huge string').toBe(true)
  expect(hostileValues.some((value) => typeof value === 'symbol'), 'a symbol').toBe(true)
})

test('the properties check every invariant the issue lists', () => {
  const names = fuzzProperties(1000).map((property) => property.name).join('\n')
  for (const invariant of ['a partition', 'the model types', 'deterministic', 'every chunking of short texts', 'cuts inside CRLF and surrogate pairs', 'idempotent', 'symmetric, in range', 'TypeError or RangeError at the call']) {
    expect(names, invariant).toContain(invariant)
  }
})
