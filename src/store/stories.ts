import type { DatePrecision } from '../model/event.js';

/**
 * The story rule: which raw events report the same happening. Two events are mentions of one story when they
 * have the same source actor code, the same target actor code and the same CAMEO root code, and
 *   - both have a day-precise date (a day, an approximate day, or a week), and their dates are at most
 *     STORY_GAP_DAYS apart — directly or through other mentions of the story (a story is a run of mentions
 *     with no gap longer than that; a week counts as its seven days);
 *   - or both are dated only to the same month, or only to the same year;
 *   - or neither has a date and both come from the same document.
 * The rule depends only on the set of events, not on the order they arrived in, so a resumed ingest ends with
 * the same stories as an uninterrupted one. A story is named by its dyad, root and first date
 * (CHNGOV>RUSGOV/04/2024-05-16) and stands for its earliest-stored mention in the deduplicated view.
 */
export const STORY_GAP_DAYS = 2;

export type StoryLane = 'days' | 'month' | 'year' | 'undated';

export interface DatePeriod {
  lane: StoryLane;
  /** Days since 1970-01-01 of the first and last day the date covers; null when undated. */
  firstDay: number | null;
  lastDay: number | null;
}

const DAY_MS = 86_400_000;

export function datePeriod(date: string | null, precision: DatePrecision | null): DatePeriod {
  const undated: DatePeriod = { lane: 'undated', firstDay: null, lastDay: null };
  if (!date) return undated;
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || !Number.isInteger(y)) return undated;
  const day = (yy: number, mm: number, dd: number) => Math.floor(Date.UTC(yy, mm - 1, dd) / DAY_MS);
  if (precision === 'year' || m === undefined) return { lane: 'year', firstDay: day(y, 1, 1), lastDay: day(y, 12, 31) };
  if (precision === 'month' || d === undefined) return { lane: 'month', firstDay: day(y, m, 1), lastDay: day(y, m + 1, 0) };
  const first = day(y, m, d);
  return { lane: 'days', firstDay: first, lastDay: precision === 'week' ? first + 6 : first };
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function storyPartition(sourceCode: string, targetCode: string, root: string): string {
  return `${sourceCode}>${targetCode}/${root}`;
}

/** The key of a month, year or undated story: it does not depend on other mentions. */
export function fixedStoryKey(partition: string, period: DatePeriod, date: string | null, documentId: number): string {
  return period.lane === 'undated' ? `${partition}/undated/doc${documentId}` : `${partition}/${date!.slice(0, period.lane === 'year' ? 4 : 7)}`;
}

export interface Interval {
  firstDay: number;
  lastDay: number;
}

/**
 * Day-lane stories of one partition: merges existing stories (intervals with a key) and new mentions (intervals
 * with an id) whose days are at most STORY_GAP_DAYS apart. A story's interval is a gap-free run of mentions, so
 * merging intervals gives the same result as chaining the mentions one by one.
 */
export function mergeDayStories<S extends Interval, M extends Interval>(
  partition: string,
  stories: readonly S[],
  mentions: readonly M[],
): { key: string; interval: Interval; stories: S[]; mentions: M[] }[] {
  type Item = { interval: Interval; story?: S; mention?: M };
  const items: Item[] = [...stories.map((story) => ({ interval: story, story })), ...mentions.map((mention) => ({ interval: mention, mention }))];
  items.sort((a, b) => a.interval.firstDay - b.interval.firstDay || a.interval.lastDay - b.interval.lastDay);
  const merged: { interval: Interval; stories: S[]; mentions: M[] }[] = [];
  for (const item of items) {
    const last = merged[merged.length - 1];
    if (last && item.interval.firstDay <= last.interval.lastDay + STORY_GAP_DAYS) {
      last.interval = { firstDay: last.interval.firstDay, lastDay: Math.max(last.interval.lastDay, item.interval.lastDay) };
    } else {
      merged.push({ interval: { ...item.interval }, stories: [], mentions: [] });
    }
    const group = merged[merged.length - 1]!;
    if (item.story) group.stories.push(item.story);
    if (item.mention) group.mentions.push(item.mention);
  }
  return merged.map((g) => ({ ...g, key: `${partition}/${dayToIso(g.interval.firstDay)}` }));
}
