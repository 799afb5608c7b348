import {readdirSync} from 'node:fs'
import {expect, test} from 'vitest'
import * as api from '../src/index.js'
import {markdownExamples, toRunnable, tsdocExamples, type Example} from './examples.js'

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>

const docs = readdirSync(new URL('../docs/', import.meta.url)).filter((name) => name.endsWith('.md')).sort()
const examples: Example[] = [
  ...markdownExamples('README.md'),
  ...docs.flatMap((name) => markdownExamples(`docs/${name}`)),
  ...tsdocExamples('src')
]

test('the docs have examples to run', () => {
  expect(examples.length).toBeGreaterThanOrEqual(5)
})

test.each(examples.map((example) => [example.where, example] as const))('example at %s', async (_where, example) => {
  // A TSDoc example sees its own module's exports as well as the public API.
  const scope: Record<string, unknown> = {...api, ...(example.file ? ((await import(example.file)) as Record<string, unknown>) : {})}
  const names = Object.keys(scope)
  const run = new AsyncFunction('__check', '__throws', '__import', ...names, toRunnable(example))
  const check = (expression: string, actual: unknown, expected: unknown): void => {
    expect(actual, `${example.where}: ${expression}`).toEqual(expected)
  }
  const throws = (expression: string, call: () => unknown, type: new () => Error, message: string): void => {
    expect(call, `${example.where}: ${expression}`).toThrow(type)
    expect(call, `${example.where}: ${expression}`).toThrow(message)
  }
  await run(check, throws, async (specifier: string) => import(specifier), ...names.map((name) => scope[name]))
})
