import type { Section } from '../../text/body.js';
import { pushSentence, type SentenceSpan } from '../../text/sentence-span.js';


export interface SplitRules {
  /** Abbreviations whose stop does not end a sentence, lower case, without the stop (mr, gen, jan). */
  abbreviations: ReadonlySet<string>;
  /** Words that, after a dotted initialism (U.S.), show that a new sentence began. */
  starters: ReadonlySet<string>;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = /["“‘'(\[«]/u;

/**
 * Splits a paragraph into sentences after . ! ? and …, keeping closing quotes and brackets with the sentence they
 * close. A stop after an abbreviation (Mr., Gen., Jan.) or an initial (Donald J. Trump) does not end a sentence; one
 * after a dotted initialism (U.S.) does only when a sentence-opening word follows. Nor does a stop followed by a
 * lower-case word (a quote that goes on: "We will not," he said).
 */
export function splitSentences(section: Section, rules: SplitRules): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const text = section.text;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (end < text.length && (CLOSERS.has(text[end]!) || text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    if (end < text.length && !/\s/u.test(text[end]!)) continue;
    const next = nextWord(text, end);
    if (next === null) break;
    if (!startsSentence(next)) continue;
    if (ch === '.' && end === i + 1 && !stopEndsSentence(wordBefore(text, i), next, rules)) continue;
    pushSentence(out, section, from, end);
    from = end;
    i = end - 1;
  }
  pushSentence(out, section, from, text.length);
  return out;
}

/** The word after position `at`, with any opening quote or bracket; null at the end of the text. */
function nextWord(text: string, at: number): string | null {
  const rest = text.slice(at).trimStart();
  if (!rest) return null;
  return /^\S+/u.exec(rest)![0];
}

function startsSentence(word: string): boolean {
  const bare = word.replace(/^["“‘'(\[«]+/u, '');
  if (!bare) return OPENERS.test(word);
  return /^[\p{Lu}\d]/u.test(bare);
}

/** The word that a stop at `stop` ends, without leading punctuation: "U.S" for "(U.S.", "Mr" for "Mr.". */
function wordBefore(text: string, stop: number): string {
  let start = stop;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  return text.slice(start, stop).replace(/^["“‘'(\[«]+/u, '');
}

function stopEndsSentence(whole: string, next: string, rules: SplitRules): boolean {
  // "a Japan-U.S. Summit Meeting": the initialism is the last part of a hyphenated word.
  const word = whole.split(/[-–]/u).pop()!;
  if (/^\p{Lu}$/u.test(word)) return false;
  if (rules.abbreviations.has(word.toLowerCase())) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const bare = next.replace(/^["“‘'(\[«]+/u, '').replace(/[^\p{L}]+$/u, '').toLowerCase();
    return rules.starters.has(bare);
  }
  return true;
}
