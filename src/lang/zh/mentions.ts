import type { ResolvedActor } from '../../coder/actor.js';
import type { Country } from '../../lexicon/actor-tables.js';
import type { ActorEntry, TriggerPattern, ZhLexicon } from './lexicon.js';
import { resolvePhrase, type PhraseMention } from './phrase.js';
import type { Token } from './segment.js';

/** An actor named in a clause: one participant, a group (中俄蒙, 中国、俄罗斯), or a plural reference (双方). */
export interface Mention {
  members: ResolvedActor[];
  text: string;
  /** Token range [first, last] in the sentence's token list. */
  first: number;
  last: number;
  /** 双方/两国/三国 not attached to a named group: resolved from context by the clause coder. */
  pluralSize?: number;
  /** A subject that is not a coded actor (外界, 其他国家): it stops subject carry-over. */
  generic?: boolean;
  /** An office with no state named (高级官员): the clause's carried state may be whose office it is. */
  unqualifiedOffice?: boolean;
  /** A region (朝鲜半岛), or an actor that only modifies a noun (巴以局势, 美国芯片): it fills no role. */
  region?: boolean;
  /** Followed by 的/之间: a possessor or frame, not an agent. */
  possessive: boolean;
  /** Followed by an event name (七国集团峰会): a subject through it, never an object. */
  eventName?: boolean;
  /** A city (维也纳, 上海): a place where things happen or a visit goes, never a party itself. */
  city?: boolean;
}

export interface TriggerHit {
  patterns: TriggerPattern[];
  text: string;
  first: number;
  last: number;
}

/**
 * What a document has taught about its own names: unknown people introduced with state and office
 * (秘鲁总统博鲁阿尔特 → 博鲁阿尔特), and which state a shared abbreviation means here (巴 is Brazil in an article
 * about 巴西, Pakistan by default).
 */
export interface DocumentMemory {
  aliases: Map<string, ResolvedActor>;
  abbreviations: Map<string, Country>;
}

export function newDocumentMemory(): DocumentMemory {
  return { aliases: new Map(), abbreviations: new Map() };
}

export interface SentenceItems {
  tokens: Token[];
  mentions: Mention[];
  triggers: TriggerHit[];
}

const KIND_PRIORITY: Record<ActorEntry['kind'], number> = {
  person: 0, alias: 0, org: 1, company: 1, country: 2, place: 3, role: 4, posted: 5, region: 6, plural: 7, generic: 8,
};

const CHINESE_SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴孔汤']);

/**
 * Finds actor mentions and trigger words in a segmented sentence. Actor phrases follow the order news writes
 * them: [state|place|organisation] [body] [title] [name] (俄罗斯 外长 拉夫罗夫; 莫斯科州 副州长 菲利莫诺夫;
 * 美国 总统 国家安全顾问 沙利文), so that each phrase becomes one actor with its role.
 */
export function findItems(tokens: Token[], lexicon: ZhLexicon, refDate: string | null, memory: DocumentMemory = newDocumentMemory()): SentenceItems {
  const raw: { entries: ActorEntry[]; text: string; first: number; last: number }[] = [];
  const triggers: TriggerHit[] = [];
  let titleDepth = 0;
  let i = 0;
  while (i < tokens.length) {
    // Inside 《》 a verb is part of a document's name (《…经济合作…规划》), not an event of the sentence.
    if (tokens[i]!.text === '《') titleDepth++;
    else if (tokens[i]!.text === '》') titleDepth = Math.max(0, titleDepth - 1);
    const hit = longestMatch(tokens, i, lexicon);
    if (!hit) {
      // A name this document introduced earlier with its state and office (秘鲁总统博鲁阿尔特 … 博鲁阿尔特感谢…),
      // whole or cut after its surname (孙 / 卫东).
      const next = tokens[i + 1];
      const joined = next && next.start === tokens[i]!.end ? tokens[i]!.text + next.text : null;
      const last = joined && memory.aliases.has(joined) ? i + 1 : i;
      const name = last > i ? joined! : tokens[i]!.text;
      const alias = memory.aliases.get(name);
      if (alias) raw.push({ entries: [{ kind: 'alias', actor: alias, name }], text: name, first: i, last });
      i = alias ? last + 1 : i + 1;
      continue;
    }
    if (hit.actor) raw.push({ entries: hit.actor, text: hit.text, first: i, last: hit.last });
    else if (titleDepth === 0) triggers.push({ patterns: hit.trigger!, text: hit.text, first: i, last: hit.last });
    i = hit.last + 1;
  }
  return { tokens, mentions: assemble(raw, tokens, lexicon, refDate, memory), triggers };
}

