import { Readout } from '../engine.js';
import { ReadoutError } from '../errors.js';
import { codeCommand } from './code-command.js';
import { demoCommand } from './demo-command.js';
import { exportCommand } from './export-command.js';
import { ingestCommand } from './ingest-command.js';
import { petrarchCommand } from './petrarch-command.js';
import { serveCommand } from './serve-command.js';
import { statsCommand } from './stats-command.js';

export interface Io {
  stdout: { write(s: string): unknown };
  /** isTTY: ingest draws a progress bar on a terminal, plain lines elsewhere. */
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

const USAGE = `readout — code news into CAMEO political events

usage:
  readout code FILE... [--lang auto|zh|en] [--published YYYY-MM-DD] [--format table|jsonl|csv] [--explain]
                       [--quad gdelt|icews] [--modalities LIST|all]  code files ('-' reads stdin)
  readout demo [--db FILE] [--port 8080] [--no-serve]              ingest the bundled demo corpus, serve the dashboard
  readout petrarch code RECORDS.xml --dictionaries DIR [--format table|jsonl]  code PETRARCH XML records
  readout ingest PATH... [--db FILE|postgres://…] [--quiet]       store files and folders (.txt .md .html .jsonl,
                                                                    RSS/Atom, PETRARCH XML) in the event store
  readout stats [--db …] [--format text|json]                       what the store holds
  readout export [--db …] --format jsonl|csv|gdelt|icews|parquet [--out FILE]
                 [--from DATE] [--to DATE] [--actor LIST] [--country LIST] [--code LIST] [--dedup]
                                                                    the stored events (--dedup: one per story)
  readout serve [--db …] [--port 8080] [--host 127.0.0.1]          the HTTP API and the dashboard (writes need
                                                                    READOUT_TOKEN)
  readout --help
`;

/** Entry point of the CLI; returns the exit status. Kept apart from process globals so tests can run it. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'code':
        return codeCommand(rest, io, lazyEngine);
      case 'demo':
        return await demoCommand(rest, io, lazyEngine);
      case 'petrarch':
        return petrarchCommand(rest, io);
      case 'ingest':
        return await ingestCommand(rest, io, lazyEngine);
      case 'stats':
        return await statsCommand(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case 'serve':
        return await serveCommand(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.stderr.write(`readout: unknown command '${command}'\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof ReadoutError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      io.stderr.write(`readout: ${(err as Error).message}\n`);
      return 2;
    }
    throw err;
  }
}

let engine: Readout | null = null;
function lazyEngine(): Readout {
  engine ??= new Readout();
  return engine;
}

export type EngineFactory = () => Readout;
