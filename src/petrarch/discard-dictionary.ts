import { DataFileError } from '../errors.js';
import { parsePhrase, type DictPhrase } from './phrase.js';
import { readSourceLines, type DictionarySource } from './source-lines.js';

/** A phrase whose presence means the sentence (or, with `+`, the whole story) is not political news: sports, weather. */
export interface DiscardEntry {
  phrase: DictPhrase;
  scope: 'sentence' | 'story';
  file: string;
  line: number;
}

/**
 * Reads a PETRARCH discards file: one phrase a line, `+` in front for a story discard (`+World Golf Championships`),
 * none for a sentence discard (`BASEBALL`). Lines with brackets or braces are reported in `issues` and left out.
 * PETRARCH codes sentence by sentence, so Readout skips the record in both cases; the scope is kept for the message.
 */
export function parseDiscardDictionary(source: DictionarySource, issues: DataFileError[]): DiscardEntry[] {
  const entries: DiscardEntry[] = [];
  for (const { line, text } of readSourceLines(source)) {
    const story = text.startsWith('+');
    const body = story ? text.slice(1) : text;
    if (/[[\]{}]/.test(body) || !body.trim()) {
      issues.push(new DataFileError(source.shown, line, `'${text}' is not a discard phrase (a phrase, with + in front for a story discard)`));
      continue;
    }
    // A discard is a set phrase: its words stand together whether joined by `_` or by spaces (GRAND PRIX).
    const phrase = parsePhrase(body);
    entries.push({ phrase: { words: phrase.words, adjacent: phrase.adjacent.map(() => true) }, scope: story ? 'story' : 'sentence', file: source.shown, line });
  }
  return entries;
}
