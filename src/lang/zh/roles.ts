import type { ResolvedActor } from '../../coder/actor.js';
import { everyPair, sameParticipant } from '../../coder/actor.js';
import type { Clause, ClauseReader, Governance } from './clause.js';
import { membersOf, rememberReportedAct, type DiscourseState } from './discourse.js';
import type { GrammarSets, TriggerPattern } from './lexicon.js';
import type { Mention, TriggerHit } from './mentions.js';
import type { Token } from './segment.js';

export interface ActiveTrigger {
  hit: TriggerHit;
  pattern: TriggerPattern;
}

/** Where a trigger stands: its clause, the triggers before and after it, and the discourse so far. */
export interface TriggerContext {
  tokens: Token[];
  clause: Clause;
  hit: TriggerHit;
  pattern: TriggerPattern;
  earlier: ActiveTrigger[];
  later: ActiveTrigger[];
  state: DiscourseState;
  /** Subjects already found for the clause's triggers: verbs listed with 、 share one (袭击伊朗、轰炸…). */
  subjects: Map<TriggerHit, Mention>;
}

export interface Roles {
  pairs: [ResolvedActor, ResolvedActor][];
  /** Last token of the subject in this clause (clause.from - 1 when it was carried in). */
  subjectEnd: number;
  location: { name: string; country: string | null } | null;
  /** How the roles were filled, for --explain. */
  how: string;
}

interface Subject {
  mention: Mention;
  how: string;
}

/** At most this many words between an actor inside a modifier and its 的 (保障 监督 之下 的). */
const MODIFIER_TAIL_WORDS = 4;

/**
 * Fills a trigger's roles from Chinese word order: the subject before the verb (or carried from an earlier
 * clause), 与/同/和 partners, 对/向/给 recipients, 被/遭 agents, the object after the verb; then, when no target
 * is named, the pairs of a group, the other party of the last exchange, or what 对此 refers to.
 */
export class RoleFinder {
  constructor(
    private readonly g: GrammarSets,
    private readonly reader: ClauseReader,
    private readonly tagOf: (word: string) => string,
  ) {}

