import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {fingerprint, similarity, splitDump, type Article} from '../src/index.js'
import {readContent, readWordHashes, readWords} from '../src/similarity/content.js'
import {getDefaultCorpusStats, termIndexOf} from '../src/similarity/corpus-stats.js'
import {foldWord} from '../src/similarity/fold.js'
import {murmur3} from '../src/similarity/hash.js'
import {SHINGLE_SEED} from '../src/similarity/shingle.js'
import {readStoryWords} from '../src/similarity/story-words.js'
import {HASH, LENGTH, NOT_PLAIN, PARTS, RECORD, WordMemo, hardWrapWidth, isTrimmed, plainWordHash, readWordSpans} from '../src/similarity/word-reader.js'

const hashOf = (word: string): number => murmur3(word, SHINGLE_SEED)
const plain = (word: string): number => plainWordHash(` ${word} `, 1, word.length + 1)

describe('plainWordHash', () => {
  test('hashes ASCII words lower-cased, in place', () => {
    expect(plain('trump')).toBe(hashOf('trump'))
    expect(plain('Trump')).toBe(hashOf('trump'))
    expect(plain('NATO')).toBe(hashOf('nato'))
    expect(plain('G7')).toBe(hashOf('g7'))
    expect(plain('a')).toBe(hashOf('a'))
    expect(plain('2025')).toBe(hashOf('2025'))
    // Only the word's own characters count, not its neighbours'.
    expect(plainWordHash('xTrumpx', 1, 6)).toBe(hashOf('trump'))
  })

  test('leaves every word that folds otherwise to the full fold', () => {
    // Listed variant spellings, Slavic endings, full stops, apostrophes,
    // hyphens, slashes, letters outside ASCII, compatibility forms.
    for (const word of ['Kiev', 'kharkov', 'Zelenskiy', 'Zelenskyy', 'Dmitrii', 'U.S.', "didn't", 'Putin-Zelenskyy', 'km/h', 'café', 'Ｕｎ', 'ﬁnance', '']) {
      expect(plain(word)).toBe(NOT_PLAIN)
    }
    // Short words and other endings are plain: `foldWord` leaves them be.
    expect(plain('Kyiv')).toBe(hashOf('kyiv'))
    expect(plain('Tokyo')).toBe(hashOf('tokyo'))
    expect(plain('Hawaii')).toBe(NOT_PLAIN)
    expect(plain('Iii')).toBe(hashOf('iii'))
  })

  test('is the hash of the folded word whenever it gives one, and gives one for most ASCII words', () => {
    const letters = 'abcdeiyzKIYZ019'
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...letters), minLength: 1, maxLength: 12}), (word) => {
        const hash = plain(word)
        const folded = foldWord(word)
        if (folded === word.toLowerCase()) {
          // A word `foldWord` only lower-cases is plain unless its ending is Slavic.
          if (!/(?:iy|yy|yi|ii)$/i.test(word) || word.length <= 5) expect(hash).toBe(hashOf(folded))
        }
        if (hash !== NOT_PLAIN) expect(hash).toBe(hashOf(folded))
      }),
      {numRuns: 2000}
    )
  })
})

const folder = new URL('../fixtures/', import.meta.url)
const items: Array<string | Article> = []
for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt')).sort()) {
  const dump = readFileSync(new URL(name, folder), 'utf8')
  items.push(dump, ...splitDump(dump).articles)
}
items.push('Putin-Zelenskyy talks in Kiev: Zelenskiy’s aide, the U.S. and NATO’s G7 café — naïve-ﬁnance a--b', 'KYIV, July 23 (Reuters) - Ukraine said. (Reporting by Jane Doe)\nAdvertisement', '', '— !!')

describe('one reader for fingerprints, content and the story score', () => {
  test('readWordHashes hashes the words readWords reads', () => {
    for (const item of items) {
      const {hashes, count} = readWordHashes(item)
      expect([...hashes.subarray(0, count)]).toEqual(readWords(item).map(hashOf))
    }
  })

  test('readStoryWords reads the words and offsets readContent reads', () => {
    const index = termIndexOf(getDefaultCorpusStats())
    for (const item of items) {
      const content = readContent(item)
      const story = readStoryWords(item, index)
      expect(story.count).toBe(content.words.length)
      expect([...story.hashes.subarray(0, story.count)]).toEqual(content.words.map(hashOf))
      expect([...story.starts.subarray(0, story.count)]).toEqual(content.starts)
    }
  })

  test('readWordSpans leaves the wrapper out', () => {
    const text = 'KYIV, July 23 (Reuters) - Ukraine said (AP Photo/Jane Doe) more.\nAdvertisement'
    const spans = readWordSpans(text)
    const words = Array.from({length: spans.count}, (_, at) => text.slice(spans.starts[at], spans.ends[at]))
    expect(words).toEqual(['Ukraine', 'said', 'more'])
  })

  test('readWordSpans finds credits on any line, after lines without a parenthesis', () => {
    const text = [
      'Ukraine grain talks resume',
      '',
      'Talks on grain exports resumed on Monday in Istanbul.',
      'Officials said little. (Reuters)',
      'Advertisement',
      'No credit on this line at all.',
      'More talks follow (Reporting by Jane Doe; Editing by John Roe) soon.'
    ].join('\n')
    const spans = readWordSpans(text)
    const words = Array.from({length: spans.count}, (_, at) => text.slice(spans.starts[at], spans.ends[at]))
    expect(words).toEqual('Ukraine grain talks resume Talks on grain exports resumed on Monday in Istanbul Officials said little No credit on this line at all More talks follow soon'.split(' '))
  })
})

