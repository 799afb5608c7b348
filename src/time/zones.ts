/**
 * Zone abbreviations that English-language news pages print, as UTC offsets
 * in minutes. A `[min, max]` pair means the abbreviation does not say which:
 * the generic US zones (`ET`) are either standard or daylight time.
 *
 * Ambiguities resolved here, by the usage most common on news pages:
 * `IST` is India (+05:30), not Irish (+01:00) or Israel (+02:00) Standard
 * Time; `CST` is US Central (−06:00), not China (+08:00); `BST` is British
 * Summer Time (+01:00).
 */
export const zoneOffsets: Readonly<Record<string, readonly [number, number]>> = /* @__PURE__ */ Object.freeze({
  UTC: [0, 0],
  UT: [0, 0],
  GMT: [0, 0],
  Z: [0, 0],
  BST: [60, 60],
  IST: [330, 330],
  WET: [0, 0],
  WEST: [60, 60],
  CET: [60, 60],
  CEST: [120, 120],
  EET: [120, 120],
  EEST: [180, 180],
  MSK: [180, 180],
  SAST: [120, 120],
  EST: [-300, -300],
  EDT: [-240, -240],
  ET: [-300, -240],
  // Sky News prints `04:51, UK`: UK time, GMT or BST.
  UK: [0, 60],
  CST: [-360, -360],
  CDT: [-300, -300],
  CT: [-360, -300],
  MST: [-420, -420],
  MDT: [-360, -360],
  MT: [-420, -360],
  PST: [-480, -480],
  PDT: [-420, -420],
  PT: [-480, -420],
  AKST: [-540, -540],
  AKDT: [-480, -480],
  HST: [-600, -600],
  AEST: [600, 600],
  AEDT: [660, 660],
  ACST: [570, 570],
  ACDT: [630, 630],
  AWST: [480, 480],
  NZST: [720, 720],
  NZDT: [780, 780],
  JST: [540, 540],
  KST: [540, 540]
})
