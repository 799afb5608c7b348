import {matchTimestamp, timestampRules} from '../time/normalize-timestamp.js'
import {CommandError} from './io.js'

/** One option a command takes: a flag, or an option with a value (repeatable when `multiple`). */
export interface OptionSpec {
  type: 'boolean' | 'string'
  short?: string
  multiple?: boolean
}

export type OptionSpecs = Record<string, OptionSpec>

/** What `parseCommandArgs` gives for each option: `true`, the value, or every value. */
export type OptionValues<Specs extends OptionSpecs> = {
  [Name in keyof Specs]?: Specs[Name]['type'] extends 'boolean' ? true : Specs[Name]['multiple'] extends true ? string[] : string
}

/** What a command does with arguments its options do not claim. */
export interface ParseSettings {
  /** The command's name, for messages (`split`). */
  command: string
  /** Its usage line. */
  usage: string
  /**
   * Whether an argument that starts with `-` and a letter but is no option
   * of the command is text (`newsdump headers -Reuters`); long options
   * (`--word`) are still checked. Without it, `-x` is an unknown option;
   * `-`, `- The Guardian` and `-#2` are positionals either way.
   */
  dashText?: boolean
}

/**
 * Parse a command's arguments: `--name`, `--name value`, `--name=value`,
 * `-h`, `--` to end the options, and `-` alone as a positional (standard
 * input). Every usage mistake is a `CommandError` with exit code 2 whose
 * message says what was wrong in the command's own words, with its usage
 * line.
 *
 * @param args
 *   The arguments after the command name.
 * @param specs
 *   The command's options.
 * @param settings
 *   Name, usage line and how dashes are read.
 * @returns
 *   Option values and positionals.
 */
export function parseCommandArgs<Specs extends OptionSpecs>(
  args: readonly string[],
  specs: Specs,
  settings: ParseSettings
): {values: OptionValues<Specs>; positionals: string[]} {
  const values: Record<string, true | string | string[]> = {}
  const positionals: string[] = []
  const shorts = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])))
  const fail = (message: string): never => {
    throw usageError(message, settings.usage)
  }

  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (arg === '--') {
      positionals.push(...args.slice(index + 1))
      break
    }
    let name: string
    let inline: string | undefined
    if (/^--[^-=]/.test(arg)) {
      const equals = arg.indexOf('=')
      name = equals === -1 ? arg.slice(2) : arg.slice(2, equals)
      inline = equals === -1 ? undefined : arg.slice(equals + 1)
      if (!Object.hasOwn(specs, name)) {
        return fail(`unknown option --${name}${settings.dashText ? ' (text that starts with -- goes after a --)' : ''}`)
      }
    } else if (arg.length === 2 && arg[0] === '-' && arg !== '--' && shorts.has(arg[1]!)) {
      name = shorts.get(arg[1]!)!
    } else if (/^-[a-z]/i.test(arg) && !settings.dashText) {
      return fail(`unknown option ${arg} (a file whose name starts with - goes after a --)`)
    } else {
      positionals.push(arg)
      continue
    }
    const spec = specs[name]!
    const shown = arg.startsWith('--') ? `--${name}` : arg
    if (spec.type === 'boolean') {
      if (inline !== undefined) fail(`${shown} takes no value, not ${JSON.stringify(inline)}`)
      values[name] = true
      continue
    }
    let value = inline
    if (value === undefined) {
      const next = args[index + 1]
      if (next === undefined || (next.startsWith('--') && next.length > 2)) fail(`${shown} needs a value`)
      value = next!
      index++
    }
    if (spec.multiple) {
      const list = values[name]
      values[name] = Array.isArray(list) ? [...list, value] : [value]
    } else if (Object.hasOwn(values, name)) {
      fail(`${shown} given twice`)
    } else {
      values[name] = value
    }
  }
  return {values: values as OptionValues<Specs>, positionals}
}

/**
 * A usage error: exit code 2, the message, the usage line and where to
 * read more.
 *
 * @param message
 *   What was wrong.
 * @param usage
 *   The command's usage line (`newsdump split [...]`).
 */
export function usageError(message: string, usage: string): CommandError {
  const command = /^newsdump \S+/.exec(usage)?.[0] ?? 'newsdump'
  return new CommandError(`${message}\nUsage: ${usage}\nSee \`${command} --help\`.`, 2)
}

const isoRule = timestampRules.find((rule) => rule.name === 'iso-8601')

/**
 * Read `--reference`: an ISO 8601 date or date-time (`2025-07-23`,
 * `2025-07-23T12:00:00Z`, `2025-07-23T14:00+02:00`), read by the same rule
 * the header parsers use, so a time without a zone is UTC. Zone
 * abbreviations (`BST`, `IST`) are refused: several zones share them.
 *
 * @param value
 *   The option's value, if given.
 * @param usage
 *   The command's usage line.
 * @returns
 *   The time (for a date, its first millisecond in UTC), or `undefined`.
 * @throws {CommandError}
 *   Exit code 2 when it is no ISO 8601 time.
 */
export function referenceOption(value: string | undefined, usage: string): Date | undefined {
  if (value === undefined) return undefined
  // A letter at the end other than Z is a zone abbreviation.
  const match = isoRule && !/[a-y]$/i.test(value.trim()) ? matchTimestamp(value, {rules: [isoRule]}) : null
  const earliest = match?.timestamp.earliest ?? null
  if (earliest === null) {
    throw usageError(
      `--reference: expected an ISO 8601 date or time such as 2025-07-23 or 2025-07-23T12:00:00Z (no zone means UTC), not ${JSON.stringify(value)}`,
      usage
    )
  }
  return new Date(earliest)
}

/**
 * Read a threshold option: a number in (0, 1].
 *
 * @param name
 *   The option's name (`threshold`).
 * @param value
 *   Its value, if given.
 * @param usage
 *   The command's usage line.
 * @returns
 *   The number, or `undefined`.
 * @throws {CommandError}
 *   Exit code 2 when it is out of range.
 */
export function thresholdOption(name: string, value: string | undefined, usage: string): number | undefined {
  if (value === undefined) return undefined
  const threshold = Number(value)
  if (value.trim() === '' || !(threshold > 0 && threshold <= 1)) throw usageError(`--${name}: expected a number above 0 and at most 1, not ${JSON.stringify(value)}`, usage)
  return threshold
}

/**
 * Read a size in megabytes (`--pipe-limit`): a positive number.
 *
 * @param name
 *   The option's name.
 * @param value
 *   Its value, if given.
 * @param fallback
 *   Bytes when it is not given.
 * @param usage
 *   The command's usage line.
 * @returns
 *   Bytes.
 */
export function megabytesOption(name: string, value: string | undefined, fallback: number, usage: string): number {
  if (value === undefined) return fallback
  const megabytes = Number(value)
  if (value.trim() === '' || !(megabytes > 0 && Number.isFinite(megabytes))) throw usageError(`--${name}: expected a number of megabytes above 0, not ${JSON.stringify(value)}`, usage)
  return Math.ceil(megabytes * 1024 * 1024)
}

/**
 * The options of the commands that read dumps (`split`, `dedup`): how
 * inputs are decoded and held, progress, help.
 */
export const dumpInputOptions = {
  encoding: {type: 'string'},
  'pipe-limit': {type: 'string'},
  quiet: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
} as const satisfies OptionSpecs
