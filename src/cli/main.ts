import {CommandError, EXIT, OutputError, type CommandIo} from './io.js'
import {forTerminal} from './terminal.js'
import packageJson from '../../package.json' with {type: 'json'}

// Each command is loaded when it runs: `split` then holds only the splitter's
// code and tables, not the similarity models (about 1.5 MB of heap), which
// matters when it streams a large dump in a small heap.
const commands: Record<string, (args: string[], io: CommandIo) => Promise<number>> = {
  split: async (args, io) => (await import('./commands/split.js')).runSplit(args, io),
  similar: async (args, io) => (await import('./commands/similar.js')).runSimilar(args, io),
  dedup: async (args, io) => (await import('./commands/dedup.js')).runDedup(args, io),
  headers: async (args, io) => (await import('./commands/headers.js')).runHeaders(args, io),
  report: async (args, io) => (await import('./commands/report.js')).runReport(args, io)
}

export const mainHelp = `newsdump ${packageJson.version}: make sense of scraped news-aggregator dumps.

Usage: newsdump <command> [options]

Commands:
  split [inputs...]         split dumps into articles: a table, --json, --jsonl or --csv
  similar <a> <b>           score how alike two articles are (files or file#index; --explain)
  dedup [inputs...]         duplicates across dumps (--clusters for stories; --json, --jsonl)
  headers [lines...]        read header lines (arguments, --file or standard input):
                            outlet, timestamp, dateline
  report [inputs...]        one HTML page of stories, timelines and copies
                            across dumps (-o report.html)

Inputs are files, directories (read for .txt, .text and .md files) or -
for standard input; with none, split, dedup, headers and report read a
pipe on standard input. Every input is read once: files are streamed,
pipes held in memory, never copied to disk (report -o writes the report).

Options:
  -h, --help     show help (also: newsdump <command> --help)
  -v, --version  show the version

Exit codes: 0 success; 1 an input could not be read (the others still are);
2 bad usage; 3 the output could not be written (a closed pipe, a full disk).
`

/**
 * Run the `newsdump` command line.
 *
 * @param argv
 *   Arguments after the executable.
 * @param io
 *   Streams and clock.
 * @returns
 *   The exit code: 0 success, 1 bad input, 2 bad usage, 3 output failed.
 */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    ;(name === undefined ? io.stderr : io.stdout).write(mainHelp)
    return name === undefined ? EXIT.usage : EXIT.success
  }
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${packageJson.version}\n`)
    return EXIT.success
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!command) {
    io.stderr.write(`newsdump: unknown command ${forTerminal(JSON.stringify(name))}\n\n${mainHelp}`)
    return EXIT.usage
  }
  try {
    return await command(args, io)
  } catch (error) {
    if (error instanceof CommandError || error instanceof OutputError) {
      // Line by line: a usage message has several; a file name may hold controls.
      io.stderr.write(`newsdump ${name}: ${error.message.split('\n').map(forTerminal).join('\n')}\n`)
      return error instanceof OutputError ? EXIT.output : error.exitCode
    }
    throw error
  }
}
