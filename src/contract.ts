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
 * - A revoked Proxy, on which every operation throws, is a value of the
 *   wrong type like any other: the checks ask `isRecord`, `isArray` and
 *   `isMap`, which answer `false` for it, never the engine's "Cannot perform
 *   'get' on a proxy that has been revoked". (A getter or Proxy trap of the
 *   caller's that throws is the caller's error, and is thrown as it is.)
 */
import type {Article} from './types.js'
import {describe, isRevokedProxy} from './describe.js'


/**
 * `Array.isArray`, answering `false` for a revoked Proxy instead of
 * throwing.
 *
 * @param value
 *   Anything.
 */
export function isArray(value: unknown): value is readonly unknown[] {
  return !isRevokedProxy(value) && Array.isArray(value)
}

/**
 * Whether a value is an object whose fields a check can read: not `null`,
 * not an array, not a revoked Proxy.
 *
 * @param value
 *   Anything.
 */
export function isRecord<T>(value: T): value is T & Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !isRevokedProxy(value) && !Array.isArray(value)
}

/**
 * Whether a value is a real `Map` (or a subclass's instance): one that
 * `Map.prototype` methods work on. `instanceof Map` also holds for a Proxy
 * of a Map and for `Object.create(Map.prototype)`, whose `get` then throws
 * "incompatible receiver", and throws itself on a revoked Proxy.
 *
 * @param value
 *   Anything.
 */
export function isMap(value: unknown): value is ReadonlyMap<unknown, unknown> {
  if (typeof value !== 'object' || value === null) return false
  try {
    Map.prototype.has.call(value, undefined)
    return true
  } catch {
    return false
  }
}

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
  if (!isRecord(value)) throw optionsError(value, name)
  return value as Given<T>
}

/**
 * The error for options that are neither an object nor `null`/`undefined`:
 * one message for every export, also those that check their options their
 * own way.
 *
 * @param value
 *   The options as passed.
 * @param name
 *   What to call them in the message (default `options`).
 */
export function optionsError(value: unknown, name = 'options'): TypeError {
  return new TypeError(`Expected \`${name}\` to be an object (or \`null\`/\`undefined\` for none), not ${describe(value)}`)
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
  if (!isRecord(value)) throw new TypeError(`Expected \`${name}\` to be text or an article, not ${describe(value)}`)
  const {title, paragraphs} = value as {title?: unknown; paragraphs?: unknown}
  // An object with neither field is no article at all; one with either is
  // an article with a bad field, and the message points at the field.
  if (title === undefined && paragraphs === undefined) throw new TypeError(`Expected \`${name}\` to be text or an article, not ${describe(value)}`)
  if (typeof title !== 'string') throw new TypeError(`Expected \`${name}.title\` to be a string, not ${describe(title)}`)
  if (!isArray(paragraphs)) throw new TypeError(`Expected \`${name}.paragraphs\` to be an array of strings, not ${describe(paragraphs)}`)
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
  if (!isArray(value)) throw new TypeError(`Expected ${what}, not ${describe(value)}`)
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
  if (!isRecord(value)) {
    throw new TypeError(`Expected \`${name}\` to be corpus statistics (from \`createCorpusStats\`), not ${describe(value)}`)
  }
  const {documents, frequencies, unseen} = value as {documents?: unknown; frequencies?: unknown; unseen?: unknown}
  checkNumber(documents, `${name}.documents`, 'a count', (count) => Number.isSafeInteger(count) && count >= 0)
  if (!isMap(frequencies)) throw new TypeError(`Expected \`${name}.frequencies\` to be a Map, not ${describe(frequencies)}`)
  if (unseen !== undefined) checkNumber(unseen, `${name}.unseen`, 'a positive number', (count) => count > 0 && Number.isFinite(count))
}

/**
 * Check a `headerShapes` option (see `defaultHeaderShapes`): `oneLine` an
 * array of `{name, order, joins}` (`order` `['outlet', 'age']` or
 * `['age', 'outlet']`), `bylines` `{prefixes, outletJoins}`, `credits`
 * `{joins, ends}` and `excerptJoins`, every list an array of non-empty
 * strings. `null` and `undefined` pass (the default shapes).
 *
 * @param value
 *   Anything.
 * @param name
 *   The option's name (default `headerShapes`).
 */
export function checkHeaderShapes(value: unknown, name = 'headerShapes'): void {
  if (value === null || value === undefined) return
  if (!isRecord(value)) throw new TypeError(`Expected \`${name}\` to be header shapes (such as \`defaultHeaderShapes\`), not ${describe(value)}`)
  const {oneLine, bylines, credits, excerptJoins} = value
  if (!isArray(oneLine)) throw new TypeError(`Expected \`${name}.oneLine\` to be an array of one-line shapes, not ${describe(oneLine)}`)
  for (let index = 0; index < oneLine.length; index++) {
    const shape: unknown = oneLine[index]
    const where = `${name}.oneLine[${index}]`
    if (!isRecord(shape)) throw new TypeError(`Expected \`${where}\` to be {name, order, joins}, not ${describe(shape)}`)
    checkString(shape.name, `\`${where}.name\` to be a string`)
    const {order} = shape
    if (!isArray(order)) throw new TypeError(`Expected \`${where}.order\` to be ['outlet', 'age'] or ['age', 'outlet'], not ${describe(order)}`)
    if (order.length !== 2 || !((order[0] === 'outlet' && order[1] === 'age') || (order[0] === 'age' && order[1] === 'outlet'))) {
      throw new RangeError(`Expected \`${where}.order\` to be ['outlet', 'age'] or ['age', 'outlet'], not ${describe(order)} of ${order.length}`)
    }
    checkStrings(shape.joins, `${where}.joins`)
  }
  if (!isRecord(bylines)) throw new TypeError(`Expected \`${name}.bylines\` to be {prefixes, outletJoins}, not ${describe(bylines)}`)
  checkStrings(bylines.prefixes, `${name}.bylines.prefixes`)
  checkStrings(bylines.outletJoins, `${name}.bylines.outletJoins`)
  if (!isRecord(credits)) throw new TypeError(`Expected \`${name}.credits\` to be {joins, ends}, not ${describe(credits)}`)
  checkStrings(credits.joins, `${name}.credits.joins`)
  checkStrings(credits.ends, `${name}.credits.ends`)
  checkStrings(excerptJoins, `${name}.excerptJoins`)
}

/** Check an array of non-empty strings, each element with its index in the message. */
function checkStrings(value: unknown, name: string): void {
  if (!isArray(value)) throw new TypeError(`Expected \`${name}\` to be an array of strings, not ${describe(value)}`)
  for (let index = 0; index < value.length; index++) {
    const element: unknown = value[index]
    checkString(element, `\`${name}[${index}]\` to be a string`)
    if (element === '') throw new RangeError(`Expected \`${name}[${index}]\` to be a non-empty string, not ${describe(element)}`)
  }
}
