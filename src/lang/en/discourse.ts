import type { ResolvedActor } from '../../coder/actor.js';
import { sameParticipant } from '../../coder/actor.js';
import type { NounGroup } from './chunks.js';
import type { ResolvedDate } from './dates.js';
import type { Frame } from './frames.js';
import type { Mention } from './mentions.js';

/** What earlier sentences of a document make available to later ones. */
export interface Discourse {
  /** The person who was the subject of the last sentence that had one: whom "he" most often means. */
  subjectPerson: ResolvedActor | null;
  lastPerson: ResolvedActor | null;
  lastThing: ResolvedActor | null;
  lastGroup: ResolvedActor[] | null;
  /** The parties of the last exchange (meeting, call, agreement): "the two leaders". */
  dialogue: ResolvedActor[] | null;
  /** The author of the last hostile act: whom "condemned the attack" is against. */
  lastHostile: ResolvedActor | null;
  /** The author of the last event that happened: whom "welcomed the agreement" or "praised the move" is for. */
  lastActor: ResolvedActor | null;
  /** For each party (country or organisation code), who last criticised, accused or threatened it. */
  against: Map<string, ResolvedActor>;
  speaker: ResolvedActor | null;
  date: ResolvedDate | null;
}

export function newDiscourse(): Discourse {
  return { subjectPerson: null, lastPerson: null, lastThing: null, lastGroup: null, dialogue: null, lastHostile: null, lastActor: null, against: new Map(), speaker: null, date: null };
}

/** Resolves the members of a noun phrase to actors: named ones directly, pronouns and "the two leaders" from context. */
export class References {
  constructor(
    private readonly state: Discourse,
    private readonly mentions: Mention[],
    private readonly frames: Frame[],
    private readonly speaker: ResolvedActor | null,
  ) {}

  actors(np: NounGroup | null): { actors: ResolvedActor[]; how: string } {
    if (!np) return { actors: [], how: '' };
    const actors: ResolvedActor[] = [];
    const how: string[] = [];
    for (const m of np.members) {
      const found = this.resolve(m);
      if (found.length && !m.actor) how.push(`${m.text} → ${found.map((a) => a.name).join(' and ')}`);
      for (const a of found) if (!actors.some((b) => b.code === a.code && b.name === a.name)) actors.push(a);
    }
    return { actors, how: how.join('; ') };
  }

  /** The actors one mention stands for. */
  resolve(m: Mention): ResolvedActor[] {
    if (m.actor) return [m.actor];
    const tag = (a: ResolvedActor | null | undefined, why: string) => (a ? [{ ...a, text: m.text, resolution: `${m.text} → ${a.name} (${why}; ${a.resolution})` }] : []);
    if (m.pluralSize !== undefined) {
      const pick = this.state.dialogue ?? this.state.lastGroup;
      if (!pick || (m.pluralSize > 0 && pick.length !== m.pluralSize)) return [];
      return pick.flatMap((a) => tag(a, 'parties from context'));
    }
    const before = this.mentions.filter((x) => x.last < m.first && x.actor);
    if (m.ref === 'person') {
      const subjects = this.frames.filter((f) => f.subject && f.subject.last < m.first).map((f) => f.subject!.members[0]).filter((x) => x?.person && x.actor);
      return tag(subjects.pop()?.actor ?? this.state.subjectPerson ?? before.filter((x) => x.person).pop()?.actor ?? this.state.lastPerson, 'the person spoken of');
    }
    if (m.ref === 'thing') return tag(before.filter((x) => !x.person).pop()?.actor ?? this.state.lastThing, 'the last state or body named');
    if (m.ref === 'speaker') return tag(this.speaker ?? this.state.speaker, 'the speaker');
    if (m.ref === 'group') return (this.state.lastGroup ?? this.state.dialogue ?? []).flatMap((a) => tag(a, 'the last group named'));
    return [];
  }
}

/** After a sentence: who was named last, who spoke, which group was formed. */
export function updateDiscourse(state: Discourse, mentions: Mention[], frames: Frame[], groups: ResolvedActor[][], speaker: ResolvedActor | null): void {
  for (const m of mentions) {
    if (!m.actor) continue;
    if (m.person) state.lastPerson = m.actor;
    else state.lastThing = m.actor;
  }
  const subject = frames.find((f) => f.subject?.members[0]?.person && f.subject.members[0].actor)?.subject?.members[0]?.actor;
  if (subject) state.subjectPerson = subject;
  const group = groups.filter((g) => g.length >= 2).pop();
  if (group) state.lastGroup = group;
  if (speaker) state.speaker = speaker;
}

/** The actors of a group that are different participants (Biden and "the US" are one). */
export function distinct(actors: ResolvedActor[]): ResolvedActor[] {
  const out: ResolvedActor[] = [];
  for (const a of actors) if (!out.some((b) => sameParticipant(a, b))) out.push(a);
  return out;
}

/** The key a party is remembered by: its state, or the organisation's code. */
export function partyKey(a: ResolvedActor): string {
  return a.country ?? a.code;
}
