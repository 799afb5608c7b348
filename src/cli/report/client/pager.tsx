// Long lists are shown a page at a time, so the page never holds more
// than a page's worth of rows (a day of dumps has tens of thousands).
import {useState} from 'preact/hooks'

/** The rows of one page of a list, and how to move between pages. */
export interface Paged<T> {
  rows: T[]
  /** From 0. */
  page: number
  pages: number
  /** Index of the first row shown. */
  offset: number
  setPage(page: number): void
}

/**
 * Show `items` `size` at a time. The page is kept inside the list as it
 * shrinks (a filter: its handler goes back to the first page); a page set
 * past the end shows the last (it may be set before the list grows).
 *
 * @param items
 *   The whole list.
 * @param size
 *   Rows per page.
 */
export function usePaged<T>(items: readonly T[], size: number): Paged<T> {
  const [page, setPage] = useState(0)
  const pages = Math.max(1, Math.ceil(items.length / size))
  const current = Math.min(page, pages - 1)
  const offset = current * size
  return {rows: items.slice(offset, offset + size), page: current, pages, offset, setPage: (next) => setPage(Math.max(0, next))}
}

/**
 * Previous and next buttons and where the list stands; nothing when it fits on one page.
 *
 * @param props
 *   The paged list, how many rows in all, and what they are (`articles`).
 */
export function Pager<T>({paged, total, what}: {paged: Paged<T>; total: number; what: string}) {
  if (paged.pages <= 1) return null
  const first = paged.offset + 1
  const last = paged.offset + paged.rows.length
  return (
    <div class="pager">
      <button type="button" disabled={paged.page === 0} onClick={() => paged.setPage(0)} aria-label="First page">
        «
      </button>
      <button type="button" disabled={paged.page === 0} onClick={() => paged.setPage(paged.page - 1)}>
        ‹ Previous
      </button>
      <span>
        {what} {first.toLocaleString('en-US')}–{last.toLocaleString('en-US')} of {total.toLocaleString('en-US')} (page {paged.page + 1} of {paged.pages})
      </span>
      <button type="button" disabled={paged.page === paged.pages - 1} onClick={() => paged.setPage(paged.page + 1)}>
        Next ›
      </button>
      <button type="button" disabled={paged.page === paged.pages - 1} onClick={() => paged.setPage(paged.pages - 1)} aria-label="Last page">
        »
      </button>
    </div>
  )
}
