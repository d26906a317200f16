import { describe, expect, it } from 'vitest';
import { Readout } from '../../engine.js';
import type { ZhLanguagePack } from './index.js';
import { findItems, type Mention } from './mentions.js';

const readout = new Readout();
const zh = readout.pack('zh') as ZhLanguagePack;

function mentions(text: string, date: string | null = '2024-05-10'): Mention[] {
  return findItems(zh.segmenter.cut(text), zh.lexicon, date).mentions;
}

/** The mention whose words include `phrase`; fails the test when there is none. */
function mention(text: string, phrase: string, date?: string | null): Mention {
  const found = mentions(text, date).find((m) => m.text.includes(phrase));
  if (!found) throw new Error(`no mention containing ${phrase} in ${text}: ${mentions(text, date).map((m) => m.text).join(' | ')}`);
  return found;
}

interface Row {
  text: string;
  phrase: string;
  code: string;
  country: string | null;
  role?: string;
  date?: string;
}

describe('findItems: one actor per phrase', () => {
  const rows: Row[] = [
    // Country names.
    { text: '蒙古国与哈萨克斯坦签署了过境运输协定。', phrase: '蒙古国', code: 'MNG', country: 'MNG' },
    { text: '蒙古国与哈萨克斯坦签署了过境运输协定。', phrase: '哈萨克斯坦', code: 'KAZ', country: 'KAZ' },
    // X方 is the government of X; X军 its armed forces.
    { text: '俄方和美方都没有回应记者的提问。', phrase: '俄方', code: 'RUSGOV', country: 'RUS' },
    { text: '俄方和美方都没有回应记者的提问。', phrase: '美方', code: 'USAGOV', country: 'USA' },
    { text: '俄军和以军都在边境地区集结。', phrase: '俄军', code: 'RUSMIL', country: 'RUS' },
    { text: '俄军和以军都在边境地区集结。', phrase: '以军', code: 'ISRMIL', country: 'ISR' },
    // A person of the people table, with the office held on the date.
    { text: '王毅在北京会见了来访的客人。', phrase: '王毅', code: 'CHNGOV', country: 'CHN', role: 'Minister of Foreign Affairs', date: '2023-09-21' },
    { text: '王毅在北京会见了来访的客人。', phrase: '王毅', code: 'CHNGOV', country: 'CHN', role: 'Director of the Central Foreign Affairs Office', date: '2023-03-01' },
    { text: '美国国务卿布林肯在北京会见王毅。', phrase: '布林肯', code: 'USAGOV', country: 'USA', role: 'Minister of Foreign Affairs', date: '2023-06-19' },
    // State + title + a name the tables do not know.
    { text: '俄罗斯能源部部长索洛维约夫出席了论坛。', phrase: '索洛维约夫', code: 'RUSGOV', country: 'RUS', role: 'Minister of Energy' },
    { text: '乌克兰副外长卡拉什尼科娃抵达华沙。', phrase: '卡拉什尼科娃', code: 'UKRGOV', country: 'UKR', role: 'Deputy Minister of Foreign Affairs' },
    // A province or state is its country's government.
    { text: '江苏省与萨克森州签署了友好合作协议。', phrase: '江苏省', code: 'CHNGOV', country: 'CHN' },
    { text: '江苏省与萨克森州签署了友好合作协议。', phrase: '萨克森州', code: 'DEUGOV', country: 'DEU' },
    { text: '江苏省省长会见了德国客人。', phrase: '江苏省省长', code: 'CHNGOV', country: 'CHN' },
    // International organisations have no country.
    { text: '联合国发表声明呼吁各方保持克制。', phrase: '联合国', code: 'UNO', country: null },
    { text: '联合国秘书长古特雷斯发表声明。', phrase: '古特雷斯', code: 'UNO', country: null },
    { text: '北约秘书长发表声明。', phrase: '北约', code: 'NAT', country: null },
    // Bodies: of a named state, of the one state they belong to, or of China when no state is named.
    { text: '韩国外交部发表声明。', phrase: '韩国外交部', code: 'KORGOV', country: 'KOR' },
    { text: '克里姆林宫发表声明。', phrase: '克里姆林宫', code: 'RUSGOV', country: 'RUS' },
    { text: '外交部发言人答记者问。', phrase: '外交部发言人', code: 'CHNGOV', country: 'CHN' },
    // State + office that jieba's own dictionary keeps as one word.
    { text: '日本首相在东京会见了来访的客人。', phrase: '日本首相', code: 'JPNGOV', country: 'JPN' },
    { text: '英国首相发表讲话。', phrase: '英国首相', code: 'GBRGOV', country: 'GBR' },
    { text: '伊朗外交部发表声明。', phrase: '伊朗外交部', code: 'IRNGOV', country: 'IRN' },
    { text: '美国国务院发言人发表声明。', phrase: '美国国务院', code: 'USAGOV', country: 'USA' },
    { text: '朝鲜外务省发表声明。', phrase: '朝鲜外务省', code: 'PRKGOV', country: 'PRK' },
  ];

  it.each(rows)('$text: $phrase → $code', ({ text, phrase, code, country, role, date }) => {
    const m = mention(text, phrase, date);
    expect(m.members).toHaveLength(1);
    const a = m.members[0]!;
    expect(a.code).toBe(code);
    expect(a.country).toBe(country);
    if (role) expect(a.role).toBe(role);
  });
});

