// `newsdump headers` (many lines in one process), `newsdump similar`
// (files and file#index) and `newsdump dedup` (--jsonl, pairs named like
// members). Runs the built executable on files it makes.
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {bash, fixtures, newsdump, REFERENCE, seed, temporaryFolder} from './cli-helpers.js'

const folder = temporaryFolder('cli-commands')

interface HeaderReading {
  file: string | null
  line: number
  text: string
  reference: string
  outlet: {name: string; known: boolean}
  timestamp: {kind: string; earliest: string | null; latest: string | null} | null
  dateline: {place: string | null; agency: {name: string} | null} | null
}

const readings = (stdout: string): HeaderReading[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as HeaderReading)

describe('newsdump headers', () => {
  test('one line: what it reads as', async () => {
    const result = await newsdump(['headers', '--reference', REFERENCE, '26 minutes ago'])
    expect(result.stdout).toBe(
      [
        'text       26 minutes ago',
        'outlet     -',
        'timestamp  relative, between 2025-07-23T13:33:00.001Z and 2025-07-23T13:34:30.000Z',
        'dateline   -',
        'reference  2025-07-23T14:00:00.000Z',
        ''
      ].join('\n')
    )
  })

  test('a dateline prints its date as ISO 8601', async () => {
    const dated = await newsdump(['headers', '--reference', REFERENCE, 'ISTANBUL, July 23 (Reuters) - Talks ended'])
    expect(dated.stdout).toContain('dateline   ISTANBUL, 2025-07-23, Reuters\n')
  })

  test('many lines in one process: arguments, --file and standard input, with --jsonl', async () => {
    const file = join(folder, 'headers.txt')
    // A byte-order mark, CRLF line ends, a blank line and no final line break.
    writeFileSync(file, '\ufeff- The Guardian\r\n\r\nISTANBUL, July 23 (Reuters) - Talks ended\r\n2 hrs ago')
    const result = await newsdump(['headers', '--jsonl', '--reference', REFERENCE, '26 minutes ago', '- Reuters', '--file', file, '-'], {input: 'Yesterday\nMailOnline\n'})
    expect(result).toMatchObject({code: 0, stderr: ''})
    const lines = readings(result.stdout)
    expect(lines.map((line) => [line.file, line.line, line.text])).toEqual([
      [null, 1, '26 minutes ago'],
      [null, 2, '- Reuters'],
      [file, 1, '- The Guardian'],
      [file, 3, 'ISTANBUL, July 23 (Reuters) - Talks ended'],
      [file, 4, '2 hrs ago'],
      ['-', 1, 'Yesterday'],
      ['-', 2, 'MailOnline']
    ])
    expect(lines[0]!.timestamp).toMatchObject({kind: 'relative', earliest: '2025-07-23T13:33:00.001Z'})
    expect(lines[1]!.outlet).toMatchObject({name: 'Reuters', known: true})
    expect(lines[2]!.outlet).toMatchObject({name: 'The Guardian', known: true})
    expect(lines[3]!.dateline).toMatchObject({place: 'ISTANBUL', agency: {name: 'Reuters'}})
    expect(lines[4]!.timestamp).toMatchObject({kind: 'relative'})
    expect(lines[6]!.outlet.name).toBe('Daily Mail')
    for (const line of lines) expect(line.reference).toBe('2025-07-23T14:00:00.000Z')
  })

  test('piped standard input when no line is given; --json is one array', async () => {
    const input = Array.from({length: 2000}, (_, index) => `${(index % 59) + 1} minutes ago`).join('\n')
    const [piped, json] = await Promise.all([
      bash(`cat | newsdump headers --jsonl --reference ${REFERENCE}`, {input}),
      newsdump(['headers', '--json', '--reference', REFERENCE, '- The Guardian', 'Reuters'])
    ])
    expect(piped.code).toBe(0)
    const lines = readings(piped.stdout)
    expect(lines).toHaveLength(2000)
    expect(lines.every((line) => line.file === '-' && line.timestamp?.kind === 'relative')).toBe(true)
    expect(lines[1999]).toMatchObject({line: 2000, text: '53 minutes ago'})
    const array = JSON.parse(json.stdout) as HeaderReading[]
    expect(array.map((reading) => reading.outlet.name)).toEqual(['The Guardian', 'Reuters'])
  })

  test('a file that cannot be read is named, the other lines still read, exit 1', async () => {
    const result = await newsdump(['headers', '--jsonl', '--file', join(folder, 'missing.txt'), 'Reuters'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`newsdump headers: ${join(folder, 'missing.txt')}: cannot read: no such file or directory\n`)
    expect(readings(result.stdout).map((line) => line.text)).toEqual(['Reuters'])
  })
})

describe('newsdump similar', () => {
  test('articles named file#index, as dedup names them', async () => {
    const dedup = await newsdump(['dedup', '--json', fixtures])
    const group = (JSON.parse(dedup.stdout) as {duplicates: Array<{members: string[]}>}).duplicates[0]!
    const [a, b] = group.members as [string, string]
    expect(a).toBe(seed('000_d00be9bfc94f70d2.txt#0'))
    const result = await newsdump(['similar', '--json', a, b])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({relation: expect.stringMatching(/duplicate/)})
  })

  test('-#1 and -#3: two articles of one dump on standard input, read once', async () => {
    const [articles, files] = await Promise.all([
      newsdump(['similar', '--explain', '-#1', '-#3'], {input: readFileSync(seed('001_bed8e93c8511a76b.txt'))}),
      newsdump(['similar', '--explain', seed('001_bed8e93c8511a76b.txt#1'), seed('001_bed8e93c8511a76b.txt#3')])
    ])
    expect(articles.code).toBe(0)
    expect(articles.stdout).toContain('relation     near-duplicate\n')
    expect(articles.stdout).toContain('0.943 of -#1 in -#3')
    expect(articles.stdout.replaceAll('-#', `${seed('001_bed8e93c8511a76b.txt')}#`)).toBe(files.stdout)
  })

  test('an index past the dump is bad input; a file whose name ends in #digits is a file', async () => {
    const odd = join(folder, 'story#2')
    writeFileSync(odd, 'Russia and Ukraine discussed further prisoner swaps on Wednesday at a brief session of peace talks in Istanbul.')
    const [past, file] = await Promise.all([newsdump(['similar', seed('001_bed8e93c8511a76b.txt#4'), odd]), newsdump(['similar', '--json', odd, odd])])
    expect(past).toMatchObject({code: 1, stdout: ''})
    expect(past.stderr).toBe(`newsdump similar: ${seed('001_bed8e93c8511a76b.txt#4')}: no article #4 in ${seed('001_bed8e93c8511a76b.txt')}: it has 4 (#0 to #3)\n`)
    expect(JSON.parse(file.stdout)).toMatchObject({score: 1, relation: 'duplicate'})
  })
})

describe('newsdump dedup', () => {
  interface Group {
    representative: string
    members: string[]
    pairs: Array<{a: string; b: string; resemblance?: number; score?: number}>
  }

  test('--json and --jsonl: the same records; pairs name their articles as members are named', async () => {
    const [json, jsonl] = await Promise.all([newsdump(['dedup', '--json', '--clusters', fixtures]), newsdump(['dedup', '--jsonl', '--clusters', fixtures])])
    const result = JSON.parse(json.stdout) as {articles: Array<{name: string}>; duplicates: Group[]; clusters: Group[]}
    const lines = jsonl.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as {type: string} & Group & {name: string})
    expect(lines.filter((line) => line.type === 'article').map(({type: _type, ...article}) => article)).toEqual(result.articles)
    expect(lines.filter((line) => line.type === 'duplicates').map(({type: _type, ...group}) => group)).toEqual(result.duplicates)
    expect(lines.filter((line) => line.type === 'story').map(({type: _type, ...group}) => group)).toEqual(result.clusters)
    const names = new Set(result.articles.map((article) => article.name))
    expect(result.duplicates.length).toBeGreaterThan(0)
    expect(result.clusters.length).toBeGreaterThan(0)
    for (const group of [...result.duplicates, ...result.clusters]) {
      expect(group.pairs.length).toBeGreaterThan(0)
      for (const pair of group.pairs) {
        expect(group.members).toContain(pair.a)
        expect(group.members).toContain(pair.b)
        expect(names.has(pair.a) && names.has(pair.b)).toBe(true)
      }
    }
    // The Guardian's story, in seed 000 as the lead and in seed 001 as a related block.
    expect(result.duplicates[0]!.pairs).toContainEqual({a: seed('000_d00be9bfc94f70d2.txt#0'), b: seed('001_bed8e93c8511a76b.txt#1'), resemblance: expect.any(Number)})
  })

  test('the table shows the pairs by name; piped standard input is read when no file is named', async () => {
    const [table, piped] = await Promise.all([
      newsdump(['dedup', seed('000_d00be9bfc94f70d2.txt'), seed('001_bed8e93c8511a76b.txt')]),
      bash(`cat ${JSON.stringify(seed('001_bed8e93c8511a76b.txt'))} | newsdump dedup --jsonl --threshold 0.85`)
    ])
    expect(table.stdout).toContain('1 duplicate group (resemblance at least 0.8)\n')
    expect(table.stdout).toMatch(new RegExp(`pairs \\(resemblance\\):\\n  ${seed('000_d00be9bfc94f70d2.txt#0')} – ${seed('001_bed8e93c8511a76b.txt#1')}  0\\.9\\d\\d\\n`))
    const groups = piped.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as {type: string; members?: string[]})
      .filter((line) => line.type === 'duplicates')
    expect(groups.map((group) => group.members)).toEqual([['-#1', '-#3']])
  })

  test('6,000 copies of a paywall stub: one group, 5,999 pairs', async () => {
    const block = 'Paywall Post\n26 minutes ago\n- Paywall Post\nMarkets rally as rate fears ease\nThis article is for subscribers only. Subscribe now to keep reading every story.\n\n'
    const result = await newsdump(['dedup', '--jsonl', '-'], {input: block.repeat(6000)})
    expect(result).toMatchObject({code: 0, stderr: ''})
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as {type: string; members?: string[]; pairs?: Array<{a: string; b: string; resemblance: number}>})
    expect(lines.filter((line) => line.type === 'article')).toHaveLength(6000)
    const groups = lines.filter((line) => line.type === 'duplicates')
    expect(groups).toHaveLength(1)
    expect(groups[0]!.members).toHaveLength(6000)
    expect(groups[0]!.pairs).toHaveLength(5999)
    expect(groups[0]!.pairs![0]).toEqual({a: '-#0', b: '-#1', resemblance: 1})
    // Every pair, on request.
    const all = await newsdump(['dedup', '--jsonl', '--all-pairs', '-'], {input: block.repeat(30)})
    const group = all.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as {type: string; pairs?: unknown[]})
      .find((line) => line.type === 'duplicates')
    expect(group!.pairs).toHaveLength((30 * 29) / 2)
  })
})
