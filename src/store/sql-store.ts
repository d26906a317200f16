import { ErrorCodes, ReadoutError } from '../errors.js';
import { ActorIds, actorKey } from './actor-ids.js';
import { EVENT_COLUMNS, eventRow, eventSelect, readEvent } from './event-rows.js';
import { filterSql } from './filters.js';
import { migrate } from './migrations.js';
import type { EventQueries } from './queries.js';
import { SqlQueries } from './sql-queries.js';
import type { SqlDriver, SqlExecutor } from './sql-driver.js';
import type { Added, EventFilter, NewDocument, Store, StoreStats, StoredEvent, StoredStory } from './store.js';
import { dayToIso } from './stories.js';
import { assignStories, refreshStories } from './story-updates.js';

/** Hashes looked up per statement. */
const HASH_CHUNK = 500;

/** The Store over a SQL driver: the schema, the SQL and the story upkeep are the same for SQLite and PostgreSQL. */
export class SqlStore implements Store {
  private readonly actors = new ActorIds();
  /** Batches committed by this store, and the count at which the planner's statistics are next refreshed. */
  private batches = 0;
  private analyzeAt = 1;

  readonly queries: EventQueries;

  private constructor(private readonly driver: SqlDriver) {
    this.queries = new SqlQueries(driver);
  }

  /** Opens a store on a driver, bringing its schema up to date. `where` names it in errors. */
  static async open(driver: SqlDriver, where: string): Promise<SqlStore> {
    try {
      await migrate(driver, where);
    } catch (err) {
      await driver.close();
      // Not a database, or one Readout cannot use: say which, in one line.
      throw err instanceof ReadoutError ? err : new ReadoutError(ErrorCodes.STORE, `${where}: ${(err as Error).message}`);
    }
    return new SqlStore(driver);
  }

  storedHashes(contentHashes: readonly string[]): Promise<Set<string>> {
    return storedHashes(this.driver, contentHashes);
  }

  async addDocuments(documents: readonly NewDocument[]): Promise<Added> {
    const none: Added = { documents: 0, sentences: 0, events: 0 };
    if (!documents.length) return none;
    let commitActors = () => {};
    const added = await this.driver.writeTransaction(async (tx) => {
      const fresh = await unstored(tx, documents);
      if (!fresh.length) return none;
      const next = await nextIds(tx);
      const docIds = fresh.map(() => next.document++);
      await tx.insert(
        'documents',
        ['id', 'content_hash', 'source', 'url', 'external_id', 'title', 'published', 'language', 'encoding', 'script', 'lead_sentence', 'text'],
        fresh.map((d, i) => [docIds[i]!, d.contentHash, d.source, d.url, d.externalId, d.title, d.published, d.language, d.encoding, d.script, d.leadSentence, d.text]),
      );
      await tx.insert(
        'sentences',
        ['document_id', 'sentence_index', 'span_start', 'span_end', 'section', 'text'],
        fresh.flatMap((d, i) => d.sentences.map((s) => [docIds[i]!, s.index, s.start, s.end, s.section, s.text])),
      );
      const events = fresh.flatMap((d, i) => d.events.map((event) => ({ event, documentId: docIds[i]!, eventId: next.event++ })));
      const actors = await this.actors.resolve(tx, events.flatMap(({ event }) => [event.source, event.target]), next.actor);
      commitActors = actors.commit;
      const stories = await assignStories(
        tx,
        events.map(({ event: e, documentId, eventId }) => ({ eventId, documentId, sourceCode: e.source.code, targetCode: e.target.code, root: e.root, date: e.date, precision: e.date_precision })),
      );
      await tx.insert(
        'events',
        EVENT_COLUMNS,
        events.map(({ event, documentId, eventId }) =>
          eventRow(event, { event: eventId, document: documentId, source: actors.ids.get(actorKey(event.source))!, target: actors.ids.get(actorKey(event.target))! }, stories.keys.get(eventId)!),
        ),
      );
      await refreshStories(tx, stories.touched);
      return { documents: fresh.length, sentences: fresh.reduce((n, d) => n + d.sentences.length, 0), events: events.length };
    });
    commitActors();
    // After 1, 2, 4, 8… batches: the tables' growth is followed at a cost that grows only with its logarithm.
    if (++this.batches >= this.analyzeAt) {
      this.analyzeAt *= 2;
      await this.driver.analyze();
    }
    return added;
  }

  async stats(): Promise<StoreStats> {
    const count = async (table: string) => Number((await this.driver.all<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))[0]!.n);
    return { documents: await count('documents'), sentences: await count('sentences'), events: await count('events'), stories: await count('stories'), actors: await count('actors') };
  }

  async *events(filter: EventFilter = {}): AsyncIterable<StoredEvent> {
    const { where, params } = filterSql(filter, 'e');
    for await (const row of this.driver.stream(`${eventSelect()} ${where} ORDER BY e.id`, params)) yield readEvent(row);
  }

  async *stories(filter: EventFilter = {}): AsyncIterable<StoredStory> {
    const { where, params } = filterSql(filter, 'st');
    const select = eventSelect(
      'st.mentions AS story_mentions, st.documents AS story_documents, st.first_day AS story_first_day, st.last_day AS story_last_day',
      'stories st JOIN events e ON e.id = st.first_event',
    );
    const sql = `${select} ${where} ORDER BY st.first_event`;
    for await (const row of this.driver.stream<Record<string, unknown>>(sql, params)) {
      const first = row['story_first_day'];
      const last = row['story_last_day'];
      yield {
        ...readEvent(row),
        mentions: Number(row['story_mentions']),
        documents: Number(row['story_documents']),
        firstDate: first === null ? null : dayToIso(Number(first)),
        lastDate: last === null ? null : dayToIso(Number(last)),
      };
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

async function storedHashes(db: SqlExecutor, contentHashes: readonly string[]): Promise<Set<string>> {
  const stored = new Set<string>();
  const hashes = [...new Set(contentHashes)];
  for (let i = 0; i < hashes.length; i += HASH_CHUNK) {
    const chunk = hashes.slice(i, i + HASH_CHUNK);
    const rows = await db.all<{ content_hash: string }>(`SELECT content_hash FROM documents WHERE content_hash IN (${chunk.map(() => '?').join(', ')})`, chunk);
    for (const r of rows) stored.add(r.content_hash);
  }
  return stored;
}

/** The documents of a batch that are not stored yet, each content once (the first of a repeated one wins). */
async function unstored(tx: SqlExecutor, documents: readonly NewDocument[]): Promise<NewDocument[]> {
  const stored = await storedHashes(tx, documents.map((d) => d.contentHash));
  const fresh: NewDocument[] = [];
  for (const d of documents) {
    if (stored.has(d.contentHash)) continue;
    stored.add(d.contentHash);
    fresh.push(d);
  }
  return fresh;
}

/** Ids continue from the largest stored: inside the write lock, so every run hands out the same ones. */
async function nextIds(tx: SqlExecutor): Promise<{ document: number; event: number; actor: number }> {
  const max = async (table: string) => Number((await tx.all<{ n: number | null }>(`SELECT MAX(id) AS n FROM ${table}`))[0]?.n ?? 0) + 1;
  return { document: await max('documents'), event: await max('events'), actor: await max('actors') };
}
