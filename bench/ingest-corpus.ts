import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { ActorTables } from '../src/lexicon/actor-tables.js';
import { buildZhCorpus } from './corpus.js';

/** Sentences per generated document, and documents per folder. */
const SENTENCES = 5;
const PER_FOLDER = 200;
/** Documents generated per call of the sentence builder, so generating a large corpus stays in small memory. */
const CHUNK = 100;

/**
 * Writes a corpus of news-like Chinese documents for ingest tests and the ingest bench: three quarters as .txt
 * files in folders of PER_FOLDER, one quarter as lines of one .jsonl file. Each document has a dateline (so it
 * has a date) and a closing number (so no two are the same content). Deterministic for a given seed.
 */
export async function writeIngestCorpus(dir: string, documents: number, tables: ActorTables, seed = 11): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const jsonl = createWriteStream(join(dir, 'wire.jsonl'));
  for (let start = 0; start < documents; start += CHUNK) {
    const sentences = buildZhCorpus(tables, CHUNK * SENTENCES, seed + start);
    for (let i = start; i < Math.min(documents, start + CHUNK); i++) {
      const month = 1 + (i % 12);
      const day = 1 + (i % 28);
      const body = sentences.slice((i - start) * SENTENCES, (i - start + 1) * SENTENCES).join('');
      const text = `新华社北京2024年${month}月${day}日电\n${body}\n（完）第${i + 1}号\n`;
      if (i % 4 === 3) {
        if (!jsonl.write(`${JSON.stringify({ id: i + 1, text, published: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` })}\n`)) await once(jsonl, 'drain');
      } else {
        const folder = join(dir, `batch-${String(Math.floor(i / PER_FOLDER)).padStart(4, '0')}`);
        if (i % PER_FOLDER === 0 || start === 0) mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, `doc-${String(i + 1).padStart(6, '0')}.txt`), text);
      }
    }
  }
  jsonl.end();
  await once(jsonl, 'finish');
}
