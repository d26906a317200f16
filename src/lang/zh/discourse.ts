import type { ResolvedActor } from '../../coder/actor.js';
import type { ResolvedDate } from './dates.js';
import type { Mention } from './mentions.js';

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
  /** Subjects of the clauses so far, latest last: 美国…宣布对台军售计划，中方坚决反对 opposes the US. */
  topics: ResolvedActor[];
  /** The last mention of one named person in the document: whom 他/她 refers to. */
  lastPerson: Mention | null;
  /** Who is speaking in the rest of this sentence (王毅表示，…): set by a speech verb, reset per sentence. */
  speaker: Mention | null;
  /** The last explicit date in the paragraph. */
  date: ResolvedDate | null;
  published: string | null;
}

const RECENT_ACTORS = 20;
const RECENT_AGENTS = 10;

/** Families whose events set the parties of the exchange a later 双方 or unaddressed briefing refers to. */
const EXCHANGE_FAMILIES = new Set(['meet', 'visit', 'communicate', 'agree']);

export function newDiscourseState(published: string | null): DiscourseState {
  return { carried: null, lastPerson: null, speaker: null, dialogue: null, group: null, recent: [], agents: [], lastTarget: new Map(), topics: [], date: null, published };
}

/** The actors a mention stands for; 双方/两国/三国 resolved from the last exchange or group. */
export function membersOf(m: Mention, state: DiscourseState): ResolvedActor[] {
  if (m.members.length) return m.members;
  if (m.pluralSize === undefined) return [];
  const pick = m.pluralSize === 2 ? state.dialogue ?? state.group : state.group ?? state.dialogue;
  if (!pick || (m.pluralSize > 0 && pick.length !== m.pluralSize)) return [];
  return pick.map((a) => ({ ...a, text: m.text, resolution: `${m.text} → ${a.name} (from context; ${a.resolution})` }));
}

/** Records an asserted event: its agents, its target for its family, and the parties of an exchange. */
export function rememberEvent(state: DiscourseState, family: string, pairs: [ResolvedActor, ResolvedActor][]): void {
  const first = pairs[0];
  if (!first) return;
  state.lastTarget.set(family, first[1]);
  state.agents.push(...pairs.map(([s]) => s));
  if (state.agents.length > RECENT_AGENTS) state.agents.splice(0, state.agents.length - RECENT_AGENTS);
  if (EXCHANGE_FAMILIES.has(family)) state.dialogue = pairs.length > 2 ? unique(pairs.flat()) : [first[0], first[1]];
}

/**
 * An act told as what a statement is about (就美国袭击伊朗核设施答问) is not coded, but its doer is who a stance
 * without a target (中方强烈谴责) is aimed at.
 */
export function rememberReportedAct(state: DiscourseState, doer: Mention): void {
  state.agents.push(...doer.members);
  if (state.agents.length > RECENT_AGENTS) state.agents.splice(0, state.agents.length - RECENT_AGENTS);
}

/** A group named in a clause (中俄蒙, 中国、俄罗斯) is what a 三国 in that clause or later refers to. */
export function rememberGroups(state: DiscourseState, mentions: Mention[]): void {
  for (const m of mentions) if (m.members.length >= 2) state.group = m.members;
}

export function rememberTopic(state: DiscourseState, topic: Mention): void {
  state.topics.push(...topic.members);
  if (state.topics.length > RECENT_AGENTS) state.topics.splice(0, state.topics.length - RECENT_AGENTS);
}

export function rememberMentions(state: DiscourseState, mentions: Mention[]): void {
  for (const m of mentions) {
    state.recent.push(...m.members);
    if (m.members.length === 1 && m.members[0]!.person) state.lastPerson = m;
  }
  if (state.recent.length > RECENT_ACTORS) state.recent.splice(0, state.recent.length - RECENT_ACTORS);
}

function unique(actors: ResolvedActor[]): ResolvedActor[] {
  const out: ResolvedActor[] = [];
  for (const a of actors) if (!out.some((b) => b.code === a.code)) out.push(a);
  return out;
}
