import { eventSelect, readEvent } from './event-rows.js';
import { type FieldLabel, containsPattern, filterSql } from './filters.js';
import type { ActorCount, DocumentSummary, DyadMonth, EventQueries, EventSummary, ListedEvent, Page, StoredDocument } from './queries.js';
import type { SqlExecutor, SqlValue } from './sql-driver.js';
import type { EventFilter, NewSentence } from './store.js';
import { dayToIso } from './stories.js';

const TOP_CODES = 10;

/** Month of an event whose date is at least month-precise; year-precise and undated events have none. */
const MONTH = 'SUBSTR(e.event_date, 1, 7)';
const HAS_MONTH = "LENGTH(e.event_date) >= 7 AND (e.date_precision IS NULL OR e.date_precision <> 'year')";
/** Newest first, undated last (PostgreSQL would put NULLs first in a descending order); SQLite reads it off events_newest. */
const NEWEST_FIRST = 'ORDER BY e.first_day DESC NULLS LAST, e.id DESC';

/** EventQueries in the SQL that SQLite and PostgreSQL share; filter errors name API parameters. */
export class SqlQueries implements EventQueries {
  constructor(
    private readonly db: SqlExecutor,
    private readonly label: FieldLabel = (field) => (field === 'codes' ? 'code' : field),
  ) {}

  async eventPage(filter: EventFilter, page: Page): Promise<{ events: ListedEvent[]; total: number }> {
    const { from, where, params } = this.filtered(filter);
    const [count] = await this.db.all<{ n: unknown }>(`SELECT COUNT(*) AS n ${from} ${where}`, params);
    // Ids first over the tables the filter needs, then the full rows of one page: the wide join runs on a page only.
    const ids = (await this.db.all<{ id: unknown }>(`SELECT e.id ${from} ${where} ${NEWEST_FIRST} LIMIT ? OFFSET ?`, [...params, page.limit, page.offset])).map((r) => Number(r.id));
    if (!ids.length) return { events: [], total: Number(count!.n) };
    const rows = await this.db.all<Record<string, unknown>>(
      `${eventSelect('d.title AS document_title, d.language AS document_language')} WHERE e.id IN (${ids.map(() => '?').join(', ')}) ${NEWEST_FIRST}`,
      ids,
    );
    return { events: rows.map(listed), total: Number(count!.n) };
  }

  async dyadMonths(filter: EventFilter): Promise<DyadMonth[]> {
    const { from, where, params } = this.filtered(filter);
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT e.source_party AS source, e.target_party AS target, ${MONTH} AS month, COUNT(*) AS n, AVG(e.goldstein) AS goldstein
       ${from} ${and(where, HAS_MONTH)} GROUP BY 1, 2, 3 ORDER BY 3, 1, 2`,
      params,
    );
    return rows.map((r) => ({ source: String(r['source']), target: String(r['target']), month: String(r['month']), events: Number(r['n']), goldstein: round(Number(r['goldstein'])) }));
  }

  async summary(filter: EventFilter): Promise<EventSummary> {
    const { from, where, params } = this.filtered(filter, { documents: true });
    const [totals] = await this.db.all<Record<string, unknown>>(`SELECT COUNT(*) AS n, MIN(e.first_day) AS first_day, MAX(e.last_day) AS last_day ${from} ${where}`, params);
    const languages = await this.db.all<Record<string, unknown>>(`SELECT d.language AS language, COUNT(*) AS n ${from} ${where} GROUP BY d.language ORDER BY d.language`, params);
    const months = await this.db.all<Record<string, unknown>>(
      `SELECT ${MONTH} AS month, e.quad_class AS quad_class, COUNT(*) AS n ${from} ${and(where, HAS_MONTH)} GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    const codes = await this.db.all<Record<string, unknown>>(
      `SELECT e.code AS code, COUNT(*) AS n, AVG(e.goldstein) AS goldstein ${from} ${where} GROUP BY e.code ORDER BY COUNT(*) DESC, e.code LIMIT ${TOP_CODES}`,
      params,
    );
    const day = (v: unknown) => (v === null || v === undefined ? null : dayToIso(Number(v)));
    return {
      events: Number(totals!['n']),
      languages: Object.fromEntries(languages.map((r) => [String(r['language']), Number(r['n'])])),
      byMonth: months.map((r) => ({ month: String(r['month']), quadClass: Number(r['quad_class']), events: Number(r['n']) })),
      topCodes: codes.map((r) => ({ code: String(r['code']), events: Number(r['n']), goldstein: round(Number(r['goldstein'])) })),
      firstDate: day(totals!['first_day']),
      lastDate: day(totals!['last_day']),
    };
  }

