import type {Prepared} from './prepare.js'
import {storyLinkBounds} from './story-model.js'

/** Tolerance for rounding between the sums here and the exact shares. */
const SLACK = 1e-9

/**
 * Call `found(a, b)`, `a < b`, for every pair of prepared items (all
 * prepared with the same statistics) whose `combined` score may reach
 * `threshold`, each pair once, without looking at most pairs.
 *
 * A pair reaches it only if `headlineAInB + headlineBInA ≥ 2 × (threshold − w) / (1 − w)`,
 * `w` the weight of the cosine (see `storyLinkBounds`), and both shares are sums over shared terms: the
 * items are taken in order, and for each, two inverted indexes over the
 * items before it add up, per earlier item, the weight of this item's
 * headline terms that item holds (an index of every item's terms) and the
 * weight of that item's headline terms this item holds (an index of
 * headline terms). Only items sharing a headline term are touched, and each
 * pair whose two shares reach the bound is passed on, exactly those. At a
 * threshold of `w` or below no headline is needed (the cosine alone can
 * reach it): every pair that shares a term is passed on.
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
  const sum = storyLinkBounds(threshold).headlineShare * 2 - SLACK
  const anyTerm = sum <= 0
  // Postings of the items before the current one: every term, by id or
  // rare term; and headline terms, with the term's share of that headline.
  const termItems: Array<number[] | undefined> = []
  const rareItems = new Map<string, number[]>()
  const headlineItems: Array<number[] | undefined> = []
  const headlineShares: Array<number[] | undefined> = []
  const rareHeadlineItems = new Map<string, {items: number[]; shares: number[]}>()
  const total = new Float64Array(count)
  const seen = new Int32Array(count).fill(-1)
  const touched: number[] = []
  for (let b = 0; b < count; b++) {
    const item = prepared[b]!
    touched.length = 0
    const add = (a: number, share: number): void => {
      if (seen[a] !== b) {
        seen[a] = b
        total[a] = 0
        touched.push(a)
      }
      total[a] = total[a]! + share
    }
    const weight = item.headlineWeight
    if (anyTerm) {
      for (const id of item.ids) for (const a of termItems[id] ?? []) add(a, 0)
      for (const term of item.rare) for (const a of rareItems.get(term) ?? []) add(a, 0)
    } else {
      // This item's headline terms held by earlier items…
      if (weight > 0) {
        for (const [at, id] of item.headlineIds.entries()) {
          const share = item.headlineIdWeights[at]! / weight
          for (const a of termItems[id] ?? []) add(a, share)
        }
        for (const [at, term] of item.headlineRare.entries()) {
          const share = item.headlineRareWeights[at]! / weight
          for (const a of rareItems.get(term) ?? []) add(a, share)
        }
      }
      // …and earlier items' headline terms that this item holds.
      for (const id of item.ids) {
        const items = headlineItems[id]
        if (items === undefined) continue
        const shares = headlineShares[id]!
        for (let index = 0; index < items.length; index++) add(items[index]!, shares[index]!)
      }
      for (const term of item.rare) {
        const postings = rareHeadlineItems.get(term)
        if (postings === undefined) continue
        for (let index = 0; index < postings.items.length; index++) add(postings.items[index]!, postings.shares[index]!)
      }
    }
    touched.sort((x, y) => x - y)
    for (const a of touched) if (anyTerm || total[a]! >= sum) found(a, b)
    // Index this item for the ones after it.
    for (const id of item.ids) (termItems[id] ??= []).push(b)
    for (const term of item.rare) {
      let items = rareItems.get(term)
      if (items === undefined) rareItems.set(term, (items = []))
      items.push(b)
    }
    if (weight > 0 && !anyTerm) {
      for (const [at, id] of item.headlineIds.entries()) {
        ;(headlineItems[id] ??= []).push(b)
        ;(headlineShares[id] ??= []).push(item.headlineIdWeights[at]! / weight)
      }
      for (const [at, term] of item.headlineRare.entries()) {
        let postings = rareHeadlineItems.get(term)
        if (postings === undefined) rareHeadlineItems.set(term, (postings = {items: [], shares: []}))
        postings.items.push(b)
        postings.shares.push(item.headlineRareWeights[at]! / weight)
      }
    }
  }
}
