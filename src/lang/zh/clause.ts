import type { GrammarSets, TriggerPattern } from './lexicon.js';
import type { Mention, SentenceItems, TriggerHit } from './mentions.js';
import type { Token } from './segment.js';

/** What the word before an actor makes of it. */
export type Governance = 'none' | 'pivot' | 'partner' | 'target' | 'agent' | 'location' | 'topic' | 'attribution' | 'ba';

/** At most this many words between a location and the place that names it more closely (沙特阿拉伯 首都 利雅得). */
const PLACE_DESCRIPTION_WORDS = 3;

/** At most this many words between a partner preposition and the actor its noun phrase names (同 越共中央 总书记苏林). */
const PARTNER_MODIFIER_WORDS = 3;

/** A comma clause of a sentence: a token range with the mentions and triggers inside it. */
export interface Clause {
  from: number;
  to: number;
  mentions: Mention[];
  triggers: TriggerHit[];
  text: string;
  /** UTF-16 offset of the clause in the sentence. */
  offset: number;
  /** Relative clauses before a noun: 同[来华进行正式访问的]俄罗斯外长拉夫罗夫举行会谈. */
  relatives: Relative[];
  governance: Map<Mention, Governance>;
}

/** A relative clause from `from` to its 的 at `to`, describing `head`, the actor right after 的. */
export interface Relative {
  from: number;
  to: number;
  head: Mention;
  /** The preposition before the relative clause, which governs the head (同 … 拉夫罗夫). */
  preposition: string | null;
}

export interface ChosenPattern {
  pattern: TriggerPattern;
  /** Token of the event noun a light verb takes (开展…合作), which is then no trigger of its own. */
  noun: number | null;
}

/**
 * Reads the structure of Chinese clauses: where they break, which preposition governs each actor, relative
 * clauses, background clauses, and which pattern a trigger word realises in context.
 */
export class ClauseReader {
  constructor(private readonly g: GrammarSets) {}

  split(items: SentenceItems): Clause[] {
    const { tokens } = items;
    const out: Clause[] = [];
    let from = 0;
    for (let i = 0; i <= tokens.length; i++) {
      if (i < tokens.length && !this.g.clauseBreak.has(tokens[i]!.text) && tokens[i]!.text.trim() !== '') continue;
      if (i > from) {
        const clause: Clause = {
          from,
          to: i - 1,
          mentions: items.mentions.filter((m) => m.first >= from && m.last < i),
          triggers: items.triggers.filter((t) => t.first >= from && t.last < i),
          text: tokens.slice(from, i).map((t) => t.text).join(''),
          offset: tokens[from]!.start,
          relatives: [],
          governance: new Map(),
        };
        clause.relatives = this.relatives(tokens, clause);
        for (const m of clause.mentions) clause.governance.set(m, this.governanceOf(tokens, m, clause));
        out.push(clause);
      }
      from = i + 1;
    }
    return out;
  }

  /** An object and the actors joined to it by 和/与/及/、 (要求以色列和哈马斯…). */
  coordinated(tokens: Token[], clause: Clause, object: Mention): Mention[] {
    const out = [object];
    let last = object;
    for (const m of clause.mentions) {
      if (m.first <= last.last) continue;
      const between = tokens.slice(last.last + 1, m.first).map((t) => t.text).join('');
      if (!this.g.coordinators.has(between)) break;
      out.push(m);
      last = m;
    }
    return out;
  }

  /** 在王毅访俄的同时…, 王毅前往俄罗斯前…: the clause only dates another event. */
  isBackground(tokens: Token[], clause: Clause): boolean {
    const words = tokens.slice(clause.from, clause.to + 1).map((t) => t.text);
    if (this.g.backgroundFinal.has(words[words.length - 1]!)) return true;
    const opens = words.slice(0, 3).some((w) => this.g.backgroundOpen.has(w));
    return opens && words.slice(-2).some((w) => this.g.backgroundClose.has(w));
  }

