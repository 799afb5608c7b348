// The DuckDB example (examples/duckdb-dedup.mjs) at a million articles:
// fingerprints and lshKeys in Node, keys written as Parquet, candidates by a
// group-by in DuckDB, verified with `similarity`; recall against the
// planted near-copies and the time of each stage. Prints a Markdown table
// for docs/benchmarks.md.
//
// Reads its sentence pool from the Reuters-21578 and BBC stories in
// ../shared/corpora (says so and exits when they are missing). Needs
// `npm run build` (the example imports the package by name). Takes several
// minutes: run it in the background.
//   node bench/duckdb.mjs [articles]
import {existsSync} from 'node:fs'
import {cpus} from 'node:os'
import {fileURLToPath} from 'node:url'
import {corpusSentences, run} from '../examples/duckdb-dedup.mjs'

const corpora = ['reuters21578.jsonl', 'bbc.jsonl'].map((name) => fileURLToPath(new URL(`../../shared/corpora/${name}`, import.meta.url)))
if (!corpora.every((path) => existsSync(path))) {
  console.error('bench/duckdb.mjs: ../shared/corpora is missing; nothing to measure.')
  process.exit(0)
}
const articles = Number(process.argv[2] ?? 1_000_000)
const sentences = corpora.flatMap((path) => corpusSentences(path))
const started = process.hrtime.bigint()
const report = await run({sentences, articles, log: (line) => console.error(line)})
const total = Number(process.hrtime.bigint() - started) / 1e9
const fixed = (value, digits = 2) => value.toFixed(digits)
const rows = [
  ['machine', `${cpus()[0].model}, ${cpus().length} cores, Node ${process.version}; measured on a shared, busy machine`],
  ['date', new Date().toISOString().slice(0, 10)],
  ['input', `${report.articles.toLocaleString('en')} synthetic articles (${fixed(report.megabytes, 0)} MB; 5-10 sentences each from a pool of ${sentences.length.toLocaleString('en')} Reuters-21578 and BBC sentences), ${report.planted.toLocaleString('en')} planted near-copies (1-4 words changed), ${report.plantedAtThreshold.toLocaleString('en')} of them at resemblance ≥ ${report.threshold}`],
  ...Object.entries(report.seconds).map(([stage, value]) => [stage, `${fixed(value, 1)} s (CPU of the process, all threads: ${fixed(report.cpuSeconds[stage], 1)} s)`]),
  ['total', `${fixed(total, 1)} s`],
  ['band-key rows written (Parquet)', report.keyRows.toLocaleString('en')],
  ['candidate pairs from DuckDB', `${report.candidates.toLocaleString('en')} (buckets over 1,000 members skipped: ${report.skippedBuckets})`],
  ['verified pairs (resemblance ≥ threshold)', report.verified.toLocaleString('en')],
  ['**recall** against the planted near-copies at the threshold', `**${fixed(report.recall, 4)}** (${report.plantedFound.toLocaleString('en')} of ${report.plantedAtThreshold.toLocaleString('en')})`]
]
console.log('| measure | result |\n| --- | --- |')
for (const [what, value] of rows) console.log(`| ${what} | ${value} |`)
