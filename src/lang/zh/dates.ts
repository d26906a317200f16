import type { DatePrecision } from '../../model/event.js';
import { isRealDate } from '../../text/body.js';
import type { DatesData } from './data.js';

export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
  text: string;
  /** Offset of the expression in the clause text. */
  at: number;
}

const NUMERALS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NUM = '(\\d{1,4}|[〇零一二两三四五六七八九十]{1,4})';

/** Reads an Arabic or Chinese numeral (十八, 二十, 二〇二三). */
function numeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    return (tens ? NUMERALS[tens] ?? 0 : 1) * 10 + (ones ? NUMERALS[ones] ?? 0 : 0);
  }
  return Number([...s].map((c) => NUMERALS[c] ?? 0).join(''));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Resolves the Chinese date expressions of a clause against the publication date: 2023年9月18日, 9月18日, 18日,
 * 今年3月 (month precision), 去年, 上周, 昨天, 近日 (approximate). Dates without a year that would fall more
 * than a week after publication are taken to be last year's.
 */
export class ZhDateResolver {
  private readonly patterns: { re: RegExp; resolve: (m: RegExpExecArray, pub: Date) => Omit<ResolvedDate, 'text' | 'at'> | null }[];

  /** A cheap first look: most clauses hold no date at all. */
  private readonly mayHoldDate: RegExp;
  private readonly notEventTime: DatesData['not_event_time'];

  constructor(data: DatesData) {
    this.notEventTime = data.not_event_time;
    const words = (r: Record<string, number>) => Object.keys(r).join('|');
    const every = [data.relative_days, data.relative_weeks, data.relative_months, data.relative_years].flatMap((r) => Object.keys(r));
    this.mayHoldDate = new RegExp(`\\d|[〇零一二两三四五六七八九十][年月日号]|${[...every, ...data.approximate].join('|')}`);
    const years = data.relative_years;
    this.patterns = [
      { re: new RegExp(`${NUM}年${NUM}月${NUM}[日号]`, 'g'), resolve: (m) => day(numeral(m[1]!), numeral(m[2]!), numeral(m[3]!)) },
      { re: new RegExp(`(${words(years)})${NUM}月${NUM}[日号]`, 'g'), resolve: (m, pub) => day(pub.getUTCFullYear() + years[m[1]!]!, numeral(m[2]!), numeral(m[3]!)) },
      { re: new RegExp(`${NUM}年${NUM}月(?![\\d日号])`, 'g'), resolve: (m) => month(numeral(m[1]!), numeral(m[2]!)) },
      { re: new RegExp(`(${words(years)})${NUM}月(?![\\d日号])`, 'g'), resolve: (m, pub) => month(pub.getUTCFullYear() + years[m[1]!]!, numeral(m[2]!)) },
      { re: new RegExp(`(?<![\\d年个])${NUM}月${NUM}[日号]`, 'g'), resolve: (m, pub) => recentDay(pub, numeral(m[1]!), numeral(m[2]!)) },
      { re: new RegExp(`(?<![\\d年个])${NUM}月(?![\\d日号份])`, 'g'), resolve: (m, pub) => recentMonth(pub, numeral(m[1]!)) },
      { re: new RegExp(`(?<![\\d月个])${NUM}[日号](?![本元])`, 'g'), resolve: (m, pub) => dayOfRecentMonth(pub, numeral(m[1]!)) },
      { re: /(\d{4})年(?![\d个])/g, resolve: (m) => ({ date: m[1]!, precision: 'year' }) },
      { re: new RegExp(`(${words(years)})(?![\\d一二三四五六七八九十]|个)`, 'g'), resolve: (m, pub) => ({ date: String(pub.getUTCFullYear() + years[m[1]!]!), precision: 'year' }) },
      { re: new RegExp(`(${words(data.relative_months)})`, 'g'), resolve: (m, pub) => shiftMonth(pub, data.relative_months[m[1]!]!) },
      { re: new RegExp(`(${words(data.relative_weeks)})`, 'g'), resolve: (m, pub) => weekOf(pub, data.relative_weeks[m[1]!]!) },
      { re: new RegExp(`(${words(data.relative_days)})`, 'g'), resolve: (m, pub) => shiftDay(pub, data.relative_days[m[1]!]!) },
      { re: new RegExp(`(${data.approximate.join('|')})`, 'g'), resolve: (_m, pub) => ({ date: iso(pub), precision: 'approximate' }) },
    ];
  }

