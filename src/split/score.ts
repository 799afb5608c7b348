import {LineClass, type LineClassCode} from './classify.js'
import {LineRole, markItem, type Item, type SplitContext} from './item.js'

/**
 * How well a reading explains lines `[from, to)`: each line's role in the
 * reading (title, header, paragraph, inner boilerplate, boilerplate) against
 * what the line looks like on its own (its class). A headline read as a
 * title, prose as a paragraph, chrome as boilerplate agree; an age line
 * swallowed into a body, prose left as boilerplate or chrome read as a
 * title disagree. Long prose lines weigh more: losing a body matters more
 * than misreading a button.
 *
 * | class \ role | title | header | paragraph | inner | boilerplate |
 * |---|---|---|---|---|---|
 * | headline | 1 | 0 | 0.6 | 0.5 | -0.3 |
 * | prose | 0.3 | 0 | 1 | -1 | -1 |
 * | outlet, name | 0.3 | 1 | 0.2 | 0.5 | 0.7 |
 * | age, outlet·age, byline, meta | -1 | 1 | -1 | 0.3 | 0.3 |
 * | chrome, sponsor, separator, caption | -1 | 0 | -0.5 | 1 | 1 |
 *
 * @param context
 *   The split in progress, with line classes.
 * @param from
 *   First line.
 * @param to
 *   Line after the last.
 * @param items
 *   The reading.
 * @param newsletter
 *   Whether the page marks itself a newsletter (`View in browser`,
 *   `Unsubscribe`): its headlines are stories, not a body's subheadings, and
 *   some of its prose is its own (the greeting, intro and sign-off, which no
 *   story holds), so `NEWSLETTER_AGREEMENT` judges it.
 * @returns
 *   `score` from 0 to 1, the number of prose lines left as boilerplate, and
 *   the weight of the lines judged.
 */
export function scoreReading(context: SplitContext, from: number, to: number, items: readonly Item[], newsletter = false): {score: number; lostProse: number; weight: number} {
  const table = newsletter ? NEWSLETTER_AGREEMENT : AGREEMENT
  const codes = context.classes!.codes
  const roles = new Uint8Array(to - from)
  for (const item of items) markItem(roles, shiftItem(item, from))
  let total = 0
  let weight = 0
  let lostProse = 0
  const {lines} = context
  for (let index = from; index < to; index++) {
    const code = codes[index] as LineClassCode
    if (code === LineClass.blank) continue
    const role = roles[index - from]!
    const line = lines[index]!
    const lineWeight = code === LineClass.prose ? 1 + Math.min(1, (line.contentEnd - line.contentStart) / PROSE_WEIGHT_LENGTH) : 1
    weight += lineWeight
    const agreement = table[groupOf(code)]![role]!
    total += agreement * lineWeight
    if (code === LineClass.prose && role === LineRole.boilerplate) lostProse++
  }
  return {score: weight === 0 ? 1 : Math.max(0, total) / weight, lostProse, weight}
}

/** A prose line this long weighs double. */
const PROSE_WEIGHT_LENGTH = 400

/** Rows: headline, prose, name, header, chrome; columns: LineRole. */
const AGREEMENT: ReadonlyArray<readonly number[]> = [
  [-0.3, 1, 0, 0.6, 0.5],
  [-1, 0.3, 0, 1, -1],
  [0.7, 0.3, 1, 0.2, 0.5],
  [0.3, -1, 1, -1, 0.3],
  [1, -1, 0, -0.5, 1]
]

/**
 * `AGREEMENT` for a newsletter: a headline read as a paragraph or inside a
 * body agrees less (0.2, not 0.6 and 0.5: one article holding the whole
 * email is no reading of it), prose left as boilerplate disagrees less
 * (-0.2, not -1: the email's own greeting and sign-off).
 */
const NEWSLETTER_AGREEMENT: ReadonlyArray<readonly number[]> = [
  [-0.3, 1, 0, 0.2, 0.2],
  [-0.2, 0.3, 0, 1, -1],
  AGREEMENT[2]!,
  AGREEMENT[3]!,
  AGREEMENT[4]!
]

function groupOf(code: LineClassCode): number {
  switch (code) {
    case LineClass.headline:
      return 0
    case LineClass.prose:
      return 1
    case LineClass.outlet:
    case LineClass.name:
      return 2
    case LineClass.age:
    case LineClass.outletAge:
    case LineClass.byline:
    case LineClass.meta:
      return 3
    default:
      return 4
  }
}

function shiftItem(item: Item, from: number): Item {
  if (from === 0) return item
  return {
    ...item,
    title: item.title - from,
    header: item.header.map((index) => index - from),
    paragraphs: item.paragraphs.map((index) => index - from),
    inner: item.inner.map((index) => index - from)
  }
}
