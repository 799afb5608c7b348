// clusterStories at scale, and whether its links are exact.
//
// Reads ../shared/corpora (Reuters-21578, BBC, Wikipedia Current events,
// US headline slugs; says so and exits when they are missing). Builds
// bench/clusters-entry.ts into bench/.cache/clusters with esbuild first.
// Run: node bench/clusters.mjs. Prints Markdown tables for
// docs/benchmarks.md. Times are wall clock and this process's CPU time
// (user + system) of one run each; on a shared machine read the CPU time.
//
// (a) Exactness on all 19,043 Reuters stories at the default threshold:
//     the links `findStoryLinks` finds against a reference search written
//     here, independently of the library's bounds: every pair that shares
//     a headline term (an inverted index of every story's terms, walked
//     for every headline term), whose exact headline shares sum to at
//     least 2(t − w)/(1 − w) (necessary, as the score is at most
//     w√cos + (1 − w)(hA + hB)/2), scored exactly. That reference is
//     checked against scoring all pairs on the first 3,000 stories.
// (b) Time against size: clusterStories on 2k, 5k, 10k and all Reuters
//     stories, 38k (Reuters, BBC, Current events) and 100,000 distinct
//     texts (those and headline slugs), with the links found.
// (c) Many copies: 6,000 copies of one stub; 100,000 items made of 100
//     texts repeated; 1,000 to 4,000 near-identical items (one word of a
//     long Reuters story changed in each, as in bench/dedup.mjs), where
//     every pair is a link; past the link budget near copies move as one
//     (see docs/similarity.md), so 10,000 and 100,000 such items are rows
//     too.
// `--only=exactness,sizes,copies` runs those parts alone (all by default);
// `--sizes=2000,19043` picks the rows of (b) by item count, `--copies=6000,
// 1000` the rows of (c) by item count. `--base=/tmp/base` also builds that
// checkout's bench/clusters-entry.ts and runs it on each row of (b) and (c)
// just after this one (A/B in one process; rows of (c) past 4,000
// near-identical items only for this build, the base being quadratic
// there), and says whether the clusters are the same.
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {cpus} from 'node:os'
import {fileURLToPath} from 'node:url'
import {nearIdentical} from './near-identical.mjs'

const corpora = new URL('../../shared/corpora/', import.meta.url)
const names = ['reuters21578.jsonl', 'bbc.jsonl', 'wikipedia-current-events-2015-2025.jsonl', 'us-headline-slugs-2022-2026.jsonl']
if (!names.every((name) => existsSync(new URL(name, corpora)))) {
  console.error('bench/clusters.mjs: ../shared/corpora is missing; nothing to measure.')
  process.exit(0)
}
const root = fileURLToPath(new URL('..', import.meta.url))
execFileSync('npx', ['esbuild', 'bench/clusters-entry.ts', '--bundle', '--format=esm', '--platform=node', '--outfile=bench/.cache/clusters/clusters-entry.js', '--log-level=warning'], {
  cwd: root,
  stdio: 'inherit'
})
const lib = await import(new URL('.cache/clusters/clusters-entry.js', import.meta.url).href)
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3).split(',')
const baseFolder = option('base')?.[0]
let base
if (baseFolder !== undefined) {
  execFileSync('npx', ['esbuild', `${baseFolder}/bench/clusters-entry.ts`, '--bundle', '--format=esm', '--platform=node', '--outfile=bench/.cache/clusters/base-entry.js', '--log-level=warning'], {cwd: root, stdio: 'inherit'})
  base = await import(new URL('.cache/clusters/base-entry.js', import.meta.url).href)
}
/** The base build's clusters on the same items just before, and whether they are this build's; '' without a base. */
const against = (items, clusters, run = true) => {
  if (base === undefined) return ''
  if (!run) return ' | not run |'
  const before = measure(() => base.clusterStories(items.map((text) => ` ${text}`.slice(1))))
  return ` | ${fixed(before.cpu)} s CPU, ${JSON.stringify(before.value) === JSON.stringify(clusters) ? 'same clusters' : '**DIFFERENT clusters**'} |`
}
const parts = option('only') ?? ['exactness', 'sizes', 'copies']
const sizes = option('sizes')?.map(Number)

