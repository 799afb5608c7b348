// Hostile inputs: does every public function stay linear?
//
// Feeds each public function inputs built to make regular expressions
// backtrack or loops go quadratic (long runs of one character, repeated
// header phrases, many line breaks of every kind, lone surrogates, huge
// lines, many copies of one article, …) and checks that time grows
// linearly. For each (function, input family) it grows n until one call
// takes about a millisecond, then times batches of calls at n and at 10n,
// alternately, best of 3 after a warm-up, and reports the time per call and
// the ratio; when 10n is still quick it also times 100n. A 10× larger input
// may take at most 12× as long; anything above is flagged, after a
// re-measurement (best of 5 more). A flagged case is timed one decade
// further when that can end within seconds: `FLAG (step …)` means that decade
// was linear again (a threshold crossed between n and 10n: a chunk size, the
// caches), plain `FLAG` that the growth goes on.
//
// Times are CPU time of the process (user + system), not wall-clock time:
// the machines are shared, and other processes' load stretches wall time.
// The worker gets a large young generation (see `YOUNG_MB`) so that the
// garbage collector's nursery threshold is not what the ratio measures;
// `--heap=default` and `--wall` undo either choice.
//
// Each case runs in a worker thread with a time limit (CPU time, 12 s), so an input that makes
// a call explode is reported as a timeout (with n and the time at n) instead
// of hanging the run. Header normalisers that cap their input
// (normalizeTimestamp at 200 characters, parseDateline's 200-character
// window) are timed on long inputs too, to confirm that they return quickly,
// and within their cap (20 against 200 characters, in batches of calls).
//
// Run with `npm run build && node bench/hostile.mjs` (20 to 40 minutes on a
// 2-core machine, more when cases time out). Covers every export that takes
// input: the text functions (texts up to 10 million code units), the
// streaming entry points (chunks of 64 KB), the collections and
// `indexFromJSON` (up to 100,000 items), `createOutletRegistry` (up to
// 100,000 entries, beside a bare `Map` of the same keys) and the functions
// of a number of permutations (up to 1,024, the most allowed). `--only=<substring>` runs the
// cases whose function or family name contains it; `--flagged=<file>` runs the
// cases flagged in an earlier run's output (its `- <function> on <family>: …`
// lines, as docs/hostile-inputs.md keeps them); `--repeat=<k>` runs each case
// k times, in turn (all cases, then all again), and ends with each case's
// ratios, their median and the best of the runs, for a re-run on a busy machine;
// `--json=<file>` writes every run's figures there too. Prints a Markdown table,
// the machine, the date and the peak RSS; progress goes to stderr.
import {cpus} from 'node:os'
import process from 'node:process'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'

/** Ratio above which a 10× larger input is flagged. */
const LIMIT = 12
/** Time of one timed batch of calls at n (ms), so that timer noise does not blur the ratio. */
const TARGET_MS = 5
/** Grow n until one call takes this long (ms), so that fixed costs do not hide the growth. */
const GROWN_MS = 1
/**
 * Largest input (at 10n, or 100n), in UTF-16 code units, for the families
 * without their own: 10 million. Beyond about a megabyte the input and its
 * copies outgrow the caches, and a linear scan slows down by up to 2× at
 * 10n: a ratio flagged across that step is re-timed one decade further
 * (`FLAG (step …)`) before it counts.
 */
const MAX_CHARS = 10_000_000
/** Largest collection (at 10n, or 100n), in items. */
const MAX_ITEMS = 100_000
/** Largest count (permutations), at 10n or 100n: the most a fingerprint may have (`MAX_PERMUTATIONS`). */
const MAX_COUNT = 1024
/** Below this at 10n (ms), a call is too quick for its ratio to mean anything. */
const QUICK_MS = 0.5
/** Time limit of one case (ms of CPU time; 5× in wall time); past it the worker is killed and the case reported as TIMEOUT. */
const CASE_LIMIT_MS = 12_000
/**
 * Young generation of the worker (MB). With V8's default (16 MB semi-spaces),
 * a call whose live data outgrows the nursery between n and 10n (one object
 * per line, big intermediate strings) pays for promotion and mark-compact
 * at 10n only, and shows ratios of 15 to 60 that are the collector's step,
 * not the algorithm's (`--heap=default` shows them). A large nursery keeps
 * n and 10n in one regime, so a ratio above the limit means the code path.
 */
const YOUNG_MB = 1536
/** Calls per batch for the within-cap header measurements. */
const BATCH = 2000

// ---------------------------------------------------------------------------
// Input families: `build(units)` makes the input from `units` repetitions of
// a unit; sizes are reported in UTF-16 code units (texts) or items (arrays).

const article =
  'Russia and Ukraine held a brief round of peace talks in Istanbul on Wednesday, agreeing to swap more prisoners of war ' +
  'but making no progress on a ceasefire, officials from both delegations said after the meeting ended.'
