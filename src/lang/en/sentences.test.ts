import { describe, expect, it } from 'vitest';
import { dataDir } from '../../data-dir.js';
import { loadEnData } from './data.js';
import { splitSentences } from './sentences.js';

const grammar = loadEnData(dataDir()).grammar;
const rules = { abbreviations: new Set(grammar.abbreviations), starters: new Set(grammar.sentence_starters) };
const split = (text: string) => splitSentences({ kind: 'body', start: 0, end: text.length, text }, rules).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['two plain sentences', 'Lula met Xi. They signed 15 agreements.', ['Lula met Xi.', 'They signed 15 agreements.']],
    ['a title abbreviation', 'Gen. Charles Brown met Mr. Smith in Kyiv. He left.', ['Gen. Charles Brown met Mr. Smith in Kyiv.', 'He left.']],
    ['a middle initial', 'Donald J. Trump spoke to reporters. He was in Ohio.', ['Donald J. Trump spoke to reporters.', 'He was in Ohio.']],
    ['a month abbreviation', 'The talks began on Jan. 9 in Geneva. They ended Friday.', ['The talks began on Jan. 9 in Geneva.', 'They ended Friday.']],
    ['a dotted initialism inside a sentence', 'The U.S. Treasury imposed sanctions.', ['The U.S. Treasury imposed sanctions.']],
    ['a dotted initialism ending a sentence', 'China protested to the U.S. The ministry called it bullying.', ['China protested to the U.S.', 'The ministry called it bullying.']],
    ['an initialism before a name', 'Talks at the U.N. Security Council stalled.', ['Talks at the U.N. Security Council stalled.']],
    ['a quote that goes on after a comma', '"We will not accept this," Lavrov said. Moscow agreed.', ['"We will not accept this," Lavrov said.', 'Moscow agreed.']],
    ['a quote ending a sentence', 'Blinken said: "We stand with Ukraine." Kyiv welcomed it.', ['Blinken said: "We stand with Ukraine."', 'Kyiv welcomed it.']],
    ['curly quotes', '“We condemn it.” Beijing said so.', ['“We condemn it.”', 'Beijing said so.']],
    ['a question and an exclamation', 'Will Iran talk? Nobody knows! Tehran is silent.', ['Will Iran talk?', 'Nobody knows!', 'Tehran is silent.']],
    ['a question inside a quote followed by lower case', '"Why now?" he asked. Nobody answered.', ['"Why now?" he asked.', 'Nobody answered.']],
    ['a decimal number', 'Exports fell 3.5 percent. Imports rose.', ['Exports fell 3.5 percent.', 'Imports rose.']],
    ['an ellipsis', 'The talks went on... Then they stopped.', ['The talks went on...', 'Then they stopped.']],
    ['a sentence without a final stop', 'Biden, Lula pledge to deepen ties', ['Biden, Lula pledge to deepen ties']],
  ])('%s', (_what, text, expected) => expect(split(text)).toEqual(expected));

  it('gives offsets into the document text', () => {
    const text = 'Headline\n  Lula met Xi.  They signed deals.';
    const section = { kind: 'body' as const, start: 11, end: text.length, text: text.slice(11) };
    for (const s of splitSentences(section, rules)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
