/**
 * Disjoint sets over the integers `0` to `size − 1` (union by size, path
 * halving): near-constant time per operation, so grouping the verified
 * pairs of millions of items stays linear.
 */
export interface UnionFind {
  /** The representative of `item`'s set. */
  find(item: number): number
  /** Merge the sets of `a` and `b`; whether they were apart. */
  union(a: number, b: number): boolean
  /** The sets of at least `minSize` members, each ascending, ordered by their lowest member. */
  sets(minSize?: number): number[][]
}

/**
 * Create disjoint singleton sets `{0}`, `{1}`, … `{size − 1}`.
 *
 * @param size
 *   Number of items.
 * @returns
 *   The sets.
 *
 * @example
 *   const sets = createUnionFind(5)
 *   sets.union(3, 1) //=> true
 *   sets.union(1, 3) //=> false
 *   sets.union(4, 3) //=> true
 *   sets.find(4) === sets.find(1) //=> true
 *   sets.sets() //=> [[1, 3, 4]]
 *   sets.sets(1) //=> [[0], [1, 3, 4], [2]]
 */
export function createUnionFind(size: number): UnionFind {
  const parent = new Int32Array(size)
  const sizes = new Int32Array(size).fill(1)
  for (let index = 0; index < size; index++) parent[index] = index
  const find = (item: number): number => {
    let node = item
    while (parent[node] !== node) {
      const grand = parent[parent[node]!]!
      parent[node] = grand
      node = grand
    }
    return node
  }
  return {
    find,
    union(a, b) {
      let rootA = find(a)
      let rootB = find(b)
      if (rootA === rootB) return false
      if (sizes[rootA]! < sizes[rootB]!) [rootA, rootB] = [rootB, rootA]
      parent[rootB] = rootA
      sizes[rootA] = sizes[rootA]! + sizes[rootB]!
      return true
    },
    sets(minSize = 2) {
      const byRoot = new Map<number, number[]>()
      const sets: number[][] = []
      // Items in ascending order: each set comes out sorted, and sets appear
      // in order of their lowest member.
      for (let item = 0; item < size; item++) {
        const root = find(item)
        if (sizes[root]! < minSize) continue
        let set = byRoot.get(root)
        if (!set) {
          set = []
          byRoot.set(root, set)
          sets.push(set)
        }
        set.push(item)
      }
      return sets
    }
  }
}
