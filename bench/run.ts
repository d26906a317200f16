import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import { Readout } from '../src/engine.js';
import { buildZhCorpus } from './corpus.js';

/**
 * npm run bench: throughput and memory of the coder on this machine, one core (Node runs the coder on one
 * thread). Prints one JSON line per measurement so that runs can be compared.
 */
const SENTENCES = Number(process.env.BENCH_SENTENCES ?? 100_000);
const PER_DOCUMENT = 20;

const loadStart = performance.now();
const readout = new Readout();
readout.pack('zh');
const loadMs = performance.now() - loadStart;

const sentences = buildZhCorpus(readout.tables, SENTENCES);
const documents: string[] = [];
for (let i = 0; i < sentences.length; i += PER_DOCUMENT) documents.push(sentences.slice(i, i + PER_DOCUMENT).join('\n'));
const chars = sentences.reduce((n, s) => n + s.length, 0);

// Warm-up, so the JIT has seen the hot paths before timing.
for (const doc of documents.slice(0, 50)) readout.code(doc, { doc: 'warmup', language: 'zh', published: '2024-06-01' });

let events = 0;
let peakRss = process.memoryUsage().rss;
const cpuStart = process.cpuUsage();
const start = performance.now();
for (let i = 0; i < documents.length; i++) {
  events += readout.code(documents[i]!, { doc: `bench-${i}`, language: 'zh', published: '2024-06-01' }).events.length;
  if (i % 200 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - start) / 1000;
// CPU time of this process: on a shared machine it is the fairer measure of one core's throughput.
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

const mib = (b: number) => Math.round((b / 1048576) * 10) / 10;
console.log(JSON.stringify({
  bench: 'zh-code',
  machine: `${cpus()[0]?.model ?? 'unknown cpu'} (${cpus().length} cores, one used), node ${process.version}`,
  lexicon_load_ms: Math.round(loadMs),
  sentences: sentences.length,
  documents: documents.length,
  characters: chars,
  events,
  seconds: Math.round(seconds * 100) / 100,
  cpu_seconds: Math.round(cpuSeconds * 100) / 100,
  sentences_per_second: Math.round(sentences.length / seconds),
  sentences_per_cpu_second: Math.round(sentences.length / cpuSeconds),
  mb_per_second: Math.round((chars * 3) / 1e6 / seconds * 100) / 100,
  peak_rss_mib: mib(peakRss),
}));