  /**
   * All date expressions of a text that can be the time of its event, earliest first; overlapping matches keep the
   * first (most specific) pattern. Dates that bound a span, are a copula's subject or sit in a 《》 title are
   * recognised (so that no shorter pattern takes their words) but not returned.
   */
  find(text: string, published: string | null): ResolvedDate[] {
    if (!published || !this.mayHoldDate.test(text)) return [];
    const pub = new Date(`${published}T00:00:00Z`);
    const found: ResolvedDate[] = [];
    const taken: [number, number][] = [];
    for (const { re, resolve } of this.patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const from = m.index;
        const to = from + m[0].length;
        if (taken.some(([a, b]) => from < b && to > a)) continue;
        const r = resolve(m, pub);
        if (!r) continue;
        taken.push([from, to]);
        if (this.isEventTime(text, from, to)) found.push({ ...r, text: m[0], at: from });
      }
    }
    return found.sort((a, b) => a.at - b.at);
  }

  private isEventTime(text: string, from: number, to: number): boolean {
    const { before, after, after_except: except } = this.notEventTime;
    if (before.some((w) => text.endsWith(w, from))) return false;
    if (after.some((w) => text.startsWith(w, to)) && !except.some((w) => text.startsWith(w, to))) return false;
    return !insideTitle(text, from);
  }
}

/** Inside 《…》: an opening mark before the position that no closing mark has matched yet. */
function insideTitle(text: string, at: number): boolean {
  return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
}

function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function day(y: number, m: number, d: number): Omit<ResolvedDate, 'text' | 'at'> | null {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return isRealDate(date) ? { date, precision: 'day' } : null;
}

function month(y: number, m: number): Omit<ResolvedDate, 'text' | 'at'> | null {
  return m >= 1 && m <= 12 && y >= 1900 ? { date: `${y}-${pad(m)}`, precision: 'month' } : null;
}

function recentDay(pub: Date, m: number, d: number) {
  const guess = day(pub.getUTCFullYear(), m, d);
  if (!guess) return null;
  const weekAfter = new Date(pub.getTime() + 7 * 86400000);
  return new Date(`${guess.date}T00:00:00Z`) > weekAfter ? day(pub.getUTCFullYear() - 1, m, d) : guess;
}

/** 28日 in an article of 2 March is 28 February: a day alone is in the publication month or the one before. */
function dayOfRecentMonth(pub: Date, d: number) {
  const y = pub.getUTCFullYear();
  const m = pub.getUTCMonth() + 1;
  if (d <= pub.getUTCDate() + 7) return day(y, m, d);
  return m === 1 ? day(y - 1, 12, d) : day(y, m - 1, d);
}

function recentMonth(pub: Date, m: number) {
  if (m < 1 || m > 12) return null;
  const year = m > pub.getUTCMonth() + 1 ? pub.getUTCFullYear() - 1 : pub.getUTCFullYear();
  return month(year, m);
}

function shiftDay(pub: Date, days: number) {
  return { date: iso(new Date(pub.getTime() + days * 86400000)), precision: 'day' as const };
}

function weekOf(pub: Date, weeks: number) {
  const monday = new Date(pub.getTime() - ((pub.getUTCDay() + 6) % 7) * 86400000 + weeks * 7 * 86400000);
  return { date: iso(monday), precision: 'week' as const };
}

function shiftMonth(pub: Date, months: number) {
  const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + months, 1));
  return { date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, precision: 'month' as const };
}
