import {defineConfig} from 'tsup'

const library = {
  entry: {index: 'src/index.ts'},
  dts: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true
} as const

export default defineConfig([
  // ESM: dependencies stay imports, so bundlers share and tree-shake them.
  {...library, format: ['esm']},
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
  }
])
