// The headers bench/timestamp.mjs times and bench/timestamp-differential.mjs
// checks, in one place so both keep using the same ones.
import {readdirSync, readFileSync} from 'node:fs'

// Ages as aggregators print them, the seeds' most often.
export const ages = [
  '26 minutes ago', '7 minutes ago', '14 minutes ago', 'an hour ago', 'an hour ago',
  '2 hours ago', '2 hours ago', '2 hours ago', '4 hours ago', 'a minute ago',
  '5 mins ago', '3h ago', 'yesterday', '2 days ago', 'a week ago', 'last month',
  'Updated 5 minutes ago', 'about an hour ago', '2h', '• 2h', '2 hr. ago',
  'Updated 2 hours ago | Reuters', 'an hour and a half ago', 'Yesterday at 5:30 PM'
]
// Dates and times with zones, as publisher pages and feeds print them.
export const dates = [
  'July 23, 2025', '23 July 2025', 'Wed, 23 Jul 2025 10:00:00 GMT', '2025-07-23T14:05:00Z',
  'Jul 23', 'Updated 3:41 PM EDT, Wed July 23, 2025', 'July 23, 2025 at 2:05 pm',
  'Published 23 July 2025, 10:31 BST', '2025-07-23 10:31:00+00:00', 'Wed 23 Jul 2025 10.00 EDT',
  'Tue 10:31', '10:31 AM'
]
// What else splitDump asks about: outlet and credit lines and headlines.
export const nonTimes = [
  'Reuters', 'The Guardian', '- Reuters', 'SBS Australia', '- SBS Australia', 'The Times',
  'Al Jazeera', 'Associated Press', 'Hashtags', 'Comments', 'Related Articles',
  'Russia and Ukraine discuss further prisoner swaps in Istanbul talks',
  'Trump says he will meet Putin', 'Five killed in strikes', 'May I ask a question?',
  'July heatwave breaks records across Europe'
]

/**
 * Every trimmed line of the fixtures of at most `maxLength` characters, as
 * often as it occurs: what splitDump asks the timestamp reader about.
 */
export function fixtureLines(maxLength = 64) {
  const folder = new URL('../fixtures/', import.meta.url)
  const lines = []
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt')).sort()) {
    for (const line of readFileSync(new URL(name, folder), 'utf8').split(/\r?\n|\r/)) {
      const trimmed = line.trim()
      if (trimmed.length > 0 && trimmed.length <= maxLength) lines.push(trimmed)
    }
  }
  return lines
}
