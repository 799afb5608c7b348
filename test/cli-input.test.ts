// How `newsdump` reads its inputs: each exactly once (FIFOs, <(...),
// /dev/stdin, pipes), never through a temporary file; directories with
// symbolic links, loops and unreadable parts; encodings; and the reference
// time when none is given. Runs the built executable on files it makes.
import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {splitDump} from '../src/index.js'
import {bash, documents, newsdump, REFERENCE, seed, temporaryFolder, type Result} from './cli-helpers.js'

const folder = temporaryFolder('cli-input')
const daily8 = seed('001_bed8e93c8511a76b.txt')
// The listing layout is the one read three times (layout, a count, the split).
const listing = seed('003_4da82f6481d0e883.txt')

/** The dump of a file split in memory, as `--json` prints it. */
function expectedDump(path: string): unknown {
  return JSON.parse(JSON.stringify(splitDump(readFileSync(path, 'utf8'), {reference: REFERENCE})))
}

const isRoot = process.getuid?.() === 0
const canMkfifo = spawnSync('mkfifo', ['--version'], {stdio: 'ignore'}).status === 0

describe('every input is read exactly once', () => {
  test.skipIf(!canMkfifo).each([
    ['daily8', daily8],
    ['listing', listing]
  ])('a FIFO, <(cat file), /dev/stdin and a pipe give the file’s own %s articles', async (_layout, path) => {
    const fifo = join(folder, `fifo-${_layout}`)
    spawnSync('mkfifo', [fifo])
    // The writer opens the FIFO when the command does, writes once and closes.
    const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', path, fifo], {stdio: 'ignore'})
    const written = new Promise((resolve) => writer.on('close', resolve))
    const quoted = JSON.stringify(path)
    const split = `newsdump split --json --reference ${REFERENCE}`
    const results: Result[] = await Promise.all([
      newsdump(['split', '--json', '--reference', REFERENCE, fifo]),
      bash(`${split} <(cat ${quoted})`),
      bash(`cat ${quoted} | ${split} /dev/stdin`),
      bash(`${split} /dev/stdin < ${quoted}`),
      bash(`cat ${quoted} | ${split}`),
      bash(`cat ${quoted} | ${split} -`)
    ])
    await written
    const expected = expectedDump(path)
    for (const [index, result] of results.entries()) {
      expect(result.stderr, `case ${index}`).toBe('')
      expect(result.code, `case ${index}`).toBe(0)
      expect(documents(result)[0]!.dump, `case ${index}`).toEqual(expected)
    }
    expect((expected as {articles: unknown[]}).articles.length).toBeGreaterThan(3)
  })

  test('standard input is never copied to a temporary file, even when the command is interrupted', async () => {
    const tmp = join(folder, 'tmp-for-stdin')
    mkdirSync(tmp)
    const child = spawn(process.execPath, [new URL('../dist/cli.js', import.meta.url).pathname, 'split', '--reference', REFERENCE, '-'], {
      env: {...process.env, TMPDIR: tmp},
      stdio: ['pipe', 'pipe', 'ignore']
    })
    // Enough related blocks that splitting them takes a while after standard input is closed.
    const block = readFileSync(daily8, 'utf8')
    child.stdin.end(block.repeat(400))
    // The first rows: standard input was read to its end and is being split.
    await new Promise((resolve) => child.stdout.once('data', resolve))
    expect(readdirSync(tmp)).toEqual([])
    child.kill('SIGINT')
    await new Promise((resolve) => child.on('close', resolve))
    expect(readdirSync(tmp)).toEqual([])
  })

  test('a pipe is held in memory up to --pipe-limit; the same text as a file is streamed', async () => {
    const big = join(folder, 'two-megabytes.txt')
    const block = readFileSync(daily8, 'utf8')
    writeFileSync(big, block.repeat(Math.ceil((2 * 1024 * 1024) / block.length)))
    const [piped, file] = await Promise.all([
      bash(`cat ${JSON.stringify(big)} | newsdump split --jsonl --reference ${REFERENCE} --pipe-limit 1`),
      newsdump(['split', '--jsonl', '--reference', REFERENCE, '--pipe-limit', '1', big])
    ])
    expect(piped.code).toBe(1)
    expect(piped.stderr).toBe('newsdump split: -: more than 1 MB from a pipe, which is held in memory to be read only once: save it to a file (files are streamed) or raise --pipe-limit\n')
    expect(file.code).toBe(0)
    expect(file.stdout.split('\n').length).toBeGreaterThan(100)
  })
})

