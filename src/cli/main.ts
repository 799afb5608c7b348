import {runDedup} from './commands/dedup.js'
import {runHeaders} from './commands/headers.js'
import {runSimilar} from './commands/similar.js'
import {runSplit} from './commands/split.js'
import {CommandError, type CommandIo} from './io.js'
import packageJson from '../../package.json' with {type: 'json'}

const commands: Record<string, (args: string[], io: CommandIo) => Promise<void>> = {
  split: runSplit,
  similar: runSimilar,
  dedup: runDedup,
  headers: runHeaders
}

export const mainHelp = `newsdump ${packageJson.version}: make sense of scraped news-aggregator dumps.

Usage: newsdump <command> [options]

Commands:
  split <files...|->        split dumps into articles; a table, --json or --jsonl
  similar <a> <b>           score how alike two articles are (--explain for passages)
  dedup <files or dirs...>  duplicates across dumps (--clusters for stories)
  headers <text>            read one header line: outlet, timestamp, dateline

Options:
  -h, --help     show help (also: newsdump <command> --help)
  -v, --version  show the version

Exit codes: 0 success, 1 bad input (a file that cannot be read), 2 bad usage.
`

/**
 * Run the `newsdump` command line.
 *
 * @param argv
 *   Arguments after the executable.
 * @param io
 *   Streams and clock.
 * @returns
 *   The exit code: 0 success, 1 bad input, 2 bad usage.
 */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout.write(mainHelp)
    return name === undefined ? 2 : 0
  }
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${packageJson.version}\n`)
    return 0
  }
  const command = commands[name]
  if (!command) {
    io.stderr.write(`newsdump: unknown command ${JSON.stringify(name)}\n\n${mainHelp}`)
    return 2
  }
  try {
    await command(args, io)
    return 0
  } catch (error) {
    if (error instanceof CommandError) {
      io.stderr.write(`newsdump ${name}: ${error.message}\n`)
      return error.exitCode
    }
    throw error
  }
}
