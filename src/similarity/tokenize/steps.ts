import type {Step} from './chunk.js'
import {mergeAffixExceptions} from './merge-affix-exceptions.js'
import {mergeAffixSymbol} from './merge-affix-symbol.js'
import {mergeEnglishElisionExceptions} from './merge-english-elision-exceptions.js'
import {mergeFinalWordSymbol} from './merge-final-word-symbol.js'
import {mergeInitialDigitSentences} from './merge-initial-digit-sentences.js'
import {mergeInitialLowerCaseLetterSentences} from './merge-initial-lower-case-letter-sentences.js'
import {mergeInitialWordSymbol} from './merge-initial-word-symbol.js'
import {mergeInitialisms} from './merge-initialisms.js'
import {mergeInnerWordSlash} from './merge-inner-word-slash.js'
import {mergeInnerWordSymbol} from './merge-inner-word-symbol.js'
import {mergeNonWordSentences} from './merge-non-word-sentences.js'
import {mergePrefixExceptions} from './merge-prefix-exceptions.js'
import {mergeRemainingFullStops} from './merge-remaining-full-stops.js'
import {splitSentences} from './split-sentences.js'
import {tokenize} from './tokenize.js'

/**
 * The tokenizer, step by step, in the order retext-english runs them:
 * parse-latin's tokenizer; the word plugins, over the whole text as one
 * sentence; the split into sentences at terminal markers; the sentence
 * plugins; the full stops left. Steps that only move white space or
 * regroup paragraphs do not change words and are left out. Adding a rule
 * is one file and one entry here, at the place its plugin runs.
 */
export const steps: readonly Step[] = [
  tokenize,
  mergeEnglishElisionExceptions,
  mergeInitialWordSymbol,
  mergeFinalWordSymbol,
  mergeInnerWordSymbol,
  mergeInnerWordSlash,
  mergeInitialisms,
  splitSentences,
  mergeNonWordSentences,
  mergeAffixSymbol,
  mergeInitialLowerCaseLetterSentences,
  mergeInitialDigitSentences,
  mergePrefixExceptions,
  mergeAffixExceptions,
  mergeRemainingFullStops
]
