/**
 * The little that differs between SQLite and PostgreSQL, behind one shape, so that the store's SQL is written
 * once. Statements use `?` placeholders; the PostgreSQL driver numbers them. Everything else in the store's SQL
 * is the common subset of both dialects (row values, VALUES lists, window-free aggregates).
 */
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface SqlExecutor {
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Inserts many rows into one table in the fastest way the database offers. */
  insert(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void>;
}

export interface SqlDriver extends SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs a script of several statements (migrations). */
  script(sql: string): Promise<void>;
  /**
   * Runs fn in one transaction holding the store's write lock (one writer at a time): commits when fn resolves,
   * rolls back when it throws. A process killed inside it leaves the database as it was before.
   */
  writeTransaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Brings the planner's statistics up to date after a bulk load. PostgreSQL needs it — before autovacuum gets to
   * a fast-growing table it plans index lookups as full scans; SQLite plans by index without statistics.
   */
  analyze(): Promise<void>;
  /** Streams a query's rows without holding them all in memory. */
  stream<T = Row>(sql: string, params?: readonly SqlValue[]): AsyncIterable<T>;
  close(): Promise<void>;
}