function longestMatch(tokens: Token[], at: number, lexicon: ZhLexicon) {
  const limit = Math.min(tokens.length, at + lexicon.maxPhraseTokens);
  let text = '';
  let best: { actor?: ActorEntry[]; trigger?: TriggerPattern[]; text: string; last: number } | null = null;
  for (let j = at; j < limit; j++) {
    text += tokens[j]!.text;
    if (j > at && tokens[j]!.start !== tokens[j - 1]!.end) break;
    const first = j === at;
    const actor = lexicon.actors.get(text) ?? (first && lexicon.abbreviations.has(text[0]!) ? compound(text, lexicon) : undefined);
    // 交了底, 见了面: the aspect particle inside a separable verb leaves the verb a trigger.
    const bare = /.了./.test(text) ? text.replace(/了/g, '') : text;
    const trigger = lexicon.triggers.get(text) ?? (bare !== text ? lexicon.triggers.get(bare) : undefined) ??
      (first && !actor && lexicon.grammar.modifierStarts.has(text[0]!) ? modifiedVerb(text, lexicon) : undefined);
    if (actor && !(text.length === 1 && !standaloneAbbreviation(tokens, at, text, lexicon))) best = { actor, text, last: j };
    else if (trigger && !(text.length === 1 && !singleCharTrigger(tokens, at, lexicon))) best = { trigger, text, last: j };
    if (!lexicon.prefixes.has(text) && !lexicon.prefixes.has(text.replace(/了/g, ''))) break;
  }
  return best;
}

/** 中俄, 中蒙俄, 美日韩: a token made only of country abbreviations names each of them. */
function compound(text: string, lexicon: ZhLexicon): ActorEntry[] | undefined {
  if (text.length < 2) return undefined;
  for (const c of text) if (!lexicon.abbreviations.has(c) || !lexicon.grammar.compoundAbbreviations.has(c)) return undefined;
  return [{ kind: 'country', country: lexicon.abbreviations.get(text[0]!)!, via: 'abbreviation' }];
}

/** 高度赞扬 → 赞扬: an adverb jieba kept on the verb. */
function modifiedVerb(text: string, lexicon: ZhLexicon): TriggerPattern[] | undefined {
  if (text.length < 3) return undefined;
  for (const m of lexicon.grammar.verbModifiers) {
    if (text.length > m.length + 1 && text.startsWith(m)) {
      const verb = lexicon.triggers.get(text.slice(m.length));
      if (verb) return verb;
    }
  }
  return undefined;
}

/** A lone abbreviation (俄, 华) is an actor only where news uses it so: next to a verb prefix or another actor. */
function standaloneAbbreviation(tokens: Token[], at: number, text: string, lexicon: ZhLexicon): boolean {
  const { grammar } = lexicon;
  if (!lexicon.abbreviations.has(text)) return true;
  const prev = tokens[at - 1]?.text;
  if (prev && grammar.abbreviationPrefixes.has(prev)) return true;
  return grammar.standaloneAbbreviations.has(text) && text !== '华';
}

/** Single-character verbs (访, 来, 谈) count only where a pattern allows them; the checks are in the coder. */
function singleCharTrigger(tokens: Token[], at: number, lexicon: ZhLexicon): boolean {
  const next = tokens[at + 1];
  return next !== undefined && next.start === tokens[at]!.end && !lexicon.grammar.clauseBreak.has(next.text);
}