describe('directories', () => {
  test('.txt, .text and .md in any case, links followed, loops skipped, problems named, the rest still read', async () => {
    const tree = join(folder, 'tree')
    for (const path of ['sub/deeper', 'outside', 'locked']) mkdirSync(join(tree, path), {recursive: true})
    const plain = (title: string) => `${title}\nA paragraph about ${title.toLowerCase()}.\n`
    writeFileSync(join(tree, 'b.TXT'), plain('Bridge reopens'))
    writeFileSync(join(tree, 'a.text'), plain('Avalanche warning'))
    writeFileSync(join(tree, 'sub', 'c.Md'), plain('Council votes'))
    writeFileSync(join(tree, 'sub', 'deeper', 'd.txt'), plain('Drought ends'))
    writeFileSync(join(tree, 'notes.json'), '{"ignored": true}\n')
    writeFileSync(join(tree, 'README'), plain('No extension'))
    writeFileSync(join(tree, 'outside', 'real.txt'), plain('Election called'))
    writeFileSync(join(tree, 'locked', 'secret.txt'), plain('Never read'))
    symlinkSync(join('..', 'outside', 'real.txt'), join(tree, 'sub', 'linked.txt'))
    symlinkSync('..', join(tree, 'sub', 'loop'))
    symlinkSync('nowhere.txt', join(tree, 'dangling.txt'))
    symlinkSync('nowhere', join(tree, 'dangling-other'))
    chmodSync(join(tree, 'locked'), 0o000)
    // Root reads any directory: run the command as nobody to see one it cannot.
    const asNobody = isRoot ? {uid: 65_534, gid: 65_534} : {}
    if (isRoot) for (const path of [tmpdir(), folder]) chmodSync(path, statSync(path).mode | 0o005)
    const result = await new Promise<Result>((resolve) => {
      const child = spawn(process.execPath, [new URL('../dist/cli.js', import.meta.url).pathname, 'split', '--jsonl', '--reference', REFERENCE, tree], {...asNobody, stdio: ['ignore', 'pipe', 'pipe']})
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.on('close', (code, signal) => resolve({code, signal, stdout, stderr}))
    })
    chmodSync(join(tree, 'locked'), 0o755)
    const files = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as {file: string}).file.slice(tree.length + 1))
    // Sorted by name at each level (code units: upper case first), links read as files.
    expect(files).toEqual(['a.text', 'b.TXT', 'outside/real.txt', 'sub/c.Md', 'sub/deeper/d.txt', 'sub/linked.txt'])
    expect(result.stderr.split('\n').filter(Boolean).sort()).toEqual(
      [
        `newsdump split: ${tree}/dangling.txt: cannot read: no such file or directory`,
        `newsdump split: ${tree}/locked: cannot read: permission denied`,
        `newsdump split: ${tree}/sub/loop: skipped: a symbolic-link loop (it leads back to a directory being read)`
      ].sort()
    )
    expect(result.code).toBe(1)
  })

  test('a directory with nothing to read says so and exits 1; so does a path that is not there', async () => {
    const empty = join(folder, 'empty')
    mkdirSync(join(empty, 'sub'), {recursive: true})
    writeFileSync(join(empty, 'sub', 'data.csv'), 'a,b\n')
    const result = await newsdump(['split', empty, join(folder, 'missing')])
    expect(result).toMatchObject({code: 1, stdout: ''})
    expect(result.stderr).toBe(
      `newsdump split: ${empty}: nothing to read: no .txt, .text, .md files in it\nnewsdump split: ${join(folder, 'missing')}: cannot read: no such file or directory\n`
    )
  })
})

