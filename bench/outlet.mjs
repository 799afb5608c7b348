// Throughput of `normalizeOutlet`: normalisations per second on one core.
//
// Builds src/outlet/normalize-outlet.ts with tsup into bench/.cache/outlet
// (git-ignored) and measures the built file, so the numbers are those of
// the published code rather than of a test transform. Pass `--no-build` to
// reuse the last build.
//
//   node bench/outlet.mjs
//
// Prints a Markdown table for docs/benchmarks.md. Target: at least 1 million
// normalisations per second of registry names.
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import os from 'node:os'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const built = new URL('.cache/outlet/normalize-outlet.js', import.meta.url)

if (!process.argv.includes('--no-build') || !existsSync(built)) {
  execFileSync(
    'npx',
    ['tsup', 'src/outlet/normalize-outlet.ts', '--format', 'esm', '-d', 'bench/.cache/outlet', '--no-dts', '--no-config', '--silent'],
    {cwd: root, stdio: 'inherit'}
  )
}

const {normalizeOutlet} = await import(pathToFileURL(fileURLToPath(built)).href)
const registry = JSON.parse(readFileSync(new URL('../src/outlet/registry.json', import.meta.url), 'utf8'))

const names = registry.map((entry) => entry.name)
const aliases = registry.flatMap((entry) => entry.aliases)
const withDomain = registry.filter((entry) => entry.domain !== null)
const headers = registry.flatMap((entry, index) => [
  `- ${entry.name}`,
  `(${entry.name})`,
  index % 2 ? `By Jane Doe | ${entry.name}` : `By Jane Doe, ${entry.name}`,
  `${entry.name.toUpperCase()} (blog)`
])
const urls = withDomain.flatMap((entry) => [`https://www.${entry.domain}/world/2025/jul/23/some-story-slug`, `m.${entry.domain}`])
const unknown = Array.from({length: 500}, (_, index) => `- Unknown Gazette ${index} `)

/** Normalisations per second of the strings, over about `ms` milliseconds after a warm-up. */
function measure(strings, ms = 1500) {
  let sink = 0
  for (let round = 0; round < 20; round++) for (const value of strings) sink += normalizeOutlet(value).id.length
  let count = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < ms) {
    for (const value of strings) sink += normalizeOutlet(value).id.length
    count += strings.length
    elapsed = performance.now() - start
  }
  if (sink === 0) throw new Error('nothing normalised')
  return (count / elapsed) * 1000
}

const cases = [
  ['registry names (`The Guardian`)', names],
  ['registry aliases (`Guardian`, `theguardian.com`)', aliases],
  ['header forms (`- X`, `(X)`, `By Jane Doe \\| X`, `X (blog)`)', headers],
  ['URLs and hostnames (`https://www.x.com/...`, `m.x.com`)', urls],
  ['unknown names (`- Unknown Gazette 7 `)', unknown]
]

const format = (value) => Math.round(value).toLocaleString('en-US')
console.log(`normalizeOutlet throughput, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${registry.length} registry entries\n`)
console.log('| Input | Strings | Normalisations/s |')
console.log('| --- | ---: | ---: |')
for (const [label, strings] of cases) {
  console.log(`| ${label} | ${strings.length} | ${format(measure(strings))} |`)
}
