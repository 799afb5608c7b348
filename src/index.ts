/**
 * The `newsdump` entry point: splitting dumps, their headers, similarity.
 *
 * @module newsdump
 */
export {splitDump} from './split/split-dump.js'
export {splitDumpStream, collectDumpStream} from './split/stream.js'
export {defaultHeaderShapes} from './split/header-shapes.js'
export {normalizeOutlet, matchOutlet} from './outlet/normalize-outlet.js'
export {createOutletRegistry, getDefaultOutletRegistry} from './outlet/registry.js'
export {normalizeTimestamp, matchTimestamp, timestampRules} from './time/normalize-timestamp.js'
export {parseDateline} from './time/parse-dateline.js'
export {similarity} from './similarity/similarity.js'
export {createCorpusStats} from './similarity/corpus-stats.js'
export {fingerprint, fingerprintValues, estimateResemblance} from './similarity/fingerprint.js'
export {findDuplicates} from './similarity/duplicates.js'
export {clusterStories} from './similarity/clusters.js'
export {createIndex, indexFromJSON} from './similarity/index-store.js'
export {lshKeys, optimalBands, candidateBands} from './similarity/lsh.js'
export {toNlcst, nlcstWords} from './nlcst.js'
export type {
  Article,
  ArticleRole,
  Dateline,
  DatelineDate,
  Dump,
  Implied,
  HeaderShapes,
  Layout,
  Outlet,
  Relation,
  Similarity,
  SimilarityExplanation,
  SimilarityInputs,
  HeadlineTerms,
  OutletEntry,
  OutletRegistry,
  Provenance,
  ReferenceTime,
  Span,
  SplitOptions,
  Timestamp,
  RelativeTimestamp,
  AbsoluteTimestamp
} from './types.js'
export type {NormalizeOutletOptions, OutletMatch, OutletRule} from './outlet/normalize-outlet.js'
export type {CreateOutletRegistryOptions} from './outlet/registry.js'
export type {
  MatchTimestampOptions,
  TimestampHeader,
  TimestampMatch,
  TimestampOptions,
  TimestampReading,
  TimestampRule,
  TimestampSettings
} from './time/normalize-timestamp.js'
export type {TimeZone} from './time/zone.js'
export type {DatelineOptions} from './time/parse-dateline.js'
export type {SimilarityOptions} from './similarity/similarity.js'
export type {CorpusStats} from './similarity/corpus-stats.js'
export type {
  DuplicateGroup,
  DuplicatePair,
  FindDuplicatesOptions,
  Fingerprint,
  FingerprintOptions,
  FingerprintV1,
  IndexMatch,
  IndexOptions,
  IndexQueryOptions,
  SimilarityIndexJson,
  StoryCluster,
  StoryPair
} from './similarity/types.js'
export type {ClusterOptions} from './similarity/clusters.js'
export type {SimilarityIndex} from './similarity/index-store.js'
export type {Bands, BandWeights} from './similarity/lsh.js'
export type {DumpEvent, DumpSource} from './split/stream.js'
export type {AgeInterval} from './time/age.js'
