#!/usr/bin/env node
// Document-level scoring of an evaluation set: codes every item with the built engine (npm run build first) and
// compares, per document, the distinct (source country, target country, CAMEO root) triples with the gold's.
// A gold event marked symmetric matches either direction; optional gold events are neither required nor false
// positives; several required gold events with the same dyad and root count once.
// Usage: node eval/score-documents.mjs eval/zh-holdout2 [--details]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Readout } from '../dist/src/engine.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node eval/score-documents.mjs DIR [--details]');
  process.exit(2);
}
const details = process.argv.includes('--details');
const readout = new Readout();
const party = (a) => String(a?.country ?? a?.code ?? '---').slice(0, 3);
// Gold files written with the ISO code of a state whose CAMEO code differs (East Timor: ISO TLS, CAMEO TMP, which
// Readout's tables use) mean the same party. A body of an organisation (the Security Council, USC) is coded as the
// organisation (UNO), as CAMEO codes it (IGOUNO) and as organisations.yaml's parent says. An armed group with a country
// (Hamas, HMS) is scored as that country (PSE), as the party of a coded event is read above.
const CAMEO_FOR_ISO = { TLS: 'TMP' };
const organisations = parse(readFileSync(new URL('../data/actors/organisations.yaml', import.meta.url), 'utf8'));
const parents = Object.fromEntries(organisations.filter((o) => o.parent).map((o) => [o.code, o.parent]));
const countries = Object.fromEntries(organisations.filter((o) => o.country).map((o) => [o.code, o.country]));
const cameo = (code) => CAMEO_FOR_ISO[code] ?? parents[code] ?? countries[code] ?? code;
const matches = (triple, g) => {
  const [s, t, root] = triple.split('>');
  return g.codes.some((c) => c.slice(0, 2) === root) && ((g.source === s && g.target === t) || (g.symmetric && g.source === t && g.target === s));
};
let tp = 0, fp = 0, fn = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  for (const g of gold.events) Object.assign(g, { source: cameo(g.source), target: cameo(g.target) });
  const coded = readout.code(readFileSync(join(dir, gold.document), 'utf8'), { doc: gold.document, published: gold.published.slice(0, 10) });
  const predicted = new Set(coded.events.map((e) => `${party(e.source)}>${party(e.target)}>${e.code.slice(0, 2)}`));
  const required = new Map();
  for (const g of gold.events.filter((e) => e.required)) {
    const key = `${[g.source, g.target].sort().join('-')}/${g.codes.map((c) => c.slice(0, 2)).sort()[0]}`;
    required.set(key, [...(required.get(key) ?? []), g]);
  }
  for (const [key, golds] of required) {
    if ([...predicted].some((p) => golds.some((g) => matches(p, g)))) tp++;
    else { fn++; if (details) console.log(`MISS  ${file} ${key}`); }
  }
  for (const p of predicted) {
    if (!gold.events.some((g) => matches(p, g))) { fp++; if (details) console.log(`EXTRA ${file} ${p}`); }
  }
}
const precision = tp / (tp + fp), recall = tp / (tp + fn);
const r = (x) => Math.round(x * 1000) / 1000;
console.log(JSON.stringify({ documents_dir: dir, tp, fp, fn, precision: r(precision), recall: r(recall), f1: r((2 * precision * recall) / (precision + recall)) }));
