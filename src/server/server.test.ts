import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runApiContract } from '../../test/api-contract.js';
import { describePostgres, newPostgresSchema } from '../../test/postgres.js';

runApiContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-api-'));
  return { db: join(dir, 'api.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
});

await describePostgres('API on PostgreSQL', () => {
  runApiContract('PostgreSQL', async () => {
    const schema = await newPostgresSchema();
    return { db: schema.url, drop: schema.drop };
  });
});