const vocabulary = (() => {
  // Deterministic pseudo-words, so that "distinct" items share few shingles.
  const words = []
  let state = 12345
  for (let index = 0; index < 5000; index++) {
    let word = ''
    const length = 4 + (index % 6)
    for (let letter = 0; letter < length; letter++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      word += String.fromCharCode(97 + ((state >>> 16) % 26))
    }
    words.push(word)
  }
  return words
})()
function distinctArticle(index, words = 40) {
  const parts = []
  for (let position = 0; position < words; position++) parts.push(vocabulary[(index * 7919 + position * 104729 + position * index) % vocabulary.length])
  return parts.join(' ') + '.'
}

const repeat = (unit) => (units) => unit.repeat(units)
const textFamilies = [
  {name: 'run of `-`', unit: '-'},
  {name: 'run of spaces', unit: ' '},
  {name: 'run of tabs', unit: '\t'},
  {name: 'run of digits', unit: '7'},
  {name: 'run of `.`', unit: '.'},
  {name: 'run of `(`', unit: '('},
  {name: '`(((( Reuters ))))` nested', build: (units) => '('.repeat(units) + ' Reuters ' + ')'.repeat(units), unitLength: 2},
  {name: '`( ( ( (` spaced', unit: '( '},
  {name: '`ago ago ago …`', unit: 'ago '},
  {name: '`2 hours ago` repeated', unit: '2 hours ago '},
  {name: '`- Reuters` repeated', unit: '- Reuters '},
  {name: '`- - - -`', unit: '- '},
  {name: 'long outlet-like line', unit: 'The Daily Foo News Herald Gazette '},
  {name: 'many `\\n`', unit: '\n'},
  {name: 'many `\\r\\n`', unit: '\r\n'},
  {name: 'many `\\r`', unit: '\r'},
  {name: 'many U+2028', unit: '\u2028'},
  {name: 'many blank lines (` \\n`)', unit: ' \t\n'},
  {name: 'short lines: word + `\\n\\n`', unit: 'word\n\n'},
  {
    name: 'text without a newline (to 10 MB)',
    unit: 'The minister said the talks would resume next week in Istanbul, officials confirmed on Monday. ',
    maxChars: 10_000_000,
    minChars: 1_000_000
  },
  {name: 'lone surrogates `\\uD800`', unit: '\uD800'},
  {name: 'lone surrogates `a\\uDC00 `', unit: 'a\uDC00 '},
  {name: 'header-like lines (`Reuters\\n2 hours ago\\n- Reuters\\n`)', unit: 'Reuters\n2 hours ago\n- Reuters\n'},
  {name: '`#tag #tag …` line', unit: '#tag '},
  {name: '`Explore what … ` repeated', unit: 'Explore what Daily8 AI can do for you: '},
  {name: '`Explore what …` lines', unit: 'Explore what Daily8 AI can do for you:\n'},
  {name: 'one very long word', unit: 'abcdefghij'},
  {name: 'one repeated word (to 1 MB line)', unit: 'news ', maxChars: 1_000_000, minChars: 100_000},
  {name: '`U.S.` initialisms', unit: 'U.S. '},
  {name: 'initialisms `U.S. U.K. E.U.` sentence', unit: 'The U.S. and U.K. and E.U. said. '},
  {name: 'datelines `ISTANBUL, July 23 (Reuters) - `', unit: 'ISTANBUL, July 23 (Reuters) - '},
  {name: 'the article, repeated on one line', unit: article + ' '}
].map((family) => ({
  kind: 'text',
  unitLength: family.unit?.length,
  build: family.build ?? repeat(family.unit),
  ...family
}))

const collectionFamilies = [
  {name: 'n copies of one article', build: (count) => Array.from({length: count}, () => article)},
  {name: 'n near-identical items (one word changed)', build: (count) => Array.from({length: count}, (_, index) => `${article} Update ${index}.`)},
  {name: 'n/2 stories, each twice', build: (count) => Array.from({length: count}, (_, index) => distinctArticle(index >> 1))},
  {name: 'n distinct items', build: (count) => Array.from({length: count}, (_, index) => distinctArticle(index))},
  {name: 'n distinct items sharing one rare word', build: (count) => Array.from({length: count}, (_, index) => `Zyzzogeton ${distinctArticle(index, 12)}`)},
  {name: 'n items without words (`- - -`)', build: (count) => Array.from({length: count}, () => '- - -')},
  {name: 'n one-word items (`Reuters`)', build: (count) => Array.from({length: count}, () => 'Reuters')}
].map((family) => ({kind: 'items', unitLength: 1, ...family}))

