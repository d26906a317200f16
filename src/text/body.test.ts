import { describe, expect, it } from 'vitest';
import { dataDir } from '../data-dir.js';
import { Readout } from '../engine.js';
import { loadZhData } from '../lang/zh/data.js';
import { extractBody, isRealDate, type PageRules } from './body.js';

const page = loadZhData(dataDir()).page;
const re = (xs: string[]) => xs.map((x) => new RegExp(x, 'u'));
const rules: PageRules = {
  byline: re(page.byline),
  dateline: re(page.dateline),
  drop: re(page.drop),
  caption: re(page.caption),
  headlineMaxLength: 60,
  sentenceEnd: /[。！？!?；;…]$/u,
};

const PAGE = [
  '蒙古国总统会见俄罗斯外长',
  '草原观察 2024-01-02 10:00:00',
  '12 阅读:345',
  '简介:关注欧亚大陆时事的自媒体作者。',
  '1月1日，蒙古国总统在乌兰巴托会见了来访的俄罗斯外长。',
  '（图为两国官员在会见现场握手）',
  '双方就能源合作交换了意见。',
  '草原观察',
].join('\n');

describe('extractBody', () => {
  const body = extractBody(PAGE, rules);

  it('drops the byline and takes its date and time', () => {
    expect(body.dropped).toContainEqual({ text: '草原观察 2024-01-02 10:00:00', reason: 'byline' });
    expect(body.published).toEqual({ date: '2024-01-02', time: '10:00:00' });
  });

  it.each([
    ['澎湃新闻 2025-04-08 22:20 来源：澎湃新闻综合', '2025-04-08', '22:20'],
    ['澎湃新闻记者 王哲 2025-05-21 21:46 来源：澎湃新闻', '2025-05-21', '21:46'],
  ])('reads a portal byline with reporter and source: %s', (line, date, time) => {
    const portal = extractBody(`国务院总理会见外宾\n${line}\n国务院总理在北京会见了外宾。`, rules);
    expect(portal.published).toEqual({ date, time });
    expect(portal.dropped).toContainEqual({ text: line, reason: 'byline' });
  });

  it.each(['12 阅读:345', '简介:关注欧亚大陆时事的自媒体作者。', '草原观察'])('drops the debris line %s', (line) => {
    expect(body.dropped).toContainEqual({ text: line, reason: 'debris' });
    expect(body.sections.map((s) => s.text)).not.toContain(line);
  });

  it('keeps headline, body paragraphs and caption, each with its kind', () => {
    expect(body.sections.map((s) => [s.kind, s.text])).toEqual([
      ['headline', '蒙古国总统会见俄罗斯外长'],
      ['body', '1月1日，蒙古国总统在乌兰巴托会见了来访的俄罗斯外长。'],
      ['caption', '（图为两国官员在会见现场握手）'],
      ['body', '双方就能源合作交换了意见。'],
    ]);
  });

  it('gives offsets into the original text', () => {
    for (const s of body.sections) expect(PAGE.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps offsets right with indented lines and Windows line ends', () => {
    const text = '  标题在这里\r\n\r\n    第一段正文。\r\n';
    const sections = extractBody(text, rules).sections;
    for (const s of sections) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sections.map((s) => s.kind)).toEqual(['headline', 'body']);
  });

  it.each([
    ['2024-04-09 10:30', '2024-04-09', '10:30'],
    ['2024年4月9日 10:30', '2024-04-09', '10:30'],
    ['发布时间：2024-04-09 10:30', '2024-04-09', '10:30'],
  ])('reads the date off a timestamp line %s', (line, date, time) => {
    const b = extractBody(`标题\n${line}\n正文第一段。`, rules);
    expect(b.published).toEqual({ date, time });
    expect(b.dropped.map((d) => d.text)).toContain(line);
  });

  it('reads the date off an agency dateline and keeps the dateline in the text', () => {
    const b = extractBody('新华社乌兰巴托2024年1月2日电 蒙古国总统会见了俄罗斯外长。', rules);
    expect(b.published).toEqual({ date: '2024-01-02', time: null });
    expect(b.sections).toHaveLength(1);
  });

  it('takes no publication date from an impossible byline date', () => {
    expect(extractBody('标题\n草原观察 2023-02-30 10:00\n正文。', rules).published).toBeNull();
  });
});

describe('isRealDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['2023-13-01', false],
    ['2023-9-1', false],
  ])('%s → %s', (date, real) => expect(isRealDate(date)).toBe(real));
});

describe('Readout.code reads the page', () => {
  it('uses the byline date as publication date and codes no debris', () => {
    const doc = new Readout().code(PAGE, { doc: 'page.txt', language: 'zh' });
    expect(doc.published).toBe('2024-01-02');
    expect(doc.analysis.sentences.map((s) => s.text)).not.toContain('12 阅读:345');
    const caption = doc.analysis.sentences.find((s) => s.text.startsWith('（图为'));
    expect(caption?.section).toBe('caption');
    const meeting = doc.events.find((e) => e.code === '040' && e.section === 'body');
    expect(meeting?.date).toBe('2024-01-01');
  });
});

describe('extractBody: agency datelines', () => {
  it.each([
    ['新华社北京2024年4月9日电 外交部长王毅9日在北京同来访的俄罗斯外长举行会谈。', '2024-04-09', '外交部长王毅9日在北京同来访的俄罗斯外长举行会谈。'],
    ['中新网4月2日电 据外交部网站消息，两国外长通了电话。', null, '据外交部网站消息，两国外长通了电话。'],
    ['（布鲁塞尔/北京综合电）欧盟理事会星期一通过新一轮制裁。', null, '欧盟理事会星期一通过新一轮制裁。'],
    ['【环球网报道】当地时间7月8日，两国签署了协定。', null, '当地时间7月8日，两国签署了协定。'],
  ])('%s', (line, date, text) => {
    const body = extractBody(`标题\n${line}`, rules);
    expect(body.published?.date ?? null).toBe(date);
    const section = body.sections[1]!;
    expect(section.text).toBe(text);
    expect(`标题\n${line}`.slice(section.start, section.end)).toBe(text);
  });
});
