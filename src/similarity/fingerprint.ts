import type {Article} from '../types.js'
import {describe} from '../describe.js'
import {checkOptions, checkTextOrArticle, isArray, isRecord} from '../contract.js'
import {readWordHashes} from './content.js'
import {
  DEFAULT_MINHASH_SEED,
  DEFAULT_PERMUTATIONS,
  MAX_PERMUTATIONS,
  decodeSignature,
  encodeSignature,
  estimateFromSignatures,
  minhashInto,
  minhashSignature
} from './minhash.js'
import {DEFAULT_SHINGLE_SIZE, countDistinct, rollShingles, shingleCount} from './shingle.js'
import type {Fingerprint, FingerprintOptions, FingerprintV1} from './types.js'

/** The one algorithm of fingerprint formats 1 and 2. */
export const FINGERPRINT_ALGORITHM = 'oph-densified'
/** The format `fingerprint` writes. */
export const FINGERPRINT_VERSION = 2

/** Shingles and signature of the last `fingerprint` call, reused. */
let shingleScratch = new Uint32Array(1024)
let signatureScratch = new Uint32Array(DEFAULT_PERMUTATIONS)

/**
 * The MinHash fingerprint of an article: plain, JSON-serialisable data to
 * store, send elsewhere, compare with `estimateResemblance` or group by
 * with `lshKeys`.
 *
 * The content is read as `similarity` reads it (wrapper left out, words
 * folded), cut into word 3-shingles, and summarised by a MinHash signature
 * (see `minhashSignature`): two fingerprints agree in a share of their
 * values that estimates the resemblance of the two texts, with a standard
 * error of about `sqrt(J(1 − J) / permutations)` (±0.035 at J = 0.8 with
 * 128). The same text gives the same fingerprint on every platform and in
 * every version of the format; `minhash` holds the values as base64 (see
 * `Fingerprint`), about 800 bytes of JSON and of memory.
 *
 * Words are hashed as they are read and shingles fed to MinHash as they
 * are made: no word or shingle string is built, nothing is sorted.
 *
 * @param item
 *   Text, or an article from `splitDump`.
 * @param options
 *   `permutations`: values in the signature (default 128, at most 1024,
 *   `MAX_PERMUTATIONS`);
 *   `seed`: seed of the hash family (default `DEFAULT_MINHASH_SEED`).
 * @returns
 *   The fingerprint.
 * @throws {TypeError}
 *   When `item` is neither text nor an article, or an option is not a number.
 * @throws {RangeError}
 *   When `permutations` or `seed` is out of range.
 *
 * @example
 *   const fp = fingerprint('Russia and Ukraine agreed on Wednesday to swap more prisoners of war.')
 *   fp.version //=> 2
 *   fp.algorithm //=> 'oph-densified'
 *   fp.minhash.length //=> 684
 *   fingerprintValues(fp).length //=> 128
 *   fp.words //=> 12
 *   fp.shingles //=> 10
 *   fingerprint('').shingles //=> 0
 *   fingerprint('a b c', {permutations: 2048}) //=> RangeError: Expected `permutations` to be an integer from 1 to 1024, not `number` (2048)
 */
export function fingerprint(item: string | Article, options?: FingerprintOptions | null): Fingerprint {
  checkTextOrArticle(item, 'item')
  const {permutations, seed} = fingerprintSettings(options)
  const {hashes, count} = readWordHashes(item)
  const length = shingleCount(count)
  if (shingleScratch.length < length) shingleScratch = new Uint32Array(Math.max(length, shingleScratch.length * 2))
  const shingles = shingleScratch
  rollShingles(hashes, count, DEFAULT_SHINGLE_SIZE, shingles)
  if (signatureScratch.length < permutations) signatureScratch = new Uint32Array(permutations)
  minhashInto(shingles, length, permutations, seed, signatureScratch, 0)
  // One huge text must not pin its scratch memory.
  if (shingleScratch.length > 1 << 16) shingleScratch = new Uint32Array(1024)
  return fingerprintOfSignature(signatureScratch, 0, permutations, seed, count, countDistinct(shingles, length))
}

/**
 * A fingerprint from a signature already computed.
 *
 * @param signatures
 *   Array holding the signature.
 * @param offset
 *   Index of its first value.
 * @param permutations
 *   Values in it.
 * @param seed
 *   Seed it was computed with.
 * @param words
 *   Words of the text.
 * @param shingles
 *   Distinct shingles of the text.
 * @returns
 *   The fingerprint.
 */
