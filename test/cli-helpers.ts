// Helpers for the tests of the `newsdump` command: run the built executable
// (dist/cli.js; `npm test` builds first) on real files, pipes, FIFOs and
// terminals, in a temporary folder that is removed afterwards.
import {spawn, spawnSync, type SpawnOptions} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll} from 'vitest'

export const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
export const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** A fixture's path. */
export const seed = (name: string): string => join(fixtures, name)

/** A reference time for ages that makes outputs repeatable. */
export const REFERENCE = '2025-07-23T14:00:00Z'

export interface Result {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  /** Written to standard input, which is then closed; without it standard input is /dev/null. */
  input?: string | Buffer
  env?: Record<string, string | undefined>
  cwd?: string
  /** Node options before the script (`--max-old-space-size=16`). */
  node?: string[]
}

/** The environment of a child: ours, without a terminal's settings that would change output. */
function environment(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {...process.env, ...extra}
  for (const [name, value] of Object.entries(extra)) if (value === undefined) delete env[name]
  return env
}

/** Run a child process to its end, collecting what it prints. */
function collect(command: string, args: readonly string[], options: SpawnOptions & {input?: string | Buffer | undefined}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {...options, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']})
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8')}))
    if (options.input !== undefined) {
      child.stdin!.on('error', () => {})
      child.stdin!.end(options.input)
    }
  })
}

/**
 * Run `newsdump` with arguments.
 *
 * @param args
 *   Arguments after `newsdump`.
 * @param options
 *   Standard input, environment, folder, Node options.
 */
export function newsdump(args: readonly string[], options: RunOptions = {}): Promise<Result> {
  return collect(process.execPath, [...(options.node ?? []), cli, ...args], {env: environment(options.env), cwd: options.cwd, input: options.input})
}

/** Defines `newsdump` as a shell function that runs the built command. */
const prelude = 'newsdump() { "$NEWSDUMP_NODE" "$NEWSDUMP_CLI" "$@"; }; '

/**
 * Run a bash script in which `newsdump` is the built command.
 *
 * @param script
 *   The script.
 * @param options
 *   Standard input, environment, folder.
 */
export function bash(script: string, options: RunOptions = {}): Promise<Result> {
  const env = environment({...options.env, NEWSDUMP_NODE: process.execPath, NEWSDUMP_CLI: cli, SHELL: '/bin/bash'})
  return collect('bash', ['-c', prelude + script], {env, cwd: options.cwd, input: options.input})
}

/** Whether util-linux `script` is there, to run the command on a pseudo-terminal. */
export const hasScript = spawnSync('script', ['--version'], {stdio: 'ignore'}).status === 0

/**
 * Run a shell command line on a pseudo-terminal (util-linux `script`):
 * standard input, output and error are a terminal unless the line
 * redirects them. Returns what the terminal showed and the exit code.
 *
 * @param line
 *   The command line (bash; `newsdump` is the built command).
 * @param options
 *   Environment, folder.
 */
export function onTerminal(line: string, options: RunOptions = {}): Promise<Result> {
  return bash(`script -qefc ${shellQuote(prelude + line)} /dev/null`, options)
}

/** Quote for bash. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`
}

/**
 * A temporary folder for one test file, removed after its tests.
 *
 * @param name
 *   Part of the folder's name.
 * @returns
 *   Its path.
 */
export function temporaryFolder(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `newsdump-${name}-`))
  afterAll(() => rmSync(folder, {recursive: true, force: true}))
  return folder
}

/** The documents of `newsdump split --json` output. */
export interface SplitDocument {
  file: string
  reference: string
  referenceSource: string
  dump: {
    layout: string
    articles: Array<{role: string; title: string; paragraphs: string[]; span: {start: number; end: number}; dateline: {span: {start: number; end: number}} | null}>
    boilerplate: unknown[]
    captured: unknown
  }
}

/** Parse `newsdump split --json` output. */
export function documents(result: Result): SplitDocument[] {
  return JSON.parse(result.stdout) as SplitDocument[]
}
