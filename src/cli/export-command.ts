import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { dataDir } from '../data-dir.js';
import { ErrorCodes, InputError } from '../errors.js';
import { countrySchema } from '../lexicon/actor-tables.js';
import { loadDataFile } from '../lexicon/data-file.js';
import { CameoTable } from '../model/cameo.js';
import { DEFAULT_DB, openStore } from '../store/open.js';
import type { EventFilter } from '../store/store.js';
import { EVENT_COLUMNS, isStory, STORY_COLUMNS, type Exported } from './export-formats/columns.js';
import { delimitedWriter } from './export-formats/delimited.js';
import { GDELT_COLUMNS } from './export-formats/gdelt.js';
import { icewsColumns } from './export-formats/icews.js';
import { writeParquet } from './export-formats/parquet.js';
import type { Io } from './run.js';

const FORMATS = ['jsonl', 'csv', 'gdelt', 'icews', 'parquet'] as const;
type Format = (typeof FORMATS)[number];

interface Output {
  write(s: string): unknown;
  once?: (event: 'drain', listener: () => void) => unknown;
}

/**
 * readout export --format jsonl|csv|gdelt|icews|parquet [--out FILE] [--from --to --actor --country --code]
 * [--dedup]: the store's events, streamed in the order they were stored — one row per mention, or with --dedup
 * one per story (its first mention) with mention counts. --actor, --country and --code take comma-separated lists.
 */
export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: DEFAULT_DB },
      format: { type: 'string', default: 'jsonl' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      actor: { type: 'string' },
      country: { type: 'string' },
      code: { type: 'string' },
      dedup: { type: 'boolean', default: false },
    },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new InputError(ErrorCodes.BAD_ARGUMENT, '--format', `'${values.format}' is not one of ${FORMATS.join(', ')}`);
  if (format === 'parquet' && !values.out) throw new InputError(ErrorCodes.BAD_ARGUMENT, '--out', 'Parquet is binary: name the file to write with --out');
  const list = (s: string | undefined) => s?.split(',').map((v) => v.trim()).filter(Boolean);
  const filter: EventFilter = {
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    ...(values.actor ? { actors: list(values.actor)! } : {}),
    ...(values.country ? { countries: list(values.country)! } : {}),
    ...(values.code ? { codes: list(values.code)! } : {}),
  };

  const store = await openStore(values.db, { mustExist: true });
  try {
    const rows: AsyncIterable<Exported> = values.dedup ? store.stories(filter) : store.events(filter);
    if (format === 'parquet') {
      await writeParquet(values.out!, [...EVENT_COLUMNS, ...(values.dedup ? STORY_COLUMNS : [])], rows);
      return 0;
    }
    const file = values.out ? createWriteStream(values.out) : null;
    const out: Output = file ?? io.stdout;
    const writer = textWriter(format, values.dedup);
    await write(out, writer.header);
    for await (const row of rows) await write(out, writer.row(row));
    if (file) {
      file.end();
      await once(file, 'finish');
    }
    return 0;
  } finally {
    await store.close();
  }
}

function textWriter(format: Exclude<Format, 'parquet'>, dedup: boolean): { header: string; row: (x: Exported) => string } {
  switch (format) {
    case 'jsonl':
      return { header: '', row: (x) => `${JSON.stringify(isStory(x) ? { ...x.event, story: storyField(x) } : x.event)}\n` };
    case 'csv':
      return delimitedWriter([...EVENT_COLUMNS, ...(dedup ? STORY_COLUMNS : [])], 'csv', true);
    case 'gdelt':
      return delimitedWriter(GDELT_COLUMNS, 'tsv', false);
    case 'icews':
      return delimitedWriter(icewsColumns(icewsNames()), 'tsv', true);
  }
}

function storyField(x: Exported & { mentions: number; documents: number; firstDate: string | null; lastDate: string | null }) {
  return { key: x.story, mentions: x.mentions, documents: x.documents, first_date: x.firstDate, last_date: x.lastDate };
}

/** Country and CAMEO names for ICEWS, from Readout's own tables. */
function icewsNames() {
  const dir = dataDir();
  const countries = new Map(loadDataFile(join(dir, 'actors', 'countries.yaml'), z.array(countrySchema)).map((c) => [c.code, c.en[0]!]));
  const cameo = CameoTable.load(dir);
  return { country: (code: string) => countries.get(code) ?? null, eventText: (code: string) => cameo.get(code)?.name ?? null };
}

/** Writes and waits when the reader is slower (a pipe), so a large export does not pile up in memory. */
async function write(out: Output, s: string): Promise<void> {
  if (!s) return;
  if (out.write(s) === false && out.once) await new Promise<void>((resolve) => out.once!('drain', resolve));
}

