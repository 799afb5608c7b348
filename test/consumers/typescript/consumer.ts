// A TypeScript consumer: type-checked (never run) under each module resolution
// a project may use. The `@ts-expect-error` lines prove the types are real:
// were anything `any`, they would be unused and fail the check.
import {nlcstWords, similarity, splitDump, toNlcst} from 'newsdump'
import type {
  Article,
  ArticleRole,
  Dateline,
  Dump,
  Layout,
  Outlet,
  Relation,
  Similarity,
  SimilarityOptions,
  Span,
  SplitOptions,
  Timestamp
} from 'newsdump'

const options: SplitOptions = {reference: new Date('2025-07-23T12:00:00Z')}
const dump: Dump = splitDump('Title\nBody.', options)
const layout: Layout = dump.layout
const spans: Span[] = dump.boilerplate
const captured: {earliest: string; latest: string} | null = dump.captured

export function describeArticle(article: Article): string {
  const role: ArticleRole = article.role
  const outlet: Outlet | null = article.outlet
  const published: Timestamp | null = article.published
  const dateline: Dateline | null = article.dateline
  const age: {min: number; max: number} | null = published?.kind === 'relative' ? published.age : null
  return [role, outlet?.name ?? '', published?.earliest ?? '', dateline?.place ?? '', String(age?.min ?? '')].join(' ')
}

const explain: SimilarityOptions = {explain: true}
const result: Similarity = similarity(dump.articles[0] ?? 'text', 'other text', explain)
const relation: Relation = result.relation
const score: number = result.score + result.resemblance + result.containment.aInB
const passages: Array<{a: Span; b: Span}> | undefined = result.passages
const words: string[] = nlcstWords('Two words.')
const tree = toNlcst('One sentence.')
const treeType: string = tree.type

// @ts-expect-error: a layout is one of three strings, not a number.
const wrongLayout: number = dump.layout
// @ts-expect-error: `splitDump` takes text.
splitDump(42)
// @ts-expect-error: the relation is a union of literals.
const wrongRelation: 'same' = result.relation
// @ts-expect-error: an unknown option.
splitDump('text', {referance: 1})

export const used = [layout, spans, captured, relation, score, passages, words, treeType, wrongLayout, wrongRelation]
