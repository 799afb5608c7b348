import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {describe, expect, test} from 'vitest'
import {main} from '../src/cli/main.js'
import packageJson from '../package.json' with {type: 'json'}

const fixtures = new URL('../fixtures/', import.meta.url).pathname
const seed = (name: string) => join(fixtures, name)

async function run(argv: string[], stdin = ''): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: {write: (chunk: string) => (stdout += chunk)},
    stderr: {write: (chunk: string) => (stderr += chunk)},
    stdin: Readable.from([stdin]),
    now: () => new Date('2025-07-23T14:00:00Z')
  })
  return {code, stdout, stderr}
}

describe('newsdump', () => {
  test('--version and --help', async () => {
    expect(await run(['--version'])).toEqual({code: 0, stdout: `${packageJson.version}\n`, stderr: ''})
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: newsdump <command> [options]')
    for (const command of ['split', 'similar', 'dedup', 'headers']) {
      const commandHelp = await run([command, '--help'])
      expect(commandHelp.code, command).toBe(0)
      expect(commandHelp.stdout, command).toContain(`Usage: newsdump ${command}`)
    }
  })

  test('bad usage exits 2 and says why', async () => {
    expect((await run([])).code).toBe(2)
    expect(await run(['frobnicate'])).toMatchObject({code: 2, stderr: expect.stringContaining('unknown command "frobnicate"')})
    expect(await run(['split', '--bogus', 'x'])).toMatchObject({code: 2, stderr: expect.stringContaining("Unknown option '--bogus'")})
    expect(await run(['split'])).toMatchObject({code: 2, stderr: expect.stringContaining('no input')})
    expect(await run(['split', '--reference', 'soon', seed('107_plain.txt')])).toMatchObject({code: 2, stderr: expect.stringContaining('--reference: expected an ISO 8601 time')})
    expect(await run(['similar', seed('107_plain.txt')])).toMatchObject({code: 2, stderr: expect.stringContaining('expected two files, got 1')})
    expect(await run(['dedup', '--threshold', '1.5', fixtures])).toMatchObject({code: 2, stderr: expect.stringContaining('--threshold: expected a number above 0 and at most 1')})
  })

  test('bad input exits 1 and names the file', async () => {
    expect(await run(['split', '/nonexistent/dump.txt'])).toEqual({code: 1, stdout: '', stderr: 'newsdump split: /nonexistent/dump.txt: cannot read: no such file or directory\n'})
  })

  test.skipIf(process.platform !== 'linux')('a file that fails while it is read exits 1, not with a stack trace', async () => {
    // /proc/self/mem passes stat() but fails at the first read, even for root.
    const {code, stderr} = await run(['split', '/proc/self/mem'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/^newsdump split: \/proc\/self\/mem: cannot read: /)
  })
})

describe('newsdump split', () => {
  test('a table per dump, ages against the given reference', async () => {
    const {code, stdout} = await run(['split', '--reference', '2025-07-23T14:00:00Z', seed('001_bed8e93c8511a76b.txt')])
    expect(code).toBe(0)
    expect(stdout.split('\n').slice(1, 8)).toEqual([
      `${seed('001_bed8e93c8511a76b.txt')}: daily8, 4 articles; ages against 2025-07-23T14:00:00.000Z (--reference)`,
      '#  role     outlet        age      title                                                             ¶',
      '-  -------  ------------  -------  ----------------------------------------------------------------  -',
      '1  lead                            Russia says it expects agreement next week on date for next pea…  4',
      '2  related  The Guardian  26m–27m  Russia and Ukraine agree new POW swaps but no progress on cease…  1',
      '3  related  Daily Mail    1.5h–3h  Tulsi Gabbard details damning allegations against Hillary Clint…  1',
      '4  related  Reuters       1.5h–3h  Russia, Ukraine discuss more POW swaps; no deal on ceasefire or…  1'
    ])
  })

  test("without --reference, the file's modification time, stated", async () => {
    const {stdout} = await run(['split', seed('107_plain.txt')])
    expect(stdout).toMatch(/ages against \d{4}-\d\d-\d\dT[\d:.]+Z \(the file's modification time\)/)
  })

  test('--jsonl: one article per line; --json: one document', async () => {
    const jsonl = await run(['split', '--jsonl', '--reference', '2025-07-23T14:00:00Z', seed('000_d00be9bfc94f70d2.txt'), seed('003_4da82f6481d0e883.txt')])
    const lines = jsonl.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string; index: number; role: string; published: {earliest: string} | null})
    expect(lines).toHaveLength(24)
    expect(lines[1]).toMatchObject({file: seed('000_d00be9bfc94f70d2.txt'), index: 1, role: 'related', published: {earliest: '2025-07-23T13:52:00.001Z'}})
    const json = await run(['split', '--json', '--reference', '2025-07-23T14:00:00Z', seed('003_4da82f6481d0e883.txt')])
    const documents = JSON.parse(json.stdout) as Array<{file: string; reference: string; dump: {layout: string; articles: unknown[]}}>
    expect(documents.map((document) => [document.reference, document.dump.layout, document.dump.articles.length])).toEqual([['2025-07-23T14:00:00.000Z', 'listing', 20]])
  })

  test('reads standard input, with now as the reference', async () => {
    const {code, stdout} = await run(['split', '-'], 'Talks resume\nNegotiators met again on Monday.\n')
    expect(code).toBe(0)
    expect(stdout).toContain('-: plain, 1 article; ages against 2025-07-23T14:00:00.000Z (now)')
    expect(stdout).toContain('1  lead               Talks resume  1')
  })
})

describe('newsdump similar, headers, dedup', () => {
  test('similar: the score and relation of two files, with passages on request', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'newsdump-cli-'))
    const a = join(folder, 'a.txt')
    const b = join(folder, 'b.txt')
    writeFileSync(a, 'ISTANBUL, July 23 (Reuters) - Russia and Ukraine discussed further prisoner swaps on Wednesday at a brief session of peace talks in Istanbul.')
    writeFileSync(b, 'Russia and Ukraine discussed further prisoner swaps overnight at a brief session of peace talks in Istanbul.')
    const {code, stdout} = await run(['similar', '--explain', a, b])
    expect(code).toBe(0)
    expect(stdout).toContain('relation     near-duplicate\n')
    expect(stdout).toContain('1 shared passage\n')
    const json = JSON.parse((await run(['similar', '--json', a, b])).stdout) as {relation: string}
    expect(json.relation).toBe('near-duplicate')
  })

  test('headers: what one line reads as', async () => {
    expect((await run(['headers', '26', 'minutes', 'ago'])).stdout).toBe(
      [
        'text       26 minutes ago',
        'outlet     -',
        'timestamp  relative, between 2025-07-23T13:33:00.001Z and 2025-07-23T13:34:30.000Z',
        'dateline   -',
        'reference  2025-07-23T14:00:00.000Z',
        ''
      ].join('\n')
    )
    expect((await run(['headers', '- The Guardian'])).stdout).toContain('outlet     The Guardian (known, the-guardian, theguardian.com)\n')
    expect((await run(['headers', 'ISTANBUL, July 23 (Reuters) - Talks'])).stdout).toContain('dateline   ISTANBUL, 2025-07-23, Reuters\n')
  })

  test('dedup: duplicates and stories across the fixtures', async () => {
    const {code, stdout} = await run(['dedup', '--json', '--clusters', fixtures])
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as {duplicates: Array<{members: string[]}>; clusters: Array<{members: string[]}>}
    const guardian = [seed('000_d00be9bfc94f70d2.txt#0'), seed('001_bed8e93c8511a76b.txt#1')]
    expect(result.duplicates.some((group) => guardian.every((name) => group.members.includes(name)))).toBe(true)
    const wire = [seed('001_bed8e93c8511a76b.txt#3'), seed('004_e233b43045e43c97.txt#1')]
    expect(result.clusters.some((cluster) => [...guardian, ...wire].every((name) => cluster.members.includes(name)))).toBe(true)
  })
})

test('the built executable runs as `newsdump`, with exit codes', () => {
  const cli = new URL('../dist/cli.js', import.meta.url).pathname
  expect(execFileSync(process.execPath, [cli, '--version'], {encoding: 'utf8'})).toBe(`${packageJson.version}\n`)
  const split = spawnSync(process.execPath, [cli, 'split', '--jsonl', '-'], {input: 'Reuters\n2 hours ago\n- Reuters\nTalks end\nThey ended.\n', encoding: 'utf8'})
  expect(split.status).toBe(0)
  expect(JSON.parse(split.stdout)).toMatchObject({file: '-', index: 0, role: 'related', outlet: {name: 'Reuters'}})
  expect(spawnSync(process.execPath, [cli, 'split', 'missing.txt'], {encoding: 'utf8'}).status).toBe(1)
})