const read = (name) =>
  readFileSync(new URL(name, corpora), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
const reuters = read(names[0]).map((story) => `${story.title ?? ''}\n\n${story.body ?? ''}`)
const bbc = read(names[1]).map((story) => `${story.title ?? ''}\n\n${story.body ?? ''}`)
const events = read(names[2]).map((entry) => entry.text)
const slugs = read(names[3]).map((entry) => entry.text)

const measure = (run) => {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const value = run()
  const used = process.cpuUsage(cpu)
  return {value, wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6}
}
const fixed = (value, digits = 2) => value.toFixed(digits)
const threshold = lib.defaultStoryThreshold
const stats = lib.getDefaultCorpusStats()
console.log(`machine: ${cpus()[0].model} (${cpus().length} cores, shared with other work), Node ${process.version}; date: ${new Date().toISOString().slice(0, 10)}`)
console.log(`threshold: ${threshold} (the default), bundled statistics\n`)

// (a) Exactness.
if (parts.includes('exactness')) {
  const prepared = reuters.map((text) => lib.prepare(text, stats))
  const found = measure(() => lib.findStoryLinks(prepared, threshold))
  const reference = measure(() => referenceLinks(prepared, threshold))
  const key = (pair) => `${pair.a}-${pair.b}-${pair.score}`
  const foundKeys = new Set(found.value.map(key))
  const referenceKeys = new Set(reference.value.map(key))
  const missed = [...referenceKeys].filter((pair) => !foundKeys.has(pair)).length
  const extra = [...foundKeys].filter((pair) => !referenceKeys.has(pair)).length
  const sample = prepared.slice(0, 3000)
  const all = measure(() => allPairs(sample, threshold))
  const sampleReference = referenceLinks(sample, threshold)
  const sampleFound = lib.findStoryLinks(sample, threshold)
  const same = (x, y) => x.length === y.length && x.every((pair, at) => key(pair) === key(y[at]))
  console.log('| exactness | result |')
  console.log('| --- | --- |')
  console.log(`| links on all ${reuters.length} Reuters stories: \`findStoryLinks\` against the reference search | ${found.value.length} against ${reference.value.length}: **${missed} missed, ${extra} extra** (${fixed(found.cpu)} s against ${fixed(reference.cpu)} s CPU) |`)
  console.log(`| the first 3,000: reference and \`findStoryLinks\` against all 4,498,500 pairs scored | ${all.value.length} links; reference ${same(sampleReference, all.value) ? 'the same' : 'DIFFERENT'}, \`findStoryLinks\` ${same(sampleFound, all.value) ? 'the same' : 'DIFFERENT'} (all pairs: ${fixed(all.cpu)} s CPU) |`)

}

// (b) Time against size.
if (parts.includes('sizes')) {
  const distinct = (texts) => [...new Set(texts)]
  const sets = [
    ['Reuters, first 2,000', reuters.slice(0, 2000)],
    ['Reuters, first 5,000', reuters.slice(0, 5000)],
    ['Reuters, first 10,000', reuters.slice(0, 10_000)],
    ['Reuters, all', reuters],
    ['Reuters, BBC, Current events: 38,000', distinct([...reuters, ...bbc, ...events]).slice(0, 38_000)],
    ['Reuters, BBC, Current events, headline slugs: 100,000 distinct', distinct([...reuters, ...bbc, ...events, ...slugs]).slice(0, 100_000)]
  ]
  console.log(`\n| items | texts | \`clusterStories\` wall | CPU | of which reading (\`prepare\`), CPU | links | clusters |${base ? ' base build |' : ''}`)
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |${base ? ' --- |' : ''}`)
  for (const [name, texts] of sets) {
    if (sizes !== undefined && !sizes.includes(texts.length)) continue
    // Each text is new to the library: a fresh copy of every string, so nothing is remembered from the rows before.
    const fresh = texts.map((text) => ` ${text}`.slice(1))
    const reading = measure(() => fresh.map((text) => lib.prepare(text, stats)))
    const links = lib.findStoryLinks(reading.value, threshold).length
    const clustered = measure(() => lib.clusterStories(texts.map((text) => ` ${text}`.slice(1))))
    const ab = against(texts, clustered.value)
    console.log(`| ${name} | ${texts.length.toLocaleString('en')} | ${fixed(clustered.wall)} s | ${fixed(clustered.cpu)} s | ${fixed(reading.cpu)} s | ${links.toLocaleString('en')} | ${clustered.value.length.toLocaleString('en')}${ab || ' |'}`)
}

}

// (c) Many copies.
if (parts.includes('copies')) {
  const stub = 'Subscribe to read\n\nThis article is for subscribers only. Sign in or subscribe to continue reading.'
  const copies = [
    ['6,000 copies of one stub', Array(6000).fill(stub)],
    ['100,000 items: 100 Reuters stories, each 1,000 times', Array.from({length: 100_000}, (_, index) => reuters[index % 100])],
    // The shape bench/dedup.mjs uses: every item links to every other, so the links grow with the square of the items.
    ...[1000, 2000, 4000, 10_000, 100_000].map((count) => [`${count.toLocaleString('en')} near-identical items (one word changed each)`, count, true])
  ]
  const copyCounts = option('copies')?.map(Number)
  console.log(`\n| many copies | wall | CPU | clusters | largest | pairs returned | RSS after |${base ? ' base build |' : ''}`)
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |${base ? ' --- |' : ''}`)
  for (const [name, given, near] of copies) {
    if (copyCounts !== undefined && !copyCounts.includes(near ? given : given.length)) continue
    // Near-identical items are built for their row only: 100,000 of them are 300 MB of text.
    const items = near ? nearIdentical(reuters, given) : given
    const clustered = measure(() => lib.clusterStories(items))
    const largest = Math.max(...clustered.value.map((cluster) => cluster.members.length))
    const pairs = clustered.value.reduce((sum, cluster) => sum + cluster.pairs.length, 0)
    const rss = process.memoryUsage().rss
    const ab = against(items, clustered.value, !near || given <= 4000)
    console.log(`| ${name} | ${fixed(clustered.wall, 3)} s | ${fixed(clustered.cpu, 3)} s | ${clustered.value.length} | ${largest} | ${pairs.toLocaleString('en')} | ${fixed(rss / 1e6, 0)} MB${ab || ' |'}`)
}

}

