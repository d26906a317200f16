import type { ResolvedActor } from '../../coder/actor.js';
import { sameParticipant } from '../../coder/actor.js';
import type { Modality } from '../../model/event.js';
import type { ResolvedDate, ZhDateResolver } from './dates.js';
import type { GrammarSets, TriggerPattern, ZhLexicon } from './lexicon.js';
import type { Mention, SentenceItems, TriggerHit } from './mentions.js';
import type { Token } from './segment.js';

/** What carries from clause to clause and sentence to sentence: the subject, the last exchange, the date. */
export interface DiscourseState {
  /** Subject of the last clause that named one; dropped subjects of later clauses are this (reset per paragraph). */
  carried: Mention | null;
  /** Parties of the last meeting, visit or briefing in the document: the listener of an unaddressed briefing. */
  dialogue: ResolvedActor[] | null;
  /** The last group of two or more actors named (中俄蒙), for 三国 and 双方. */
  group: ResolvedActor[] | null;
  /** Actors named so far in the document, latest last (kept short). */
  recent: ResolvedActor[];
  /** Sources of the events coded so far, latest last: who did what a later 对此 refers to. */
  agents: ResolvedActor[];
  /** Target of the last event of each family: 埃及也予以谴责 condemns what was just condemned. */
  lastTarget: Map<string, ResolvedActor>;
  /** The last explicit date in the paragraph. */
  date: ResolvedDate | null;
  published: string | null;
}

export interface ZhRawEvent {
  trigger: string;
  /** UTF-16 offsets of the trigger in the sentence. */
  triggerSpan: [number, number];
  source: ResolvedActor;
  target: ResolvedActor;
  code: string;
  rule: string;
  modality: Modality;
  date: ResolvedDate | null;
  location: { name: string; country: string | null } | null;
  how: string;
}

type Governance = 'none' | 'pivot' | 'partner' | 'target' | 'agent' | 'location' | 'topic' | 'ba';

interface Clause {
  from: number;
  to: number;
  mentions: Mention[];
  triggers: TriggerHit[];
  text: string;
  offset: number;
  /** Relative clauses before a noun: 同[来华进行正式访问的]俄罗斯外长拉夫罗夫举行会谈. */
  relatives: Relative[];
}

/** A relative clause from `from` to its 的 at `to`, describing `head`, the actor right after 的. */
interface Relative {
  from: number;
  to: number;
  head: Mention;
  /** The preposition before the relative clause, which governs the head (同 … 拉夫罗夫). */
  preposition: string | null;
}

/**
 * Codes one segmented sentence: splits it into comma clauses, finds each trigger's source and target from
 * Chinese word order (subject before the verb, 与/同/和 partner, 对/向/给 recipient, 被/遭 agent, object after
 * the verb), carries dropped subjects across clauses, resolves 双方/两国/三国 from context and marks modality.
 */
export class ZhClauseCoder {
  private readonly g: GrammarSets;

  constructor(private readonly lexicon: ZhLexicon, private readonly dates: ZhDateResolver) {
    this.g = lexicon.grammar;
  }

  codeSentence(items: SentenceItems, state: DiscourseState): ZhRawEvent[] {
    const events: ZhRawEvent[] = [];
    const sentenceDates: ResolvedDate[] = [];
    let rumoured = false;
    for (const clause of this.clauses(items)) {
      // 据传，…: a rumour word standing before the first comma covers the whole sentence.
      const words = items.tokens.slice(clause.from, clause.to + 1);
      if (!clause.triggers.length && words.some((t) => this.g.rumour.has(t.text))) rumoured = true;
      const before = events.length;
      const clauseDates = this.dates.find(clause.text, state.published);
      this.codeClause(items.tokens, clause, state, clauseDates, sentenceDates, events);
      if (rumoured) for (const e of events.slice(before)) if (e.modality === 'asserted') e.modality = 'reported_rumour';
      sentenceDates.push(...clauseDates);
      const lastDay = [...clauseDates].reverse().find((d) => d.precision === 'day');
      if (lastDay) state.date = lastDay;
    }
    return events;
  }