  async actorCounts(query: { text?: string; country?: string; limit: number }): Promise<ActorCount[]> {
    const clauses: string[] = [];
    const params: SqlValue[] = [];
    if (query.text) {
      clauses.push(`(LOWER(a.name) LIKE ? ESCAPE '\\' OR LOWER(a.code) LIKE ? ESCAPE '\\')`);
      const pattern = containsPattern(query.text);
      params.push(pattern, pattern);
    }
    if (query.country) {
      clauses.push('a.country = ?');
      params.push(query.country.toUpperCase());
    }
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT a.code AS code, a.country AS country, a.name AS name, a.role AS role, n.events AS events
       FROM (SELECT actor, COUNT(*) AS events FROM (SELECT source_actor AS actor FROM events UNION ALL SELECT target_actor AS actor FROM events) sides GROUP BY actor) n
       JOIN actors a ON a.id = n.actor
       ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}
       ORDER BY n.events DESC, a.code, a.name LIMIT ?`,
      [...params, query.limit],
    );
    return rows.map((r) => ({ code: String(r['code']), country: (r['country'] ?? null) as string | null, name: String(r['name']), role: String(r['role']), events: Number(r['events']) }));
  }

  async documentPage(page: Page): Promise<{ documents: DocumentSummary[]; total: number }> {
    const [count] = await this.db.all<{ n: unknown }>('SELECT COUNT(*) AS n FROM documents');
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT d.id, d.title, d.published, d.language, (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) AS events
       FROM documents d ORDER BY (d.published IS NULL), d.published DESC, d.id DESC LIMIT ? OFFSET ?`,
      [page.limit, page.offset],
    );
    return { documents: rows.map(documentSummary), total: Number(count!.n) };
  }

  async document(id: number): Promise<StoredDocument | null> {
    const [d] = await this.db.all<Record<string, unknown>>('SELECT id, title, published, language, url, source, text FROM documents WHERE id = ?', [id]);
    if (!d) return null;
    const sentences = await this.db.all<Record<string, unknown>>(
      'SELECT sentence_index, span_start, span_end, section, text FROM sentences WHERE document_id = ? ORDER BY sentence_index',
      [id],
    );
    const events = await this.db.all<Record<string, unknown>>(`${eventSelect()} WHERE e.document_id = ? ORDER BY e.id`, [id]);
    return {
      id: Number(d['id']),
      title: (d['title'] ?? null) as string | null,
      published: (d['published'] ?? null) as string | null,
      language: String(d['language']),
      url: (d['url'] ?? null) as string | null,
      source: String(d['source']),
      text: String(d['text']),
      sentences: sentences.map(
        (s): NewSentence => ({ index: Number(s['sentence_index']), start: Number(s['span_start']), end: Number(s['span_end']), section: s['section'] as NewSentence['section'], text: String(s['text']) }),
      ),
      events: events.map(readEvent),
    };
  }

  async documentByHash(contentHash: string): Promise<{ id: number; events: number } | null> {
    const [row] = await this.db.all<{ id: unknown; events: unknown }>(
      'SELECT d.id, (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id) AS events FROM documents d WHERE d.content_hash = ?',
      [contentHash],
    );
    return row ? { id: Number(row.id), events: Number(row.events) } : null;
  }

  /** FROM with only the joins the filter (and the caller's columns) need, and the WHERE clause. */
  private filtered(filter: EventFilter, need: { documents?: boolean } = {}): { from: string; where: string; params: SqlValue[] } {
    const { where, params } = filterSql(filter, 'e', this.label);
    const joins = ['FROM events e'];
    if (need.documents) joins.push('JOIN documents d ON d.id = e.document_id');
    return { from: joins.join(' '), where, params };
  }
}

function listed(row: Record<string, unknown>): ListedEvent {
  return { ...readEvent(row), title: (row['document_title'] ?? null) as string | null, language: String(row['document_language']) };
}

function documentSummary(r: Record<string, unknown>): DocumentSummary {
  return { id: Number(r['id']), title: (r['title'] ?? null) as string | null, published: (r['published'] ?? null) as string | null, language: String(r['language']), events: Number(r['events']) };
}

function and(where: string, condition: string): string {
  return where ? `${where} AND ${condition}` : `WHERE ${condition}`;
}

const round = (n: number) => Math.round(n * 100) / 100;
