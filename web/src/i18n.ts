/** Dashboard labels in English and Chinese. The choice is kept in localStorage so it survives reloads. */

export type Lang = 'en' | 'zh';

const STORAGE_KEY = 'readout.lang';

const LABELS = {
  overview: { en: 'Overview', zh: '概览' },
  dyad: { en: 'Dyad', zh: '双边' },
  network: { en: 'Network', zh: '国家网络' },
  events: { en: 'Events', zh: '事件' },
  documents: { en: 'Documents', zh: '文档' },
  switchLanguage: { en: '中文', zh: 'English' },
  loading: { en: 'Loading…', zh: '加载中…' },
  error: { en: 'Error', zh: '错误' },
  noData: { en: 'No events match.', zh: '没有符合条件的事件。' },
  notFound: { en: 'Page not found.', zh: '页面不存在。' },

  // Overview
  eventsOverTime: { en: 'Events per month by quad class', zh: '按月份和四类划分的事件' },
  topEventTypes: { en: 'Top event types', zh: '最常见事件类型' },
  sentences: { en: 'Sentences', zh: '句子' },
  stories: { en: 'Stories', zh: '报道线索' },
  actors: { en: 'Actors', zh: '行为体' },
  dateRange: { en: 'Dates', zh: '日期范围' },
  languages: { en: 'Languages', zh: '语言' },
  goldstein: { en: 'Goldstein', zh: '戈德斯坦值' },
  meanGoldstein: { en: 'Mean Goldstein', zh: '平均戈德斯坦值' },
  count: { en: 'Events', zh: '事件数' },
  month: { en: 'Month', zh: '月份' },

  // Dyad
  countryA: { en: 'Country A', zh: '国家甲' },
  countryB: { en: 'Country B', zh: '国家乙' },
  eventsPerMonth: { en: 'Events per month, both directions', zh: '每月事件数（双向）' },
  goldsteinPerMonth: { en: 'Mean Goldstein per month', zh: '每月平均戈德斯坦值' },
  showEvents: { en: 'Show these events', zh: '查看这些事件' },
  both: { en: 'both directions', zh: '双向' },
  dyadChart: { en: 'over time', zh: '时间趋势' },
  pickTwo: { en: 'Pick two different countries.', zh: '请选择两个不同的国家。' },

  // Network
  networkHelp: {
    en: 'Edge width: number of events. Colour: mean Goldstein, from conflict (red) to cooperation (blue). Click an edge for its events, a country for all of its events.',
    zh: '连线粗细：事件数量。颜色：平均戈德斯坦值，从冲突（红）到合作（蓝）。点击连线查看该双边事件，点击国家查看其全部事件。',
  },
  conflict: { en: 'conflict', zh: '冲突' },
  cooperation: { en: 'cooperation', zh: '合作' },

  // Event table and filters
  from: { en: 'From', zh: '起始日期' },
  to: { en: 'To', zh: '截止日期' },
  actor: { en: 'Actor', zh: '行为体' },
  country: { en: 'Country', zh: '国家' },
  dyadFilter: { en: 'Dyad (CHN-RUS)', zh: '双边（CHN-RUS）' },
  code: { en: 'CAMEO code or root', zh: 'CAMEO 代码或大类' },
  quad: { en: 'Quad class', zh: '四类' },
  language: { en: 'Language', zh: '语言' },
  modality: { en: 'Modality', zh: '情态' },
  search: { en: 'Text search', zh: '全文搜索' },
  any: { en: 'any', zh: '全部' },
  apply: { en: 'Apply', zh: '筛选' },
  reset: { en: 'Reset', zh: '重置' },
  previous: { en: 'Previous', zh: '上一页' },
  next: { en: 'Next', zh: '下一页' },
  showing: { en: 'Showing {from}–{to} of {total}', zh: '第 {from}–{to} 条，共 {total} 条' },
  date: { en: 'Date', zh: '日期' },
  source: { en: 'Source', zh: '发起方' },
  event: { en: 'Event', zh: '事件' },
  target: { en: 'Target', zh: '对象' },
  sentence: { en: 'Sentence', zh: '句子' },
  document: { en: 'Document', zh: '文档' },
  open: { en: 'open', zh: '打开' },
  title: { en: 'Title', zh: '标题' },
  published: { en: 'Published', zh: '发布日期' },
  untitled: { en: '(untitled)', zh: '（无标题）' },

  // Document view
  originalLink: { en: 'Original article', zh: '原文链接' },
  why: { en: 'Why was this coded?', zh: '为什么这样编码？' },
  rule: { en: 'Rule', zh: '规则' },
  trigger: { en: 'Trigger', zh: '触发词' },
  dateFrom: { en: 'date read from', zh: '日期来源' },
  publicationDate: { en: 'the publication date', zh: '发布日期' },
  resolution: { en: 'resolved as', zh: '解析' },
  explanation: { en: 'Roles', zh: '角色判定' },
  location: { en: 'Location', zh: '地点' },
  undated: { en: 'undated', zh: '无日期' },
  legend: { en: 'Highlights:', zh: '高亮：' },
  pairEvents: { en: 'All events between the two', zh: '双方之间的全部事件' },
} satisfies Record<string, Record<Lang, string>>;

