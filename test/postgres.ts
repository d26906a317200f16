import pg from 'pg';
import { describe } from 'vitest';

/**
 * The PostgreSQL server tests run against (READOUT_TEST_PG, else the local one, trust auth). Each test works in
 * a schema of its own, dropped afterwards, so runs side by side do not collide. When the server does not answer,
 * PostgreSQL tests skip with the reason in their name — unless READOUT_REQUIRE_SERVICES=1 (CI), then they fail.
 */
export const PG_URL = process.env.READOUT_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    const reason = `PostgreSQL not reachable at ${PG_URL} (${(err as Error).message})`;
    if (process.env.READOUT_REQUIRE_SERVICES === '1') throw new Error(`${reason}, and READOUT_REQUIRE_SERVICES=1`);
    return reason;
  } finally {
    await client.end().catch(() => {});
  }
}

/** describe() when PostgreSQL answers; otherwise a skipped suite named with the reason. */
export async function describePostgres(name: string, body: () => void): Promise<void> {
  const unavailable = await postgresUnavailable();
  if (unavailable) {
    console.warn(`${name}: skipped: ${unavailable}`);
    describe.skip(`${name} — skipped: ${unavailable}`, body);
  } else describe(name, body);
}

let schemas = 0;

/** Creates a fresh schema; returns the --db URL that selects it and a function that drops it. */
export async function newPostgresSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `readout_test_${process.pid}_${++schemas}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(`CREATE SCHEMA ${schema}`);
  const url = new URL(PG_URL);
  url.searchParams.set('schema', schema);
  return { url: url.toString(), drop: () => adminQuery(`DROP SCHEMA ${schema} CASCADE`) };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
