import { parseArgs } from 'node:util';
import { ErrorCodes, InputError } from '../errors.js';
import { DEFAULT_DB, openStore } from '../store/open.js';
import type { Io } from './run.js';

/** readout stats [--db …] [--format text|json]: what the store holds. */
export async function statsCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { db: { type: 'string', default: DEFAULT_DB }, format: { type: 'string', default: 'text' } } });
  if (values.format !== 'text' && values.format !== 'json') throw new InputError(ErrorCodes.BAD_ARGUMENT, '--format', `'${values.format}' is not one of text, json`);
  const store = await openStore(values.db, { mustExist: true });
  try {
    const stats = await store.stats();
    if (values.format === 'json') io.stdout.write(`${JSON.stringify(stats)}\n`);
    else io.stdout.write(Object.entries(stats).map(([k, v]) => `${k.padEnd(10)} ${v}`).join('\n') + '\n');
    return 0;
  } finally {
    await store.close();
  }
}
