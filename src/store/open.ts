import { existsSync } from 'node:fs';
import { ErrorCodes, ReadoutError } from '../errors.js';
import { PostgresDriver } from './postgres-driver.js';
import { SqlStore } from './sql-store.js';
import { SqliteDriver } from './sqlite-driver.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './readout.db';

/**
 * Opens the store a --db argument names: a postgres:// or postgresql:// URL (a `schema` parameter picks a schema
 * other than public), else a SQLite file, created when missing unless `mustExist`.
 */
export async function openStore(db: string = DEFAULT_DB, options: { mustExist?: boolean } = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(db)) {
    const url = new URL(db);
    const schema = url.searchParams.get('schema');
    if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new ReadoutError(ErrorCodes.STORE, `--db: schema '${schema}' is not a plain identifier`);
    url.searchParams.delete('schema');
    const shown = redacted(url);
    let driver: PostgresDriver;
    try {
      driver = await PostgresDriver.open(url.toString(), schema);
    } catch (err) {
      throw new ReadoutError(ErrorCodes.STORE, `${shown}: cannot connect (${(err as Error).message})`);
    }
    return SqlStore.open(driver, shown);
  }
  // Reading commands (stats, export) must not leave an empty database behind a mistyped path.
  if (options.mustExist && !existsSync(db)) throw new ReadoutError(ErrorCodes.STORE, `${db}: no such database (readout ingest creates one)`);
  let driver: SqliteDriver;
  try {
    driver = SqliteDriver.open(db);
  } catch (err) {
    throw new ReadoutError(ErrorCodes.STORE, `${db}: cannot open as a SQLite database (${(err as Error).message})`);
  }
  return SqlStore.open(driver, db);
}

/** How a --db argument is shown in messages: a URL without its password. */
export function describeDb(db: string): string {
  return /^postgres(ql)?:\/\//.test(db) ? redacted(new URL(db)) : db;
}

function redacted(url: URL): string {
  const copy = new URL(url);
  if (copy.password) copy.password = '***';
  return copy.toString();
}
