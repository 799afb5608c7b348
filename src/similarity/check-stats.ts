import {isMap, isRecord} from '../contract.js'
import {describe} from '../describe.js'

/**
 * Check corpus statistics passed in (the `stats` option of `similarity`
 * and `clusterStories`): `documents` a finite number of at least 1,
 * `frequencies` a `Map` of terms to numbers from 0 to `documents`,
 * `unseen`, when given, a number from 0 to `documents`. Statistics that
 * break this would weigh terms with `NaN` or negative weights, score pairs
 * `NaN`, and let `clusterStories` link them.
 *
 * @param stats
 *   Anything.
 * @throws {TypeError}
 *   When it is not statistics or a field has the wrong type.
 * @throws {RangeError}
 *   When a count is out of range.
 *
 * @example
 *   checkCorpusStats({documents: 2, frequencies: new Map([['talk', 2]])}) //=> undefined
 *   checkCorpusStats({documents: Number.NaN, frequencies: new Map()}) //=> RangeError: Expected `stats.documents` to be a finite number of at least 1, not `number` (NaN)
 *   checkCorpusStats({documents: 2, frequencies: new Map([['talk', 3]])}) //=> RangeError: Expected `stats.frequencies` of "talk" to be a number from 0 to 2 (`documents`), not `number` (3)
 */
export function checkCorpusStats(stats: unknown): void {
  if (!isRecord(stats)) throw new TypeError(`Expected \`stats\` to be corpus statistics ({documents, frequencies}), not ${describe(stats)}`)
  const {documents, frequencies, unseen} = stats as {documents?: unknown; frequencies?: unknown; unseen?: unknown}
  if (typeof documents !== 'number') throw new TypeError(`Expected \`stats.documents\` to be a number, not ${describe(documents)}`)
  if (!Number.isFinite(documents) || documents < 1) {
    throw new RangeError(`Expected \`stats.documents\` to be a finite number of at least 1, not ${describe(documents)}`)
  }
  if (!isMap(frequencies)) throw new TypeError(`Expected \`stats.frequencies\` to be a Map of terms to counts, not ${describe(frequencies)}`)
  for (const [term, frequency] of frequencies as Map<unknown, unknown>) {
    if (typeof term !== 'string') throw new TypeError(`Expected the terms of \`stats.frequencies\` to be strings, not ${describe(term)}`)
    if (typeof frequency !== 'number' || !(frequency >= 0 && frequency <= documents)) {
      throw new RangeError(
        `Expected \`stats.frequencies\` of ${JSON.stringify(term)} to be a number from 0 to ${documents} (\`documents\`), not ${describe(frequency)}`
      )
    }
  }
  if (unseen !== undefined && (typeof unseen !== 'number' || !(unseen >= 0 && unseen <= documents))) {
    throw new RangeError(`Expected \`stats.unseen\` to be a number from 0 to ${documents} (\`documents\`), not ${describe(unseen)}`)
  }
}
