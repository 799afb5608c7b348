import type {Article, Dump, Span} from '../../types.js'
import type {DumpEvent} from '../../split/stream.js'
import {dumpInputOptions, megabytesOption, parseCommandArgs, referenceOption, usageError} from '../args.js'
import {csvRecord} from '../csv.js'
import {encodingOption} from '../encoding.js'
import {CommandError, Output, Report, type CommandIo} from '../io.js'
import {expandPaths, inputsOrStdin} from '../paths.js'
import {startProgress} from '../progress.js'
import {splitAgainstReference, type ReferenceChoice} from '../reference.js'
import {DEFAULT_PIPE_LIMIT, openInput, type InputSource} from '../source.js'
import {flexibleWidth, formatAge, StreamTable} from '../table.js'
import {forTerminal} from '../terminal.js'

export const splitUsage = 'newsdump split [--json | --jsonl | --csv] [--reference <ISO time>] [--encoding <name>] [--pipe-limit <MB>] [--quiet] [<files, directories or ->...]'

export const splitHelp = `Split news-aggregator dumps into articles and boilerplate.

Usage: ${splitUsage}

Prints each dump's articles as a table, a row as each is found: index,
role, outlet, age, title and paragraph count. Articles are numbered from 0,
as file#index names them in \`newsdump dedup\` and \`newsdump similar\`.

Input: files, directories (read recursively for .txt, .text and .md files,
any case; symbolic links followed, sorted by name) and - for standard
input; with no path, standard input when it is a pipe or a file (on a
terminal, this help's usage and exit code 2). Every input is read once: a
regular file is streamed (its passes read it again from the start, in
bounded memory), anything else (a pipe, a FIFO, <(...), /dev/stdin) is
held in memory, up to --pipe-limit, never copied to disk. UTF-8 with or
without a byte-order mark and UTF-16 with one are told apart; an input that
looks like no text gets a warning.

Options:
  --json               one JSON array: {file, reference, referenceSource, dump} per input
  --jsonl              one JSON object per article: {file, index, reference, referenceSource, ...article}
  --csv                one CSV row per article (RFC 4180): file, index, role, outlet,
                       published_earliest, published_latest, title, paragraphs, text
  --reference <ISO>    when the pages were read, to resolve relative ages: an ISO 8601
                       date or time (2025-07-23T12:00:00Z); no zone means UTC
  --encoding <name>    decode every input with this (utf-8, utf-16le, windows-1252, ...)
  --pipe-limit <MB>    most megabytes held from a pipe or standard input (default ${DEFAULT_PIPE_LIMIT / (1024 * 1024)})
  --quiet              no progress line
  -h, --help           show this help

The reference time: --reference; else the file's modification time (now,
for standard input and pipes), unless the dump's own capture estimate
(dump.captured, from articles that show both an age and a date) excludes
it, as for a file copied or cloned later: then the middle of that estimate.
Each dump's heading (or referenceSource: option, modified, now, captured)
says which was used and why. Without --reference, finding the estimate
costs one more pass over each dump.

Exit codes: 0 success; 1 an input could not be read (the others still are;
each problem is named on standard error); 2 bad usage; 3 the output could
not be written (a closed pipe, a full disk).
`

type Format = 'table' | 'json' | 'jsonl' | 'csv'

/**
 * `newsdump split`.
 *
 * @param args
 *   Arguments after `split`.
 * @param io
 *   Streams.
 * @returns
 *   The exit code.
 */
export async function runSplit(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseCommandArgs(
    args,
    {
      json: {type: 'boolean'},
      jsonl: {type: 'boolean'},
      csv: {type: 'boolean'},
      reference: {type: 'string'},
      ...dumpInputOptions
    },
    {command: 'split', usage: splitUsage}
  )
  if (values.help) {
    io.stdout.write(splitHelp)
    return 0
  }
  const formats = (['json', 'jsonl', 'csv'] as const).filter((name) => values[name])
  if (formats.length > 1) throw usageError(`${formats.map((name) => `--${name}`).join(' and ')}: choose one`, splitUsage)
  const format: Format = formats[0] ?? 'table'
  const given = referenceOption(values.reference, splitUsage)
  const encoding = encodingOption(values.encoding, splitUsage)
  const pipeLimit = megabytesOption('pipe-limit', values['pipe-limit'], DEFAULT_PIPE_LIMIT, splitUsage)
  const paths = inputsOrStdin(positionals, io, 'files, directories or - for standard input', splitUsage)

  const report = new Report(io, 'split')
  const files = await expandPaths(paths, report)
  const out = new Output(io.stdout)
  const progress = startProgress(io.stderr, files.length, Boolean(io.stderr.isTTY) && !values.quiet)
  const clear = (): void => progress.clear()
  report.beforeWrite = clear
  // Standard output on the same terminal as the progress line: erase it first.
  if (out.isTTY) out.beforeWrite = clear
  const writer = createWriter(format, out)

  await writer.start()
  for (const [number, file] of files.entries()) {
    progress.input(number + 1, file, null)
    let source: InputSource | undefined
    let begun = false
    try {
      source = await openInput(file, io, {encoding, pipeLimit, onRead: (bytes) => progress.bytes(bytes)})
      if (source.encoding.warning) report.warn(file, source.encoding.warning)
      const input = source
      const {reference, events} = await splitAgainstReference(input, given, io.now, progress)
      let count = 0
      for await (const event of events) {
        if (event.type === 'layout') {
          await writer.begin({file, source: input, reference, layout: event.layout})
          begun = true
        } else if (event.type === 'article') {
          await writer.article(event.article, count++)
          progress.articles(count)
        } else if (event.type === 'boilerplate') {
          writer.boilerplate(event.span)
        } else {
          await writer.end(event, count)
          // A dump the layouts explain badly says so, on standard error.
          for (const warning of event.warnings) report.warn(file, warning.replace(/\.$/, ''))
        }
      }
    } catch (error) {
      if (!(error instanceof CommandError)) throw error
      report.problem(error.message)
      if (begun) await writer.abort(error.message)
    } finally {
      await source?.close()
    }
  }
  progress.done()
  await writer.finish()
  await out.flush()
  return report.failed ? 1 : 0
}

