import {parseArgs, type ParseArgsConfig} from 'node:util'
import {CommandError} from './io.js'

/**
 * Parse a command's arguments with Node's own `util.parseArgs` (strict: an
 * unknown option or a missing value is a usage error, exit code 2).
 *
 * @param args
 *   The arguments after the command name.
 * @param options
 *   The command's options.
 * @param usage
 *   The command's usage line, for the error message.
 * @returns
 *   Values and positionals.
 */
export function parseCommandArgs<Options extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: Options,
  usage: string
): ReturnType<typeof parseArgs<{args: string[]; options: Options; allowPositionals: true; strict: true}>> {
  try {
    return parseArgs({args, options, allowPositionals: true, strict: true})
  } catch (error) {
    throw new CommandError(`${error instanceof Error ? error.message : String(error)}\nUsage: ${usage}`, 2)
  }
}

/**
 * Read `--reference`: an ISO 8601 time.
 *
 * @param value
 *   The option's value, if given.
 * @returns
 *   The time, or `undefined`.
 * @throws {CommandError}
 *   Exit code 2 when it is no time.
 */
export function referenceOption(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined
  const time = new Date(value)
  if (Number.isNaN(time.getTime())) throw new CommandError(`--reference: expected an ISO 8601 time such as 2025-07-23T12:00:00Z, not ${JSON.stringify(value)}`, 2)
  return time
}

/**
 * Read `--threshold`: a number in (0, 1].
 *
 * @param value
 *   The option's value, if given.
 * @returns
 *   The number, or `undefined`.
 * @throws {CommandError}
 *   Exit code 2 when it is out of range.
 */
export function thresholdOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const threshold = Number(value)
  if (!(threshold > 0 && threshold <= 1)) throw new CommandError(`--threshold: expected a number above 0 and at most 1, not ${JSON.stringify(value)}`, 2)
  return threshold
}
