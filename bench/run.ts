import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import { Readout } from '../src/engine.js';
import { buildEnCorpus, buildZhCorpus } from './corpus.js';

/**
 * npm run bench: throughput and memory of the coders on this machine, one core (Node runs a coder on one thread),
 * on corpora the bench builds from Readout's own tables. One JSON line per measurement so that runs compare.
 * BENCH_SENTENCES sets the Chinese corpus size (default 100,000); the English one is a fifth of it.
 */
const ZH_SENTENCES = Number(process.env.BENCH_SENTENCES ?? 100_000);
const PER_DOCUMENT = 20;
const mib = (b: number) => Math.round((b / 1048576) * 10) / 10;
const machine = `${cpus()[0]?.model ?? 'unknown cpu'} (${cpus().length} cores, one used), node ${process.version}`;

const readout = new Readout();

function measure(language: 'zh' | 'en', sentences: string[]): void {
  const loadStart = performance.now();
  readout.pack(language);
  const loadMs = performance.now() - loadStart;
  const documents: string[] = [];
  for (let i = 0; i < sentences.length; i += PER_DOCUMENT) documents.push(sentences.slice(i, i + PER_DOCUMENT).join('\n'));
  // Warm-up, so the JIT has seen the hot paths before timing.
  for (const doc of documents.slice(0, 50)) readout.code(doc, { doc: 'warmup', language, published: '2024-06-01' });

  let events = 0;
  let peakRss = process.memoryUsage().rss;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < documents.length; i++) {
    events += readout.code(documents[i]!, { doc: `bench-${i}`, language, published: '2024-06-01' }).events.length;
    if (i % 200 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - start) / 1000;
  // CPU time of the process (includes the GC's helper threads, so it can exceed the wall time).
  const cpu = process.cpuUsage(cpuStart);
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  console.log(JSON.stringify({
    bench: `${language}-code`,
    machine,
    pack_load_ms: Math.round(loadMs),
    sentences: sentences.length,
    documents: documents.length,
    events,
    seconds: Math.round(seconds * 100) / 100,
    cpu_seconds: Math.round(((cpu.user + cpu.system) / 1e6) * 100) / 100,
    sentences_per_second: Math.round(sentences.length / seconds),
    peak_rss_mib: mib(peakRss),
  }));
}

measure('zh', buildZhCorpus(readout.tables, ZH_SENTENCES));
measure('en', buildEnCorpus(readout.tables, Math.round(ZH_SENTENCES / 5)));
