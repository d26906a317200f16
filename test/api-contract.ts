import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server/server.js';
import { openStore } from '../src/store/open.js';

/**
 * The API's contract, through a real server on a free port, over HTTP, as the dashboard and scripts use it; run on
 * each store (src/server/server.test.ts).
 */
export interface StoreUnderTest {
  /** The --db argument of a fresh, empty store. */
  db: string;
  drop(): Promise<void>;
}

const TOKEN = 'test-token-1f2e';

const ARTICLES = [
  {
    title: 'Xi and Putin hold talks in Moscow',
    text: 'Chinese President Xi Jinping held talks with Russian President Vladimir Putin in the Kremlin on Tuesday.\nThe two leaders signed a joint statement on deepening their partnership.',
    published: '2023-03-21',
  },
  {
    title: 'U.S. imposes sanctions on Russia after Navalny death',
    text: 'The United States on Friday imposed sanctions on more than 500 Russian targets over the death of opposition politician Alexei Navalny and the war in Ukraine.',
    published: '2024-02-23',
  },
  {
    title: '王毅同拉夫罗夫举行会谈',
    text: '王毅同拉夫罗夫举行会谈\n2023年9月18日，中共中央政治局委员、外交部长王毅在莫斯科同俄罗斯外长拉夫罗夫举行会谈。',
    published: '2023-09-19',
    language: 'zh',
  },
  {
    title: 'China condemns Japan over water release',
    text: 'China on Thursday strongly condemned Japan for starting to discharge treated radioactive water from the Fukushima nuclear plant into the sea.',
    published: '2023-08-24',
  },
];