export type LabelKey = keyof typeof LABELS;

/** The 20 CAMEO root codes. English names as in data/cameo/codes.yaml. */
const CAMEO_ROOTS: Record<string, Record<Lang, string>> = {
  '01': { en: 'Make public statement', zh: '发表公开声明' },
  '02': { en: 'Appeal', zh: '呼吁' },
  '03': { en: 'Express intent to cooperate', zh: '表达合作意向' },
  '04': { en: 'Consult', zh: '磋商' },
  '05': { en: 'Engage in diplomatic cooperation', zh: '开展外交合作' },
  '06': { en: 'Engage in material cooperation', zh: '开展物质合作' },
  '07': { en: 'Provide aid', zh: '提供援助' },
  '08': { en: 'Yield', zh: '让步' },
  '09': { en: 'Investigate', zh: '调查' },
  '10': { en: 'Demand', zh: '要求' },
  '11': { en: 'Disapprove', zh: '不赞成' },
  '12': { en: 'Reject', zh: '拒绝' },
  '13': { en: 'Threaten', zh: '威胁' },
  '14': { en: 'Protest', zh: '抗议' },
  '15': { en: 'Exhibit force posture', zh: '展示武力' },
  '16': { en: 'Reduce relations', zh: '降低关系' },
  '17': { en: 'Coerce', zh: '胁迫' },
  '18': { en: 'Assault', zh: '攻击' },
  '19': { en: 'Fight', zh: '交战' },
  '20': { en: 'Use unconventional mass violence', zh: '使用非常规大规模暴力' },
};

export const CAMEO_ROOT_CODES = Object.keys(CAMEO_ROOTS);

const QUAD_CLASSES: Record<number, Record<Lang, string>> = {
  1: { en: 'Verbal cooperation', zh: '口头合作' },
  2: { en: 'Material cooperation', zh: '物质合作' },
  3: { en: 'Verbal conflict', zh: '口头冲突' },
  4: { en: 'Material conflict', zh: '物质冲突' },
};

const MODALITY_NAMES: Record<string, Record<Lang, string>> = {
  asserted: { en: 'asserted', zh: '确认' },
  negated: { en: 'negated', zh: '否定' },
  hypothetical: { en: 'hypothetical', zh: '假设' },
  future: { en: 'future', zh: '将来' },
  reported_rumour: { en: 'reported / rumour', zh: '传闻' },
};

const LANGUAGE_NAMES: Record<string, Record<Lang, string>> = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Chinese', zh: '中文' },
};

const DATE_PRECISIONS: Record<string, Record<Lang, string>> = {
  day: { en: 'day', zh: '精确到日' },
  week: { en: 'week', zh: '精确到周' },
  month: { en: 'month', zh: '精确到月' },
  year: { en: 'year', zh: '精确到年' },
  approximate: { en: 'approximate', zh: '大致' },
};

const SECTIONS: Record<string, Record<Lang, string>> = {
  headline: { en: 'headline', zh: '标题' },
  body: { en: 'body', zh: '正文' },
  caption: { en: 'caption', zh: '图片说明' },
};

const ROLE_NAMES: Record<string, Record<Lang, string>> = {
  trigger: { en: 'trigger', zh: '触发词' },
  source: { en: 'source', zh: '发起方' },
  target: { en: 'target', zh: '对象' },
};

function storedLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'zh' ? 'zh' : 'en';
  } catch {
    return 'en'; // storage can be unavailable (privacy modes); English then
  }
}

let current: Lang = storedLanguage();
const listeners = new Set<() => void>();

export function language(): Lang {
  return current;
}

export function setLanguage(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered, but still switched for this page
  }
  for (const listener of listeners) listener();
}

export function onLanguageChange(listener: () => void): void {
  listeners.add(listener);
}

/** The label in the current language; `{name}` placeholders are filled from `values`. */
export function t(key: LabelKey, values: Record<string, string | number> = {}): string {
  return LABELS[key][current].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function cameoRootName(root: string): string {
  return CAMEO_ROOTS[root]?.[current] ?? root;
}

export function quadClassName(quad: number): string {
  return QUAD_CLASSES[quad]?.[current] ?? String(quad);
}

export function modalityName(modality: string): string {
  return MODALITY_NAMES[modality]?.[current] ?? modality;
}

export function languageName(code: string | null): string {
  if (!code) return '';
  return LANGUAGE_NAMES[code]?.[current] ?? code;
}

export function datePrecisionName(precision: string): string {
  return DATE_PRECISIONS[precision]?.[current] ?? precision;
}

export function sectionName(section: string): string {
  return SECTIONS[section]?.[current] ?? section;
}

export function roleName(role: string): string {
  return ROLE_NAMES[role]?.[current] ?? role;
}

/**
 * Event type label: in English the API's CAMEO name of the code; in Chinese the root's Chinese name, since only
 * the 20 roots have Chinese names here.
 */
export function eventTypeName(code: string, englishName: string): string {
  return current === 'en' ? englishName : `${cameoRootName(code.slice(0, 2))}（${englishName}）`;
}
