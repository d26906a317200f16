import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readout } from '../src/engine.js';
import { HAVE_SHARED, SHARED_DIR, SHARED_SKIP_REASON } from './shared.js';

interface Summary { f1: number; precision: number; recall: number; actors: string; dates: string }

function score(gold: string, events: object[]): Summary {
  const out = join(mkdtempSync(join(tmpdir(), 'readout-')), 'events.jsonl');
  writeFileSync(out, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const printed = execFileSync(process.execPath, [join(SHARED_DIR, 'eval/score.mjs'), '--gold', gold, '--events', out, '--quiet'], { encoding: 'utf8' });
  return JSON.parse(printed.trim().split('\n').pop()!) as Summary;
}

const ratio = (s: string) => s.split('/').map(Number) as [number, number];

describe.skipIf(!HAVE_SHARED)('founding article (issue 2 acceptance)', () => {
  if (!HAVE_SHARED) console.warn(SHARED_SKIP_REASON);
  const seedDir = join(SHARED_DIR, 'corpus/seed');
  const readout = new Readout();

  it('codes the seed article with lenient F1 ≥ 0.95, actors ≥ 12/14, dates 2/2, publication date from the byline', () => {
    const gold = JSON.parse(readFileSync(join(seedDir, 'gold.json'), 'utf8')) as { document: string; body_excludes: string[] };
    const text = readFileSync(join(seedDir, gold.document), 'utf8');
    const coded = readout.code(text, { doc: gold.document });
    expect(coded.published).toBe('2023-09-21');
    const summary = score(join(seedDir, 'gold.json'), coded.events);
    expect(summary.f1).toBeGreaterThanOrEqual(0.95);
    const [actorsOk, actorsAll] = ratio(summary.actors);
    expect(actorsOk).toBeGreaterThanOrEqual(12);
    expect(actorsAll).toBe(14);
    expect(summary.dates).toBe('2/2');
    for (const debris of gold.body_excludes) {
      expect(coded.analysis.sentences.some((s) => s.text.includes(debris))).toBe(false);
    }
  });

  it('codes the Chinese dev set (eval/zh-dev, 30 articles) at micro F1 ≥ 0.5', () => {
    const dir = join(__dirname, '../eval/zh-dev');
    let events = 0, falsePositives = 0, required = 0, found = 0;
    for (let n = 1; n <= 30; n++) {
      const goldPath = join(dir, `${String(n).padStart(3, '0')}.gold.json`);
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { document: string; published: string };
      const coded = readout.code(readFileSync(join(dir, gold.document), 'utf8'), { doc: gold.document, published: gold.published.slice(0, 10) });
      const s = score(goldPath, coded.events) as Summary & { events: number; false_positives: number; required: number; found: number };
      events += s.events; falsePositives += s.false_positives; required += s.required; found += s.found;
    }
    const precision = (events - falsePositives) / events;
    const recall = found / required;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.5);
  });
});
