#!/usr/bin/env node
// Near-duplicates across a million articles with newsdump and DuckDB: the
// three steps of docs/scale.md, run end to end and measured.
//
//   1. fingerprint every article in Node and write its band keys
//      (`lshKeys`) to Parquet, one row per (id, key);
//   2. find candidate pairs in DuckDB with a group-by on the band keys;
//   3. verify every candidate in Node with `similarity`.
//
// The articles are synthesised, so that a million of them fit in no memory
// and the right answer is known: article i is made of sentences drawn (by a
// seeded generator, from i alone) from a pool of real sentences, and about
// one in `plantEvery` is a near-copy of an earlier article with a few words
// changed. Texts are made again from their ids when needed, never stored.
// The report gives recall against the planted copies (those whose exact
// resemblance reaches the threshold) and the time of each stage.
//
// Usage:
//   node examples/duckdb-dedup.mjs --corpus stories.jsonl [--articles 1000000]
//     [--threshold 0.8] [--plant-every 20] [--workdir DIR] [--json]
// `stories.jsonl` holds one JSON object a line with a `body` (and an
// optional `title`), like the Reuters-21578 or BBC corpora; its sentences
// are the pool. `npm run build` first: this imports the package by name.
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {DuckDBInstance} from '@duckdb/node-api'
import {fingerprint, lshKeys, similarity} from 'newsdump'

/** The SQL of step 2: buckets of two or more, then their pairs, each once. */
export const candidateSql = (keysFile, maxBucket) => `
CREATE TABLE buckets AS
  SELECT key
  FROM read_parquet('${keysFile}')
  GROUP BY key
  HAVING count(*) BETWEEN 2 AND ${maxBucket};

CREATE TABLE candidates AS
  SELECT DISTINCT x.id AS a, y.id AS b
  FROM read_parquet('${keysFile}') x
  JOIN buckets USING (key)
  JOIN read_parquet('${keysFile}') y ON y.key = x.key AND x.id < y.id;
`

/**
 * A seeded generator (mulberry32): the same numbers for the same seed.
 *
 * @param {number} seed
 * @returns {() => number} Numbers in [0, 1).
 */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d_2b_79_f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/**
 * A synthetic collection over a pool of sentences.
 *
 * @param {readonly string[]} sentences Pool of sentences (a few thousand or more).
 * @param {{plantEvery?: number, seed?: number}} [options]
 * @returns {{text(id: number): string, copyOf(id: number): number}}
 *   `text(id)`: the article, made again on every call; `copyOf(id)`: the
 *   article it is a planted near-copy of, or -1.
 */
export function syntheticCollection(sentences, {plantEvery = 20, seed = 1} = {}) {
  if (sentences.length < 50) throw new RangeError(`Expected a pool of at least 50 sentences, not ${sentences.length}`)
  const words = sentences.flatMap((sentence) => sentence.split(' ')).filter((word) => /^[a-z]{4,}$/.test(word))
  const planted = (id) => id > 0 && Math.floor(random(seed ^ Math.imul(id, 0x9e_37_79_b9))() * plantEvery) === 0
  const copyOf = (id) => {
    if (!planted(id)) return -1
    let original = id - 1 - Math.floor(random(seed + id)() * 50)
    if (original < 0) original = 0
    while (original > 0 && planted(original)) original--
    return original
  }
  const original = (id) => {
    const next = random(seed * 7919 + id)
    const count = 5 + Math.floor(next() * 6)
    const chosen = []
    for (let index = 0; index < count; index++) chosen.push(sentences[Math.floor(next() * sentences.length)])
    return chosen.join(' ')
  }
  const text = (id) => {
    const of = copyOf(id)
    if (of < 0) return original(id)
    // A near-copy: one to four words replaced.
    const next = random(seed * 104_729 + id)
    const tokens = original(of).split(' ')
    const edits = 1 + Math.floor(next() * 4)
    for (let edit = 0; edit < edits; edit++) tokens[Math.floor(next() * tokens.length)] = words[Math.floor(next() * words.length)] ?? 'changed'
    return tokens.join(' ')
  }
  return {text, copyOf}
}

/**
 * Sentences of a JSON Lines corpus (`{title?, body}` a line).
 *
 * @param {string} path
 * @returns {string[]}
 */
export function corpusSentences(path) {
  const sentences = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const {body = ''} = JSON.parse(line)
    for (const sentence of body.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      if (sentence.length >= 40 && sentence.length <= 400) sentences.push(sentence)
    }
  }
  return sentences
}

/**
 * Run the three steps on `articles` synthetic articles and measure them.
 *
 * @param {{sentences: readonly string[], articles: number, threshold?: number, plantEvery?: number,
 *   workdir?: string, maxBucket?: number, log?: (line: string) => void}} options
 * @returns {Promise<object>} The report: counts, recall, seconds per stage.
 */
