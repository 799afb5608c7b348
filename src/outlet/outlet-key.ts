// Name keys and slugs for outlets. Every regular expression here is a single
// character class or a fixed string (no nesting, no alternation under a
// quantifier), so each runs in time linear in its input.

// eslint-disable-next-line no-control-regex -- `\u0000` is the low end of the ASCII range being excluded, not a stray control character
const NON_ASCII = /[^\u0000-\u007F]/
const COMBINING_MARKS = /\p{M}+/gu
const AMPERSANDS = /[&\uFF06]/g
/** Dropped without a space: `Barron's` is `barrons`, `U.S.` is `us`. */
const ELIDED = /['`.\u2018\u2019\u02BC\u00B4]+/g
const NOT_WORD = /[^\p{L}\p{N}]+/gu

/**
 * Make the lookup key of an outlet name.
 *
 * @param name
 *   Outlet name as a page prints it (`The Guardian`, `Mail & Guardian`).
 * @returns
 *   Key: lowercase, diacritics removed (NFKD), `&` read as `and`,
 *   apostrophes and full stops dropped, other punctuation and whitespace
 *   collapsed to single spaces, and a leading `the ` removed.
 *
 * Two names that a reader would take for the same outlet get the same key:
 * `The Guardian`, `guardian` and ` GUARDIAN ` all give `guardian`; `RTÉ` and
 * `RTE` give `rte`; `Al-Jazeera` and `Al Jazeera` give `al jazeera`; `The` alone gives `''`. Keys of
 * names never contain a full stop, so they never clash with the hostnames
 * that a registry also keys on. Empty or punctuation-only input gives `''`.
 *
 * @example
 *   outletKey('The Guardian') //=> 'guardian'
 *   outletKey('Mail & Guardian') //=> 'mail and guardian'
 *   outletKey('RTÉ') //=> 'rte'
 */
export function outletKey(name: string): string {
  let key = name.toLowerCase()
  if (!isCleanKey(key)) key = foldName(key).replace(NOT_WORD, ' ').trim()
  // `The` alone is no name: what a rule leaves of `The Reporter`.
  return key.startsWith('the ') ? key.slice(4) : key === 'the' ? '' : key
}

/**
 * Whether a lower-cased name is already a key: ASCII letters and digits in
 * words separated by single spaces. A loop rather than a regular
 * expression, whose backtracking stack a few million words overflow.
 */
function isCleanKey(name: string): boolean {
  if (name.length === 0) return false
  let previousSpace = true

  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index)
    if (code === 0x20) {
      if (previousSpace) return false
      previousSpace = true
    } else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      previousSpace = false
    } else {
      return false
    }
  }

  return !previousSpace
}

/**
 * What keys and slugs share: diacritics removed (NFKD), `&` read as `and`,
 * apostrophes and full stops dropped.
 *
 * @param name
 *   Lower-cased name.
 */
function foldName(name: string): string {
  const plain = NON_ASCII.test(name) ? name.normalize('NFKD').replace(COMBINING_MARKS, '') : name
  return plain.replace(AMPERSANDS, ' and ').replace(ELIDED, '')
}

const DASHES = /[^\p{L}\p{N}]+/gu
/** `DASHES` for ASCII names, the common case: no Unicode property lookups. */
const ASCII_DASHES = /[^a-z\d]+/g
const EDGE_DASHES = /^-|-$/g

/**
 * Make the stable slug of an outlet name, as used for `Outlet.id`.
 *
 * @param name
 *   Outlet name (`The Guardian`, `Foo News`).
 * @returns
 *   Slug: lowercase letters and digits (any script, diacritics removed)
 *   joined by single hyphens (`the-guardian`); apostrophes and full stops
 *   are dropped (`Barron's` gives `barrons`).
 *
 * A leading `The` is kept, unlike in `outletKey`, so slugs read like the
 * name. When a non-empty name has no letters or digits at all (`★★★`), the
 * slug is `outlet-` and a hash of the name, so only the empty name has the
 * empty slug.
 *
 * @example
 *   outletSlug('The Guardian') //=> 'the-guardian'
 *   outletSlug('Mail & Guardian') //=> 'mail-and-guardian'
 *   outletSlug('') //=> ''
 */
export function outletSlug(name: string): string {
  const lower = name.toLowerCase()
  // Most names are ASCII words and single spaces (`Foo News`): nothing to
  // fold, and each space is the one hyphen the rules below would make.
  if (isCleanKey(lower)) return lower.replaceAll(' ', '-')
  let slug = foldName(lower)
    .replace(NON_ASCII.test(lower) ? DASHES : ASCII_DASHES, '-')
    .replace(EDGE_DASHES, '')

  if (slug === '' && name.trim() !== '') {
    slug = 'outlet-' + fnv1a(name)
  }

  return slug
}

/** 32-bit FNV-1a of the UTF-16 code units, as 8 hex digits. */
function fnv1a(value: string): string {
  let hash = 0x81_1c_9d_c5
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index)
    hash = Math.imul(hash, 0x01_00_01_93)
  }

  return (hash >>> 0).toString(16).padStart(8, '0')
}
