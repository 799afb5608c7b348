import {finalMix} from './hash.js'

/** Values in a signature by default (datasketch's default too). */
export const DEFAULT_PERMUTATIONS = 128
/** Seed of the MinHash family by default; part of the fingerprint format. */
export const DEFAULT_MINHASH_SEED = 0x6d_69_6e_68 // "minh"
/**
 * Most values a signature may hold. Densification of a text with few
 * shingles probes about `permutations` bins for each empty one, so the cost
 * of one fingerprint grows with the square of this (a few milliseconds at
 * 1024); no LSH scheme needs more (datasketch's default is 128).
 */
export const MAX_PERMUTATIONS = 1024
/** A bin that no shingle fell into, before densification. */
const EMPTY = 0xff_ff_ff_ff
const TWO_TO_32 = 4_294_967_296

/**
 * MinHash signature of a set of shingle hashes, by one-permutation hashing
 * with optimal densification (Shrivastava, “Optimal densification for fast
 * and accurate minwise hashing”, ICML 2017).
 *
 * Each shingle is hashed once, `h = finalMix(x ^ seed)`; `h` picks one of
 * `permutations` bins (`floor(h · k / 2³²)`) and each bin keeps the least
 * `h` it sees. A bin that no shingle fell into borrows the value of the
 * first filled bin along a probe sequence that depends only on the bin, the
 * attempt and the seed, so two sets borrow alike. For every slot `i`, two
 * sets then agree with probability equal to their Jaccard index, as with
 * classic MinHash, at the cost of one hash per shingle instead of one per
 * shingle and permutation (see `classicMinhashSignature`, about 40 times
 * slower on news text).
 *
 * All arithmetic is exact 32-bit integer arithmetic, so a signature is the
 * same on every platform and in every version of this format.
 *
 * @param shingles
 *   Shingle hashes (see `shingleHashes`); order and repeats do not matter.
 * @param permutations
 *   Values in the signature (default 128).
 * @param seed
 *   32-bit seed of the hash family (default `DEFAULT_MINHASH_SEED`).
 * @returns
 *   The signature; every value is `0xffffffff` when there are no shingles.
 *
 * @example
 *   const signature = minhashSignature(new Uint32Array([1, 2, 3]))
 *   signature.length //=> 128
 *   minhashSignature(new Uint32Array([3, 2, 1]))[7] === signature[7] //=> true
 *   minhashSignature(new Uint32Array([]), 4) //=> new Uint32Array([4294967295, 4294967295, 4294967295, 4294967295])
 */
export function minhashSignature(shingles: ArrayLike<number>, permutations = DEFAULT_PERMUTATIONS, seed = DEFAULT_MINHASH_SEED): Uint32Array {
  const out = new Uint32Array(permutations)
  minhashInto(shingles, shingles.length, permutations, seed, out, 0)
  return out
}

/** Bins of `minhashInto` before densification, reused. */
let scratchBins = new Uint32Array(DEFAULT_PERMUTATIONS)

/**
 * `minhashSignature` of the first `length` shingles, written into `out` at
 * `offset`: for filling one shared array of many signatures.
 *
 * @param shingles
 *   Shingle hashes, any order, repeats allowed.
 * @param length
 *   How many of them to read.
 * @param permutations
 *   Values in the signature.
 * @param seed
 *   32-bit seed.
 * @param out
 *   Where the signature goes.
 * @param offset
 *   Index in `out` of its first value.
 */
export function minhashInto(shingles: ArrayLike<number>, length: number, permutations: number, seed: number, out: Uint32Array, offset: number): void {
  const k = permutations
  if (scratchBins.length < k) scratchBins = new Uint32Array(k)
  const bins = scratchBins
  bins.fill(EMPTY, 0, k)
  let filled = 0
  // Multiply-high instead of `h % k`: uniform for any k, and bins follow
  // the order of `h`, so the least `h` overall lands in the first filled bin.
  // For a power of two it is a shift, with the same result.
  const shift = (k & (k - 1)) === 0 ? 32 - Math.log2(k) : -1
  for (let index = 0; index < length; index++) {
    const h = finalMix(shingles[index]! ^ seed)
    const bin = shift === 32 ? 0 : shift > 0 ? h >>> shift : Math.floor((h * k) / TWO_TO_32)
    const old = bins[bin]!
    if (h < old) {
      if (old === EMPTY) filled++
      bins[bin] = h
    }
  }
  out.set(bins.subarray(0, k), offset)
  if (filled === k || filled === 0) return
  for (let bin = 0; bin < k; bin++) {
    if (bins[bin] !== EMPTY) continue
    for (let attempt = 1; ; attempt++) {
      const hash = probe(bin, attempt, seed)
      const donor = shift === 32 ? 0 : shift > 0 ? hash >>> shift : Math.floor((hash * k) / TWO_TO_32)
      const value = bins[donor]!
      if (value !== EMPTY) {
        out[offset + bin] = value
        break
      }
    }
  }
}

