import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dataDir } from '../data-dir.js';
import { ErrorCodes, ReadoutError } from '../errors.js';
import { ingest } from '../ingest/pipeline.js';
import { DEFAULT_DB, describeDb, openStore } from '../store/open.js';
import type { EngineFactory, Io } from './run.js';
import { portNumber, serve } from './serve-command.js';

/** The bundled demo corpus: short news items written for Readout about real 2023–2025 events (data/demo/README.md). */
export function demoCorpus(): string {
  return join(dataDir(), 'demo', 'corpus.jsonl');
}

/**
 * `npm start`: ingests the demo corpus into ./readout.db (a no-op for items already stored) and serves the
 * dashboard over it. `--no-serve` stops after the ingest.
 */
export async function demoCommand(argv: string[], io: Io, engine: EngineFactory): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: DEFAULT_DB },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      'no-serve': { type: 'boolean', default: false },
    },
  });
  const corpus = demoCorpus();
  if (!existsSync(corpus)) throw new ReadoutError(ErrorCodes.INPUT_MISSING, `${corpus}: the demo corpus is missing from this installation`);
  const store = await openStore(values.db);
  try {
    const summary = await ingest([corpus], { store, engine, onRejected: (err) => io.stderr.write(`readout: ${err.message}\n`) });
    const stats = await store.stats();
    io.stdout.write(
      `Demo corpus ${corpus}: ${summary.documents} new documents, ${summary.events} new events` +
        (summary.alreadyStored ? ` (${summary.alreadyStored} documents were already stored)` : '') +
        `\n${describeDb(values.db)} holds ${stats.documents} documents and ${stats.events} events.\n`,
    );
    if (summary.rejected.length) return 1;
  } finally {
    await store.close();
  }
  if (values['no-serve']) return 0;
  return serve({ db: values.db, port: portNumber(values.port), host: values.host }, io);
}
