// The core runs in browsers: bundling the built entry for the browser reaches
// no `node:` module, and code that imports only `splitDump` leaves unified and
// retext out. Needs `dist/` (`npm test` builds first).
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {expect, test} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Bundle `code` (importing from `./dist/index.js`) for the browser, minified. */
async function bundle(code: string): Promise<{text: string; inputs: string[]; reached: string[]}> {
  const result = await build({
    stdin: {contents: code, resolveDir: root, sourcefile: 'consumer.js'},
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent'
  })
  expect(result.errors).toEqual([])
  expect(result.warnings).toEqual([])
  const text = result.outputFiles.map((file) => file.text).join('')
  // The modules that put code in the output (esbuild lists every module it
  // read, even those tree-shaking then dropped whole).
  const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([name]) => name)
  )
  const reached = Object.keys(result.metafile.inputs)
  return {text, inputs, reached}
}

test('the built ESM entry bundles for the browser with no `node:` import', async () => {
  const {text, inputs, reached} = await bundle("export * from './dist/index.js'")
  expect(reached.filter((input) => input.startsWith('node:'))).toEqual([])
  expect(text).not.toMatch(/["'`]node:/)
  expect(text).not.toMatch(/\brequire\(/)
  // The whole entry does take in the retext stack.
  expect(inputs.some((input) => input.includes('node_modules/retext-english/'))).toBe(true)
})

test('`splitDump` alone tree-shakes away unified and retext', async () => {
  const whole = await bundle("export * from './dist/index.js'")
  const split = await bundle("export {splitDump} from './dist/index.js'")
  const stack = /node_modules\/(unified|retext-english|parse-english|parse-latin|nlcst-to-string|vfile|stemmer)\//
  expect(split.inputs.filter((input) => stack.test(input))).toEqual([])
  // Well below the full bundle (42% of it, minified, when first measured;
  // 60% on 2026-12-02, as both carry the default outlet registry, which grew
  // to 2,361 outlets; the input check above is what rules the stack out,
  // and the budgets in .size-limit.json pin the sizes themselves).
  expect(split.text.length).toBeLessThan(whole.text.length * 0.65)
})

test('`fingerprint` alone leaves out the outlet registry and the retext stack', async () => {
  const {inputs} = await bundle("export {fingerprint} from './dist/index.js'")
  const outlet = await bundle("export {normalizeOutlet} from './dist/index.js'")
  // The registry's data is in the output when an import needs it (here the
  // check has something to find)...
  const registry = (text: string) => text.includes('"reuters.com"') || text.includes("'reuters.com'")
  expect(registry(outlet.text)).toBe(true)
  // ...and absent from a fingerprint-only bundle.
  const fp = await bundle("export {fingerprint} from './dist/index.js'")
  expect(registry(fp.text)).toBe(false)
  expect(inputs.filter((input) => /node_modules\/(unified|retext-english|parse-latin|stemmer)\//.test(input))).toEqual([])
  expect(fp.text.length).toBeLessThan(outlet.text.length)
})
