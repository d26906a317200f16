import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Column, Exported } from './columns.js';

const SQL_TYPES = { text: 'VARCHAR', integer: 'BIGINT', double: 'DOUBLE' } as const;

/**
 * Writes rows to a Parquet file through DuckDB: appended (DuckDB's Appender, far faster than INSERTs) into a
 * table in a temporary on-disk database — so a large export spills to disk instead of filling memory — then
 * copied out with COPY … (FORMAT parquet). Returns the number of rows.
 */
export async function writeParquet(file: string, columns: readonly Column[], rows: AsyncIterable<Exported>): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'readout-parquet-'));
  const instance = await DuckDBInstance.create(join(scratch, 'export.duckdb'));
  const connection = await instance.connect();
  try {
    await connection.run(`CREATE TABLE export (${columns.map((c) => `"${c.name}" ${SQL_TYPES[c.type]}`).join(', ')})`);
    const appender = await connection.createAppender('export');
    let n = 0;
    for await (const row of rows) {
      for (const c of columns) append(appender, c, row);
      appender.endRow();
      n++;
    }
    appender.closeSync();
    await connection.run(`COPY export TO '${resolve(file).replace(/'/g, "''")}' (FORMAT parquet)`);
    return n;
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(scratch, { recursive: true, force: true });
  }
}

function append(appender: DuckDBAppender, column: Column, row: Exported): void {
  const v = column.value(row);
  if (v === null) appender.appendNull();
  else if (column.type === 'text') appender.appendVarchar(String(v));
  else if (column.type === 'integer') appender.appendBigInt(BigInt(v));
  else appender.appendDouble(Number(v));
}
