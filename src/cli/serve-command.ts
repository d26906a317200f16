import { parseArgs } from 'node:util';
import { ErrorCodes, InputError, ReadoutError } from '../errors.js';
import { type RunningServer, startServer } from '../server/server.js';
import { DEFAULT_DB, describeDb } from '../store/open.js';
import type { Io } from './run.js';

/**
 * readout serve [--db …] [--port 8080] [--host 127.0.0.1]: the HTTP API and the dashboard, until interrupted.
 * Writes (POST /api/documents) need the bearer token in READOUT_TOKEN; without it they are disabled.
 */
export async function serveCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string', default: DEFAULT_DB }, port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' } },
  });
  return serve({ db: values.db, port: portNumber(values.port), host: values.host }, io);
}

/** Serves a store until SIGINT or SIGTERM; shared with `readout demo`. */
export async function serve(options: { db: string; port: number; host: string }, io: Io): Promise<number> {
  const token = process.env['READOUT_TOKEN'] || null;
  let server: RunningServer;
  try {
    server = await startServer({ ...options, token });
  } catch (err) {
    if ((err as { code?: string }).code === 'EADDRINUSE') throw new ReadoutError(ErrorCodes.BAD_ARGUMENT, `${options.host}:${options.port} is in use by another program (choose another with --port)`);
    throw err;
  }
  io.stdout.write(`Readout is serving ${describeDb(options.db)} at ${server.url}/ (API: ${server.url}/api/openapi.json)\n`);
  io.stdout.write(token ? 'Writes: POST /api/documents with Authorization: Bearer $READOUT_TOKEN\n' : 'Writes are disabled (set READOUT_TOKEN to allow POST /api/documents)\n');
  io.stdout.write('Press Ctrl+C to stop.\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

export function portNumber(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InputError(ErrorCodes.BAD_ARGUMENT, '--port', `'${value}' is not a port number (0–65535)`);
  return port;
}