/**
 * Every pair reaching `t`, scored exactly, among the pairs whose headline
 * shares allow it (see the top): for each story, the earlier stories that
 * hold one of its headline terms or whose headline terms it holds, with
 * the two shares summed exactly over those terms.
 */
function referenceLinks(items, t) {
  const w = lib.COSINE_WEIGHT
  const anyTerm = t <= w
  const need = anyTerm ? Number.NEGATIVE_INFINITY : (2 * (t - w)) / (1 - w) - 1e-9
  // Terms as numbers: listed terms by id, the others by name.
  const ids = new Map()
  const idOf = (term) => {
    let id = ids.get(term)
    if (id === undefined) ids.set(term, (id = ids.size))
    return id
  }
  const termsOf = items.map((item) => [...Array.from(item.ids, (id) => idOf(id)), ...item.rare.map((term) => idOf(`r${term}`))])
  const headlinesOf = items.map((item) => {
    const total = item.headlineWeight
    const terms = [...Array.from(item.headlineIds, (id) => idOf(id)), ...item.headlineRare.map((term) => idOf(`r${term}`))]
    const shares = total > 0 ? [...item.headlineIdWeights, ...item.headlineRareWeights].map((weight) => weight / total) : terms.map(() => 0)
    return {terms, shares}
  })
  const holders = Array.from({length: ids.size}, () => [])
  const headlineHolders = Array.from({length: ids.size}, () => [])
  const sums = new Float64Array(items.length)
  const seen = new Int32Array(items.length).fill(-1)
  const links = []
  for (let b = 0; b < items.length; b++) {
    const touched = []
    const add = (a, share) => {
      if (seen[a] !== b) {
        seen[a] = b
        sums[a] = 0
        touched.push(a)
      }
      sums[a] += share
    }
    const headline = headlinesOf[b]
    if (anyTerm) {
      for (const term of termsOf[b]) for (const a of holders[term]) add(a, 0)
    } else {
      // This story's headline terms held by earlier stories, and theirs held by this one.
      for (const [at, term] of headline.terms.entries()) for (const a of holders[term]) add(a, headline.shares[at])
      for (const term of termsOf[b]) for (const [a, share] of headlineHolders[term]) add(a, share)
    }
    for (const a of touched.sort((x, y) => x - y)) {
      if (sums[a] < need) continue
      const score = lib.compare(items[a], items[b]).score
      if (score >= t) links.push({a, b, score})
    }
    for (const term of termsOf[b]) holders[term].push(b)
    for (const [at, term] of headline.terms.entries()) headlineHolders[term].push([b, headline.shares[at]])
  }
  return links.sort((x, y) => x.a - y.a || x.b - y.b)
}

function allPairs(items, t) {
  const links = []
  for (let a = 0; a < items.length; a++) for (let b = a + 1; b < items.length; b++) {
    const score = lib.compare(items[a], items[b]).score
    if (score >= t) links.push({a, b, score})
  }
  return links
}
