// Fingerprinting, duplicate finding and story clustering on real news text,
// side by side with the `minhash` and `string-similarity` packages.
//
// datasketch (Python) is not run: PyPI is unreachable from these machines,
// so there is no datasketch figure from the same run to cite.
//
// Reads the Reuters-21578 and BBC stories in ../shared/corpora (says so and
// exits when they are missing). Builds bench/dedup-entry.ts into
// bench/.cache/dedup first. Run with `node --expose-gc bench/dedup.mjs`
// (without --expose-gc the in-memory size is not measured). Prints Markdown
// tables for docs/benchmarks.md.
//
// Brute force, the reference for recall, is exact and complete without
// comparing all 181M pairs: with the shingles of every story ordered rarest
// first, two sets of resemblance ≥ t must share one of the first
// |A| − ⌈t·|A|⌉ + 1 shingles of each (prefix filtering, Chaudhuri et al.
// 2006; Bayardo et al. 2007), so only pairs sharing such a shingle are
// compared, exactly. The same is checked against plain all-pairs on a subset.
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {cpus, loadavg} from 'node:os'
import {fileURLToPath} from 'node:url'
import {nearIdentical} from './near-identical.mjs'

const corpora = new URL('../../shared/corpora/', import.meta.url)
const sources = ['reuters21578.jsonl', 'bbc.jsonl'].map((name) => new URL(name, corpora))
if (!sources.every((source) => existsSync(source))) {
  console.error('bench/dedup.mjs: ../shared/corpora is missing; nothing to measure.')
  process.exit(0)
}

const root = fileURLToPath(new URL('..', import.meta.url))
execFileSync('npx', ['tsup', 'bench/dedup-entry.ts', '--no-config', '--format', 'esm', '-d', 'bench/.cache/dedup', '--no-dts', '--silent'], {cwd: root, stdio: 'inherit'})
const lib = await import(new URL('.cache/dedup/dedup-entry.js', import.meta.url).href)
// The code before the fingerprint and duplicates rework (commit 1afb7e8),
// built from git, for ratios in the same run; skipped without git history.
const BEFORE = '1afb7e8'
let before
try {
  const folder = fileURLToPath(new URL(`.cache/before-${BEFORE}/`, import.meta.url))
  if (!existsSync(`${folder}dedup-entry.js`)) {
    execFileSync('sh', ['-c', `rm -rf "${folder}src" && mkdir -p "${folder}" && git archive ${BEFORE} src bench/dedup-entry.ts | tar -x -C "${folder}"`], {cwd: root})
    execFileSync('npx', ['tsup', `${folder}bench/dedup-entry.ts`, '--no-config', '--format', 'esm', '-d', folder, '--no-dts', '--silent'], {cwd: root, stdio: 'inherit'})
  }
  before = await import(new URL(`.cache/before-${BEFORE}/dedup-entry.js`, import.meta.url).href)
} catch {
  console.error(`bench/dedup.mjs: could not build commit ${BEFORE} from git; no before/after ratios.`)
}
const {default: MinhashPackage} = await import('minhash')
const {Minhash, LshIndex} = MinhashPackage
const {default: stringSimilarity} = await import('string-similarity')