/** One dump as a writer begins it. */
interface Heading {
  file: string
  source: InputSource
  reference: ReferenceChoice
  layout: Dump['layout']
}

/** How one output format writes dumps as their events come. */
interface Writer {
  start(): Promise<void>
  begin(heading: Heading): Promise<void>
  article(article: Article, index: number): Promise<void>
  boilerplate(span: Span): void
  end(end: Extract<DumpEvent, {type: 'end'}>, count: number): Promise<void>
  /** The dump's input failed after `begin`: close what was begun. */
  abort(message: string): Promise<void>
  finish(): Promise<void>
}

function createWriter(format: Format, out: Output): Writer {
  if (format === 'json') return jsonWriter(out)
  if (format === 'jsonl') return jsonlWriter(out)
  if (format === 'csv') return csvWriter(out)
  return tableWriter(out)
}

function tableWriter(out: Output): Writer {
  // #, role, outlet, age and ¶ take 3 + 7 + 18 + 10 + 3 columns and five gaps of two.
  const table = new StreamTable([
    {head: '#', width: 3, align: 'right'},
    {head: 'role', width: 7},
    {head: 'outlet', width: 18},
    {head: 'age', width: 10},
    {head: 'title', width: flexibleWidth(out.stream.columns, 51, 64)},
    {head: '¶', width: 3, align: 'right'}
  ])
  return {
    async start() {},
    async begin({file, source, reference, layout}) {
      const encoding = source.encoding.name === 'utf-8' ? '' : ` (${source.encoding.name.toUpperCase()}${source.encoding.bom ? ' with a byte-order mark' : ''})`
      await out.write(`\n${forTerminal(file)}${encoding}: ${layout} layout; ages against ${reference.time.toISOString()} (${forTerminal(reference.note)})\n${table.head()}`)
    },
    async article(article, index) {
      const published = article.published
      const age = published === null ? '' : published.kind === 'relative' ? formatAge(published.age) : published.raw
      const title = article.title + (article.truncated ? ' [cut off]' : '')
      await out.write(table.row([String(index), article.role, article.outlet?.name ?? '', age, title, String(article.paragraphs.length)]))
    },
    boilerplate() {},
    async end(_captured, count) {
      await out.write(`${count} article${count === 1 ? '' : 's'}\n`)
    },
    async abort() {
      await out.write('(stopped: the input could not be read to its end)\n')
    },
    async finish() {}
  }
}

function jsonWriter(out: Output): Writer {
  let first = true
  let count = 0
  let boilerplate = ''
  const close = (end: {captured: Dump['captured']; confidence?: number; warnings?: string[]}): string =>
    `],"boilerplate":[${boilerplate}],"captured":${JSON.stringify(end.captured)}` +
    (end.confidence === undefined ? '' : `,"confidence":${JSON.stringify(end.confidence)},"warnings":${JSON.stringify(end.warnings ?? [])}`) +
    '}'
  return {
    async start() {
      await out.write('[')
    },
    async begin({file, reference, layout}) {
      await out.write(
        `${first ? '\n' : ',\n'}{"file":${JSON.stringify(file)},"reference":${JSON.stringify(reference.time.toISOString())},"referenceSource":${JSON.stringify(reference.source)},"dump":{"layout":${JSON.stringify(layout)},"articles":[`
      )
      first = false
      count = 0
      boilerplate = ''
    },
    async article(article) {
      await out.write((count++ === 0 ? '\n' : ',\n') + JSON.stringify(article))
    },
    boilerplate(span) {
      boilerplate += (boilerplate ? ',' : '') + JSON.stringify(span)
    },
    async end(end) {
      await out.write(close(end) + '}')
    },
    async abort(message) {
      await out.write(close({captured: null}) + `,"error":${JSON.stringify(message)}}`)
    },
    async finish() {
      await out.write(first ? ']\n' : '\n]\n')
    }
  }
}

function jsonlWriter(out: Output): Writer {
  // Each line is {file, index, reference, referenceSource, ...article}.
  let before = ''
  let after = ''
  return {
    async start() {},
    async begin({file, reference}) {
      before = `{"file":${JSON.stringify(file)},"index":`
      after = `,"reference":${JSON.stringify(reference.time.toISOString())},"referenceSource":${JSON.stringify(reference.source)},`
    },
    async article(article, index) {
      await out.write(before + index + after + JSON.stringify(article).slice(1) + '\n')
    },
    boilerplate() {},
    async end() {},
    async abort() {},
    async finish() {}
  }
}

function csvWriter(out: Output): Writer {
  let file = ''
  return {
    async start() {
      await out.write(csvRecord(['file', 'index', 'role', 'outlet', 'published_earliest', 'published_latest', 'title', 'paragraphs', 'text']))
    },
    async begin(heading) {
      file = heading.file
    },
    async article(article, index) {
      const published = article.published
      await out.write(
        csvRecord([
          file,
          String(index),
          article.role,
          article.outlet?.name ?? '',
          published?.earliest ?? '',
          published?.latest ?? '',
          article.title,
          String(article.paragraphs.length),
          article.text
        ])
      )
    },
    boilerplate() {},
    async end() {},
    async abort() {},
    async finish() {}
  }
}
