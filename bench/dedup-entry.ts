// What bench/dedup.mjs measures: the public functions and the internals it
// times on their own. Built by the bench into bench/.cache/dedup.
export {fingerprint, estimateResemblance, fingerprintValues} from '../src/similarity/fingerprint.js'
export {findDuplicates, exactResemblance} from '../src/similarity/duplicates.js'
export {clusterStories, defaultStoryThreshold, findStoryLinks} from '../src/similarity/clusters.js'
export {createIndex} from '../src/similarity/index-store.js'
export {lshKeys, candidateBands, optimalBands} from '../src/similarity/lsh.js'
export {minhashSignature, minhashInto, classicMinhashSignature} from '../src/similarity/minhash.js'
export {readContent, readWordHashes} from '../src/similarity/content.js'
export {shingleHashes, intersectionSize, rollShingles, shingleCount} from '../src/similarity/shingle.js'
export {prepare} from '../src/similarity/prepare.js'
export {compare} from '../src/similarity/similarity.js'
export {createCorpusStats} from '../src/similarity/corpus-stats.js'
