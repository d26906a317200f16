import pg from 'pg';
import type { SqlDriver, SqlExecutor, SqlValue } from './sql-driver.js';

/** Rows per FETCH when streaming, and most parameters in one multi-row INSERT (PostgreSQL allows 65,535). */
const FETCH_ROWS = 2000;
const MAX_PARAMETERS = 30000;

/**
 * PostgreSQL through pg. BIGINT and COUNT results come back as numbers (Readout's ids stay far below 2^53).
 * A schema other than public is chosen with the search_path startup option, so tests can work in their own.
 */
export class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres';

  private constructor(private readonly pool: pg.Pool) {}

  static async open(connectionString: string, schema: string | null): Promise<PostgresDriver> {
    const pool = new pg.Pool({
      connectionString,
      max: 2,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
      types: { getTypeParser: (oid: number, format?: string) => (oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format as 'text')) },
    });
    pool.on('error', () => {}); // an idle client losing its connection is reported by the next query instead
    const client = await pool.connect();
    client.release();
    return new PostgresDriver(pool);
  }

  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return query<T>(this.pool, sql, params);
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    await query(this.pool, sql, params);
  }

  insert(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    return insertRows(this.pool, table, columns, rows);
  }

  async script(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async writeTransaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // One writer at a time, so that ids handed out as max(id)+1 are the same in every run.
      await client.query('LOCK TABLE schema_migrations IN EXCLUSIVE MODE');
      const tx: SqlExecutor = {
        all: (sql, params = []) => query(client, sql, params),
        run: async (sql, params = []) => void (await query(client, sql, params)),
        insert: (table, columns, rows) => insertRows(client, table, columns, rows),
      };
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async analyze(): Promise<void> {
    await this.pool.query('ANALYZE documents, sentences, actors, events, stories');
  }

  async *stream<T>(sql: string, params: readonly SqlValue[] = []): AsyncIterable<T> {
    const client = await this.pool.connect();
    let finished = false;
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(`DECLARE readout_rows NO SCROLL CURSOR FOR ${numbered(sql)}`, params as SqlValue[]);
      for (;;) {
        const { rows } = await client.query(`FETCH ${FETCH_ROWS} FROM readout_rows`);
        for (const row of rows) yield row as T;
        if (rows.length < FETCH_ROWS) break;
      }
      await client.query('COMMIT');
      finished = true;
    } finally {
      // A reader that stopped early leaves the cursor's transaction open: close it before the client goes back.
      if (!finished) await client.query('ROLLBACK').catch(() => {});
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

type Queryable = pg.Pool | pg.PoolClient;

async function query<T>(db: Queryable, sql: string, params: readonly SqlValue[]): Promise<T[]> {
  const result = await db.query(numbered(sql), params as SqlValue[]);
  return result.rows as T[];
}

async function insertRows(db: Queryable, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`;
    await query(db, sql, chunk.flat());
  }
}

/** `?` → `$1, $2, …`. The store's SQL has no `?` inside string literals. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