// Outlet registries of n entries, for `createOutletRegistry`.
const entryFamilies = [
  {name: 'n distinct outlets', build: (count) => Array.from({length: count}, (_, index) => ({id: `outlet-${index}`, name: `Outlet ${index} News`, domain: `outlet${index}.com`, aliases: [`O${index}`]}))},
  {name: 'n outlets, 10 aliases each', build: (count) => Array.from({length: count}, (_, index) => ({id: `outlet-${index}`, name: `Outlet ${index} News`, domain: null, aliases: Array.from({length: 10}, (_, alias) => `Outlet ${index} alias ${alias}`)}))},
  {name: 'n outlets on one domain (hostname aliases)', build: (count) => Array.from({length: count}, (_, index) => ({id: `outlet-${index}`, name: `Outlet ${index} News`, domain: 'example.com', aliases: [`s${index}.example.com`]}))}
].map((family) => ({kind: 'entries', unitLength: 1, ...family}))

// Counts (permutations), for `optimalBands`, `candidateBands`, `fingerprint`.
const countFamilies = [{name: 'n permutations', build: (count) => count}].map((family) => ({kind: 'count', unitLength: 1, ...family}))

/** Fixture dumps end to end, a realistic dump of any size (`../fixtures`, in the repository). */
const fixtureDump = await (async () => {
  const {readdirSync, readFileSync} = await import('node:fs')
  const folder = new URL('../fixtures/', import.meta.url)
  return readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(new URL(name, folder), 'utf8')).join('\n\n')
})()
textFamilies.push({
  kind: 'text',
  name: 'fixture dumps end to end (to 10 MB)',
  unitLength: fixtureDump.length,
  build: (units) => fixtureDump.repeat(units),
  maxChars: 10_000_000,
  minChars: 1_000_000
})

// ---------------------------------------------------------------------------
// Functions under test: `prepare(input)` (untimed) returns the timed thunk.

/** Counter that makes every `similarity` call's texts new. */
let fresh = 0

