import { describe, expect, it } from 'vitest';
import { dataDir } from '../../data-dir.js';
import { DataFileError } from '../../errors.js';
import { loadActorTables } from '../../lexicon/actor-tables.js';
import { parseDataText } from '../../lexicon/data-file.js';
import { grammarSchema, loadEnData, patternFileSchema } from './data.js';
import { buildEnLexicon } from './lexicon.js';

const FILE = 'data/lang/en/patterns/test.yaml';
const HEADER = 'family: test\ndescription: A test family.\nframe: directed\ntargets: [object]\ntarget_required: true\nfallback: []\npatterns:\n';

function failure(source: string, schema: typeof patternFileSchema | typeof grammarSchema = patternFileSchema): DataFileError {
  try {
    parseDataText(source, FILE, schema);
  } catch (err) {
    expect(err).toBeInstanceOf(DataFileError);
    return err as DataFileError;
  }
  throw new Error('expected a DataFileError');
}

describe('English data files', () => {
  it('load, with a pattern file per family', () => {
    const data = loadEnData(dataDir());
    expect(data.patterns.map((p) => p.family).sort()).toEqual(
      ['aid', 'coerce', 'cooperate', 'demand', 'disapprove', 'force', 'intent', 'meet', 'posture', 'praise', 'reject', 'sanction', 'sign', 'threaten', 'visit'],
    );
  });

  it.each([
    ['a CAMEO code that is not a string of digits', `${HEADER}  - verbs: [meet]\n    code: '04a'\n`, 9, 'CAMEO code'],
    ['an unknown key', `${HEADER}  - verbs: [meet]\n    code: '040'\n  - verbs: [visit]\n    code: '042'\n    object: destination\n`, 10, 'object'],
    ['a verb in capitals', `${HEADER}  - verbs: [Meet]\n    code: '040'\n`, 8, 'lower case'],
    ['a pattern with neither verbs nor nominal nouns', `${HEADER}  - nouns: [visit]\n    code: '042'\n`, 8, 'needs verbs'],
    ['an event noun with an "of" phrase', `${HEADER}  - verbs: [impose]\n    nouns: [package of sanctions]\n    code: '163'\n`, 9, 'of'],
    ['a target role that is no preposition', `${HEADER}  - verbs: [meet]\n    code: '040'\n    targets: [Object]\n`, 10, 'preposition'],
    ['a misspelt target preposition', `${HEADER}  - verbs: [meet]\n    code: '040'\n    targets: [object, agianst]\n`, 10, '"agianst"'],
    ['a misspelt preposition a pattern requires', `${HEADER}  - verbs: [stand]\n    code: '051'\n    with_preposition: [behnd]\n`, 10, '"behnd" is no preposition'],
    ['a pattern intent code that is no CAMEO code', `${HEADER}  - verbs: [mediate]\n    code: '045'\n    intent_code: '39'\n`, 10, 'CAMEO code'],
    ['an event noun a shorter one before it always takes', `${HEADER}  - verbs: [launch]\n    nouns: [strikes, air strikes]\n    code: '190'\n`, 9, "'air strikes' can never match"],
    ['an unknown pattern complement modality', `${HEADER}  - verbs: [urge]\n    code: '020'\n    complement_modality: future\n`, 10, 'complement_modality'],
  ])('name the file and line of %s', (_what, source, line, words) => {
    const err = failure(source);
    expect(err.file).toBe(FILE);
    expect(err.line).toBe(line);
    expect(err.message).toContain(`${FILE}:${line}:`);
    expect(err.message).toContain(words);
  });

  it('reject a grammar that codes reported speech as a verb no pattern has', () => {
    const data = loadEnData(dataDir());
    const tables = loadActorTables(dataDir());
    expect(() => buildEnLexicon(tables, { ...data, grammar: { ...data.grammar, threat_verb: 'menace' } })).toThrow(/"menace" codes reported speech/);
  });

  it('reject a grammar that names an office roles.yaml lacks', () => {
    const data = loadEnData(dataDir());
    const tables = loadActorTables(dataDir());
    expect(() => buildEnLexicon(tables, { ...data, grammar: { ...data.grammar, dateline_offices: ['Minister of Magic'] } })).toThrow(/dateline_offices or envoy_roles names Minister of Magic/);
  });

  it('reject owner prepositions that name an office roles.yaml lacks', () => {
    const data = loadEnData(dataDir());
    const tables = loadActorTables(dataDir());
    expect(() => buildEnLexicon(tables, { ...data, grammar: { ...data.grammar, owner_prepositions: { for: ['Court Jester'] } } })).toThrow(/owner_prepositions names Court Jester/);
  });
  it('reject summit groupings that name no organisation of organisations.yaml', () => {
    const data = loadEnData(dataDir());
    const tables = loadActorTables(dataDir());
    expect(() => buildEnLexicon(tables, { ...data, grammar: { ...data.grammar, summit_groupings: ['GXX'] } })).toThrow(/summit_groupings names GXX, which organisations.yaml does not list/);
  });

  it('reject a list of families that names no pattern file\'s family', () => {
    const data = loadEnData(dataDir());
    const tables = loadActorTables(dataDir());
    expect(() => buildEnLexicon(tables, { ...data, grammar: { ...data.grammar, measure_families: ['sanctions'] } })).toThrow(/measure_families names sanctions, which no pattern file is the family of/);
  });

  it('reject a grammar file with a broken list', () => {
    const err = failure('abbreviations: [mr, dr\n', grammarSchema);
    expect(err.line).toBe(1);
  });
});
