import type {OutletRegistry} from './types.js'
import {describe} from './describe.js'
import {isOutletRegistry} from './outlet/registry.js'

/**
 * Check an `outlets` option at the call, so that a bad registry fails there
 * and not on the first dump that happens to hold an outlet line. `null` and
 * `undefined` pass (the default registry).
 *
 * @param value
 *   Anything.
 * @returns
 *   The registry, or `undefined`.
 */
export function checkOutletsOption(value: unknown): OutletRegistry | undefined {
  if (value === null || value === undefined) return undefined
  if (isOutletRegistry(value)) return value
  throw new TypeError('Expected `outlets` to be an outlet registry (from `createOutletRegistry`), not ' + describe(value))
}
