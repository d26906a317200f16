import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeRecord } from './coder.js';
import { formatCoding } from './coding.js';
import { loadDictionaries } from './dictionaries.js';
import { DEFAULT_OPTIONS, type CodingOptions } from './options.js';
import type { PetrarchRecord } from './records-xml.js';

/** A small fixture set of dictionaries; the production ones are exercised by the unit-suite test. */
const dir = mkdtempSync(join(tmpdir(), 'readout-petrarch-'));
writeFileSync(join(dir, 'verbs.txt'), `&MONEY
+DOLLARS
+SWISS FRANCS

--- RESTORE [064] ---
RESTORE
- * THE FULL [xxy]

--- CRITICIZE [121] ---
CRITICIZE
- HEAVILY * [122]
- HEAVILY UNJUSTLY * [123]

--- FREE [066] ---
FREE
- + * FROM $ [066]

--- CONTRIBUTE [070] ---
CONTRIBUTE
- * &MONEY [903]

--- MEET [031:031] ---
MEET {MET}

--- DELAY [---] ---
DELAY
- % HAVE * [191]

--- SAY [023] ---
SAID

--- CLAIM [010] ---
CLAIM

~ a (a b MEET) CLAIM = a b 036
~ a (b . RESTORE) CLAIM = a b 112
`);
writeFileSync(join(dir, 'actors.txt'), 'ARNOR_ [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nOSGILIATH [OSG]\nWASHINGTON [USAGOV]\nGOLLUM\n\t[HOB <950601]\n\t[HOBGOV >950601]\n');
writeFileSync(join(dir, 'agents.txt'), 'GOVERNMENT [~GOV]\nOFFICIAL [~GOV]\nMSF {} [NGO~]\nSOLDIER [~MIL]\n');
writeFileSync(join(dir, 'discards.txt'), '+TYPHOON\nBASEBALL\n');
const dictionaries = loadDictionaries(dir, { verbFile: 'verbs.txt', actorFiles: ['actors.txt'], agentFile: 'agents.txt', discardFile: 'discards.txt' });

const record = (parse: string, options: Partial<CodingOptions> = {}, date = 19950101): PetrarchRecord => ({
  id: 'T-1', date, text: '', parse, active: true, options: { ...DEFAULT_OPTIONS, ...options }, expected: null, line: 1,
});
const events = (parse: string, options: Partial<CodingOptions> = {}, date?: number) => {
  const result = codeRecord(record(parse, options, date), dictionaries);
  if ('error' in result) throw new Error(result.error);
  return result.events.map((e) => `${e.source}/${e.target}/${e.code}`);
};

describe('codeRecord: verbs, patterns and roles', () => {
  it.each([
    ['the default code, subject and first named object', '(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))', ['ARN/GON/064']],
    ['the longest matching pattern', '(ROOT (S (NP (NNP Arnor)) (VP (VBD was) (VP (ADVP (RB heavily) (CC and) (RB unjustly)) (VBN criticized) (PP (IN over) (NP (NNP Gondor))))) (. .)))', ['ARN/GON/123']],
    ['a pattern placing source and target', '(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN freed) (PP (IN from) (NP (NNP Osgiliath))))) (. .)))', ['OSG/GON/066']],
    ['a synset member of two words', '(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB contribute) (NP (CD 5) (JJ swiss) (NNS francs)) (PP (TO to) (NP (NNP Gondor))))) (. .)))', ['ARN/GON/903']],
    ['a paired code', '(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)))', ['ARN/GON/031', 'GON/ARN/031']],
    ['a passive with an agent', '(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN restored) (PP (IN by) (NP (NNP Arnor))))) (. .)))', ['ARN/GON/064']],
    ['a compound subject acting on each other (% HAVE *)', '(ROOT (S (NP (NNP Gondor) (CC and) (NNP Osgiliath)) (VP (VBP have) (VP (VBN delayed) (NP (PRP$ their) (NN meeting)))) (. .)))', ['GON/OSG/191', 'OSG/GON/191']],
    ['a compound object', '(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor) (CC and) (NNP Osgiliath))) (. .)))', ['ARN/GON/031', 'GON/ARN/031', 'ARN/OSG/031', 'OSG/ARN/031']],
    ['agents after and before actors, and a redundant one', '(ROOT (S (NP (NNP MSF) (NNP Arnor) (NNS officials)) (VP (VBD met) (NP (NNP Washington) (NNS officials))) (. .)))', ['NGOARNGOV/USAGOV/031', 'USAGOV/NGOARNGOV/031']],
    ['an agent taking the actor of its of-phrase', '(ROOT (S (NP (NP (DT The) (NN government)) (PP (IN of) (NP (NNP Gondor)))) (VP (VBD met) (NP (NNP Arnor))) (. .)))', ['GONGOV/ARN/031', 'ARN/GONGOV/031']],
    ['a subject from the clause above when the nearer one is a pronoun', '(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (MD would) (VP (VB restore) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))))))) (. .)))', ['ARN/GON/023']],
    ['no event for a verb inside the phrase of a coded verb', '(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (NNP Osgiliath)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor))))))) (. .)))', ['ARN/OSG/023']],
    ['a multi-word actor', '(ROOT (S (NP (NNP Minas) (NNP Tirith)) (VP (VBD met) (NP (NNP Arnor))) (. .)))', ['GON/ARN/031', 'ARN/GON/031']],
  ])('%s', (_what, parse, expected) => {
    expect(events(parse)).toEqual(expected);
  });

  it.each([
    ['the same actor in both events', '(ROOT (S (NP (NNP Arnor)) (VP (VBD claimed) (SBAR (S (NP (PRP it)) (VP (MD would) (VP (VB meet) (NP (NNP Gondor))))))) (. .)))', ['ARN/GON/036']],
    ['an inner event with no target', '(ROOT (S (NP (NNP Arnor)) (VP (VBD claimed) (SBAR (S (NP (NNP Gondor)) (VP (VBD restored) (NP (NNS ties)))))) (. .)))', ['ARN/GON/112']],
  ])('folds a verb inside another into one event by a transformation: %s', (_what, parse, expected) => {
    expect(events(parse, { requireDyad: false })).toEqual(expected);
  });

  it('chooses actor codes by the record’s date', () => {
    const parse = '(ROOT (S (NP (NNP Gollum)) (VP (VBD met) (NP (NNP Arnor))) (. .)))';
    expect(events(parse, {}, 19950531)[0]).toBe('HOB/ARN/031');
    expect(events(parse, {}, 19950601)[0]).toBe('HOBGOV/ARN/031');
  });
});

