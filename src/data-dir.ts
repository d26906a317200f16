import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { existsSync } from 'node:fs';

/** The folder of Readout's own data files, found both from src/ (tests) and from dist/src/ (built). */
export function dataDir(): string {
  for (const up of ['../data', '../../data']) {
    const dir = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(join(dir, 'cameo'))) return dir;
  }
  throw new Error('Readout data folder not found next to the code');
}
