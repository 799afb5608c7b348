// What `newsdump` prints: control characters made visible on a terminal
// and kept exact in JSON, a table streamed as articles come (130,000 of
// them in a 24 MB heap), progress within a file on a terminal, one line and
// exit code 3 when the output cannot be written, and RFC 4180 CSV. Runs the
// built executable on files it makes.
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {bash, documents, fixtures, hasScript, newsdump, onTerminal, REFERENCE, temporaryFolder} from './cli-helpers.js'

const folder = temporaryFolder('cli-output')

/** Control characters a terminal obeys: none may reach it from a dump. */
// eslint-disable-next-line no-control-regex
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('control characters', () => {
  // Retitle the window, clear the screen, ring the bell; a C1 CSI; a right-to-left override.
  const title = 'Talks \u001b]0;pwned\u0007\u001b[2J end \u009b31m in \u202eIstanbul'
  const body = 'Negotiators met \u001b[5mblinking\u001b[0m on Monday in Istanbul to discuss prisoner swaps and a ceasefire.'
  const dump = `${title}\n${body}\n`
  let path = ''
  beforeAll(() => {
    path = join(folder, 'escapes.txt')
    writeFileSync(path, dump)
  })

  test('tables show them as escapes; JSON keeps the exact text', async () => {
    const [table, json] = await Promise.all([newsdump(['split', '--reference', REFERENCE, path]), newsdump(['split', '--json', '--reference', REFERENCE, path])])
    expect(table.stdout).not.toMatch(raw)
    expect(table.stdout).toContain('Talks \\x1b]0;pwned\\x07\\x1b[2J end \\x9b31m in \\u202eIstanbul')
    const article = documents(json)[0]!.dump.articles[0]!
    expect(article.title).toBe(title)
    expect(article.paragraphs).toEqual([body])
  })

  test('so do --explain passages, header readings and file names', async () => {
    const other = join(folder, 'plain.txt')
    writeFileSync(other, 'Negotiators met on Monday in Istanbul to discuss prisoner swaps and a ceasefire.\n')
    const named = join(folder, 'evil-\u001b[2J-name.txt')
    writeFileSync(named, dump)
    const [similar, headers, split, missing] = await Promise.all([
      newsdump(['similar', '--explain', path, other]),
      newsdump(['headers', '- The \u001b]0;x\u0007Guardian']),
      newsdump(['split', '--reference', REFERENCE, named]),
      newsdump(['split', join(folder, 'gone-\u001b[31m.txt')])
    ])
    expect(similar.stdout).toContain('1 shared passage')
    expect(similar.stdout).toContain('\\x1b[5mblinking\\x1b[0m')
    expect(headers.stdout).toContain('text       - The \\x1b]0;x\\x07Guardian\n')
    expect(split.stdout).toContain('evil-\\x1b[2J-name.txt: plain layout')
    expect(missing.stderr).toContain('gone-\\x1b[31m.txt: cannot read')
    for (const result of [similar, headers, split, missing]) {
      expect(result.stdout).not.toMatch(raw)
      expect(result.stderr).not.toMatch(raw)
    }
  })
})

describe('a table streamed as articles come', () => {
  test('130,000 articles split in a 24 MB heap, every row printed', async () => {
    const parts = ['Lead title\nLead paragraph one.\n\n']
    for (let index = 0; index < 130_000; index++) parts.push(`Reuters\n2h ago\n- Reuters\nHeadline ${index}\nBody ${index}.\n\n`)
    const path = join(folder, 'many.txt')
    writeFileSync(path, parts.join(''))
    // A heap this small cannot hold the rows of the whole run, let alone the dump:
    // the in-memory result of this dump holds 128 MB (splitDump, measured after a
    // full GC on 2026-12-02). The command's fixed cost is about 9-10 MB live (Node,
    // the modules, the outlet registry and cue tables); 16 MB left so little room
    // that a run on a loaded machine failed now and then, so 24 MB: still a fifth
    // of what buffering the result would take.
    const result = await newsdump(['split', '--reference', REFERENCE, path], {node: ['--max-old-space-size=24']})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines.at(-1)).toBe('130001 articles')
    expect(lines.at(-2)).toMatch(/^130000 {2}related {2}Reuters +1\.5h–3h +Headline 129999 +1$/)
    expect(lines).toHaveLength(130_001 + 5)
  }, 120_000)
})

