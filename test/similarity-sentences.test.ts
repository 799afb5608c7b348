// Sentences for explain's passages come from the fast tokenizer's words,
// by retext-english's rules: checked here against retext-english itself
// (which words each sentence holds), on hand-made cases, the seeds, and
// random prose.
import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import type {Root} from 'nlcst'
import {splitDump, toNlcst} from '../src/index.js'
import {sentenceSpans} from '../src/similarity/sentences.js'
import {forEachWord} from '../src/similarity/tokenize.js'

/** Start offsets of the words of each sentence, as retext-english groups them. */
function retextSentences(text: string): number[][] {
  const tree: Root = toNlcst(text)
  const result: number[][] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const starts = sentence.children.filter((node) => node.type === 'WordNode').map((node) => node.position!.start.offset!)
      if (starts.length > 0) result.push(starts)
    }
  }
  return result
}

/** The same from `sentenceSpans`. */
function ownSentences(text: string): number[][] {
  const starts: number[] = []
  forEachWord(text, (start) => {
    starts.push(start)
  })
  return sentenceSpans(text).map((span) => starts.filter((start) => start >= span.start && start < span.end))
}

describe('sentenceSpans', () => {
  test('hand-checked cases', () => {
    const cut = (text: string) => sentenceSpans(text).map((span) => text.slice(span.start, span.end))
    expect(cut('Kyiv said no. Moscow said yes.')).toEqual(['Kyiv said no.', 'Moscow said yes.'])
    // Full stops inside words end nothing: initialisms, abbreviations, numbers.
    expect(cut('The U.S. and Dr. Smith met at 3.30 p.m. on Monday.')).toEqual(['The U.S. and Dr. Smith met at 3.30 p.m. on Monday.'])
    // As in retext-english, `No.` is no abbreviation.
    expect(cut('They met at No. 10 on Monday.')).toEqual(['They met at No.', '10 on Monday.'])
    // A lower-case word after the stop goes on; so does a lone comma.
    expect(cut('He said no. and left. Then, he came back.')).toEqual(['He said no. and left.', 'Then, he came back.'])
    // Closing quotes and brackets stay with their sentence.
    expect(cut('He said: "We go." (It rained.) Then we went.')).toEqual(['He said: "We go."', '(It rained.)', 'Then we went.'])
    // A blank line ends a sentence, even without a stop; one line break does not.
    expect(cut('Russia and Ukraine agree new POW swaps\n\nThe talks lasted 40 minutes!\n- Five killed in strikes -\nAt the front')).toEqual([
      'Russia and Ukraine agree new POW swaps',
      'The talks lasted 40 minutes!',
      '- Five killed in strikes -\nAt the front'
    ])
    expect(cut('Really?! Yes… ‽ No')).toEqual(['Really?!', 'Yes… ‽', 'No'])
    expect(sentenceSpans('')).toEqual([])
    expect(sentenceSpans(' ... \n ')).toEqual([])
    expect(() => sentenceSpans(1 as never)).toThrow(TypeError)
  })

  test('groups the words of every seed article as retext-english does', () => {
    const folder = new URL('../fixtures/', import.meta.url)
    let sentences = 0
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) {
      const dump = readFileSync(new URL(name, folder), 'utf8')
      for (const article of splitDump(dump).articles) {
        const text = [article.title, ...article.paragraphs].join('\n\n')
        const expected = retextSentences(text)
        expect(ownSentences(text), `${name}: ${article.title}`).toEqual(expected)
        sentences += expected.length
      }
      // And the whole dump, with its chrome and odd lines.
      expect(ownSentences(dump), name).toEqual(retextSentences(dump))
    }
    expect(sentences).toBeGreaterThan(400)
  })

  test('groups words as retext-english does on random prose', () => {
    const token = fc.constantFrom(
      'Kyiv', 'talks', 'the', 'U.S.', 'Dr.', 'No.', '10', '1,200', 'e-mail', "didn't", 'said', 'Moscow', 'i.e.', 'and',
      '.', '. ', '! ', '? ', '... ', '…', '"', '" ', '’', '(', ') ', ', ', '; ', ': ', ' - ', ' — ', '\n', '\n\n', ' \n ', '\u00a0', ' ', '  ', '\t'
    )
    fc.assert(
      fc.property(fc.array(token, {maxLength: 40}), (tokens) => {
        const text = tokens.join(' ').replace(/ {2,}/g, ' ')
        expect(ownSentences(text)).toEqual(retextSentences(text))
      }),
      {numRuns: 2000}
    )
  })
})
