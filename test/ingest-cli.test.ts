import { DuckDBInstance } from '@duckdb/node-api';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GDELT_COLUMNS } from '../src/cli/export-formats/gdelt.js';
import { HAVE_SHARED, REPO_DIR, SHARED_DIR } from './shared.js';

const BIN = join(REPO_DIR, 'bin/readout.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: REPO_DIR });

const dir = mkdtempSync(join(tmpdir(), 'readout-ingest-cli-'));
const db = join(dir, 'events.db');
const news = join(dir, 'news');
mkdirSync(news);
writeFileSync(join(news, 'a.txt'), '新华社北京2024年5月16日电\n国家主席习近平16日在北京同俄罗斯总统普京举行会谈。双方签署了联合声明。\n');
writeFileSync(join(news, 'b.txt'), '新华社北京2024年5月17日电\n外交部长王毅17日在北京会见了美国国务卿布林肯。\n');
writeFileSync(join(news, 'c.jsonl'), `${JSON.stringify({ text: '国家主席习近平16日在北京同俄罗斯总统普京举行会谈，就双边关系交换意见。', published: '2024-05-17', url: 'https://wire.example/1' })}\n`);

/** Column names of a table in the shared reference, in order. */
function referenceColumns(heading: string): string[] {
  const doc = readFileSync(join(SHARED_DIR, 'reference/gdelt_icews_fields.md'), 'utf8');
  const section = doc.slice(doc.indexOf(heading));
  const table = section.slice(section.indexOf('\n|'), section.indexOf('\n\n', section.indexOf('\n|')));
  return table.split('\n').slice(3).map((row) => row.split('|')[2]!.trim());
}

describe('readout ingest, stats and export (through the built CLI)', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('ingests, says what it stored, and exits 0 when nothing was rejected', () => {
    const r = run(['ingest', news, '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`ingested into ${db}: 3 documents, 4 sentences, 4 events\n`);
  });

  it('names each rejected input in one line, stores the rest, and exits 1', () => {
    const more = join(dir, 'more');
    mkdirSync(more);
    writeFileSync(join(more, 'good.txt'), '新华社北京2024年5月20日电\n外交部长王毅20日在北京会见了法国外长。\n');
    writeFileSync(join(more, 'bad.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    const r = run(['ingest', more, join(dir, 'missing'), '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`readout: ${join(more, 'bad.txt')}: binary data, not text`, `readout: ${join(dir, 'missing')}: no such file or folder`]);
    expect(r.stdout).toContain(`ingested into ${db}: 1 documents`);
    expect(r.stdout).toContain(`rejected 2 inputs:\n  ${join(more, 'bad.txt')}: binary data, not text\n  ${join(dir, 'missing')}: no such file or folder\n`);
  });

  it('prints stats as JSON', () => {
    const stats = JSON.parse(run(['stats', '--db', db, '--format', 'json']).stdout);
    expect(stats).toEqual({ documents: 4, sentences: 5, events: 5, stories: 4, actors: 5 });
  });

  it('refuses to read a database that does not exist, rather than create it', () => {
    const r = run(['stats', '--db', join(dir, 'typo.db')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`readout: ${join(dir, 'typo.db')}: no such database (readout ingest creates one)\n`);
  });

  it('exports the event format as JSON Lines, filtered', () => {
    const lines = run(['export', '--db', db, '--format', 'jsonl', '--code', '05']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((e) => [e.code, e.source.name, e.target.name])).toEqual([['057', 'Xi Jinping', 'Vladimir Putin']]);
    const may17 = run(['export', '--db', db, '--from', '2024-05-17', '--to', '2024-05-17', '--country', 'USA']).stdout.trim().split('\n');
    expect(may17.map((l) => JSON.parse(l).target.name)).toEqual(['Antony Blinken']);
  });

  it('deduplicates: two reports of one meeting are one story with two mentions', () => {
    const stories = run(['export', '--db', db, '--format', 'jsonl', '--dedup', '--code', '04', '--actor', 'Vladimir Putin']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(stories.map((s) => [s.source.name, s.target.name, s.date, s.story.mentions, s.story.documents])).toEqual([['Xi Jinping', 'Vladimir Putin', '2024-05-16', 2, 2]]);
    const csv = run(['export', '--db', db, '--format', 'csv', '--dedup']).stdout.split('\n');
    expect(csv[0]).toMatch(/,mentions,documents,first_date,last_date$/);
  });

  it('exports GDELT rows of 61 columns and ICEWS rows of 20 under their header', () => {
    const gdelt = run(['export', '--db', db, '--format', 'gdelt']).stdout.trim().split('\n');
    for (const row of gdelt) expect(row.split('\t')).toHaveLength(61);
    const first = gdelt[0]!.split('\t');
    expect([first[1], first[5], first[7], first[12], first[26], first[28], first[29]]).toEqual(['20240516', 'CHNGOV', 'CHN', 'GOV', '040', '04', '1']);
    const icews = run(['export', '--db', db, '--format', 'icews']).stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(icews[0]).toHaveLength(20);
    expect(icews[1]!.slice(0, 8)).toEqual(['1', '2024-05-16', 'Xi Jinping', 'Government', 'China', 'Consult, not specified below', '040', '1']);
  });

  it.skipIf(!HAVE_SHARED)('follows the GDELT and ICEWS column lists of the shared reference', () => {
    expect(GDELT_COLUMNS.map((c) => c.name)).toEqual(referenceColumns('## 1. GDELT 2.0 Events table'));
    const header = run(['export', '--db', db, '--format', 'icews']).stdout.split('\n')[0]!.split('\t');
    expect(header).toEqual(referenceColumns('## 2. ICEWS coded event data'));
  });

  it('writes Parquet that DuckDB reads back', async () => {
    const file = join(dir, 'events.parquet');
    const r = run(['export', '--db', db, '--format', 'parquet', '--out', file, '--dedup']);
    expect(r.status).toBe(0);
    const jsonl = run(['export', '--db', db, '--dedup']).stdout.trim().split('\n');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (await connection.runAndReadAll(`SELECT code, source_name, mentions FROM read_parquet('${file}') ORDER BY id`)).getRowObjects();
    expect(rows.map((row) => row['code'])).toEqual(jsonl.map((l) => JSON.parse(l).code));
    expect(typeof rows[0]!['mentions']).toBe('bigint');
    connection.closeSync();
  });
});