describe('codeRecord: options', () => {
  const said = '(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (, ,) (NP (DT an) (NN official)) (VP (VBD said) (PP (IN on) (NP (NNP Saturday)))) (. .)))';

  it('needs a named source and target unless require_dyad is false; then --- stands in', () => {
    expect(events(said, { comma: { ...DEFAULT_OPTIONS.comma, emax: 0 } })).toEqual(['ARN/GON/064']);
    expect(events(said, { requireDyad: false, comma: { ...DEFAULT_OPTIONS.comma, emax: 0 } })).toEqual(['ARN/GON/064', '---GOV/---/023']);
  });

  it('leaves out a short final comma clause (comma_emin..comma_emax words)', () => {
    expect(events(said, { requireDyad: false })).toEqual(['ARN/GON/064']);
    expect(events(said, { requireDyad: false, comma: { ...DEFAULT_OPTIONS.comma, emax: 3 } })).toEqual(['ARN/GON/064', '---GOV/---/023']);
  });

  it('names an unknown subject by its words when new_actor_length allows', () => {
    const parse = '(ROOT (S (NP (NNP Minerva) (NNP McGonagall)) (VP (VBD met) (NP (NNP Arnor))) (. .)))';
    expect(events(parse)).toEqual([]);
    expect(events(parse, { newActorLength: 2 })).toEqual(['"MINERVA MCGONAGALL"/ARN/031', 'ARN/"MINERVA MCGONAGALL"/031']);
  });
});

describe('codeRecord: records that are not coded', () => {
  it.each([
    ['a story discard', '(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor)) (PP (IN after) (NP (DT a) (NN typhoon)))) (. .)))', "story discard 'TYPHOON'"],
    ['a sentence discard', '(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NN baseball) (NNS ties))) (. .)))', "sentence discard 'BASEBALL'"],
    ['a dateline', '(ROOT (NP (NP (NNP CEBU) (NNP CITY)) (: --) (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor)))))', "dateline 'CEBU CITY --'"],
  ])('skips %s, saying why', (_what, parse, reason) => {
    const result = codeRecord(record(parse), dictionaries);
    expect(result).toMatchObject({ events: [] });
    expect((result as { skipped: string }).skipped).toContain(reason);
  });

  it('reports an unbalanced parse or a missing one as an error', () => {
    expect(codeRecord(record('(ROOT (S (NP (NNP Arnor)) (VP (VBD met)'), dictionaries)).toEqual({ error: 'unbalanced parse: 3 brackets never closed' });
    expect(codeRecord({ ...record(''), parse: null }, dictionaries)).toEqual({ error: 'no <Parse>: PETRARCH coding needs a Penn Treebank parse (code plain English text with readout code --lang en)' });
  });
});

describe('formatCoding', () => {
  it.each([
    [{ actor: 'USAGOV', agents: [{ code: 'GOV', position: 'suffix' as const }] }, 'USAGOV'],
    [{ actor: 'HGWGOVMED', agents: [{ code: 'GOVMED', position: 'suffix' as const }] }, 'HGWGOVMED'],
    [{ actor: 'GMWGOV', agents: [{ code: 'WGO', position: 'suffix' as const }] }, 'GMWGOVWGO'],
    [{ actor: null, agents: [{ code: 'EDU', position: 'suffix' as const }] }, '---EDU'],
    [{ actor: 'ARN', agents: [{ code: 'NGO', position: 'prefix' as const }, { code: 'GOV', position: 'suffix' as const }] }, 'NGOARNGOV'],
    [{ actor: null, agents: [], text: 'INJURY TOLL' }, '"INJURY TOLL"'],
  ])('%j → %s', (coding, code) => {
    expect(formatCoding(coding)).toBe(code);
  });
});
