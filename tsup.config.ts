import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {defineConfig} from 'tsup'

/**
 * The licences of what the report page bundles, as one comment at its top:
 * every report is a copy of them, and carries their notices.
 */
function bundledLicences(): string {
  const licences = ['preact', 'd3-time', 'd3-array'].map((name) => `${name}:\n\n${readFileSync(`node_modules/${name}/LICENSE`, 'utf8').trim()}`)
  return `/*!\n * The newsdump report page bundles these packages, under these licences.\n\n${licences.join('\n\n').replaceAll('*/', '* /')}\n */`
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
    }
  },
  // CJS: unified, retext-english, nlcst-to-string and stemmer are ESM only,
  // and Node 20 before 20.19 cannot `require` ESM: bundle them in.
  {...library, format: ['cjs'], noExternal: [/.*/]},
  // The `newsdump` command: Node only, its own entry, so no `node:` import
  // is reachable from the library.
  {
    entry: {cli: 'src/cli/index.ts'},
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    sourcemap: false,
    banner: {js: '#!/usr/bin/env node'}
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
    banner: {js: bundledLicences()},
    esbuildOptions(options) {
      options.jsx = 'automatic'
      options.jsxImportSource = 'preact'
    }
  }
])
