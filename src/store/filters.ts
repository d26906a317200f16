import { ErrorCodes, InputError } from '../errors.js';
import type { SqlValue } from './sql-driver.js';
import type { EventFilter } from './store.js';
import { isRealDate } from '../text/body.js';
import { datePeriod } from './stories.js';

/** How a filter field is named in an error: an option of the CLI (--from) or a parameter of the API (from). */
export type FieldLabel = (field: keyof EventFilter) => string;

const optionLabel: FieldLabel = (field) => `--${field === 'codes' ? 'code' : field}`;

/**
 * Turns an event filter into a WHERE clause over the events table (alias e). Dates compare against
 * the days an event's date covers (a month-precise event is inside a range that overlaps its month); `days`
 * names the table whose first_day/last_day count (the event's own, or its story's in the deduplicated view).
 */
export function filterSql(filter: EventFilter, days: 'e' | 'st', label: FieldLabel = optionLabel): { where: string; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  if (filter.from) {
    clauses.push(`${days}.last_day >= ?`);
    params.push(dayOf(filter.from, label('from')));
  }
  if (filter.to) {
    clauses.push(`${days}.first_day <= ?`);
    params.push(dayOf(filter.to, label('to')));
  }
  if (filter.actors?.length) {
    // The actors table is small: its matching ids first, then the events by the indexes on their actor ids.
    const codes = list(filter.actors.length);
    const named = `SELECT id FROM actors WHERE code IN ${codes} OR LOWER(name) IN ${codes}`;
    clauses.push(`(e.source_actor IN (${named}) OR e.target_actor IN (${named}))`);
    const values = [...filter.actors.map(upper), ...filter.actors.map(lower)];
    params.push(...values, ...values);
  }
  if (filter.countries?.length) {
    const codes = list(filter.countries.length);
    clauses.push(`(e.source_party IN ${codes} OR e.target_party IN ${codes})`);
    params.push(...filter.countries.map(upper), ...filter.countries.map(upper));
  }
  if (filter.dyad) {
    const [a, b] = filter.dyad.map(upper) as [string, string];
    clauses.push('((e.source_party = ? AND e.target_party = ?) OR (e.source_party = ? AND e.target_party = ?))');
    params.push(a, b, b, a);
  }
  if (filter.codes?.length) {
    for (const code of filter.codes)
      if (!/^\d{2,4}$/.test(code)) throw new InputError(ErrorCodes.BAD_ARGUMENT, label('codes'), `'${code}' is not a CAMEO code (2 to 4 digits)`);
    // A prefix as a range of digit strings ('04' ≤ code < '05'), which the index on code serves in both databases.
    clauses.push(`(${filter.codes.map((c) => (nextPrefix(c) ? '(e.code >= ? AND e.code < ?)' : 'e.code >= ?')).join(' OR ')})`);
    params.push(...filter.codes.flatMap((c) => [c, ...(nextPrefix(c) ? [nextPrefix(c)!] : [])]));
  }
  if (filter.quads?.length) {
    clauses.push(`e.quad_class IN ${list(filter.quads.length)}`);
    params.push(...filter.quads);
  }
  if (filter.languages?.length) {
    // The unary plus keeps SQLite from driving the query through the index on document_id: a language takes whole
    // swathes of documents, and any other filter of the query is more selective.
    clauses.push(`+e.document_id IN (SELECT id FROM documents WHERE language IN ${list(filter.languages.length)})`);
    params.push(...filter.languages);
  }
  if (filter.modalities?.length) {
    clauses.push(`e.modality IN ${list(filter.modalities.length)}`);
    params.push(...filter.modalities);
  }
  if (filter.text) {
    // The matching sentences first (one scan of their text), then their events.
    clauses.push(`(e.document_id, e.sentence_index) IN (SELECT document_id, sentence_index FROM sentences WHERE LOWER(text) LIKE ? ESCAPE '\\')`);
    params.push(containsPattern(filter.text));
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function dayOf(date: string, field: string): number {
  if (!isRealDate(date)) throw new InputError(ErrorCodes.BAD_ARGUMENT, field, `'${date}' is not a date as YYYY-MM-DD`);
  return datePeriod(date, 'day').firstDay!;
}

/** A LIKE pattern (with ESCAPE '\\') for values that contain the text, case-insensitively against LOWER(value). */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The first prefix of the same length after this one ('04' → '05', '049' → '050'); none after '99'. */
function nextPrefix(prefix: string): string | null {
  const next = String(Number(prefix) + 1).padStart(prefix.length, '0');
  return next.length > prefix.length ? null : next;
}

const list = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;
const lower = (s: string) => s.toLowerCase();
const upper = (s: string) => s.toUpperCase();
