import {idIndex, type Prepared} from './prepare.js'
import {COSINE_WEIGHT, storyLinkBounds} from './story-model.js'

/**
 * Tolerance for rounding between the sums here and the exact score: every
 * bound is loosened by it, so rounding can only let a pair through, never
 * drop one.
 */
const SLACK = 1e-9

/**
 * The terms of a collection in one integer space: a listed term keeps its
 * id in the statistics' index; a term the statistics do not list (kept as
 * a string by `prepare`) gets an id after those. Per item (rows `start[x]`
 * to `start[x + 1]`): its term ids ascending, each with its weight over the
 * item's norm (`unit`, so that a cosine is a plain dot product); and the
 * same terms heaviest first (`heaviest`, `heaviestUnit`) with the ℓ2 norm
 * of the unit weights from there to the row's end (`rest`), which falls
 * fastest in that order.
 * `frequency[id]`: how many items hold the term.
 */
interface TermSpace {
  start: Int32Array
  terms: Int32Array
  unit: Float64Array
  /** The same rows ordered by unit weight, heaviest first, with the norm from each position to the row's end. */
  heaviest: Int32Array
  heaviestUnit: Float64Array
  rest: Float64Array
  frequency: Int32Array
  /** Per item (rows `headlineStart[x]` to `headlineStart[x + 1]`), its headline terms (ids) and their shares of the headline weight. */
  headlineStart: Int32Array
  headline: Int32Array
  headlineShare: Float64Array
}

/**
 * Call `found(a, b)`, `a < b`, for every pair of prepared items (all
 * prepared with the same statistics) whose story score may reach
 * `threshold`, each pair once, without looking at most pairs: an exact
 * All-Pairs search (Bayardo et al. 2007) on the headline shares, with a
 * cosine bound in the manner of L2AP (Anastasiu and Karypis 2014).
 *
 * `score ≤ combined = w√cos + (1 − w)(hA + hB) / 2`, `w` the weight of the
 * cosine, `hA` the share of `a`'s headline weight held by `b`. With
 * `h* = (threshold − w) / (1 − w) > 0` a link needs `hA + hB ≥ 2h*`, so
 * `hA ≥ h*` or `hB ≥ h*`. Each headline's terms are ordered most frequent
 * in the collection first; the longest such head whose shares sum below
 * `h*` is not indexed, so an item that holds none of the rest (the rare
 * tail) holds less than `h*` of that headline. Two inverted indexes, over
 * the tails and over every item's terms (only the terms some tail holds),
 * find for each item the earlier items that hold one of its tail terms or
 * whose tail it holds, and add up the tail shares found. For each such
 * pair, in turn, and stopping at the first that fails:
 *
 * 1. `hA ≤ min(1, tail share found + head share)`, likewise `hB`: their
 *    sum must reach `2h*`;
 * 2. the exact shares (the heads looked up): the sum must reach `2h*`;
 * 3. the cosine must reach `((threshold − (1 − w)(hA + hB) / 2) / w)²`;
 *    it is summed over one item's terms, and given up as soon as the sum
 *    so far plus the ℓ2 norm of the terms left (Cauchy–Schwarz: the rest
 *    of a dot product of unit vectors is at most that norm) falls short.
 *
 * A pair passes only if `w√cos + (1 − w)(hA + hB) / 2` may reach
 * `threshold`: a sound upper bound of the score, so no link is lost. At a
 * threshold of `w` or below no headline is needed (the cosine alone can
 * reach it), and every pair that shares a term is bounded this way.
 *
 * @param prepared
 *   Prepared items.
 * @param threshold
 *   Least score, in `(0, 1]`.
 * @param found
 *   Called once per candidate pair, `a < b`, in order of `b`.
 */