const read = (source) =>
  readFileSync(source, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
const reuters = read(sources[0]).map((story) => `${story.title ?? ''}\n\n${story.body ?? ''}`)
const bbc = read(sources[1]).map((story) => `${story.title ?? ''}\n\n${story.body ?? ''}`)
const all = [...reuters, ...bbc]
const megabytes = (texts) => texts.reduce((sum, text) => sum + text.length, 0) / 1e6
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9
// Wall time, and the process's CPU time beside it: on a shared machine the
// wall time also measures the neighbours.
const time = (run) => {
  const start = process.hrtime.bigint()
  const cpu = process.cpuUsage()
  const value = run()
  const used = process.cpuUsage(cpu)
  return {value, seconds: seconds(start), cpu: (used.user + used.system) / 1e6}
}
const best = (runs, run) => {
  let fastest = Number.POSITIVE_INFINITY
  let leastCpu = Number.POSITIVE_INFINITY
  let value
  for (let index = 0; index < runs; index++) {
    const result = time(run)
    if (result.seconds < fastest) fastest = result.seconds
    if (result.cpu < leastCpu) leastCpu = result.cpu
    value = result.value
  }
  return {value, seconds: fastest, cpu: leastCpu}
}
const rows = []
const row = (what, value) => rows.push(`| ${what} | ${value} |`)
const fixed = (value, digits = 2) => value.toFixed(digits)

// The whole run, cold: a fresh process's first call, as a user meets it.
const cold = time(() => lib.findDuplicates(reuters, {threshold: 0.8}))

row('machine', `${cpus()[0].model}, ${cpus().length} cores, Node ${process.version}; measured on a shared, busy machine (load average ${fixed(loadavg()[0], 1)} at the start)`)
row('date', new Date().toISOString().slice(0, 10))
row('input', `${reuters.length} Reuters-21578 stories (${fixed(megabytes(reuters), 1)} MB) and ${bbc.length} BBC stories (${fixed(megabytes(bbc), 1)} MB), title + body; MB = UTF-16 code units / 1e6`)

// (a) Fingerprint throughput, and its floor: the same words hashed and
// shingled with no memo, wrapper or tokenizer cost is not a floor we can
// reach, so the floor is the one-pass part alone (words already hashed).
const size = megabytes(all)
best(1, () => all.map((text) => lib.fingerprint(text)))
const fingerprints = best(3, () => all.map((text) => lib.fingerprint(text)))
const reading = best(3, () => {
  let words = 0
  for (const text of all) words += lib.readWordHashes(text).count
  return words
})
const wordHashes = all.map((text) => {
  const {hashes, count} = lib.readWordHashes(text)
  return hashes.slice(0, count)
})
const scratch = new Uint32Array(1 << 20)
const signature = new Uint32Array(128)
const onePass = best(3, () => {
  let shingles = 0
  for (const words of wordHashes) {
    const length = lib.rollShingles(words, words.length, 3, scratch)
    lib.minhashInto(scratch, length, 128, 0x6d_69_6e_68, signature, 0)
    shingles += length
  }
  return shingles
})
const peerFingerprint = best(1, () =>
  all.map((text) => {
    const words = lib.readContent(text).words
    const hash = new Minhash()
    for (let index = 0; index + 3 <= Math.max(words.length, 3); index++) hash.update(words.slice(index, index + 3).join(' '))
    return hash
  })
)
const shingled = all.map((text) => lib.shingleHashes(lib.readContent(text).words))
const shingleCount = shingled.reduce((sum, set) => sum + set.length, 0)
const classic = best(1, () => shingled.map((set) => lib.classicMinhashSignature(set)))
row('`fingerprint`, all stories, best of 3', `**${fixed(size / fingerprints.seconds, 1)} MB/s** (${fixed(fingerprints.seconds)} s, ${all.length} stories; target 40); by CPU time ${fixed(size / fingerprints.cpu, 1)} MB/s`)
row('… of which reading: tokenize, skip the wrapper, hash each word in place (`readWordHashes`)', `${fixed(size / reading.seconds, 1)} MB/s (${fixed(reading.seconds)} s, ${reading.value} words)`)
row('… of which shingles + one-permutation MinHash over word hashes (the one-pass floor)', `${fixed(size / onePass.seconds, 1)} MB/s (${fixed(onePass.seconds, 3)} s, ${onePass.value} shingles)`)
if (before) {
  // Alternate, so that both meet the same neighbours.
  let ours = Number.POSITIVE_INFINITY
  let theirs = Number.POSITIVE_INFINITY
  let oursDuplicates = Number.POSITIVE_INFINITY
  let theirsDuplicates = Number.POSITIVE_INFINITY
  for (let round = 0; round < 3; round++) {
    theirs = Math.min(theirs, time(() => all.map((text) => before.fingerprint(text))).cpu)
    ours = Math.min(ours, time(() => all.map((text) => lib.fingerprint(text))).cpu)
    theirsDuplicates = Math.min(theirsDuplicates, time(() => before.findDuplicates(reuters)).cpu)
    oursDuplicates = Math.min(oursDuplicates, time(() => lib.findDuplicates(reuters)).cpu)
  }
  row(`\`fingerprint\` before (${BEFORE}) and now, alternating, least CPU time of 3`, `${fixed(size / theirs, 1)} MB/s before, **${fixed(size / ours, 1)} MB/s** now: ${fixed(theirs / ours, 2)}×`)
  row(`\`findDuplicates(reuters)\` before (${BEFORE}) and now, alternating, least CPU time of 3`, `${fixed(theirsDuplicates, 2)} s before, **${fixed(oursDuplicates, 2)} s** now: ${fixed(theirsDuplicates / oursDuplicates, 2)}×`)
}
row('`minhash` package: our words, 3-shingle strings, `Minhash` 128 `update` each, same stories', `${fixed(size / peerFingerprint.seconds, 1)} MB/s (${fixed(peerFingerprint.seconds)} s; by CPU time ${fixed(size / peerFingerprint.cpu, 1)} MB/s): \`fingerprint\` is ${fixed(peerFingerprint.cpu / fingerprints.cpu, 1)}× faster by CPU time`)
row('classic 128-hash MinHash on the same (distinct) shingles, for comparison', `${fixed(classic.seconds, 3)} s (${fixed(shingleCount / classic.seconds / 1e6, 1)} M shingles/s)`)

// (b) findDuplicates over Reuters at 0.8, and recall against brute force.
const threshold = 0.8
const warm = best(3, () => lib.findDuplicates(reuters, {threshold}))
// Recall on pairs: every pair of brute force must lie in one group; with
// {pairs: 'all'} a group lists every pair of its members at the threshold.
const foundPairs = new Map()
for (const group of lib.findDuplicates(reuters, {threshold, pairs: 'all'})) for (const pair of group.pairs) foundPairs.set(`${pair.a}-${pair.b}`, pair.resemblance)
const reuterSets = reuters.map((text) => lib.shingleHashes(lib.readContent(text).words))
const brute = time(() => bruteForce(reuterSets, threshold))
let hits = 0
for (const key of brute.value.keys()) if (foundPairs.has(key)) hits++
let wrong = 0
for (const [key, resemblance] of foundPairs) if (brute.value.get(key) !== resemblance) wrong++
row('`findDuplicates(reuters, {threshold: 0.8})`, fresh process (fingerprinting included)', `**${fixed(cold.seconds)} s** (CPU ${fixed(cold.cpu)} s)`)
row('… warm, best of 3', `${fixed(warm.seconds)} s (CPU ${fixed(warm.cpu)} s); ${warm.value.length} groups, ${warm.value.reduce((sum, group) => sum + group.pairs.length, 0)} spanning pairs, ${foundPairs.size} pairs with {pairs: 'all'}`)
row('… recall against brute force (exact, all pairs by prefix filtering)', `**${fixed(hits / brute.value.size, 4)}** (${hits} of ${brute.value.size} pairs; ${wrong} reported pairs not in brute force; brute force took ${fixed(brute.seconds)} s)`)
const subset = reuterSets.slice(0, 3000)
const naive = naiveAllPairs(subset, threshold)
const prefixed = bruteForce(subset, threshold)
row('brute force checked against plain all-pairs, first 3,000 stories', `${naive.size === prefixed.size && [...naive.keys()].every((key) => prefixed.has(key)) ? 'identical' : 'DIFFERENT'} (${naive.size} pairs)`)
for (const other of [0.5, 0.9]) {
  const run = time(() => lib.findDuplicates(reuters, {threshold: other}))
  const expected = bruteForce(reuterSets, other)
  let found = 0
  const keys = new Set(lib.findDuplicates(reuters, {threshold: other, pairs: 'all'}).flatMap((group) => group.pairs.map((pair) => `${pair.a}-${pair.b}`)))
  for (const key of expected.keys()) if (keys.has(key)) found++
  row(`\`findDuplicates\` at ${other}`, `${fixed(run.seconds)} s, recall ${fixed(found / expected.size, 4)} (${found} of ${expected.size})`)
}

// (c) Peers: the `minhash` package (MinHash + LshIndex) and brute-force string-similarity.
const peerCount = 2000
const peerTexts = reuters.slice(0, peerCount)
const peerShingles = peerTexts.map((text) => {
  const words = lib.readContent(text).words
  const shingles = new Set()
  for (let index = 0; index + 3 <= Math.max(words.length, 3); index++) shingles.add(words.slice(index, index + 3).join(' '))
  return [...shingles]
})
const peer = time(() => {
  const index = new LshIndex()
  const hashes = peerShingles.map((shingles, position) => {
    const hash = new Minhash()
    for (const shingle of shingles) hash.update(shingle)
    index.insert(position, hash)
    return hash
  })
  const pairs = new Set()
  for (const [position, hash] of hashes.entries()) {
    for (const other of index.query(hash)) {
      const id = Number(other)
      if (id > position && hash.jaccard(hashes[id]) >= threshold) pairs.add(`${position}-${id}`)
    }
  }
  return pairs
})
const ours = time(() => lib.findDuplicates(peerTexts, {threshold, pairs: 'all'}))
const oursPairs = new Set(ours.value.flatMap((group) => group.pairs.map((pair) => `${pair.a}-${pair.b}`)))
const peerTruth = bruteForce(reuterSets.slice(0, peerCount), threshold)
const recallOf = (pairs) => [...peerTruth.keys()].filter((key) => pairs.has(key)).length / peerTruth.size
row(`\`minhash\` package (Minhash 128 + LshIndex, bands of 4, estimate ≥ 0.8), first ${peerCount} stories`, `${fixed(peer.seconds)} s (CPU ${fixed(peer.cpu)} s) (≈ ${fixed((peer.seconds * reuters.length) / peerCount, 0)} s for all ${reuters.length} by extrapolation); ${peer.value.size} pairs, recall ${fixed(recallOf(peer.value), 3)}`)
row(`\`findDuplicates(…, {pairs: 'all'})\`, same ${peerCount} stories`, `${fixed(ours.seconds, 3)} s (CPU ${fixed(ours.cpu, 3)} s); ${oursPairs.size} pairs, recall ${fixed(recallOf(oursPairs), 3)} (brute force: ${peerTruth.size})`)
const diceCount = 500
const diceTexts = reuters.slice(0, diceCount)
const dice = time(() => {
  const pairs = new Map()
  for (let a = 0; a < diceCount; a++) {
    for (let b = a + 1; b < diceCount; b++) {
      const score = stringSimilarity.compareTwoStrings(diceTexts[a], diceTexts[b])
      if (score >= 0.8) pairs.set(`${a}-${b}`, score)
    }
  }
  return pairs
})
const diceTruth = bruteForce(reuterSets.slice(0, diceCount), threshold)
const diceOurs = time(() => lib.findDuplicates(diceTexts, {threshold}))
const diceAt = (cut) => [...dice.value.values()].filter((score) => score >= cut).length
const diceRecall = [...diceTruth.keys()].filter((key) => dice.value.has(key)).length
row(`\`string-similarity\` \`compareTwoStrings\`, all ${(diceCount * (diceCount - 1)) / 2} pairs of the first ${diceCount}`, `${fixed(dice.seconds)} s; ${diceAt(0.8)} pairs with Dice ≥ 0.8, ${diceAt(0.9)} with ≥ 0.9; finds ${diceRecall} of the ${diceTruth.size} pairs of resemblance ≥ 0.8`)
row(`\`findDuplicates\`, same ${diceCount} stories`, `${fixed(diceOurs.seconds, 3)} s; ${diceOurs.value.reduce((sum, group) => sum + group.pairs.length, 0)} pairs`)

// (d) Memory per fingerprint, and per item of an index.
const sample = fingerprints.value.slice(0, 10_000)
const json = sample.reduce((sum, fp) => sum + JSON.stringify(fp).length, 0) / sample.length
const jsonV1 = sample.slice(0, 1000).reduce((sum, fp) => sum + JSON.stringify({...fp, version: 1, minhash: [...lib.fingerprintValues(fp)]}).length, 0) / 1000
let heap = 'not measured (run with --expose-gc)'
let indexHeap = heap
if (globalThis.gc) {
  const heapOf = (make) => {
    globalThis.gc()
    const before = process.memoryUsage().heapUsed
    const kept = make()
    globalThis.gc()
    const after = process.memoryUsage().heapUsed
    return {bytes: (after - before) / 10_000, kept}
  }
  heap = `${fixed(heapOf(() => all.slice(0, 10_000).map((text) => lib.fingerprint(text))).bytes, 0)} bytes (JS heap, 10,000 kept in an array; target 800)`
  const kept = all.slice(0, 10_000).map((text) => lib.fingerprint(text))
  indexHeap = `${fixed(
    heapOf(() => {
      const index = lib.createIndex({exact: false})
      for (const [position, fp] of kept.entries()) index.add(String(position), fp)
      return index
    }).bytes,
    0
  )} bytes an item (10,000 fingerprints in \`createIndex({exact: false})\`: one shared Uint32Array of signatures, the band buckets, the ids)`
}
row('fingerprint size, JSON', `${fixed(json, 0)} bytes on average (format 2: values as base64; format 1, an array of numbers: ${fixed(jsonV1, 0)})`)
row('fingerprint size, in memory', heap)
row('similarity index, in memory', indexHeap)

// (f) Many copies: output and memory linear in the items.
const copiesOf = (count, texts) => Array.from({length: count}, (_, index) => texts[index % texts.length])
const heapPeak = (run) => {
  globalThis.gc?.()
  const before = process.memoryUsage().heapUsed
  let peak = before
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5)
  const result = time(run)
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().heapUsed)
  return {...result, megabytes: (peak - before) / 1e6}
}
for (const [what, make] of [
  ['100 texts repeated', (count) => copiesOf(count, reuters.slice(0, 100))],
  ['near-identical (one word changed each)', (count) => nearIdentical(reuters, count)],
  ['one paywall stub', (count) => copiesOf(count, ['Subscribe to continue reading. This article is for subscribers only.'])]
]) {
  for (const count of [10_000, 100_000]) {
    const items = make(count)
    const run = heapPeak(() => lib.findDuplicates(items))
    const pairs = run.value.reduce((sum, group) => sum + group.pairs.length, 0)
    const members = run.value.reduce((sum, group) => sum + group.members.length, 0)
    row(`\`findDuplicates\`, ${count.toLocaleString('en')} items, ${what}`, `${fixed(run.seconds, 2)} s; ${run.value.length} groups, ${members} members, ${pairs} pairs; heap growth ≤ ${fixed(run.megabytes, 0)} MB (sampled, not the true peak)`)
  }
}

