/**
 * Regular English forms that PETRARCH dictionaries leave out: the files list a base form and only the irregular
 * forms (`BREAK {BROKE BROKEN}`), and expect regular ones (DEPARTS, DEPARTED, DEPARTING; OFFICIALS) to be made.
 */

const SIBILANT = /(S|X|Z|CH|SH)$/;
const CONSONANT_Y = /[^AEIOU]Y$/;

/** Plural of a noun, also the third person singular of a verb: CONGRESS → CONGRESSES, AUTHORITY → AUTHORITIES. */
export function sForm(word: string): string {
  if (SIBILANT.test(word)) return `${word}ES`;
  if (CONSONANT_Y.test(word)) return `${word.slice(0, -1)}IES`;
  return `${word}S`;
}

/** DEPLORE → DEPLORED, ACT → ACTED, CARRY → CARRIED. */
function edForm(word: string): string {
  if (word.endsWith('E')) return `${word}D`;
  if (CONSONANT_Y.test(word)) return `${word.slice(0, -1)}IED`;
  return `${word}ED`;
}

/** DEPLORE → DEPLORING, DIE → DYING, AGREE → AGREEING, ACT → ACTING. */
function ingForm(word: string): string {
  if (word.endsWith('IE')) return `${word.slice(0, -2)}YING`;
  if (word.endsWith('E') && !/[EOY]E$/.test(word)) return `${word.slice(0, -1)}ING`;
  return `${word}ING`;
}

/** The base form and its regular verb forms, without repeats. */
export function regularVerbForms(word: string): string[] {
  return [...new Set([word, sForm(word), edForm(word), ingForm(word)])];
}
