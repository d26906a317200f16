import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodTypeAny, output } from 'zod';
import { loadDataFile } from './data-file.js';

/** The schemas of one language pack's data folder (data/lang/<language>): the same four kinds for every pack. */
export interface LanguageFileSchemas<P extends ZodTypeAny, G extends ZodTypeAny, D extends ZodTypeAny, F extends ZodTypeAny> {
  page: P;
  grammar: G;
  dates: D;
  pattern: F;
}

export interface LanguageFiles<P, G, D, F> {
  page: P;
  grammar: G;
  dates: D;
  /** One file per event family, in file-name order. */
  patterns: F[];
}

/** Loads and validates page.yaml, grammar.yaml, dates.yaml and patterns/*.yaml of a language pack. */
export function loadLanguageFiles<P extends ZodTypeAny, G extends ZodTypeAny, D extends ZodTypeAny, F extends ZodTypeAny>(
  dataDir: string,
  language: string,
  schemas: LanguageFileSchemas<P, G, D, F>,
): LanguageFiles<output<P>, output<G>, output<D>, output<F>> {
  const dir = join(dataDir, 'lang', language);
  const patternDir = join(dir, 'patterns');
  return {
    page: loadDataFile(join(dir, 'page.yaml'), schemas.page),
    grammar: loadDataFile(join(dir, 'grammar.yaml'), schemas.grammar),
    dates: loadDataFile(join(dir, 'dates.yaml'), schemas.dates),
    patterns: readdirSync(patternDir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => loadDataFile(join(patternDir, f), schemas.pattern)),
  };
}
