// What bench/clusters.mjs measures: `clusterStories` and the internals it
// times on their own. Built by the bench into bench/.cache/clusters.
export {clusterStories, defaultStoryThreshold, findStoryLinks} from '../src/similarity/clusters.js'
export {prepare} from '../src/similarity/prepare.js'
export {compare} from '../src/similarity/similarity.js'
export {createCorpusStats, getDefaultCorpusStats} from '../src/similarity/corpus-stats.js'
export {forEachStoryCandidate} from '../src/similarity/story-candidates.js'
export {storyScore, COSINE_WEIGHT} from '../src/similarity/story-model.js'