  find(ctx: TriggerContext): Roles | null {
    const { clause, hit, pattern, later, state, tokens } = ctx;
    const gov = (m: Mention): Governance => clause.governance.get(m) ?? 'none';
    const subject = this.subject(ctx);
    if (!subject) return null;
    ctx.subjects.set(hit, subject.mention);
    let how = subject.how;
    const nextTrigger = later[0]?.hit.first ?? clause.to + 1;
    const ownRelative = clause.relatives.find((r) => hit.first >= r.from && hit.last < r.to);
    const agent = clause.mentions.find((m) => m.last < hit.first && gov(m) === 'agent');
    const partners = clause.mentions.filter((m) => m.last < hit.first && gov(m) === 'partner' && !m.city);
    // 谴责以色列对叙利亚的袭击: the actor before 的 + an event noun is that event's target, not this verb's.
    const ofEvent = (m: Mention) => tokens[m.last + 1]?.text === '的' && clause.triggers.some((t) => t.first === m.last + 2);
    // 将11家美国实体列入清单: an actor fronted by 将/把 before the verb is what the verb acts on.
    const targetLike = (m: Mention) => gov(m) === 'target' || (gov(m) === 'ba' && m.last < hit.first && pattern.family.object !== 'content');
    const object = this.object(ctx, ownRelative?.head, nextTrigger);
    // 敦促中方利用对伊朗的影响力: past the object, a 对-actor belongs to the object's own clause.
    // 将参与对台军售的公司列入…: an actor deep inside a modifier (a 的 later, not right after it) is not the target.
    const embedded = (m: Mention) => tokens[m.last + 1]?.text !== '的' && tokens.slice(m.last + 2, hit.first).some((t) => t.text === '的');
    const prepTargets = clause.mentions.filter((m) => m !== subject.mention && targetLike(m) && !ofEvent(m) && !m.city && !m.region && m.first < nextTrigger &&
      ((m.last < hit.first && !embedded(m)) || (m.first > hit.last && !(object && object.first < m.first))));
    const objects = object && !object.generic ? this.reader.coordinated(tokens, clause, object) : [];
    const adjacent = object !== undefined && tokens.slice(hit.last + 1, object.first).every((t) => this.g.objectGap.has(t.text));
    if (pattern.requires === 'adjacent_object' && !adjacent) return null;
    if (pattern.requires === 'partner' && !partners.length) return null;

    let sources = membersOf(subject.mention, state);
    let targets: ResolvedActor[];
    const joined = partners.find((p) => clause.mentions.includes(subject.mention) && p.first > subject.mention.last && tokens.slice(subject.mention.last + 1, p.first).every((t) => this.g.coordinators.has(t.text)));
    if (pattern.family.frame === 'symmetric' && joined && sources.length >= 2) {
      sources = [...sources, ...membersOf(joined, state)];
      partners.splice(partners.indexOf(joined), 1);
      how += `; ${joined.text} joins the group`;
    }
    // 习近平同马克龙、冯德莱恩举行三方会晤: one subject and two or more partners meet as one group.
    const partnerMembers = partners.flatMap((m) => membersOf(m, state));
    const listed = partners.length === 1 && partners[0]!.members.length >= 2 && partners[0]!.text.includes('、');
    if (pattern.family.name === 'meet' && !agent && sources.length === 1 && listed && !prepTargets.length) {
      sources = [...sources, ...partnerMembers];
      partners.length = 0;
      how += '; the partners meet with the subject as one group';
    }
    if (agent) {
      targets = sources;
      sources = membersOf(agent, state);
      how += `; passive: agent ${agent.text}`;
    } else {
      // With a partner named (同沙特外长通电话，谈巴以局势), a symmetric verb's object is its topic, not a party.
      const objectTargets = object && !object.region && !object.generic && !(pattern.family.frame === 'symmetric' && partners.length) ? objects : [];
      const explicit = [...prepTargets, ...objectTargets];
      // 拒绝与美国举行谈判: the partner of the governed verb is whom the refusal is aimed at.
      const laterPartners = clause.mentions.filter((m) => gov(m) === 'partner' && m.first > hit.last && m.first < nextTrigger);
      const chosen = explicit.length ? explicit : partners.length ? partners : laterPartners;
      targets = chosen.flatMap((m) => membersOf(m, state));
      if (chosen.length) how += `; target ${chosen.map((m) => `${m.text} (${gov(m) === 'none' ? 'object' : gov(m)})`).join(', ')}`;
    }
    if ((object?.region || object?.generic) && !targets.length) return null;

    let pairs: [ResolvedActor, ResolvedActor][] = [];
    for (const s of sources) for (const t of targets) if (!sameParticipant(s, t)) pairs.push([s, t]);
    if (!targets.length && !pattern.requires) {
      const fallback = this.fallback(ctx, sources);
      pairs = fallback.pairs;
      how += fallback.how;
    }
    if (pattern.requires === 'target' && !targets.length) return null;
    if (!pairs.length) return null;

    const destination = pattern.family.object === 'destination' && object ? membersOf(object, state)[0] : undefined;
    if (destination?.place && destination.country) {
      // 抵达北京: the visit is to the state; the city is where it happens.
      const country = destination.country;
      pairs = pairs.map(([s, t]) => [s, t === destination ? { ...t, code: country } : t]);
    }
    return {
      pairs: dedupePairs(pairs),
      subjectEnd: clause.mentions.includes(subject.mention) && subject.mention.last < hit.first ? subject.mention.last : clause.from - 1,
      location: destination ? { name: destination.place ?? destination.name, country: destination.country } : null,
      how,
    };
  }

