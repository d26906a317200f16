import type { SqlExecutor, SqlValue } from './sql-driver.js';
import { datePeriod, fixedStoryKey, mergeDayStories, STORY_GAP_DAYS, storyPartition, type Interval } from './stories.js';

/** Story keys or partitions per statement; well below both databases' limits on parameters. */
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
  const nearby = await storiesWithinReach(tx, [...dayMentions.values()]);
  for (const [partition, { list }] of dayMentions) {
    for (const group of mergeDayStories(partition, nearby.get(partition) ?? [], list)) {
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

type StoredInterval = Interval & { story: string };

/**
 * The day-lane stories that new mentions could join: of the same partition, within STORY_GAP_DAYS of the days the
 * new mentions cover. One query per CHUNK partitions (a VALUES list joined to stories), not one per partition.
 */
async function storiesWithinReach(tx: SqlExecutor, partitions: readonly { mention: StoryMention; list: Interval[] }[]): Promise<Map<string, StoredInterval[]>> {
  const found = new Map<string, StoredInterval[]>();
  for (let i = 0; i < partitions.length; i += CHUNK) {
    const chunk = partitions.slice(i, i + CHUNK);
    const params = chunk.flatMap(({ mention, list }) => [
      mention.sourceCode, mention.targetCode, mention.root,
      Math.min(...list.map((m) => m.firstDay)) - STORY_GAP_DAYS,
      Math.max(...list.map((m) => m.lastDay)) + STORY_GAP_DAYS,
    ]);
    const rows = await tx.all<{ story: string; source_code: string; target_code: string; root: string; first_day: number; last_day: number }>(
      `SELECT s.story, s.source_code, s.target_code, s.root, s.first_day, s.last_day
       FROM stories s JOIN (VALUES ${chunk.map(() => '(?, ?, ?, CAST(? AS INTEGER), CAST(? AS INTEGER))').join(', ')}) AS w
         ON s.source_code = w.column1 AND s.target_code = w.column2 AND s.root = w.column3
       WHERE s.lane = 'days' AND s.last_day >= w.column4 AND s.first_day <= w.column5`,
      params,
    );
    for (const r of rows) {
      const partition = storyPartition(r.source_code, r.target_code, r.root);
      const list = found.get(partition) ?? [];
      list.push({ story: r.story, firstDay: Number(r.first_day), lastDay: Number(r.last_day) });
      found.set(partition, list);
    }
  }
  return found;
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
