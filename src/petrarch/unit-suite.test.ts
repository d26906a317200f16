import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../test/shared.js';
import { codeRecord } from './coder.js';
import { loadDictionaries, PHOENIX_ENVIRONMENT } from './dictionaries.js';
import { parseRecordsXml } from './records-xml.js';

/**
 * Issue 3's acceptance: PETRARCH's own unit suite, coded from its parses with its validation dictionaries. A record
 * passes when it gives exactly the expected set of source/target/code triples, or no event where none is expected.
 * The four records still missed, and why (each is a quirk of PETRARCH 1 the text of the record does not justify):
 *   DEMO-25      "have postponed their meeting" is expected to code against Cirith Ungol, while the same sentence
 *                with "delayed" (DEMO-26) pairs Gondor and Osgiliath; both verbs share a block and its patterns.
 *   COMPOUND-34, COMPOUND-35   expect "the Nasgul" as ###, but PETR.Validate.actors.txt comments NASGUL out.
 *   COMMA-07     expects Gondor as the source of "Calenardhon crowds burned down its embassy".
 */
const PASSING = 275;
const DIR = join(SHARED_DIR, 'petrarch');
const HAVE_SUITE = existsSync(join(DIR, 'PETR.UnitTest.records.xml'));

describe.skipIf(!HAVE_SUITE)('PETRARCH unit suite (issue 3 acceptance)', () => {
  if (!HAVE_SUITE) console.warn(`${DIR} not found: skipping the PETRARCH unit suite`);

  it(`codes at least ${PASSING} of the 279 active records exactly`, () => {
    const suite = parseRecordsXml(readFileSync(join(DIR, 'PETR.UnitTest.records.xml'), 'utf8'), 'PETR.UnitTest.records.xml');
    const dictionaries = loadDictionaries(DIR, suite.environment!);
    const active = suite.records.filter((r) => r.active);
    expect(active).toHaveLength(279);
    const missed: string[] = [];
    for (const record of active) {
      const coded = codeRecord(record, dictionaries);
      const got = 'error' in coded ? [] : coded.events.map((e) => `${e.source}/${e.target}/${e.code}`);
      const want = !record.expected || record.expected.none ? [] : record.expected.events.map((e) => `${e.source}/${e.target}/${e.code}`);
      if (new Set(got).size !== new Set(want).size || !got.every((g) => want.includes(g))) missed.push(`${record.id}: want [${want}] got [${got}]`);
    }
    expect(active.length - missed.length, missed.join('\n')).toBeGreaterThanOrEqual(PASSING);
  });

  it('loads the production dictionaries (CAMEO.2.0, Phoenix actors, agents, discards) in under 2 s', () => {
    // CPU time, not wall time: test files run side by side and would otherwise time each other. `npm run bench`
    // reports the wall time of a cold load in a process of its own.
    const start = process.cpuUsage();
    const production = loadDictionaries(DIR, PHOENIX_ENVIRONMENT);
    const used = process.cpuUsage(start);
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
    // The production files have a couple of dozen slips, each reported with its line and left out.
    expect(production.issues.length).toBeLessThan(30);
    expect(production.issues.every((i) => /^\S+:\d+: /.test(i.message))).toBe(true);
  });
});
