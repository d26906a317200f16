import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceDocument, SourceItem } from '../source.js';
import { readSource } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function read(path: string): Promise<{ documents: SourceDocument[]; rejected: string[] }> {
  const items: SourceItem[] = [];
  for await (const item of readSource(path)) items.push(item);
  return {
    documents: items.flatMap((i) => ('document' in i ? [i.document] : [])),
    rejected: items.flatMap((i) => ('rejected' in i ? [i.rejected.message] : [])),
  };
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>中俄会谈 - 新闻网</title>
<meta property="og:title" content="中俄举行会谈">
<meta property="article:published_time" content="2024-05-16T23:10:00+08:00">
<link rel="canonical" href="https://news.example/2024/05/16/talks.html"></head>
<body><nav><a href="/">首页</a> <a href="/world">国际</a> <a href="/china">国内</a></nav>
<article><h1>中俄举行会谈</h1>
<p>新华社北京5月16日电 国家主席习近平16日在人民大会堂同俄罗斯总统普京举行会谈。两国元首就双边关系和共同关心的国际地区问题深入交换了意见。</p>
<p>会谈后，两国元首共同签署并发表了关于深化新时代全面战略协作伙伴关系的联合声明，并见证了多项合作文件的签署。</p>
<p>习近平指出，今年是中俄建交75周年。75年来，中俄关系在风雨洗礼中不断发展壮大，经受住了国际风云变幻的考验。</p></article>
<footer>版权所有 © 新闻网 联系我们 广告服务</footer></body></html>`;

describe('HTML', () => {
  it('keeps the main content, one line per paragraph, under the title, with date and URL from the meta tags', async () => {
    const { documents: [doc] } = await read(file('talks.html', PAGE));
    expect(doc!.title).toBe('中俄举行会谈');
    expect(doc!.published).toBe('2024-05-16');
    expect(doc!.url).toBe('https://news.example/2024/05/16/talks.html');
    expect(doc!.text.split('\n')[0]).toBe('中俄举行会谈');
    expect(doc!.text).toContain('\n新华社北京5月16日电 国家主席习近平16日');
    expect(doc!.text).not.toMatch(/首页|版权所有/);
  });

  it('reads malformed HTML leniently, and rejects a page with no text', async () => {
    const broken = await read(file('broken.html', '<html><body><div><p>王毅同布林肯通电话。<p>双方就中美关系交换意见<span></div></tr></body'));
    expect(broken.documents[0]!.text).toContain('王毅同布林肯通电话。\n双方就中美关系交换意见');
    expect((await read(file('empty.html', '<html><head><script>var a=1;</script></head><body><img src=x></body></html>'))).rejected).toEqual([
      `${join(dir, 'empty.html')}: HTML without readable text`,
    ]);
  });
});

describe('JSON Lines', () => {
  it('gives a document per line and rejects bad lines by line number, reading on', async () => {
    const path = file('wire.jsonl', [
      JSON.stringify({ id: 'x1', title: '王毅会见布林肯', text: '外交部长王毅会见了布林肯。', url: 'https://a.example/1', published: '2024-05-16T08:00:00Z', language: 'zh' }),
      '{"text": "unterminated',
      '',
      '[1, 2]',
      JSON.stringify({ title: 'no text' }),
      JSON.stringify({ text: 'Bonjour', language: 'fr' }),
      JSON.stringify({ text: '普京会见了习近平。' }),
    ].join('\n'));
    const { documents, rejected } = await read(path);
    expect(documents.map((d) => [d.source, d.externalId, d.title, d.published, d.language])).toEqual([
      [`${path}:1`, 'x1', '王毅会见布林肯', '2024-05-16', 'zh'],
      [`${path}:7`, null, null, null, null],
    ]);
    expect(documents[0]!.text).toBe('王毅会见布林肯\n\n外交部长王毅会见了布林肯。');
    expect(rejected.map((r) => r.slice(path.length))).toEqual([
      expect.stringMatching(/^:2: not valid JSON \(/),
      ':4: not a JSON object',
      ':5: no "text" (a non-empty string)',
      ":6: language 'fr' is not one of zh, en",
    ]);
  });

  it('splits lines across read chunks, so a long line arrives whole', async () => {
    const long = '王毅会见了布林肯。'.repeat(20_000);
    const path = file('long.jsonl', [JSON.stringify({ text: '一。' }), JSON.stringify({ text: long }), JSON.stringify({ text: '二。' })].join('\r\n'));
    const { documents } = await read(path);
    expect(documents.map((d) => d.text.length)).toEqual([2, long.length, 2]);
  });

  it('rejects a line that is not UTF-8', async () => {
    const path = file('gbk.jsonl', Buffer.concat([Buffer.from('{"text": "'), Buffer.from([0xd6, 0xd0, 0xb9, 0xfa]), Buffer.from('"}\n')]));
    expect((await read(path)).rejected).toEqual([`${path}:1: not valid UTF-8 (JSON Lines must be UTF-8)`]);
  });
});

describe('XML', () => {
  it('reads RSS items with their HTML content, link and date', async () => {
    const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed</title>
      <item><title>王毅会见布林肯</title><link>https://a.example/1</link><pubDate>Thu, 16 May 2024 20:00:00 +0800</pubDate>
        <content:encoded><![CDATA[<p>外交部长王毅16日会见了美国国务卿布林肯。</p><p>双方交换了意见。</p>]]></content:encoded></item>
      <item><title>empty</title></item></channel></rss>`;
    const path = file('feed.rss', rss);
    const { documents, rejected } = await read(path);
    expect(documents.map((d) => [d.source, d.url, d.published, d.text])).toEqual([
      [`${path}#1`, 'https://a.example/1', '2024-05-16', '王毅会见布林肯\n\n外交部长王毅16日会见了美国国务卿布林肯。\n双方交换了意见。'],
    ]);
    expect(rejected).toEqual([`${path}#2: feed item without text`]);
  });

  it('reads Atom entries', async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title>Talks</title><id>urn:1</id><link rel="alternate" href="https://b.example/x"/><published>2024-05-17T01:00:00+08:00</published>
      <content type="html">&lt;p&gt;Wang Yi met Antony Blinken in Beijing.&lt;/p&gt;</content></entry></feed>`;
    const { documents } = await read(file('feed.atom', atom));
    expect(documents.map((d) => [d.url, d.published, d.externalId, d.text])).toEqual([['https://b.example/x', '2024-05-17', 'urn:1', 'Talks\n\nWang Yi met Antony Blinken in Beijing.']]);
  });

  it('reads PETRARCH records as one document per sentence, with its date', async () => {
    const xml = `<Sentences><Sentence date="20080801" id="AFP-1" source="afp" sentence="true"><Text>
      Arnor   met Gondor on Friday.
      </Text><Parse>(ROOT (S (NP (NNP Arnor))))</Parse></Sentence></Sentences>`;
    const path = file('records.xml', xml);
    const { documents } = await read(path);
    expect(documents.map((d) => [d.source, d.published, d.externalId, d.text])).toEqual([[`${path}#AFP-1`, '2008-08-01', 'AFP-1', 'Arnor met Gondor on Friday.']]);
  });

  it('rejects XML that is not well-formed or of another kind, naming it', async () => {
    const bad = file('bad.xml', '<rss><channel><item></channel></rss>');
    expect((await read(bad)).rejected[0]).toMatch(new RegExp(`^${bad}: not well-formed XML \\(line 1: `));
    const other = file('other.xml', '<svg><rect/></svg>');
    expect((await read(other)).rejected).toEqual([`${other}: XML that is neither an RSS/Atom feed nor PETRARCH records`]);
  });
});

describe('other files', () => {
  it('rejects a type ingest does not read', async () => {
    const path = file('photo.png', new Uint8Array([0x89, 0x50]));
    expect((await read(path)).rejected[0]).toMatch(/photo\.png: not a format ingest reads/);
  });
});
