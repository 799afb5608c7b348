// Throughput of `normalizeOutlet`, and the cost of building and extending
// registries, on one core.
//
// Builds src/outlet/normalize-outlet.ts, src/outlet/registry.ts and
// src/outlets.ts with tsup into bench/.cache/outlet (git-ignored) and
// measures the built files, so the numbers are those of the published code
// rather than of a test transform. Pass `--no-build` to reuse the last build.
//
//   node bench/outlet.mjs
//
// Prints Markdown tables for docs/benchmarks.md. Targets: at least 1 million
// normalisations a second on `splitDump`'s own call mix (the outlet texts of
// the fixtures' articles and datelines, as often as splitDump passes them),
// and chains of `createOutletRegistry({extend})` linear: 10× the chain in at
// most about 12× the time.
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import os from 'node:os'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cache = new URL('.cache/outlet/', import.meta.url)

if (!process.argv.includes('--no-build') || !existsSync(new URL('outlet/normalize-outlet.js', cache))) {
  execFileSync(
    'npx',
    [
      'tsup',
      'src/outlet/normalize-outlet.ts',
      'src/outlet/registry.ts',
      'src/outlets.ts',
      '--format',
      'esm',
      '-d',
      'bench/.cache/outlet',
      '--no-dts',
      '--no-config',
      '--silent'
    ],
    {cwd: root, stdio: 'inherit'}
  )
}

const load = (name) => import(pathToFileURL(fileURLToPath(new URL(name, cache))).href)
const {normalizeOutlet} = await load('outlet/normalize-outlet.js')
const {createOutletRegistry, getDefaultOutletRegistry} = await load('outlet/registry.js')
const {getFullOutletRegistry} = await load('outlets.js')

// Building the registries: what the first call costs.
const timed = (run) => {
  const start = performance.now()
  const value = run()
  return [value, performance.now() - start]
}
const [defaults, defaultBuild] = timed(() => {
  const registry = getDefaultOutletRegistry()
  void registry.byKey.size
  return registry
})
const [full, fullBuild] = timed(() => {
  const registry = getFullOutletRegistry()
  void registry.byKey.size
  return registry
})

// splitDump's call mix: every outlet text the fixtures' articles and
// datelines carry, once per occurrence.
const mix = []
const fixtures = new URL('../fixtures/', import.meta.url)
for (const file of readdirSync(fixtures).filter((name) => name.endsWith('.expected.json')).sort()) {
  const walk = (value) => {
    if (Array.isArray(value)) for (const item of value) walk(item)
    else if (value && typeof value === 'object') {
      if (typeof value.raw === 'string' && 'known' in value && 'domain' in value) mix.push(value.raw)
      for (const item of Object.values(value)) walk(item)
    }
  }
  walk(JSON.parse(readFileSync(new URL(file, fixtures), 'utf8')))
}

const entries = defaults.entries
const names = entries.map((entry) => entry.name)
const aliases = entries.flatMap((entry) => entry.aliases)
const withDomain = entries.filter((entry) => entry.domain !== null)
const headers = entries.flatMap((entry, index) => [
  `- ${entry.name}`,
  `(${entry.name})`,
  index % 2 ? `By Jane Doe | ${entry.name}` : `By Jane Doe, ${entry.name}`,
  `${entry.name.toUpperCase()} (blog)`
])
const urls = withDomain.flatMap((entry) => [`https://www.${entry.domain}/world/2025/jul/23/some-story-slug`, `m.${entry.domain}`])
const unknown = Array.from({length: 500}, (_, index) => `- Unknown Gazette ${index} `)
const fullNames = full.entries.filter((_, index) => index % 7 === 0).map((entry) => entry.name)

/** CPU time of this process in ms: on a shared machine, wall time counts the other processes' turns too. */
function cpuMs() {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

/** Normalisations per CPU second of the strings, over about `ms` of CPU time after a warm-up. */
function measure(strings, options, ms = 1500) {
  let sink = 0
  for (let round = 0; round < 20; round++) for (const value of strings) sink += normalizeOutlet(value, options).id.length
  let count = 0
  const start = cpuMs()
  let elapsed = 0
  while (elapsed < ms) {
    for (const value of strings) sink += normalizeOutlet(value, options).id.length
    count += strings.length
    elapsed = cpuMs() - start
  }
  if (sink === 0) throw new Error('nothing normalised')
  return (count / elapsed) * 1000
}

const cases = [
  ["splitDump's call mix (the fixtures' outlet texts)", mix, undefined],
  ['registry names (`The Guardian`)', names, undefined],
  ['registry aliases (`Guardian`, `theguardian.com`)', aliases, undefined],
  ['header forms (`- X`, `(X)`, `By Jane Doe \\| X`, `X (blog)`)', headers, undefined],
  ['URLs and hostnames (`https://www.x.com/...`, `m.x.com`)', urls, undefined],
  ['unknown names (`- Unknown Gazette 7 `)', unknown, undefined],
  ['names of the full registry, with it', fullNames, {outlets: full}]
]

/** Milliseconds for a chain of `n` one-entry extensions of the default registry, and one lookup. */
function chain(n) {
  const start = performance.now()
  let outlets = defaults
  for (let index = 0; index < n; index++) {
    outlets = createOutletRegistry([{id: `chained-${index}`, name: `Chained Outlet ${index}`, domain: null, aliases: []}], {
      extend: outlets
    })
  }
  if (normalizeOutlet('Chained Outlet 0', {outlets}).id !== 'chained-0') throw new Error('chain lost an entry')
  return performance.now() - start
}

const format = (value) => Math.round(value).toLocaleString('en-US')
console.log(
  `normalizeOutlet, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores, shared and busy), Node ${process.version}; ` +
    `${entries.length} default and ${full.entries.length} full registry entries\n`
)
// A floor from the same run, for a machine whose load changes the numbers:
// one `Map.get` per string of the mix.
const map = new Map(mix.map((value, index) => [value, index]))
function measureMap(strings, ms = 1500) {
  let sink = 0
  let count = 0
  const start = cpuMs()
  let elapsed = 0
  while (elapsed < ms) {
    for (const value of strings) sink += map.get(value) ?? 0
    count += strings.length
    elapsed = cpuMs() - start
  }
  if (sink < 0) throw new Error('unreachable')
  return (count / elapsed) * 1000
}

console.log(`Load average ${os.loadavg().map((value) => value.toFixed(1)).join(', ')}.\n`)
console.log('| Input | Strings | Normalisations per CPU second |')
console.log('| --- | ---: | ---: |')
console.log(`| (floor: one \`Map.get\` per string of the mix) | ${mix.length} | ${format(measureMap(mix))} |`)
for (const [label, strings, options] of cases) {
  console.log(`| ${label} | ${strings.length} | ${format(measure(strings, options))} |`)
}

console.log('\n| Registry work | Time |')
console.log('| --- | ---: |')
console.log(`| first \`getDefaultOutletRegistry()\` (${entries.length} entries) | ${defaultBuild.toFixed(1)} ms |`)
console.log(`| first \`getFullOutletRegistry()\` (${full.entries.length} entries) | ${fullBuild.toFixed(1)} ms |`)
chain(200)
const small = Math.min(chain(1000), chain(1000))
const large = Math.min(chain(10_000), chain(10_000))
console.log(`| 1,000 chained \`createOutletRegistry({extend})\` and a lookup | ${small.toFixed(1)} ms |`)
console.log(`| 10,000 chained, and a lookup | ${large.toFixed(1)} ms (${(large / small).toFixed(1)}× for 10× the chain) |`)
