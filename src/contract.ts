/**
 * The argument checks every export runs before it does anything: one
 * implementation of the error contract (see `docs/security.md`).
 *
 * - `null` and `undefined` mean "not given", for an options object and for
 *   each option in it: the default applies.
 * - A value of the wrong type is a `TypeError`; a value of the right type
 *   but out of range a `RangeError`.
 * - The message names the parameter (the path to it: `items[4127]`,
 *   `item.paragraphs[2]`, `options.rules[0]`) and describes the value with
 *   `describe`, which cuts long strings and never throws.
 * - The checks run at the call: nothing is deferred to iteration or to the
 *   first dump that happens to use a bad option.
 */
import type {Article} from './types.js'
import {describe} from './describe.js'

/** An options object with every field possibly absent. */
type Given<T> = {readonly [K in keyof T]?: T[K] | null}

const EMPTY: Readonly<Record<string, never>> = Object.freeze({})

/**
 * Check an options argument: `null` and `undefined` give an empty object,
 * any other non-object (an array included) is a `TypeError`.
 *
 * @param value
 *   The options as passed.
 * @param name
 *   What to call them in a message (default `options`).
 * @returns
 *   The options, or an empty object.
 */
export function checkOptions<T extends object>(value: T | null | undefined, name = 'options'): Given<T> {
  if (value === null || value === undefined) return EMPTY as Given<T>
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`Expected \`${name}\` to be an object (or \`null\`/\`undefined\` for none), not ${describe(value)}`)
  }
  return value as Given<T>
}

/**
 * Check a string argument.
 *
 * @param value
 *   Anything.
 * @param what
 *   What was expected, as the message says it (``text as a string``).
 */
export function checkString(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`Expected ${what}, not ${describe(value)}`)
}

/**
 * Check an optional boolean option (`null` and `undefined` pass).
 *
 * @param value
 *   Anything.
 * @param name
 *   The option's name.
 */
export function checkBoolean(value: unknown, name: string): asserts value is boolean | null | undefined {
  if (value !== null && value !== undefined && typeof value !== 'boolean') {
    throw new TypeError(`Expected \`${name}\` to be a boolean, not ${describe(value)}`)
  }
}

/**
 * Check a number argument: a `TypeError` when it is not a number, a
 * `RangeError` when `valid` refuses it.
 *
 * @param value
 *   Anything.
 * @param name
 *   The parameter's name.
 * @param range
 *   The values allowed, as the message says them (`a number in (0, 1]`).
 * @param valid
 *   Whether a number is in range.
 */
export function checkNumber(value: unknown, name: string, range: string, valid: (value: number) => boolean): asserts value is number {
  if (typeof value !== 'number') throw new TypeError(`Expected \`${name}\` to be a number, not ${describe(value)}`)
  if (!valid(value)) throw new RangeError(`Expected \`${name}\` to be ${range}, not ${describe(value)}`)
}

/**
 * Whether a number is an unsigned 32-bit integer (a seed, a hash).
 *
 * @param value
 *   A number.
 */
export function isUint32(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 0xff_ff_ff_ff
}

/**
 * Check text or an article-like value, as every function taking
 * `string | Article` reads it: a string, or an object whose `title` is a
 * string and whose `paragraphs` is an array of strings. The message names
 * the bad part (`items[3].paragraphs[2]`).
 *
 * @param value
 *   Anything.
 * @param name
 *   The parameter's name (`item`, `a`, `items[3]`).
 */
export function checkTextOrArticle(value: unknown, name: string): asserts value is string | Article {
  if (typeof value === 'string') return
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`Expected \`${name}\` to be text or an article, not ${describe(value)}`)
  }
  const {title, paragraphs} = value as {title?: unknown; paragraphs?: unknown}
  // An object with neither field is no article at all; one with either is
  // an article with a bad field, and the message points at the field.
  if (title === undefined && paragraphs === undefined) throw new TypeError(`Expected \`${name}\` to be text or an article, not ${describe(value)}`)
  if (typeof title !== 'string') throw new TypeError(`Expected \`${name}.title\` to be a string, not ${describe(title)}`)
  if (!Array.isArray(paragraphs)) throw new TypeError(`Expected \`${name}.paragraphs\` to be an array of strings, not ${describe(paragraphs)}`)
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph: unknown = paragraphs[index]
    if (typeof paragraph !== 'string') throw new TypeError(`Expected \`${name}.paragraphs[${index}]\` to be a string, not ${describe(paragraph)}`)
  }
}

/**
 * Check an array of texts or articles, each element with its index in the
 * message (`items[4127]`).
 *
 * @param value
 *   Anything.
 * @param name
 *   The parameter's name (default `items`).
 * @param what
 *   What was expected of the whole, as the message says it.
 */
export function checkItems(
  value: unknown,
  name = 'items',
  what = `\`${name}\` to be an array of texts or articles`
): asserts value is ReadonlyArray<string | Article> {
  if (!Array.isArray(value)) throw new TypeError(`Expected ${what}, not ${describe(value)}`)
  for (let index = 0; index < value.length; index++) checkTextOrArticle(value[index], `${name}[${index}]`)
}

/**
 * Check corpus statistics given as the `stats` option (see
 * `createCorpusStats`): `documents` a count, `frequencies` a `Map`,
 * `unseen` (optional) a positive number. `null` and `undefined` pass.
 *
 * @param value
 *   Anything.
 * @param name
 *   The option's name (default `stats`).
 */
export function checkCorpusStats(value: unknown, name = 'stats'): void {
  if (value === null || value === undefined) return
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`Expected \`${name}\` to be corpus statistics (from \`createCorpusStats\`), not ${describe(value)}`)
  }
  const {documents, frequencies, unseen} = value as {documents?: unknown; frequencies?: unknown; unseen?: unknown}
  checkNumber(documents, `${name}.documents`, 'a count', (count) => Number.isSafeInteger(count) && count >= 0)
  if (!(frequencies instanceof Map)) throw new TypeError(`Expected \`${name}.frequencies\` to be a Map, not ${describe(frequencies)}`)
  if (unseen !== undefined) checkNumber(unseen, `${name}.unseen`, 'a positive number', (count) => count > 0 && Number.isFinite(count))
}
