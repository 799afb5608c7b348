import {normalizeOutlet, normalizeTimestamp, parseDateline} from '../../index.js'
import {parseCommandArgs, referenceOption} from '../args.js'
import {CommandError, type CommandIo} from '../io.js'

export const headersUsage = 'newsdump headers [--reference <ISO time>] [--json] <text...>'

export const headersHelp = `Read one header line as an outlet, a timestamp and a wire dateline.

Usage: ${headersUsage}

The words are joined with spaces into one line. Prints what it reads as:
a timestamp, a wire dateline, or else an outlet name ("-" for the others).

Options:
  --reference <ISO>  when the page was read, to resolve relative ages (default: now)
  --json             print JSON: {text, outlet, timestamp, dateline}
  -h, --help         show this help

Examples:
  newsdump headers "26 minutes ago"
  newsdump headers "- The Guardian"
  newsdump headers "ISTANBUL, July 23 (Reuters) - Russia and Ukraine met"
`

/**
 * `newsdump headers`.
 *
 * @param args
 *   Arguments after `headers`.
 * @param io
 *   Streams.
 */
export async function runHeaders(args: string[], io: CommandIo): Promise<void> {
  // Header lines often start with a dash (`- The Guardian`): anything that
  // is not one of this command's options is text.
  const options: string[] = []
  const text: string[] = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (arg === '--') {
      text.push(...args.slice(index + 1))
      break
    }
    if (arg === '--reference') options.push(arg, ...args.slice(index + 1, ++index + 1))
    else if (/^(?:--reference=|--json$|--help$|-h$)/.test(arg)) options.push(arg)
    else text.push(arg)
  }
  const {values} = parseCommandArgs(options, {reference: {type: 'string'}, json: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}}, headersUsage)
  const positionals = text
  if (values.help) {
    io.stdout.write(headersHelp)
    return
  }
  if (positionals.length === 0) throw new CommandError(`no header text\nUsage: ${headersUsage}`, 2)
  const line = positionals.join(' ')
  const reference = referenceOption(values.reference) ?? io.now()
  const outlet = normalizeOutlet(line)
  const timestamp = normalizeTimestamp(line, {reference})
  const dateline = parseDateline(line, {reference})
  if (values.json) {
    io.stdout.write(JSON.stringify({text: line, reference: reference.toISOString(), outlet, timestamp, dateline}, null, 2) + '\n')
    return
  }
  // A line that reads as a time or a dateline is no outlet name.
  const outletLine = timestamp === null && dateline === null
  const lines = [
    ['text', line],
    ['outlet', outletLine && outlet.name ? `${outlet.name} (${outlet.known ? `known, ${outlet.id}${outlet.domain ? `, ${outlet.domain}` : ''}` : 'not in the registry'})` : '-'],
    ['timestamp', timestamp ? `${timestamp.kind}${timestamp.earliest ? `, between ${timestamp.earliest} and ${timestamp.latest}` : ', date unknown without a year'}` : '-'],
    ['dateline', dateline ? [dateline.place, dateline.date, dateline.agency?.name].filter(Boolean).join(', ') : '-'],
    ['reference', reference.toISOString()]
  ]
  for (const [label, value] of lines) io.stdout.write(`${label!.padEnd(10)} ${value}\n`)
}
