// docs/api/ is generated from the TSDoc of src/index.ts and src/outlets.ts
// (the `newsdump` and `newsdump/outlets` entry points; `npm run docs:api`)
// and committed. Regenerate it into a temporary folder and compare, so a doc
// comment or export changed without rerunning the script fails here.
import {execFile} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, expect, test} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const committed = join(root, 'docs', 'api')
const fresh = mkdtempSync(join(tmpdir(), 'newsdump-api-docs-'))

afterAll(() => rmSync(fresh, {recursive: true, force: true}))

function read(folder: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.set(relative(folder, path), readFileSync(path, 'utf8'))
    }
  }
  walk(folder)
  return files
}

test('docs/api/ is what `npm run docs:api` generates', {timeout: 120_000}, async () => {
  await promisify(execFile)(process.execPath, [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', fresh], {cwd: root})
  const expected = read(fresh)
  const actual = read(committed)
  const hint = 'docs/api/ is stale: run `npm run docs:api` and commit the result'
  expect([...actual.keys()], hint).toEqual([...expected.keys()])
  for (const [file, text] of expected) expect(actual.get(file), `${hint} (${file})`).toBe(text)
})

test('every export of both entry points has a page in docs/api/, under its module', async () => {
  const files = [...read(committed).keys()]
  for (const [entry, folder] of [['../src/index.js', 'newsdump/'], ['../src/outlets.js', 'newsdump/outlets/']] as const) {
    const api = (await import(entry)) as Record<string, unknown>
    // `newsdump/outlets/…` pages belong to the outlets module, not to `newsdump`.
    const own = files.filter((file) => file.startsWith(folder) && (folder === 'newsdump/outlets/' || !file.startsWith('newsdump/outlets/')))
    const pages = new Set(own.map((file) => file.replace(/^.*\/|\.md$/g, '')))
    expect({entry, missing: Object.keys(api).filter((name) => !pages.has(name))}).toEqual({entry, missing: []})
  }
})
