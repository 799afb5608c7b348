// Hostnames in outlet headers: `https://www.theguardian.com/world/...`,
// `in.reuters.com`, `Reuters.com`. Parsed by hand (no URL API, no regex
// backtracking) so that any string is handled in linear time.

const SCHEME = /^[a-z][a-z\d+.-]*:\/\//i
const WHITESPACE = /\s/

/**
 * Two-letter country-code top-level domains (IANA root zone, plus `uk`,
 * `eu`, `ac`). A dotted word counts as a hostname only when it ends in one
 * of these or in a generic TLD below, so `St.Kilda` is not a hostname.
 */
const COUNTRY_TLDS = new Set(
  (
    'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ' +
    'ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk ' +
    'fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ' +
    'ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh ' +
    'mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk ' +
    'pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st sv sx sy sz tc ' +
    'td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw'
  ).split(' ')
)

/** Generic TLDs that news sites use (`punchbowl.news`, `pa.media`, `nation.africa`). */
const GENERIC_TLDS = new Set(
  (
    'com net org info biz edu gov mil int news media press tv online site live today world global asia africa network digital nyc ' +
    'london scot wales eu app dev tech blog xyz club top pro name mobi ai io co us uk'
  ).split(' ')
)

/**
 * Second-level labels under which country-code registries sell names
 * (`co.uk`, `com.au`, `or.jp`): `news.com.au` is registrable, `com.au` is not.
 * A heuristic, not the Public Suffix List; see docs/outlets.md.
 */
const SECOND_LEVELS = new Set(
  'ac co com edu go gov govt gob net nic or org ne mil ltd plc sch me gen int nom info biz firm ind web res school'.split(
    ' '
  )
)

/** Prefixes that name a variant of the same site (`www.`, `m.`, `amp.`). */
const VARIANT_PREFIXES = ['www.', 'www1.', 'www2.', 'm.', 'amp.', 'mobile.']

/**
 * Read the hostname of a URL (`https://www.bbc.co.uk/news`, `//cnn.com`) or
 * of a bare hostname with an optional path (`Reuters.com`,
 * `theguardian.com/world`).
 *
 * @param text
 *   Trimmed text.
 * @returns
 *   Lowercase hostname without a trailing dot, or `null` when the text is
 *   not a URL or hostname (`The Guardian`, `U.S. News`, `St.Kilda`).
 *
 * A scheme (`https://`) or `//` marks a URL; without one, the text must be
 * a single word holding a dot. Either way the host must pass `isHostname`.
 * User info and port are dropped. Linear in the length of `text`.
 *
 * @example
 *   parseHostname('https://www.theguardian.com/world/2025/jul/23/x') //=> 'www.theguardian.com'
 *   parseHostname('Reuters.com') //=> 'reuters.com'
 *   parseHostname('St.Kilda') //=> null
 *   parseHostname('The Guardian') //=> null
 */
export function parseHostname(text: string): string | null {
  let rest: string
  const scheme = SCHEME.exec(text)

  if (scheme) {
    rest = text.slice(scheme[0].length)
  } else if (text.startsWith('//')) {
    rest = text.slice(2)
  } else {
    // A bare hostname: one word holding a dot.
    if (!text.includes('.') || WHITESPACE.test(text)) return null
    rest = text
  }

  let end = rest.length
  for (const stop of ['/', '?', '#']) {
    const at = rest.indexOf(stop)
    if (at !== -1 && at < end) end = at
  }

  let host = rest.slice(0, end)
  const userinfo = host.lastIndexOf('@')
  if (userinfo !== -1) host = host.slice(userinfo + 1)
  const port = host.lastIndexOf(':')
  if (port !== -1) host = host.slice(0, port)
  host = host.toLowerCase()
  if (host.endsWith('.')) host = host.slice(0, -1)

  return isHostname(host) ? host : null
}

/**
 * Check that a string is a hostname found in text.
 *
 * @param host
 *   Candidate hostname.
 * @returns
 *   Whether `host` is a lowercase domain name (see `isDomainName`) that ends
 *   in a known top-level domain.
 *
 * The top-level domain must be a country code, a generic TLD common among
 * news sites, or punycode, so that `St.Kilda` in a header is not read as a
 * hostname.
 *
 * @example
 *   isHostname('theguardian.com') //=> true
 *   isHostname('TheGuardian.com') //=> false
 *   isHostname('st.kilda') //=> false
 */