  private subject(ctx: TriggerContext): Subject | null {
    const { clause, hit, earlier, later, state, tokens } = ctx;
    const gov = (m: Mention): Governance => clause.governance.get(m) ?? 'none';
    // An actor after an earlier verb is that verb's object, not this one's subject — unless that verb takes a
    // clause (谴责美方袭击伊朗: 美方 does the 袭击) and nothing else stands between.
    const previous = earlier[earlier.length - 1];
    const pivot = previous?.pattern.family.clausalObject ? clause.mentions.find((m) => m.first > previous.hit.last && m.last < hit.first) : undefined;
    const bound = (m: Mention) => m !== pivot && clause.triggers.some((t) => t.last < m.first && t.first < hit.first && t.patterns[0]!.family.object !== 'content');
    const embedded = earlier.some((e) => e.pattern.family.object === 'content' && e.hit.last < hit.first);
    const inRelative = (m: Mention) => clause.relatives.some((r) => m.first > r.from && m.last < r.to);
    const ownRelative = clause.relatives.find((r) => hit.first >= r.from && hit.last < r.to);
    if (ownRelative) return { mention: ownRelative.head, how: `subject ${ownRelative.head.text} (the one the relative clause describes)` };
    const listedAfter = earlier[earlier.length - 1];
    const shared = listedAfter && tokens[hit.first - 1]?.text === '、' ? ctx.subjects.get(listedAfter.hit) : undefined;
    if (shared) return { mention: shared, how: `subject ${shared.text} (shared with the verb listed before)` };

    const candidates = clause.mentions.filter((m) => m.last < hit.first && (gov(m) === 'none' || gov(m) === 'pivot') && !m.possessive && !m.region && !m.city && !bound(m) && !inRelative(m));
    // 对美方使用武力袭击…表示不满: a verb right after a 对-actor, before the main verb, has that actor as subject.
    const lastBefore = clause.mentions.filter((m) => m.last < hit.first).pop();
    const duiClause =
      lastBefore &&
      gov(lastBefore) === 'target' &&
      tokens[lastBefore.first - 1]?.text === '对' &&
      !tokens.slice(lastBefore.last + 1, hit.first).some((t) => this.g.expressionVerbs.has(t.text)) &&
      later.length > 0 &&
      !candidates.some((m) => m.first > lastBefore.last);
    // 就中方支持俄罗斯…表达关切, 就伊朗对以色列发动袭击答问: a verb inside the topic of another verb is what is
    // talked about, not an event.
    if (lastBefore && gov(lastBefore) === 'topic' && lastBefore.last === hit.first - 1) {
      rememberReportedAct(state, lastBefore);
      return null;
    }
    // The topic actor acting on another (就伊朗对以色列…) opens a clause inside the topic; 就日本官员的言论向日方…
    // does not: there the topic ends before the main verb's own 向.
    const clauseInTopic = clause.mentions.find(
      (m) => m.last < hit.first && gov(m) === 'topic' && this.g.targetPrep.has(tokens[m.last + 1]?.text ?? '') && !clause.triggers.some((t) => t.first > m.last && t.last < hit.first),
    );
    if (clauseInTopic) {
      rememberReportedAct(state, clauseInTopic);
      return null;
    }
    const found = duiClause ? lastBefore : candidates[candidates.length - 1];
    if (found && !found.generic) return { mention: found, how: `subject ${found.text}` };
    if (found) {
      // 美国…接连派出了高级官员访华: officials with no state named act for the state the clause is about.
      if (!found.unqualifiedOffice || !state.carried) return null;
      return { mention: state.carried, how: `subject ${found.text}, an office of ${state.carried.text} (carried)` };
    }
    // A noun event before the verb is its subject (此次磋商有助于推动…合作): nobody is carried in.
    const nounSubject = clause.triggers.some((t) => t.last < hit.first && this.reader.isNominal(tokens, clause, t));
    if (embedded || nounSubject) return null;
    const pronoun = this.personalPronounBefore(tokens, clause, hit);
    if (this.nonActorSubject(tokens, clause, hit)) return null;
    if (pronoun && state.lastPerson) return { mention: state.lastPerson, how: `subject ${pronoun} → ${state.lastPerson.text} (the last person named)` };
    if (!state.carried) return null;
    return { mention: state.carried, how: `subject carried from earlier clause: ${state.carried.text}` };
  }

