import { describe, expect, it } from 'vitest';
import { EnTokenizer, phraseWords } from './tokens.js';

const tokenizer = new EnTokenizer(new Set());

describe('EnTokenizer', () => {
  it('keeps offsets on the original text and gives every token a lemma', () => {
    const text = 'Those targeted include Adam Yacub Shant, a rebel commander.';
    const tokens = tokenizer.tokens(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    // The model has no lemma for a name that spells a contraction without its apostrophe.
    expect(tokens.find((t) => t.text === 'Shant')?.lemma).toBe('shant');
    expect(tokens.find((t) => t.text === 'targeted')?.lemma).toBe('target');
  });

  it('cuts a hyphenated phrase of the data files as it cuts the same words in text', () => {
    for (const phrase of ['short-sighted', 'counter-terrorism', 'one-on-one talks', 'act of war']) {
      const inText = tokenizer.tokens(`They called it ${phrase} again.`).map((t) => t.lower).slice(3, -2);
      expect(phraseWords(phrase)).toEqual(inText);
    }
  });

  it('lets a process make as many tokenizers as it likes (one engine per request or per test)', () => {
    for (let k = 0; k < 30; k++) expect(new EnTokenizer(new Set()).tokens('Lavrov met Blinken.').map((t) => t.pos)).toEqual(['PROPN', 'VERB', 'PROPN', 'PUNCT']);
  });

  it("splits a possessive before a punctuation mark, and a later one after it, whatever the process read before", () => {
    const words = (text: string) => tokenizer.tokens(text).map((t) => `${t.text}/${t.pos}`);
    expect(words("He compared Taiwan's offers with China's.").slice(-3)).toEqual(['China/PROPN', "'s/PART", './PUNCT']);
    expect(words("Washington on Friday sanctioned China's military equipment department.").slice(4, 6)).toEqual(['China/PROPN', "'s/PART"]);
    const text = 'The deal (Kenya’s) held.';
    for (const t of tokenizer.tokens(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
