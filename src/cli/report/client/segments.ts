// How the side-by-side view cuts an article into highlighted pieces: pure
// functions of an article and the shared passages `similarity(a, b,
// {explain: true})` gives, so that they can be tested without a browser.
import type {Span} from '../../../types.js'

/** A piece of a block: text, and the shared passage it belongs to (`null` when none). */
export interface Segment {
  text: string
  passage: number | null
}

/** A title or a paragraph, cut into segments. */
export interface Block {
  kind: 'title' | 'paragraph'
  /** For a paragraph, its index in `paragraphs`; 0 for the title. */
  index: number
  segments: Segment[]
  /** Whether any of it is in a shared passage. */
  shared: boolean
}

/** A span of one side's text that is (part of) shared passage `passage`. */
export interface PassageSpan extends Span {
  passage: number
}

/**
 * The blocks of an article as `similarity` reads it (its title, then each
 * paragraph, joined by blank lines: `articleText`), each cut where shared
 * passages begin and end. A passage that runs over several paragraphs
 * marks a part of each.
 *
 * @param title
 *   The article's title.
 * @param paragraphs
 *   Its paragraphs.
 * @param spans
 *   The passages' spans on this side, in any order, each with its number.
 * @returns
 *   The title's block, then one per paragraph.
 */
export function articleBlocks(title: string, paragraphs: readonly string[], spans: readonly PassageSpan[]): Block[] {
  const sorted = [...spans].filter((span) => span.end > span.start).sort((x, y) => x.start - y.start || x.end - y.end)
  const blocks: Block[] = []
  let offset = 0
  const texts: Array<[Block['kind'], number, string]> = [['title', 0, title], ...paragraphs.map((text, index): [Block['kind'], number, string] => ['paragraph', index, text])]
  for (const [kind, index, text] of texts) {
    const start = offset
    const end = start + text.length
    const segments: Segment[] = []
    let at = start
    for (const span of sorted) {
      if (span.end <= start || span.start >= end) continue
      const from = Math.max(span.start, at)
      const to = Math.min(span.end, end)
      if (to <= from) continue
      if (from > at) segments.push({text: text.slice(at - start, from - start), passage: null})
      segments.push({text: text.slice(from - start, to - start), passage: span.passage})
      at = to
    }
    if (at < end || segments.length === 0) segments.push({text: text.slice(at - start), passage: null})
    blocks.push({kind, index, segments, shared: segments.some((segment) => segment.passage !== null && segment.text.trim() !== '')})
    // `articleText` joins the title and paragraphs with blank lines.
    offset = end + 2
  }
  return blocks
}

/**
 * The paragraphs of one side that share no passage with the other: what
 * a rewrite added (seen from the newer side) or dropped (from the older).
 * With no shared passage at all there is nothing to tell added from
 * rewritten, and none is named.
 *
 * @param blocks
 *   One side's blocks (`articleBlocks`).
 * @param passages
 *   How many passages the two share.
 * @returns
 *   Indices of those paragraphs.
 */
export function unsharedParagraphs(blocks: readonly Block[], passages: number): number[] {
  if (passages === 0) return []
  return blocks.filter((block) => block.kind === 'paragraph' && !block.shared && block.segments.some((segment) => segment.text.trim() !== '')).map((block) => block.index)
}

/**
 * The share of a side's text (title and paragraphs, whitespace left out)
 * that lies in shared passages: 1 when the other holds all of it.
 *
 * @param blocks
 *   One side's blocks (`articleBlocks`).
 * @returns
 *   0..1; 0 for a side without text.
 */
export function sharedShare(blocks: readonly Block[]): number {
  let shared = 0
  let all = 0
  for (const block of blocks) {
    for (const segment of block.segments) {
      const length = segment.text.replace(/\s+/g, '').length
      all += length
      if (segment.passage !== null) shared += length
    }
  }
  return all === 0 ? 0 : shared / all
}
