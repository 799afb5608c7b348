// The `newsdump` command: help, usage errors, exit codes, `--reference`, and
// standard input. Runs the built executable (dist/cli.js; `npm test` builds
// first). Other points have files of their own: cli-input (how inputs are
// read), cli-output (what is printed), cli-commands (headers, similar, dedup).
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {defaultStoryThreshold} from '../src/similarity/clusters.js'
import {defaultDuplicateThreshold} from '../src/similarity/duplicates.js'
import packageJson from '../package.json' with {type: 'json'}
import {documents, hasScript, newsdump, onTerminal, REFERENCE, seed, temporaryFolder} from './cli-helpers.js'

const folder = temporaryFolder('cli')

describe('help and version', () => {
  test('--version, --help and every command’s --help', async () => {
    const [version, help, ...commands] = await Promise.all([
      newsdump(['--version']),
      newsdump(['--help']),
      ...['split', 'similar', 'dedup', 'headers'].map((command) => newsdump([command, '--help']))
    ])
    expect(version).toMatchObject({code: 0, stdout: `${packageJson.version}\n`, stderr: ''})
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: newsdump <command> [options]')
    expect(help.stdout).toContain('3 the output could not be written')
    for (const [index, command] of ['split', 'similar', 'dedup', 'headers'].entries()) {
      expect(commands[index]!.code, command).toBe(0)
      expect(commands[index]!.stdout, command).toContain(`Usage: newsdump ${command} `)
    }
  })

  test('dedup --help states the default thresholds as numbers, the library’s own', async () => {
    const {stdout} = await newsdump(['dedup', '--help'])
    expect(stdout).toMatch(new RegExp(`--threshold <x> .*\\(default ${defaultDuplicateThreshold}\\)`))
    expect(stdout).toMatch(new RegExp(`--story-threshold <x> .*\\(default ${defaultStoryThreshold}\\)`))
    expect(stdout).not.toContain("library's")
  })

  test('no command: the help on standard error, exit 2; an unknown one says so', async () => {
    const [none, unknown] = await Promise.all([newsdump([]), newsdump(['frobnicate'])])
    expect(none).toMatchObject({code: 2, stdout: ''})
    expect(none.stderr).toContain('Usage: newsdump <command>')
    expect(unknown).toMatchObject({code: 2, stdout: ''})
    expect(unknown.stderr).toMatch(/^newsdump: unknown command "frobnicate"\n/)
  })
})

describe.concurrent('usage errors: exit 2 and the command’s own message', () => {
  const cases: Array<[args: string[], message: string]> = [
    [['split', '--bogus', 'x.txt'], 'newsdump split: unknown option --bogus'],
    [['split', '-x'], 'newsdump split: unknown option -x'],
    [['split', '--reference'], 'newsdump split: --reference needs a value'],
    [['split', '--quiet=yes', 'x.txt'], 'newsdump split: --quiet takes no value, not "yes"'],
    [['split', '--json', '--csv', 'x.txt'], 'newsdump split: --json and --csv: choose one'],
    [['split', '--pipe-limit', 'lots', 'x.txt'], 'newsdump split: --pipe-limit: expected a number of megabytes above 0'],
    [['similar', 'a.txt'], 'newsdump similar: expected two articles (files or file#index), got 1'],
    [['dedup', '--threshold', '1.5', 'x.txt'], 'newsdump dedup: --threshold: expected a number above 0 and at most 1, not "1.5"'],
    [['dedup', '--story-threshold', '0.5', 'x.txt'], 'newsdump dedup: --story-threshold applies to story clusters: add --clusters'],
    [['headers', '--bogus', 'Reuters'], 'newsdump headers: unknown option --bogus']
  ]
  test.each(cases)('%j', async (args, message) => {
    const result = await newsdump(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.startsWith(`${message}`)).toBe(true)
    const command = args[0]!
    expect(result.stderr).toContain(`\nUsage: newsdump ${command} `)
    expect(result.stderr).toContain(`See \`newsdump ${command} --help\`.`)
    // Not Node's parseArgs wording, and no stack trace.
    expect(result.stderr).not.toMatch(/To specify a positional argument|ERR_PARSE_ARGS|\n\s+at /)
  })
})

