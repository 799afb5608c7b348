// Memory of a similarity index of fingerprints (`createIndex({exact: false})`)
// and of texts (`exact: true`), per item: JS heap plus external memory (the
// shared signature array is an ArrayBuffer, outside the heap, which
// `heapUsed` alone misses), after two full collections, with the inputs kept
// alive so that only the index is counted. Each size runs in a process of
// its own. Needs `npm run build` first; run with `node bench/index-memory.mjs`.
import {execFileSync} from 'node:child_process'
import {cpus} from 'node:os'
import process from 'node:process'

if (process.argv[2] === '--one') {
  const lib = await import('../dist/index.js')
  const count = Number(process.argv[3])
  const exact = process.argv[4] === 'exact'
  // Distinct 60-word texts of pseudo-words, sharing few shingles.
  const words = []
  let state = 7
  for (let index = 0; index < 5000; index++) {
    let word = ''
    for (let letter = 0; letter < 4 + (index % 6); letter++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
      word += String.fromCharCode(97 + ((state >>> 16) % 26))
    }
    words.push(word)
  }
  const text = (index) => Array.from({length: 60}, (_, position) => words[(index * 7919 + position * 104_729 + position * index) % words.length]).join(' ') + '.'
  const items = Array.from({length: count}, (_, index) => text(index))
  const ids = items.map((_, index) => `id${index}`)
  const inputs = exact ? items : items.map((item) => lib.fingerprint(item))
  // Kept reachable: V8 frees locals it sees no further use of.
  globalThis.kept = {items, ids, inputs}
  const warm = lib.createIndex({exact})
  for (let index = 0; index < 100; index++) warm.add(ids[index], inputs[index])
  warm.query(inputs[0])
  const used = () => {
    globalThis.gc()
    globalThis.gc()
    const {heapUsed, external} = process.memoryUsage()
    return heapUsed + external
  }
  const before = used()
  const index = lib.createIndex({exact})
  for (let position = 0; position < count; position++) index.add(ids[position], inputs[position])
  const after = used()
  globalThis.kept.index = index
  console.log(JSON.stringify({count, exact, bytes: Math.round((after - before) / count), size: index.size}))
} else {
  console.log('## Similarity index memory (`node bench/index-memory.mjs`)\n')
  console.log(`Machine: ${cpus()[0].model} (${cpus().length} cores), Node ${process.version}; date ${new Date().toISOString().slice(0, 10)}.\n`)
  console.log('| items | kept | bytes an item (heap + external) |')
  console.log('| ---: | --- | ---: |')
  for (const [count, kind] of [[10_000, 'fingerprints'], [30_000, 'fingerprints'], [65_536, 'fingerprints'], [66_000, 'fingerprints'], [100_000, 'fingerprints'], [200_000, 'fingerprints'], [20_000, 'exact']]) {
    const output = execFileSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, '--one', String(count), kind], {encoding: 'utf8'})
    const {bytes} = JSON.parse(output)
    console.log(`| ${count.toLocaleString('en')} | ${kind === 'exact' ? 'texts (`exact: true`: shingle sets too)' : 'fingerprints (`exact: false`)'} | ${bytes.toLocaleString('en')} |`)
  }
}
