import { parseArgs } from 'node:util';
import { dataDir } from '../data-dir.js';
import { ErrorCodes, InputError, ReadoutError } from '../errors.js';
import { CameoTable } from '../model/cameo.js';
import { codeRecord, loadDictionaries, parseRecordsXml, PHOENIX_ENVIRONMENT, type Environment, type PetrarchDictionaries, type PetrarchEvent } from '../petrarch/index.js';
import { readInput } from './read-input.js';
import type { Io } from './run.js';

const USAGE = 'readout petrarch code RECORDS.xml... --dictionaries DIR [--format table|jsonl] [--strict]';

/**
 * readout petrarch code: codes PETRARCH XML records with PETRARCH dictionaries, one line per event. The dictionaries
 * are the files the records file names in `<Environment>`, else PETRARCH's Phoenix set, inside DIR. Malformed
 * dictionary entries are left out with a warning each (--strict stops instead); a record that cannot be coded gets a
 * line on stderr naming the file and line, the others are still coded, and the exit status is then 1.
 */
export function petrarchCommand(argv: string[], io: Io): number {
  const [sub, ...rest] = argv;
  if (sub !== 'code') throw new InputError(ErrorCodes.BAD_ARGUMENT, 'readout petrarch', `${sub ? `unknown subcommand '${sub}'` : 'missing subcommand'}; usage: ${USAGE}`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { dictionaries: { type: 'string' }, format: { type: 'string', default: 'table' }, strict: { type: 'boolean', default: false } },
  });
  const format = values.format;
  if (format !== 'table' && format !== 'jsonl') throw new InputError(ErrorCodes.BAD_ARGUMENT, '--format', `'${format}' is not one of table, jsonl`);
  if (!values.dictionaries) throw new InputError(ErrorCodes.BAD_ARGUMENT, 'readout petrarch code', `--dictionaries DIR is required; usage: ${USAGE}`);
  if (!positionals.length) throw new InputError(ErrorCodes.BAD_ARGUMENT, 'readout petrarch code', `no records file; usage: ${USAGE}`);

  const loaded = new Map<string, PetrarchDictionaries>();
  const dictionariesFor = (environment: Environment): PetrarchDictionaries => {
    const key = JSON.stringify(environment);
    let dictionaries = loaded.get(key);
    if (!dictionaries) {
      dictionaries = loadDictionaries(values.dictionaries!, environment);
      if (values.strict && dictionaries.issues.length) throw dictionaries.issues[0]!;
      for (const issue of dictionaries.issues) io.stderr.write(`readout: warning: ${issue.message}\n`);
      loaded.set(key, dictionaries);
    }
    return dictionaries;
  };

  const rows: { id: string; event: PetrarchEvent }[] = [];
  let failed = 0;
  for (const path of positionals) {
    try {
      const file = parseRecordsXml(readInput(path), path);
      for (const problem of file.problems) io.stderr.write(`readout: ${problem.message}\n`);
      failed += file.problems.length;
      const dictionaries = dictionariesFor(file.environment ?? PHOENIX_ENVIRONMENT);
      for (const record of file.records) {
        if (!record.active) continue;
        const coded = codeRecord(record, dictionaries);
        if ('error' in coded) {
          failed++;
          io.stderr.write(`readout: ${path}:${record.line}: record ${record.id}: ${coded.error}\n`);
          continue;
        }
        for (const event of coded.events) {
          if (format === 'jsonl') io.stdout.write(JSON.stringify({ id: record.id, source: event.source, target: event.target, code: event.code }) + '\n');
          else rows.push({ id: record.id, event });
        }
      }
    } catch (err) {
      if (!(err instanceof ReadoutError) || err.code === ErrorCodes.DATA_FILE) throw err;
      failed++;
      io.stderr.write(`readout: ${err.message}\n`);
    }
  }
  if (format === 'table') io.stdout.write(table(rows));
  return failed ? 1 : 0;
}

function table(rows: { id: string; event: PetrarchEvent }[]): string {
  const cameo = CameoTable.load(dataDir());
  const cells = rows.map(({ id, event }) => [id, event.source, event.code, cameo.get(event.code)?.name ?? '', event.target]);
  const head = ['id', 'source', 'code', 'event', 'target'];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...cells.map((c) => c[i]!.length))));
  const line = (c: string[]) => c.map((x, i) => (x.length > widths[i]! ? `${x.slice(0, widths[i]! - 1)}…` : x.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line), `${rows.length} event${rows.length === 1 ? '' : 's'}`].join('\n') + '\n';
}