function functionsOf(lib) {
  const textFunctions = [
    {name: 'splitDump', run: (text) => () => lib.splitDump(text)},
    {name: 'normalizeOutlet', run: (text) => () => lib.normalizeOutlet(text)},
    {name: 'normalizeTimestamp', cap: 200, run: (text) => () => lib.normalizeTimestamp(text, {reference: 0})},
    {name: 'parseDateline', cap: 200, run: (text) => () => lib.parseDateline(text)},
    // A new pair of texts on every call (`fresh` never repeats): `similarity`
    // remembers texts of up to 131,072 code units, so the same pair again
    // would time a lookup at n and a reading at 10n past that size.
    {name: 'similarity', run: (text) => {
      return () => {
        const a = `${fresh++} ${text}`
        return lib.similarity(a, 'Officials said: ' + a)
      }
    }},
    {name: 'similarity {explain}', run: (text) => {
      return () => {
        const a = `${fresh++} ${text}`
        return lib.similarity(a, 'Officials said: ' + a, {explain: true})
      }
    }},
    {name: 'fingerprint', run: (text) => () => lib.fingerprint(text)},
    {name: 'findDuplicates [x, x′]', run: (text) => {
      const items = [text, text + ' More follows.']
      return () => lib.findDuplicates(items)
    }},
    {name: 'clusterStories [x, x′]', run: (text) => {
      const items = [text, text + ' More follows.']
      return () => lib.clusterStories(items)
    }},
    {name: 'createIndex add+query', run: (text) => () => {
      const index = lib.createIndex()
      index.add('a', text)
      return index.query(text)
    }},
    {name: 'toNlcst', run: (text) => () => lib.toNlcst(text)},
    {name: 'nlcstWords', run: (text) => () => lib.nlcstWords(text)},
    {name: 'matchOutlet', run: (text) => () => lib.matchOutlet(text)},
    {name: 'matchTimestamp', cap: 200, run: (text) => () => lib.matchTimestamp(text, {reference: 0})},
    {name: 'splitDumpStream (64 KB chunks)', stream: true, run: (text) => {
      const chunks = chunksOf(text, 65_536)
      return async () => {
        let events = 0
        for await (const _event of lib.splitDumpStream(() => chunks)) events++
        return events
      }
    }},
    {name: 'collectDumpStream (64 KB chunks)', stream: true, run: (text) => {
      const chunks = chunksOf(text, 65_536)
      return () => lib.collectDumpStream(() => chunks)
    }}
  ]
  const itemFunctions = [
    {name: 'findDuplicates', run: (items) => () => lib.findDuplicates(items)},
    {name: 'clusterStories', run: (items) => () => lib.clusterStories(items)},
    {name: 'createIndex().add ×n', run: (items) => () => {
      const index = lib.createIndex()
      for (let id = 0; id < items.length; id++) index.add(String(id), items[id])
      return index
    }},
    // The floor of `add`: the index's band tables alone (one Map a band,
    // a key's one id or Set of ids), filled with the same items' band keys
    // computed beforehand. Items that share most band keys make a few Sets
    // of n ids, and hash tables past the caches cost more per key, as the
    // outlet registry's floor shows: `add`'s ratio is judged against this.
    {name: 'band tables of the same keys (floor of add)', run: (items) => {
      const keys = items.map((item) => lib.lshKeys(lib.fingerprint(item)).map((key) => Number.parseInt(key.slice(key.indexOf(':') + 1, key.indexOf(':') + 9), 16) | 0))
      return () => {
        const tables = Array.from({length: keys[0].length}, () => new Map())
        for (let id = 0; id < keys.length; id++) {
          const name = String(id)
          for (let band = 0; band < tables.length; band++) {
            const table = tables[band]
            const bucket = table.get(keys[id][band])
            if (bucket === undefined) table.set(keys[id][band], name)
            else if (typeof bucket === 'string') table.set(keys[id][band], new Set([bucket, name]))
            else bucket.add(name)
          }
        }
        return tables
      }
    }},
    {name: 'index.query (1 query, n items)', run: (items) => {
      const index = lib.createIndex()
      for (let id = 0; id < items.length; id++) index.add(String(id), items[id])
      return () => index.query(items[0])
    }},
    {name: 'indexFromJSON (n entries)', run: (items) => {
      const index = lib.createIndex()
      for (let id = 0; id < items.length; id++) index.add(String(id), items[id])
      const json = JSON.parse(JSON.stringify(index))
      return () => lib.indexFromJSON(json)
    }},
    {name: 'createCorpusStats', run: (items) => () => lib.createCorpusStats(items)},
    {name: 'estimateResemblance ×n (against the first)', run: (items) => {
      const fingerprints = items.map((item) => lib.fingerprint(item))
      return () => {
        let sum = 0
        for (const fp of fingerprints) sum += lib.estimateResemblance(fingerprints[0], fp)
        return sum
      }
    }},
    {name: 'lshKeys ×n', run: (items) => {
      const fingerprints = items.map((item) => lib.fingerprint(item))
      return () => {
        let keys = 0
        for (const fp of fingerprints) keys += lib.lshKeys(fp).length
        return keys
      }
    }}
  ]
  const entryFunctions = [
    // `.byKey` builds the lookup table, which a registry makes on first use:
    // what a caller pays before the first lookup.
    {name: 'createOutletRegistry', run: (entries) => () => lib.createOutletRegistry(entries).byKey},
    {name: 'createOutletRegistry {extend: default}', run: (entries) => () => lib.createOutletRegistry(entries, {extend: lib.getDefaultOutletRegistry()}).byKey},
    // The floor: one `Map` of the same names and aliases. A registry is a
    // few hash tables of these keys, and V8's Map itself grows 15-25x per
    // 10x past about 100,000 keys (the table outgrows the caches), so the
    // registry's ratio is judged against this row of the same run.
    {name: 'new Map of the names and aliases (floor)', run: (entries) => () => {
      const keys = new Map()
      for (const entry of entries) {
        keys.set(entry.name.toLowerCase(), keys.size)
        for (const alias of entry.aliases) keys.set(alias.toLowerCase(), keys.size)
      }
      return keys
    }}
  ]
  // Distinct arguments on every call: the band searches remember their answers.
  let variant = 0
  const countFunctions = [
    {name: 'optimalBands(0.8, n)', run: (count) => () => lib.optimalBands(0.8, count, {falsePositive: 0.5, falseNegative: 0.5 + ++variant * 1e-9})},
    {name: 'candidateBands(0.8, n)', run: (count) => () => lib.candidateBands(0.8, count, 0.995 - ++variant * 1e-12)},
    {name: 'fingerprint {permutations: n}', run: (count) => () => lib.fingerprint(article, {permutations: count})},
    {name: 'createIndex {permutations: n} add+query', run: (count) => () => {
      const index = lib.createIndex({permutations: count})
      index.add('a', article)
      return index.query(article)
    }}
  ]
  return {textFunctions, itemFunctions, entryFunctions, countFunctions}
}

function chunksOf(text, size) {
  const chunks = []
  for (let start = 0; start < text.length; start += size) chunks.push(text.slice(start, start + size))
  return chunks
}

/** Every case, as `{fn, family, mode}`; `mode` is `scale` or `cap`. */
function casesOf(lib) {
  const {textFunctions, itemFunctions, entryFunctions, countFunctions} = functionsOf(lib)
  const cases = []
  for (const fn of textFunctions) for (const family of textFamilies) cases.push({fn: fn.name, family: family.name, mode: 'scale'})
  for (const fn of textFunctions) if (fn.cap) for (const family of textFamilies) cases.push({fn: fn.name, family: family.name, mode: 'cap'})
  for (const fn of itemFunctions) for (const family of collectionFamilies) cases.push({fn: fn.name, family: family.name, mode: 'scale'})
  for (const fn of entryFunctions) for (const family of entryFamilies) cases.push({fn: fn.name, family: family.name, mode: 'scale'})
  for (const fn of countFunctions) for (const family of countFamilies) cases.push({fn: fn.name, family: family.name, mode: 'scale'})
  return cases
}

