import { describe, expect, it } from 'vitest';
import { Readout } from '../../engine.js';
import type { ZhLanguagePack } from './index.js';
import type { Token } from './segment.js';

const readout = new Readout();
const zh = readout.pack('zh') as ZhLanguagePack;
const cut = (text: string): Token[] => zh.segmenter.cut(text);
const words = (text: string): string[] => cut(text).map((t) => t.text);

describe('ZhSegmenter: names from the lexicon stay whole', () => {
  it.each([
    ['拉夫罗夫在莫斯科会见了来访的蒙古国客人。', '拉夫罗夫'],
    ['恩赫巴亚尔表示，蒙方重视同邻国的关系。', '恩赫巴亚尔'],
    ['俄罗斯外长拉夫罗夫同蒙古国安全委员会秘书恩赫巴亚尔通了电话。', '拉夫罗夫'],
    ['俄罗斯外长拉夫罗夫同蒙古国安全委员会秘书恩赫巴亚尔通了电话。', '恩赫巴亚尔'],
  ])('%s keeps %s as one token', (text, name) => {
    expect(words(text)).toContain(name);
  });
});

describe('ZhSegmenter: unknown transliterated names are joined', () => {
  it.each([
    ['乌克兰副外长卡拉什尼科娃抵达华沙。', '卡拉什尼科娃'],
    ['莫斯科州副州长卡拉什尼科娃会见了企业代表。', '卡拉什尼科娃'],
    ['白俄罗斯副总理马克西姆·索科洛夫斯基将访华。', '马克西姆·索科洛夫斯基'],
    ['白俄罗斯副总理伊万·彼得罗夫斯基将访华。', '伊万·彼得罗夫斯基'],
  ])('%s keeps %s as one token', (text, name) => {
    expect(words(text)).toContain(name);
  });

  it('does not glue a joined name to the verb after it', () => {
    const w = words('乌克兰副外长卡拉什尼科娃抵达华沙。');
    expect(w).toEqual(expect.arrayContaining(['乌克兰', '卡拉什尼科娃', '抵达', '华沙']));
  });
});

describe('ZhSegmenter: verb + country abbreviation is split', () => {
  it.each([
    ['泰国总理下月访华，并将出席论坛。', ['访', '华']],
    ['白俄罗斯副总理马克西姆·索科洛夫斯基将访华。', ['访', '华']],
    ['俄总统新闻秘书表示，俄方欢迎访俄的日本代表团。', ['访', '俄']],
  ])('%s', (text, pair) => {
    const w = words(text);
    const at = w.indexOf(pair[0]!);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(w[at + 1]).toBe(pair[1]);
    expect(w).not.toContain(pair.join(''));
  });

  it('splits 访华时 into three tokens', () => {
    const w = words('哈萨克斯坦总统访华时与中方签署了多项协议。');
    const at = w.indexOf('访');
    expect(w.slice(at, at + 3)).toEqual(['访', '华', '时']);
  });
});

describe('ZhSegmenter: compounds of country abbreviations stay one token', () => {
  it.each([
    ['中俄两国外长举行会谈。', '中俄'],
    ['中蒙俄三国领导人举行会晤。', '中蒙俄'],
    ['中蒙俄经济走廊建设取得新进展。', '中蒙俄'],
    ['中美元首在旧金山会晤。', '中美'],
    ['中日韩三国外长举行会谈。', '中日韩'],
    ['美日韩三国防长发表联合声明。', '美日韩'],
  ])('%s has %s', (text, compound) => {
    expect(words(text)).toContain(compound);
  });
});

describe('ZhSegmenter: offsets point into the input', () => {
  it.each([
    '俄罗斯外长拉夫罗夫同蒙古国安全委员会秘书恩赫巴亚尔通了电话。',
    '泰国总理下月访华，并将出席论坛。',
    '  中蒙俄三国领导人 举行会晤， 乌克兰副外长卡拉什尼科娃抵达华沙。',
    '白俄罗斯副总理马克西姆·索科洛夫斯基将于2024年6月访华。',
  ])('%s', (text) => {
    const tokens = cut(text);
    expect(tokens.length).toBeGreaterThan(0);
    let previousEnd = 0;
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(previousEnd);
      // Whitespace survives only before a Chinese word, after another or a closing mark (headline style).
      if (t.text.trim() === '') expect(/[\p{Script=Han}》」』”）]/u.test(text[t.start - 1] ?? '') && /\p{Script=Han}/u.test(text[t.end] ?? '')).toBe(true);
      previousEnd = t.end;
    }
    // Every non-space character of the input is in some token.
    expect(tokens.map((t) => t.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('gives the split halves of 访华 their own offsets', () => {
    const text = '泰国总理下月访华。';
    const tokens = cut(text);
    const fang = tokens.find((t) => t.text === '访')!;
    const hua = tokens.find((t) => t.text === '华')!;
    expect([fang.start, fang.end]).toEqual([6, 7]);
    expect([hua.start, hua.end]).toEqual([7, 8]);
  });
});
