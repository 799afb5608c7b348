import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {defineConfig} from 'tsup'

/**
 * The packages esbuild bundled into a file, from the path comment it writes
 * above each bundled module (`// node_modules/unified/lib/index.js`) in
 * output that is not minified.
 */
function bundledPackages(code: string): string[] {
  const names = new Set<string>()
  for (const match of code.matchAll(/^\/\/ node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm)) names.add(match[1]!)
  return [...names].sort()
}

/**
 * A package's licence: its licence file, or, for one that ships none
 * (retext-english), the licence and author its package.json names.
 */
function licenceOf(name: string): string {
  const folder = `node_modules/${name}`
  const file = readdirSync(folder).find((entry) => /^licen[cs]e(?:\.|$)/i.test(entry))
  if (file) return readFileSync(join(folder, file), 'utf8').trim()
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {license?: string; author?: string | {name?: string}}
  const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name
  return `${manifest.license ?? 'UNLICENSED'} licence, copyright ${author ?? 'its authors'} (the package ships no licence file)`
}

/**
 * A legal comment (`/*!`, which minifiers keep) holding the licence of
 * each bundled package in full, with its version: whoever copies the file
 * copies their notices.
 */
function licenceComment(what: string, names: readonly string[]): string {
  const licences = names.map((name) => {
    const {version} = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as {version: string}
    return `${name} ${version}:\n\n${licenceOf(name)}`
  })
  return `/*!\n * ${what}\n\n${licences.join('\n\n').replaceAll('*/', '* /')}\n */`
}

/**
 * Put the licences of the third-party code bundled into each library file
 * of `folder` ending in `extension` at its top (the ESM build imports its
 * dependencies and bundles none; the CommonJS build bundles unified, retext
 * and the rest).
 */
function addBundledLicences(folder: string, extension: string, skip: (name: string) => boolean = () => false): void {
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) addBundledLicences(path, extension, skip)
    else if (entry.name.endsWith(extension) && !skip(entry.name)) {
      const code = readFileSync(path, 'utf8')
      const names = bundledPackages(code)
      if (names.length === 0 || code.startsWith('/*!')) continue
      const comment = licenceComment(`This file of newsdump bundles these packages, under these licences.`, names)
      // A hashbang must stay the first line.
      const hashbang = /^#!.*\n/.exec(code)?.[0] ?? ''
      writeFileSync(path, hashbang + comment + '\n' + code.slice(hashbang.length))
    }
  }
}

/**
 * Drop the bare `import './chunk-….js'` lines that code splitting writes to
 * keep the order in which chunks run. Nothing in the library runs for its
 * effects (`sideEffects: false`): every chunk a module needs is imported by
 * name, so the bare imports only make bundlers warn that they ignore them.
 */
function dropBareChunkImports(folder: string): void {
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) dropBareChunkImports(path)
    else if (entry.name.endsWith('.js') && entry.name !== 'cli.js' && !entry.name.startsWith('report-page')) {
      const code = readFileSync(path, 'utf8')
      const kept = code.replace(/^import '(?:\.\.?\/)+chunk-[\w-]+\.js';\n/gm, '')
      if (kept !== code) writeFileSync(path, kept)
    }
  }
}

const library = {
  // `outlets`: the full outlet registry, its own entry so that only its
  // importers bundle its data.
  entry: {index: 'src/index.ts', outlets: 'src/outlets.ts'},
  dts: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true
} as const

export default defineConfig([
  // ESM: dependencies stay imports, so bundlers share and tree-shake them.
  // One output file per source module (shared code in chunks), not one flat
  // file: with `sideEffects: false`, a bundler then drops whole modules that
  // an import does not reach, top-level tables and all (`import
  // {fingerprint}` leaves out the outlet registry and the timestamp rules);
  // in one flat file every top-level statement it cannot prove pure stays.
  {
    ...library,
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    splitting: true,
    dts: {entry: {index: 'src/index.ts', outlets: 'src/outlets.ts'}},
    async onSuccess() {
      dropBareChunkImports('dist')
      addBundledLicences('dist', '.js', (name) => name === 'cli.js' || name.startsWith('report-page'))
    }
  },
  // CJS: unified, retext-english, nlcst-to-string and stemmer are ESM only,
  // and Node 20 before 20.19 cannot `require` ESM: bundle them in.
  // Their licences go at the top of each file that bundles them.
  {
    ...library,
    format: ['cjs'],
    noExternal: [/.*/],
    async onSuccess() {
      addBundledLicences('dist', '.cjs')
    }
  },
  // The `newsdump` command: Node only, its own entry, so no `node:` import
  // is reachable from the library.
  {
    entry: {cli: 'src/cli/index.ts'},
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    sourcemap: false,
    banner: {js: '#!/usr/bin/env node'},
    async onSuccess() {
      addBundledLicences('dist', 'cli.js')
    }
  },
  // The report page's script and styles, bundled (preact, d3-time and the
  // similarity code) and minified into dist/report-page.js and .css, which
  // `newsdump report` inlines into every report it writes.
  {
    entry: {'report-page': 'src/cli/report/client/main.tsx'},
    format: ['iife'],
    platform: 'browser',
    // Browsers of the last few years: what a report is opened in.
    target: 'es2020',
    tsconfig: 'src/cli/report/client/tsconfig.json',
    outExtension: () => ({js: '.js'}),
    minify: true,
    dts: false,
    sourcemap: false,
    banner: {js: licenceComment('The newsdump report page bundles these packages, under these licences.', ['preact', 'd3-time', 'd3-array', 'stemmer'])},
    esbuildOptions(options) {
      options.jsx = 'automatic'
      options.jsxImportSource = 'preact'
    }
  }
])