/**
 * Classic MinHash: `permutations` hash functions `hᵢ(x) = aᵢ·x + bᵢ mod 2³²`
 * over the pre-mixed shingle hash, `aᵢ` odd, `aᵢ` and `bᵢ` drawn from the
 * seed with MurmurHash3's finaliser, keeping the least value of each.
 *
 * Kept as the reference that `minhashSignature` is measured against (its
 * slots agree with the same probability, at k hashes per shingle); it is not
 * the fingerprint format.
 *
 * @param shingles
 *   Shingle hashes.
 * @param permutations
 *   Values in the signature (default 128).
 * @param seed
 *   32-bit seed (default `DEFAULT_MINHASH_SEED`).
 * @returns
 *   The signature; every value is `0xffffffff` when there are no shingles.
 *
 * @example
 *   classicMinhashSignature(new Uint32Array([1, 2, 3])).length //=> 128
 */
export function classicMinhashSignature(shingles: ArrayLike<number>, permutations = DEFAULT_PERMUTATIONS, seed = DEFAULT_MINHASH_SEED): Uint32Array {
  const k = permutations
  const multipliers = new Int32Array(k)
  const offsets = new Int32Array(k)
  for (let i = 0; i < k; i++) {
    multipliers[i] = finalMix(seed ^ Math.imul(2 * i + 1, 0x9e_37_79_b9)) | 1
    offsets[i] = finalMix(seed ^ Math.imul(2 * i + 2, 0x9e_37_79_b9))
  }
  // Signed minima of values shifted by 2³¹ compare like unsigned ones and
  // keep the inner loop on small integers.
  const minima = new Int32Array(k).fill(0x7f_ff_ff_ff)
  for (let index = 0; index < shingles.length; index++) {
    const x = finalMix(shingles[index]! ^ seed) | 0
    for (let i = 0; i < k; i++) {
      const value = ((Math.imul(multipliers[i]!, x) + offsets[i]!) | 0) ^ 0x80_00_00_00
      if (value < minima[i]!) minima[i] = value
    }
  }
  const out = new Uint32Array(k)
  for (let i = 0; i < k; i++) out[i] = (minima[i]! ^ 0x80_00_00_00) >>> 0
  return out
}

/**
 * Estimated Jaccard index of two sets from their signatures: the share of
 * slots where they agree.
 *
 * @param a
 *   Signature.
 * @param b
 *   Signature of the same length, seed and algorithm.
 * @returns
 *   Share in `[0, 1]`; 0 for signatures of no shingles.
 *
 * @example
 *   estimateFromSignatures([1, 2, 3, 4], [1, 2, 3, 5]) //=> 0.75
 */
export function estimateFromSignatures(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const k = a.length
  if (k === 0 || b.length !== k) return 0
  let agree = 0
  let empty = true
  for (let i = 0; i < k; i++) {
    if (a[i] === b[i]) agree++
    if (a[i] !== EMPTY) empty = false
  }
  return empty ? 0 : agree / k
}

