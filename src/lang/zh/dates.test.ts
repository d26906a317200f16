import { describe, expect, it } from 'vitest';
import { dataDir } from '../../data-dir.js';
import { loadZhData } from './data.js';
import { ZhDateResolver } from './dates.js';

const resolver = new ZhDateResolver(loadZhData(dataDir()).dates);

interface Row {
  text: string;
  published: string;
  date: string;
  precision: string;
  words: string;
}

describe('ZhDateResolver: one date per text', () => {
  const rows: Row[] = [
    { text: '两国外长于2023年9月18日在阿斯塔纳会晤。', published: '2023-09-21', date: '2023-09-18', precision: 'day', words: '2023年9月18日' },
    { text: '二〇二三年九月十八日，两国签署了协议。', published: '2023-09-21', date: '2023-09-18', precision: 'day', words: '二〇二三年九月十八日' },
    { text: '两国外长9月18日在阿斯塔纳会晤。', published: '2023-09-21', date: '2023-09-18', precision: 'day', words: '9月18日' },
    { text: '18日，两国外长在阿斯塔纳会晤。', published: '2023-09-21', date: '2023-09-18', precision: 'day', words: '18日' },
    { text: '今年3月，两国签署了过境运输协定。', published: '2023-09-21', date: '2023-03', precision: 'month', words: '今年3月' },
    { text: '去年两国贸易额增长了两成。', published: '2023-09-21', date: '2022', precision: 'year', words: '去年' },
    { text: '昨天，两国外长通了电话。', published: '2023-09-21', date: '2023-09-20', precision: 'day', words: '昨天' },
    { text: '前天，两国外长通了电话。', published: '2024-03-01', date: '2024-02-28', precision: 'day', words: '前天' },
    // 2023-09-21 is a Thursday: last week starts on Monday 11 September.
    { text: '上周，两国外长通了电话。', published: '2023-09-21', date: '2023-09-11', precision: 'week', words: '上周' },
    { text: '上个月两国举行了联合演习。', published: '2024-01-05', date: '2023-12', precision: 'month', words: '上个月' },
    { text: '近日，两国外长通了电话。', published: '2023-09-21', date: '2023-09-21', precision: 'approximate', words: '近日' },
    // A day in December read in a January article is last year's.
    { text: '12月28日，两国签署了边界协定。', published: '2024-01-05', date: '2023-12-28', precision: 'day', words: '12月28日' },
    { text: '12月，两国签署了边界协定。', published: '2024-01-05', date: '2023-12', precision: 'month', words: '12月' },
    // A day alone past the publication day belongs to the month before.
    { text: '28日，两国签署了边界协定。', published: '2024-03-02', date: '2024-02-28', precision: 'day', words: '28日' },
    { text: '2023年，两国贸易额创新高。', published: '2024-01-05', date: '2023', precision: 'year', words: '2023年' },
    // An announced meeting a few days ahead stays in the year of publication.
    { text: '两国元首将于9月25日举行会晤。', published: '2023-09-21', date: '2023-09-25', precision: 'day', words: '9月25日' },
  ];

  it.each(rows)('$text (published $published) → $date', ({ text, published, date, precision, words }) => {
    const found = resolver.find(text, published);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date, precision, text: words });
    expect(text.slice(found[0]!.at, found[0]!.at + words.length)).toBe(words);
  });
});

describe('ZhDateResolver: no date', () => {
  it.each([
    ['2月30日，两国签署了协议。', '2023-09-21'],
    ['2023年2月29日，两国签署了协议。', '2023-09-21'],
    ['13月5日，两国签署了协议。', '2023-09-21'],
    ['两国签署了协议。', '2023-09-21'],
  ])('%s', (text, published) => {
    expect(resolver.find(text, published)).toEqual([]);
  });

  it('resolves nothing without a publication date', () => {
    expect(resolver.find('昨天，两国外长通了电话。', null)).toEqual([]);
  });

  it.each([
    ['阿尔巴尼斯是2016年以来首位访华的澳大利亚总理。', '2023-11-07'],
    ['美方将取消今年4月以来加征的关税。', '2025-05-12'],
    ['两国签署了《关于2030年前经济合作重点方向发展规划的联合声明》。', '2023-03-22'],
    ['双方同意到2030年将贸易额提高一倍。', '2024-05-16'],
    ['习近平表示，今年是两国建交50周年。', '2023-11-06'],
    ['中方敦促美方在3月1日前撤销有关决定。', '2023-02-20'],
  ])('does not take a span bound, a copula subject or a title as the time of the event: %s', (text, published) => {
    expect(resolver.find(text, published)).toEqual([]);
  });

  it('still reads a day before 前往 (went to)', () => {
    expect(resolver.find('王毅18日前往莫斯科。', '2023-09-21').map((d) => d.date)).toEqual(['2023-09-18']);
  });

  it('does not read a duration as a date', () => {
    expect(resolver.find('两国用了3个月完成谈判。', '2023-09-21')).toEqual([]);
  });
});

describe('ZhDateResolver: several dates', () => {
  it('returns them in text order', () => {
    const found = resolver.find('去年12月两国签署协定，今年3月又举行了会谈。', '2023-09-21');
    expect(found.map((d) => [d.date, d.precision])).toEqual([
      ['2022-12', 'month'],
      ['2023-03', 'month'],
    ]);
  });
});
