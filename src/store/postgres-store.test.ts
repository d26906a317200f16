import { describePostgres, newPostgresSchema } from '../../test/postgres.js';
import { runStoreContract } from '../../test/store-contract.js';
import { openStore } from './open.js';

await describePostgres('PostgreSQL store', () => {
  runStoreContract('PostgreSQL', async () => {
    const schema = await newPostgresSchema();
    return { open: () => openStore(schema.url), drop: schema.drop };
  });
});
