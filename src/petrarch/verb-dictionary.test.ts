import { describe, expect, it } from 'vitest';
import type { DataFileError } from '../errors.js';
import { parseVerbDictionary } from './verb-dictionary.js';
import { VerbIndex } from './verb-index.js';

const FILE = 'dictionaries/test.verbs.txt';
const read = (text: string) => {
  const issues: DataFileError[] = [];
  const dictionary = parseVerbDictionary({ shown: FILE, text }, issues);
  return { dictionary, issues };
};

const SAMPLE = `<!-- VERBS -->
&CURRENCY_
+DOLLARS
+SWISS FRANCS
+&HYPERCURR

&HYPERCURR
+AUSTRIAN GOLD FLORIN

--- BREAK [1717] ---
BREAK { BROKE BROKEN  }
+BREAK_DOWN {+BREAKS_DOWN +BROKEN_DOWN }
WIRE_+TAP [1711]
+ANGERED_BY {}
- + KNOWN_ * IN_ $  [076]  # pattern CONNECT-15D
- SUGGESTED_+ * DEMAND_&CURRENCY_CONVENTIONS [161]
- * (TO {BANNED PARTIES}) $ [1722]
- % * [030:030]

--- TROUBLED  [---] # NOUN ---
TROUBLED
- SAID *  [131]

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
`;

describe('parseVerbDictionary: synsets, blocks, verbs, patterns and transformations', () => {
  const { dictionary, issues } = read(SAMPLE);

  it('reads it without issues', () => expect(issues).toEqual([]));

  it('reads synsets, their trailing _ dropped, members kept as phrases', () => {
    expect([...dictionary.synsets.keys()]).toEqual(['CURRENCY', 'HYPERCURR']);
    const members = dictionary.synsets.get('CURRENCY')!.members;
    expect(members.map((m) => m.map((e) => (e.kind === 'word' ? e.word : e.kind === 'synset' ? `&${e.name}` : e.kind)))).toEqual([['DOLLARS'], ['SWISS', 'FRANCS'], ['&HYPERCURR']]);
  });

  it('reads block headers, also with a comment before the closing dashes', () => {
    expect(dictionary.blocks.map((b) => [b.name, b.code, b.line])).toEqual([
      ['BREAK', { code: '1717', reverse: null }, 10],
      ['TROUBLED', { code: null, reverse: null }, 20],
    ]);
  });

  it('makes regular verb forms, adds the listed ones, and marks the verb word of a multi-word verb', () => {
    const forms = dictionary.blocks[0]!.verbs.map((v) => v.forms.map((f) => f.words.map((w, i) => (i === f.verbIndex ? `+${w}` : w)).join('_')));
    expect(forms).toEqual([
      ['+BREAK', '+BREAKS', '+BREAKED', '+BREAKING', '+BROKE', '+BROKEN'],
      ['+BREAK_DOWN', '+BREAKS_DOWN', '+BREAKED_DOWN', '+BREAKING_DOWN', '+BROKEN_DOWN'],
      ['WIRE_+TAP', 'WIRE_+TAPS', 'WIRE_+TAPED', 'WIRE_+TAPING'],
      ['+ANGERED_BY'],
    ]);
    expect(dictionary.blocks[0]!.verbs[2]!.code).toEqual({ code: '1711', reverse: null });
  });

  it('reads pattern elements with their _ joins, groups and paired codes', () => {
    const patterns = dictionary.blocks[0]!.patterns;
    const shape = (p: (typeof patterns)[number]) => JSON.stringify(p.elements, (k, v) => (k === 'kind' && v === 'word' ? undefined : v));
    expect(shape(patterns[0]!)).toBe('[{"kind":"target","joinNext":false},{"word":"KNOWN","joinNext":false},{"kind":"verb","joinNext":false},{"word":"IN","joinNext":false},{"kind":"source","joinNext":false}]');
    expect(shape(patterns[1]!)).toBe('[{"word":"SUGGESTED","joinNext":true},{"kind":"target","joinNext":false},{"kind":"verb","joinNext":false},{"word":"DEMAND","joinNext":true},{"kind":"synset","name":"CURRENCY","joinNext":true},{"word":"CONVENTIONS","joinNext":false}]');
    expect(patterns[2]!.elements[1]).toMatchObject({ kind: 'preposition', elements: [{ word: 'TO' }, { kind: 'noun-phrase', elements: [{ word: 'BANNED' }, { word: 'PARTIES' }] }] });
    expect(patterns[3]!.code).toEqual({ code: '030', reverse: '030' });
  });

  it('reads transformations', () => {
    expect(dictionary.transformations).toEqual([{ source: 'a', inner: { source: 'a', target: 'b', verb: 'ATTACK' }, verb: 'SAY', result: { source: 'a', target: 'b', code: '015' }, line: 25 }]);
  });

  it('compiles patterns with nested synsets resolved, longest member first', () => {
    const index = new VerbIndex(dictionary, issues);
    const sense = index.sensesOf('BROKEN').find((s) => s.form.words.length === 1)!;
    const suggested = sense.patterns[1]!;
    expect(suggested.lower[1]).toMatchObject({ kind: 'words', alternatives: [['AUSTRIAN', 'GOLD', 'FLORIN'], ['SWISS', 'FRANCS'], ['DOLLARS']], joined: true });
    expect(suggested.upper).toMatchObject([{ kind: 'role', role: 'target', joined: false }, { kind: 'words', alternatives: [['SUGGESTED']], joined: true }]);
    expect(suggested.required).toEqual(['SUGGESTED', 'DEMAND', 'CONVENTIONS']);
    expect(index.sensesOf('TAP').map((s) => s.form.words)).toEqual([['WIRE', 'TAP']]);
  });
});

