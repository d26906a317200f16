import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { codeRecord, loadDictionaries, parseRecordsXml, PHOENIX_ENVIRONMENT } from '../src/petrarch/index.js';

/**
 * npm run bench (second line): PETRARCH mode on one core. Loads the production dictionaries (CAMEO.2.0 and the
 * Phoenix files) once, cold, and times it; then codes PETRARCH's unit suite from its Penn Treebank parses in a loop and
 * reports records per second (PETRARCH 2 does about 1,100 sentences/s on pre-parsed input). The files come from
 * ../shared/petrarch, or PETRARCH_DIR.
 */
const DIR = process.env.PETRARCH_DIR ?? [fileURLToPath(new URL('../../shared/petrarch', import.meta.url)), fileURLToPath(new URL('../../../shared/petrarch', import.meta.url))].find(existsSync);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

if (!DIR || !existsSync(join(DIR, 'PETR.UnitTest.records.xml'))) {
  console.log(JSON.stringify({ bench: 'petrarch-code', skipped: 'PETRARCH files not found: set PETRARCH_DIR or put them in ../shared/petrarch' }));
} else {
  const loadStart = performance.now();
  const loadCpu = process.cpuUsage();
  const production = loadDictionaries(DIR, PHOENIX_ENVIRONMENT);
  const productionLoadMs = performance.now() - loadStart;
  const { user, system } = process.cpuUsage(loadCpu);

  const suite = parseRecordsXml(readFileSync(join(DIR, 'PETR.UnitTest.records.xml'), 'utf8'), 'PETR.UnitTest.records.xml');
  const dictionaries = loadDictionaries(DIR, suite.environment!);
  const records = suite.records.filter((r) => r.active);

  // Warm-up, so the JIT has seen the hot paths before timing.
  for (let i = 0; i < 20; i++) for (const r of records) codeRecord(r, dictionaries);

  let coded = 0;
  let events = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    for (const r of records) {
      const result = codeRecord(r, dictionaries);
      if (!('error' in result)) events += result.events.length;
    }
    coded += records.length;
  }
  const seconds = (performance.now() - start) / 1000;

  console.log(JSON.stringify({
    bench: 'petrarch-code',
    machine: `${cpus()[0]?.model ?? 'unknown cpu'} (${cpus().length} cores, one used), node ${process.version}`,
    production_dictionaries_load_ms: Math.round(productionLoadMs),
    production_dictionaries_load_cpu_ms: Math.round((user + system) / 1000),
    production_dictionary_issues: production.issues.length,
    suite_records: records.length,
    records_coded: coded,
    events,
    seconds: Math.round(seconds * 100) / 100,
    records_per_second: Math.round(coded / seconds),
    versus_petrarch2: `${Math.round(coded / seconds / 1100)}x (PETRARCH 2: about 1,100 sentences/s)`,
    peak_rss_mib: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
  }));
}
