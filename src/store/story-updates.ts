import type { SqlExecutor, SqlValue } from './sql-driver.js';
import { datePeriod, fixedStoryKey, mergeDayStories, STORY_GAP_DAYS, storyPartition, type Interval } from './stories.js';

/** Story keys per statement when refreshing; well below both databases' limits on parameters. */
const CHUNK = 300;

export interface StoryMention {
  eventId: number;
  documentId: number;
  sourceCode: string;
  targetCode: string;
  root: string;
  date: string | null;
  precision: Parameters<typeof datePeriod>[1];
}

/**
 * Gives each new mention its story key (see stories.ts for the rule) before its event row is written. Day-lane
 * stories that the new mentions join or bridge are merged: their events move to the merged story's key. Returns
 * the keys per event id and every story key whose row must be refreshed.
 */
export async function assignStories(tx: SqlExecutor, mentions: readonly StoryMention[]): Promise<{ keys: Map<number, string>; touched: Set<string> }> {
  const keys = new Map<number, string>();
  const touched = new Set<string>();
  const dayMentions = new Map<string, { mention: StoryMention; list: (Interval & { eventId: number })[] }>();
  for (const m of mentions) {
    const partition = storyPartition(m.sourceCode, m.targetCode, m.root);
    const period = datePeriod(m.date, m.precision);
    if (period.lane === 'days') {
      const entry = dayMentions.get(partition) ?? { mention: m, list: [] };
      entry.list.push({ eventId: m.eventId, firstDay: period.firstDay!, lastDay: period.lastDay! });
      dayMentions.set(partition, entry);
    } else {
      const key = fixedStoryKey(partition, period, m.date, m.documentId);
      keys.set(m.eventId, key);
      touched.add(key);
    }
  }
  for (const [partition, { mention, list }] of dayMentions) {
    // Only stories within reach of the new mentions can join them.
    const lo = Math.min(...list.map((m) => m.firstDay)) - STORY_GAP_DAYS;
    const hi = Math.max(...list.map((m) => m.lastDay)) + STORY_GAP_DAYS;
    const nearby = await tx.all<{ story: string; first_day: number; last_day: number }>(
      `SELECT story, first_day, last_day FROM stories
       WHERE source_code = ? AND target_code = ? AND root = ? AND lane = 'days' AND last_day >= ? AND first_day <= ?`,
      [mention.sourceCode, mention.targetCode, mention.root, lo, hi],
    );
    const stories = nearby.map((s) => ({ story: s.story, firstDay: Number(s.first_day), lastDay: Number(s.last_day) }));
    for (const group of mergeDayStories(partition, stories, list)) {
      for (const m of group.mentions) keys.set(m.eventId, group.key);
      touched.add(group.key);
      for (const s of group.stories) {
        if (s.story === group.key) continue;
        touched.add(s.story);
        await tx.run('UPDATE events SET story = ? WHERE story = ?', [group.key, s.story]);
      }
    }
  }
  return { keys, touched };
}

/** Rewrites the rows of the given stories from their events: span, first mention and mention counts. */
export async function refreshStories(tx: SqlExecutor, touched: ReadonlySet<string>): Promise<void> {
  const all = [...touched];
  for (let i = 0; i < all.length; i += CHUNK) {
    const chunk: SqlValue[] = all.slice(i, i + CHUNK);
    const marks = chunk.map(() => '?').join(', ');
    await tx.run(`DELETE FROM stories WHERE story IN (${marks})`, chunk);
    await tx.run(
      `INSERT INTO stories (story, source_code, target_code, root, lane, first_day, last_day, first_event, mentions, documents)
       SELECT story, MIN(source_code), MIN(target_code), MIN(root),
         CASE WHEN MIN(date_precision) IS NULL THEN 'undated' WHEN MIN(date_precision) IN ('month', 'year') THEN MIN(date_precision) ELSE 'days' END,
         MIN(first_day), MAX(last_day), MIN(id), COUNT(*), COUNT(DISTINCT document_id)
       FROM events WHERE story IN (${marks}) GROUP BY story`,
      chunk,
    );
  }
}
