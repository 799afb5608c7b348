/**
 * A binary heap kept in an array: `before(a, b)` says that `a` belongs
 * nearer the top than `b` (a strict order), so `heap[0]` is the element no
 * other is before.
 */

/**
 * Move `heap[at]` up while it belongs before its parent (after a push).
 *
 * @param heap
 *   Heap, changed in place.
 * @param at
 *   Position of the element to move.
 * @param before
 *   Whether `a` belongs nearer the top than `b`.
 */
export function siftUp<T>(heap: T[], at: number, before: (a: T, b: T) => boolean): void {
  while (at > 0) {
    const parent = (at - 1) >> 1
    if (!before(heap[at]!, heap[parent]!)) break
    ;[heap[at], heap[parent]] = [heap[parent]!, heap[at]!]
    at = parent
  }
}

/**
 * Move `heap[at]` down while a child belongs before it (after the top is
 * replaced).
 *
 * @param heap
 *   Heap, changed in place.
 * @param at
 *   Position of the element to move.
 * @param before
 *   Whether `a` belongs nearer the top than `b`.
 */
export function siftDown<T>(heap: T[], at: number, before: (a: T, b: T) => boolean): void {
  for (;;) {
    const left = at * 2 + 1
    const right = left + 1
    let top = at
    if (left < heap.length && before(heap[left]!, heap[top]!)) top = left
    if (right < heap.length && before(heap[right]!, heap[top]!)) top = right
    if (top === at) break
    ;[heap[at], heap[top]] = [heap[top]!, heap[at]!]
    at = top
  }
}
