import Database from 'better-sqlite3';
import type { SqlDriver, SqlExecutor, SqlValue } from './sql-driver.js';

const STATEMENT_CACHE = 64;

/**
 * SQLite through better-sqlite3. WAL journal: readers do not block the writer, and a committed transaction
 * survives the process being killed; synchronous=NORMAL gives that up only on power loss, not on a crash.
 */
export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite';
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 10000');
  }

  static open(path: string): SqliteDriver {
    return new SqliteDriver(new Database(path));
  }

  /** Prepared statements, most recently used last; lists of placeholders make many shapes, so the cache is bounded. */
  private statement(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (st) this.statements.delete(sql);
    else st = this.db.prepare(sql);
    this.statements.set(sql, st);
    if (this.statements.size > STATEMENT_CACHE) this.statements.delete(this.statements.keys().next().value!);
    return st;
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.statement(sql).all(...params) as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<void> {
    this.statement(sql).run(...params);
  }

  async insert(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
    if (!rows.length) return;
    const st = this.statement(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    for (const row of rows) st.run(...row);
  }

  async script(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  async writeTransaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await fn(this);
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  async analyze(): Promise<void> {}

  async *stream<T>(sql: string, params: readonly SqlValue[] = []): AsyncIterable<T> {
    // A fresh statement: an iterating statement cannot be shared with other queries.
    for (const row of this.db.prepare(sql).iterate(...params)) yield row as T;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
