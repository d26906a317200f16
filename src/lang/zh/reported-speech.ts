import type { ResolvedActor } from '../../coder/actor.js';
import { sameParticipant } from '../../coder/actor.js';
import type { Clause } from './clause.js';
import type { ZhRawEvent } from './clause-coder.js';
import { membersOf, type DiscourseState } from './discourse.js';
import type { GrammarSets } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Token } from './segment.js';

type SpeechEvent = Omit<ZhRawEvent, 'date' | 'location'>;

/** What a speaker's words make of another party: the addressee of an obligation, or the doer of a wrong. */
interface Claim {
  party: Mention;
  code: string;
  /** The words that say it, as the trigger. */
  words: string;
  rule: string;
  how: string;
}

/** How far a wrongdoing verb may stand from the party it is said of (高市早苗 的 言论 粗暴 干涉). */
const WRONGDOING_REACH = 6;

/**
 * Reported speech that is itself the event. In a sentence whose speaker is known (王毅表示，…):
 * - a party named as the subject of a modal (以方应…, 美方必须…) is the addressee of the speaker's appeal or demand;
 * - a party said to do a wrong (日方的言论粗暴干涉中国内政) is the one the speaker accuses.
 * The speaker's own side (中方应…, 双方应…) and everyone at once (各方应…) are no such party.
 */
export class ReportedSpeech {
  constructor(private readonly g: GrammarSets) {}

  /** A speech verb in the clause makes its subject, else the clause's carried subject, the sentence's speaker. */
  noteSpeaker(tokens: Token[], clause: Clause, topic: Mention | null | undefined, state: DiscourseState): void {
    const verb = tokens.slice(clause.from, clause.to + 1).findIndex((t) => this.g.speechVerbs.has(t.text));
    if (verb === -1) return;
    const at = clause.from + verb;
    const named = topic && topic.last < at ? topic : null;
    const pronoun = tokens.slice(clause.from, at).some((t) => this.g.personalPronouns.has(t.text));
    state.speaker = named ?? (pronoun ? state.lastPerson : state.carried);
  }

  events(tokens: Token[], clause: Clause, state: DiscourseState): SpeechEvent[] {
    const speaker = state.speaker;
    if (!speaker) return [];
    const sources = membersOf(speaker, state);
    const out: SpeechEvent[] = [];
    for (const claim of [...this.obligations(tokens, clause, state), ...this.wrongs(tokens, clause)]) {
      const parties = membersOf(claim.party, state);
      // 双方应…, 中美两国应…: what includes the speaker's own side is said of no other party.
      if (claim.party === speaker || claim.party.generic || parties.some((t) => sources.some((s) => sameParticipant(s, t)))) continue;
      for (const source of sources) for (const target of parties) out.push(this.event(claim, source, target, speaker));
    }
    return out;
  }

  private event(claim: Claim, source: ResolvedActor, target: ResolvedActor, speaker: Mention): SpeechEvent {
    return { trigger: claim.words, source, target, code: claim.code, rule: claim.rule, modality: 'asserted', how: `speaker ${speaker.text} (reported speech); ${claim.how}` };
  }

  /** Subjects of a modal: named right before it (美方必须…), or dropped after an opener (，但应…) and carried. */
  private obligations(tokens: Token[], clause: Clause, state: DiscourseState): Claim[] {
    const found: Claim[] = [];
    for (const m of clause.mentions) {
      if ((clause.governance.get(m) ?? 'none') !== 'none' || m.possessive || m.region) continue;
      // 美方不应…: a negation before the modal asks the party not to do something, still an appeal.
      const negated = this.g.negation.has(tokens[m.last + 1]?.text ?? '');
      const modal = tokens[m.last + (negated ? 2 : 1)]?.text ?? '';
      const code = this.g.obligations.get(modal);
      const words = tokens.slice(m.first, m.last + (negated ? 3 : 2)).map((t) => t.text).join('');
      if (code) found.push({ party: m, code, words, rule: `zh/obligation/${modal}`, how: `addressee ${m.text}, the subject of ${modal}` });
    }
    if (found.length || !state.carried) return found;
    let at = clause.from;
    while (at <= clause.to && this.g.obligationOpeners.has(tokens[at]!.text)) at++;
    // Without an opener (，必须依靠…) a bare modal more often states a need than asks something of anyone.
    if (at === clause.from || at > clause.to) return [];
    const modal = tokens[at]!.text;
    const code = this.g.obligations.get(modal);
    return code ? [{ party: state.carried, code, words: modal, rule: `zh/obligation/${modal}`, how: `addressee ${state.carried.text}, the subject of ${modal} (carried)` }] : [];
  }

  /** A wrongdoing verb with the party before it (itself or its words, 日方的言论), and nothing negating or supposing it. */
  private wrongs(tokens: Token[], clause: Clause): Claim[] {
    const found: Claim[] = [];
    for (let at = clause.from; at <= clause.to; at++) {
      const verb = tokens[at]!.text;
      // After another verb of the clause (敦促美方停止干涉…) the wrong is that verb's business, not a claim.
      if (!this.g.wrongdoingVerbs.has(verb) || clause.triggers.some((t) => t.first < at)) continue;
      // The nearest actor before the verb that no preposition governs (美方对台军售…违反: 美方, not 台).
      const party = [...clause.mentions].reverse().find((m) => m.last < at && ['none', 'pivot'].includes(clause.governance.get(m) ?? 'none') && !m.region);
      if (!party || at - party.last > WRONGDOING_REACH) continue;
      const between = tokens.slice(party.last + 1, at).map((t) => t.text);
      if (between.some((w) => this.g.negation.has(w) || this.g.obligations.has(w) || this.g.hypothetical.has(w) || /[\p{P}]/u.test(w))) continue;
      found.push({ party, code: this.g.wrongdoingCode, words: verb, rule: `zh/wrongdoing/${verb}`, how: `accused ${party.text}, said to ${verb}` });
    }
    return found;
  }
}