// (e) clusterStories: time on Reuters; recall of its link search
// (findStoryLinks) against brute force on a sample. Clusters keep only each
// member's link to its leader, so recall is measured on the links.
const stats = lib.createCorpusStats(all)
const clusters = time(() => lib.clusterStories(reuters, {stats}))
const clustered = clusters.value.reduce((sum, cluster) => sum + cluster.members.length, 0)
row(`\`clusterStories(reuters, {stats})\` at ${lib.defaultStoryThreshold} (stats: document frequencies of all the stories)`, `${fixed(clusters.seconds)} s; ${clusters.value.length} clusters holding ${clustered} stories, largest ${Math.max(...clusters.value.map((cluster) => cluster.members.length))}`)
const clusterSample = reuters.slice(5000, 6500)
const prepared = clusterSample.map((text) => lib.prepare(text, stats))
const truth = time(() => {
  const pairs = new Set()
  for (let a = 0; a < prepared.length; a++) {
    for (let b = a + 1; b < prepared.length; b++) if (lib.compare(prepared[a], prepared[b]).score >= lib.defaultStoryThreshold) pairs.add(`${a}-${b}`)
  }
  return pairs
})
const sampled = time(() => lib.findStoryLinks(prepared, lib.defaultStoryThreshold))
const sampledPairs = new Set(sampled.value.map((pair) => `${pair.a}-${pair.b}`))
const clusterHits = [...truth.value].filter((key) => sampledPairs.has(key)).length
row(`story links (\`findStoryLinks\`, inside \`clusterStories\`): recall against all pairs, ${clusterSample.length} stories`, `**${fixed(clusterHits / Math.max(1, truth.value.size), 4)}** (${clusterHits} of ${truth.value.size} links; ${fixed(sampled.seconds, 2)} s against ${fixed(truth.seconds, 2)} s for all pairs)`)

