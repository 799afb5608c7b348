/**
 * MurmurHash3 (x86, 32-bit) of a string's UTF-16 code units, seeded.
 *
 * Code units are hashed two at a time as 32-bit blocks: the result is
 * MurmurHash3_x86_32 of the string's UTF-16LE bytes, and depends only on
 * the string and the seed: the same on every platform and
 * in every version (fingerprints are stored, and must stay comparable).
 * Exact 32-bit arithmetic with `Math.imul` and `>>> 0`.
 *
 * @param text
 *   Any string.
 * @param seed
 *   32-bit seed.
 * @returns
 *   Unsigned 32-bit hash.
 *
 * @example
 *   murmur3('', 0) //=> 0
 *   murmur3('zelensky', 0) === murmur3('zelensky', 0) //=> true
 *   murmur3('kyiv', 1) === murmur3('kyiv', 2) //=> false
 */
export function murmur3(text: string, seed: number): number {
  let hash = seed >>> 0
  const length = text.length
  const pairs = length >>> 1
  for (let index = 0; index < pairs; index++) hash = murmurBlock(hash, text.charCodeAt(2 * index) | (text.charCodeAt(2 * index + 1) << 16))
  if (length & 1) hash = murmurTail(hash, text.charCodeAt(length - 1))
  return murmurFinal(hash, length)
}

/**
 * One 32-bit block of MurmurHash3 x86 32 mixed into the hash (for hashing
 * code units in place, as `murmur3` does).
 *
 * @param hash
 *   Hash so far.
 * @param block
 *   Two code units, the first in the low 16 bits.
 * @returns
 *   The hash with the block mixed in.
 */
export function murmurBlock(hash: number, block: number): number {
  let mixed = Math.imul(block, 0xcc_9e_2d_51)
  mixed = (mixed << 15) | (mixed >>> 17)
  mixed = Math.imul(mixed, 0x1b_87_35_93)
  const next = hash ^ mixed
  return (Math.imul((next << 13) | (next >>> 19), 5) + 0xe6_54_6b_64) | 0
}

/**
 * The last, odd code unit mixed into a MurmurHash3 hash.
 *
 * @param hash
 *   Hash so far.
 * @param code
 *   The code unit.
 * @returns
 *   The hash with it mixed in.
 */
export function murmurTail(hash: number, code: number): number {
  let mixed = Math.imul(code, 0xcc_9e_2d_51)
  mixed = (mixed << 15) | (mixed >>> 17)
  return hash ^ Math.imul(mixed, 0x1b_87_35_93)
}

/**
 * The end of MurmurHash3: the length in bytes mixed in, then `finalMix`.
 *
 * @param hash
 *   Hash of all the blocks.
 * @param length
 *   Code units hashed.
 * @returns
 *   Unsigned 32-bit hash.
 */
export function murmurFinal(hash: number, length: number): number {
  return finalMix(hash ^ (length * 2))
}

/**
 * MurmurHash3's finaliser: a bijection on 32-bit integers that spreads
 * every input bit over the output.
 *
 * @param value
 *   32-bit integer.
 * @returns
 *   Unsigned 32-bit integer.
 */
export function finalMix(value: number): number {
  let hash = value | 0
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85_eb_ca_6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2_b2_ae_35)
  hash ^= hash >>> 16
  return hash >>> 0
}

/**
 * Combine an accumulated 32-bit hash with the next one (for hashing a
 * sequence of words into a shingle without building its string).
 *
 * @param accumulated
 *   Hash so far.
 * @param next
 *   Hash of the next item.
 * @returns
 *   Unsigned 32-bit hash of the sequence.
 */
export function combine(accumulated: number, next: number): number {
  return finalMix(Math.imul(accumulated ^ 0x9e_37_79_b9, 0x01_00_01_93) ^ next)
}
