import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../data-dir.js';
import type { CodedEvent } from '../model/event.js';
import { toTable } from './format.js';
import type { EngineFactory, Io } from './run.js';

/**
 * `npm start`: codes the bundled example articles — the Chinese news items of eval/zh-dev, written for Readout
 * about real 2023–2025 events — and prints the events as a table.
 */
export function demoCommand(_argv: string[], io: Io, engine: EngineFactory): number {
  const readout = engine();
  const dir = join(dataDir(), '..', 'eval', 'zh-dev');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const events: CodedEvent[] = [];
  for (const file of files) {
    const coded = readout.code(readFileSync(join(dir, file), 'utf8'), { doc: file });
    events.push(...coded.events);
  }
  io.stdout.write(`Readout coded ${files.length} example articles from ${dir}\n\n`);
  io.stdout.write(toTable(events, { explain: false, codeName: (c) => readout.cameo.get(c)?.name ?? c }));
  io.stdout.write('\nTry: npx readout code FILE --explain   (see README.md)\n');
  return 0;
}