export function isHostname(host: string): boolean {
  if (!isDomainName(host)) return false
  const tld = host.slice(host.lastIndexOf('.') + 1)
  return COUNTRY_TLDS.has(tld) || GENERIC_TLDS.has(tld) || tld.startsWith('xn--')
}

/**
 * Check that a string is a lowercase domain name by its syntax alone: at
 * least two labels of ASCII letters, digits and inner hyphens (punycode for
 * others), at most 63 characters each, and a top-level label that is not
 * all digits. Registry entries are checked this way, so callers may use any
 * top-level domain.
 *
 * @param host
 *   Candidate domain.
 * @returns
 *   Whether it is one.
 *
 * @example
 *   isDomainName('khersonledger.example') //=> true
 *   isDomainName('10.0.0.1') //=> false
 */
export function isDomainName(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false
  // One pass over the labels, without splitting: `labelStart` is where the
  // current label starts, `digitsOnly` whether it holds only digits so far.
  let labels = 1
  let labelStart = 0
  let digitsOnly = true
  for (let index = 0; index <= host.length; index++) {
    const code = index < host.length ? host.charCodeAt(index) : 0x2e
    if (code === 0x2e) {
      const length = index - labelStart
      if (length === 0 || length > 63 || host.charCodeAt(labelStart) === 0x2d || host.charCodeAt(index - 1) === 0x2d) return false
      if (index < host.length) {
        labels++
        labelStart = index + 1
        digitsOnly = true
      }
      continue
    }
    const digit = code >= 0x30 && code <= 0x39
    if (!digit && !(code >= 0x61 && code <= 0x7a) && code !== 0x2d) return false
    if (!digit) digitsOnly = false
  }
  return labels >= 2 && !digitsOnly
}

/**
 * Drop the prefixes that name a variant of the same site.
 *
 * @param host
 *   Lowercase hostname.
 * @returns
 *   `host` without leading `www.`, `www1.`, `www2.`, `m.`, `amp.` or
 *   `mobile.`.
 *
 * Prefixes are dropped repeatedly (`m.www.x.com`), but never down to a
 * bare top-level domain (`m.com` stays).
 *
 * @example
 *   stripVariantPrefixes('www.bbc.co.uk') //=> 'bbc.co.uk'
 *   stripVariantPrefixes('amp.theguardian.com') //=> 'theguardian.com'
 *   stripVariantPrefixes('m.com') //=> 'm.com'
 */
export function stripVariantPrefixes(host: string): string {
  let changed = true

  while (changed) {
    changed = false
    for (const prefix of VARIANT_PREFIXES) {
      if (host.startsWith(prefix) && host.indexOf('.', prefix.length) !== -1) {
        host = host.slice(prefix.length)
        changed = true
      }
    }
  }

  return host
}

/**
 * Get the registrable domain (eTLD+1) of a hostname.
 *
 * @param host
 *   Lowercase hostname.
 * @returns
 *   The last two labels, or the last three when the second-to-last is a
 *   registry's second level under a country code (`co.uk`, `com.au`).
 *
 * A heuristic rather than the Public Suffix List: it knows the common
 * second levels (`co`, `com`, `net`, `org`, `gov`, `ac`, `or`, `ne`, ...)
 * under two-letter country codes, and no private suffixes (`blogspot.com`).
 *
 * @example
 *   registrableDomain('edition.cnn.com') //=> 'cnn.com'
 *   registrableDomain('www.nzherald.co.nz') //=> 'nzherald.co.nz'
 *   registrableDomain('abcnews.go.com') //=> 'go.com'
 */
export function registrableDomain(host: string): string {
  const last = host.lastIndexOf('.')
  const secondLast = last > 0 ? host.lastIndexOf('.', last - 1) : -1
  if (secondLast === -1) return host
  const tld = host.slice(last + 1)
  const second = host.slice(secondLast + 1, last)
  const keep = tld.length === 2 && COUNTRY_TLDS.has(tld) && SECOND_LEVELS.has(second) ? 3 : 2
  if (keep === 2) return host.slice(secondLast + 1)
  return secondLast === 0 ? host : host.slice(host.lastIndexOf('.', secondLast - 1) + 1)
}