console.log('| measure | result |\n| --- | --- |')
console.log(rows.join('\n'))

/** All pairs of resemblance ≥ t, exactly, by prefix filtering (see the top). */
function bruteForce(sets, t) {
  const frequency = new Map()
  for (const set of sets) for (const hash of set) frequency.set(hash, (frequency.get(hash) ?? 0) + 1)
  const rarestFirst = (x, y) => frequency.get(x) - frequency.get(y) || x - y
  const postings = new Map()
  const pairs = new Map()
  const lastSeen = new Int32Array(sets.length).fill(-1)
  for (const [item, set] of sets.entries()) {
    if (set.length === 0) continue
    const ordered = [...set].sort(rarestFirst)
    const prefix = set.length - Math.ceil(t * set.length - 1e-9) + 1
    for (const hash of ordered.slice(0, prefix)) {
      let list = postings.get(hash)
      if (!list) postings.set(hash, (list = []))
      for (const other of list) {
        if (lastSeen[other] === item) continue
        lastSeen[other] = item
        const resemblance = lib.exactResemblance(sets[other], set)
        if (resemblance >= t) pairs.set(`${other}-${item}`, resemblance)
      }
      list.push(item)
    }
  }
  return pairs
}

function naiveAllPairs(sets, t) {
  const pairs = new Map()
  for (let a = 0; a < sets.length; a++) {
    for (let b = a + 1; b < sets.length; b++) {
      const resemblance = lib.exactResemblance(sets[a], sets[b])
      if (resemblance >= t) pairs.set(`${a}-${b}`, resemblance)
    }
  }
  return pairs
}