// ---------------------------------------------------------------------------
// Worker: runs one case per message.

async function worker() {
  const lib = await import('../dist/index.js')
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc')
  const {textFunctions, itemFunctions, entryFunctions, countFunctions} = functionsOf(lib)
  const functions = new Map([...textFunctions, ...itemFunctions, ...entryFunctions, ...countFunctions].map((fn) => [fn.name, fn]))
  const families = new Map([...textFamilies, ...collectionFamilies, ...entryFamilies, ...countFamilies].map((family) => [family.name, family]))

  // Warm up every function on ordinary input.
  const dump = `Lead title\n${article}\nHashtags\nRelated Articles\n\nReuters\n2 hours ago\n- Reuters\nA title\nISTANBUL, July 23 (Reuters) - ${article}\n\n`
  for (let round = 0; round < 30; round++) {
    for (const fn of textFunctions) await fn.run(round % 2 ? dump : article)()
    for (const fn of itemFunctions) fn.run([article, dump, article + ' x', distinctArticle(round)])()
    for (const fn of entryFunctions) fn.run(entryFamilies[0].build(20))()
    for (const fn of countFunctions) fn.run(64)()
  }

  // CPU time (user + system, ms) rather than wall time: the machines are
  // shared, and another process's load stretches wall time at random, which
  // no best-of-3 filters out when the load lasts. `--wall` times wall-clock.
  const now = workerData.wall
    ? () => Number(process.hrtime.bigint()) / 1e6
    : () => {
        const {user, system} = process.cpuUsage()
        return (user + system) / 1000
      }
  // Thunks may be async (the streams): awaited only when they return a promise,
  // so that a batch of quick synchronous calls pays for no microtasks.
  const call = (thunk) => {
    const result = thunk()
    return result && typeof result.then === 'function' ? result : undefined
  }
  const time = async (thunk) => {
    gc()
    const start = now()
    await call(thunk)
    return now() - start
  }
  const measure = async (job) => {
    const fn = functions.get(job.fn)
    const family = families.get(job.family)
    const counted = family.kind !== 'text'
    const sizeOf = (units) => (counted ? units : units * family.unitLength)
    const thunkAt = (units) => {
      const input = family.build(units)
      // `repeat` builds a rope; flatten it (ToNumber does) so that no call pays for that.
      if (typeof input === 'string') Number(input)
      const thunk = fn.run(input)
      if (job.mode === 'cap') return () => {
        for (let index = 0; index < BATCH; index++) thunk()
      }
      return thunk
    }
    if (job.mode === 'cap') {
      // 20 and 200 characters: within the cap, every rule runs.
      const units = Math.max(1, Math.floor(fn.cap / 10 / family.unitLength))
      if (units * family.unitLength * 10 > fn.cap * 1.2) return {skip: 'unit longer than a tenth of the cap'}
      const small = thunkAt(units)
      const large = thunkAt(units * 10)
      small()
      large()
      let atN = Number.POSITIVE_INFINITY
      let at10n = Number.POSITIVE_INFINITY
      for (let run = 0; run < 3; run++) {
        atN = Math.min(atN, (await time(small)) / BATCH)
        at10n = Math.min(at10n, (await time(large)) / BATCH)
      }
      return {n: sizeOf(units), atN, at10n}
    }
    const maxSize = family.kind === 'count' ? MAX_COUNT : counted ? MAX_ITEMS : family.maxChars ?? MAX_CHARS
    const maxUnits = Math.max(1, Math.floor(maxSize / 10 / (counted ? 1 : family.unitLength)))
    const minUnits = family.minChars ? Math.floor(family.minChars / 10 / family.unitLength) : 0
    let units = Math.max(1, Math.min(maxUnits, counted ? 10 : Math.ceil(200 / family.unitLength)))
    // Grow n until one call takes GROWN_MS (or n reaches the family's least
    // size, or the largest allowed).
    let single
    for (;;) {
      const thunk = thunkAt(units)
      single = Math.min(await time(thunk), await time(thunk))
      if (units >= maxUnits || single > 300) break
      if (single >= GROWN_MS && units >= minUnits) break
      units = Math.min(maxUnits, units * 4)
    }
    // Calls per timed batch: a batch at n takes about TARGET_MS; 10n gets a
    // tenth as many calls (at least one), so both are timed over similar spans.
    const calls = Math.max(1, Math.min(1000, Math.ceil(TARGET_MS / Math.max(single, 0.001))))
    const callsAt = (factor) => Math.max(1, Math.round(calls / factor))
    const batchAt = async (factor) => {
      const thunk = thunkAt(units * factor)
      const count = callsAt(factor)
      const batch = async () => {
        for (let index = 0; index < count; index++) await call(thunk)
      }
      await batch() // warm up
      return {batch, count}
    }
    // Time two sizes alternately, best of `runs` each, so that a change in
    // the machine's load (it is shared) hits both alike.
    const pair = async (low, high, runs) => {
      const a = await batchAt(low)
      const b = await batchAt(high)
      let bestA = Number.POSITIVE_INFINITY
      let bestB = Number.POSITIVE_INFINITY
      let spent = 0
      for (let run = 0; run < runs && (run < 2 || spent < 3000); run++) {
        const tookA = await time(a.batch)
        const tookB = await time(b.batch)
        spent += tookA + tookB
        bestA = Math.min(bestA, tookA / a.count)
        bestB = Math.min(bestB, tookB / b.count)
      }
      return [bestA, bestB]
    }
    const result = {n: sizeOf(units)}
    // Say where we are, so that a timeout at 10n still reports n and its time.
    parentPort.postMessage({progress: true, n: result.n, atN: single})
    ;[result.atN, result.at10n] = await pair(1, 10, 3)
    if (result.at10n / result.atN > LIMIT && result.at10n >= QUICK_MS) {
      // Re-measure before flagging: best of 5 more.
      const [atN, at10n] = await pair(1, 10, 5)
      result.atN = Math.min(result.atN, atN)
      result.at10n = Math.min(result.at10n, at10n)
      result.remeasured = true
    }
    const ratio = result.at10n / result.atN
    // n and 10n are in: a timeout from here on only cuts the extra decade.
    parentPort.postMessage({progress: true, ...result, partial: true})
    if (result.at10n < (counted ? 60 : 20) && units * 100 <= maxUnits * 10) {
      let at10n
      ;[at10n, result.at100n] = await pair(10, 100, 2)
      result.at10n = Math.min(result.at10n, at10n)
    } else if (ratio > LIMIT && result.at10n >= QUICK_MS) {
      // Flagged: is it a step (a threshold crossed between n and 10n) or a
      // trend? One more decade, past the size limit if need be, when the
      // growth seen so far says it ends within a few seconds.
      const fits = counted ? units * 100 <= maxSize * 10 : units * 100 * family.unitLength <= MAX_CHARS
      if (fits && ratio <= 30 && result.at10n * ratio <= 1500) {
        const [at10n, at100n] = await pair(10, 100, 1)
        result.at10n = Math.min(result.at10n, at10n)
        result.at100n = at100n
        result.beyond = units * 100 > maxUnits * 10
      }
    }
    return result
  }

  parentPort.on('message', async (job) => {
    let result
    try {
      result = await measure(job)
    } catch (error) {
      result = {error: `${error?.name}: ${String(error?.message).slice(0, 120)}`}
    }
    parentPort.postMessage({...job, ...result})
  })
  parentPort.postMessage({ready: true})
}

