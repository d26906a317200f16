import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeIngestCorpus } from '../bench/ingest-corpus.js';
import { dataDir } from '../src/data-dir.js';
import { loadActorTables } from '../src/lexicon/actor-tables.js';
import { describePostgres, newPostgresSchema, PG_URL } from './postgres.js';
import { REPO_DIR } from './shared.js';

/**
 * Nothing lost, nothing doubled: an ingest killed with SIGKILL (twice, at different points) and started again with
 * the same command ends with exactly the stats and exports of a run that was never interrupted.
 */
const BIN = join(REPO_DIR, 'bin/readout.js');
const DOCUMENTS = 240;
const dir = mkdtempSync(join(tmpdir(), 'readout-kill-'));
const corpus = join(dir, 'corpus');

const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: REPO_DIR, maxBuffer: 1 << 28 });
const ingestArgs = (db: string) => ['ingest', corpus, '--db', db, '--quiet'];

beforeAll(async () => {
  await writeIngestCorpus(corpus, DOCUMENTS, loadActorTables(dataDir()));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the ingest, waits until at least `atLeast` documents are committed, then kills it with SIGKILL. */
async function killWhenStored(db: string, atLeast: number, stored: () => Promise<number>): Promise<number> {
  const child = spawn(process.execPath, [BIN, ...ingestArgs(db)], { cwd: REPO_DIR, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  for (let polls = 0; (await stored()) < atLeast; polls++) {
    if (child.exitCode !== null || polls > 1200) throw new Error(`ingest ended (${child.exitCode}) before ${atLeast} documents were stored: ${stderr}`);
    await sleep(25);
  }
  child.kill('SIGKILL');
  const [, signal] = await exited;
  expect(signal).toBe('SIGKILL');
  return stored();
}

/** What must be the same: the counts and every export that shows stored state. */
function snapshot(db: string): Record<string, string> {
  const out = (args: string[]) => {
    const r = cli([...args, '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };
  return {
    stats: out(['stats', '--format', 'json']),
    events: out(['export', '--format', 'jsonl']),
    stories: out(['export', '--format', 'csv', '--dedup']),
    gdelt: out(['export', '--format', 'gdelt', '--dedup']),
  };
}

function killAndResumeSuite(target: () => Promise<{ killed: string; clean: string; stored: (db: string) => Promise<number> }>) {
  it('kill -9 mid-ingest, twice, then the same command: the same state as an uninterrupted run', async () => {
    const { killed, clean, stored } = await target();
    const first = await killWhenStored(killed, DOCUMENTS / 4, () => stored(killed));
    expect(first).toBeLessThan(DOCUMENTS);
    const second = await killWhenStored(killed, Math.max(first + 1, (DOCUMENTS * 3) / 5), () => stored(killed));
    expect(second).toBeLessThan(DOCUMENTS);
    const resumed = cli(ingestArgs(killed));
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain(`${second} documents already stored`);

    const uninterrupted = cli(ingestArgs(clean));
    expect(uninterrupted.status, uninterrupted.stderr).toBe(0);
    const expected = snapshot(clean);
    expect(JSON.parse(expected.stats!).documents).toBe(DOCUMENTS);
    expect(snapshot(killed)).toEqual(expected);
  }, 240_000);
}

describe('ingest survives kill -9 (SQLite)', () => {
  killAndResumeSuite(async () => ({
    killed: join(dir, 'killed.db'),
    clean: join(dir, 'clean.db'),
    stored: async (db) => {
      if (!existsSync(db)) return 0;
      const conn = new Database(db, { readonly: true, fileMustExist: true });
      try {
        return (conn.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'documents'").get() as { n: number }).n
          ? (conn.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n
          : 0;
      } finally {
        conn.close();
      }
    },
  }));
});

await describePostgres('ingest survives kill -9 (PostgreSQL)', () => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });
  killAndResumeSuite(async () => {
    const [killed, clean] = [await newPostgresSchema(), await newPostgresSchema()];
    drops.push(killed.drop, clean.drop);
    const schemaOf = (url: string) => new URL(url).searchParams.get('schema')!;
    return {
      killed: killed.url,
      clean: clean.url,
      stored: async (url) => {
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        try {
          const { rows } = await client.query(`SELECT to_regclass('${schemaOf(url)}.documents') IS NOT NULL AS ready`);
          if (!rows[0].ready) return 0;
          return Number((await client.query(`SELECT COUNT(*) AS n FROM ${schemaOf(url)}.documents`)).rows[0].n);
        } finally {
          await client.end();
        }
      },
    };
  });
});
