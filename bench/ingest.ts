import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { dataDir } from '../src/data-dir.js';
import { Readout } from '../src/engine.js';
import { ingest } from '../src/ingest/pipeline.js';
import { loadActorTables } from '../src/lexicon/actor-tables.js';
import { openStore } from '../src/store/open.js';
import { writeIngestCorpus } from './ingest-corpus.js';

/**
 * npm run bench (ingest lines): documents/s and events/s of `readout ingest` into SQLite and PostgreSQL, on a
 * generated corpus (BENCH_INGEST_DOCUMENTS, at least 10,000), with peak memory. Each measurement runs in a process
 * of its own, once on a quarter of the corpus and once on all of it: peak memory must not grow with the corpus,
 * because ingest streams. PostgreSQL (BENCH_PG, else the local server) is skipped with a reason when it does not
 * answer. One JSON line per measurement.
 */
const DOCUMENTS = Math.max(10_000, Number(process.env.BENCH_INGEST_DOCUMENTS ?? 10_000));
const PG_URL = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const SELF = fileURLToPath(import.meta.url);
const mib = (b: number) => Math.round((b / 1048576) * 10) / 10;

if (process.argv[2] === '--measure') {
  await measure(process.argv[3]!, process.argv[4]!);
} else {
  await main();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-ingest-'));
  try {
    const tables = loadActorTables(dataDir());
    const sizes = [Math.floor(DOCUMENTS / 4), DOCUMENTS];
    for (const size of sizes) await writeIngestCorpus(join(dir, `corpus-${size}`), size, tables);
    const postgres = await postgresSchemas();
    for (const store of ['sqlite', 'postgres'] as const) {
      if (store === 'postgres' && typeof postgres === 'string') {
        console.log(JSON.stringify({ bench: 'ingest', store, skipped: postgres }));
        continue;
      }
      for (const size of sizes) {
        const db = typeof postgres === 'string' || store === 'sqlite' ? join(dir, `bench-${size}.db`) : await postgres.create(size);
        const line = execFileSync(process.execPath, ['--expose-gc', SELF, '--measure', join(dir, `corpus-${size}`), db], { encoding: 'utf8', maxBuffer: 1 << 24 });
        console.log(JSON.stringify({ bench: 'ingest', store, ...JSON.parse(line) }));
      }
    }
    if (typeof postgres !== 'string') await postgres.dropAll();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One ingest of a corpus into a fresh store, in this process; prints one JSON object. */
async function measure(corpus: string, db: string): Promise<void> {
  const readout = new Readout();
  const store = await openStore(db);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const summary = await ingest([corpus], { store, engine: () => readout });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  await store.close();
  console.log(JSON.stringify({
    machine: `${cpus()[0]?.model ?? 'unknown cpu'} (${cpus().length} cores, one used), node ${process.version}`,
    documents: summary.documents,
    sentences: summary.sentences,
    events: summary.events,
    rejected: summary.rejected.length,
    seconds: Math.round(seconds * 100) / 100,
    cpu_seconds: Math.round(((cpu.user + cpu.system) / 1e6) * 100) / 100,
    documents_per_second: Math.round(summary.documents / seconds),
    events_per_second: Math.round(summary.events / seconds),
    peak_rss_mib: mib(process.resourceUsage().maxRSS * 1024),
  }));
}

interface BenchSchemas {
  create(size: number): Promise<string>;
  dropAll(): Promise<void>;
}

/** Schemas in the PostgreSQL bench database, one per measurement, dropped at the end; or why PostgreSQL is skipped. */
async function postgresSchemas(): Promise<BenchSchemas | string> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (err) {
    return `PostgreSQL not reachable at ${PG_URL} (${(err as Error).message})`;
  }
  const made: string[] = [];
  return {
    async create(size) {
      const schema = `readout_bench_${process.pid}_${size}`;
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
      made.push(schema);
      const url = new URL(PG_URL);
      url.searchParams.set('schema', schema);
      return url.toString();
    },
    async dropAll() {
      for (const schema of made) await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}
