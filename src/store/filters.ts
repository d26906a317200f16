import { ErrorCodes, InputError } from '../errors.js';
import type { SqlValue } from './sql-driver.js';
import type { EventFilter } from './store.js';
import { datePeriod } from './stories.js';

/**
 * Turns an export filter into a WHERE clause over EVENT_SELECT's aliases. Dates compare against the days an
 * event's date covers (a month-precise event is inside a range that overlaps its month); `days` names the
 * table whose first_day/last_day count (the event's own, or its story's in the deduplicated view).
 */
export function filterSql(filter: EventFilter, days: 'e' | 'st'): { where: string; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  if (filter.from) {
    clauses.push(`${days}.last_day >= ?`);
    params.push(dayOf(filter.from, '--from'));
  }
  if (filter.to) {
    clauses.push(`${days}.first_day <= ?`);
    params.push(dayOf(filter.to, '--to'));
  }
  if (filter.actors?.length) {
    const codes = list(filter.actors.length);
    clauses.push(`(sa.code IN ${codes} OR ta.code IN ${codes} OR LOWER(sa.name) IN ${codes} OR LOWER(ta.name) IN ${codes})`);
    params.push(...filter.actors.map(upper), ...filter.actors.map(upper), ...filter.actors.map(lower), ...filter.actors.map(lower));
  }
  if (filter.countries?.length) {
    const codes = list(filter.countries.length);
    clauses.push(`(sa.country IN ${codes} OR ta.country IN ${codes})`);
    params.push(...filter.countries.map(upper), ...filter.countries.map(upper));
  }
  if (filter.codes?.length) {
    for (const code of filter.codes)
      if (!/^\d{2,4}$/.test(code)) throw new InputError(ErrorCodes.BAD_ARGUMENT, '--code', `'${code}' is not a CAMEO code (2 to 4 digits)`);
    clauses.push(`(${filter.codes.map(() => 'e.code LIKE ?').join(' OR ')})`);
    params.push(...filter.codes.map((c) => `${c}%`));
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function dayOf(date: string, option: string): number {
  const period = /^\d{4}-\d{2}-\d{2}$/.test(date) ? datePeriod(date, 'day') : null;
  if (!period || period.firstDay === null || Number.isNaN(period.firstDay))
    throw new InputError(ErrorCodes.BAD_ARGUMENT, option, `'${date}' is not a date as YYYY-MM-DD`);
  return period.firstDay;
}

const list = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;
const lower = (s: string) => s.toLowerCase();
const upper = (s: string) => s.toUpperCase();
