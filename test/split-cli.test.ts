import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {newsdump, REFERENCE, seed, temporaryFolder} from './cli-helpers.js'

// `newsdump split` says so on standard error when a dump is read badly, and
// is silent on a dump its layouts explain.
const folder = temporaryFolder('split-warning')

test('newsdump split warns on a dump nothing explains well, and not on a seed', async () => {
  const file = join(folder, 'noise.txt')
  writeFileSync(file, ['2 hours ago', 'Reuters', '3 hours ago', 'Share', '5 hours ago', 'BBC News', '1 day ago'].join('\n') + '\n')
  const bad = await newsdump(['split', '--reference', REFERENCE, file])
  expect(bad.code).toBe(0)
  expect(bad.stderr).toMatch(/noise\.txt: warning: (?:Read badly|No article)/)
  const json = await newsdump(['split', '--json', '--reference', REFERENCE, file])
  const dump = (JSON.parse(json.stdout) as Array<{dump: {confidence: number; warnings: string[]}}>)[0]!.dump
  expect(dump.warnings.length).toBeGreaterThan(0)
  expect(dump.confidence).toBeLessThan(0.6)
  const good = await newsdump(['split', '--reference', REFERENCE, seed('000_d00be9bfc94f70d2.txt')])
  expect(good.stderr).toBe('')
})
