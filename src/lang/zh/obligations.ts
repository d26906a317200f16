import { sameParticipant } from '../../coder/actor.js';
import type { Clause } from './clause.js';
import { membersOf, type DiscourseState } from './discourse.js';
import type { GrammarSets } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Token } from './segment.js';
import type { ZhRawEvent } from './clause-coder.js';

/**
 * Reported obligations: in a sentence whose speaker is known (王毅表示，…), a party named as the subject of a
 * modal (以方应…, 美方必须…) is the addressee of the speaker's appeal or demand. The speaker's own side (中方应…)
 * and everyone at once (各方应…) are no addressees.
 */
export class ObligationReader {
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

  events(tokens: Token[], clause: Clause, state: DiscourseState): Omit<ZhRawEvent, 'date' | 'location'>[] {
    const speaker = state.speaker;
    if (!speaker) return [];
    const sources = membersOf(speaker, state);
    const out: Omit<ZhRawEvent, 'date' | 'location'>[] = [];
    for (const { addressee: m, modal, code, words } of this.addressees(tokens, clause, state)) {
      const addressed = membersOf(m, state);
      // 双方应…, 中美两国应…: a call that includes the speaker's own side asks nothing of the other.
      if (m === speaker || m.generic || addressed.some((t) => sources.some((s) => sameParticipant(s, t)))) continue;
      for (const source of sources)
        for (const target of addressed)
          out.push({
            trigger: words,
            source,
            target,
            code,
            rule: `zh/obligation/${modal}`,
            modality: 'asserted',
            how: `speaker ${speaker.text} (reported speech); addressee ${m.text}, the subject of ${modal}${words === modal ? ' (carried)' : ''}`,
          });
    }
    return out;
  }

  /** Subjects of a modal: named right before it (美方必须…), or dropped at the clause's start (，但应…) and carried. */
  private addressees(tokens: Token[], clause: Clause, state: DiscourseState): { addressee: Mention; modal: string; code: string; words: string }[] {
    const found: { addressee: Mention; modal: string; code: string; words: string }[] = [];
    for (const m of clause.mentions) {
      if ((clause.governance.get(m) ?? 'none') !== 'none' || m.possessive || m.region) continue;
      const modal = tokens[m.last + 1]?.text ?? '';
      const code = this.g.obligations.get(modal);
      if (code) found.push({ addressee: m, modal, code, words: `${m.text}${modal}` });
    }
    if (found.length || !state.carried) return found;
    let at = clause.from;
    while (at <= clause.to && this.g.obligationOpeners.has(tokens[at]!.text)) at++;
    // Without an opener (，必须依靠…) a bare modal more often states a need than asks something of anyone.
    if (at === clause.from) return [];
    const modal = tokens[at]?.text ?? '';
    const code = at <= clause.to ? this.g.obligations.get(modal) : undefined;
    return code ? [{ addressee: state.carried, modal, code, words: modal }] : [];
  }
}
