export {splitDump} from './split/split-dump.js'
export {toNlcst, nlcstWords} from './nlcst.js'
export type {
  Article,
  ArticleRole,
  Dateline,
  Dump,
  Layout,
  Outlet,
  OutletEntry,
  OutletRegistry,
  ReferenceTime,
  Span,
  SplitOptions,
  Timestamp
} from './types.js'
