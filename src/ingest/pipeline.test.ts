import iconv from 'iconv-lite';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../test/store-contract.js';
import { Readout } from '../engine.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { ingest, type IngestSummary } from './pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-ingest-'));
const inputs = join(dir, 'inputs');
const put = (name: string, content: string | Uint8Array) => {
  mkdirSync(join(inputs, name, '..'), { recursive: true });
  writeFileSync(join(inputs, name), content);
};

put('a-utf8.txt', '新华社北京2024年5月16日电\n国家主席习近平16日在北京同俄罗斯总统普京举行会谈。双方签署了联合声明。\n');
put('cn/b-gbk.txt', iconv.encode('新华社北京2024年5月17日电\n外交部长王毅17日在北京会见了美国国务卿布林肯。\n', 'gbk'));
put('tw/c-big5.txt', iconv.encode('中央社台北2024年5月18日電\n國家主席習近平18日在北京會見了法國總統馬克龍。雙方簽署了聯合聲明。\n', 'big5'));
put('d-binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
put('e-empty.txt', '');
put('f-broken.html', '<html><head><title>会谈</title></head><body><div><p>王毅同布林肯通电话。<p>双方就中美关系交换了意见<span></div></tr></body');
put('g-no-text.html', '<html><body><img src="x.png"><script>var a = 1;</script></body></html>');
put('h-wire.jsonl', `${JSON.stringify({ text: '普京同习近平通电话。', published: '2024-05-19' })}\n{"text": oops}\n`);
put('i-photo.png', new Uint8Array([0x89, 0x50]));
put('.git/HEAD', 'ref: refs/heads/main\n');

describe('ingest', () => {
  const engine = new Readout();
  let store: Store;
  let first: IngestSummary;
  let rejectedAsTheyCame: string[];

  beforeAll(async () => {
    store = await openStore(join(dir, 'readout.db'));
    rejectedAsTheyCame = [];
    first = await ingest([inputs], { store, engine: () => engine, onRejected: (err) => rejectedAsTheyCame.push(err.message) });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every readable document and names each rejected input with its reason', async () => {
    expect(first.rejected.map((r) => [r.input.slice(inputs.length + 1), r.reason])).toEqual([
      ['d-binary.txt', 'binary data, not text'],
      ['e-empty.txt', 'empty file'],
      ['g-no-text.html', 'HTML without readable text'],
      ['h-wire.jsonl:2', expect.stringMatching(/^not valid JSON \(/)],
    ]);
    expect(rejectedAsTheyCame).toEqual(first.rejected.map((r) => `${r.input}: ${r.reason}`));
    expect(first.ignored).toBe(1);
    expect(first.documents).toBe(5);
    expect(await store.stats()).toMatchObject({ documents: 5, sentences: first.sentences, events: first.events });
  });

  it('reads documents in a fixed order: names sorted, folders walked in place', async () => {
    const docs = [...new Set((await collect(store.events())).map((e) => e.event.doc.slice(inputs.length + 1)))];
    expect(docs).toEqual(['a-utf8.txt', 'cn/b-gbk.txt', 'f-broken.html', 'h-wire.jsonl:1', 'tw/c-big5.txt']);
  });

  it('decodes GBK and codes it', async () => {
    const events = (await collect(store.events())).filter((e) => e.event.doc.endsWith('b-gbk.txt'));
    expect(events.map((e) => [e.event.source.name, e.event.code, e.event.target.name, e.event.date])).toEqual([['Wang Yi', '040', 'Antony Blinken', '2024-05-17']]);
  });

  it('codes traditional Chinese through its simplified form and keeps the original characters and offsets', async () => {
    const events = (await collect(store.events())).filter((e) => e.event.doc.endsWith('c-big5.txt'));
    expect(events.map((e) => [e.event.source.name, e.event.code, e.event.target.name])).toEqual([
      ['Xi Jinping', '040', 'Emmanuel Macron'],
      ['Xi Jinping', '057', 'Emmanuel Macron'],
    ]);
    const text = iconv.decode(iconv.encode('中央社台北2024年5月18日電\n國家主席習近平18日在北京會見了法國總統馬克龍。雙方簽署了聯合聲明。\n', 'big5'), 'big5');
    for (const { event } of events) expect(text.slice(event.span[0], event.span[1])).toBe(event.sentence);
    expect(events[0]!.event).toMatchObject({ sentence: '國家主席習近平18日在北京會見了法國總統馬克龍。', trigger: '會見', source: { text: '國家主席習近平' } });
    expect(events[1]!.event.trigger).toBe('簽署了聯合聲明');
  });

  it('re-ingesting the same content is a no-op', async () => {
    const stats = await store.stats();
    const exported = JSON.stringify(await collect(store.events()));
    const again = await ingest([inputs], { store, engine: () => engine });
    expect([again.documents, again.sentences, again.events, again.alreadyStored]).toEqual([0, 0, 0, 5]);
    expect(await store.stats()).toEqual(stats);
    expect(JSON.stringify(await collect(store.events()))).toBe(exported);
  });

  it('does not load the engine when everything is already stored', async () => {
    const summary = await ingest([join(inputs, 'a-utf8.txt')], { store, engine: () => { throw new Error('engine loaded'); } });
    expect(summary.alreadyStored).toBe(1);
  });
});