describe('findItems: people and their offices', () => {
  it('names the person and the phrase it was read from', () => {
    const a = mention('王毅在北京会见了来访的客人。', '王毅', '2023-09-21').members[0]!;
    expect(a.name).toBe('Wang Yi');
    expect(a.text).toBe('王毅');
  });

  it('keeps the whole phrase [state][title][name] as one mention', () => {
    const all = mentions('俄罗斯能源部部长索洛维约夫出席了论坛。');
    expect(all).toHaveLength(1);
    expect(all[0]!.text).toBe('俄罗斯能源部部长索洛维约夫');
    expect(all[0]!.members[0]!.name).toBe('索洛维约夫');
  });

  it('does not give a person an office before they took it', () => {
    const a = mention('特朗普在集会上发表讲话。', '特朗普', '2016-06-01').members[0]!;
    expect(a.country).toBe('USA');
    expect(a.code).not.toBe('USAGOV');
    expect(a.role).toBeUndefined();
  });

  it('gives an organisation official the organisation', () => {
    const a = mention('联合国秘书长古特雷斯发表声明。', '古特雷斯', '2024-05-10').members[0]!;
    expect(a.org).toBe('UNO');
    expect(a.name).toBe('António Guterres');
  });
});

describe('findItems: regions are not states', () => {
  it.each([
    '朝鲜半岛局势持续紧张。',
    '美国和韩国在朝鲜半岛附近举行联合军演。',
    '中方呼吁维护朝鲜半岛和平稳定。',
  ])('%s has no PRK actor', (text) => {
    const all = mentions(text);
    expect(all.flatMap((m) => m.members).map((a) => a.country)).not.toContain('PRK');
    const region = all.find((m) => m.text.includes('朝鲜半岛'));
    expect(region?.region).toBe(true);
    expect(region?.members).toEqual([]);
  });

  it('codes no event with North Korea for exercises on the peninsula', () => {
    const events = readout.code('美国和韩国在朝鲜半岛附近举行联合军演。', { doc: 't', language: 'zh', published: '2024-05-10' }).events;
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect([e.source.country, e.target.country]).not.toContain('PRK');
  });
});

describe('findItems: coordination', () => {
  it('joins actors listed with 、 into one group', () => {
    const m = mention('中国、俄罗斯、蒙古三国领导人举行会晤。', '中国');
    expect(m.members.map((a) => a.country)).toEqual(['CHN', 'RUS', 'MNG']);
  });

  it('joins the 、 list of 中国、俄罗斯和蒙古 and keeps 蒙古 for the coder', () => {
    const all = mentions('中国、俄罗斯和蒙古举行会晤。');
    expect(all[0]!.members.map((a) => a.country)).toEqual(['CHN', 'RUS']);
    expect(all.flatMap((m) => m.members).map((a) => a.country)).toEqual(['CHN', 'RUS', 'MNG']);
  });

  it('reads a compound of abbreviations as one member per state', () => {
    const m = mention('中蒙俄三国领导人举行会晤。', '中蒙俄');
    expect(m.members.map((a) => a.code)).toEqual(['CHN', 'MNG', 'RUS']);
  });

  it('leaves 双方 to be resolved from context', () => {
    const m = mention('双方就共同关心的问题交换了意见。', '双方');
    expect(m.members).toEqual([]);
    expect(m.pluralSize).toBe(2);
  });
});
