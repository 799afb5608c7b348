// The DuckDB example (examples/duckdb-dedup.mjs) end to end on a small
// collection: band keys written as Parquet, candidates by a group-by in
// DuckDB, verified with `similarity`. The example imports the package by
// name, so it needs dist/ (`npm test` builds first). Sentences come from the
// generated prose of the tests, not from the corpora outside the repository.
import {expect, test} from 'vitest'
import {prose, random, sentences, vocabulary} from './prose.js'

interface Example {
  run(options: {sentences: readonly string[]; articles: number; plantEvery?: number}): Promise<{
    articles: number
    keyRows: number
    candidates: number
    verified: number
    planted: number
    plantedAtThreshold: number
    plantedFound: number
    recall: number
    seconds: Record<string, number>
  }>
  syntheticCollection(pool: readonly string[], options?: {plantEvery?: number}): {text(id: number): string; copyOf(id: number): number}
}

const example = '../examples/duckdb-dedup.mjs'

function pool(): string[] {
  const next = random(5)
  const lexicon = vocabulary(next)
  return Array.from({length: 400}, () => sentences(next, prose(next, lexicon, 12 + Math.floor(next() * 14))))
}

test('the synthetic collection is the same for the same ids, with near-copies planted', async () => {
  const {syntheticCollection} = (await import(example)) as Example
  const collection = syntheticCollection(pool(), {plantEvery: 10})
  expect(collection.text(123)).toBe(collection.text(123))
  const copies = Array.from({length: 500}, (_, id) => collection.copyOf(id)).filter((of) => of >= 0)
  // About one in ten, each of an earlier article that is no copy itself.
  expect(copies.length).toBeGreaterThan(25)
  expect(copies.length).toBeLessThan(100)
  for (let id = 0; id < 500; id++) {
    const of = collection.copyOf(id)
    if (of < 0) continue
    expect(of).toBeLessThan(id)
    expect(collection.copyOf(of)).toBe(-1)
    expect(collection.text(id)).not.toBe(collection.text(of))
  }
})

test('finds the planted near-copies through Parquet and a DuckDB group-by', async () => {
  const {run} = (await import(example)) as Example
  const report = await run({sentences: pool(), articles: 1500, plantEvery: 10})
  expect(report.articles).toBe(1500)
  // One key per band: 18 bands at 0.8 for every article (none is empty).
  expect(report.keyRows).toBe(1500 * 18)
  expect(report.plantedAtThreshold).toBeGreaterThan(report.planted * 0.8)
  // LSH finds a pair at the threshold with probability 0.995, more above it:
  // a miss among some 160 is possible (one, on this collection).
  expect(report.recall).toBeGreaterThanOrEqual(0.98)
  expect(report.recall).toBe(report.plantedFound / report.plantedAtThreshold)
  // Candidates are verified: some fail, none is kept below the threshold.
  expect(report.verified).toBeLessThanOrEqual(report.candidates)
  expect(report.verified).toBeGreaterThanOrEqual(report.plantedFound)
  expect(Object.keys(report.seconds)).toHaveLength(5)
}, 120_000)