export function forEachStoryCandidate(prepared: readonly Prepared[], threshold: number, found: (a: number, b: number) => void): void {
  const count = prepared.length
  if (count < 2) return
  const space = termSpace(prepared)
  const {start, terms, unit, heaviest, heaviestUnit, rest, frequency, headlineStart, headline, headlineShare} = space
  const size = frequency.length
  const w = COSINE_WEIGHT
  const least = storyLinkBounds(threshold).headlineShare
  const anyTerm = least <= 0
  const sum = 2 * least - SLACK

  // Each headline, most frequent terms first; its first `headEnd[x]` terms
  // (an end in `headline`) form the unindexed head, of share `headShare[x]`
  // (below `least`).
  const headEnd = new Int32Array(count)
  const headShare = new Float64Array(count)
  /** Which terms some tail holds: only those are looked up in `termItems`. */
  const inTail = new Uint8Array(size)
  for (let x = 0; x < count; x++) {
    const from = headlineStart[x]!
    const to = headlineStart[x + 1]!
    sortFrequentFirst(headline, headlineShare, from, to, frequency)
    if (anyTerm) {
      // Every pair sharing a term is looked at: the whole headline is checked per pair.
      headEnd[x] = to
      continue
    }
    let cumulative = 0
    let at = from
    while (at < to && cumulative + headlineShare[at]! < least) cumulative += headlineShare[at++]!
    headEnd[x] = at
    headShare[x] = cumulative
    for (let tail = at; tail < to; tail++) inTail[headline[tail]!] = 1
  }

  // Inverted indexes as flat postings, items ascending: the tail terms of
  // every headline (with their shares), and the items holding each term
  // that some tail holds (every term, when any term will do).
  const tailStart = new Int32Array(size + 1)
  if (!anyTerm) for (let x = 0; x < count; x++) for (let at = headEnd[x]!; at < headlineStart[x + 1]!; at++) tailStart[headline[at]! + 1]!++
  prefixSums(tailStart)
  const tailItems = new Int32Array(tailStart[size]!)
  const tailShares = new Float64Array(tailStart[size]!)
  const termStart = new Int32Array(size + 1)
  for (let x = 0; x < count; x++) {
    for (let at = start[x]!; at < start[x + 1]!; at++) if (anyTerm || inTail[terms[at]!] === 1) termStart[terms[at]! + 1]!++
  }
  prefixSums(termStart)
  const termItems = new Int32Array(termStart[size]!)
  {
    const tailFill = tailStart.slice(0, size)
    const termFill = termStart.slice(0, size)
    for (let x = 0; x < count; x++) {
      if (!anyTerm) {
        for (let at = headEnd[x]!; at < headlineStart[x + 1]!; at++) {
          const slot = tailFill[headline[at]!]!++
          tailItems[slot] = x
          tailShares[slot] = headlineShare[at]!
        }
      }
      for (let at = start[x]!; at < start[x + 1]!; at++) {
        const term = terms[at]!
        if (anyTerm || inTail[term] === 1) termItems[termFill[term]!++] = x
      }
    }
  }

  /** Share of an earlier item's headline found in this item (from its tail), and of this item's found in it; 0 between items. */
  const foundThere = new Float64Array(count)
  const foundHere = new Float64Array(count)
  const seen = new Int32Array(count).fill(-1)
  const touched = new Int32Array(count)
  /** `held[term] === x` while item `x` is looked at and holds the term; `weightHere` its unit weight. */
  const held = new Int32Array(size).fill(-1)
  const weightHere = new Float64Array(size)
  for (let x = 1; x < count; x++) {
    let touchedCount = 0
    const rowStart = start[x]!
    const rowEnd = start[x + 1]!
    for (let at = rowStart; at < rowEnd; at++) {
      held[terms[at]!] = x
      weightHere[terms[at]!] = unit[at]!
    }
    // Earlier items whose tail this item holds…
    if (!anyTerm) {
      for (let at = rowStart; at < rowEnd; at++) {
        const term = terms[at]!
        for (let slot = tailStart[term]!, end = tailStart[term + 1]!; slot < end; slot++) {
          const y = tailItems[slot]!
          if (y >= x) break
          if (seen[y] !== x) touched[touchedCount++] = y
          seen[y] = x
          foundThere[y] = foundThere[y]! + tailShares[slot]!
        }
      }
    }
    // …and earlier items that hold one of this item's tail terms (any of its terms).
    const probeFrom = anyTerm ? rowStart : headEnd[x]!
    const probeTo = anyTerm ? rowEnd : headlineStart[x + 1]!
    for (let probe = probeFrom; probe < probeTo; probe++) {
      const term = anyTerm ? terms[probe]! : headline[probe]!
      const share = anyTerm ? 0 : headlineShare[probe]!
      for (let slot = termStart[term]!, end = termStart[term + 1]!; slot < end; slot++) {
        const y = termItems[slot]!
        if (y >= x) break
        if (seen[y] !== x) touched[touchedCount++] = y
        seen[y] = x
        foundHere[y] = foundHere[y]! + share
      }
    }

    const headFrom = headlineStart[x]!
    const headTo = headEnd[x]!
    for (let index = 0; index < touchedCount; index++) {
      const y = touched[index]!
      // 1. Bound from the tails found and the heads' whole shares.
      if (Math.min(1, foundThere[y]! + headShare[y]!) + Math.min(1, foundHere[y]! + headShare[x]!) < sum) continue
      // 2. The exact shares: the earlier item's head by a look-up, then this one's by binary search.
      let there = foundThere[y]!
      for (let at = headlineStart[y]!, end = headEnd[y]!; at < end; at++) if (held[headline[at]!] === x) there += headlineShare[at]!
      there = Math.min(1, there)
      if (there + Math.min(1, foundHere[y]! + headShare[x]!) < sum) continue
      let here = foundHere[y]!
      const from = start[y]!
      const to = start[y + 1]!
      for (let at = headFrom; at < headTo; at++) if (idIndex(terms, headline[at]!, from, to) !== -1) here += headlineShare[at]!
      const headlines = there + Math.min(1, here)
      if (headlines < sum) continue
      // 3. The cosine the rest of the score needs, given up early by the ℓ2 bound.
      const left = threshold - SLACK - ((1 - w) * headlines) / 2
      if (left > 0) {
        if (w <= 0) continue
        const need = (left / w) ** 2
        if (need > 1 + SLACK) continue
        let dot = 0
        for (let at = from; at < to && dot < need; at++) {
          if (dot + rest[at]! < need) break
          const term = heaviest[at]!
          if (held[term] === x) dot += heaviestUnit[at]! * weightHere[term]!
        }
        if (dot < need) continue
      }
      found(y, x)
    }
    for (let index = 0; index < touchedCount; index++) {
      foundThere[touched[index]!] = 0
      foundHere[touched[index]!] = 0
    }
  }
}

