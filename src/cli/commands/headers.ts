import {normalizeOutlet, normalizeTimestamp, parseDateline, type DatelineDate} from '../../index.js'
import {parseCommandArgs, referenceOption, usageError} from '../args.js'
import {encodingOption} from '../encoding.js'
import {CommandError, Output, Report, type CommandIo} from '../io.js'
import {streamText} from '../source.js'
import {forTerminal} from '../terminal.js'

export const headersUsage = 'newsdump headers [--json | --jsonl] [--reference <ISO time>] [--file <path>]... [--encoding <name>] [<line>...]'

export const headersHelp = `Read header lines as an outlet, a timestamp and a wire dateline.

Usage: ${headersUsage}

Each argument is one header line; --file reads one line per line of a
file (- for standard input; blank lines are skipped); with neither,
standard input is read when it is a pipe or a file. One process reads them
all, a line at a time, printing each reading as it goes: a timestamp, a
wire dateline, or else an outlet name ("-" for the others). Arguments that
start with a dash are header text ("- The Guardian"), except this
command's options; put text that starts with -- after a --.

Options:
  --json             print one JSON array of {file, line, text, reference, outlet, timestamp, dateline}
  --jsonl            print one such JSON object per line
  --reference <ISO>  when the page was read, to resolve relative ages: an ISO 8601
                     date or time; no zone means UTC (default: now)
  --file <path>      read header lines from a file (repeatable; - for standard input)
  --encoding <name>  decode files with this (default: UTF-8, or UTF-16 by its byte-order mark)
  -h, --help         show this help

Examples:
  newsdump headers "26 minutes ago" "- The Guardian"
  newsdump headers "ISTANBUL, July 23 (Reuters) - Russia and Ukraine met"
  newsdump headers --jsonl --file headers.txt
  cut -f2 headers.tsv | newsdump headers --jsonl
`

/** Where a header line came from: an argument (`file` null, `line` its position) or a file's line. */
interface HeaderLine {
  file: string | null
  line: number
  text: string
}

/**
 * `newsdump headers`.
 *
 * @param args
 *   Arguments after `headers`.
 * @param io
 *   Streams.
 * @returns
 *   The exit code.
 */
export async function runHeaders(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseCommandArgs(
    args,
    {
      json: {type: 'boolean'},
      jsonl: {type: 'boolean'},
      reference: {type: 'string'},
      file: {type: 'string', multiple: true},
      encoding: {type: 'string'},
      help: {type: 'boolean', short: 'h'}
    },
    {command: 'headers', usage: headersUsage, dashText: true}
  )
  if (values.help) {
    io.stdout.write(headersHelp)
    return 0
  }
  if (values.json && values.jsonl) throw usageError('--json and --jsonl: choose one', headersUsage)
  const reference = referenceOption(values.reference, headersUsage) ?? io.now()
  const encoding = encodingOption(values.encoding, headersUsage)
  // A lone - among the lines is standard input, as for --file.
  const files = [...(values.file ?? []), ...positionals.filter((text) => text === '-')]
  const lines = positionals.filter((text) => text !== '-')
  if (lines.length === 0 && files.length === 0) {
    if (io.stdin.isTTY) throw usageError('no header text: give lines as arguments, with --file, or on standard input', headersUsage)
    files.push('-')
  }

  const report = new Report(io, 'headers')
  const out = new Output(io.stdout)
  const write = createWriter(values.json ? 'json' : values.jsonl ? 'jsonl' : 'text', out, reference)
  await write.start()
  for (const [index, text] of lines.entries()) await write.line({file: null, line: index + 1, text})
  for (const file of files) {
    try {
      const chunks = streamText(file, io, {encoding, onWarning: (warning) => report.warn(file, warning)})
      for await (const {text, line} of splitLines(chunks)) {
        if (text.trim() === '') continue
        await write.line({file, line, text})
      }
    } catch (error) {
      if (!(error instanceof CommandError)) throw error
      report.problem(error.message)
    }
  }
  await write.finish()
  await out.flush()
  return report.failed ? 1 : 0
}

/**
 * The lines of a text that comes in chunks, numbered from 1, split at LF,
 * CRLF or CR (a CRLF cut between two chunks is one break); each chunk is
 * scanned once, however long a line grows.
 */
async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<{text: string; line: number}> {
  let pending = ''
  let scanned = 0
  let line = 0
  for await (const chunk of chunks) {
    pending += chunk
    let from = 0
    for (let index = scanned; index < pending.length; index++) {
      const code = pending.charCodeAt(index)
      if (code !== 10 && code !== 13) continue
      // A CR at the end may be the first half of a CRLF still to come.
      if (code === 13 && index === pending.length - 1) break
      yield {text: pending.slice(from, index), line: ++line}
      if (code === 13 && pending.charCodeAt(index + 1) === 10) index++
      from = index + 1
    }
    pending = pending.slice(from)
    scanned = Math.max(0, pending.length - (pending.endsWith('\r') ? 1 : 0))
  }
  if (pending.length > 0) {
    const text = pending.endsWith('\r') ? pending.slice(0, -1) : pending
    yield {text, line: ++line}
  }
}

interface Writer {
  start(): Promise<void>
  line(header: HeaderLine): Promise<void>
  finish(): Promise<void>
}

function createWriter(format: 'text' | 'json' | 'jsonl', out: Output, reference: Date): Writer {
  const read = (header: HeaderLine) => ({
    ...header,
    reference: reference.toISOString(),
    outlet: normalizeOutlet(header.text),
    timestamp: normalizeTimestamp(header.text, {reference}),
    dateline: parseDateline(header.text, {reference})
  })
  if (format === 'jsonl') {
    return {
      async start() {},
      async line(header) {
        await out.write(JSON.stringify(read(header)) + '\n')
      },
      async finish() {}
    }
  }
  if (format === 'json') {
    let first = true
    return {
      async start() {
        await out.write('[')
      },
      async line(header) {
        await out.write((first ? '\n' : ',\n') + JSON.stringify(read(header)))
        first = false
      },
      async finish() {
        await out.write(first ? ']\n' : '\n]\n')
      }
    }
  }
  let first = true
  return {
    async start() {},
    async line(header) {
      const {text, outlet, timestamp, dateline} = read(header)
      // A line that reads as a time or a dateline is no outlet name.
      const outletLine = timestamp === null && dateline === null
      const lines = [
        ['text', text],
        ['outlet', outletLine && outlet.name ? `${outlet.name} (${outlet.known ? `known, ${outlet.id}${outlet.domain ? `, ${outlet.domain}` : ''}` : 'not in the registry'})` : '-'],
        ['timestamp', timestamp ? `${timestamp.kind}${timestamp.earliest ? `, between ${timestamp.earliest} and ${timestamp.latest}` : ', date unknown without a year'}` : '-'],
        ['dateline', dateline ? [dateline.place, datelineDay(dateline.date), dateline.agency?.name].filter(Boolean).join(', ') : '-'],
        ['reference', reference.toISOString()]
      ]
      if (header.file !== null) lines.unshift(['from', `${header.file}:${header.line}`])
      await out.write((first ? '' : '\n') + lines.map(([label, value]) => `${label!.padEnd(10)} ${forTerminal(value!)}\n`).join(''))
      first = false
    },
    async finish() {}
  }
}

/** A dateline's date as ISO 8601: `2025-07-23`, or `--07-23` when no year is known. */
function datelineDay(date: DatelineDate | null): string | null {
  if (date === null) return null
  return date.iso ?? `--${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
}