/** The densification probe for `bin` at `attempt`: a hash of both and the seed. */
function probe(bin: number, attempt: number, seed: number): number {
  return finalMix(Math.imul(bin + 1, 0x9e_37_79_b9) ^ Math.imul(attempt, 0x85_eb_ca_77) ^ seed)
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
/** Base64 digit → its value, or -1. */
let base64Values: Int8Array | undefined

/**
 * A signature as text: its values as little-endian 32-bit integers, in
 * base64 (RFC 4648, padded). 128 values take 684 characters, against about
 * 1,400 as a JSON array of numbers, and a string costs one byte a character
 * in memory.
 *
 * @param values
 *   Signature values.
 * @param offset
 *   Index of the first value.
 * @param count
 *   Values to encode.
 * @returns
 *   Base64 text.
 *
 * @example
 *   encodeSignature(new Uint32Array([1, 0xffffffff]), 0, 2) //=> 'AQAAAP////8='
 */
export function encodeSignature(values: Uint32Array, offset: number, count: number): string {
  const bytes = count * 4
  if (encodeScratch.length < bytes) encodeScratch = new Uint8Array(bytes)
  const source = encodeScratch
  for (let index = 0; index < count; index++) {
    const value = values[offset + index]!
    source[4 * index] = value & 0xff
    source[4 * index + 1] = (value >>> 8) & 0xff
    source[4 * index + 2] = (value >>> 16) & 0xff
    source[4 * index + 3] = value >>> 24
  }
  const length = Math.ceil(bytes / 3) * 4
  if (codeScratch.length < length) codeScratch = new Uint8Array(length)
  const codes = codeScratch
  const digits = (base64Codes ??= Uint8Array.from(BASE64, (digit) => digit.charCodeAt(0)))
  let write = 0
  let index = 0
  for (; index + 2 < bytes; index += 3) {
    const triple = (source[index]! << 16) | (source[index + 1]! << 8) | source[index + 2]!
    codes[write++] = digits[triple >>> 18]!
    codes[write++] = digits[(triple >>> 12) & 63]!
    codes[write++] = digits[(triple >>> 6) & 63]!
    codes[write++] = digits[triple & 63]!
  }
  if (index < bytes) {
    const a = source[index]!
    const b = index + 1 < bytes ? source[index + 1]! : 0
    codes[write++] = digits[a >>> 2]!
    codes[write++] = digits[((a & 3) << 4) | (b >>> 4)]!
    codes[write++] = index + 1 < bytes ? digits[(b & 15) << 2]! : 61
    codes[write++] = 61
  }
  // Base64 digits are ASCII, which UTF-8 decodes as it is: one native call
  // gives a flat one-byte string, many times faster than `fromCharCode`.
  asciiDecoder ??= typeof TextDecoder === 'function' ? new TextDecoder() : null
  if (asciiDecoder !== null) return asciiDecoder.decode(codes.subarray(0, length))
  let text = ''
  for (let start = 0; start < length; start += 8192) text += String.fromCharCode.apply(null, codes.subarray(start, Math.min(start + 8192, length)) as unknown as number[])
  return text
}

/** Base64 codes of the signature being encoded, reused. */
let codeScratch = new Uint8Array(0)
/** A UTF-8 decoder, where the platform has one (`null` where not). */
let asciiDecoder: {decode(bytes: Uint8Array): string} | null | undefined

/** Bytes of the signature being encoded, reused. */
let encodeScratch = new Uint8Array(4 * DEFAULT_PERMUTATIONS)
/** Base64 digit value → its character code. */
let base64Codes: Uint8Array | undefined

/**
 * The values of a signature encoded by `encodeSignature`.
 *
 * @param text
 *   Base64 text of exactly `count` values.
 * @param count
 *   Values expected.
 * @param out
 *   Where to write them (default: a new array).
 * @param offset
 *   Index in `out` of the first value.
 * @returns
 *   `out`, or `undefined` when `text` is not base64 of `count` values.
 *
 * @example
 *   decodeSignature('AQAAAP////8=', 2) //=> new Uint32Array([1, 4294967295])
 *   decodeSignature('AQAAAP////8=', 3) //=> undefined
 */
export function decodeSignature(text: string, count: number, out = new Uint32Array(count), offset = 0): Uint32Array | undefined {
  const bytes = count * 4
  if (text.length !== Math.ceil(bytes / 3) * 4) return undefined
  if (base64Values === undefined) {
    base64Values = new Int8Array(128).fill(-1)
    for (let index = 0; index < 64; index++) base64Values[BASE64.charCodeAt(index)] = index
  }
  const table = base64Values
  const padding = (3 - (bytes % 3)) % 3
  const digits = text.length - padding
  for (let index = digits; index < text.length; index++) if (text.charCodeAt(index) !== 61) return undefined
  const digit = (index: number): number => {
    if (index >= digits) return 0
    const code = text.charCodeAt(index)
    return code < 128 ? table[code]! : -1
  }
  let word = 0
  let written = 0
  for (let index = 0; index < digits; index += 4) {
    const a = digit(index)
    const b = digit(index + 1)
    const c = digit(index + 2)
    const d = digit(index + 3)
    if ((a | b | c | d) < 0) return undefined
    const triple = (a << 18) | (b << 12) | (c << 6) | d
    for (let shift = 16; shift >= 0 && written < bytes; shift -= 8) {
      word |= ((triple >>> shift) & 0xff) << ((written & 3) * 8)
      if ((written & 3) === 3) {
        out[offset + (written >>> 2)] = word
        word = 0
      }
      written++
    }
    // Canonical base64 only: the bits past the last byte are zero.
    if (index + 4 >= digits && padding > 0 && (triple & (padding === 1 ? 0xff : 0xff_ff)) !== 0) return undefined
  }
  return out
}