function prefixSums(array: Int32Array): void {
  for (let index = 1; index < array.length; index++) array[index] = array[index]! + array[index - 1]!
}

/** Order a headline's terms (and their shares) most frequent first, then by id: an insertion sort, as headlines are short. */
function sortFrequentFirst(headline: Int32Array, shares: Float64Array, from: number, to: number, frequency: Int32Array): void {
  for (let at = from + 1; at < to; at++) {
    const term = headline[at]!
    const share = shares[at]!
    const key = frequency[term]!
    let into = at
    while (into > from) {
      const before = headline[into - 1]!
      const beforeKey = frequency[before]!
      if (beforeKey > key || (beforeKey === key && before < term)) break
      headline[into] = before
      shares[into] = shares[into - 1]!
      into--
    }
    headline[into] = term
    shares[into] = share
  }
}

/** Weights are ordered in steps of 2^-20; positions in a row fit below 2^32. */
const WEIGHT_STEPS = 2 ** 20
const POSITIONS = 2 ** 32

/** Put the items' terms into one integer space (see `TermSpace`). */
function termSpace(prepared: readonly Prepared[]): TermSpace {
  const count = prepared.length
  const listed = prepared[0]!.index.idf.length
  const rareIds = new Map<string, number>()
  const rareId = (term: string): number => {
    let id = rareIds.get(term)
    if (id === undefined) rareIds.set(term, (id = listed + rareIds.size))
    return id
  }
  const start = new Int32Array(count + 1)
  for (let x = 0; x < count; x++) start[x + 1] = start[x]! + prepared[x]!.ids.length + prepared[x]!.rare.length
  const total = start[count]!
  const terms = new Int32Array(total)
  const unit = new Float64Array(total)
  const heaviest = new Int32Array(total)
  const heaviestUnit = new Float64Array(total)
  const rest = new Float64Array(total)
  const headlineStart = new Int32Array(count + 1)
  for (let x = 0; x < count; x++) {
    const item = prepared[x]!
    // No weighted headline: a share of 0 whatever the other item holds.
    headlineStart[x + 1] = headlineStart[x]! + (item.headlineWeight > 0 ? item.headlineIds.length + item.headlineRare.length : 0)
  }
  const headline = new Int32Array(headlineStart[count]!)
  const headlineShare = new Float64Array(headlineStart[count]!)
  let order = new Int32Array(64)
  let keys = new Float64Array(64)
  for (let x = 0; x < count; x++) {
    const item = prepared[x]!
    const row = start[x]!
    const norm = item.norm
    const scale = norm > 0 ? 1 / norm : 0
    terms.set(item.ids, row)
    for (let at = 0; at < item.ids.length; at++) unit[row + at] = item.weights[at]! * scale
    // Rare terms get ids above every listed one, so the row stays ascending once they are sorted.
    const rareCount = item.rare.length
    if (rareCount > 0) {
      if (order.length < rareCount) order = new Int32Array(rareCount * 2)
      const ids = item.rare.map(rareId)
      for (let at = 0; at < rareCount; at++) order[at] = at
      const sorted = order.subarray(0, rareCount).sort((p, q) => ids[p]! - ids[q]!)
      const base = row + item.ids.length
      for (let at = 0; at < rareCount; at++) {
        terms[base + at] = ids[sorted[at]!]!
        unit[base + at] = item.rareWeights[sorted[at]!]! * scale
      }
    }
    // Heaviest first, for the ℓ2 bound: a numeric sort of keys that pack a
    // weight rounded to 20 bits above the position (any order keeps the
    // bound sound; this one makes it fall fast).
    const rowEnd = start[x + 1]!
    const length = rowEnd - row
    if (keys.length < length) keys = new Float64Array(length * 2)
    for (let at = 0; at < length; at++) keys[at] = Math.round((1 - unit[row + at]!) * WEIGHT_STEPS) * POSITIONS + at
    const sorted = keys.subarray(0, length).sort()
    for (let at = 0; at < length; at++) {
      const from = row + (sorted[at]! % POSITIONS)
      heaviest[row + at] = terms[from]!
      heaviestUnit[row + at] = unit[from]!
    }
    let remaining = 0
    for (let at = rowEnd - 1; at >= row; at--) {
      remaining += heaviestUnit[at]! * heaviestUnit[at]!
      rest[at] = Math.sqrt(remaining)
    }
    if (item.headlineWeight > 0) {
      const base = headlineStart[x]!
      const listedCount = item.headlineIds.length
      headline.set(item.headlineIds, base)
      for (let at = 0; at < listedCount; at++) headlineShare[base + at] = item.headlineIdWeights[at]! / item.headlineWeight
      for (let at = 0; at < item.headlineRare.length; at++) {
        headline[base + listedCount + at] = rareId(item.headlineRare[at]!)
        headlineShare[base + listedCount + at] = item.headlineRareWeights[at]! / item.headlineWeight
      }
    }
  }
  const frequency = new Int32Array(listed + rareIds.size)
  for (let at = 0; at < total; at++) frequency[terms[at]!]!++
  return {start, terms, unit, heaviest, heaviestUnit, rest, frequency, headlineStart, headline, headlineShare}
}
