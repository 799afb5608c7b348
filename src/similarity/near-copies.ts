import {exactResemblance} from './duplicates.js'
import {candidateBands} from './lsh.js'
import {bandLinks} from './lsh.js'
import {DEFAULT_MINHASH_SEED, minhashInto} from './minhash.js'
import type {Prepared} from './prepare.js'
import {storyScoreOnly} from './story-model.js'
import {createUnionFind} from './union-find.js'

/** Least resemblance (Jaccard of the word 3-shingle sets) of a near copy to another text of its group. */
export const NEAR_COPY_RESEMBLANCE = 0.9

/**
 * Least distinct texts of a group of near copies for it to move as one:
 * a smaller group costs at most this many links per text, so it is
 * compared pair by pair, exactly.
 */
export const NEAR_COPY_GROUP = 32

/** Values per MinHash signature when looking for near copies (the LSH only proposes; each pair is verified). */
const PERMUTATIONS = 64

/** Near copies among prepared texts (see `nearCopyGroups`). */
export interface NearCopies {
  /** For each text, the text that stands for it: itself, or its group's representative. */
  representative: Int32Array
  /** For each text standing for another, its story score with its representative (order of the texts); -1 otherwise. */
  score: Float64Array
}

/**
 * Group near copies among prepared texts so that each large group can be
 * compared as one text: texts whose word 3-shingle sets have a resemblance
 * of at least `NEAR_COPY_RESEMBLANCE`, joined through such pairs (MinHash
 * LSH proposes the pairs, the exact resemblance verifies them; a pair
 * already joined is not verified, so the work is linear in the texts), in
 * groups of at least `NEAR_COPY_GROUP` texts. A group's representative is
 * its text with the most words, then the first; another text of the group
 * stands with it only when its story score with the representative
 * reaches `threshold` (a verified link): the rest stay texts of their own.
 *
 * @param prepared
 *   Distinct prepared texts, in order of first appearance.
 * @param threshold
 *   Least story score of a link.
 * @param minimumGroup
 *   Least texts in a group that moves as one (default `NEAR_COPY_GROUP`).
 * @returns
 *   Who stands for whom.
 */
export function nearCopyGroups(prepared: readonly Prepared[], threshold: number, minimumGroup = NEAR_COPY_GROUP): NearCopies {
  const count = prepared.length
  const representative = new Int32Array(count)
  for (let text = 0; text < count; text++) representative[text] = text
  const score = new Float64Array(count).fill(-1)
  const signatures = new Uint32Array(count * PERMUTATIONS)
  for (let text = 0; text < count; text++) {
    const shingles = prepared[text]!.shingles
    minhashInto(shingles, shingles.length, PERMUTATIONS, DEFAULT_MINHASH_SEED, signatures, text * PERMUTATIONS)
  }
  const sets = createUnionFind(count)
  bandLinks(signatures, PERMUTATIONS, count, candidateBands(NEAR_COPY_RESEMBLANCE, PERMUTATIONS), sets, (a, b) => {
    const x = prepared[a]!.shingles
    const y = prepared[b]!.shingles
    if (x.length === 0 || y.length === 0 || exactResemblance(x, y) < NEAR_COPY_RESEMBLANCE) return false
    sets.union(a, b)
    return true
  })
  for (const group of sets.sets(minimumGroup)) {
    let lead = group[0]!
    for (const text of group) if (prepared[text]!.words > prepared[lead]!.words) lead = text
    // The representative's copies, and so its group, must link to it.
    if (storyScoreOnly(prepared[lead]!, prepared[lead]!) < threshold) continue
    for (const text of group) {
      if (text === lead) continue
      const value = text < lead ? storyScoreOnly(prepared[text]!, prepared[lead]!) : storyScoreOnly(prepared[lead]!, prepared[text]!)
      if (value < threshold) continue
      representative[text] = lead
      score[text] = value
    }
  }
  return {representative, score}
}