  private clauses(items: SentenceItems): Clause[] {
    const { tokens } = items;
    const out: Clause[] = [];
    let from = 0;
    for (let i = 0; i <= tokens.length; i++) {
      if (i < tokens.length && !this.g.clauseBreak.has(tokens[i]!.text) && tokens[i]!.text.trim() !== '') continue;
      if (i > from) {
        const offset = tokens[from]!.start;
        out.push({
          from,
          to: i - 1,
          mentions: items.mentions.filter((m) => m.first >= from && m.last < i),
          triggers: items.triggers.filter((t) => t.first >= from && t.last < i),
          text: tokens.slice(from, i).map((t) => t.text).join(''),
          offset,
          relatives: [],
        });
        const clause = out[out.length - 1]!;
        clause.relatives = this.relatives(tokens, clause);
      }
      from = i + 1;
    }
    return out;
  }

  private codeClause(tokens: Token[], clause: Clause, state: DiscourseState, clauseDates: ResolvedDate[], sentenceDates: ResolvedDate[], out: ZhRawEvent[]): void {
    const governance = new Map<Mention, Governance>();
    for (const m of clause.mentions) governance.set(m, this.governanceOf(tokens, m, clause, governance));
    for (const m of clause.mentions) if (m.members.length >= 2) state.group = m.members;

    const background = this.isBackground(tokens, clause);
    // An event noun taken by a light verb (开展军事合作) is not a trigger of its own.
    const chosen = clause.triggers.map((t) => ({ hit: t, choice: background ? null : this.choosePattern(tokens, clause, t) }));
    const nouns = new Set(chosen.map((c) => c.choice?.noun).filter((n): n is number => n != null));
    const active = chosen
      .filter((c) => c.choice !== null && !nouns.has(c.hit.first))
      .map((c) => ({ hit: c.hit, pattern: c.choice!.pattern }));

    // An intent word followed by the verb it governs (愿同俄方加强合作) is coded through that verb; alone, or when
    // that verb gives no event (致力于回到…会晤确定的议程), it is coded itself. So intent words go last.
    const order = active.map((_, k) => k).sort((a, b) => Number(active[a]!.pattern.standalone) - Number(active[b]!.pattern.standalone));
    const coded = new Set<number>();
    for (const k of order) {
      const { hit, pattern } = active[k]!;
      const later = active.slice(k + 1);
      if (pattern.standalone && later.some((x, j) => !x.pattern.standalone && coded.has(k + 1 + j))) continue;
      const earlier = active.slice(0, k);
      const event = this.roles(tokens, clause, hit, pattern, earlier, later, governance, state);
      if (!event) continue;
      coded.add(k);
      const governing = earlier.find((e) => e.pattern.family.complementModality)?.pattern.family.complementModality;
      const modality = this.modality(tokens, clause, hit, event.subjectEnd, governing);
      const code = this.finalCode(tokens, clause, hit, pattern, event.subjectEnd);
      const date = this.dateFor(hit, tokens, clause, clauseDates, sentenceDates, state);
      const location = event.location ?? this.locationIn(clause, governance);
      const triggerText = tokens.slice(hit.first, hit.last + 1).map((t) => t.text).join('');
      const objectNote = pattern.objects && hit.text === pattern.verb ? ` + ${pattern.objects.find((o) => clause.text.includes(o))}` : '';
      for (const [source, target] of event.pairs) {
        out.push({
          trigger: triggerText + objectNote.replace(' + ', '…'),
          triggerSpan: [tokens[hit.first]!.start, tokens[hit.last]!.end],
          source,
          target,
          code,
          rule: pattern.id,
          modality,
          date,
          location,
          how: event.how,
        });
      }
      if (modality === 'asserted') {
        state.lastTarget.set(pattern.family.name, event.pairs[0]![1]);
        state.agents.push(...event.pairs.map(([s]) => s));
        if (state.agents.length > 10) state.agents.splice(0, state.agents.length - 10);
      }
      if (modality === 'asserted' && ['meet', 'visit', 'communicate', 'agree'].includes(pattern.family.name)) {
        const first = event.pairs[0];
        if (first) state.dialogue = event.pairs.length > 2 ? unique(event.pairs.flat()) : [first[0], first[1]];
      }
    }
    this.updateCarried(clause, governance, state);
    for (const m of clause.mentions) state.recent.push(...m.members);
    if (state.recent.length > 20) state.recent.splice(0, state.recent.length - 20);
  }

