import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dataDir } from '../src/data-dir.js';
import { Readout } from '../src/engine.js';
import { ingest } from '../src/ingest/pipeline.js';
import { loadActorTables } from '../src/lexicon/actor-tables.js';
import { openStore } from '../src/store/open.js';
import { startServer } from '../src/server/server.js';
import { writeIngestCorpus } from './ingest-corpus.js';

/**
 * npm run bench (api lines): latency of GET /api/events with filters (and of the aggregates the dashboard asks
 * for) on a SQLite store of at least BENCH_API_EVENTS events (default 100,000), coded from a generated corpus.
 * Requests go one at a time over loopback from this process to the server in the same process, after a warm-up;
 * p50/p95 per query shape, one JSON line each. BENCH_API_DB names a store to fill (or to reuse, when it already
 * holds enough events) instead of a temporary one.
 */
const MIN_EVENTS = Math.max(100_000, Number(process.env.BENCH_API_EVENTS ?? 100_000));
const REQUESTS = Number(process.env.BENCH_API_REQUESTS ?? 200);
/** Events the generated corpus gives per document, measured on it; the corpus is sized from it with a margin. */
const EVENTS_PER_DOCUMENT = 6;
const machine = `${cpus()[0]?.model ?? 'unknown cpu'} (${cpus().length} cores), node ${process.version}`;

const dir = mkdtempSync(join(tmpdir(), 'readout-bench-api-'));
try {
  const db = process.env.BENCH_API_DB ?? join(dir, 'api.db');
  const readout = new Readout();
  const store = await openStore(db);
  let events = (await store.stats()).events;
  let documents = Math.ceil(((MIN_EVENTS - events) / EVENTS_PER_DOCUMENT) * 1.1);
  for (let round = 0; events < MIN_EVENTS; round++) {
    const corpus = join(dir, `corpus-${round}`);
    await writeIngestCorpus(corpus, documents, loadActorTables(dataDir()), 11 + round * 7919);
    events += (await ingest([corpus], { store, engine: () => readout })).events;
    rmSync(corpus, { recursive: true, force: true });
    documents = Math.ceil(((MIN_EVENTS - events) / EVENTS_PER_DOCUMENT) * 1.2) + 1;
  }
  const stats = await store.stats();
  await store.close();

  const server = await startServer({ db, port: 0, token: null, webRoot: null });
  try {
    const countries = ['CHN', 'RUS', 'USA', 'JPN', 'FRA', 'DEU', 'IND', 'BRA'];
    // Actors the store names most, by name, as a user picks them from the actor list.
    const actors = ((await get(`${server.url}/api/actors?limit=8`)) as { actors: { name: string }[] }).actors.map((a) => encodeURIComponent(a.name));
    const shapes: [string, (i: number) => string][] = [
      ['events, first page, no filter', () => '/api/events'],
      ['events, dyad', (i) => `/api/events?dyad=${countries[i % 8]}-${countries[(i + 3) % 8]}`],
      ['events, country + quad class', (i) => `/api/events?country=${countries[i % 8]}&quad=${1 + (i % 4)}`],
      ['events, CAMEO root + month', (i) => `/api/events?code=0${1 + (i % 9)}&from=2024-${pad(1 + (i % 12))}-01&to=2024-${pad(1 + (i % 12))}-28`],
      ['events, text search', (i) => `/api/events?q=${encodeURIComponent(['会谈', '制裁', '访问', '谴责'][i % 4]!)}`],
      ['events, actor + language + modality', (i) => `/api/events?actor=${actors[i % actors.length]}&language=zh&modality=asserted`],
      ['events, deep page', (i) => `/api/events?limit=100&offset=${(i * 997) % Math.max(1, stats.events - 100)}`],
      ['stats, country', (i) => `/api/stats?country=${countries[i % 8]}`],
      ['dyads, no filter', () => '/api/dyads'],
    ];
    for (const [name, url] of shapes) {
      for (let i = 0; i < 5; i++) await get(server.url + url(i));
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < REQUESTS; i++) {
        const start = performance.now();
        const body = await get(server.url + url(i));
        times.push(performance.now() - start);
        // Matches: the total of an event page, the filtered count of stats.
        const answer = body as { total?: number; events?: unknown };
        total += answer.total ?? (typeof answer.events === 'number' ? answer.events : 0);
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
      console.log(JSON.stringify({ bench: 'api', query: name, store: 'sqlite', events_in_store: stats.events, requests: REQUESTS, p50_ms: at(0.5), p95_ms: at(0.95), mean_matches: Math.round(total / REQUESTS), machine }));
    }
  } finally {
    await server.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function get(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
