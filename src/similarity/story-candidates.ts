import {idIndex, type Prepared} from './prepare.js'
import {COSINE_WEIGHT, storyLinkBounds, storyScoreOf} from './story-model.js'

/**
 * Tolerance for rounding between the sums here and the exact score: every
 * bound is loosened by it, so rounding can only let a pair through, never
 * drop one.
 */
const SLACK = 1e-9

/**
 * The terms of a collection in one integer space, in global frequency
 * order: term 0 is the one most items hold (ties by the statistics' order,
 * then first appearance), so the frequent terms that fill the unindexed
 * heads are small numbers whose marks stay in cache. Per item (rows
 * `start[x]` to `start[x + 1]`): its terms ascending (most frequent first);
 * and the same terms by their weight over the item's norm (so that a cosine
 * is a plain dot product), heaviest first (`heaviest`,
 * `heaviestUnit`) with the ℓ2 norm of the unit weights from there to the
 * row's end (`rest`), which falls fastest in that order.
 * `frequency[term]`: how many items hold the term (never rising with the
 * term's number); `termStart`, `termItems`: the items holding each term,
 * ascending.
 */
interface TermSpace {
  start: Int32Array
  terms: Int32Array
  /** The same rows ordered by unit weight, heaviest first, with the norm from each position to the row's end. */
  heaviest: Int32Array
  heaviestUnit: Float64Array
  rest: Float64Array
  frequency: Int32Array
  termStart: Int32Array
  termItems: Int32Array
  /**
   * The rows again in the prepared items' own order (listed ids ascending,
   * then rare terms sorted) with their weights as `prepare` gave them, and
   * the headlines likewise: the order `termCosine` and `headlineShare` add
   * in, so that sums over them are theirs to the last bit.
   */
  ownTerms: Int32Array
  ownWeights: Float64Array
  ownHeadline: Int32Array
  ownHeadlineWeights: Float64Array
  /** Per item (rows `headlineStart[x]` to `headlineStart[x + 1]`), its headline terms, most frequent first, and their shares of the headline weight. */
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
 * `hA ≥ h*` or `hB ≥ h*`. Terms are numbered in global frequency order
 * (see `TermSpace`) and each headline's terms ordered most frequent in the
 * collection first; the longest such head whose shares sum below `h*` is
 * not indexed, so an item that holds none of the rest (the rare tail) holds
 * less than `h*` of that headline. Two inverted indexes, over the tails and
 * over every item's terms, find for each item the earlier items that hold
 * one of its tail terms or whose tail it holds, and add up the tail shares
 * found. For each such pair, in turn, and stopping at the first that fails:
 *
 * 1. `hA ≤ min(1, tail share found + head share)`, likewise `hB`: their
 *    sum must reach `2h*`;
 * 2. the exact shares (the heads looked up, each head term missing taken
 *    off the bound at once, so most pairs stop at their first miss): the
 *    sum must reach `2h*`;
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
 * Each pair that passes is scored exactly here, from the marks of the
 * item looked at, summing in the order `storyScore` sums in: `score` is
 * `storyScore(a, b).score`, bit for bit, and may still fall short of
 * `threshold`.
 *
 * @param found
 *   Called once per candidate pair, `a < b`, in order of `b`, with its score.
 */
export function forEachStoryCandidate(prepared: readonly Prepared[], threshold: number, found: (a: number, b: number, score: number) => void): void {
  const count = prepared.length
  if (count < 2) return
  const space = termSpace(prepared)
  const {start, terms, heaviest, heaviestUnit, rest, frequency, termStart, termItems, ownTerms, ownWeights, ownHeadline, ownHeadlineWeights, headlineStart, headline, headlineShare} = space
  const size = frequency.length
  const w = COSINE_WEIGHT
  const least = storyLinkBounds(threshold).headlineShare
  const anyTerm = least <= 0
  const sum = 2 * least - SLACK

  // Each headline, most frequent terms first (ascending numbers); its first
  // `headEnd[x]` terms (an end in `headline`) form the unindexed head, of
  // share `headShare[x]` (below `least`).
  const headEnd = new Int32Array(count)
  const headShare = new Float64Array(count)
  for (let x = 0; x < count; x++) {
    const from = headlineStart[x]!
    const to = headlineStart[x + 1]!
    sortAscending(headline, headlineShare, from, to)
    let cumulative = 0
    let at = from
    // Every pair sharing a term is looked at when any term will do: the whole headline is then the head.
    while (at < to && (anyTerm || cumulative + headlineShare[at]! < least)) cumulative += headlineShare[at++]!
    headEnd[x] = at
    headShare[x] = cumulative
  }

  // The tail terms of every headline, with their shares, as flat postings by term, items ascending.
  const tailStart = new Int32Array(size + 1)
  if (!anyTerm) for (let x = 0; x < count; x++) for (let at = headEnd[x]!; at < headlineStart[x + 1]!; at++) tailStart[headline[at]! + 1]!++
  prefixSums(tailStart)
  const tailItems = new Int32Array(tailStart[size]!)
  const tailShares = new Float64Array(tailStart[size]!)
  if (!anyTerm) {
    const tailFill = tailStart.slice(0, size)
    for (let x = 0; x < count; x++) {
      for (let at = headEnd[x]!; at < headlineStart[x + 1]!; at++) {
        const slot = tailFill[headline[at]!]!++
        tailItems[slot] = x
        tailShares[slot] = headlineShare[at]!
      }
    }
  }

  /** `seen[y] === x` once item `x` has touched the earlier item `y`; `shares[2y]`, `shares[2y + 1]` are then the share of `y`'s headline found in `x` (from its tail) and of `x`'s found in `y`. */
  const seen = new Int32Array(count).fill(-1)
  const shares = new Float64Array(2 * count)
  // What the exact shares read of a touched item that passes the first
  // bound, in one record of `RECORD` numbers an item (see `HEAD_END` …):
  // the search is bound by cache misses, and a record is one cache line
  // where separate arrays are one a field.
  const records = new Float64Array(count * RECORD)
  for (let y = 0; y < count; y++) {
    const at = y * RECORD
    let low = 0
    for (let term = start[y]!; term < start[y + 1]! && terms[term]! < LOW_TERMS; term++) low |= 1 << terms[term]!
    records[at + LOW] = low
    records[at + HEAD_FROM] = headlineStart[y]!
    records[at + HEAD_END] = headEnd[y]!
    for (let term = headEnd[y]! - 1, field = at + HEAD_TERMS; term >= Math.max(headlineStart[y]!, headEnd[y]! - INLINE_HEAD); term--, field += 2) {
      records[field] = headline[term]!
      records[field + 1] = headlineShare[term]!
    }
  }
  const touched = new Int32Array(count)
  /** `held[term] === x` while item `x` is looked at and holds the term; `weightHere` its unit weight. */
  const held = new Int32Array(size).fill(-1)
  const weightHere = new Float64Array(size)
  /** The prepared weight of each term of item `x`, where `held[term] === x`. */
  const ownHere = new Float64Array(size)
  for (let x = 1; x < count; x++) {
    let touchedCount = 0
    const rowStart = start[x]!
    const rowEnd = start[x + 1]!
    const scale = prepared[x]!.norm > 0 ? 1 / prepared[x]!.norm : 0
    for (let at = rowStart; at < rowEnd; at++) {
      const term = ownTerms[at]!
      held[term] = x
      weightHere[term] = ownWeights[at]! * scale
      ownHere[term] = ownWeights[at]!
    }
    // Earlier items whose tail this item holds…
    if (!anyTerm) {
      for (let at = rowStart; at < rowEnd; at++) {
        const term = terms[at]!
        for (let slot = tailStart[term]!, end = tailStart[term + 1]!; slot < end; slot++) {
          const y = tailItems[slot]!
          if (y >= x) break
          // The first touch of `y` for this item starts its sums afresh: no pass to clear them after.
          if (seen[y] !== x) {
            seen[y] = x
            shares[2 * y] = tailShares[slot]!
            shares[2 * y + 1] = 0
            touched[touchedCount++] = y
          } else shares[2 * y] = shares[2 * y]! + tailShares[slot]!
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
        if (seen[y] !== x) {
          seen[y] = x
          shares[2 * y] = 0
          shares[2 * y + 1] = share
          touched[touchedCount++] = y
        } else shares[2 * y + 1] = shares[2 * y + 1]! + share
      }
    }

    const headFrom = headlineStart[x]!
    const headTo = headEnd[x]!
    const headShareHere = headShare[x]!
    const itemHere = prepared[x]!
    /** `storyScore(prepared[y], prepared[x]).score`, `y` earlier: `termCosine` and `headlineShare` each way, in their order. */
    const exactScore = (y: number): number => {
      const item = prepared[y]!
      const from = start[y]!
      const to = start[y + 1]!
      let cosine = 0
      if (item.norm !== 0 && itemHere.norm !== 0) {
        let dot = 0
        for (let at = from; at < to; at++) {
          const term = ownTerms[at]!
          if (held[term] === x) dot += ownWeights[at]! * ownHere[term]!
        }
        cosine = Math.min(1, dot / Math.min(item.norm, itemHere.norm) / Math.max(item.norm, itemHere.norm))
      }
      let there = 0
      for (let at = headlineStart[y]!; at < headlineStart[y + 1]!; at++) if (held[ownHeadline[at]!] === x) there += ownHeadlineWeights[at]!
      let here = 0
      for (let at = headFrom; at < headlineStart[x + 1]!; at++) if (idIndex(terms, ownHeadline[at]!, from, to) !== -1) here += ownHeadlineWeights[at]!
      return storyScoreOf(item, itemHere, cosine, shareOf(there, item.headlineWeight), shareOf(here, itemHere.headlineWeight))
    }
    for (let index = 0; index < touchedCount; index++) {
      const y = touched[index]!
      const record = y * RECORD
      const foundThere = shares[2 * y]!
      const foundHere = shares[2 * y + 1]!
      // 1. Bound from the tails found and the heads' whole shares.
      const hereMost = Math.min(1, foundHere + headShareHere)
      let thereMost = foundThere + headShare[y]!
      if (Math.min(1, thereMost) + hereMost < sum) continue
      // 2. The exact shares, given up at the first head term missing that
      // takes the bound below the sum: the earlier item's head by its marks,
      // rarest first (the likeliest to miss)…
      let there = foundThere
      const thereFrom = records[record + HEAD_FROM]! | 0
      let at = (records[record + HEAD_END]! | 0) - 1
      // The rarest head terms from the record, the rest (a long head) from the headline arrays.
      const inlineFrom = Math.max(thereFrom, at + 1 - INLINE_HEAD)
      let field = record + HEAD_TERMS
      for (; at >= inlineFrom; at--, field += 2) {
        if (held[records[field]! | 0] === x) there += records[field + 1]!
        else if (Math.min(1, (thereMost -= records[field + 1]!)) + hereMost < sum) break
      }
      if (at >= inlineFrom) continue
      for (; at >= thereFrom; at--) {
        if (held[headline[at]!] === x) there += headlineShare[at]!
        else if (Math.min(1, (thereMost -= headlineShare[at]!)) + hereMost < sum) break
      }
      if (at >= thereFrom) continue
      there = Math.min(1, there)
      // …then this one's in the earlier item's row (both ascending: a merge).
      let here = foundHere
      let hereAll = foundHere + headShareHere
      const from = start[y]!
      const to = start[y + 1]!
      // The frequent head terms from the record's bits, the others by a search
      // from where the last one stood, past the row's frequent terms.
      const low = records[record + LOW]! | 0
      let cursor = -1
      for (at = headFrom; at < headTo; at++) {
        const term = headline[at]!
        let holds: boolean
        if (term < LOW_TERMS) holds = ((low >>> term) & 1) === 1
        else {
          if (cursor === -1) cursor = from + bitCount(low)
          cursor = lowerBound(terms, cursor, to, term)
          holds = cursor < to && terms[cursor] === term
        }
        if (holds) here += headlineShare[at]!
        else if (there + Math.min(1, (hereAll -= headlineShare[at]!)) < sum) break
      }
      if (at < headTo) continue
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
      found(y, x, exactScore(y))
    }
  }
}

/**
 * Fields of an item's record in the search: where its headline starts and
 * its head ends in `headline`, which of the `LOW_TERMS` most frequent terms
 * it holds (bit `t` for term `t`), and its rarest head terms.
 */
const HEAD_FROM = 0
const HEAD_END = 1
const LOW = 2
/** Terms below this are answered from a record's `LOW` bits: the ones heads hold most. */
const LOW_TERMS = 32
/** … then the last `INLINE_HEAD` terms of its head, rarest first, each with its share: all of most heads. */
const HEAD_TERMS = 4
const INLINE_HEAD = 2
/** Numbers a record: eight doubles, 64 bytes, a cache line. */
const RECORD = HEAD_TERMS + 2 * INLINE_HEAD

/** Set bits of a 32-bit integer. */
function bitCount(value: number): number {
  let bits = value - ((value >>> 1) & 0x55_55_55_55)
  bits = (bits & 0x33_33_33_33) + ((bits >>> 2) & 0x33_33_33_33)
  return (Math.imul((bits + (bits >>> 4)) & 0x0f_0f_0f_0f, 0x01_01_01_01) >>> 24) | 0
}

/**
 * The first index in `[from, to)` of an ascending run of `values` whose
 * value is at least `value` (`to` when none): galloping from `from`, then
 * halving, so a term near the cursor costs a step or two.
 */
function lowerBound(values: Int32Array, from: number, to: number, value: number): number {
  let low = from
  let probe = from
  let step = 1
  while (probe < to && values[probe]! < value) {
    low = probe + 1
    probe = low + step
    step *= 2
  }
  let high = probe < to ? probe : to
  while (low < high) {
    const middle = (low + high) >>> 1
    if (values[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

/** A headline share as `headlineShare` works it out from the weight found. */
function shareOf(found: number, weight: number): number {
  return weight === 0 ? 0 : Math.min(1, found / weight)
}

function prefixSums(array: Int32Array): void {
  for (let index = 1; index < array.length; index++) array[index] = array[index]! + array[index - 1]!
}

/** Order a headline's terms (and their shares) ascending, so most frequent first: an insertion sort, as headlines are short. */
function sortAscending(headline: Int32Array, shares: Float64Array, from: number, to: number): void {
  for (let at = from + 1; at < to; at++) {
    const term = headline[at]!
    const share = shares[at]!
    let into = at
    while (into > from && headline[into - 1]! > term) {
      headline[into] = headline[into - 1]!
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
  // First by the statistics' ids (a listed term) or after them in order of
  // first appearance (one they do not list, kept as a string by `prepare`).
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
  const firstIds = new Int32Array(total)
  const firstUnit = new Float64Array(total)
  const ownWeights = new Float64Array(total)
  for (let x = 0; x < count; x++) {
    const item = prepared[x]!
    const row = start[x]!
    const scale = item.norm > 0 ? 1 / item.norm : 0
    firstIds.set(item.ids, row)
    ownWeights.set(item.weights, row)
    for (let at = 0; at < item.ids.length; at++) firstUnit[row + at] = item.weights[at]! * scale
    const base = row + item.ids.length
    ownWeights.set(item.rareWeights, base)
    for (let at = 0; at < item.rare.length; at++) {
      firstIds[base + at] = rareId(item.rare[at]!)
      firstUnit[base + at] = item.rareWeights[at]! * scale
    }
  }
  const firstSize = listed + rareIds.size
  const firstFrequency = new Int32Array(firstSize)
  for (let at = 0; at < total; at++) firstFrequency[firstIds[at]!]!++

  // Renumbered by frequency, most frequent first (a counting sort; ties keep the first order).
  let most = 0
  for (let id = 0; id < firstSize; id++) if (firstFrequency[id]! > most) most = firstFrequency[id]!
  const next = new Int32Array(most + 1)
  for (let id = 0; id < firstSize; id++) next[firstFrequency[id]!]!++
  let size = 0
  for (let times = most; times > 0; times--) {
    const terms = next[times]!
    next[times] = size
    size += terms
  }
  const termOf = new Int32Array(firstSize).fill(-1)
  const frequency = new Int32Array(size)
  for (let id = 0; id < firstSize; id++) {
    const times = firstFrequency[id]!
    if (times === 0) continue
    const term = next[times]!++
    termOf[id] = term
    frequency[term] = times
  }

  // The items holding each term (ascending, as items are walked in order),
  // then each row read back term by term, so that rows come out ascending
  // with no sort.
  const termStart = new Int32Array(size + 1)
  for (let term = 0; term < size; term++) termStart[term + 1] = termStart[term]! + frequency[term]!
  const termItems = new Int32Array(total)
  const termFill = termStart.slice(0, size)
  for (let x = 0; x < count; x++) {
    for (let at = start[x]!; at < start[x + 1]!; at++) {
      const slot = termFill[termOf[firstIds[at]!]!]!++
      termItems[slot] = x
    }
  }
  const terms = new Int32Array(total)
  const rowFill = start.slice(0, count)
  for (let term = 0; term < size; term++) {
    for (let slot = termStart[term]!; slot < termStart[term + 1]!; slot++) {
      const at = rowFill[termItems[slot]!]!++
      terms[at] = term
    }
  }

  // Heaviest first, for the ℓ2 bound: a numeric sort of keys that pack a
  // weight rounded to 20 bits above the position (any order keeps the
  // bound sound; this one makes it fall fast).
  const heaviest = new Int32Array(total)
  const heaviestUnit = new Float64Array(total)
  const rest = new Float64Array(total)
  let keys = new Float64Array(64)
  for (let x = 0; x < count; x++) {
    const row = start[x]!
    const rowEnd = start[x + 1]!
    const length = rowEnd - row
    if (keys.length < length) keys = new Float64Array(length * 2)
    for (let at = 0; at < length; at++) keys[at] = Math.round((1 - firstUnit[row + at]!) * WEIGHT_STEPS) * POSITIONS + at
    const sorted = keys.subarray(0, length).sort()
    for (let at = 0; at < length; at++) {
      const from = row + (sorted[at]! % POSITIONS)
      heaviest[row + at] = termOf[firstIds[from]!]!
      heaviestUnit[row + at] = firstUnit[from]!
    }
    let remaining = 0
    for (let at = rowEnd - 1; at >= row; at--) {
      remaining += heaviestUnit[at]! * heaviestUnit[at]!
      rest[at] = Math.sqrt(remaining)
    }
  }

  // Headlines in the same numbers: a headline's terms are terms of its text.
  const headlineStart = new Int32Array(count + 1)
  for (let x = 0; x < count; x++) {
    const item = prepared[x]!
    // No weighted headline: a share of 0 whatever the other item holds.
    headlineStart[x + 1] = headlineStart[x]! + (item.headlineWeight > 0 ? item.headlineIds.length + item.headlineRare.length : 0)
  }
  const headline = new Int32Array(headlineStart[count]!)
  const headlineShare = new Float64Array(headlineStart[count]!)
  const ownHeadlineWeights = new Float64Array(headlineStart[count]!)
  for (let x = 0; x < count; x++) {
    const item = prepared[x]!
    if (!(item.headlineWeight > 0)) continue
    const base = headlineStart[x]!
    const listedCount = item.headlineIds.length
    for (let at = 0; at < listedCount; at++) {
      headline[base + at] = termOf[item.headlineIds[at]!]!
      headlineShare[base + at] = item.headlineIdWeights[at]! / item.headlineWeight
      ownHeadlineWeights[base + at] = item.headlineIdWeights[at]!
    }
    for (let at = 0; at < item.headlineRare.length; at++) {
      headline[base + listedCount + at] = termOf[rareIds.get(item.headlineRare[at]!)!]!
      headlineShare[base + listedCount + at] = item.headlineRareWeights[at]! / item.headlineWeight
      ownHeadlineWeights[base + listedCount + at] = item.headlineRareWeights[at]!
    }
  }
  const ownTerms = new Int32Array(total)
  for (let at = 0; at < total; at++) ownTerms[at] = termOf[firstIds[at]!]!
  // The headlines are read in their own order here; the search reorders `headline`, not this copy.
  const ownHeadline = headline.slice()
  return {start, terms, heaviest, heaviestUnit, rest, frequency, termStart, termItems, ownTerms, ownWeights, ownHeadline, ownHeadlineWeights, headlineStart, headline, headlineShare}
}
