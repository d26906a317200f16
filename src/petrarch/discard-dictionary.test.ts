import { describe, expect, it } from 'vitest';
import type { DataFileError } from '../errors.js';
import { parseDiscardDictionary } from './discard-dictionary.js';

const FILE = 'dictionaries/test.discards.txt';

describe('parseDiscardDictionary', () => {
  it('reads story (+) and sentence discards as set phrases', () => {
    const issues: DataFileError[] = [];
    const entries = parseDiscardDictionary({ shown: FILE, text: '# Story-level discards start with +\n+World Golf Championships   # pas\nBASEBALL\nGROUP A_\n' }, issues);
    expect(issues).toEqual([]);
    expect(entries.map((e) => [e.scope, e.phrase.words.join(' '), e.phrase.adjacent, e.line])).toEqual([
      ['story', 'WORLD GOLF CHAMPIONSHIPS', [true, true], 2],
      ['sentence', 'BASEBALL', [], 3],
      ['sentence', 'GROUP A', [true], 4],
    ]);
  });

  it.each([
    ['a bracket', 'BASEBALL\nTYPHOON [WTH]\n', 2],
    ['a lone +', '+\n', 1],
  ])('reports %s with its line and leaves it out', (_what, text, line) => {
    const issues: DataFileError[] = [];
    const entries = parseDiscardDictionary({ shown: FILE, text }, issues);
    expect(issues.map((i) => i.line)).toEqual([line]);
    expect(issues[0]!.message).toContain(`${FILE}:${line}: `);
    expect(entries.every((e) => e.line !== line)).toBe(true);
  });
});