describe('progress', () => {
  let large = ''
  let small = ''
  beforeAll(() => {
    const block = 'Reuters\n2 hours ago\n- Reuters\nTalks end in Istanbul without a deal\nThe two delegations met for forty minutes and agreed on prisoner swaps only.\n\n'
    large = join(folder, 'large.txt')
    small = join(folder, 'small.txt')
    writeFileSync(large, block.repeat(25_000))
    writeFileSync(small, block)
  })

  test.skipIf(!hasScript)('on a terminal: bytes and articles within a large file; never in a pipe or with --quiet', async () => {
    const [terminal, quiet, piped] = await Promise.all([
      onTerminal(`newsdump split --reference ${REFERENCE} ${large} > /dev/null`),
      onTerminal(`newsdump split --quiet --reference ${REFERENCE} ${small} > /dev/null`),
      newsdump(['split', '--reference', REFERENCE, small])
    ])
    expect(terminal.code).toBe(0)
    const lines = terminal.stdout.split('\r').map((line) => line.replace('\u001b[K', ''))
    const splitting = lines.filter((line) => /large\.txt: splitting \d+% of 3\.\d MB, [\d,]+ articles?$/.test(line))
    expect(new Set(splitting).size, terminal.stdout.slice(0, 2000)).toBeGreaterThan(1)
    expect(lines.some((line) => /large\.txt: reading its layout \d+% of 3\.\d MB$/.test(line))).toBe(true)
    expect(quiet).toMatchObject({code: 0, stdout: ''})
    expect(piped).toMatchObject({code: 0, stderr: ''})
  })
})

describe('a failed write: one line, exit code 3', () => {
  let path = ''
  beforeAll(() => {
    path = join(folder, 'output.txt')
    writeFileSync(path, 'Reuters\n2 hours ago\n- Reuters\nTalks end\nThey ended on Monday with no deal at all.\n\n'.repeat(20_000))
  })

  test('EPIPE: the reader of the pipe is gone', async () => {
    const result = await bash(`newsdump split --reference ${REFERENCE} ${path} 2> "$1/epipe.err" | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"; cat "$1/epipe.err"`.replaceAll('$1', folder))
    expect(result.stdout).toBe('3\nnewsdump split: cannot write the output: broken pipe (the reader closed it)\n')
  })

  test.skipIf(process.platform !== 'linux')('ENOSPC: > /dev/full', async () => {
    const [table, jsonl] = await Promise.all([
      bash(`newsdump split --reference ${REFERENCE} ${path} > /dev/full`),
      bash(`newsdump dedup --jsonl ${fixtures} > /dev/full`)
    ])
    expect(table).toMatchObject({code: 3, stdout: '', stderr: 'newsdump split: cannot write the output: no space left on device\n'})
    expect(jsonl).toMatchObject({code: 3, stdout: '', stderr: 'newsdump dedup: cannot write the output: no space left on device\n'})
  })
})

/** Records of RFC 4180 CSV, read strictly: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let index = 0
  while (index < text.length) {
    let field = ''
    if (text[index] === '"') {
      index++
      for (;;) {
        const quote = text.indexOf('"', index)
        if (quote === -1) throw new Error('unclosed quote')
        field += text.slice(index, quote)
        index = quote + 1
        if (text[index] !== '"') break
        field += '"'
        index++
      }
    } else {
      const end = text.slice(index).search(/[,\r\n]/)
      field = end === -1 ? text.slice(index) : text.slice(index, index + end)
      if (field.includes('"')) throw new Error(`bare quote in ${JSON.stringify(field)}`)
      index += field.length
    }
    record.push(field)
    if (text[index] === ',') {
      index++
    } else if (text.startsWith('\r\n', index)) {
      records.push(record)
      record = []
      index += 2
    } else {
      throw new Error(`expected , or CRLF at ${index}, found ${JSON.stringify(text.slice(index, index + 5))}`)
    }
  }
  return records
}

describe('split --csv', () => {
  test('one RFC 4180 record per article, quotes, commas and line breaks kept', async () => {
    const path = join(folder, 'csv.txt')
    writeFileSync(
      path,
      [
        'Kremlin says "no breakthrough", again',
        'The Kremlin said on Monday that no breakthrough was expected.',
        'Officials, however, met again.',
        'Hashtags',
        'Related Articles',
        '',
        'The Guardian',
        '26 minutes ago',
        '- The Guardian',
        'Russia and Ukraine agree new prisoner swaps',
        'The two sides agreed to exchange 1,200 more prisoners of war.',
        ''
      ].join('\n')
    )
    const result = await newsdump(['split', '--csv', '--reference', REFERENCE, path])
    expect(result).toMatchObject({code: 0, stderr: ''})
    expect(result.stdout.endsWith('\r\n')).toBe(true)
    expect(result.stdout.split('\r\n')[0]).toBe('file,index,role,outlet,published_earliest,published_latest,title,paragraphs,text')
    expect(result.stdout).toContain('"Kremlin says ""no breakthrough"", again"')
    expect(parseCsv(result.stdout)).toEqual([
      ['file', 'index', 'role', 'outlet', 'published_earliest', 'published_latest', 'title', 'paragraphs', 'text'],
      [
        path,
        '0',
        'lead',
        '',
        '',
        '',
        'Kremlin says "no breakthrough", again',
        '2',
        'The Kremlin said on Monday that no breakthrough was expected.\n\nOfficials, however, met again.'
      ],
      [
        path,
        '1',
        'related',
        'The Guardian',
        '2025-07-23T13:33:00.001Z',
        '2025-07-23T13:34:30.000Z',
        'Russia and Ukraine agree new prisoner swaps',
        '1',
        'The two sides agreed to exchange 1,200 more prisoners of war.'
      ]
    ])
  })
})