function assemble(
  raw: { entries: ActorEntry[]; text: string; first: number; last: number }[],
  tokens: Token[],
  lexicon: ZhLexicon,
  refDate: string | null,
  memory: DocumentMemory,
): Mention[] {
  const mentions: Mention[] = [];
  let k = 0;
  while (k < raw.length) {
    // Gather one actor phrase: adjacent lexicon items, then an unknown name right after a title.
    const parts = [raw[k]!];
    const adjacent = (next: (typeof raw)[number]) => {
      const end = parts[parts.length - 1]!.last;
      const between = tokens.slice(end + 1, next.first);
      return between.length <= MAX_TITLE_JOINERS && between.every((t) => lexicon.grammar.titleJoiners.has(t.text));
    };
    while (k + 1 < raw.length && adjacent(raw[k + 1]!) && joinable(parts, raw[k + 1]!.entries)) {
      parts.push(raw[++k]!);
    }
    k++;
    let last = parts[parts.length - 1]!.last;
    let unknownName: string | null = null;
    const lastEntry = best(parts[parts.length - 1]!.entries);
    if (lastEntry.kind === 'role' && lastEntry.role.kind === 'title') {
      const next = tokens[last + 1];
      const rest = tokens[last + 2];
      if (next && next.start === tokens[last]!.end && isNameLike(next.text, lexicon)) {
        unknownName = next.text;
        last++;
      } else if (next && rest && next.start === tokens[last]!.end && splitName(next.text, rest.text, lexicon) && rest.start === next.end) {
        // 外交部副部长孙卫东: jieba cuts an unknown Chinese name after its surname (孙 / 卫东).
        unknownName = next.text + rest.text;
        last += 2;
      }
    }
    while (tokens[last + 1] && lexicon.grammar.actorSuffixes.has(tokens[last + 1]!.text)) last++;
    const first = parts[0]!.first;
    const text = tokenText(tokens, first, last);
    const key = `${refDate}|${parts.map((p) => p.text).join('|')}|${unknownName ?? ''}|${text}`;
    let phraseCache = phraseCaches.get(lexicon);
    if (!phraseCache) phraseCaches.set(lexicon, (phraseCache = new Map()));
    const entries = parts.map((p) => ({ entry: inContext(best(p.entries), p.text, memory), text: p.text }));
    // Phrases that depend on what this document said (aliases, abbreviations it pinned down) are not cached.
    const local = parts.some((p) => p.entries[0]!.kind === 'alias') || entries.some((e, i) => e.entry !== best(parts[i]!.entries)) ||
      (memory.abbreviations.size > 0 && [...parts[0]!.text].some((c) => memory.abbreviations.has(c)));
    let mention = local ? undefined : phraseCache.get(key);
    if (mention === undefined) {
      const abbreviation = (c: string) => memory.abbreviations.get(c) ?? lexicon.abbreviations.get(c)!;
      mention = resolvePhrase(entries, unknownName, text, lexicon, refDate, abbreviation);
      if (phraseCache.size > 50_000) phraseCache.clear();
      if (!local) phraseCache.set(key, mention);
    }
    if (!mention) continue;
    if (unknownName && mention.members.length === 1) memory.aliases.set(unknownName, mention.members[0]!);
    pinAbbreviation(entries, lexicon, memory);
    const after = tokens[last + 1]?.text;
    const eventName = after !== undefined && lexicon.grammar.eventNames.has(after);
    const placeOnly = mention.members.length === 1 && mention.members[0]!.place !== undefined;
    const before = tokens[first - 1]?.text;
    const modifier = (after !== undefined && (lexicon.grammar.modifierAfter.has(after) || (eventName && placeOnly))) || (before !== undefined && lexicon.grammar.modifierBefore.has(before));
    const out: Mention = {
      members: mention.members,
      text,
      first,
      last,
      possessive: after !== undefined && lexicon.grammar.possessiveAfter.has(after),
    };
    if (mention.pluralSize !== undefined) out.pluralSize = mention.pluralSize;
    if (mention.generic) out.generic = true;
    if (mention.unqualifiedOffice) out.unqualifiedOffice = true;
    if (mention.city) out.city = true;
    if (mention.region || modifier) out.region = true;
    else if (eventName) out.eventName = true;
    mentions.push(out);
  }
  return coordinate(mentions, tokens, lexicon);
}

/** 巴方 in an article that named 巴西 is Brazil's side: an abbreviation the document pinned down wins. */
function inContext(entry: ActorEntry, text: string, memory: DocumentMemory): ActorEntry {
  if (entry.kind !== 'country' || entry.via === 'name' || entry.via === 'capital' || entry.via === 'demonym') return entry;
  const pinned = memory.abbreviations.get(text[0]!);
  return pinned && pinned !== entry.country ? { ...entry, country: pinned } : entry;
}

/** A state named in full whose first character abbreviates another state by default (巴西, 巴勒斯坦, 伊拉克). */
function pinAbbreviation(entries: { entry: ActorEntry; text: string }[], lexicon: ZhLexicon, memory: DocumentMemory): void {
  for (const { entry, text } of entries) {
    if (entry.kind !== 'country' || entry.via !== 'name') continue;
    const c = text[0]!;
    const usual = lexicon.abbreviations.get(c);
    if (usual && usual !== entry.country && text.length > 1) memory.abbreviations.set(c, entry.country);
    else if (usual === entry.country) memory.abbreviations.delete(c);
  }
}

function best(entries: ActorEntry[]): ActorEntry {
  return entries.reduce((a, b) => (KIND_PRIORITY[b.kind] < KIND_PRIORITY[a.kind] ? b : a));
}

