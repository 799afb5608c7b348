import {expect, test} from 'vitest'

test('the public surface is exactly these exports', async () => {
  const api = await import('../src/index.js')
  expect(Object.keys(api).sort()).toEqual([
    'candidateBands',
    'clusterStories',
    'collectDumpStream',
    'createCorpusStats',
    'createIndex',
    'createOutletRegistry',
    'defaultHeaderShapes',
    'estimateResemblance',
    'findDuplicates',
    'fingerprint',
    'fingerprintValues',
    'getDefaultOutletRegistry',
    'indexFromJSON',
    'lshKeys',
    'matchOutlet',
    'matchTimestamp',
    'nlcstWords',
    'normalizeOutlet',
    'normalizeTimestamp',
    'optimalBands',
    'parseDateline',
    'similarity',
    'splitDump',
    'splitDumpStream',
    'timestampRules',
    'toNlcst'
  ])
})

test('the built ESM and CJS entries export the same names', async () => {
  // Built by `npm test` before vitest runs; a variable path keeps tsc from
  // resolving it on a fresh clone where dist/ does not exist yet.
  const built = '../dist/index.js'
  const esm = (await import(built)) as Record<string, unknown>
  const {createRequire} = await import('node:module')
  const cjs = createRequire(import.meta.url)('../dist/index.cjs') as Record<string, unknown>
  expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort())
  expect(Object.keys(esm).sort()).toEqual(Object.keys(await import('../src/index.js')).sort())
})

test('src never imports node: built-ins (the core runs in browsers)', async () => {
  const {readdirSync, readFileSync, statSync} = await import('node:fs')
  const {join} = await import('node:path')
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name)
      return statSync(path).isDirectory() ? walk(path) : [path]
    })
  const root = new URL('../src', import.meta.url).pathname
  const offenders = walk(root).filter((file) => file.endsWith('.ts') && !file.includes('/cli/') && /from ['"]node:|require\(['"]node:/.test(readFileSync(file, 'utf8')))
  expect(offenders).toEqual([])
})
