import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from './shared.js';

const BIN = join(REPO_DIR, 'bin/readout.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, cwd: REPO_DIR });

describe('readout code (through the built CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));
  const good = join(dir, 'good.txt');
  writeFileSync(good, '新华社北京2024年5月16日电\n国家主席习近平16日在北京同俄罗斯总统普京举行会谈。双方签署了联合声明。\n');

  it('prints JSON Lines in the event format', () => {
    const r = run(['code', good, '--format', 'jsonl']);
    expect(r.status).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const talks = events.find((e) => e.code.startsWith('04'));
    expect(talks).toMatchObject({ source: { country: 'CHN', name: 'Xi Jinping' }, target: { country: 'RUS', name: 'Vladimir Putin' }, date: '2024-05-16', date_precision: 'day', modality: 'asserted' });
    expect(events.some((e) => e.code === '057')).toBe(true);
    for (const e of events) expect(Object.keys(e)).toEqual(expect.arrayContaining(['doc', 'sentence_index', 'sentence', 'span', 'trigger', 'source', 'target', 'code', 'root', 'quad_class', 'goldstein', 'plover', 'date', 'date_precision', 'location', 'modality', 'rule']));
  });

  it('reads stdin with -, and --explain shows rule and actor resolution', () => {
    const r = run(['code', '-', '--published', '2024-05-16', '--explain'], '王毅同布林肯通电话。');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('zh/meet/通电话');
    expect(r.stdout).toMatch(/person 王毅 → Wang Yi/);
  });

  it('names each bad input in one line and still codes the good ones', () => {
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'image.bin');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const missing = join(dir, 'missing.txt');
    const r = run(['code', empty, binary, missing, good, '--format', 'csv']);
    expect(r.status).toBe(1);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain(`${empty}: empty file`);
    expect(errors[1]).toContain(`${binary}: binary data`);
    expect(errors[2]).toContain(`${missing}: no such file`);
    expect(r.stdout.split('\n')[0]).toMatch(/^doc,sentence_index,/);
    expect(r.stdout).toContain('good.txt');
  });

  it('rejects a nonsense publication date and an unknown format with a clear message', () => {
    expect(run(['code', good, '--published', '2023-02-30']).stderr).toContain("'2023-02-30' is not a real date");
    expect(run(['code', good, '--format', 'xml']).stderr).toContain("--format: 'xml' is not one of table, jsonl, csv");
  });
});