/** Which lexicon items continue a phrase: a head (state, place, organisation) takes bodies, titles and a person. */
function joinable(parts: { entries: ActorEntry[] }[], next: ActorEntry[]): boolean {
  const n = best(next);
  const kinds = parts.map((p) => best(p.entries).kind);
  if (n.kind === 'plural' || n.kind === 'generic' || n.kind === 'region') return false;
  // A title may follow a name (王毅外长); nothing else does.
  if (kinds.includes('alias')) return false;
  if (kinds.includes('person')) return n.kind === 'role' && n.role.kind === 'title' && kinds[kinds.length - 1] === 'person';
  if (n.kind === 'role' || n.kind === 'person') return true;
  // 美国|驻华|使馆: a posting joins a state to the mission it sends.
  if (n.kind === 'posted') return kinds.every((k) => k === 'country' || k === 'org');
  // 日本东京, 美国加利福尼亚州: a state then one of its cities or provinces is one place.
  if ((n.kind === 'place' || (n.kind === 'country' && n.via === 'capital')) && parts.length === 1 && kinds[0] === 'country') return true;
  if (n.kind === 'country' && kinds.every((k) => k === 'country')) return false;
  return kinds.every((k) => k === 'country' || k === 'place' || k === 'org') && n.kind === 'org';
}

/** A surname and a two-character given name that jieba cut apart (孙 / 卫东), neither part a word Readout knows. */
function splitName(surname: string, given: string, lexicon: ZhLexicon): boolean {
  const g = lexicon.grammar;
  const known = lexicon.actors.has(given) || lexicon.triggers.has(given) || g.speechVerbs.has(given) || g.negation.has(given) || g.verbModifierSet.has(given);
  return surname.length === 1 && given.length === 2 && !g.functionWordSurnames.has(surname) && !known && isNameLike(surname + given, lexicon);
}

function isNameLike(text: string, lexicon: ZhLexicon): boolean {
  if (lexicon.actors.has(text) || lexicon.triggers.has(text)) return false;
  const chars = [...text];
  if (chars.some((c) => lexicon.grammar.nameJoiners.has(c))) return true;
  if (chars.length >= 2 && chars.every((c) => lexicon.grammar.transliteration.has(c))) return true;
  return chars.length >= 2 && chars.length <= 3 && CHINESE_SURNAMES.has(chars[0]!) && /^\p{Script=Han}+$/u.test(text);
}

/** Resolved phrases per lexicon, by date and words: news repeats the same actor phrases, and resolution is pure. */
const phraseCaches = new WeakMap<ZhLexicon, Map<string, PhraseMention | null>>();

/**
 * Joins mentions listed with 、/及/以及 into one group, and attaches 双方/两国/三国 to the actors right before
 * them (中俄蒙三国; 中国和俄罗斯两国), which then form one group even when joined by 和/与.
 */
function coordinate(mentions: Mention[], tokens: Token[], lexicon: ZhLexicon): Mention[] {
  const out: Mention[] = [];
  const gap = (a: Mention, b: Mention) => tokenText(tokens, a.last + 1, b.first - 1);
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && m.pluralSize !== undefined && gap(prev, m) === '') {
      let group = prev;
      while (out.length >= 2) {
        const before = out[out.length - 2]!;
        if (!before.members.length || !lexicon.grammar.coordinators.has(gap(before, group))) break;
        out.pop();
        group = { ...before, members: [...before.members, ...group.members], last: group.last };
        out[out.length - 1] = group;
      }
      if (group.members.length >= 2) {
        out[out.length - 1] = { ...group, text: tokenText(tokens, group.first, m.last), last: m.last, possessive: m.possessive };
        continue;
      }
    }
    const between = prev ? gap(prev, m) : '';
    if (prev && prev.members.length && m.members.length && !prev.possessive && LIST_JOINERS.has(between)) {
      out[out.length - 1] = { ...prev, members: [...prev.members, ...m.members], text: tokenText(tokens, prev.first, m.last), last: m.last, possessive: m.possessive };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Words that may stand between two parts of one actor phrase, at most: 阿富汗 临时政府 代理 外长穆塔基. */
const MAX_TITLE_JOINERS = 2;

/** Joiners that always list actors; 和/与/同 may also be prepositions, so the clause coder decides on those. */
const LIST_JOINERS = new Set(['、', '及', '以及']);

export function tokenText(tokens: Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k <= to; k++) s += tokens[k]!.text;
  return s;
}