  /** The pattern a trigger realises here, and the token of its event noun (开展…合作) when it needs one. */
  choosePattern(tokens: Token[], clause: Clause, hit: TriggerHit): ChosenPattern | null {
    if (this.isNominal(tokens, clause, hit)) return null;
    const single = hit.text.length === 1;
    const isNoun = (p: TriggerPattern, w: string) => p.objects!.some((o) => w === o || (w.length > o.length && w.endsWith(o)));
    for (const p of hit.patterns) {
      if (single && !p.objects && !p.requires && !p.standalone) continue;
      if (!p.objects) return { pattern: p, noun: null };
      const verbNoun = hit.text.replace(/了/g, '');
      if (verbNoun !== p.verb && p.objects.some((o) => verbNoun === p.verb + o)) return { pattern: p, noun: null };
      for (let i = hit.last + 1; i <= clause.to; i++) {
        // 深化…协作伙伴关系: a noun that only names a kind of relation is no event.
        if (isNoun(p, tokens[i]!.text) && !this.g.nominalAfter.has(tokens[i + 1]?.text ?? '')) return { pattern: p, noun: i };
      }
      // 中日韩外长会议在东京举行: the event noun comes first and the light verb closes the clause.
      if (this.g.lightVerbs.has(p.verb) && hit.last === clause.to - (tokens[clause.to]!.text === '。' ? 1 : 0)) {
        for (let i = clause.from; i < hit.first; i++) if (isNoun(p, tokens[i]!.text)) return { pattern: p, noun: i };
      }
    }
    return null;
  }

  /** 此次会谈, 的首次访俄, 访俄之旅, 以协商方式: the verb is used as a noun. */
  isNominal(tokens: Token[], clause: Clause, hit: TriggerHit): boolean {
    // 据新华社报道, 综合两国外交部通报: a report attributed to someone is no event.
    const attributed = clause.mentions.find((m) => m.last === hit.first - 1);
    if (attributed && clause.governance.get(attributed) === 'attribution') return true;
    let b = hit.first - 1;
    while (b > clause.from && this.g.verbModifierSet.has(tokens[b]!.text)) b--;
    const before = b >= clause.from ? tokens[b]!.text : undefined;
    const after = tokens[hit.last + 1]?.text;
    // 旧金山会晤后的首次沟通: a verb dating a noun (…后的, …前的, …以来的) is itself a noun.
    const dating = (after === '后' || after === '前' || after === '以来') && tokens[hit.last + 2]?.text === '的';
    // 国际社会的质疑和反对: a verb joined by 和 to a noun after 的 is a noun too.
    const coordinatedNoun = before !== undefined && this.g.coordinators.has(before) && tokens[b - 2]?.text === '的';
    return dating || coordinatedNoun || (before !== undefined && this.g.nominalBefore.has(before)) || (after !== undefined && this.g.nominalAfter.has(after));
  }

  /**
   * The clause's own subject is its first actor, if that actor is not governed by a preposition or causative;
   * an actor after 和/对/让 means the subject was dropped, so the carried one stays (undefined). null: a
   * non-actor subject (外界, 其他国家) that stops the carried one.
   */
  topic(tokens: Token[], clause: Clause): Mention | null | undefined {
    const firstTrigger = clause.triggers[0]?.first ?? clause.to + 1;
    for (const m of clause.mentions) {
      if (m.first >= firstTrigger) return undefined;
      const g = clause.governance.get(m) ?? 'none';
      if (g === 'pivot' || g === 'partner' || g === 'target') return undefined;
      if (g !== 'none' || m.possessive || m.region) continue;
      // 中共中央总书记、国家主席习近平: an office listed before the named holder's other titles is part of the name.
      if (m.unqualifiedOffice && tokens[m.last + 1]?.text === '、') continue;
      return m.generic ? null : m;
    }
    return undefined;
  }

  /**
   * A verb right after a preposition or another verb (同来华…, 会见来华出席…) opens a relative clause that ends
   * at the 的 before the actor it describes.
   */
  private relatives(tokens: Token[], clause: Clause): Relative[] {
    const out: Relative[] = [];
    for (const t of clause.triggers) {
      if (out.some((r) => t.first <= r.to)) continue;
      const before = tokens[t.first - 1]?.text;
      if (before === undefined || t.first - 1 < clause.from) continue;
      const afterVerb = clause.triggers.some((o) => o.last === t.first - 1);
      const afterPreposition = this.g.partner.has(before) || this.g.targetPrep.has(before);
      if (!afterVerb && !afterPreposition) continue;
      for (let k = t.last + 1; k < clause.to; k++) {
        if (tokens[k]!.text !== '的') continue;
        const head = clause.mentions.find((m) => m.first === k + 1);
        if (head) out.push({ from: t.first, to: k, head, preposition: afterPreposition ? before : null });
        break;
      }
    }
    return out;
  }

