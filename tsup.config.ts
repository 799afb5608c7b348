import {defineConfig} from 'tsup'

const shared = {
  entry: {index: 'src/index.ts'},
  dts: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true
} as const

export default defineConfig([
  // ESM: dependencies stay imports, so bundlers share and tree-shake them.
  {...shared, format: ['esm']},
  // CJS: unified, retext-english, nlcst-to-string and stemmer are ESM only,
  // and Node 20 before 20.19 cannot `require` ESM: bundle them in.
  {...shared, format: ['cjs'], noExternal: [/.*/]}
])
