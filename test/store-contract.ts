import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodedEvent, DatePrecision } from '../src/model/event.js';
import type { NewDocument, Store } from '../src/store/store.js';

/**
 * The contract every Store implementation keeps, run against each of them in a few lines (as Hono runs one router
 * suite against all its routers): src/store/sqlite-store.test.ts and src/store/postgres-store.test.ts.
 */
export interface StoreFixture {
  /** Opens (or reopens) the fixture's database. */
  open(): Promise<Store>;
  /** Removes the database. */
  drop(): Promise<void>;
}

export function runStoreContract(name: string, newFixture: () => Promise<StoreFixture>): void {
  describe(`Store contract: ${name}`, () => {
    let fixture: StoreFixture;
    let store: Store;
    beforeEach(async () => {
      fixture = await newFixture();
      store = await fixture.open();
    });
    afterEach(async () => {
      await store.close();
      await fixture.drop();
    });

    it('starts empty', async () => {
      expect(await store.stats()).toEqual({ documents: 0, sentences: 0, events: 0, stories: 0, actors: 0 });
      expect(await collect(store.events())).toEqual([]);
    });

    it('gives back every field of the event format as it was stored', async () => {
      const doc = document('a', [meeting('a', { date: '2024-05-16' }), sanction('a')]);
      expect(await store.addDocuments([doc])).toEqual({ documents: 1, sentences: 2, events: 2 });
      const stored = await collect(store.events());
      expect(stored.map((s) => s.event)).toEqual(doc.events);
      expect(stored[0]!.document).toEqual({ url: 'https://news.example/a', published: '2024-05-17', leadSentence: 1, source: 'a.txt' });
      expect(await store.stats()).toEqual({ documents: 1, sentences: 2, events: 2, stories: 2, actors: 4 });
    });

    it('stores a content once: re-adding it, or repeating it in a batch, is a no-op', async () => {
      expect((await store.addDocuments([document('a', [meeting('a')]), document('a', [meeting('a')])])).documents).toBe(1);
      expect(await store.storedHashes([hash('a'), hash('b')])).toEqual(new Set([hash('a')]));
      const before = await store.stats();
      expect(await store.addDocuments([document('a', [meeting('a')])])).toEqual({ documents: 0, sentences: 0, events: 0 });
      expect(await store.stats()).toEqual(before);
    });

    it('keeps what was committed across closing and reopening, and migrates only once', async () => {
      await store.addDocuments([document('a', [meeting('a')])]);
      await store.close();
      store = await fixture.open();
      expect((await store.stats()).documents).toBe(1);
      await store.addDocuments([document('b', [meeting('b')])]);
      expect((await collect(store.events())).map((e) => e.id)).toEqual([1, 2]);
    });

    it('rolls a failing batch back whole, and hands out no ids for it', async () => {
      const broken = document('bad', [meeting('bad')]);
      const twice = { ...broken, sentences: [...broken.sentences, broken.sentences[0]!] };
      await expect(store.addDocuments([document('a', [meeting('a')]), twice])).rejects.toThrow();
      expect(await store.stats()).toEqual({ documents: 0, sentences: 0, events: 0, stories: 0, actors: 0 });
      await store.addDocuments([document('b', [meeting('b')])]);
      const [only] = await collect(store.events());
      expect([only!.id, only!.documentId]).toEqual([1, 1]);
    });

    it('groups mentions of one happening into a story, with mention counts', async () => {
      await store.addDocuments([document('a', [meeting('a', { date: '2024-05-16' })])]);
      await store.addDocuments([document('b', [meeting('b', { date: '2024-05-17' }), meeting('b', { date: '2024-05-17', sentence: 0 })])]);
      await store.addDocuments([document('c', [meeting('c', { date: '2024-05-25' })])]);
      const stories = await collect(store.stories());
      expect(stories.map((s) => [s.story, s.mentions, s.documents, s.firstDate, s.lastDate])).toEqual([
        ['CHNGOV>RUSGOV/04/2024-05-16', 3, 2, '2024-05-16', '2024-05-17'],
        ['CHNGOV>RUSGOV/04/2024-05-25', 1, 1, '2024-05-25', '2024-05-25'],
      ]);
      expect(stories[0]!.event.doc).toBe('a.txt');
    });

    it('merges two stories that a later mention bridges, whatever the order of arrival', async () => {
      const days = ['2024-05-10', '2024-05-14', '2024-05-12'];
      for (const [i, date] of days.entries()) await store.addDocuments([document(`d${i}`, [meeting(`d${i}`, { date })])]);
      const stories = await collect(store.stories());
      expect(stories.map((s) => [s.story, s.mentions])).toEqual([['CHNGOV>RUSGOV/04/2024-05-10', 3]]);
      expect(new Set((await collect(store.events())).map((e) => e.story))).toEqual(new Set(['CHNGOV>RUSGOV/04/2024-05-10']));
    });

    it('keeps apart other dyads, directions, root codes, months and undated mentions of other documents', async () => {
      await store.addDocuments([
        document('a', [
          meeting('a', { date: '2024-05-16' }),
          meeting('a', { date: '2024-05-16', reverse: true }),
          sanction('a', { date: '2024-05-16' }),
          meeting('a', { date: '2024-05', precision: 'month' }),
          meeting('a', { date: null, precision: null }),
        ]),
        document('b', [meeting('b', { date: '2024-05', precision: 'month' }), meeting('b', { date: null, precision: null })]),
      ]);
      const stories = await collect(store.stories());
      expect(stories.map((s) => [s.story, s.mentions]).sort()).toEqual([
        ['CHNGOV>RUSGOV/04/2024-05', 2],
        ['CHNGOV>RUSGOV/04/2024-05-16', 1],
        ['CHNGOV>RUSGOV/04/undated/doc1', 1],
        ['CHNGOV>RUSGOV/04/undated/doc2', 1],
        ['RUSGOV>CHNGOV/04/2024-05-16', 1],
        ['USA>CHN/16/2024-05-16', 1],
      ]);
    });

    it('filters by date, actor, country and code, on raw events and on stories', async () => {
      await store.addDocuments([
        document('a', [meeting('a', { date: '2024-05-16' }), sanction('a', { date: '2024-06-02' })]),
        document('b', [meeting('b', { date: '2024-05', precision: 'month' })]),
      ]);
      const codes = async (filter: Parameters<Store['events']>[0]) => (await collect(store.events(filter))).map((e) => e.event.code);
      expect(await codes({ from: '2024-06-01' })).toEqual(['163']);
      expect(await codes({ to: '2024-05-10' })).toEqual(['040']);
      expect(await codes({ from: '2024-05-20', to: '2024-05-31' })).toEqual(['040']);
      expect(await codes({ actors: ['usa'] })).toEqual(['163']);
      expect(await codes({ actors: ['Wang Yi'] })).toEqual(['040', '040']);
      expect(await codes({ countries: ['rus'] })).toEqual(['040', '040']);
      expect(await codes({ codes: ['16'] })).toEqual(['163']);
      expect(await codes({ codes: ['04', '163'], countries: ['CHN'], from: '2024-05-01', to: '2024-05-31' })).toEqual(['040', '040']);
      expect((await collect(store.stories({ codes: ['04'] }))).map((s) => s.mentions)).toEqual([1, 1]);
    });

    it('pages events newest first, undated last, with the total of the filter', async () => {
      await store.addDocuments([
        document('a', [meeting('a', { date: '2024-05-16' }), sanction('a', { date: '2024-06-02' })]),
        document('b', [meeting('b', { date: null, precision: null }), meeting('b', { date: '2024-04-01', reverse: true })]),
      ]);
      const page = await store.queries.eventPage({}, { limit: 2, offset: 0 });
      expect(page.total).toBe(4);
      expect(page.events.map((e) => e.event.date)).toEqual(['2024-06-02', '2024-05-16']);
      const rest = await store.queries.eventPage({}, { limit: 2, offset: 2 });
      expect(rest.events.map((e) => e.event.date)).toEqual(['2024-04-01', null]);
      expect(rest.events[0]).toMatchObject({ title: '标题b', language: 'zh', documentId: 2 });
      expect((await store.queries.eventPage({}, { limit: 2, offset: 4 })).events).toEqual([]);
    });

    it('filters pages by dyad either way, quad class, language, modality and sentence words', async () => {
      const negated = { ...sanction('b', { date: '2024-06-03' }), modality: 'negated' as const };
      await store.addDocuments([
        document('a', [meeting('a', { date: '2024-05-16' }), sanction('a', { date: '2024-06-02' })]),
        { ...document('b', [meeting('b', { date: '2024-04-01', reverse: true }), negated]), language: 'en' },
      ]);
      const codes = async (filter: Parameters<Store['events']>[0]) => (await store.queries.eventPage(filter!, { limit: 10, offset: 0 })).events.map((e) => `${e.event.code}/${e.event.source.country}`);
      expect(await codes({ dyad: ['RUS', 'chn'] })).toEqual(['040/CHN', '040/RUS']);
      expect(await codes({ quads: [4] })).toEqual(['163/USA', '163/USA']);
      expect(await codes({ languages: ['en'] })).toEqual(['163/USA', '040/RUS']);
      expect(await codes({ modalities: ['negated'] })).toEqual(['163/USA']);
      expect(await codes({ text: '拉夫罗夫' })).toHaveLength(4);
      expect(await codes({ text: '100%' })).toEqual([]);
      expect((await store.queries.eventPage({ dyad: ['USA', 'CHN'], modalities: ['asserted'] }, { limit: 10, offset: 0 })).total).toBe(1);
    });

    it('counts events per dyad and month, and sums up a filter', async () => {
      await store.addDocuments([
        document('a', [meeting('a', { date: '2024-05-16' }), sanction('a', { date: '2024-06-02' }), meeting('a', { date: '2024', precision: 'year' })]),
        document('b', [meeting('b', { date: '2024-05', precision: 'month' }), meeting('b', { date: null, precision: null })]),
      ]);
      expect(await store.queries.dyadMonths({})).toEqual([
        { source: 'CHN', target: 'RUS', month: '2024-05', events: 2, goldstein: 1 },
        { source: 'USA', target: 'CHN', month: '2024-06', events: 1, goldstein: -8 },
      ]);
      const summary = await store.queries.summary({ countries: ['CHN'] });
      expect(summary).toEqual({
        events: 5,
        languages: { zh: 5 },
        byMonth: [
          { month: '2024-05', quadClass: 1, events: 2 },
          { month: '2024-06', quadClass: 4, events: 1 },
        ],
        topCodes: [
          { code: '040', events: 4, goldstein: 1 },
          { code: '163', events: 1, goldstein: -8 },
        ],
        firstDate: '2024-01-01',
        lastDate: '2024-12-31',
      });
      expect((await store.queries.summary({ codes: ['16'] })).events).toBe(1);
    });

    it('lists actors by how often they appear, and documents with their sentences and events', async () => {
      await store.addDocuments([document('a', [meeting('a'), sanction('a')]), document('b', [meeting('b')])]);
      const actors = await store.queries.actorCounts({ limit: 10 });
      expect(actors.map((a) => [a.name, a.events])).toEqual([['Wang Yi', 2], ['Sergey Lavrov', 2], ['China', 1], ['United States', 1]]);
      expect((await store.queries.actorCounts({ text: 'wang', limit: 10 })).map((a) => a.code)).toEqual(['CHNGOV']);
      expect((await store.queries.actorCounts({ country: 'usa', limit: 10 })).map((a) => a.name)).toEqual(['United States']);
      const listing = await store.queries.documentPage({ limit: 1, offset: 0 });
      expect(listing).toEqual({ total: 2, documents: [{ id: 2, title: '标题b', published: '2024-05-17', language: 'zh', events: 1 }] });
      const doc = await store.queries.document(1);
      expect(doc).toMatchObject({ id: 1, title: '标题a', url: 'https://news.example/a', source: 'a.txt', text: '标题a\n王毅会见拉夫罗夫。' });
      expect(doc!.sentences.map((s) => s.section)).toEqual(['headline', 'body']);
      expect(doc!.events.map((e) => e.event.code)).toEqual(['040', '163']);
      expect(await store.queries.document(99)).toBeNull();
      expect(await store.queries.documentByHash(hash('b'))).toEqual({ id: 2, events: 1 });
      expect(await store.queries.documentByHash(hash('c'))).toBeNull();
    });

    it('streams: a reader that stops early leaves the store usable', async () => {
      await store.addDocuments(Array.from({ length: 30 }, (_, i) => document(`n${i}`, [meeting(`n${i}`, { date: `2024-01-${String(i + 1).padStart(2, '0')}` })])));
      for await (const e of store.events()) if (e.id === 3) break;
      expect((await collect(store.events({ from: '2024-01-30' }))).length).toBe(1);
      expect((await store.stats()).events).toBe(30);
    });
  });
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const hash = (name: string) => createHash('sha256').update(name).digest('hex');

function document(name: string, events: CodedEvent[]): NewDocument {
  const text = `标题${name}\n王毅会见拉夫罗夫。`;
  return {
    contentHash: hash(name),
    source: `${name}.txt`,
    url: `https://news.example/${name}`,
    externalId: null,
    title: `标题${name}`,
    published: '2024-05-17',
    language: 'zh',
    encoding: 'utf-8',
    script: null,
    leadSentence: 1,
    text,
    sentences: [
      { index: 0, start: 0, end: 2 + name.length, section: 'headline', text: `标题${name}` },
      { index: 1, start: 3 + name.length, end: text.length, section: 'body', text: '王毅会见拉夫罗夫。' },
    ],
    events,
  };
}

interface EventOptions {
  date?: string | null;
  precision?: DatePrecision | null;
  reverse?: boolean;
  sentence?: number;
}

function meeting(name: string, o: EventOptions = {}): CodedEvent {
  const wang = { code: 'CHNGOV', country: 'CHN', name: 'Wang Yi', text: '王毅', role: 'Minister of Foreign Affairs', resolution: 'person 王毅 → Wang Yi' };
  const lavrov = { code: 'RUSGOV', country: 'RUS', name: 'Sergey Lavrov', text: '拉夫罗夫', role: 'Minister of Foreign Affairs', resolution: 'person 拉夫罗夫 → Sergey Lavrov' };
  return event(name, o, { source: o.reverse ? lavrov : wang, target: o.reverse ? wang : lavrov, code: '040', root: '04', quad_class: 1, goldstein: 1, plover: 'CONSULT', trigger: '会见' });
}

function sanction(name: string, o: EventOptions = {}): CodedEvent {
  return event(name, o, {
    source: { code: 'USA', country: 'USA', name: 'United States', text: '美国', resolution: 'state 美国 → United States' },
    target: { code: 'CHN', country: 'CHN', name: 'China', text: '中国', resolution: 'state 中国 → China' },
    code: '163', root: '16', quad_class: 4, goldstein: -8, plover: 'SANCTION', trigger: '制裁',
  });
}

function event(name: string, o: EventOptions, fields: Pick<CodedEvent, 'source' | 'target' | 'code' | 'root' | 'quad_class' | 'goldstein' | 'plover' | 'trigger'>): CodedEvent {
  const sentence = o.sentence ?? 1;
  return {
    doc: `${name}.txt`,
    sentence_index: sentence,
    sentence: sentence === 0 ? `标题${name}` : '王毅会见拉夫罗夫。',
    span: sentence === 0 ? [0, 2 + name.length] : [3 + name.length, 3 + name.length + 9],
    ...fields,
    date: o.date === undefined ? '2024-05-16' : o.date,
    date_precision: o.precision === undefined ? 'day' : o.precision,
    date_text: o.date === undefined ? '16日' : null,
    location: o.reverse ? null : { name: 'Beijing', country: 'CHN' },
    modality: 'asserted',
    rule: 'zh/meet/会见',
    section: sentence === 0 ? 'headline' : 'body',
    explanation: 'subject 王毅',
  };
}
