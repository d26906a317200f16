import { describe, expect, it } from 'vitest';
import { EnTokenizer } from './tokens.js';

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
});