// A Reuters-21578 story's shape: a title, a blank line, then the body
// hard-wrapped at about 70 characters, paragraphs opened by an indent, not
// by blank lines. Each short line below ends a wrapped sentence and is one
// that `isChromeLine` flags on its own (`share.`, `24.`: checked in the
// cue tests' terms, see the last expectation).
const reutersShaped = [
  'ACME CORP SETS DIVIDEND',
  '',
  '    Acme Corp said its board declared a quarterly dividend of 24 cts a',
  'share.',
  '    The dividend is payable April 10 to holders of record on March',
  '24.',
  '    The company also said holders of its preferred stock may convert and',
  'subscribe to ordinary shares.',
  "    The survey of the world's bond markets was published this week and",
  'sponsored by Euromoney magazine.',
  '',
  'Share',
  '',
  'Advertisement',
  '',
  ' Reuter'
].join('\n')

const wordsOf = (text: string): string[] => {
  const spans = readWordSpans(text)
  return Array.from({length: spans.count}, (_, at) => text.slice(spans.starts[at], spans.ends[at]))
}

describe('chrome is a paragraph of its own, not the end of a wrapped line', () => {
  test('hard-wrapped text keeps the last words of its wrapped sentences', () => {
    expect(hardWrapWidth(reutersShaped)).toBe(72)
    expect(wordsOf(reutersShaped).join(' ')).toBe(
      [
        'ACME CORP SETS DIVIDEND',
        'Acme Corp said its board declared a quarterly dividend of 24 cts a share',
        // The tokenizer reads `24.` as one word, with its full stop.
        'The dividend is payable April 10 to holders of record on March 24.',
        'The company also said holders of its preferred stock may convert and subscribe to ordinary shares',
        "The survey of the world's bond markets was published this week and sponsored by Euromoney magazine",
        // `Share` and `Advertisement` between blank lines are chrome and go;
        // `Reuter` is no cue.
        'Reuter'
      ].join(' ')
    )
  })

  test('the same story unwrapped reads the same words and fingerprints alike', () => {
    // One paragraph a line, blank lines between, as a page copied from a
    // browser: each ends a sentence, so none runs on into the next.
    const unwrapped = [
      'ACME CORP SETS DIVIDEND',
      'Acme Corp said its board declared a quarterly dividend of 24 cts a share.',
      'The dividend is payable April 10 to holders of record on March 24.',
      'The company also said holders of its preferred stock may convert and subscribe to ordinary shares.',
      "The survey of the world's bond markets was published this week and sponsored by Euromoney magazine.",
      'Share',
      'Advertisement',
      'Reuter'
    ].join('\n\n')
    expect(wordsOf(unwrapped)).toEqual(wordsOf(reutersShaped))
    expect(fingerprint(unwrapped)).toEqual(fingerprint(reutersShaped))
    expect(similarity(unwrapped, reutersShaped)).toMatchObject({resemblance: 1, relation: 'duplicate'})
  })

  // Lines, the width they are taken to be wrapped at, and the words read.
  const standing: Array<[string, string[], number, string]> = [
    [
      'after a sentence that ends, or after a blank line, in wrapped text',
      [
        '    Talks on the sale of the unit resumed on Monday, the company told',
        'reporters.',
        'More',
        '    Shares rose 50 cts to 24 dlrs in early trading on the exchange.',
        'Share',
        '',
        'Advertisement'
      ],
      69,
      'Talks on the sale of the unit resumed on Monday the company told reporters Shares rose 50 cts to 24 dlrs in early trading on the exchange'
    ],
    [
      'between two paragraphs of a page of one paragraph a line, even after one that ends mid-sentence',
      [
        'Ukraine grain talks resume',
        'Talks on grain exports resumed on Monday in Istanbul, where officials from both sides met United Nations envoys for the first time since',
        'Advertisement',
        'Share',
        'More talks follow next week.'
      ],
      0,
      'Ukraine grain talks resume Talks on grain exports resumed on Monday in Istanbul where officials from both sides met United Nations envoys for the first time since More talks follow next week'
    ]
  ]
  standing.push([
    'under a long headline of a link list copied from a browser (no stop at its end, so it looks like a full wrapped line; review case)',
    [
      'Top stories',
      'Storm closes schools across the county as forecasters warn of more snow',
      'Share',
      'Rail fares to rise by five percent in March after the government approves',
      'Sponsored',
      'Council approves new cycle lanes in the city centre despite objections',
      'Comments'
    ],
    73,
    'Storm closes schools across the county as forecasters warn of more snow Rail fares to rise by five percent in March after the government approves Council approves new cycle lanes in the city centre despite objections'
  ])
  for (const [where, lines, width, words] of standing) {
    test(`a cue line standing alone is chrome: ${where}`, () => {
      const text = lines.join('\n')
      expect(hardWrapWidth(text)).toBe(width)
      expect(wordsOf(text).join(' ')).toBe(words)
    })
  }

  test('hardWrapWidth: the longest line of 55 to 100 characters, white space at its end left out', () => {
    expect(hardWrapWidth('')).toBe(0)
    expect(hardWrapWidth('a'.repeat(54))).toBe(0)
    expect(hardWrapWidth(`${'a'.repeat(55)}  \r\nb`)).toBe(55)
    expect(hardWrapWidth(`${'a'.repeat(100)}\n\n`)).toBe(100)
    expect(hardWrapWidth(`${'a'.repeat(60)}\n${'b'.repeat(101)}`)).toBe(0)
    // Indentation counts, as a wrapper counts it.
    expect(hardWrapWidth(`    ${'a'.repeat(52)}`)).toBe(56)
  })
})

