import { describe, expect, it } from 'vitest';
import type { DataFileError } from '../errors.js';
import { parseAgentDictionary } from './agent-dictionary.js';
import { phraseText } from './phrase.js';

const FILE = 'dictionaries/test.agents.txt';
const read = (text: string) => {
  const issues: DataFileError[] = [];
  const entries = parseAgentDictionary({ shown: FILE, text }, issues);
  return { entries, issues, forms: entries.map((e) => [e.code, e.position, e.names.map(phraseText)]) };
};

describe('parseAgentDictionary: entries', () => {
  it('reads suffix and prefix agents and adds the regular plural of the last word', () => {
    expect(read('FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01\nHUMAN_RIGHTS_BODY  [NGO~]\nCONGRESS [~LEG]\nAUTHORITY [~GOV]\nPOLICE {} [ ~COP]\n').forms).toEqual([
      ['GOVFRM', 'suffix', ['FOREIGN_MINISTER', 'FOREIGN_MINISTERS']],
      ['NGO', 'prefix', ['HUMAN_RIGHTS_BODY', 'HUMAN_RIGHTS_BODIES']],
      ['LEG', 'suffix', ['CONGRESS', 'CONGRESSES']],
      ['GOV', 'suffix', ['AUTHORITY', 'AUTHORITIES']],
      ['COP', 'suffix', ['POLICE']],
    ]);
  });

  it('takes the plurals given in braces instead of the regular one', () => {
    expect(read('GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n').forms).toEqual([
      ['GGS', 'suffix', ['GOLDEN_GOOSE', 'GOLDEN_GEESE']],
      ['GOV', 'suffix', ['ATTORNEY_GENERAL', 'ATTORNEYS_GENERAL']],
    ]);
  });

  it('expands !MACRO! substitution sets wherever they stand in a name', () => {
    const { forms, issues } = read('!PERSON! = MAN, MEN\n!MINST! = MINISTER, MINISTRY\nCONGRESS!PERSON! [~LEG]\n!MINST!_OF_SILLY_WALKS [~GOV]\n');
    expect(issues).toEqual([]);
    expect(forms).toEqual([
      ['LEG', 'suffix', ['CONGRESSMAN', 'CONGRESSMEN', 'CONGRESSMANS', 'CONGRESSMENS']],
      ['GOV', 'suffix', ['MINISTER_OF_SILLY_WALKS', 'MINISTRY_OF_SILLY_WALKS', 'MINISTER_OF_SILLY_WALKSES', 'MINISTRY_OF_SILLY_WALKSES']],
    ]);
  });

  it('gives a name without a code the code of the entry below it (ISLAMIC_EXTREMIST in Phoenix.agents.txt)', () => {
    const { forms, issues } = read('ISLAMIC_EXTREMIST\nISLAMIC_EXTREMIST_GROUP [~MUSRAD]\n');
    expect(issues).toEqual([]);
    expect(forms.map((f) => f[0])).toEqual(['MUSRAD', 'MUSRAD']);
  });
});

describe('parseAgentDictionary: each malformed line is reported with its line and left out', () => {
  it.each([
    ['mismatched brackets', 'OFFICIAL [~GOV]\nDEPARMENT_OF_ENVIRONMENT [~ENV}\n', 2, "'DEPARMENT_OF_ENVIRONMENT [~ENV}' is not an agent entry"],
    ['a code with no ~', 'OFFICIAL [GOV]\n', 1, "'OFFICIAL [GOV]' is not an agent entry"],
    ['an unknown macro', 'FIRE!PERSON! [~GOV]\n', 1, "unknown macro '!PERSON!' in 'FIRE!PERSON!'"],
    ['a name with no code at the end', 'OFFICIAL [~GOV]\nISLAMIC_EXTREMIST\n', 2, "agent 'ISLAMIC_EXTREMIST' has no code"],
  ])('%s', (_what, text, line, message) => {
    const { issues, entries } = read(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(line);
    expect(issues[0]!.message).toContain(`${FILE}:${line}: ${message}`);
    expect(entries.every((e) => e.line !== line)).toBe(true);
  });
});