// ---------------------------------------------------------------------------
// Main thread: hands out cases, enforces the time limit, prints the table.

async function main() {
  const lib = await import('../dist/index.js')
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7)
  const defaultHeap = process.argv.includes('--heap=default')
  const wall = process.argv.includes('--wall')
  const heapLimits = defaultHeap ? {maxOldGenerationSizeMb: 8192} : {maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: 8192}
  const flaggedFile = process.argv.find((arg) => arg.startsWith('--flagged='))?.slice(10)
  const repeat = Number(process.argv.find((arg) => arg.startsWith('--repeat='))?.slice(9) ?? 1)
  if (!Number.isInteger(repeat) || repeat < 1) throw new RangeError(`Expected --repeat=<k> with k a whole number from 1, not ${repeat}`)
  let wanted
  if (flaggedFile) {
    const {readFileSync} = await import('node:fs')
    // `- fn on family: n=…` (a `(within cap)` suffix after the function name).
    wanted = new Set()
    for (const line of readFileSync(flaggedFile, 'utf8').split('\n')) {
      const match = /^- (.+?)( \(within cap\))? on (.+?): (?:n=|FLAG)/.exec(line)
      if (match) wanted.add(`${match[1]}|${match[3]}|${match[2] ? 'cap' : 'scale'}`)
    }
  }
  const selected = casesOf(lib)
    .filter((job) => !only || job.fn.includes(only) || job.family.includes(only))
    .filter((job) => !wanted || wanted.has(`${job.fn}|${job.family}|${job.mode}`))
  if (wanted && selected.length !== wanted.size) console.error(`--flagged: ${wanted.size} cases named, ${selected.length} found`)
  const cases = Array.from({length: repeat}, () => selected).flat()
  const started = Date.now()
  const results = []
  let current
  const spawn = () =>
    new Promise((resolve) => {
      current = new Worker(new URL(import.meta.url), {workerData: {worker: true, wall}, resourceLimits: heapLimits})
      current.once('message', () => resolve(current))
      current.once('error', (error) => {
        console.error('worker failed to start:', error)
        resolve(current)
      })
    })
  await spawn()
  for (const [index, job] of cases.entries()) {
    const caseStart = Date.now()
    const result = await new Promise((resolve) => {
      const done = (value) => {
        clearInterval(timer)
        current.off('message', onMessage)
        current.off('error', onError)
        resolve(value)
      }
      let progress = {}
      const onMessage = (message) => {
        if (message.progress) {
          const {progress: _, ...rest} = message
          progress = rest
        }
        else done(message)
      }
      const onError = (error) => done({...job, error: `worker died: ${error?.message ?? error}`, dead: true})
      // The limit is CPU time of the process (the worker's, as the main
      // thread idles), so that other processes' load on a shared machine
      // does not turn a slow case into a timeout; wall time gets 5× the
      // limit (`--wall`: the limit in wall time).
      const cpuStart = process.cpuUsage()
      const wallStart = Date.now()
      const timer = setInterval(() => {
        const {user, system} = process.cpuUsage(cpuStart)
        const spent = wall ? Date.now() - wallStart : (user + system) / 1000
        if (spent < CASE_LIMIT_MS && Date.now() - wallStart < 5 * CASE_LIMIT_MS) return
        done(progress.partial ? {...job, ...progress, confirmTimeout: true, dead: true} : {...job, ...progress, timeout: true, dead: true})
      }, 100)
      current.on('message', onMessage)
      current.on('error', onError)
      current.postMessage(job)
    })
    if (result.dead) {
      await current.terminate()
      await spawn()
    }
    results.push(result)
    process.stderr.write(`[${index + 1}/${cases.length}] ${job.fn} | ${job.family} (${job.mode}): ${summary(result)} (${((Date.now() - caseStart) / 1000).toFixed(1)} s)\n`)
  }
  await current.terminate()

  const flagged = results.filter((result) => verdict(result).startsWith('FLAG'))
  console.log('## Hostile inputs (`node bench/hostile.mjs`)\n')
  console.log(`Machine: ${cpus()[0].model} (${cpus().length} cores), Node ${process.version}; date ${new Date().toISOString().slice(0, 10)}; ` +
    `worker heap: ${defaultHeap ? 'V8 defaults' : `${YOUNG_MB} MB young generation`}; times: ${wall ? 'wall clock' : 'CPU (user + system)'}; ` +
    `total ${((Date.now() - started) / 1000).toFixed(0)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.\n`)
  console.log(`Best of 3 after a warm-up; n in UTF-16 code units (texts) or items (collections); a 10× larger input may take at most ${LIMIT}× as long. ` +
    `"within cap" rows time batches of ${BATCH} calls and give the time per call. Ratios of calls under ${QUICK_MS} ms are noise and not judged.\n`)
  console.log('| function | input family | n | time at n | time at 10n | ratio | time at 100n | ratio 100n/10n | verdict |')
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
  for (const result of results) {
    const fn = result.mode === 'cap' ? `${result.fn} (within cap)` : result.fn
    if (result.timeout || result.error || result.skip) {
      const n = result.n === undefined ? '' : result.n.toLocaleString('en')
      const atN = result.atN === undefined ? '' : `${ms(result.atN)} (one call)`
      const at10n = result.timeout ? `> ${CASE_LIMIT_MS / 1000} s` : ''
      const ratio = ''
      console.log(`| ${fn} | ${result.family} | ${n} | ${atN} | ${at10n} | ${ratio} | | | ${verdict(result)} |`)
      continue
    }
    const ratio = result.at10n / result.atN
    const ratio100 = result.at100n === undefined ? '' : `${(result.at100n / result.at10n).toFixed(1)}×`
    console.log(`| ${fn} | ${result.family} | ${result.n.toLocaleString('en')} | ${ms(result.atN)} | ${ms(result.at10n)} | ${ratio.toFixed(1)}× | ` +
      `${result.at100n === undefined ? '' : ms(result.at100n)} | ${ratio100} | ${verdict(result)} |`)
  }
  console.log(`\n${flagged.length} flagged of ${results.length} cases.`)
  for (const result of flagged) console.log(`- ${result.fn}${result.mode === 'cap' ? ' (within cap)' : ''} on ${result.family}: ${summary(result)}`)
  if (repeat > 1) {
    console.log(`\nEach case ${repeat} times: the ratios 10n/n (and 100n/10n), in run order, their medians, and the best: ` +
      'the best (least) time at each size over the runs, divided (the least ratio when the runs grew to different n). ' +
      'The best is what a quiet machine comes nearest to: load only ever adds time.\n')
    console.log('| function | input family | ratios 10n/n | median | best | ratios 100n/10n | median | best | times at n, 10n, 100n (best) |')
    console.log('| --- | --- | --- | ---: | ---: | --- | ---: | ---: | --- |')
    for (const [index, job] of selected.entries()) {
      const runs = Array.from({length: repeat}, (_, run) => results[run * selected.length + index]).filter((result) => result.at10n !== undefined)
      const ratios = runs.map((result) => result.at10n / result.atN)
      const ratios100 = runs.filter((result) => result.at100n !== undefined).map((result) => result.at100n / result.at10n)
      const list = (values) => values.map((value) => `${value.toFixed(1)}×`).join(', ')
      const median = (values) => {
        if (values.length === 0) return ''
        const sorted = [...values].sort((a, b) => a - b)
        const middle = sorted.length >> 1
        return `${(sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2).toFixed(1)}×`
      }
      // Best of the runs: the least time at each size, when every run grew to the same n; else the least ratio.
      const least = (key) => Math.min(...runs.filter((result) => result[key] !== undefined).map((result) => result[key]))
      const sameN = runs.length > 0 && runs.every((result) => result.n === runs[0].n)
      const with100 = runs.filter((result) => result.at100n !== undefined)
      const best = runs.length === 0 ? '' : `${(sameN ? least('at10n') / least('atN') : Math.min(...ratios)).toFixed(1)}×`
      const best100 = with100.length === 0 ? '' : `${(sameN ? least('at100n') / least('at10n') : Math.min(...ratios100)).toFixed(1)}×`
      const times = runs.length === 0 ? '' : sameN
        ? `n=${runs[0].n.toLocaleString('en')}: ${[least('atN'), least('at10n'), ...(with100.length ? [least('at100n')] : [])].map(ms).join(', ')}`
        : 'n differs'
      const fn = job.mode === 'cap' ? `${job.fn} (within cap)` : job.fn
      console.log(`| ${fn} | ${job.family} | ${list(ratios) || 'timeout'} | ${median(ratios)} | ${best} | ${list(ratios100)} | ${median(ratios100)} | ${best100} | ${times} |`)
    }
  }
  console.log(`\nPeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
  const jsonFile = process.argv.find((arg) => arg.startsWith('--json='))?.slice(7)
  if (jsonFile) {
    const {writeFileSync} = await import('node:fs')
    writeFileSync(jsonFile, JSON.stringify(results, null, 1))
  }
}

function verdict(result) {
  if (result.skip) return `skipped (${result.skip})`
  if (result.timeout) return `FLAG (timeout: 10n > ${CASE_LIMIT_MS / 1000} s)`
  if (result.error) return `FLAG (throws: ${result.error.replaceAll('|', '\\|').replaceAll('\n', ' ')})`
  const ratio = result.at10n / result.atN
  const ratio100 = result.at100n === undefined ? 0 : result.at100n / result.at10n
  const quick = result.mode === 'cap' ? result.at10n * BATCH < QUICK_MS * 10 : result.at10n < QUICK_MS
  if (quick) return `ok (quick: ${ms(result.at10n)} at 10n)`
  if (result.confirmTimeout) return `FLAG (100n: > ${CASE_LIMIT_MS / 1000} s, timed out)`
  if (ratio > LIMIT && ratio100 !== 0 && ratio100 <= LIMIT) return `FLAG (step: ${ratio100.toFixed(1)}× from 10n to 100n)`
  if (ratio > LIMIT || ratio100 > LIMIT) return 'FLAG'
  return 'ok'
}

function summary(result) {
  if (result.timeout && result.atN !== undefined) return `n=${result.n}, ${ms(result.atN)} at n: ${verdict(result)}`
  if (result.timeout || result.error || result.skip) return verdict(result)
  const parts = [`n=${result.n}`, `${ms(result.atN)} → ${ms(result.at10n)} (${(result.at10n / result.atN).toFixed(1)}×)`]
  if (result.at100n !== undefined) parts.push(`100n ${ms(result.at100n)} (${(result.at100n / result.at10n).toFixed(1)}×)`)
  if (result.remeasured) parts.push('re-measured')
  return `${parts.join(', ')}: ${verdict(result)}`
}

function ms(value) {
  if (value < 0.01) return `${(value * 1000).toFixed(2)} µs`
  if (value < 1) return `${(value * 1000).toFixed(0)} µs`
  if (value < 100) return `${value.toFixed(2)} ms`
  return `${value.toFixed(0)} ms`
}

if (isMainThread) await main()
else if (workerData?.worker) await worker()
