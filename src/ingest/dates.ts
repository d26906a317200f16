import { isRealDate } from '../text/body.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A publication date as YYYY-MM-DD from the forms feeds, pages and archives use: ISO 8601 (2024-05-16T08:00:00+08:00),
 * RFC 822 (Thu, 16 May 2024 08:00:00 +0800), 2024/05/16, 20240516, 2024年5月16日. The day is the one written,
 * in the publisher's time zone, not converted to UTC: that is the day the text's relative dates count from.
 */
export function normaliseDate(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const s = String(value).trim();
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(s);
  if (m) return real(m[1]!, m[2]!, m[3]!);
  m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase());
    return month < 0 ? null : real(m[3]!, String(month + 1), m[1]!);
  }
  m = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase());
    return month < 0 ? null : real(m[3]!, String(month + 1), m[2]!);
  }
  return null;
}

function real(y: string, m: string, d: string): string | null {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}
