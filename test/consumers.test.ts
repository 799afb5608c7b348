// Consumers: the package as users get it. `npm pack` the built package, install
// the tarball into fresh projects under the system's temporary folder (its
// dependencies come from the registry), and use it there from ESM, CommonJS,
// TypeScript and a browser bundle. Needs `dist/` (`npm test` builds first).
// CHROMIUM_PATH overrides /usr/bin/chromium; without a Chromium the browser
// run is skipped with a one-line notice, unless CI is set (then it fails;
// see test/consumers/chromium.ts). KEEP_CONSUMERS=1 keeps the projects
// (their folder is printed) for a look after a failure.
import {execFile} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {extname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {nlcstWords, similarity, splitDump} from '../src/index.js'
import {checkChromium} from './consumers/chromium.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const fixtures = join(root, 'test', 'consumers')
const chromium = checkChromium(process.env)
// Printed once, as the file loads: one line that says how to run the test.
if (chromium.skip) process.stderr.write(`${chromium.message}\n`)
const installTimeout = 300_000
const scenario = JSON.parse(readFileSync(join(fixtures, 'scenario.json'), 'utf8')) as {
  reference: string
  dump: string
  story: string
  excerpt: string
  unrelated: string
}

// What every consumer computes, here from the sources: the installed package
// must give exactly this.
const dump = splitDump(scenario.dump, {reference: scenario.reference})
const expected = JSON.parse(
  JSON.stringify({
    dump,
    same: similarity(scenario.story, scenario.story),
    excerpt: similarity(scenario.story, scenario.excerpt, {explain: true}),
    unrelated: similarity(scenario.story, scenario.unrelated),
    words: nlcstWords(scenario.excerpt)
  })
) as unknown

/** The facts of the scenario that do not depend on tuning, spelled out. */
function checkScenario(actual: unknown): void {
  expect(actual).toEqual(expected)
  const result = actual as typeof expected & {
    dump: {layout: string; articles: Array<{role: string; title: string; outlet: {name: string} | null; published: {earliest: string} | null; dateline: {place: string} | null}>}
    same: {score: number; relation: string}
    excerpt: {containment: {bInA: number}; passages: unknown[]}
    unrelated: {score: number; relation: string}
    words: string[]
  }
  expect(result.dump.layout).toBe('daily8')
  expect(result.dump.articles.map((article) => article.role)).toEqual(['lead', 'related'])
  expect(result.dump.articles[0]?.title).toBe('Kremlin plays down hopes for talks')
  expect(result.dump.articles[1]?.outlet?.name).toBe('The Guardian')
  expect(result.dump.articles[1]?.published?.earliest).toBe('2025-07-23T11:33:00.001Z')
  expect(result.dump.articles[1]?.dateline?.place).toBe('ISTANBUL')
  expect(result.same).toMatchObject({score: 1, resemblance: 1, relation: 'duplicate'})
  expect(result.excerpt.containment.bInA).toBe(1)
  expect(result.excerpt.passages.length).toBeGreaterThan(0)
  expect(result.unrelated).toMatchObject({score: 0, resemblance: 0, relation: 'unrelated'})
  expect(result.words.slice(0, 4)).toEqual(['Russia', 'and', 'Ukraine', 'agreed'])
}

// `npm test` runs vitest through npm, which exports its own settings
// (`npm_config_local_prefix` is this repository): a nested npm would install
// here. Keep only the settings that say where the registry and cache are.
const keep = /^npm_config_(registry|cache|cafile|userconfig|globalconfig|strict_ssl|proxy|https_proxy|noproxy)$/i
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) || keep.test(name)))

interface Output {
  stdout: string
  stderr: string
}

