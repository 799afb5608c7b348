// `similarity`, explain included, finds sentences with the fast tokenizer,
// so a bundle that imports it leaves unified and retext out. Needs `dist/`
// (`npm test` builds first).
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {expect, test} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

test('`import {similarity}` bundles without unified, retext or parse-latin', async () => {
  const result = await build({
    stdin: {contents: "export {similarity, createCorpusStats} from './dist/index.js'", resolveDir: root, sourcefile: 'consumer.js'},
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent'
  })
  const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([name]) => name)
  )
  const stack = /node_modules\/(unified|retext-english|parse-english|parse-latin|nlcst-to-string|vfile|unist-util-[a-z-]+)\//
  expect(inputs.filter((input) => stack.test(input))).toEqual([])
  // What it does carry: the stemmer and the statistics.
  expect(inputs.some((input) => input.includes('node_modules/stemmer/'))).toBe(true)
  const text = result.outputFiles.map((file) => file.text).join('')
  expect(text).not.toMatch(/parse-latin|ParseLatin|unified/)
})