describe('--reference', () => {
  const dump = 'Reuters\n2 hours ago\n- Reuters\nTalks end\nThey ended on Monday.\n'
  const reference = async (value: string, env: Record<string, string> = {}) => {
    const result = await newsdump(['split', '--json', '--reference', value, '-'], {input: dump, env})
    return result.code === 0 ? documents(result)[0]!.reference : result.stderr
  }

  test('ISO 8601 only: written dates and zone abbreviations are refused', async () => {
    const values = ['Jul 23 2025', '23 July 2025', '2025-07-23 14:05 BST', 'yesterday', '2025-02-30']
    const results = await Promise.all(values.map((value) => reference(value)))
    for (const [index, result] of results.entries()) expect(result, values[index]).toMatch(/^newsdump split: --reference: expected an ISO 8601 date or time/)
  })

  test('a time without a zone is UTC, whatever TZ says; offsets and dates are read', async () => {
    const results = await Promise.all([
      reference('2025-07-23T12:00:00', {TZ: 'America/New_York'}),
      reference('2025-07-23 12:00', {TZ: 'Asia/Kolkata'}),
      reference('2025-07-23T12:00:00+02:00'),
      reference('2025-07-23T12:00:00.250Z'),
      reference('2025-07-23')
    ])
    expect(results).toEqual(['2025-07-23T12:00:00.000Z', '2025-07-23T12:00:00.000Z', '2025-07-23T10:00:00.000Z', '2025-07-23T12:00:00.250Z', '2025-07-23T00:00:00.000Z'])
  })
})

describe('standard input', () => {
  test('piped with no file named, it is read as with -, and gives what the file gives', async () => {
    const text = readFileSync(seed('003_4da82f6481d0e883.txt'))
    const [piped, dash, file] = await Promise.all([
      newsdump(['split', '--json', '--reference', REFERENCE], {input: text}),
      newsdump(['split', '--json', '--reference', REFERENCE, '-'], {input: text}),
      newsdump(['split', '--json', '--reference', REFERENCE, seed('003_4da82f6481d0e883.txt')])
    ])
    expect(piped.code).toBe(0)
    expect(documents(piped)[0]!.file).toBe('-')
    expect(documents(piped)[0]!.dump.articles).toHaveLength(20)
    expect(documents(piped)[0]!.dump).toEqual(documents(file)[0]!.dump)
    expect(documents(dash)).toEqual(documents(piped))
  })

  test.skipIf(!hasScript)('with no file named and a terminal on standard input: the usage, exit 2', async () => {
    const commands = ['split', 'dedup', 'headers']
    const results = await Promise.all(commands.map((command) => onTerminal(`newsdump ${command}`)))
    for (const [index, command] of commands.entries()) {
      const result = results[index]!
      expect(result.code, command).toBe(2)
      expect(result.stdout, command).toContain(`Usage: newsdump ${command} `)
      expect(result.stdout, command).toMatch(/no (input|header text)/)
    }
  })
})

describe('bad input: exit 1, naming the input', () => {
  test('a missing file', async () => {
    expect(await newsdump(['split', '/nonexistent/dump.txt'])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'newsdump split: /nonexistent/dump.txt: cannot read: no such file or directory\n'
    })
  })

  test.skipIf(process.platform !== 'linux')('a file that fails while it is read, and the others are still read', async () => {
    // /proc/self/mem passes stat() but fails at the first read, even for root.
    const good = join(folder, 'good.txt')
    writeFileSync(good, 'Talks resume\nNegotiators met again on Monday.\n')
    const {code, stdout, stderr} = await newsdump(['split', '--jsonl', '--reference', REFERENCE, '/proc/self/mem', good])
    expect(code).toBe(1)
    expect(stderr).toMatch(/^newsdump split: \/proc\/self\/mem: cannot read: input\/output error\n$/)
    expect(JSON.parse(stdout)).toMatchObject({file: good, index: 0, title: 'Talks resume'})
  })
})