export async function run({sentences, articles, threshold = 0.8, plantEvery = 20, workdir, maxBucket = 1000, log = () => {}}) {
  const collection = syntheticCollection(sentences, {plantEvery})
  const folder = workdir ?? mkdtempSync(join(tmpdir(), 'newsdump-duckdb-'))
  mkdirSync(folder, {recursive: true})
  const keysFile = join(folder, 'keys.parquet').replaceAll("'", "''")
  const seconds = {}
  // CPU time of the process (Node and DuckDB's threads) beside the wall
  // time: on a shared machine the wall time says more about the neighbours.
  const cpuSeconds = {}
  let cpuStart = process.cpuUsage()
  const clock = (stage, start) => {
    seconds[stage] = Number(process.hrtime.bigint() - start) / 1e9
    const used = process.cpuUsage(cpuStart)
    cpuSeconds[stage] = (used.user + used.system) / 1e6
    cpuStart = process.cpuUsage()
    log(`${stage}: ${seconds[stage].toFixed(2)} s (CPU ${cpuSeconds[stage].toFixed(2)} s)`)
  }
  const instance = await DuckDBInstance.create(join(folder, 'work.duckdb'))
  const connection = await instance.connect()
  try {
    // Step 1: fingerprints and band keys, into DuckDB, then Parquet.
    let start = process.hrtime.bigint()
    await connection.run('CREATE TABLE keys (id INTEGER, key VARCHAR)')
    const appender = await connection.createAppender('keys')
    let characters = 0
    let keyRows = 0
    for (let id = 0; id < articles; id++) {
      const text = collection.text(id)
      characters += text.length
      for (const key of lshKeys(fingerprint(text), {threshold})) {
        appender.appendInteger(id)
        appender.appendVarchar(key)
        appender.endRow()
        keyRows++
      }
      if (id % 100_000 === 99_999) log(`  ${id + 1} articles fingerprinted`)
    }
    appender.flushSync()
    appender.closeSync()
    clock('fingerprint and lshKeys (Node), append to DuckDB', start)
    start = process.hrtime.bigint()
    await connection.run(`COPY keys TO '${keysFile}' (FORMAT parquet)`)
    await connection.run('DROP TABLE keys')
    clock('write keys as Parquet', start)

    // Step 2: candidate pairs, by a group-by on the band keys.
    start = process.hrtime.bigint()
    await connection.run(candidateSql(keysFile, maxBucket))
    const skipped = (await connection.runAndReadAll(`
      SELECT count(*)::BIGINT AS buckets FROM (
        SELECT key FROM read_parquet('${keysFile}') GROUP BY key HAVING count(*) > ${maxBucket})`)).getRowObjects()[0].buckets
    const reader = await connection.runAndReadAll('SELECT a, b FROM candidates ORDER BY a, b')
    const rows = reader.getRows()
    clock('candidates (DuckDB group-by on band keys)', start)

    // Step 3: verify each candidate with `similarity`.
    start = process.hrtime.bigint()
    const verified = new Set()
    for (const [a, b] of rows) {
      if (similarity(collection.text(a), collection.text(b)).resemblance >= threshold) verified.add(`${a}-${b}`)
    }
    clock('verify candidates (Node, similarity)', start)

    // Recall against the planted near-copies whose resemblance reaches the threshold.
    start = process.hrtime.bigint()
    let planted = 0
    let expected = 0
    let found = 0
    for (let id = 0; id < articles; id++) {
      const of = collection.copyOf(id)
      if (of < 0) continue
      planted++
      if (similarity(collection.text(of), collection.text(id)).resemblance < threshold) continue
      expected++
      if (verified.has(`${of}-${id}`)) found++
    }
    clock('recall check (planted copies, exact resemblance)', start)
    return {
      articles,
      megabytes: characters / 1e6,
      threshold,
      keyRows,
      candidates: rows.length,
      skippedBuckets: Number(skipped),
      verified: verified.size,
      planted,
      plantedAtThreshold: expected,
      plantedFound: found,
      recall: expected === 0 ? 1 : found / expected,
      seconds,
      cpuSeconds
    }
  } finally {
    connection.closeSync()
    instance.closeSync()
    if (workdir === undefined) rmSync(folder, {recursive: true, force: true})
  }
}

// Run from the command line.
if (import.meta.url === new URL(process.argv[1], 'file:').href) {
  const {values} = parseArgs({
    options: {
      corpus: {type: 'string', multiple: true},
      articles: {type: 'string', default: '1000000'},
      threshold: {type: 'string', default: '0.8'},
      'plant-every': {type: 'string', default: '20'},
      workdir: {type: 'string'},
      json: {type: 'boolean'}
    }
  })
  if (!values.corpus?.length) {
    console.error('Usage: node examples/duckdb-dedup.mjs --corpus stories.jsonl [--articles 1000000] [--threshold 0.8] [--plant-every 20] [--workdir DIR] [--json]')
    process.exit(2)
  }
  const sentences = values.corpus.flatMap((path) => corpusSentences(path))
  const report = await run({
    sentences,
    articles: Number(values.articles),
    threshold: Number(values.threshold),
    plantEvery: Number(values['plant-every']),
    workdir: values.workdir,
    log: (line) => console.error(line)
  })
  console.log(values.json ? JSON.stringify(report) : report)
}
