import type { DatePrecision } from '../../model/event.js';
import { isRealDate } from '../../text/body.js';
import type { DatesData } from './data.js';

export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
  text: string;
  /** Offset of the expression in the text searched. */
  at: number;
}

/** A date expression found in a sentence, resolved both ways: "on Monday" is last Monday for what happened, next Monday for what will. */
export interface DateExpression {
  text: string;
  at: number;
  past: ResolvedDate;
  future: ResolvedDate;
  /** "the same day": the date already in play, resolved by the caller. */
  sameDay?: boolean;
  /** "since 2018", "by 2030", "until March": a limit of a span, never the time of an event. */
  boundary?: boolean;
}

type Resolution = { date: string; precision: DatePrecision } | null;
type Rule = { re: RegExp; resolve: (m: RegExpExecArray, pub: Date, dir: 'past' | 'future') => Resolution };

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const alternatives = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * Resolves English date expressions against the publication date: "April 9, 2024", "9 April", "April 2024", "in
 * March", "in 2022", "on Monday", "last Friday", "yesterday", "last week", "earlier this month", "recently". A day or
 * month without a year is the latest one before publication for what happened, the next one for what will happen.
 */
export class EnDateResolver {
  private readonly rules: Rule[];
  private readonly sameDay: RegExp;
  /** A boundary word at the start of a date expression or right before it. */
  private readonly boundaryStart: RegExp;
  private readonly boundaryBefore: RegExp;

  constructor(data: DatesData) {
    // An abbreviation (Sept.) may carry a stop; a full name (March) may not, or it would take the sentence's.
    const short = Object.keys(data.months).filter((m) => Object.entries(data.months).some(([n, v]) => v === data.months[m] && n.length > m.length));
    const full = Object.keys(data.months).filter((m) => !short.includes(m));
    const month = `(${alternatives(full)}|(?:${alternatives(short)})\\.?)`;
    const weekday = `(${alternatives(Object.keys(data.weekdays))})`;
    const monthOf = (m: string) => data.months[m.toLowerCase().replace(/\.$/, '')]!;
    const units = alternatives(data.units);
    const season = `(${alternatives(Object.keys(data.seasons))})`;
    this.boundaryStart = new RegExp(`^(?:${alternatives(data.boundary_words)})\\s`, 'i');
    this.boundaryBefore = new RegExp(`\\b(?:${alternatives(data.boundary_words)})\\s+(?:the\\s+(?:end|start|beginning|middle)\\s+(?:of\\s+)?)?$`, 'i');
    this.sameDay = new RegExp(`\\b(?:${alternatives(data.same_day)})\\b`, 'gi');
    this.rules = [
      { re: new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), resolve: (m) => day(+m[3]!, monthOf(m[1]!), +m[2]!) },
      { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month},?\\s+(\\d{4})\\b`, 'gi'), resolve: (m) => day(+m[3]!, monthOf(m[2]!), +m[1]!) },
      { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => day(+m[1]!, +m[2]!, +m[3]!) },
      { re: new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:%|percent|million|billion|\\d))`, 'gi'), resolve: (m, pub, dir) => dayNear(pub, monthOf(m[1]!), +m[2]!, dir) },
      { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month}(?![a-z])`, 'gi'), resolve: (m, pub, dir) => dayNear(pub, monthOf(m[2]!), +m[1]!, dir) },
      { re: new RegExp(`\\b${month}\\s+(\\d{4})\\b`, 'gi'), resolve: (m) => ({ date: `${m[2]}-${pad(monthOf(m[1]!))}`, precision: 'month' }) },
      { re: new RegExp(`\\b(?:in|since|until|by|early|late|mid-?|last|next|this|of)\\s+${month}(?![a-z])`, 'gi'), resolve: (m, pub, dir) => monthNear(pub, monthOf(m[1]!), m[0]!.toLowerCase(), dir) },
      { re: /\b(?:in|since|until|by|during|early|late|mid-?)\s*((?:19|20)\d\d)\b(?!\s*(?:%|percent))/gi, resolve: (m) => ({ date: m[1]!, precision: 'year' }) },
      { re: new RegExp(`\\b(?:the\\s+)?${season}\\s+(?:of\\s+)?((?:19|20)\\d\\d)\\b`, 'gi'), resolve: (m) => ({ date: `${m[2]}-${pad(data.seasons[m[1]!.toLowerCase()]!)}`, precision: 'approximate' }) },
      { re: new RegExp(`\\b(this|next|last|coming|early|late|in\\s+the|during\\s+the|in)\\s+${season}\\b`, 'gi'), resolve: (m, pub, dir) => ({ date: monthNear(pub, data.seasons[m[2]!.toLowerCase()]!, m[1]!.toLowerCase().replace('coming', 'next'), dir)!.date, precision: 'approximate' }) },
      { re: new RegExp(`\\b(?:(last|next|this|on|early|late)\\s+)?${weekday}(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'gi'), resolve: (m, pub, dir) => weekdayNear(pub, data.weekdays[m[2]!.toLowerCase()]!, m[1]?.toLowerCase(), dir) },
      { re: new RegExp(`\\b(${alternatives(Object.keys(data.relative_days))})\\b`, 'gi'), resolve: (m, pub) => shiftDay(pub, data.relative_days[norm(m[1]!)]!) },
      { re: new RegExp(`\\b(${alternatives(Object.keys(data.relative_units))})\\s+(${units})\\b`, 'gi'), resolve: (m, pub) => shiftUnit(pub, m[2]!.toLowerCase(), data.relative_units[norm(m[1]!)]!) },
      { re: new RegExp(`\\b(?:${alternatives(data.approximate)})\\b`, 'gi'), resolve: (_m, pub) => ({ date: iso(pub), precision: 'approximate' }) },
    ];
  }

  /** All date expressions of a text, in text order; where expressions overlap the first rule (most specific) wins. */
  find(text: string, published: string | null): DateExpression[] {
    if (!published) return [];
    const pub = new Date(`${published}T00:00:00Z`);
    const found: DateExpression[] = [];
    const taken: [number, number][] = [];
    const overlaps = (from: number, to: number) => taken.some(([a, b]) => from < b && to > a);
    for (const { re, resolve } of this.rules) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (overlaps(m.index, m.index + m[0].length)) continue;
        const past = resolve(m, pub, 'past');
        const future = resolve(m, pub, 'future');
        if (!past || !future) continue;
        taken.push([m.index, m.index + m[0].length]);
        const boundary = this.boundaryStart.test(m[0]) || this.boundaryBefore.test(text.slice(Math.max(0, m.index - 40), m.index));
        found.push({ text: m[0], at: m.index, past: { ...past, text: m[0], at: m.index }, future: { ...future, text: m[0], at: m.index }, boundary });
      }
    }
    this.sameDay.lastIndex = 0;
    for (let m = this.sameDay.exec(text); m; m = this.sameDay.exec(text)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      const none = { date: '', precision: 'day' as const, text: m[0], at: m.index };
      found.push({ text: m[0], at: m.index, past: none, future: none, sameDay: true });
    }
    return found.sort((a, b) => a.at - b.at);
  }

  /** The expressions that may date an event: all but the boundaries of spans ("since 2016", "by 2030"). */
  eventTimes(text: string, published: string | null): DateExpression[] {
    return this.find(text, published).filter((x) => !x.boundary);
  }

  /** Where date expressions stand in a text, whatever the publication date: they are phrases of their own. */
  spans(text: string): [number, number][] {
    return this.find(text, '2000-01-01').map((d) => [d.at, d.at + d.text.length]);
  }

  /** The first complete date written in a line ("April 9, 2024", "9 April 2024", "2024-04-09"), for bylines. */
  fullDate(line: string): string | null {
    for (const rule of this.rules.slice(0, 3)) {
      rule.re.lastIndex = 0;
      const m = rule.re.exec(line);
      const r = m ? rule.resolve(m, new Date(0), 'past') : null;
      if (r) return r.date;
    }
    return null;
  }
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function day(y: number, m: number, d: number): Resolution {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return isRealDate(date) ? { date, precision: 'day' } : null;
}

