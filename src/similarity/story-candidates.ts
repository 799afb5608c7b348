import {hasId, hasTerm, headlineShare, type Prepared} from './prepare.js'
import {storyLinkBounds} from './story-model.js'

/**
 * Call `found(a, b)`, `a < b`, for every pair of prepared items (all
 * prepared with the same statistics) whose `combined` score may reach
 * `threshold`, each pair once, without looking at most pairs.
 *
 * A pair reaches it only if one side's headline share reaches
 * `h = (3 × threshold − 1) / 2` (see `storyLinkBounds`). Sort a headline's
 * terms heaviest first: the other item must hold one of the terms of the
 * shortest prefix whose remainder weighs less than `h` of the headline (else
 * it holds less than `h`), so only items in the postings of those terms are
 * looked at (prefix filtering, as in Bayardo, Ma and Srikant's All-Pairs,
 * 2007). Each such pair is then checked against the exact bound
 * `headlineAInB + headlineBInA ≥ 3 × threshold − 1` before it is passed on.
 * Below a threshold of 1/3 no headline is needed (the cosine alone can
 * reach it), and every pair that shares a term is passed on.
 *
 * Pairs whose `resemblance` reaches the threshold need not share a headline
 * term: find those with shingle LSH.
 *
 * @param prepared
 *   Prepared items.
 * @param threshold
 *   Least score, in `(0, 1]`.
 * @param found
 *   Called once per candidate pair, `a < b`, in no promised order.
 */
export function forEachStoryCandidate(prepared: readonly Prepared[], threshold: number, found: (a: number, b: number) => void): void {
  const count = prepared.length
  if (count < 2) return
  const share = storyLinkBounds(threshold).headlineShare
  const sum = Math.max(0, 3 * threshold - 1) - 1e-9
  // Postings of every term of every item: listed terms by id, rare ones by name.
  const byId: Array<number[] | undefined> = []
  const byTerm = new Map<string, number[]>()
  for (const [item, {ids, rare}] of prepared.entries()) {
    for (const id of ids) (byId[id] ??= []).push(item)
    for (const term of rare) {
      let list = byTerm.get(term)
      if (list === undefined) byTerm.set(term, (list = []))
      list.push(item)
    }
  }
  const prefixes = prepared.map((item) => headlinePrefix(item, share))
  const seen = new Int32Array(count).fill(-1)
  for (let a = 0; a < count; a++) {
    const itemA = prepared[a]!
    const prefix = prefixes[a]!
    const lists: number[][] = []
    if (share <= 0) {
      // Any shared term may do: every item's postings.
      for (const id of itemA.ids) lists.push(byId[id]!)
      for (const term of itemA.rare) lists.push(byTerm.get(term)!)
    } else {
      for (const id of prefix.ids) lists.push(byId[id]!)
      for (const term of prefix.rare) lists.push(byTerm.get(term)!)
    }
    for (const list of lists) {
      for (const b of list) {
        if (b === a || seen[b] === a) continue
        seen[b] = a
        const itemB = prepared[b]!
        // Found from both sides? Pass it on from the lower one only.
        if (share > 0 && b < a && prefixMeets(prefixes[b]!, itemA)) continue
        if (share > 0 && headlineShare(itemA, itemB) + headlineShare(itemB, itemA) < sum) continue
        if (share <= 0 && b < a) continue
        found(Math.min(a, b), Math.max(a, b))
      }
    }
  }
}

interface Prefix {
  ids: number[]
  rare: string[]
}

/** The heaviest headline terms of an item that another must hold one of to reach `share`. */
function headlinePrefix(item: Prepared, share: number): Prefix {
  const terms: Array<{id: number; term: string; weight: number}> = []
  for (const [at, id] of item.headlineIds.entries()) terms.push({id, term: '', weight: item.headlineIdWeights[at]!})
  for (const [at, term] of item.headlineRare.entries()) terms.push({id: -1, term, weight: item.headlineRareWeights[at]!})
  // Heaviest first; ties by id, then term, so the choice is total.
  terms.sort((p, q) => q.weight - p.weight || p.id - q.id || (p.term < q.term ? -1 : p.term > q.term ? 1 : 0))
  const prefix: Prefix = {ids: [], rare: []}
  let remaining = item.headlineWeight
  for (const {id, term, weight} of terms) {
    if (remaining < share * item.headlineWeight) break
    if (id === -1) prefix.rare.push(term)
    else prefix.ids.push(id)
    remaining -= weight
  }
  return prefix
}

function prefixMeets(prefix: Prefix, item: Prepared): boolean {
  for (const id of prefix.ids) if (hasId(item.ids, id)) return true
  for (const term of prefix.rare) if (hasTerm(item.rare, term)) return true
  return false
}
