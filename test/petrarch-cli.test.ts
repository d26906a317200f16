import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR, SHARED_DIR } from './shared.js';

const BIN = join(REPO_DIR, 'bin/readout.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, 'petrarch', 'code', ...args], { encoding: 'utf8', cwd: REPO_DIR });

const dir = mkdtempSync(join(tmpdir(), 'readout-petrarch-cli-'));
writeFileSync(join(dir, 'verbs.txt'), '--- MEET [031:031] ---\nMEET {MET}\n\n--- RESTORE [064] ---\nRESTORE\n');
writeFileSync(join(dir, 'actors.txt'), 'ARNOR [ARN]\nGONDOR [GON]\n');
writeFileSync(join(dir, 'agents.txt'), 'OFFICIAL [~GOV]\nBROKEN ENTRY [~GOV}\n');
writeFileSync(join(dir, 'discards.txt'), 'BASEBALL\n');
const environment = '<Environment><Verbfile>verbs.txt</Verbfile><Actorfile>actors.txt</Actorfile><Agentfile>agents.txt</Agentfile><Discardfile>discards.txt</Discardfile></Environment>';
const records = join(dir, 'records.xml');
writeFileSync(
  records,
  `<Validation>\n${environment}\n<Sentences>
<Sentence date="19950101" id="R-1" sentence="true"><Text>Arnor officials met Gondor.</Text>
<Parse>(ROOT (S (NP (NNP Arnor) (NNS officials)) (VP (VBD met) (NP (NNP Gondor))) (. .)))</Parse></Sentence>
<Sentence date="19950101" id="R-2" sentence="true"><Text>Nothing happened.</Text>
<Parse>(ROOT (S (NP (NN Nothing)) (VP (VBD happened)) (. .)))</Parse></Sentence>
<Sentence date="19950101" id="R-3" sentence="true"><Text>Broken.</Text>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD restored)</Parse></Sentence>
<Sentence date="19950101" id="R-4" sentence="true"><Text>Gondor restored ties with Arnor.</Text>
<Parse>(ROOT (S (NP (NNP Gondor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Arnor)))) (. .)))</Parse></Sentence>
</Sentences>\n</Validation>\n`,
);

describe('readout petrarch code (through the built CLI)', () => {
  it('prints one JSON line per event, nothing for records without one, and names bad records and entries', () => {
    const r = run([records, '--dictionaries', dir, '--format', 'jsonl']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 'R-1', source: 'ARNGOV', target: 'GON', code: '031' },
      { id: 'R-1', source: 'GON', target: 'ARNGOV', code: '031' },
      { id: 'R-4', source: 'GON', target: 'ARN', code: '064' },
    ]);
    expect(r.stderr).toContain(`${join(dir, 'agents.txt')}:2: 'BROKEN ENTRY [~GOV}' is not an agent entry`);
    expect(r.stderr).toContain(`${records}:8: record R-3: unbalanced parse`);
    expect(r.status).toBe(1);
  });

  it('prints a table by default, with the CAMEO event names', () => {
    const r = run([records, '--dictionaries', dir]);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^id\s+source\s+code\s+event\s+target$/);
    expect(lines[2]).toMatch(/^R-1\s+ARNGOV\s+031\s+Express intent to engage in material co…?\S*\s+GON$/);
    expect(lines[lines.length - 1]).toBe('3 events');
  });

  it('stops on the first malformed dictionary entry with --strict', () => {
    const r = run([records, '--dictionaries', dir, '--strict']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('agents.txt:2: ');
    expect(r.stdout).toBe('');
  });

  it('names the file and line of malformed XML, and still codes the other files', () => {
    const bad = join(dir, 'bad.xml');
    writeFileSync(bad, `<Sentences>\n<Sentence date="19950101" id="X">\n<Text>Gondor & Arnor</Text>\n</Sentence>\n</Sentences>\n`);
    const r = run([bad, records, '--dictionaries', dir, '--format', 'jsonl']);
    expect(r.stderr).toContain(`readout: ${bad}:3: malformed XML: char '&' is not expected.`);
    expect(r.stdout).toContain('"id":"R-4"');
    expect(r.status).toBe(1);
  });

  it.each([
    ['no --dictionaries', [records], '--dictionaries DIR is required'],
    ['a missing dictionary file', [records, '--dictionaries', join(dir, 'nowhere')], 'nowhere/actors.txt:0: no such file'],
    ['a missing records file', [join(dir, 'missing.xml'), '--dictionaries', dir], 'missing.xml: no such file'],
    ['an unknown format', [records, '--dictionaries', dir, '--format', 'csv'], "--format: 'csv' is not one of table, jsonl"],
  ])('explains %s', (_what, args, message) => {
    const r = run(args);
    expect(r.stderr).toContain(message);
    expect(r.status).not.toBe(0);
  });
});

const PETRARCH_DIR = join(SHARED_DIR, 'petrarch');
describe.skipIf(!existsSync(join(PETRARCH_DIR, 'PETR.UnitTest.records.xml')))('readout petrarch code on PETRARCH’s unit suite', () => {
  it('codes the suite with the dictionaries its <Environment> names', () => {
    const r = run([join(PETRARCH_DIR, 'PETR.UnitTest.records.xml'), '--dictionaries', PETRARCH_DIR, '--format', 'jsonl']);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.filter((e) => e.id === 'DEMO-00')).toEqual([{ id: 'DEMO-00', source: 'ARN', target: 'GON', code: '064' }]);
    expect(events.filter((e) => e.id === 'DEMO-02')).toEqual([
      { id: 'DEMO-02', source: 'DAGGOV', target: 'GON', code: '032' },
      { id: 'DEMO-02', source: 'GON', target: 'DAGGOV', code: '033' },
    ]);
    expect(events.some((e) => e.id === 'DEMO-24' || e.id === 'DEMO-04')).toBe(false);
    // ERROR-02 and ERROR-03 carry unbalanced parses on purpose: each gets a line naming its place.
    expect(r.stderr).toMatch(/PETR\.UnitTest\.records\.xml:\d+: record ERROR-02: unbalanced parse/);
    expect(r.status).toBe(1);
  });
});
