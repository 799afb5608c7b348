import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {splitDump} from '../src/index.js'
import {expectPartition} from './partition.js'

const folder = new URL('../fixtures/', import.meta.url)
const names = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()

function read(name: string): string {
  return readFileSync(new URL(name, folder), 'utf8')
}

describe('golden fixtures: splitDump equals the hand-checked expected JSON', () => {
  test('every fixture has its expected JSON', () => {
    const files = new Set(readdirSync(folder))
    expect(names.length).toBeGreaterThanOrEqual(15)
    for (const name of names) expect(files.has(name.replace(/\.txt$/, '.expected.json')), name).toBe(true)
  })

  test.each(names)('%s', (name) => {
    const text = read(name)
    const expected: unknown = JSON.parse(read(name.replace(/\.txt$/, '.expected.json')))
    const dump = splitDump(text)
    expect(dump).toEqual(expected)
    expectPartition(dump, text.length)
  })
})