describe('encodings', () => {
  const text = readFileSync(daily8, 'utf8')
  const utf16be = (value: string) => Buffer.from(value, 'utf16le').swap16()

  test('UTF-8 with and without a byte-order mark, UTF-16 LE and BE with one: the same articles', async () => {
    const files: Record<string, Buffer> = {
      'utf8.txt': Buffer.from(text),
      'utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])
    }
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes)
    const results = await Promise.all(Object.keys(files).map((name) => newsdump(['split', '--json', '--reference', REFERENCE, join(folder, name)])))
    const plain = documents(results[0]!)[0]!.dump
    expect(plain.articles.map((article) => article.title)).toEqual(splitDump(text).articles.map((article) => article.title))
    for (const [index, result] of results.entries()) {
      expect(result.stderr).toBe('')
      const dump = documents(result)[0]!.dump
      // The mark is boilerplate at offset 0: spans move by one code unit, nothing else changes.
      const shift = index === 0 ? 0 : 1
      const back = (span: {start: number; end: number}) => ({start: span.start - shift, end: span.end - shift})
      const moved = dump.articles.map((article) => ({...article, span: back(article.span), dateline: article.dateline && {...article.dateline, span: back(article.dateline.span)}}))
      expect(moved).toEqual(plain.articles)
    }
    const table = await newsdump(['split', '--reference', REFERENCE, join(folder, 'utf16be.txt')])
    expect(table.stdout).toContain('utf16be.txt (UTF-16BE with a byte-order mark): daily8 layout')
  })

  test('not text: NUL bytes, UTF-16 without a mark, mostly invalid UTF-8; a few bad bytes, and --encoding', async () => {
    const latin1 = 'Café society returns\nThe café reopened on Monday, à la française.\n'
    const files: Record<string, Buffer> = {
      'nul.txt': Buffer.from('Title\u0000\u0000\u0001\u0002 and more\n'),
      'no-mark.txt': Buffer.from(text, 'utf16le'),
      'high.txt': Buffer.from(Array.from({length: 4000}, (_, index) => 0x80 + ((index * 7) % 0x7f))),
      'latin1.txt': Buffer.from(latin1, 'latin1')
    }
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes)
    const path = (name: string) => join(folder, name)
    const [nul, noMark, high, bad, good, forced16, bogus] = await Promise.all([
      newsdump(['split', '--reference', REFERENCE, path('nul.txt')]),
      newsdump(['split', '--reference', REFERENCE, path('no-mark.txt')]),
      newsdump(['split', '--reference', REFERENCE, path('high.txt')]),
      newsdump(['split', '--jsonl', '--reference', REFERENCE, path('latin1.txt')]),
      newsdump(['split', '--jsonl', '--reference', REFERENCE, '--encoding', 'windows-1252', path('latin1.txt')]),
      newsdump(['split', '--json', '--reference', REFERENCE, '--encoding', 'utf-16le', path('no-mark.txt')]),
      newsdump(['split', '--encoding', 'klingon', path('latin1.txt')])
    ])
    expect(nul.stderr).toBe(`newsdump split: ${path('nul.txt')}: warning: it holds NUL bytes: this does not look like text\n`)
    expect(noMark.stderr).toBe(
      `newsdump split: ${path('no-mark.txt')}: warning: it holds NUL bytes: it looks like UTF-16 without a byte-order mark (pass --encoding utf-16le), or it is not text\n`
    )
    expect(high.stderr).toMatch(/: warning: it is mostly not valid UTF-8: this does not look like text/)
    // Warnings change no exit code: each was still split.
    for (const result of [nul, noMark, high]) expect(result.code).toBe(0)
    expect(bad.stderr).toMatch(/latin1\.txt: warning: it is not valid UTF-8 \(4 invalid byte sequences .*pass --encoding/)
    expect(JSON.parse(bad.stdout).title).toBe('Caf\ufffd society returns')
    expect(good).toMatchObject({code: 0, stderr: ''})
    expect(JSON.parse(good.stdout)).toMatchObject({title: 'Café society returns', paragraphs: ['The café reopened on Monday, à la française.']})
    expect(forced16.stderr).toBe('')
    expect(documents(forced16)[0]!.dump).toEqual(expectedDump(daily8))
    expect(bogus.code).toBe(2)
    expect(bogus.stderr).toMatch(/^newsdump split: --encoding: no such encoding "klingon"/)
  })
})

describe('the reference time without --reference', () => {
  // Seed 001 shows ages and dated datelines: its capture estimate is July 22-24.
  test("the file's modification time when the capture estimate allows it, else the estimate, saying why", async () => {
    const saved = join(folder, 'saved.txt')
    const cloned = join(folder, 'cloned.txt')
    const plain = join(folder, 'plain.txt')
    copyFileSync(daily8, saved)
    copyFileSync(daily8, cloned)
    writeFileSync(plain, 'Talks resume\nNegotiators met again on Monday.\n')
    utimesSync(saved, new Date('2025-07-23T14:00:00Z'), new Date('2025-07-23T14:00:00Z'))
    // A fresh clone: modified a year after the page was saved.
    utimesSync(cloned, new Date('2026-07-01T09:00:00Z'), new Date('2026-07-01T09:00:00Z'))
    const [json, table, piped] = await Promise.all([
      newsdump(['split', '--json', saved, cloned, plain]),
      newsdump(['split', saved, cloned]),
      bash(`cat ${JSON.stringify(daily8)} | newsdump split --jsonl`)
    ])
    const [fromSaved, fromClone, fromPlain] = documents(json)
    expect(fromSaved).toMatchObject({reference: '2025-07-23T14:00:00.000Z', referenceSource: 'modified'})
    expect(fromClone!.referenceSource).toBe('captured')
    const captured = fromClone!.dump.captured as {earliest: string; latest: string}
    expect(Date.parse(fromClone!.reference)).toBe(Math.floor((Date.parse(captured.earliest) + Date.parse(captured.latest)) / 2))
    // The datelines give no year: it is inferred from the modification time (the last July 23 before it).
    expect(fromClone!.reference.slice(0, 10)).toBe('2025-07-23')
    expect(fromPlain!.referenceSource).toBe('modified')
    expect(table.stdout).toContain(`${saved}: daily8 layout; ages against 2025-07-23T14:00:00.000Z (the file's modification time, inside the dump's capture estimate)\n`)
    expect(table.stdout).toMatch(
      /cloned\.txt: daily8 layout; ages against 2025-07-23T\S+ \(the middle of the dump's capture estimate, 2025-07-22T\S+ to 2025-07-24T\S+; the file's modification time, 2026-07-01T09:00:00\.000Z, is outside it\)/
    )
    // Standard input has no modification time: now, unless the estimate excludes it.
    expect(JSON.parse(piped.stdout.split('\n')[0]!)).toMatchObject({referenceSource: 'captured'})
  })
})