  /**
   * 新规将限制…, 这些措施会…: a noun that is no actor standing before the verb's modal or negation is the clause's
   * own subject, so no earlier subject carries in.
   */
  private nonActorSubject(tokens: Token[], clause: Clause, hit: TriggerHit): Token | undefined {
    for (let i = clause.from; i + 1 < hit.first; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1]!.text;
      if (!this.g.futureBeforeVerb.has(next) && !this.g.future.has(next) && !this.g.hypothetical.has(next) && !this.g.negation.has(next)) continue;
      if (clause.mentions.some((m) => i >= m.first && i <= m.last) || clause.triggers.some((x) => i >= x.first && i <= x.last)) continue;
      if (isNoun(t.text, this.tagOf(t.text))) return t;
    }
    return undefined;
  }

  /** 他/她 standing as the subject: before the verb, outside any actor's words. */
  private personalPronounBefore(tokens: Token[], clause: Clause, hit: TriggerHit): string | undefined {
    for (let i = clause.from; i < hit.first; i++) {
      const w = tokens[i]!.text;
      if (this.g.personalPronouns.has(w) && !clause.mentions.some((m) => i >= m.first && i <= m.last)) return w;
    }
    return undefined;
  }

  /**
   * The first actor after the verb, not past a copula or causal connective (发动空袭是因为哈马斯…); past a relative
   * clause (会见来华出席…的塞尔维亚总统) the actor right after 的.
   */
  private object(ctx: TriggerContext, relativeHead: Mention | undefined, nextTrigger: number): Mention | undefined {
    const { clause, hit, pattern, later, tokens } = ctx;
    if (pattern.family.object === 'content') return undefined;
    const gov = (m: Mention): Governance => clause.governance.get(m) ?? 'none';
    const inRelative = (m: Mention) => clause.relatives.some((r) => m.first > r.from && m.last < r.to);
    const objectLike = (m: Mention) =>
      m.first > hit.last && !m.eventName && (!m.city || pattern.family.object === 'destination') && (relativeHead !== undefined || !inRelative(m)) && m !== relativeHead &&
      (gov(m) === 'none' || gov(m) === 'pivot');
    let barrier = nextTrigger;
    for (let i = hit.last + 1; i < nextTrigger; i++) {
      if (this.g.objectBarriers.has(tokens[i]!.text)) {
        barrier = i;
        break;
      }
    }
    const first = clause.mentions.find((m) => objectLike(m) && m.first < barrier);
    if (first) return this.throughModifier(ctx, first, objectLike, barrier);
    return later.length ? clause.mentions.find((m) => objectLike(m) && tokens[m.first - 1]?.text === '的') : undefined;
  }

  /**
   * 轰炸国际原子能机构保障监督下的核设施: an actor inside a modifier that a position word closes (…下的, …之下的)
   * only says what the object is under — the actor after the 的 names it (…之下的伊朗核设施), else there is none.
   * An actor that owns or does what the modifier says (美国的盟友, 埃及提出的方案) is the object itself.
   */
  private throughModifier(ctx: TriggerContext, first: Mention, objectLike: (m: Mention) => boolean, barrier: number): Mention | undefined {
    const { clause, tokens } = ctx;
    if (first.possessive) return first;
    let de = -1;
    for (let i = first.last + 1; i < Math.min(barrier, first.last + 2 + MODIFIER_TAIL_WORDS); i++) {
      const w = tokens[i]!.text;
      if (/[\p{P}]/u.test(w) || clause.mentions.some((m) => m.first === i)) break;
      if (w === '的') {
        de = i;
        break;
      }
    }
    if (de === -1 || !this.g.positionWords.has(tokens[de - 1]!.text)) return first;
    return clause.mentions.find((m) => m.first === de + 1 && objectLike(m));
  }

  /** No target named: every pair of a group, the other party of the last exchange, or what 对此 refers to. */
  private fallback(ctx: TriggerContext, sources: ResolvedActor[]): { pairs: [ResolvedActor, ResolvedActor][]; how: string } {
    const { pattern, state } = ctx;
    const pairs: [ResolvedActor, ResolvedActor][] = [];
    const fallback = pattern.family.fallback;
    if (fallback.includes('group') && sources.length >= 2) return { pairs: everyPair(sources), how: '; every pair of the group' };
    if (fallback.includes('dialogue') && state.dialogue) {
      const parties = state.dialogue;
      for (const s of sources) for (const t of parties) if (!sameParticipant(s, t) && parties.some((d) => sameParticipant(d, s))) pairs.push([s, t]);
      return { pairs, how: '; listener: the other party of the last exchange' };
    }
    const classObject = ctx.tokens.slice(ctx.hit.last + 1, ctx.clause.to + 1).some((t) => this.g.universalQuantifiers.has(t.text));
    if (fallback.includes('recent') && !classObject) {
      // 中方对此表示强烈不满: "this" is what was last done to or by another state in the document.
      for (const s of sources) {
        const same = state.lastTarget.get(pattern.family.name);
        const t = (same && !sameParticipant(same, s) ? same : undefined) ??
          [...state.agents].reverse().find((r) => !sameParticipant(r, s)) ??
          [...state.topics].reverse().find((r) => !sameParticipant(r, s)) ??
          [...state.recent].reverse().find((r) => !sameParticipant(r, s));
        if (t) pairs.push([s, t]);
      }
      return { pairs, how: '; target: what 对此 refers to (the last event of its kind, else the last other actor)' };
    }
    return { pairs, how: '' };
  }
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

/** jieba's noun tags, and words it does not know (x) written in Chinese characters, such as new coinages (新规). */
function isNoun(word: string, tag: string): boolean {
  return tag === 'n' || tag === 'nz' || tag === 'vn' || tag === 'an' || (tag === 'x' && word.length >= 2 && /^\p{Script=Han}+$/u.test(word));
}
