import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
// @ts-expect-error -- a plain ES module of scripts/, without types
import {buildOutletRegistries, readOutletInputs, serialiseRegistry, serialiseSources} from '../scripts/outlets/build.mjs'
import {parseHostname, registrableDomain} from '../src/outlet/hostname.js'
import {outletKey, outletSlug} from '../src/outlet/outlet-key.js'
import type {OutletRecord} from '../src/outlet/registry.js'

interface Built {
  full: OutletRecord[]
  core: OutletRecord[]
  heldOut: Array<{source: string; name: string; domain: string | null}>
}

const build = buildOutletRegistries as (inputs: unknown, tools: unknown, options?: unknown) => Built
const inputs = (readOutletInputs as (folder: URL) => unknown)(new URL('../scripts/outlets/', import.meta.url))
const tools = {outletKey, outletSlug, registrableDomain, parseHostname}
const built = build(inputs, tools)
const committed = (name: string) => readFileSync(new URL('../src/outlet/' + name, import.meta.url), 'utf8')

describe('the registry build', () => {
  test('the committed registry data is what the build writes from the committed inputs', () => {
    const serialise = (entries: OutletRecord[]) => (serialiseRegistry as (entries: OutletRecord[], slug: typeof outletSlug) => string)(entries, outletSlug)
    // Compared as text: a hand edit of the generated files fails here.
    expect(committed('registry.json') === serialise(built.core)).toBe(true)
    expect(committed('registry-full.json') === serialise(built.full)).toBe(true)
    expect(committed('registry-sources.json') === (serialiseSources as (entries: OutletRecord[]) => string)(built.full)).toBe(true)
  })

  test('curated entries come first, keep their ids, and record their open-data sources', () => {
    const curated = JSON.parse(readFileSync(new URL('../scripts/outlets/curated.json', import.meta.url), 'utf8')) as OutletRecord[]
    expect(built.core.slice(0, curated.length).map((entry) => entry.id)).toEqual(curated.map((entry) => entry.id))
    const byId = new Map(built.full.map((entry) => [entry.id, entry]))
    // wikidata.tsv: `Q494170	The Washington Times	us	Washington, D.C.	en	washingtontimes.com`.
    expect(byId.get('washington-times')?.sources).toEqual(expect.arrayContaining(['curated', 'newscatcher']))
    expect(byId.get('washington-times')?.sources?.some((source) => source.startsWith('wikidata:'))).toBe(true)
  })

  test('an open-data outlet records where it comes from', () => {
    // us-local.tsv: `Tulsa World	OK	tulsaworld.com	newspaper`.
    const tulsa = built.full.find((entry) => entry.name === 'Tulsa World')
    expect(tulsa).toMatchObject({domain: 'tulsaworld.com', country: 'us'})
    expect(tulsa?.sources).toContain('us-local')
  })

  test('a name that open data gives several outlets is no key (`Daily Herald`)', () => {
    const heralds = built.full.filter((entry) => entry.name.startsWith('Daily Herald'))
    expect(heralds.length).toBeGreaterThan(1)
    for (const entry of heralds) expect(entry.nameKey).toBe(false)
  })

  test('contested names go where the table says, or to no one', () => {
    const owners = (text: string) =>
      built.full.filter((entry) => entry.nameKey !== false && [entry.name, ...entry.aliases].some((alias) => outletKey(alias) === outletKey(text))).map((entry) => entry.id)
    expect(owners('The Times')).toEqual(['the-times'])
    expect(owners('Daily News')).toEqual([])
    expect(owners('Citizen')).toEqual([])
    expect(owners('Journal')).toEqual([])
    expect(owners('ABC')).toEqual(['abc-australia'])
  })

  test('holding out part of each source leaves it out of the build, and says what', () => {
    const out = build(inputs, tools, {holdout: {fraction: 0.2, seed: 'test'}})
    expect(out.full.length).toBeLessThan(built.full.length)
    const sources = new Set(out.heldOut.map((record) => record.source))
    expect([...sources].sort()).toEqual(['curated', 'fundus', 'us-local', 'wikidata'])
    const share = out.heldOut.length / built.full.length
    expect(share).toBeGreaterThan(0.1)
    expect(share).toBeLessThan(0.35)
  })
})
