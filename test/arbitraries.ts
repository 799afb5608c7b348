import fc from 'fast-check'

// Lines that exercise the rules: headers, chrome, separators, subheads,
// timestamps, and ordinary prose; joined by every kind of line ending.
export const lineArbitrary = fc.oneof(
  fc.constantFrom(
    'Reuters', '- Reuters', '2 hours ago', 'an hour ago', 'The Guardian', '- The Guardian', 'Hashtags',
    'Related Articles', 'Comments', 'No comments yet...', '-', '—', '- Five killed in strikes -', '',
    ' ', '\t', 'Advertisement', 'A title line', 'A body sentence that ends.', 'A body cut off in the',
    '___', '#shorts', 'Explore what Daily8 AI can do for you:', 'July 27 (Reuters) - Text follows.'
  ),
  fc.string({maxLength: 30}),
  fc.string({unit: 'grapheme', maxLength: 20})
)
const endingArbitrary = fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\n\n', '\n\n\n')
export const dumpArbitrary = fc
  .array(fc.tuple(lineArbitrary, endingArbitrary), {maxLength: 60})
  .chain((lines) =>
    fc.tuple(fc.boolean(), fc.boolean()).map(([bom, finalNewline]) => {
      let text = lines.map(([line, ending]) => line + ending).join('')
      if (!finalNewline) text = text.replace(/[\n\r\u2028\u2029\u0085]+$/, '')
      return (bom ? '\uFEFF' : '') + text
    })
  )
