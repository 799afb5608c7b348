// Third-party code that ships inside newsdump's files carries its licence:
// every package bundled into a file of `dist/` has its licence text, with its
// version, in the legal comment at the top of that file, and a line in
// THIRD_PARTY_NOTICES.md. Needs `dist/` (`npm test` builds first).
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {build} from 'esbuild'
import {expect, test} from 'vitest'

const root = new URL('../', import.meta.url)
const notices = readFileSync(new URL('THIRD_PARTY_NOTICES.md', root), 'utf8')

/** Packages esbuild bundled into unminified output, from its `// node_modules/<name>/…` path comments. */
function markedPackages(code: string): string[] {
  return [...new Set([...code.matchAll(/^\/\/ node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm)].map((match) => match[1]!))].sort()
}

function versionOf(name: string): string {
  return (JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), 'utf8')) as {version: string}).version
}

/** The legal comment a file starts with (after a hashbang), or ''. */
function leadingComment(code: string): string {
  const body = code.replace(/^#!.*\n/, '')
  return body.startsWith('/*!') ? body.slice(0, body.indexOf('*/') + 2) : ''
}

function expectCredited(file: string, code: string, names: readonly string[]): void {
  const comment = leadingComment(code)
  for (const name of names) {
    expect({file, name, inComment: comment.includes(`${name} ${versionOf(name)}:\n`)}).toEqual({file, name, inComment: true})
    expect({file, name, inNotices: notices.includes(`[${name}](`)}).toEqual({file, name, inNotices: true})
  }
}

function filesOf(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? filesOf(join(folder, entry.name)) : /\.c?js$/.test(entry.name) ? [join(folder, entry.name)] : []
  )
}

test('every file of dist/ that bundles a package carries its licence, and the notices list it', () => {
  const dist = new URL('dist/', root).pathname
  const bundled = new Map<string, string[]>()
  for (const file of filesOf(dist)) {
    const code = readFileSync(file, 'utf8')
    const names = markedPackages(code)
    if (names.length > 0) bundled.set(file.slice(dist.length), names)
    expectCredited(file, code, names)
  }
  // What the CommonJS build is known to bundle (ESM-only dependencies), so
  // that a change in esbuild's path comments cannot make this test pass on
  // nothing; the ES module build bundles none.
  expect(bundled.get('index.cjs')).toEqual(expect.arrayContaining(['unified', 'retext-english', 'parse-latin', 'parse-english', 'nlcst-to-string', 'stemmer', 'vfile']))
  expect([...bundled.keys()].filter((file) => file.endsWith('.js'))).toEqual([])
  // The licence text itself, not only the name: the MIT permission notice.
  expect(leadingComment(readFileSync(join(dist, 'index.cjs'), 'utf8'))).toContain('The above copyright notice and this permission notice shall be included')
})

test('the report page, minified, credits every package it bundles', async () => {
  // Minified output has no path comments: ask esbuild what it bundles.
  const result = await build({
    entryPoints: [new URL('src/cli/report/client/main.tsx', root).pathname],
    bundle: true,
    write: false,
    // Not written: an output folder because the page's styles are a second output.
    outdir: 'report-page',
    metafile: true,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: new URL('src/cli/report/client/tsconfig.json', root).pathname,
    logLevel: 'silent'
  })
  const names = [
    ...new Set(
      Object.keys(result.metafile.inputs)
        .filter((input) => input.includes('node_modules/'))
        .map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)![1]!)
    )
  ].sort()
  expect(names).toEqual(expect.arrayContaining(['preact', 'd3-time']))
  expectCredited('dist/report-page.js', readFileSync(new URL('dist/report-page.js', root), 'utf8'), names)
})