describe('parseVerbDictionary: each malformed line is reported with its line and left out', () => {
  it.each([
    ['a header that is not one', '--- BREAK ---\n', 1, "'--- BREAK ---' is not a verb block header"],
    ['a header with two codes (PETR.Validate.verbs.txt: DELAY)', '--- DELAY [120] [031:031] ---\nDELAY\n', 1, "verb block 'DELAY' has 2 codes; the first, [120], is used"],
    ['a block with no verbs', '--- COME_AFTER [---] ---\n- * TALKS [031]\n', 1, "verb block 'COME_AFTER' lists no verbs"],
    ['a verb outside any block', 'BREAK [171]\n', 1, "'BREAK [171]' is outside any verb block"],
    ['a pattern without a code', '--- BREAK [171] ---\nBREAK\n- * TREATY\n', 3, "pattern '- * TREATY' does not end with a code in brackets"],
    ['a pattern without *', '--- BREAK [171] ---\nBREAK\n- TREATY [161]\n', 3, "no * for the verb in pattern '- TREATY [161]'"],
    ['a pattern with two *', '--- BREAK [171] ---\nBREAK\n- * TREATY * [161]\n', 3, 'more than one *'],
    ['a pattern with two $', '--- BREAK [171] ---\nBREAK\n- $ * $ [161]\n', 3, 'more than one $'],
    ['a word glued to * (CAMEO.2.0: *SCEPTICAL)', '--- SEEM [---] ---\nSEEM\n- *SCEPTICAL [012]\n', 3, "'*SCEPTICAL' is not a word, a synset or one of * $ + ^ %"],
    ['an unmatched parenthesis', '--- VISIT [042] ---\nVISIT\n- * VENTURE (WITH VISIT) VISIT)[042:043]\n', 3, "unmatched ')'"],
    ['a parenthesis never closed', '--- VISIT [042] ---\nVISIT\n- * (WITH VISIT [042]\n', 3, "'(' is never closed"],
    ['a prepositional phrase not starting with a word', '--- VISIT [042] ---\nVISIT\n- * ($ VISIT) [042]\n', 3, 'a prepositional phrase must start with its preposition'],
    ['a bad event code (CAMEO.2.0: [080!])', '--- DOWN [---] ---\nDOWN\n- * (FROM) [080!]\n', 3, "'[080!]' is not an event code"],
    ['a bad verb code', '--- BREAK [171] ---\nBREAK [1:2:3]\nSMASH\n', 2, "'[1:2:3]' has more than one ':'"],
    ['text after a verb (CAMEO.2.0: TABARI ;comments)', '--- SCRAP [171] ---\nSCRAP {SCRAPPING SCRAPS SCRAPPED };shan 8/30/93\n', 2, "text after the verb is ignored: ';shan 8/30/93'"],
    ['two + in one verb', '--- BREAK [171] ---\n+BREAK_+DOWN\nBREAK\n', 2, "'+BREAK_+DOWN' marks more than one word with +"],
    ['a synset member without +', '&CURRENCY\nDOLLARS\n', 2, "'DOLLARS' in synset &CURRENCY: members start with +"],
    ['a synset defined twice', '&CURRENCY\n+DOLLARS\n&CURRENCY\n+EUROS\n', 3, 'synset &CURRENCY is defined twice (first at line 1)'],
    ['a role in a synset member', '&CURRENCY\n+$ DOLLARS\n', 2, 'a synset member holds only words and &SYNSETs'],
    ['a malformed transformation', '~ a (a b ATTACK) SAY = a b\n', 1, 'is not a transformation'],
    ['a transformation with an unbound actor', '~ a (a b ATTACK) SAY = a c 015\n', 1, "'c' in the result of"],
  ])('%s', (_what, text, line, message) => {
    const { issues } = read(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(line);
    expect(issues[0]!.message).toContain(`${FILE}:${line}: `);
    expect(issues[0]!.message).toContain(message);
  });

  it('reports a pattern naming an unknown synset when compiling, and leaves the pattern out', () => {
    const { dictionary, issues } = read('--- SET [---] ---\nSET\n- * (IN &WEATHER) [023]\n- * FIRE [180]\n');
    const index = new VerbIndex(dictionary, issues);
    expect(issues.map((i) => i.message)).toEqual([`${FILE}:3: unknown synset &WEATHER in pattern '* (IN &WEATHER)'`]);
    expect(index.sensesOf('SET')[0]!.patterns.map((p) => p.text)).toEqual(['* FIRE']);
  });

  it('reports a synset that contains itself', () => {
    const { dictionary, issues } = read('&A\n+&B\n&B\n+&A\n--- SET [---] ---\nSET\n- * &A [023]\n');
    new VerbIndex(dictionary, issues);
    expect(issues[0]!.message).toContain(':7: synset &A contains itself');
  });
});