export function fingerprintOfSignature(signatures: Uint32Array, offset: number, permutations: number, seed: number, words: number, shingles: number): Fingerprint {
  return {
    version: FINGERPRINT_VERSION,
    algorithm: FINGERPRINT_ALGORITHM,
    seed,
    permutations,
    shingleSize: DEFAULT_SHINGLE_SIZE,
    minhash: encodeSignature(signatures, offset, permutations),
    words,
    shingles
  }
}

/**
 * The signature values of a fingerprint, of format 2 or 1.
 *
 * @param fp
 *   Fingerprint.
 * @returns
 *   Its `permutations` values.
 * @throws {TypeError}
 *   When `fp` is not a fingerprint.
 * @throws {RangeError}
 *   When a field is out of range.
 *
 * @example
 *   fingerprintValues(fingerprint('Kyiv talks resume', {permutations: 4})).length //=> 4
 */
export function fingerprintValues(fp: Fingerprint | FingerprintV1): Uint32Array {
  checkFingerprint(fp, 'fp')
  return signatureOf(fp)
}

/**
 * The signature of a checked fingerprint, into `out` at `offset` when given.
 *
 * @param fp
 *   Fingerprint already checked (`checkFingerprint`).
 * @param out
 *   Where to write (default: a new array).
 * @param offset
 *   Index in `out`.
 * @returns
 *   The array written.
 */
export function signatureOf(fp: Fingerprint | FingerprintV1, out = new Uint32Array(fp.permutations), offset = 0): Uint32Array {
  if (typeof fp.minhash === 'string') decodeSignature(fp.minhash, fp.permutations, out, offset)
  else for (let index = 0; index < fp.permutations; index++) out[offset + index] = fp.minhash[index]!
  return out
}

/**
 * The fingerprint of shingles already computed.
 *
 * @param shingles
 *   Sorted unique shingle hashes (see `shingleHashes`).
 * @param words
 *   Words they were cut from.
 * @param permutations
 *   Values in the signature.
 * @param seed
 *   Seed of the hash family.
 * @returns
 *   The fingerprint.
 */
export function fingerprintOfShingles(shingles: Uint32Array, words: number, permutations: number, seed: number): Fingerprint {
  return fingerprintOfSignature(minhashSignature(shingles, permutations, seed), 0, permutations, seed, words, shingles.length)
}

/**
 * Estimate the resemblance of two texts from their fingerprints: the share
 * of signature values they agree on.
 *
 * @param a
 *   Fingerprint.
 * @param b
 *   Fingerprint of the same seed and number of permutations (format 2 or 1).
 * @returns
 *   Estimated Jaccard index of the two shingle sets, in `[0, 1]`; 0 when
 *   either text has no shingles.
 * @throws {TypeError}
 *   When either is not a fingerprint.
 * @throws {RangeError}
 *   When their seeds or numbers of permutations differ.
 *
 * @example
 *   const text = 'Russia and Ukraine agreed on Wednesday to swap more prisoners of war.'
 *   estimateResemblance(fingerprint(text), fingerprint(text)) //=> 1
 *   estimateResemblance(fingerprint(text), fingerprint('Heavy rain flooded the city centre.')) //=> 0
 */
export function estimateResemblance(a: Fingerprint | FingerprintV1, b: Fingerprint | FingerprintV1): number {
  checkFingerprint(a, 'a')
  checkFingerprint(b, 'b')
  checkComparable(a, b)
  if (a.shingles === 0 || b.shingles === 0) return 0
  return estimateFromSignatures(signatureOf(a), signatureOf(b))
}

/**
 * Check that a value is a well-formed fingerprint of format 2 (or 1).
 *
 * @param value
 *   Anything.
 * @param name
 *   What to call it in an error message.
 * @throws {TypeError}
 *   When it is not an object or a field has the wrong type.
 * @throws {RangeError}
 *   When a field is out of range (another version, algorithm or length).
 */
