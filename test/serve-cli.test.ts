import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from './shared.js';

const BIN = join(REPO_DIR, 'bin/readout.js');

describe('readout demo and readout serve (through the built CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-serve-'));
  const db = join(dir, 'demo.db');
  const corpus = readFileSync(join(REPO_DIR, 'data/demo/corpus.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

  it('ingests the bundled demo corpus once: a second run adds nothing', () => {
    const first = spawnSync(process.execPath, [BIN, 'demo', '--no-serve', '--db', db], { encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`${corpus.length} new documents`);
    const second = spawnSync(process.execPath, [BIN, 'demo', '--no-serve', '--db', db], { encoding: 'utf8' });
    expect(second.stdout).toContain(`0 new documents, 0 new events (${corpus.length} documents were already stored)`);
  }, 120_000);

  it('the demo corpus is about 2023–2025, in Chinese and English, with at least 40 items', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((d) => d.language))).toEqual(new Set(['zh', 'en']));
    for (const d of corpus) expect(d.published >= '2023-01-01' && d.published <= '2025-12-31', d.id).toBe(true);
  });

  it('serves the store, prints its URL, answers the API, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { env: { ...process.env, READOUT_TOKEN: '' } });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        // The banner may arrive in several chunks: its last line says the server is up.
        const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m && out.includes('Press Ctrl+C')) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`readout serve exited with ${code}: ${out}`)));
    });
    expect(out).toMatch(/Writes are disabled/);
    const stats = await (await fetch(`${url}/api/stats`)).json();
    expect(stats.documents).toBe(corpus.length);
    const page = await (await fetch(`${url}/api/events?language=en&limit=5`)).json();
    expect(page.events.every((e: { document: { language: string } }) => e.document.language === 'en')).toBe(true);
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 60_000);

  it('refuses a store that does not exist and a port that is not a number, in one line', () => {
    const missing = spawnSync(process.execPath, [BIN, 'serve', '--db', join(dir, 'none.db')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/none\.db: no such database/);
    const port = spawnSync(process.execPath, [BIN, 'serve', '--db', db, '--port', 'http'], { encoding: 'utf8' });
    expect(port.status).toBe(2);
    expect(port.stderr).toMatch(/--port: 'http' is not a port number/);
  });
});