describe('isTrimmed', () => {
  test('is what String.prototype.trim removes, for every code unit', () => {
    const differing: number[] = []
    for (let code = 0; code < 0x1_00_00; code++) {
      const character = String.fromCharCode(code)
      if (isTrimmed(code) !== (`a${character}`.trim() === 'a')) differing.push(code)
    }
    expect(differing).toEqual([])
    // Hand-checked: NEL and the Mongolian vowel separator are not white space to `trim`.
    expect(isTrimmed(0x85)).toBe(false)
    expect(isTrimmed(0x18_0e)).toBe(false)
    expect(isTrimmed(0xa0)).toBe(true)
  })
})

describe('WordMemo', () => {
  test('gives each raw word one record, however many words it learns', () => {
    // 3,000 words: the slots are doubled and the records grown several
    // times; short words (read two code units at a time, odd lengths too),
    // words of exactly 16 code units and longer ones (kept in the pool),
    // and words one code unit apart.
    const memo = new WordMemo()
    const words: string[] = []
    for (let n = 0; n < 1000; n++) words.push(`w${n}`, `word${n}xyzabcdefghijklmnop`.slice(0, 16), `longer${n}wordthanthememo`)
    const text = words.join(' ')
    const spans: Array<[number, number]> = []
    let start = 0
    for (const word of words) {
      spans.push([start, start + word.length])
      start += word.length + 1
    }
    const first = spans.map(([from, to]) => memo.recordOf(text, from, to))
    expect(memo.words).toBe(3000)
    expect(new Set(first).size).toBe(3000)
    // Records are numbered in the order the words were first seen.
    expect(first.slice(0, 3)).toEqual([0, RECORD, 2 * RECORD])
    // The same words again, in another text and order: the same records.
    const again = [...words].reverse().join('  ')
    let at = 0
    const second: number[] = []
    for (const word of [...words].reverse()) {
      second.push(memo.recordOf(again, at, at + word.length))
      at += word.length + 2
    }
    expect(second.reverse()).toEqual(first)
    expect(memo.words).toBe(3000)
    for (const [index, word] of words.entries()) {
      const record = first[index]!
      expect(memo.records[record + LENGTH]).toBe(word.length)
      expect(memo.records[record + PARTS]).toBe(1)
      expect(memo.records[record + HASH]! >>> 0).toBe(hashOf(word.toLowerCase()))
    }
    // A word one code unit from a known one, and a prefix of one, are new.
    const near = 'w1000 w10 word1xyzabcdefgi longer1wordthanthememx'
    expect(memo.recordOf(near, 6, 9)).toBe(first[30])
    expect(memo.recordOf(near, 0, 5)).toBe(3000 * RECORD)
    expect(memo.recordOf(near, 0, 4)).toBe(first[300])
    expect(memo.recordOf(near, 10, 26)).toBe(3001 * RECORD)
    expect(memo.recordOf(near, 27, near.length)).toBe(3002 * RECORD)
    expect(memo.words).toBe(3003)
  })
})
