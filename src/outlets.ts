/**
 * The `newsdump/outlets` entry point: the full outlet registry, built from
 * open data (see
 * [docs/outlets.md](https://github.com/newsdump/newsdump/blob/main/docs/outlets.md)).
 * Its own entry, so that only callers who
 * import it bundle its data.
 *
 * @module newsdump/outlets
 */
import type {OutletRegistry} from './types.js'
import {recordsFromData, type RegistryTuple} from './outlet/registry-data.js'
import registryData from './outlet/registry-full.json' with {type: 'json'}
import {registryFromRecords} from './outlet/registry.js'

let fullRegistry: OutletRegistry | undefined

/**
 * Get the full outlet registry: the curated outlets of the default registry
 * and every outlet of the open data it is built from (Wikidata's newspapers,
 * a US local news dataset, Fundus' publishers, with domains ranked by
 * newscatcher), about 13,500 in all.
 *
 * @returns
 *   The registry; built on the first call, then the same, frozen object.
 *
 * Pass it to `normalizeOutlet` and `splitDump` as `outlets`, or as
 * `extend` to `createOutletRegistry`. The default registry's entries come
 * first, with the same ids.
 *
 * @example
 *   // import {normalizeOutlet} from 'newsdump'
 *   // import {getFullOutletRegistry} from 'newsdump/outlets'
 *   normalizeOutlet('Kirksville Daily Express', {outlets: getFullOutletRegistry()}).domain //=> 'kirksvilledailyexpress.com'
 *   normalizeOutlet('Kirksville Daily Express').known //=> false
 */
/* @__NO_SIDE_EFFECTS__ */
export function getFullOutletRegistry(): OutletRegistry {
  fullRegistry ??= registryFromRecords(recordsFromData(registryData as RegistryTuple[]))
  return fullRegistry
}