  private governanceOf(tokens: Token[], m: Mention, clause: Clause): Governance {
    const known = clause.governance;
    const relative = clause.relatives.find((r) => r.head === m);
    if (relative) return relative.preposition ? this.prepositionKind(relative.preposition) : 'none';
    // 就七国集团广岛峰会…: an actor right after another shares its preposition.
    const touching = clause.mentions.find((x) => x.last === m.first - 1);
    if (touching && m.first - 1 >= clause.from) return known.get(touching) ?? 'none';
    if (this.namesPlaceOfLocation(tokens, m, clause)) return 'location';
    if (m.first - 1 < clause.from || tokens[m.first - 1] === undefined) return 'none';
    let at = m.first - 1;
    // 对非法闯入黄岩岛海域的菲律宾船只…, 将…三家美国军工企业列入…, 同越共中央总书记苏林…: an actor inside the noun
    // phrase of 对/向/将/把 or of a partner preposition (no verb or other actor between) belongs to that preposition.
    for (let i = m.first - 1, seen = 0; i >= clause.from && seen < 10; i--, seen++) {
      const w = tokens[i]!.text;
      if (clause.triggers.some((t) => i >= t.first && i <= t.last) || clause.mentions.some((x) => !x.generic && i >= x.first && i <= x.last)) break;
      if (i < m.first - 1 && (this.g.targetPrep.has(w) || this.g.baPrep.has(w))) return this.prepositionKind(w);
      if (i < m.first - 1 && this.g.partner.has(w)) {
        if (m.first - 1 - i <= PARTNER_MODIFIER_WORDS && tokens.slice(i + 1, m.first).every((t) => !this.isBoundary(t.text))) at = i;
        break;
      }
    }
    const prev = tokens[at]!.text;
    if (this.g.partner.has(prev)) {
      // 对美国和日本: an actor joined by 和 to a recipient or agent shares that role.
      const before = clause.mentions.find((x) => x.last === at - 1);
      const g = before ? known.get(before) : undefined;
      if (g === 'target' || g === 'agent') return g;
      return 'partner';
    }
    return this.prepositionKind(prev);
  }

  /**
   * 在沙特阿拉伯首都利雅得, 在俄罗斯远东城市符拉迪沃斯托克: a place named after a location's actor and a few words
   * that describe it (no verb, preposition, number or punctuation between) is the same location.
   */
  private namesPlaceOfLocation(tokens: Token[], m: Mention, clause: Clause): boolean {
    const place = clause.mentions.find((x) => x.last < m.first - 1 && x.last >= m.first - 1 - PLACE_DESCRIPTION_WORDS && clause.governance.get(x) === 'location');
    if (!place) return false;
    for (let i = place.last + 1; i < m.first; i++) {
      const w = tokens[i]!.text;
      if (clause.triggers.some((t) => i >= t.first && i <= t.last) || this.isBoundary(w)) return false;
    }
    return true;
  }

  /** Punctuation, numbers and prepositions end the noun phrase a preposition governs. */
  private isBoundary(word: string): boolean {
    return /[\p{P}\p{S}\d\s]/u.test(word) || this.prepositionKind(word) !== 'none';
  }

  private prepositionKind(word: string): Governance {
    if (this.g.partner.has(word)) return 'partner';
    if (this.g.targetPrep.has(word)) return 'target';
    if (this.g.agentPrep.has(word)) return 'agent';
    if (this.g.locationPrep.has(word)) return 'location';
    if (this.g.topicPrep.has(word)) return 'topic';
    if (this.g.attribution.has(word)) return 'attribution';
    if (this.g.baPrep.has(word)) return 'ba';
    if (this.g.causative.has(word)) return 'pivot';
    return 'none';
  }
}
