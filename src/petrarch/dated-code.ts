/**
 * Actor codes with the dates they hold for, as written in PETRARCH actor dictionaries:
 * `[HRV]`, `[HRV >920115]` (from that day on), `[XXX <010101]` (before that day), `[HOBGOV 20121109-20130119]`
 * (both days included). Dates are YYMMDD or YYYYMMDD; a compound actor is written `[FRO/BIL/SAM]`.
 */
export interface DatedCode {
  /** One code, or several for a compound actor (`FRO/BIL/SAM`). */
  codes: string[];
  /** First and last day the code holds, as YYYYMMDD numbers; null when open. */
  from: number | null;
  to: number | null;
}

/** What is wrong with a `[...]`. A bad date only spoils that restriction; anything else is a syntax error. */
export interface CodeProblem {
  problem: string;
  badDate: boolean;
}

const CODE = /^[A-Z0-9#+\-]+(?:\/[A-Z0-9#+\-]+)*$/;

/**
 * Unrestricted codes, shared: the Phoenix files name the same few thousand codes 50,000 times, and building one
 * object for each would double the time it takes to load them.
 */
const UNRESTRICTED = new Map<string, DatedCode>();

/** Parses the inside of one `[...]`. */
export function parseDatedCode(inside: string): DatedCode | CodeProblem {
  if (CODE.test(inside)) {
    let shared = UNRESTRICTED.get(inside);
    if (!shared) UNRESTRICTED.set(inside, (shared = Object.freeze({ codes: inside.split('/'), from: null, to: null })));
    return shared;
  }
  const match = /^(\S+)\s*(.*)$/.exec(inside.trim().toUpperCase());
  if (!match) return { problem: 'empty code []', badDate: false };
  const code = match[1]!;
  const rest = match[2]!.trim();
  if (!CODE.test(code)) return { problem: `'${code}' is not an actor code`, badDate: false };
  const codes = code.split('/');
  if (!rest) return { codes, from: null, to: null };
  const bound = /^([<>])\s*(\d+)$/.exec(rest);
  const span = /^(\d+)\s*-\s*(\d+)$/.exec(rest);
  if (!bound && !span) return { problem: `'${rest}' is not a date restriction (use <DATE, >DATE or DATE-DATE)`, badDate: /^[\d\s<>-]+$/.test(rest) };
  const days = (bound ? [bound[2]!] : [span![1]!, span![2]!]).map(parseDay);
  const bad = days.find((d): d is string => typeof d === 'string');
  if (bad) return { problem: bad, badDate: true };
  const [first, second] = days as number[];
  if (bound) return bound[1] === '<' ? { codes, from: null, to: first! - 1 } : { codes, from: first!, to: null };
  if (first! > second!) return { problem: `date range ${rest} ends before it starts`, badDate: true };
  return { codes, from: first!, to: second! };
}

/**
 * YYYYMMDD or YYMMDD. In the short form 00–29 are 20xx and 30–99 are 19xx: the Phoenix files (2014) use it for terms
 * of office from 1931 to 2014, and no year between. Returns an error message for anything else.
 */
function parseDay(digits: string): number | string {
  let full: string;
  if (digits.length === 8) full = digits;
  else if (digits.length === 6) full = (Number(digits.slice(0, 2)) < 30 ? '20' : '19') + digits;
  else return `'${digits}' is not a date (YYMMDD or YYYYMMDD)`;
  const month = Number(full.slice(4, 6));
  const day = Number(full.slice(6, 8));
  if (month < 1 || month > 12 || day < 1 || day > 31) return `'${digits}' is not a date (YYMMDD or YYYYMMDD)`;
  return Number(full);
}

/** The codes that hold on a day (YYYYMMDD): the first restriction covering the day, else the unrestricted code. */
export function codesOn(dated: DatedCode[], day: number): string[] | null {
  let fallback: string[] | null = null;
  for (const d of dated) {
    if (d.from === null && d.to === null) fallback ??= d.codes;
    else if ((d.from === null || day >= d.from) && (d.to === null || day <= d.to)) return d.codes;
  }
  return fallback;
}
