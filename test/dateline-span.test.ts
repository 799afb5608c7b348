import {expect, test} from 'vitest'
import {datelineSpan} from '../src/similarity/dateline-span.js'
import {parseDateline} from '../src/time/parse-dateline.js'

// Hand-checked: each span covers the dateline, its dash and the spaces after.
test.each([
  ['ISTANBUL, July 23 (Reuters) - Russia and Ukraine', [0, 30]],
  ['July 27 (Reuters) - The talks', [0, 20]],
  ['KYIV, Ukraine (AP) — Russia fired', [0, 21]],
  ['(CNN) — The storm', [0, 8]],
  ['LONDON — Prices rose', [0, 9]],
  ['  SYDNEY, Australia -- The rain', [2, 23]],
  ['Kyiv, July 23 (Reuters) - Talks', [0, 26]],
  ['BREAKING - Prices rose', undefined],
  ['Three sources told Reuters last week that', undefined],
  ['London — a capitalised place needs an agency', undefined],
  ['(see the chart below for more) - and more', undefined],
  ['WASHINGTON \u2013 The vote', [0, 13]],
  ['PARIS, May 2 \u2014 Strikes', [0, 15]],
  ['NO DASH HERE and no parenthesis', undefined],
  ['', undefined]
] as const)('%s', (line, span) => {
  expect(datelineSpan(line)).toEqual(span)
})

test('the same spans as parseDateline on the shapes it reads', () => {
  const lines = [
    'ISTANBUL, July 23 (Reuters) - Russia and Ukraine',
    'NEW DELHI, July 23 (IANS): The government',
    'WASHINGTON, Dec. 5, 2024 (AP) — The Senate',
    'ST. LOUIS — A jury',
    'MOSCOW, July 23 - Talks',
    'UPDATE 2-Oil rises',
    'The minister said (Reuters) - nothing',
    'Kyiv (Reuters) -- Strikes'
  ]
  for (const line of lines) {
    const dateline = parseDateline(line)
    expect(datelineSpan(line), line).toEqual(dateline ? [dateline.span.start, dateline.span.end] : undefined)
  }
})
