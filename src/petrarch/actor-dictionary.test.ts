import { describe, expect, it } from 'vitest';
import { DataFileError } from '../errors.js';
import { parseActorDictionary } from './actor-dictionary.js';
import { codesOn } from './dated-code.js';
import { phraseText } from './phrase.js';

const FILE = 'dictionaries/test.actors.txt';
const read = (text: string) => {
  const issues: DataFileError[] = [];
  const entries = parseActorDictionary({ shown: FILE, text }, issues);
  return { entries, issues };
};

describe('parseActorDictionary: entries', () => {
  it('reads names, + synonyms, codes on the line or below it, and both comment styles', () => {
    const { entries, issues } = read(
      [
        '<!-- PETRARCH VALIDATION SUITE ACTOR DICTIONARY -->',
        '<!-- a comment',
        '     over two lines -->',
        'AUSTRALIA [AUS]  # comment',
        '+AUSTRALIAN',
        'ITHILEN TELEVISION  [ITHTV]',
        'ENT  ',
        '\t[ENT]',
        'GOLLUM  # pas 27 Apr 03',
        '+SMEAGOL',
        '\t[HOB < 950601]',
        '\t[HOBGOV 19950601 - 19990815]',
        '#\t[950601-990815]  old syntax, commented out',
        '\t[HOBREB > 990816]',
        'LORIEN  [ELR/GAL]',
        'RESTORE_DIPLXMATIC [###]',
      ].join('\n'),
    );
    expect(issues).toEqual([]);
    expect(entries.map((e) => [e.line, e.names.map(phraseText)])).toEqual([
      [4, ['AUSTRALIA', 'AUSTRALIAN']],
      [6, ['ITHILEN TELEVISION']],
      [7, ['ENT']],
      [9, ['GOLLUM', 'SMEAGOL']],
      [15, ['LORIEN']],
      [16, ['RESTORE_DIPLXMATIC']],
    ]);
    const gollum = entries[3]!.codes;
    expect(codesOn(gollum, 19950531)).toEqual(['HOB']);
    expect(codesOn(gollum, 19950601)).toEqual(['HOBGOV']);
    expect(codesOn(gollum, 19990815)).toEqual(['HOBGOV']);
    expect(codesOn(gollum, 19990816)).toEqual(['HOBREB']);
    expect(entries[4]!.codes[0]!.codes).toEqual(['ELR', 'GAL']);
    expect(entries[5]!.codes[0]!.codes).toEqual(['###']);
  });

  it('takes the first restriction covering the day, then the unrestricted code', () => {
    const { entries } = read('SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]\n');
    const codes = entries[0]!.codes;
    expect(codesOn(codes, 20080119)).toEqual(['HOBCIV']);
    expect(codesOn(codes, 20100109)).toEqual(['ORCHOB']);
    expect(codesOn(codes, 20100113)).toEqual(['HOBMIL']);
    expect(codesOn(codes, 20140101)).toEqual(['HOB']);
  });

  it('gives names whose codes are still to come the codes below them (U.N._ above UN_SECRETARY_GENERAL)', () => {
    const { entries, issues } = read('U.N._\n\n# Secretaries General\nUN_SECRETARY_GENERAL\n+UNSG\n\t[IGOUNO]\n');
    expect(issues).toEqual([]);
    expect(entries.map((e) => e.names.map(phraseText))).toEqual([['U.N.', 'UN_SECRETARY_GENERAL', 'UNSG']]);
  });

  it('keeps `_` joins apart from space joins: only `_` asks for adjacent words', () => {
    const { entries } = read('RADAGAST THE_BROWN [RAD]\n');
    expect(entries[0]!.names[0]).toEqual({ words: ['RADAGAST', 'THE', 'BROWN'], adjacent: [false, true] });
  });
});

describe('parseActorDictionary: each malformed line is reported with its line and left out', () => {
  it.each([
    ['a synonym before any actor', '+AUSTRALIAN\nFRANCE [FRA]\n', 1, "synonym '+AUSTRALIAN' has no actor name above it"],
    ['codes before any actor', '[FRA]\nFRANCE [FRA]\n', 1, "codes '[FRA]' have no actor name above them"],
    ['a synonym carrying a code', 'FRANCE [FRA]\n+FRENCH [FRA]\n', 2, "synonym '+FRENCH [FRA]' carries a code"],
    ['an unclosed bracket', 'FRANCE [FRA\n', 1, "unclosed or stray bracket in '[FRA'"],
    ['a stray bracket in a name', 'FRANCE [FRA]\n+FAEROYENE]_\n', 2, "stray ']' in name 'FAEROYENE]_'"],
    ['a code that is not a code', 'FRANCE [F?A]\n', 1, "'F?A' is not an actor code"],
    ['a seven-digit date', 'ARMENIA [ARM]\n\t[ARMUNR 9008223-911221]\n', 2, "'9008223' is not a date (YYMMDD or YYYYMMDD)"],
    ['a date range that ends before it starts', 'EGYPT [EGY]\n\t[EGYGOV 20121207-20120802]\n', 2, 'date range 20121207-20120802 ends before it starts'],
    ['a lone date', 'MONTENEGRO [MNE]\n\t[MNEGOV 20121204]\n', 2, "'20121204' is not a date restriction"],
    ['a restriction that is not a date', 'FRANCE [FRA since 1990]\n', 1, "'SINCE 1990' is not a date restriction"],
    ['text after the codes', 'A.H._BELO_CORPORATION_\t[MNCMED]\tNewspapers/Magazines\n', 1, "text after the codes is ignored: 'Newspapers/Magazines'"],
    ['an actor with no code at the end of the file', 'FRANCE [FRA]\nGONDOR\n+MINAS_TIRITH\n', 2, "actor 'GONDOR' has no code"],
  ])('%s', (_what, text, line, message) => {
    const { issues } = read(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toBeInstanceOf(DataFileError);
    expect(issues[0]!.file).toBe(FILE);
    expect(issues[0]!.line).toBe(line);
    expect(issues[0]!.message).toContain(`${FILE}:${line}: ${message}`);
  });

  it('leaves out a bad restriction but keeps the entry and its other codes', () => {
    const { entries, issues } = read('ARMENIA\n\t[ARMUNR 9008223-911221]\n\t[ARM >911221]\nFRANCE [FRA]\n');
    expect(issues).toHaveLength(1);
    expect(entries.map((e) => e.codes.map((c) => c.codes.join('/')))).toEqual([['ARM'], ['FRA']]);
  });

  it('leaves out the synonyms and codes of a name that could not be read', () => {
    const { entries, issues } = read('FRANCE [FRA]\nBAD]NAME\n+SYNONYM\n\t[BAD]\nSPAIN [ESP]\n');
    expect(issues.map((i) => i.line)).toEqual([2]);
    expect(entries.map((e) => e.names.map(phraseText))).toEqual([['FRANCE'], ['SPAIN']]);
  });

  it('stops at a <!-- comment that is never closed, naming the line it opens on', () => {
    expect(() => read('FRANCE [FRA]\n<!-- no end\nSPAIN [ESP]\n')).toThrow(`${FILE}:2: comment opened with <!-- is never closed with -->`);
  });
});