  /** An object and the actors joined to it by 和/与/及/、 (要求以色列和哈马斯…). */
  private coordinated(tokens: Token[], clause: Clause, object: Mention): Mention[] {
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

  private governanceOf(tokens: Token[], m: Mention, clause: Clause, known: Map<Mention, Governance>): Governance {
    const relative = clause.relatives.find((r) => r.head === m);
    if (relative) return relative.preposition ? this.prepositionKind(relative.preposition) : 'none';
    // 就七国集团广岛峰会…: an actor right after another shares its preposition.
    const touching = clause.mentions.find((x) => x.last === m.first - 1);
    if (touching && m.first - 1 >= clause.from) return known.get(touching) ?? 'none';
    const prev = tokens[m.first - 1]?.text;
    if (prev === undefined || m.first - 1 < clause.from) return 'none';
    // 对非法闯入黄岩岛海域的菲律宾船只…, 将…三家美国军工企业列入…: an actor inside the noun phrase of 对/向/将/把
    // (no verb or other actor between) belongs to that preposition.
    for (let i = m.first - 1, seen = 0; i >= clause.from && seen < 10; i--, seen++) {
      const w = tokens[i]!.text;
      if (clause.triggers.some((t) => i >= t.first && i <= t.last) || clause.mentions.some((x) => !x.generic && i >= x.first && i <= x.last)) break;
      if (i < m.first - 1 && (this.g.targetPrep.has(w) || this.g.baPrep.has(w))) return this.prepositionKind(w);
    }
    if (this.g.partner.has(prev)) {
      // 对美国和日本: an actor joined by 和 to a recipient or agent shares that role.
      const before = clause.mentions.find((x) => x.last === m.first - 2);
      const g = before ? known.get(before) : undefined;
      if (g === 'target' || g === 'agent') return g;
      return 'partner';
    }
    return this.prepositionKind(prev);
  }

  private prepositionKind(word: string): Governance {
    if (this.g.partner.has(word)) return 'partner';
    if (this.g.targetPrep.has(word)) return 'target';
    if (this.g.agentPrep.has(word)) return 'agent';
    if (this.g.locationPrep.has(word)) return 'location';
    if (this.g.topicPrep.has(word)) return 'topic';
    if (this.g.baPrep.has(word)) return 'ba';
    if (this.g.causative.has(word)) return 'pivot';
    return 'none';
  }

  /** 在王毅访俄的同时…, 王毅前往俄罗斯前…: the clause only dates another event. */
  private isBackground(tokens: Token[], clause: Clause): boolean {
    const words = tokens.slice(clause.from, clause.to + 1).map((t) => t.text);
    if (this.g.backgroundFinal.has(words[words.length - 1]!)) return true;
    const opens = words.slice(0, 3).some((w) => this.g.backgroundOpen.has(w));
    return opens && words.slice(-2).some((w) => this.g.backgroundClose.has(w));
  }

  /** The pattern a trigger realises here, and the token of its event noun (开展…合作) when it needs one. */
  private choosePattern(tokens: Token[], clause: Clause, hit: TriggerHit): { pattern: TriggerPattern; noun: number | null } | null {
    if (this.isNominal(tokens, clause, hit)) return null;
    const single = hit.text.length === 1;
    for (const p of hit.patterns) {
      if (single && !p.objects && !p.requires && !p.standalone) continue;
      if (!p.objects) return { pattern: p, noun: null };
      if (hit.text !== p.verb && p.objects.some((o) => hit.text === p.verb + o)) return { pattern: p, noun: null };
      for (let i = hit.last + 1; i <= clause.to; i++) {
        const w = tokens[i]!.text;
        // 深化…协作伙伴关系: a noun that only names a kind of relation is no event.
        if (p.objects.some((o) => w === o || (w.length > o.length && w.endsWith(o))) && !this.g.nominalAfter.has(tokens[i + 1]?.text ?? '')) return { pattern: p, noun: i };
      }
      // 中日韩外长会议在东京举行: the event noun comes first and the light verb closes the clause.
      if (this.g.lightVerbs.has(p.verb) && hit.last === clause.to - (tokens[clause.to]!.text === '。' ? 1 : 0)) {
        for (let i = clause.from; i < hit.first; i++) {
          const w = tokens[i]!.text;
          if (p.objects.some((o) => w === o || (w.length > o.length && w.endsWith(o)))) return { pattern: p, noun: i };
        }
      }
    }
    return null;
  }

  private isNominal(tokens: Token[], clause: Clause, hit: TriggerHit): boolean {
    let b = hit.first - 1;
    while (b > clause.from && this.g.verbModifiers.includes(tokens[b]!.text)) b--;
    const before = b >= clause.from ? tokens[b]!.text : undefined;
    const after = tokens[hit.last + 1]?.text;
    return (before !== undefined && this.g.nominalBefore.has(before)) || (after !== undefined && this.g.nominalAfter.has(after));
  }

  private roles(
    tokens: Token[],
    clause: Clause,
    hit: TriggerHit,
    pattern: TriggerPattern,
    earlier: { hit: TriggerHit; pattern: TriggerPattern }[],
    later: { hit: TriggerHit; pattern: TriggerPattern }[],
    governance: Map<Mention, Governance>,
    state: DiscourseState,
  ): { pairs: [ResolvedActor, ResolvedActor][]; subjectEnd: number; location: ZhRawEvent['location']; how: string } | null {
    const gov = (m: Mention) => governance.get(m) ?? 'none';
    const bound = (m: Mention) => clause.triggers.some((t) => t.last < m.first && t.first < hit.first && t.patterns[0]!.family.object !== 'content');
    const embedded = earlier.some((e) => e.pattern.family.object === 'content' && e.hit.last < hit.first);
    const nextTrigger = later[0]?.hit.first ?? clause.to + 1;

    const inRelative = (m: Mention) => clause.relatives.some((r) => m.first > r.from && m.last < r.to);
    const ownRelative = clause.relatives.find((r) => hit.first >= r.from && hit.last < r.to);
    const candidates = clause.mentions.filter((m) => m.last < hit.first && (gov(m) === 'none' || gov(m) === 'pivot') && !m.possessive && !m.region && !bound(m) && (ownRelative ? m.first > ownRelative.from : !inRelative(m)));
    // 对美方使用武力袭击…表示不满: a verb right after a 对-actor, before the main verb, has that actor as subject.
    const lastBefore = clause.mentions.filter((m) => m.last < hit.first).pop();
    const duiClause = !ownRelative && lastBefore && gov(lastBefore) === 'target' && tokens[lastBefore.first - 1]?.text === '对' && later.length > 0 && !candidates.some((m) => m.first > lastBefore.last) ? lastBefore : undefined;
    let subject = ownRelative ? ownRelative.head : duiClause ?? candidates[candidates.length - 1] ?? null;
    let how = subject ? (ownRelative ? `subject ${subject.text} (the one the relative clause describes)` : `subject ${subject.text}`) : '';
    if (subject?.generic) {
      // 美国…接连派出了高级官员访华: officials with no state named act for the state the clause is about.
      if (!subject.unqualifiedOffice || !state.carried) return null;
      how = `subject ${subject.text}, an office of ${state.carried.text} (carried)`;
      subject = state.carried;
    }
    if (!subject) {
      // A noun event before the verb is its subject (此次磋商有助于推动…合作): nobody is carried in.
      const nounSubject = clause.triggers.some((t) => t.last < hit.first && this.isNominal(tokens, clause, t));
      if (embedded || nounSubject || !state.carried) return null;
      subject = state.carried;
      how = `subject carried from earlier clause: ${subject.text}`;
    }

    const agent = clause.mentions.find((m) => m.last < hit.first && gov(m) === 'agent');
    const partners = clause.mentions.filter((m) => m.last < hit.first && gov(m) === 'partner');
    // 谴责以色列对叙利亚的袭击: the actor before 的 + an event noun is that event's target, not this verb's.
    const ofEvent = (m: Mention) => tokens[m.last + 1]?.text === '的' && clause.triggers.some((t) => t.first === m.last + 2);
    // 将11家美国实体列入清单: an actor fronted by 将/把 before the verb is what the verb acts on.
    const targetLike = (m: Mention) => gov(m) === 'target' || (gov(m) === 'ba' && m.last < hit.first && pattern.family.object !== 'content');
    const prepTargets = clause.mentions.filter((m) => m !== subject && targetLike(m) && !ofEvent(m) && m.first < nextTrigger && (m.last < hit.first || m.first > hit.last));
    const objectLike = (m: Mention) => m.first > hit.last && !m.eventName && (ownRelative !== undefined || !inRelative(m)) && m !== ownRelative?.head && !['target', 'partner', 'ba'].includes(gov(m)) && gov(m) !== 'location' && gov(m) !== 'topic' && gov(m) !== 'agent';
    // The object is the first actor after the verb; past a relative clause (会见来华出席…的塞尔维亚总统) it is the
    // actor right after 的.
    // 发动空袭是因为哈马斯…: the object does not reach past a copula or a causal connective.
    let barrier = nextTrigger;
    for (let i = hit.last + 1; i < nextTrigger; i++) if (this.g.objectBarriers.has(tokens[i]!.text)) { barrier = i; break; }
    const object = pattern.family.object === 'content'
      ? undefined
      : clause.mentions.find((m) => objectLike(m) && m.first < barrier) ??
        (later.length ? clause.mentions.find((m) => objectLike(m) && tokens[m.first - 1]?.text === '的') : undefined);
    const objects = object && !object.generic ? this.coordinated(tokens, clause, object) : [];
    const adjacent = object !== undefined && tokens.slice(hit.last + 1, object.first).every((t) => this.g.objectGap.has(t.text));

    if (pattern.requires === 'adjacent_object' && !adjacent) return null;
    if (pattern.requires === 'partner' && !partners.length) return null;

    let sources = this.members(subject, state);
    let targets: ResolvedActor[] = [];
    const joined = partners.find((p) => clause.mentions.includes(subject!) && p.first > subject!.last && tokens.slice(subject!.last + 1, p.first).every((t) => this.g.coordinators.has(t.text)));
    if (pattern.family.frame === 'symmetric' && joined && sources.length >= 2) {
      sources = [...sources, ...this.members(joined, state)];
      partners.splice(partners.indexOf(joined), 1);
      how += `; ${joined.text} joins the group`;
    }
    // 习近平同马克龙、冯德莱恩举行三方会晤: one subject and two or more partners meet as one group.
    const partnerMembers = partners.flatMap((m) => this.members(m, state));
    if ((pattern.family.name === 'meet' || pattern.family.name === 'agree') && !agent && sources.length === 1 && partnerMembers.length >= 2 && !prepTargets.length) {
      sources = [...sources, ...partnerMembers];
      partners.length = 0;
      how += '; the partners meet with the subject as one group';
    }
    if (agent) {
      targets = sources;
      sources = this.members(agent, state);
      how += `; passive: agent ${agent.text}`;
    } else {
      // With a partner named (同沙特外长通电话，谈巴以局势), a symmetric verb's object is its topic, not a party.
      const objectTargets = object && !object.region && !object.generic && !(pattern.family.frame === 'symmetric' && partners.length) ? objects : [];
      const explicit = [...prepTargets, ...objectTargets];
      // 拒绝与美国举行谈判: the partner of the governed verb is whom the refusal is aimed at.
      const laterPartners = clause.mentions.filter((m) => gov(m) === 'partner' && m.first > hit.last && m.first < nextTrigger);
      const chosen = explicit.length ? explicit : partners.length ? partners : laterPartners;
      targets = chosen.flatMap((m) => this.members(m, state));
      if (chosen.length) how += `; target ${chosen.map((m) => `${m.text} (${gov(m) === 'none' ? 'object' : gov(m)})`).join(', ')}`;
    }
    if ((object?.region || object?.generic) && !targets.length) return null;

    let pairs: [ResolvedActor, ResolvedActor][] = [];
    for (const s of sources) for (const t of targets) if (!sameParticipant(s, t)) pairs.push([s, t]);
    if (!targets.length && !pattern.requires) {
      if (pattern.family.fallback.includes('group') && sources.length >= 2) {
        for (let a = 0; a < sources.length; a++)
          for (let b = a + 1; b < sources.length; b++) if (!sameParticipant(sources[a]!, sources[b]!)) pairs.push([sources[a]!, sources[b]!]);
        how += '; every pair of the group';
      } else if (pattern.family.fallback.includes('dialogue') && state.dialogue) {
        for (const s of sources)
          for (const t of state.dialogue) if (!sameParticipant(s, t) && state.dialogue.some((d) => sameParticipant(d, s))) pairs.push([s, t]);
        how += '; listener: the other party of the last exchange';
      } else if (pattern.family.fallback.includes('recent')) {
        // 中方对此表示强烈不满: "this" is what the last other state named in the document did.
        for (const s of sources) {
          const same = state.lastTarget.get(pattern.family.name);
          const t = (same && !sameParticipant(same, s) ? same : undefined) ??
            [...state.agents].reverse().find((r) => !sameParticipant(r, s)) ??
            [...state.recent].reverse().find((r) => !sameParticipant(r, s));
          if (t) pairs.push([s, t]);
        }
        how += '; target: the last other actor named before (对此)';
      }
    }
    if (pattern.requires === 'target' && !targets.length) return null;
    if (!pairs.length) return null;
    pairs = dedupePairs(pairs);

    const destination = pattern.family.object === 'destination' && object ? this.members(object, state)[0] : undefined;
    if (destination?.place && destination.country) {
      // 抵达北京: the visit is to the state; the city is where it happens.
      const country = destination.country;
      pairs = pairs.map(([s, t]) => [s, t === destination ? { ...t, code: country } : t]);
    }
    const location = destination
      ? { name: destination.place ?? destination.name, country: destination.country }
      : null;
    const subjectEnd = clause.mentions.includes(subject) && subject.last < hit.first ? subject.last : clause.from - 1;
    return { pairs, subjectEnd, location, how };
  }

  private members(m: Mention, state: DiscourseState): ResolvedActor[] {
    if (m.members.length) return m.members;
    if (m.pluralSize === undefined) return [];
    const pick = m.pluralSize === 2 ? state.dialogue ?? state.group : state.group ?? state.dialogue;
    if (!pick || (m.pluralSize > 0 && pick.length !== m.pluralSize)) return [];
    return pick.map((a) => ({ ...a, text: m.text, resolution: `${m.text} → ${a.name} (from context; ${a.resolution})` }));
  }

  /** `governing`: the modality a governing verb gives (拒绝举行谈判 → negated; 呼吁…停火 → hypothetical). */
  private modality(tokens: Token[], clause: Clause, hit: TriggerHit, subjectEnd: number, governing: 'hypothetical' | 'negated' | undefined): Modality {
    const prefix = tokens.slice(clause.from, hit.first).map((t) => t.text);
    const afterSubject = tokens.slice(Math.max(subjectEnd + 1, clause.from), hit.first).map((t) => t.text);
    if (governing === 'negated' || afterSubject.some((w) => this.g.negation.has(w))) return 'negated';
    if (prefix.some((w) => this.g.rumour.has(w))) return 'reported_rumour';
    if (governing === 'hypothetical') return 'hypothetical';
    if (prefix.some((w) => this.g.hypothetical.has(w))) return 'hypothetical';
    if (prefix.some((w) => this.g.future.has(w))) return 'future';
    const justBefore = tokens[hit.first - 1]?.text;
    if (justBefore && hit.first > clause.from && this.g.futureBeforeVerb.has(justBefore)) return 'future';
    return 'asserted';
  }

  private finalCode(tokens: Token[], clause: Clause, hit: TriggerHit, pattern: TriggerPattern, subjectEnd: number): string {
    let code = pattern.code;
    for (const r of pattern.refine) {
      if (r.when.some((w) => clause.text.includes(w))) {
        code = r.code;
        break;
      }
    }
    const intentMarked = tokens.slice(Math.max(subjectEnd + 1, clause.from), hit.first).some((t) => this.g.intent.has(t.text));
    if (intentMarked && pattern.family.intentCode && !pattern.standalone) code = pattern.family.intentCode;
    return code;
  }

  private dateFor(hit: TriggerHit, tokens: Token[], clause: Clause, clauseDates: ResolvedDate[], sentenceDates: ResolvedDate[], state: DiscourseState): ResolvedDate | null {
    const at = tokens[hit.first]!.start - clause.offset;
    const inClause = [...clauseDates].reverse().find((d) => d.at < at) ?? clauseDates[0];
    return inClause ?? sentenceDates[sentenceDates.length - 1] ?? state.date;
  }

  private locationIn(clause: Clause, governance: Map<Mention, Governance>): ZhRawEvent['location'] {
    const at = clause.mentions.find((m) => governance.get(m) === 'location' && m.members.length === 1);
    const place = at?.members[0];
    return place ? { name: place.place ?? place.name, country: place.country } : null;
  }

  /**
   * The clause's own subject is its first actor, if that actor is not governed by a preposition or causative;
   * an actor after 和/对/让 means the subject was dropped, so the carried one stays.
   */
  private updateCarried(clause: Clause, governance: Map<Mention, Governance>, state: DiscourseState): void {
    const firstTrigger = clause.triggers[0]?.first ?? clause.to + 1;
    for (const m of clause.mentions) {
      if (m.first >= firstTrigger) return;
      const g = governance.get(m) ?? 'none';
      if (g === 'pivot' || g === 'partner' || g === 'target') return;
      if (g !== 'none' || m.possessive || m.region) continue;
      state.carried = m.generic ? null : m;
      return;
    }
  }
}

function unique(actors: ResolvedActor[]): ResolvedActor[] {
  const out: ResolvedActor[] = [];
  for (const a of actors) if (!out.some((b) => b.code === a.code)) out.push(a);
  return out;
}

function dedupePairs(pairs: [ResolvedActor, ResolvedActor][]): [ResolvedActor, ResolvedActor][] {
  const seen = new Set<string>();
  return pairs.filter(([s, t]) => {
    const key = `${s.code}>${t.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