/** Run a command; on failure, throw with everything it printed. */
function run(command: string, args: string[], cwd: string): Promise<Output> {
  return new Promise((resolve, reject) => {
    execFile(command, args, {cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: installTimeout}, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}: ${error.message}\n${stdout}\n${stderr}`))
      } else {
        resolve({stdout, stderr})
      }
    })
  })
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
let work = ''
let tarball: Promise<string>

/**
 * A fresh project under `work` with `files` copied from the fixtures and the
 * tarball (plus `extra` packages) installed from it.
 */
async function project(name: string, files: Array<[from: string, to: string]>, extra: string[] = []): Promise<string> {
  const folder = join(work, name)
  mkdirSync(folder, {recursive: true})
  writeFileSync(join(folder, 'package.json'), JSON.stringify({name: `consumer-${name}`, version: '0.0.0', private: true}, null, 2) + '\n')
  for (const [from, to] of files) cpSync(join(fixtures, from), join(folder, to), {recursive: true})
  await run(npm, ['install', '--no-audit', '--no-fund', '--no-package-lock', await tarball, ...extra], folder)
  return folder
}

// Packed and installed once, every project at the same time; each group
// waits only for its own project, so one failed install fails one group.
let projects: Record<'node' | 'typescript' | 'browser', Promise<string>>

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsdump-consumers-'))
  if (process.env.KEEP_CONSUMERS) console.log(`consumer projects in ${work}`)
  tarball = run(npm, ['pack', '--json', '--pack-destination', work], root).then(({stdout}) => {
    const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as Array<{filename: string}>
    if (!packed) throw new Error(`npm pack reported no tarball: ${stdout}`)
    return join(work, packed.filename)
  })
  const typescript = JSON.parse(readFileSync(join(root, 'node_modules', 'typescript', 'package.json'), 'utf8')) as {version: string}
  projects = {
    node: project('node', [
      ['node', '.'],
      ['scenario.json', 'scenario.json']
    ]),
    // The TypeScript the repository builds with (5.9.x), installed as a consumer would.
    typescript: project('typescript', [['typescript', '.']], [`typescript@${typescript.version}`]),
    browser: project('browser', [
      ['browser', '.'],
      ['scenario.json', 'scenario.json']
    ])
  }
  // Keep unhandled rejections quiet until a group awaits its project.
  for (const promise of [tarball, ...Object.values(projects)]) promise.catch(() => {})
})

afterAll(() => {
  if (work && !process.env.KEEP_CONSUMERS) rmSync(work, {recursive: true, force: true})
})

// `outlets/package.json` points Node 10 resolution (TypeScript's `node`) at
// the `newsdump/outlets` entry, which it cannot find through `exports`.
test('the tarball holds the builds, their types and the docs, and no sources', async () => {
  const {stdout} = await run('tar', ['-tzf', await tarball], work)
  const files = stdout.split('\n').filter(Boolean).sort()
  for (const file of ['package/package.json', 'package/README.md', 'package/LICENSE', 'package/THIRD_PARTY_NOTICES.md', 'package/dist/index.js', 'package/dist/index.cjs', 'package/dist/index.d.ts', 'package/dist/index.d.cts']) {
    expect(files).toContain(file)
  }
  expect(files.filter((file) => !/^package\/(dist\/|outlets\/package\.json$|package\.json$|README\.md$|LICENSE$|THIRD_PARTY_NOTICES\.md$|CHANGELOG\.md$)/.test(file))).toEqual([])
}, installTimeout)

describe('Node', () => {
  let folder = ''
  beforeAll(async () => {
    folder = await projects.node
  }, installTimeout)

  test('ESM: `import {splitDump, similarity} from "newsdump"`', async () => {
    const {stdout} = await run(process.execPath, ['esm.mjs'], folder)
    checkScenario(JSON.parse(stdout))
  })

  test('CommonJS: `require("newsdump")`', async () => {
    const {stdout} = await run(process.execPath, ['cjs.cjs'], folder)
    checkScenario(JSON.parse(stdout))
  })

  test('CommonJS resolves to the CommonJS build, ESM to the ESM one', async () => {
    // `require.resolve` and `import.meta.resolve` give the files Node loads.
    const cjs = await run(process.execPath, ['-e', "console.log(require.resolve('newsdump'))"], folder)
    const esm = await run(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('newsdump'))"], folder)
    expect(cjs.stdout.trim()).toBe(join(folder, 'node_modules', 'newsdump', 'dist', 'index.cjs'))
    expect(esm.stdout.trim()).toMatch(/\/node_modules\/newsdump\/dist\/index\.js$/)
  })

  test('`newsdump/outlets` gives the full registry to ESM and CommonJS, for `normalizeOutlet` of either', async () => {
    // Wikidata Q6415836 and us-local.tsv (as `Daily Express`, MO): in the full registry only.
    const check =
      "console.log(JSON.stringify([normalizeOutlet('Kirksville Daily Express', {outlets: getFullOutletRegistry()}).domain, normalizeOutlet('Kirksville Daily Express').known, getFullOutletRegistry().entries.length > 10000]))"
    const esm = await run(
      process.execPath,
      ['--input-type=module', '-e', `import {normalizeOutlet} from 'newsdump'; import {getFullOutletRegistry} from 'newsdump/outlets'; ${check}`],
      folder
    )
    const cjs = await run(process.execPath, ['-e', `const {normalizeOutlet} = require('newsdump'); const {getFullOutletRegistry} = require('newsdump/outlets'); ${check}`], folder)
    for (const {stdout} of [esm, cjs]) expect(JSON.parse(stdout)).toEqual(['kirksvilledailyexpress.com', false, true])
  })
})

describe('TypeScript', () => {
  let folder = ''
  beforeAll(async () => {
    folder = await projects.typescript
    for (const variant of ['nodenext-esm', 'nodenext-cjs', 'bundler']) {
      cpSync(join(folder, 'consumer.ts'), join(folder, variant, 'consumer.ts'))
    }
  }, installTimeout)

  /** Type-check one variant; return the declaration files of `newsdump` it read. */
  async function check(variant: string): Promise<string[]> {
    const tsc = join(folder, 'node_modules', 'typescript', 'bin', 'tsc')
    const {stdout: version} = await run(process.execPath, [tsc, '--version'], folder)
    expect(version).toMatch(/^Version 5\.9\./)
    const {stdout} = await run(process.execPath, [tsc, '--project', variant, '--listFiles'], folder)
    return stdout
      .split('\n')
      .filter((line) => line.includes('/node_modules/newsdump/'))
      .map((line) => line.replace(/^.*\/node_modules\/newsdump\//, ''))
  }

  test('moduleResolution nodenext, an ESM project', async () => {
    const declarations = await check('nodenext-esm')
    expect(declarations).toContain('dist/index.d.ts')
    expect(declarations).not.toContain('dist/index.d.cts')
  })

  test('moduleResolution nodenext, a CommonJS project', async () => {
    const declarations = await check('nodenext-cjs')
    expect(declarations).toContain('dist/index.d.cts')
    expect(declarations).not.toContain('dist/index.d.ts')
  })

  test('moduleResolution bundler', async () => {
    const declarations = await check('bundler')
    expect(declarations).toContain('dist/index.d.ts')
    expect(declarations).not.toContain('dist/index.d.cts')
  })
})

test('without Chromium the browser test is skipped with a notice, and fails in CI', () => {
  const none = () => false
  const local = checkChromium({CHROMIUM_PATH: '/nonexistent/chromium'}, none)
  expect(local).toMatchObject({path: '/nonexistent/chromium', found: false, required: false, skip: true})
  expect(local.message).not.toContain('\n')
  expect(local.message).toMatch(/install Debian's chromium .* or set CHROMIUM_PATH/)
  for (const CI of ['1', 'true']) expect(checkChromium({CI}, none)).toMatchObject({path: '/usr/bin/chromium', required: true, skip: false})
  for (const CI of ['', '0', 'false']) expect(checkChromium({CI}, none).skip).toBe(true)
  expect(checkChromium({CI: '1'}, (path) => path === '/usr/bin/chromium')).toMatchObject({found: true, skip: false})
})

describe('browser', () => {
  let folder = ''
  let server: Server | undefined
  let inputs: string[] = []
  beforeAll(async () => {
    folder = await projects.browser
    const bundle = await build({
      entryPoints: [join(folder, 'page.js')],
      outfile: join(folder, 'page.bundle.js'),
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      metafile: true,
      logLevel: 'silent'
    })
    expect(bundle.errors).toEqual([])
    inputs = Object.keys(bundle.metafile.inputs)
  }, installTimeout)

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  })

  test('an esbuild bundle of the installed package reaches no node: module', () => {
    expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([])
    expect(inputs.some((input) => input.includes('node_modules/newsdump/dist/index.js'))).toBe(true)
  })

  test.skipIf(chromium.skip)('the bundle runs splitDump and similarity in headless Chromium', async () => {
    if (!chromium.found) throw new Error(chromium.message)

    const types: Record<string, string> = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8'}
    server = createServer((request, response) => {
      const name = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1) || 'index.html'
      const file = join(folder, name)
      if (!['index.html', 'page.bundle.js'].includes(name) || !existsSync(file)) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, {'content-type': types[extname(name)] ?? 'application/octet-stream'}).end(readFileSync(file))
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()))
    const {port} = server.address() as AddressInfo

    const {chromium: browser} = await import('playwright-core')
    const profile = mkdtempSync(join(work, 'chromium-profile-'))
    const context = await browser.launchPersistentContext(profile, {
      executablePath: chromium.path,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    })
    try {
      const page = await context.newPage()
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(error.message))
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text())
      })
      await page.goto(`http://127.0.0.1:${port}/`)
      await page.waitForSelector('body[data-status]', {timeout: 30_000})
      const status = await page.getAttribute('body', 'data-status')
      const text = (await page.textContent('#result')) ?? ''
      expect(problems).toEqual([])
      expect(status, text).toBe('done')
      checkScenario(JSON.parse(text))
    } finally {
      await context.close()
    }
  }, 120_000)
})