/** A day without a year: this year's, unless that is over a week after publication (past) or before it (future). */
function dayNear(pub: Date, m: number, d: number, dir: 'past' | 'future'): Resolution {
  const y = pub.getUTCFullYear();
  const guess = day(y, m, d);
  if (!guess) return null;
  const t = Date.parse(`${guess.date}T00:00:00Z`);
  if (dir === 'past' && t > pub.getTime() + 7 * DAY) return day(y - 1, m, d);
  if (dir === 'future' && t < pub.getTime() - 7 * DAY) return day(y + 1, m, d);
  return guess;
}

/** "in March": this year's March unless that is still to come (past) or gone (future); "last March", "next May". */
function monthNear(pub: Date, m: number, phrase: string, dir: 'past' | 'future'): Resolution {
  const current = pub.getUTCMonth() + 1;
  const modifier = phrase.split(/\s+/)[0];
  let y = pub.getUTCFullYear();
  if (modifier === 'last') y -= m < current ? 0 : 1;
  else if (modifier === 'next') y += m > current ? 0 : 1;
  else if (modifier !== 'this' && dir === 'past' && m > current) y -= 1;
  else if (modifier !== 'this' && dir === 'future' && m < current) y += 1;
  return { date: `${y}-${pad(m)}`, precision: 'month' };
}

/** "on Monday": the latest Monday up to publication for the past, the next from publication on for the future. */
function weekdayNear(pub: Date, weekday: number, modifier: string | undefined, dir: 'past' | 'future'): Resolution {
  const today = ((pub.getUTCDay() + 6) % 7) + 1;
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  if (modifier === 'last') return shiftDay(pub, -(back || 7));
  if (modifier === 'next') return shiftDay(pub, ahead || 7);
  return shiftDay(pub, dir === 'future' ? ahead : -back);
}

function shiftDay(pub: Date, days: number): Resolution {
  return { date: iso(new Date(pub.getTime() + days * DAY)), precision: 'day' };
}

function shiftUnit(pub: Date, unit: string, n: number): Resolution {
  if (unit === 'week') {
    const monday = new Date(pub.getTime() - ((pub.getUTCDay() + 6) % 7) * DAY + n * 7 * DAY);
    return { date: iso(monday), precision: 'week' };
  }
  if (unit === 'month') {
    const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + n, 1));
    return { date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, precision: 'month' };
  }
  return { date: String(pub.getUTCFullYear() + n), precision: 'year' };
}