export function checkFingerprint(value: unknown, name = 'fingerprint'): asserts value is Fingerprint | FingerprintV1 {
  if (!isRecord(value)) {
    throw new TypeError(`Expected \`${name}\` to be a fingerprint, not ${describe(value)}`)
  }
  const fp = value as Record<string, unknown>
  if (fp.version !== 2 && fp.version !== 1) {
    throw new RangeError(`Expected \`${name}.version\` to be 2 (or 1, the format of newsdump 0.1), not ${describe(fp.version)}`)
  }
  if (fp.algorithm !== FINGERPRINT_ALGORITHM) {
    throw new RangeError(`Expected \`${name}.algorithm\` to be '${FINGERPRINT_ALGORITHM}', not ${describe(fp.algorithm)}`)
  }
  checkUint32(fp.seed, `${name}.seed`)
  checkPermutations(fp.permutations, `${name}.permutations`)
  if (fp.shingleSize !== DEFAULT_SHINGLE_SIZE) {
    throw new RangeError(`Expected \`${name}.shingleSize\` to be ${DEFAULT_SHINGLE_SIZE}, not ${describe(fp.shingleSize)}`)
  }
  checkCount(fp.words, `${name}.words`)
  checkCount(fp.shingles, `${name}.shingles`)
  const minhash = fp.minhash
  if (fp.version === 2) {
    if (typeof minhash !== 'string') throw new TypeError(`Expected \`${name}.minhash\` to be base64 text, not ${describe(minhash)}`)
    if (decodeSignature(minhash, fp.permutations, signatureScratch.length >= fp.permutations ? signatureScratch : undefined) === undefined) {
      throw new RangeError(`Expected \`${name}.minhash\` to be base64 of ${String(fp.permutations)} values (its \`permutations\`), not ${describe(minhash)}`)
    }
    return
  }
  if (!isArray(minhash)) throw new TypeError(`Expected \`${name}.minhash\` to be an array, not ${describe(minhash)}`)
  if (minhash.length !== fp.permutations) {
    throw new RangeError(`Expected \`${name}.minhash\` to hold ${String(fp.permutations)} values (its \`permutations\`), not ${minhash.length}`)
  }
  for (let index = 0; index < minhash.length; index++) checkUint32(minhash[index], `${name}.minhash[${index}]`)
}

/**
 * Check that two fingerprints can be compared: the same seed and number of
 * permutations.
 *
 * @param a
 *   Fingerprint.
 * @param b
 *   Fingerprint.
 * @throws {RangeError}
 *   When they differ.
 */
export function checkComparable(a: Fingerprint | FingerprintV1, b: Fingerprint | FingerprintV1): void {
  if (a.seed !== b.seed || a.permutations !== b.permutations) {
    throw new RangeError(
      `Expected fingerprints of the same seed and permutations, not seed ${a.seed} with ${a.permutations} permutations and seed ${b.seed} with ${b.permutations}`
    )
  }
}

/**
 * Read and check the `permutations` and `seed` options.
 *
 * @param options
 *   Options as given.
 * @returns
 *   Both, defaults filled in.
 */
export function fingerprintSettings(options: FingerprintOptions | null | undefined): {permutations: number; seed: number} {
  const given = checkOptions(options)
  const permutations = given.permutations ?? DEFAULT_PERMUTATIONS
  const seed = given.seed ?? DEFAULT_MINHASH_SEED
  checkPermutations(permutations, 'permutations')
  checkUint32(seed, 'seed')
  return {permutations, seed}
}

/**
 * Check a number of permutations.
 *
 * @param value
 *   Anything.
 * @param name
 *   What to call it in an error message.
 */
export function checkPermutations(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number') throw new TypeError(`Expected \`${name}\` to be a number, not ${describe(value)}`)
  if (!Number.isInteger(value) || value < 1 || value > MAX_PERMUTATIONS) {
    throw new RangeError(`Expected \`${name}\` to be an integer from 1 to ${MAX_PERMUTATIONS}, not ${describe(value)}`)
  }
}

/**
 * Check a threshold of resemblance or score: a number in `(0, 1]`.
 *
 * @param value
 *   Anything.
 * @param name
 *   What to call it in an error message.
 */
export function checkThreshold(value: unknown, name = 'threshold'): asserts value is number {
  if (typeof value !== 'number') throw new TypeError(`Expected \`${name}\` to be a number, not ${describe(value)}`)
  if (!(value > 0 && value <= 1)) throw new RangeError(`Expected \`${name}\` to be a number in (0, 1], not ${describe(value)}`)
}

function checkUint32(value: unknown, name: string): void {
  if (typeof value !== 'number') throw new TypeError(`Expected \`${name}\` to be a number, not ${describe(value)}`)
  if (!Number.isInteger(value) || value < 0 || value > 0xff_ff_ff_ff) {
    throw new RangeError(`Expected \`${name}\` to be an unsigned 32-bit integer, not ${describe(value)}`)
  }
}

function checkCount(value: unknown, name: string): void {
  if (typeof value !== 'number') throw new TypeError(`Expected \`${name}\` to be a number, not ${describe(value)}`)
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Expected \`${name}\` to be a count, not ${describe(value)}`)
}