export function runApiContract(name: string, newStore: () => Promise<StoreUnderTest>): void {
  describe(`API contract: ${name}`, () => {
    let server: RunningServer;
    let under: StoreUnderTest;
    const ids: number[] = [];

    async function api(path: string, init: RequestInit & { json?: unknown; token?: string } = {}) {
      const headers: Record<string, string> = {};
      if (init.json !== undefined) headers['content-type'] = 'application/json';
      if (init.token) headers['authorization'] = `Bearer ${init.token}`;
      const response = await fetch(`${server.url}${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) }, body: init.json === undefined ? init.body : JSON.stringify(init.json) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
    }

    beforeAll(async () => {
      under = await newStore();
      const db = under.db;
      await (await openStore(db)).close();
      server = await startServer({ db, port: 0, host: '127.0.0.1', token: TOKEN, webRoot: null });
      for (const article of ARTICLES) {
        const created = await api('/api/documents', { method: 'POST', json: article, token: TOKEN });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        ids.push(created.body.id);
      }
    }, 60_000);

    afterAll(async () => {
      await server?.close();
      await under?.drop();
    });

    describe('POST /api/documents', () => {
      it('codes and stores a document; the same text again adds nothing', async () => {
        expect(new Set(ids).size).toBe(ARTICLES.length);
        const again = await api('/api/documents', { method: 'POST', json: ARTICLES[0], token: TOKEN });
        expect(again).toMatchObject({ status: 200, body: { id: ids[0], created: false } });
        expect((await api('/api/documents')).body.total).toBe(ARTICLES.length);
      });

      it('answers 401 without the bearer token or with a wrong one, before reading the body', async () => {
        const none = await api('/api/documents', { method: 'POST', json: { text: 'x' } });
        expect(none.status).toBe(401);
        expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect((await api('/api/documents', { method: 'POST', json: { text: 'x' }, token: 'wrong' })).status).toBe(401);
        expect((await api('/api/documents', { method: 'POST', json: { text: 'x' }, token: `${TOKEN}x` })).status).toBe(401);
        expect((await api('/api/documents', { method: 'POST', body: '{not json', headers: { 'content-type': 'application/json' } })).status).toBe(401);
      });

      it.each([
        ['no text', { title: 'x' }, /text/],
        ['text of the wrong type', { text: 5 }, /body\.text: must be string/],
        ['an unknown field', { text: 'Putin met Xi.', author: 'x' }, /unknown parameter 'author'/],
        ['an impossible date', { text: 'Putin met Xi.', published: '2023-02-30' }, /published: '2023-02-30'/],
        ['a date in another form', { text: 'Putin met Xi.', published: '21/03/2023' }, /published/],
        ['blank text', { text: '  \n ' }, /text: is empty/],
        ['binary text', { text: 'PK\u0003\u0004\u0000\u0000' }, /NUL/],
        ['an unknown language', { text: 'Putin met Xi.', language: 'fr' }, /language/],
      ])('answers 400 with the reason for %s', async (_what, json, reason) => {
        const reply = await api('/api/documents', { method: 'POST', json, token: TOKEN });
        expect(reply.status).toBe(400);
        expect(reply.body.error).toMatch(reason);
      });

      it('answers 400 on malformed JSON and 413 on a body over the limit', async () => {
        const malformed = await api('/api/documents', { method: 'POST', body: '{"text": "x"', headers: { 'content-type': 'application/json' }, token: TOKEN });
        expect(malformed.status).toBe(400);
        const huge = await api('/api/documents', { method: 'POST', json: { text: 'a'.repeat(2 * 1024 * 1024) }, token: TOKEN });
        expect(huge.status).toBe(413);
        expect((await api('/api/documents')).body.total).toBe(ARTICLES.length);
      });

      it('answers 403 when the server has no token: writes are disabled', async () => {
        const readOnly = await startServer({ db: under.db, port: 0, token: null, webRoot: null });
        try {
          const response = await fetch(`${readOnly.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer anything' }, body: '{"text":"x"}' });
          expect(response.status).toBe(403);
          expect((await response.json()).error).toMatch(/READOUT_TOKEN/);
        } finally {
          await readOnly.close();
        }
      });
    });

    describe('GET /api/events', () => {
      it('finds the events of a created document, with the fields of the event format', async () => {
        const all = await api('/api/events?limit=500');
        expect(all.status).toBe(200);
        expect(all.body.total).toBe(all.body.events.length);
        for (const id of ids) expect(all.body.events.some((e: { document_id: number }) => e.document_id === id)).toBe(true);
        const sanction = all.body.events.find((e: { code: string }) => e.code.startsWith('16'));
        expect(sanction).toMatchObject({ source: { country: 'USA' }, target: { country: 'RUS' }, document: { title: ARTICLES[1]!.title, language: 'en', published: '2024-02-23' } });
        expect(sanction.event_name).toMatch(/sanction|embargo/i);
      });

      it('pages through the events newest first without repeating or losing one', async () => {
        const all = (await api('/api/events?limit=500')).body;
        const seen: number[] = [];
        for (let offset = 0; offset < all.total; offset += 2) {
          const page = (await api(`/api/events?limit=2&offset=${offset}`)).body;
          expect(page).toMatchObject({ total: all.total, limit: 2, offset });
          seen.push(...page.events.map((e: { id: number }) => e.id));
        }
        expect(seen).toEqual(all.events.map((e: { id: number }) => e.id));
        const dates = all.events.map((e: { date: string | null }) => e.date).filter(Boolean);
        expect(dates).toEqual([...dates].sort().reverse());
      });

      it.each([
        ['dyad=RUS-CHN', (e: Ev) => sameSet([e.source.country, e.target.country], ['CHN', 'RUS'])],
        ['country=JPN', (e: Ev) => e.source.country === 'JPN' || e.target.country === 'JPN'],
        ['quad=4', (e: Ev) => e.quad_class === 4],
        ['quad=1,2', (e: Ev) => e.quad_class <= 2],
        ['code=04', (e: Ev) => e.code.startsWith('04')],
        ['language=zh', (e: Ev) => e.document.language === 'zh'],
        ['from=2024-01-01', (e: Ev) => e.date !== null && e.date >= '2024'],
        ['to=2023-06-30', (e: Ev) => e.date !== null && e.date < '2023-07'],
        ['actor=Xi%20Jinping', (e: Ev) => e.source.name === 'Xi Jinping' || e.target.name === 'Xi Jinping'],
        ['q=fukushima', (e: Ev) => /fukushima/i.test(e.sentence)],
        ['modality=asserted&country=USA', (e: Ev) => e.modality === 'asserted' && [e.source.country, e.target.country].includes('USA')],
      ])('narrows by %s: every event matches, and some do', async (query, matches) => {
        const all = (await api('/api/events?limit=500')).body;
        const some = (await api(`/api/events?limit=500&${query}`)).body;
        expect(some.total).toBeGreaterThan(0);
        expect(some.total).toBeLessThan(all.total);
        expect(some.events.every(matches)).toBe(true);
        expect(some.total).toBe(all.events.filter(matches).length);
      });

      it.each([
        ['limit=0', /limit/],
        ['limit=501', /limit/],
        ['limit=ten', /limit/],
        ['from=2023-13-01', /from/],
        ['from=2024-01-01&to=2023-01-01', /after/],
        ['dyad=CHINA-RUSSIA', /dyad/],
        ['quad=5', /quad/],
        ['code=4a', /code/],
        ['modality=probably', /modality/],
        ['language=de', /language/],
        ['colour=red', /unknown parameter 'colour'/],
      ])('answers 400 for %s', async (query, reason) => {
        const reply = await api(`/api/events?${query}`);
        expect(reply.status).toBe(400);
        expect(reply.body.error).toMatch(reason);
      });
    });

    describe('aggregates and documents', () => {
      it('counts events per dyad and month, agreeing with the event list', async () => {
        const { dyads } = (await api('/api/dyads')).body;
        const events = (await api('/api/events?limit=500')).body.events as Ev[];
        const dated = events.filter((e) => e.date && e.date_precision !== 'year');
        expect(dyads.reduce((n: number, d: { events: number }) => n + d.events, 0)).toBe(dated.length);
        const chnRus = dyads.filter((d: { source: string; target: string }) => sameSet([d.source, d.target], ['CHN', 'RUS']));
        expect(chnRus.map((d: { month: string }) => d.month)).toEqual(expect.arrayContaining(['2023-03', '2023-09']));
        expect((await api('/api/dyads?dyad=USA-RUS')).body.dyads.every((d: { goldstein: number }) => d.goldstein < 0)).toBe(true);
      });

      it('sums up the store and a filter', async () => {
        const stats = (await api('/api/stats')).body;
        expect(stats).toMatchObject({ documents: ARTICLES.length, languages: { en: expect.any(Number), zh: expect.any(Number) } });
        expect(stats.events).toBe((await api('/api/events')).body.total);
        const conflict = (await api('/api/stats?quad=3,4')).body;
        expect(conflict.events).toBe((await api('/api/events?quad=3,4')).body.total);
        expect(conflict.by_month.every((m: { quad_class: number }) => m.quad_class >= 3)).toBe(true);
        expect(conflict.top_codes[0].name).toBeTruthy();
      });

      it('lists actors and the names of countries in both languages', async () => {
        const { actors } = (await api('/api/actors?q=putin')).body;
        expect(actors[0]).toMatchObject({ name: 'Vladimir Putin', country: 'RUS' });
        const { countries } = (await api('/api/countries')).body;
        expect(countries).toEqual(expect.arrayContaining([{ code: 'CHN', kind: 'country', en: 'China', zh: '中国' }]));
      });

      it('gives a document with its sentences and the evidence of each event inside its text', async () => {
        const doc = (await api(`/api/documents/${ids[2]}`)).body;
        expect(doc).toMatchObject({ id: ids[2], language: 'zh', published: '2023-09-19' });
        expect(doc.sentences.map((s: { text: string; start: number; end: number }) => doc.text.slice(s.start, s.end) === s.text)).not.toContain(false);
        expect(doc.events.length).toBeGreaterThan(0);
        for (const e of doc.events) {
          const marked = (role: string) => e.highlights.filter((h: { role: string }) => h.role === role).map((h: { start: number; end: number }) => doc.text.slice(h.start, h.end));
          expect(marked('trigger').join('…')).toBe(e.trigger);
          for (const side of ['source', 'target'] as const) if (e.sentence.includes(e[side].text)) expect(marked(side)).toEqual([e[side].text]);
          for (const h of e.highlights) expect(h.start >= e.span[0] && h.end <= e.span[1]).toBe(true);
        }
        expect((await api('/api/documents/999999')).status).toBe(404);
        expect((await api('/api/documents/abc')).status).toBe(400);
      });

      it('describes itself in OpenAPI and answers unknown routes with 404', async () => {
        const doc = (await api('/api/openapi.json')).body;
        expect(doc.openapi).toMatch(/^3\./);
        expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/events', '/api/dyads', '/api/stats', '/api/actors', '/api/countries', '/api/documents', '/api/documents/{id}']));
        expect(doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['dyad', 'quad', 'q', 'limit']));
        expect((await api('/api/nothing')).status).toBe(404);
        expect((await api('/')).status).toBe(503);
      });
    });
  });
}

interface Ev {
  source: { country: string | null; name: string };
  target: { country: string | null; name: string };
  quad_class: number;
  code: string;
  date: string | null;
  date_precision: string | null;
  modality: string;
  sentence: string;
  document: { language: string };
}

const sameSet = (a: (string | null)[], b: string[]) => a.length === b.length && b.every((x) => a.includes(x));
