import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreContract } from '../../test/store-contract.js';
import { openStore } from './open.js';

runStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-store-'));
  return { open: () => openStore(join(dir, 'readout.db')), drop: async () => rmSync(dir, { recursive: true, force: true }) };
});
