import { parseArgs } from 'node:util';
import { ErrorCodes, InputError } from '../errors.js';
import { ingest, type IngestSummary } from '../ingest/pipeline.js';
import { Progress } from '../ingest/progress.js';
import { walk } from '../ingest/walk.js';
import { DEFAULT_DB, describeDb, openStore } from '../store/open.js';
import type { EngineFactory, Io } from './run.js';

/**
 * readout ingest PATH... [--db FILE|postgres://…]: reads files and folders into the event store. Each input that
 * cannot be read, decoded or parsed gets one line on stderr naming it; the rest is stored. Ends with a summary;
 * the exit status is 1 when anything was rejected.
 */
export async function ingestCommand(argv: string[], io: Io, engine: EngineFactory): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string', default: DEFAULT_DB }, quiet: { type: 'boolean', default: false } },
  });
  if (!positionals.length) throw new InputError(ErrorCodes.BAD_ARGUMENT, 'readout ingest', 'no files or folders to read');
  const store = await openStore(values.db);
  try {
    const progress = values.quiet ? undefined : new Progress(io.stderr, await totalBytes(positionals));
    const summary = await ingest(positionals, {
      store,
      engine,
      ...(progress ? { progress } : {}),
      onRejected: (err) => (progress ? progress.line(`readout: ${err.message}`) : io.stderr.write(`readout: ${err.message}\n`)),
    });
    io.stdout.write(summaryText(summary, describeDb(values.db)));
    return summary.rejected.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** Input bytes in all, for the progress bar: a walk that only adds up sizes. */
async function totalBytes(paths: readonly string[]): Promise<number> {
  let total = 0;
  for await (const entry of walk(paths)) if ('file' in entry) total += entry.size;
  return total;
}

function summaryText(s: IngestSummary, db: string): string {
  const lines = [
    `ingested into ${db}: ${s.documents} documents, ${s.sentences} sentences, ${s.events} events` +
      (s.alreadyStored ? `; ${s.alreadyStored} documents already stored` : '') +
      (s.ignored ? `; ${s.ignored} files of other types ignored` : ''),
  ];
  if (s.rejected.length) {
    lines.push(`rejected ${s.rejected.length} input${s.rejected.length === 1 ? '' : 's'}:`);
    for (const r of s.rejected) lines.push(`  ${r.input}: ${r.reason}`);
  }
  return lines.join('\n') + '\n';
}
