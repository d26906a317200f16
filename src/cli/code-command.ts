import { parseArgs } from 'node:util';
import { ALL_MODALITIES, DEFAULT_MODALITIES } from '../engine.js';
import { ErrorCodes, InputError, ReadoutError } from '../errors.js';
import type { CodedEvent, Modality } from '../model/event.js';
import { toCsv, toJsonl, toTable } from './format.js';
import { readInput } from './read-input.js';
import type { EngineFactory, Io } from './run.js';

/**
 * readout code FILE...: codes each input independently. A bad input (missing, empty, binary, wrong encoding)
 * gets one line on stderr naming it; the other inputs are still coded, and the exit status is 1.
 */
export function codeCommand(argv: string[], io: Io, engine: EngineFactory): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'auto' },
      published: { type: 'string' },
      format: { type: 'string', default: 'table' },
      explain: { type: 'boolean', default: false },
      quad: { type: 'string', default: 'gdelt' },
      modalities: { type: 'string', default: DEFAULT_MODALITIES.join(',') },
    },
  });
  const lang = values.lang;
  if (lang !== 'auto' && lang !== 'zh' && lang !== 'en') throw new InputError(ErrorCodes.BAD_ARGUMENT, '--lang', `'${lang}' is not one of auto, zh, en`);
  const format = values.format;
  if (format !== 'table' && format !== 'jsonl' && format !== 'csv') throw new InputError(ErrorCodes.BAD_ARGUMENT, '--format', `'${format}' is not one of table, jsonl, csv`);
  const quad = values.quad;
  if (quad !== 'gdelt' && quad !== 'icews') throw new InputError(ErrorCodes.BAD_ARGUMENT, '--quad', `'${quad}' is not one of gdelt, icews`);
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))
    throw new InputError(ErrorCodes.BAD_ARGUMENT, '--published', `'${values.published}' is not a date as YYYY-MM-DD`);
  if (!positionals.length) throw new InputError(ErrorCodes.BAD_ARGUMENT, 'readout code', 'no input files (use - for stdin)');

  const readout = engine();
  const modalities = values.modalities === 'all' ? ALL_MODALITIES : (values.modalities.split(',') as Modality[]);
  const unknown = modalities.filter((m) => !ALL_MODALITIES.includes(m));
  if (unknown.length) throw new InputError(ErrorCodes.BAD_ARGUMENT, '--modalities', `'${unknown.join(',')}' is not among ${ALL_MODALITIES.join(', ')} (or all)`);
  const events: CodedEvent[] = [];
  let failed = 0;
  for (const path of positionals) {
    try {
      const text = readInput(path);
      const coded = readout.code(text, { doc: path === '-' ? 'stdin' : path, language: lang, published: values.published ?? null, quadScheme: quad, modalities });
      events.push(...coded.events);
      if (format === 'jsonl') io.stdout.write(toJsonl(coded.events));
    } catch (err) {
      if (!(err instanceof ReadoutError)) throw err;
      failed++;
      io.stderr.write(`readout: ${err.message}\n`);
    }
  }
  if (format === 'table') io.stdout.write(toTable(events, { explain: values.explain, codeName: (c) => readout.cameo.get(c)?.name ?? c }));
  if (format === 'csv') io.stdout.write(toCsv(events));
  return failed ? 1 : 0;
}
