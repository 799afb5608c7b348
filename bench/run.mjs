// `npm run bench`: run every benchmark this checkout can run, one after the
// other, and name the ones it cannot. Most benches measure on the corpora and
// data of the workspace's shared folder (`../shared` beside the repository,
// not part of it); without it they are skipped and listed. The others run on
// what the repository holds. Needs dist/ (`npm run bench` builds first).
//
//   node bench/run.mjs            every bench that can run
//   node bench/run.mjs cli outlet only these (names as below)
//
// Exit code 1 when a bench that ran failed, or a name is unknown.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const shared = fileURLToPath(new URL('../../shared/', import.meta.url))

/** Each bench: its script, what of ../shared it needs, and Node options. */
const benches = [
  {name: 'cli', script: 'cli.mjs', needs: null, what: '`newsdump split` on a dump built from fixtures/: time and memory'},
  {name: 'outlet', script: 'outlet.mjs', needs: null, what: 'normalizeOutlet throughput'},
  {name: 'timestamp', script: 'timestamp.mjs', needs: null, node: ['--expose-gc'], what: 'normalizeTimestamp against chrono-node'},
  {name: 'hostile', script: 'hostile.mjs', needs: null, what: 'linear time on inputs built to hurt (about 4 minutes)'},
  {name: 'split', script: 'split.mjs', needs: 'corpora', what: 'splitDump throughput'},
  {name: 'mixed', script: 'mixed.mjs', needs: null, what: 'splitDump on every layout family, beside a bare line split; splitDumpStream on the same'},
  {name: 'stream', script: 'stream.mjs', needs: 'corpora', what: 'a 200 MB dump through splitDumpStream'},
  {name: 'stream-shapes', script: 'stream-shapes.mjs', needs: null, what: 'one long line, blank lines, long lines and one huge page through splitDumpStream, at n and 10n'},
  {name: 'tokenize', script: 'tokenize.mjs', needs: 'corpora', what: 'the word tokenizer against retext-english'},
  {name: 'dedup', script: 'dedup.mjs', needs: 'corpora', node: ['--expose-gc'], what: 'fingerprints, duplicates and clusters'},
  {name: 'clusters', script: 'clusters.mjs', needs: 'corpora', what: 'clusterStories: exact on all Reuters, time from 2,000 to 100,000 texts, many copies (about 10 minutes)'},
  {name: 'report', script: 'report.mjs', needs: 'corpora', what: '`newsdump report` on 1,000 dumps (20,000 articles), and the page in Chromium'},
  {name: 'similarity-eval', script: 'similarity-eval.mjs', needs: 'data', what: 'similarity quality on SemEval and MSRP'},
  {name: 'similarity-speed', script: 'similarity-speed.mjs', needs: 'data', what: 'similarity pairs per CPU second on the SemEval texts, beside TF-IDF cosine and string-similarity'}
]

const asked = process.argv.slice(2)
const unknown = asked.filter((name) => !benches.some((bench) => bench.name === name))
if (unknown.length > 0) {
  console.error(`bench/run.mjs: no bench named ${unknown.join(', ')}; the benches are ${benches.map((bench) => bench.name).join(', ')}`)
  process.exit(1)
}
const chosen = asked.length > 0 ? benches.filter((bench) => asked.includes(bench.name)) : benches
const available = (bench) => bench.needs === null || existsSync(`${shared}${bench.needs}`)
const runnable = chosen.filter(available)
const skipped = chosen.filter((bench) => !available(bench))

const failed = []
for (const bench of runnable) {
  console.log(`\n## bench/${bench.script}: ${bench.what}\n`)
  const result = spawnSync(process.execPath, [...(bench.node ?? []), fileURLToPath(new URL(bench.script, import.meta.url))], {stdio: 'inherit'})
  if (result.status !== 0) failed.push(`${bench.script} (exit ${result.status ?? result.signal})`)
}

console.log('')
console.log(`Ran ${runnable.length} bench${runnable.length === 1 ? '' : 'es'}: ${runnable.map((bench) => bench.name).join(', ') || 'none'}.`)
if (skipped.length > 0) {
  console.log(`Skipped ${skipped.length}, which need the shared folder at ${shared} (not found):`)
  for (const bench of skipped) console.log(`  ${bench.name} (bench/${bench.script}): ${bench.what}; needs ../shared/${bench.needs}`)
}
if (failed.length > 0) {
  console.error(`Failed: ${failed.join(', ')}`)
  process.exit(1)
}
