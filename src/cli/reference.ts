import type {Dump} from '../types.js'
// From its module, not the package's index: the command loads only what it runs (see main.ts).
import {splitDumpStream, type DumpEvent} from '../split/stream.js'
import type {Progress} from './progress.js'
import type {InputSource} from './source.js'

/** Where a dump's reference time came from. */
export type ReferenceSource = 'option' | 'modified' | 'captured' | 'now'

/** The time relative ages are resolved against, and why it was chosen. */
export interface ReferenceChoice {
  time: Date
  source: ReferenceSource
  /** Why, in words, for the table's heading. */
  note: string
}

/**
 * Choose the reference time of one dump.
 *
 * `--reference` wins. Else the file's modification time (for standard
 * input and pipes, which have none, now) is the first guess; but a copied
 * or cloned file has a fresh modification time, so the dump is split once
 * with that guess to get its own capture estimate (`dump.captured`: when
 * the page was saved, as far as its articles show). When the estimate
 * excludes the guess, the middle of the estimate is used instead.
 *
 * @param given
 *   `--reference`, if given.
 * @param modified
 *   The file's modification time, or `null`.
 * @param now
 *   The clock.
 * @param estimate
 *   Splits the dump against a time and gives its capture estimate.
 * @returns
 *   The choice.
 */
export async function chooseReference(
  given: Date | undefined,
  modified: Date | null,
  now: () => Date,
  estimate: (reference: Date) => Promise<Dump['captured']>
): Promise<ReferenceChoice> {
  if (given) return {time: given, source: 'option', note: '--reference'}
  const guess = modified ?? now()
  const what = modified ? "the file's modification time" : 'now'
  const captured = await estimate(guess)
  if (captured) {
    const earliest = Date.parse(captured.earliest)
    const latest = Date.parse(captured.latest)
    if (guess.getTime() < earliest || guess.getTime() > latest) {
      const time = new Date(Math.floor((earliest + latest) / 2))
      return {
        time,
        source: 'captured',
        note: `the middle of the dump's capture estimate, ${captured.earliest} to ${captured.latest}; ${what}, ${guess.toISOString()}, is outside it`
      }
    }
    return {time: guess, source: modified ? 'modified' : 'now', note: `${what}, inside the dump's capture estimate`}
  }
  return {time: guess, source: modified ? 'modified' : 'now', note: modified ? what : 'now: standard input and pipes have no modification time'}
}

/**
 * Split one input against its reference time: choose the time as
 * `chooseReference` does (a first pass estimates when the page was saved,
 * unless `--reference` is given), then split it against that time, as a
 * stream of events. Each pass reads the input again from its start and
 * names itself on the progress line.
 *
 * @param input
 *   The input.
 * @param given
 *   `--reference`, if given.
 * @param now
 *   The clock.
 * @param progress
 *   The progress line.
 * @returns
 *   The reference chosen, and the dump's events split against it.
 */
export async function splitAgainstReference(
  input: InputSource,
  given: Date | undefined,
  now: () => Date,
  progress: Progress
): Promise<{reference: ReferenceChoice; events: AsyncGenerator<DumpEvent>}> {
  const pass = (label: string) => () => {
    progress.phase(label, input.size)
    return input.open()
  }
  const reference = await chooseReference(given, input.modified, now, async (guess) => {
    for await (const event of splitDumpStream(pass('estimating when it was saved'), {reference: guess})) {
      if (event.type === 'end') return event.captured
    }
    return null
  })
  let passes = 0
  const events = splitDumpStream(
    () => {
      progress.phase(passes++ === 0 ? 'reading its layout' : 'splitting', input.size)
      return input.open()
    },
    {reference: reference.time}
  )
  return {reference, events}
}
