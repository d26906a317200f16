import type { SentenceEvent } from '../../coder/language-pack.js';
import { type ResolvedActor, sameParticipant } from '../../coder/actor.js';
import type { Modality } from '../../model/event.js';
import { ROOTS_FROM, rootFrom, rootIs } from '../../model/cameo.js';
import { clauseEnd, isComma, listedParties, opensSpan, type Chunk, type NounGroup, type PrepPhrase } from './chunks.js';
import { UNCODED_ACT, countNamedStates, distinct, partyKey, recallActs, References, mainClause, updateDiscourse, type Discourse, type NamedGroup, type RecentAct } from './discourse.js';
import type { DateExpression, EnDateResolver, ResolvedDate } from './dates.js';
import { endangersGood, isFreeRelative, type Frame } from './frames.js';
import { isActNoun, matchesAt, type GrammarSets } from './grammar.js';
import { isPlain, type EnLexicon, type EnPattern } from './lexicon.js';
import type { Mention } from './mentions.js';
import { adverbsBefore, deniedBetween, hasModal, modalityOf, negatedByPhrase, negatesGoverned, ofAbility, type ModalityContext } from './modality.js';
import { nominalEvents } from './nominal-events.js';
import { companionsOf, EVALUATIVE, includedParties, nounOf, passiveSubjects, verbPairs, type Pair, type RoleContext } from './roles.js';
import { reasonStance, reportedStance, type Stance } from './stance.js';
import { isThirdPersonPresent, type Token } from './tokens.js';

export interface AnalysedSentenceParts {
  text: string;
  tokens: Token[];
  mentions: Mention[];
  chunks: Chunk[];
  frames: Frame[];
}

export type EnEvent = SentenceEvent & {
  date: ResolvedDate | null;
  /** Of a symmetric family (meet, sign): its parties are "the two sides" afterwards. */
  symmetric: boolean;
};

/** One event pattern realised in a sentence, before code refinement, dating and modality. */
interface Candidate {
  pattern: EnPattern;
  word: string;
  noun: string | null;
  frame: Frame | null;
  pairs: Pair[];
  how: string;
  /** Token the event is anchored at, for dating; and the tokens whose words refine its code. */
  anchor: number;
  scope: [number, number];
  modality: Modality | null;
  /** An event noun inside a prepositional phrase ("praised him for his visit"): named in passing, not reported. */
  inPassing?: boolean;
  /** "followed suit": the last act repeated, which the clause's own words may say ("followed suit, expelling …"). */
  imitation?: boolean;
  /** The code of the act repeated, as its own words refined it; the repeating clause's words do not. */
  code?: string;
}

/** An act coded as something else its words make of it: stopped aid, a refused meeting. */
interface TurnedAct {
  code: string;
  modality: Modality;
  why: string;
}

/** Codes the events of one sentence from its verb frames and event nouns, and carries the discourse forward. */
export class EnSentenceCoder {
  constructor(
    private readonly lexicon: EnLexicon,
    private readonly g: GrammarSets,
    private readonly dates: EnDateResolver,
  ) {}

  /** `headline`: the sentence is a headline, whose simple present tells what happened. */
  code(s: AnalysedSentenceParts, state: Discourse, published: string | null, headline = false): EnEvent[] {
    const before = { dialogue: state.dialogue, dialogueInPassing: state.dialogueInPassing, host: state.host };
    countNamedStates(state, s.mentions);
    recallActs(state.acts, s.chunks.flatMap((c) => {
      const np = c.kind === 'np' ? c : c.kind === 'pp' ? c.np : null;
      const head = np ? s.tokens[np.head]! : null;
      return head && isActNoun(head, this.g) ? [head.lemma] : [];
    }), this.g.actNounRoots);
    const speaker = this.speaker(s);
    const refs = new References(state, s.mentions, s.frames, speaker, namedGroups(s.chunks), this.g, s.tokens, s.chunks);
    const ctx: RoleContext = { tokens: s.tokens, chunks: s.chunks, frames: s.frames, refs, state, g: this.g, charges: new Map() };
    const consumed = new Set<NounGroup>();
    const candidates: Candidate[] = [];
    const mctx: ModalityContext = { chunks: s.chunks, tokens: s.tokens, frames: s.frames, g: this.g, complementModality: (gov) => this.patternOf(gov, s.tokens)?.complementModality };
    for (const f of s.frames) {
      const remembered = state.acts.length;
      const found = this.stanceCandidate(f, s, ctx) ?? this.imitationCandidate(f, s, ctx, candidates) ?? this.verbCandidate(f, s, ctx, consumed);
      if (found) candidates.push(found);
      // "accused Rwanda of backing the M23, a charge Kigali denies": a later clause of the sentence may answer a charge.
      if (found?.pattern.family.name === 'disapprove') for (const [source, target] of found.pairs) if (!ctx.charges.has(partyKey(target))) ctx.charges.set(partyKey(target), source);
      const reason = reasonStance(f, ctx, this.lexicon);
      if (reason) candidates.push(fromStance(reason, f));
      if (!found && !reason && state.acts.length === remembered) this.rememberUncodedAct(f, ctx, mctx);
    }
    candidates.push(...this.groundsCited(candidates, s));
    const governed = (c: Candidate) => candidates.filter((o) => o.frame && o.frame.governor === c.frame);
    // "agreed to hold talks": the talks are coded (as intent), the agreeing not again. "refused to condemn X" is
    // no rejection of X: a refusal is coded only of cooperation ("refused to meet").
    const coded = candidates.filter((c) => {
      if (!c.frame) return true;
      // "Bahrain followed suit, ordering the Lebanese ambassador to leave": what the follower did is said.
      if (c.imitation && candidates.some((o) => !o.imitation && o.pairs.some(([s]) => c.pairs.some(([x]) => sameParticipant(s, x))))) return false;
      if (this.g.intentVerbs.has(c.frame.vg.lemma) && governed(c).length) return false;
      // "Russian carriers have been flying to Crimea", "Chinese tourists travelled to Japan": carriers and private
      // travellers make no state visit.
      const traveller = c.frame.subject ? s.tokens[c.frame.subject.head]!.lower : '';
      if (c.pattern.family.name === 'visit' && this.g.inList('private_travellers', traveller)) return false;
      // "asked what Macron's problem was": a question.
      const asked = s.chunks.slice(c.frame.at + 1, c.frame.at + 3).some((x) => (x.kind === 'sub' || x.kind === 'np' || x.kind === 'adv' || x.kind === 'other') && this.g.inList('question_words', s.tokens[x.first]!.lower));
      if (c.pattern.family.name === 'demand' && c.frame.vg.lemma === 'ask' && asked) return false;
      // "Moscow insists the plane never left Syrian airspace": insisting on what was so states it; insisting that a
      // party act ("insisted that Israel withdraw", "… must release") demands. Only the verb's own pattern: a demand
      // the clause's words make ("said Tokyo needs to apologise") stays.
      const demanding = s.frames.some((x) => x.at > c.frame!.at && x.vg.words.some((w) => this.g.reportedDemands.has(w)));
      const own = c.word === c.frame.vg.lemma;
      if (own && c.pattern.family.name === 'demand' && this.g.reporting.has(c.frame.vg.lemma) && !demanding && statesWhatWasSo(c.frame.complement, s.tokens, this.g)) return false;
      // "refused to impose them (sanctions on Russia)", "refused to join Western sanctions against Russia": declining
      // a hostile act, or a part in one, rejects no one.
      const complement = c.frame.complement;
      const hostile = (lemma: string) => (this.lexicon.verbs.get(lemma) ?? []).length > 0 && this.lexicon.verbs.get(lemma)!.every((p) => rootFrom(p.code, 'demand'));
      const declined = complement?.object ? this.g.actNounRoots.get(s.tokens[complement.object.head]!.lemma) : undefined;
      const hostileAct = declined !== undefined && declined.every((root) => root >= ROOTS_FROM.demand);
      if (this.g.negatingVerbs.has(c.frame.vg.lemma) && complement?.vg.infinitive && (hostile(complement.vg.lemma) || hostileAct)) return false;
      if (this.g.negatingVerbs.has(c.frame.vg.lemma) && governed(c).some((o) => rootFrom(o.pattern.code, 'investigation'))) return false;
      // "The Polisario Front, backed by Algeria, seeks …", "M23 fighters, backed by Rwandan troops, captured Goma": support
      // a passive participle describes a party by is background to what the sentence tells.
      const described = c.frame.vg.participle && c.frame.vg.passive && isComma(s.chunks[c.frame.at - 1]) && c.frame.subject !== null && s.chunks[c.frame.at - 2] === c.frame.subject;
      return !(described && c.pattern.family.name === 'praise');
    });
    // "Scholz condemned Russia's airstrikes", "said Russia's invasion was a violation": an act named in what a party
    // judges is what it judges, not news of its own; it is remembered for "the strikes" later, not coded.
    // "confronts Ramaphosa … in a tense Oval Office meeting": an occasion the act took place at is not what it judges.
    const setting = (np: NounGroup) => s.chunks.some((ch) => ch.kind === 'pp' && ch.np === np && this.g.inList('setting_prepositions', ch.prep));
    const judged = (np: NounGroup) => !setting(np) && candidates.some((c) => c.frame && EVALUATIVE.has(c.pattern.family.name) && np.first > c.frame.vg.last && np.last <= Math.max(c.scope[1], c.frame.object?.last ?? 0));
    for (const n of nominalEvents(s.frames, this.lexicon, ctx, consumed)) {
      // What a party answers ("rejected the U.S. demand") is the asker's act, told by the answer.
      if (n.pairs.length && judged(n.np) && !n.pattern.answered) {
        if (isHostile(n.pattern.code)) state.acts.push(authoredAct([n.author], n.pattern.code, s.tokens[n.np.head]!.lemma));
        continue;
      }
      // "threatened sanctions at a summit in Accra", "is due to sign the agreement at a summit in Vilnius": a gathering
      // that is the setting of another act is its occasion, not news of its own.
      const gathering = this.g.inList('gathering_nouns', s.tokens[n.np.head]!.lower);
      if (gathering && setting(n.np) && coded.some((c) => c.frame && c.pattern.family.name !== n.pattern.family.name && c.frame.pps.some((pp) => pp.np === n.np))) continue;
      if (!n.pairs.length) {
        if (isHostile(n.pattern.code)) state.acts.push({ ...authoredAct([n.author], n.pattern.code, s.tokens[n.np.head]!.lemma), passing: inRelativeClause(n.np, s) });
        continue;
      }
      // A named event takes the future or supposition of the clause it is in: "it will be Modi's first visit".
      // "hoped negotiations between Japan and Mercosur would begin soon": the clause the noun is the subject of.
      const holder = s.frames.find((f) => f.subject === n.np && f.subjectWay === 'subject' && !f.vg.passive) ?? s.frames.find((f) => f.at < n.at && n.at <= f.end);
      const clause = holder ? modalityOf(holder, mctx) : 'asserted';
      // "called for negotiations between Russia and Ukraine to begin", "insisted on the start of negotiations between
      // Kyiv and Moscow": an event named in what a party asks for is asked for, not told.
      const asker = holder ?? s.frames.filter((f) => f.at < n.at && !f.vg.infinitive).pop();
      const asked = asker !== undefined && askedFor(n.np, asker, s.chunks) && this.patternOf(asker, s.tokens)?.complementModality === 'hypothetical';
      const said = asked ? 'hypothetical' : clause;
      // "said it was ready for talks with Russia", "is open to a meeting with Putin": an event its party declares
      // itself ready for is that party's intent, expressed as the clause says.
      const sought = this.readyFor(n.np, s) && n.pattern.intentCode ? n.pattern.intentCode : undefined;
      const modality = sought ? clause : n.modality === 'asserted' && (said === 'future' || said === 'hypothetical') ? said : n.modality;
      // Its code is refined by its own words and the phrases right after it ("strike on Kyiv with drones").
      const inPassing = s.chunks.some((ch) => ch.kind === 'pp' && ch.np === n.np);
      coded.push({ pattern: n.pattern, word: n.noun, noun: null, frame: null, pairs: n.pairs, how: n.how, anchor: n.np.head, scope: [n.np.first, n.np.last + 3], modality, inPassing, code: sought });
    }
    const expressions = this.dates.eventTimes(s.text, published);
    const events: EnEvent[] = [];
    const acts: { act: RecentAct; nominal: boolean }[] = [];
    const exchanges: Exchange[] = [];
    const directed: Candidate[] = [];
    for (const c of coded) {
      let modality = c.modality ?? modalityOf(c.frame!, mctx);
      // "would not renew the agreement": the pattern codes the refusal itself, which happened.
      if (c.pattern.negated && modality === 'negated') modality = 'asserted';
      // An act stopped or refused is coded as the stopping or refusal, with that act's own modality.
      const turned = this.cessation(c, s, modality, mctx) ?? (modality === 'negated' ? this.refusal(c, mctx) : null) ?? this.heldOut(c, s, modality, refs);
      if (turned) modality = turned.modality;
      // "said it would reject any talks": a refusal its author says is to come is made by saying so.
      if (!turned && modality === 'future' && this.g.data.announced_families.includes(c.pattern.family.name) && this.announcedByAuthor(c, refs)) modality = 'asserted';
      // "proposed to meet Putin", "suggested holding talks": a meeting or cooperation its subject proposes is an
      // intent the proposal expresses now.
      const proposal = !turned && modality === 'hypothetical' && c.pattern.intentCode ? this.proposal(c, refs) : null;
      if (proposal) modality = modalityOf(proposal, mctx);
      if (c.pattern.unrealised && modality === 'asserted' && !this.promised(c.frame)) continue;
      const date = this.dateFor(c, s, expressions, modality, state, headline);
      // "meet tomorrow", "talks next week": a date of the sentence's own after publication makes the event future.
      const own = date !== null && expressions.some((x) => x.text === date.text);
      if (modality === 'asserted' && own && published && date.date > published.slice(0, date.date.length)) modality = 'future';
      // "The ministers are to meet again later this month": a gathering still to come of a group (one whose members
      // are paired with each other) of more parties than the family codes plans of is a conference's schedule, not an
      // intent of each two of them. Its parties are still "the four leaders" afterwards.
      const scheduled = !turned && modality === 'future' && distinct(c.pairs.flat()).length > c.pattern.family.largestPlannedGroup && c.pairs.some(([, target]) => c.pairs.some(([source]) => sameParticipant(source, target)));
      const refined = turned?.code ?? this.finalCode(c, s);
      const code = proposal ? c.pattern.intentCode! : c.frame && !turned ? plannedCode(refined, c.pattern, modality) : refined;
      const rule = `en/${c.pattern.family.name}/${c.word}${c.noun ? `+${c.noun}` : ''}`;
      // "the first call since Turkey shot down a Russian warplane": an act that starts a span is background, not
      // news; it is still remembered for a later "the incident".
      const background = c.frame !== null && (this.startsSpan(c.frame, s) || this.toldAsRepeated(c, s) || this.describedAsPast(c.frame, s, date, published) || this.describesNoun(c.frame, s) || this.toldInAside(c, s));
      for (const [source, target] of background || scheduled ? [] : c.pairs) {
        const location = c.pattern.destination ? { name: target.place ?? target.name, country: target.country } : this.location(c, refs);
        const trigger = c.noun ? `${s.tokens[c.anchor]!.text} … ${c.noun}` : s.tokens[c.anchor]!.text;
        const spoken = !turned && code === c.pattern.byPerson ? '; done by a person: in words' : '';
        events.push({ trigger, source, target, code, rule, modality, date, location, how: turned ? `${c.how}; ${turned.why}` : `${c.how}${spoken}`, symmetric: !turned && c.pattern.frame === 'symmetric' });
        // "talks hosted by China": an occasion hosted, not a visitor.
        const occasion = c.frame?.vg.passive && !c.frame.subject?.members.length;
        const implied = occasion || turned ? undefined : c.pattern.reverseImplies;
        if (implied) events.push({ trigger, source: target, target: source, code: plannedCode(implied, c.pattern, modality), rule: `${rule}/implied`, modality, date, location, how: `${c.how}; implied: ${target.name} → ${source.name} (${implied})`, symmetric: false });
      }
      if (happened(modality)) acts.push({ act: { ...actOf(c, code, s.tokens), passing: (c.inPassing ?? false) || background }, nominal: c.frame === null });
      if (happened(modality) && c.frame && c.pattern.frame !== 'symmetric') directed.push(c);
      // "since Obama travelled to Kenya in 2015": an exchange of an earlier year is background, not the one "the two
      // leaders" of the story are.
      const earlier = date !== null && date.text !== null && published !== null && date.date.slice(0, 4) < published.slice(0, 4);
      if (isExchange(c.pattern, code)) exchanges.push(...exchangesOf(c).map((parties) => ({ parties, host: hostOf(c), inPassing: c.inPassing ?? false, earlier })));
    }
    // "Brussels blacklisted entities that made the drones Moscow has used to strike Ukraine": what "followed suit"
    // repeats is the act of a verb no other verb governs, when the sentence has one; not a participle's set off after
    // it ("froze relations with Brazil, calling the removal a coup").
    const main = directed.filter((c) => !c.frame!.governor && !c.frame!.vg.participle).at(-1) ?? directed.filter((c) => !c.frame!.governor).at(-1) ?? directed.at(-1);
    if (main) state.lastDirected = this.directedAct(main, s);
    events.push(...this.alsoDoneBy(events, s, refs));
    exchanges.push(...this.addressed(s, refs));
    rememberActs(state, acts, exchanges, before);
    this.carry(state, s, ctx, events, speaker, expressions);
    return events;
  }

  /**
   * "expelled a Russian defence attache, citing spying", "banned Moldovan wine, citing impurities": the grounds a party
   * cites, in a participle set off after its measure against another, accuse the one the measure is aimed at.
   */
  private groundsCited(candidates: readonly Candidate[], s: AnalysedSentenceParts): Candidate[] {
    const accusation = this.lexicon.verbs.get(this.lexicon.grammar.wrongdoing_verb)?.find(isPlain);
    if (!accusation) return [];
    return s.frames.flatMap((f) => {
      if (!f.vg.participle || !this.g.inList('grounds_verbs', f.vg.lemma) || !isComma(s.chunks[f.at - 1]) || candidates.some((c) => c.frame === f)) return [];
      const measure = candidates.filter((c) => c.frame && c.frame.at < f.at && !c.frame.vg.participle && !c.frame.vg.infinitive).at(-1);
      if (!measure || !this.g.inList('measure_families', measure.pattern.family.name) || !isHostile(measure.code ?? measure.pattern.code)) return [];
      return [{ pattern: accusation, word: f.vg.lemma, noun: null, frame: f, pairs: measure.pairs, how: `${measure.how}; grounds cited for the measure: an accusation`, anchor: f.vg.verb, scope: [f.vg.first, clauseEnd(s.chunks, f.at)], modality: null }];
    });
  }

  /** Whether a verb's clause opens with a word that makes it the start of a span ("since Turkey shot down …"). */
  private startsSpan(f: Frame, s: AnalysedSentenceParts): boolean {
    const first = f.subject && f.subject.first < f.vg.first ? s.chunks.indexOf(f.subject) : f.at;
    const opener = s.chunks[first - 1];
    if (opener?.kind === 'sub' && opensSpan(opener, this.g)) return true;
    // "since Iran and Saudi Arabia agreed in March, in a deal brokered by China, …": a participle inside such a
    // clause starts the span with it.
    const clause = f.vg.participle ? s.frames.filter((x) => x.at < f.at && !x.vg.participle && !x.vg.infinitive).pop() : undefined;
    return clause !== undefined && this.startsSpan(clause, s);
  }

  /**
   * "the U.S.-China trade agreement, signed in January 2020,", "imposed the boycott in June 2017, accusing Qatar of
   * …": a participle that its own phrases, or the clause it is set off from, date to a year before the report's
   * describes the past, and is background.
   */
  private describedAsPast(f: Frame, s: AnalysedSentenceParts, date: ResolvedDate | null, published: string | null): boolean {
    // Only a year the text gives: one a day and month were put in by guess may be wrong.
    if (!f.vg.participle || date === null || date.text === null || !/\b\d{4}\b/.test(date.text) || published === null || !longBefore(date.date, published)) return false;
    // The participle's own phrases end at the next punctuation or verb of any kind.
    const stop = s.chunks.findIndex((ch, k) => k > f.at && (ch.kind === 'punct' || ch.kind === 'vg'));
    const last = s.chunks[stop < 0 ? s.chunks.length - 1 : stop]!.last;
    const first = f.clause ? Math.min(f.clause.subject?.first ?? f.clause.vg.first, f.clause.vg.first) : f.vg.first;
    return s.text.slice(s.tokens[first]!.start, s.tokens[last]!.end).includes(date.text);
  }

  /**
   * "have broken the commitments and agreements they signed", "violated the treaty it signed with Ukraine": a clause
   * whose pronoun subject comes right after a noun phrase of no party that another verb takes describes that noun, as a
   * relative clause does; it is background. Not after what a speaker tells ("told reporters they would meet").
   */
  private describesNoun(f: Frame, s: AnalysedSentenceParts): boolean {
    const subject = f.subject;
    if (!subject || f.vg.participle || f.vg.infinitive || subject.first !== subject.last || subject.last >= f.vg.first || s.tokens[subject.first]!.pos !== 'PRON') return false;
    const before = s.chunks[s.chunks.indexOf(subject) - 1];
    const np = before?.kind === 'np' ? before : before?.kind === 'pp' ? before.np : null;
    if (!np || np.date || np.members.length || s.tokens[np.head]!.pos !== 'NOUN') return false;
    return s.frames.some((x) => x.at < f.at && (x.object === np || x.pps.some((pp) => pp.np === np)) && !this.g.reporting.has(x.vg.lemma) && !this.g.addressingVerbs.has(x.vg.lemma) && !this.g.objectControl.has(x.vg.lemma));
  }

  /**
   * "Japan, which does not recognise the Sahrawi republic, said …", "Kabila, whose government has refused direct talks
   * with the rebels, said …": an act of a family whose asides are background, told in a relative clause set off by a
   * comma from the party it describes, when that party comes before any verb but a reporting one (the main clause's
   * subject). "met Netanyahu, who rejected the proposal" tells news of a party another verb has just dealt with.
   */
  private toldInAside(c: Candidate, s: AnalysedSentenceParts): boolean {
    const f = c.frame;
    if (f === null || !c.pattern.family.asidesAreBackground || f.subjectWay !== 'relative' || f.subject === null || s.tokens[f.subject.last + 1]?.text !== ',') return false;
    return !s.chunks.slice(0, s.chunks.indexOf(f.subject)).some((ch) => ch.kind === 'vg' && !this.g.reporting.has(ch.lemma));
  }

  /** "have met several times": an act its clause tells as done over and over. */
  private toldAsRepeated(c: Candidate, s: AnalysedSentenceParts): boolean {
    for (let i = c.scope[0]; i <= c.scope[1]; i++) if (this.g.frequencyPhrases.some((p) => matchesAt(s.tokens, i, p))) return true;
    return false;
  }

  /** "Aboul Gheit denounced the attack, as did the Gulf Cooperation Council": the same events, by the one named after. */
  private alsoDoneBy(events: EnEvent[], s: AnalysedSentenceParts, refs: References): EnEvent[] {
    const at = s.frames.find((f) => f.vg.lemma === 'do' && s.chunks[f.at - 1]?.kind === 'sub' && (s.chunks[f.at - 1] as { word: string }).word === 'as');
    const also = at ? s.chunks[at.at + 1] : undefined;
    if (!at || also?.kind !== 'np' || !also.members.length) return [];
    const others = refs.actors(also).actors;
    return events.filter((e) => e.modality === 'asserted').flatMap((e) =>
      others.filter((o) => !sameParticipant(o, e.target) && !sameParticipant(o, e.source)).map((o) => ({ ...e, source: o, how: `${e.how}; "as did" ${o.name}` })),
    );
  }

  /**
   * "Putin told Erdogan that …": one party speaking to another of another state is an exchange in passing, which "the
   * talks" later mean when no meeting or call was named before.
   */
  private addressed(s: AnalysedSentenceParts, refs: References): Exchange[] {
    return s.frames.flatMap((f) => {
      if (!this.g.addressingVerbs.has(f.vg.lemma) || f.vg.passive) return [];
      const speaker = refs.actors(f.subject).actors[0];
      const listener = refs.actors(f.object).actors[0];
      return speaker && listener && speaker.country !== listener.country ? [{ parties: [speaker, listener], host: null, inPassing: true }] : [];
    });
  }

  /** "vowed to retaliate", "is ready to respond": a verb an intent verb governs is promised, not done. */
  private promised(f: Frame | null): boolean {
    const gov = f?.governor;
    return gov !== null && gov !== undefined && (this.g.intentVerbs.has(gov.vg.lemma) || f!.governorWords.some((w) => this.g.intentVerbs.has(w)));
  }

  /**
   * The proposing verb that governs a verb, when what it proposes is its subject's own act, with no modal of its own:
   * "proposed to meet", "suggested meeting", "proposed that he and Putin meet"; not "suggested that Trump could
   * announce relief".
   */
  private proposal(c: Candidate, refs: References): Frame | null {
    const f = c.frame;
    const gov = f?.governor ?? (f?.vg.participle && f.clause?.at === f.at - 1 ? f.clause : null);
    if (!f || !gov || hasModal(f.vg.words, this.g) || !this.g.inList('proposing_verbs', gov.vg.lemma)) return null;
    const proposers = refs.actors(gov.subject).actors;
    return c.pairs.some(([source]) => proposers.some((p) => sameParticipant(p, source))) ? gov : null;
  }

  /** "did not renew", "refused to renew": a verb its own words or a refusing verb negate. */
  private deniedOutright(f: Frame): boolean {
    // "was not able to attend", "would not be able to attend", "will be unable to attend".
    const gov = f.governor;
    const notAble = ofAbility(f, this.g) && gov!.vg.words.some((w) => this.g.negation.has(w));
    return f.vg.words.some((w) => this.g.negation.has(w)) || deniedBetween(f, this.g) || notAble || (gov !== null && negatesGoverned(gov, this.g));
  }

  /** What a naming or reporting verb's words make of it: "called the move wrong" is criticism, not a phone call. */
  private stanceCandidate(f: Frame, s: AnalysedSentenceParts, ctx: RoleContext): Candidate | null {
    const found = reportedStance(f, s.frames, ctx, this.lexicon);
    return found ? fromStance(found, f) : null;
  }

  /**
   * "Colombia followed suit", "Chile did the same": the last directed act again, by the subject, against the same
   * targets; the last one of the sentence so far if it has one ("Turkey had withdrawn its envoy, and Poland said it
   * was doing the same").
   */
  private imitationCandidate(f: Frame, s: AnalysedSentenceParts, ctx: RoleContext, earlier: readonly Candidate[]): Candidate | null {
    const words = s.tokens.slice(f.vg.last + 1, f.vg.last + 3).map((t) => t.lower);
    const phrase = [`${f.vg.lemma} ${words[0]}`, `${f.vg.lemma} ${words.join(' ')}`].find((p) => this.g.imitationPhrases.has(p)) ?? this.imitatingObject(f, s);
    if (!phrase || f.vg.passive) return null;
    // Of the sentence's acts, one a main verb tells, not what a speaker called something.
    const before = earlier.filter((c) => c.frame && !c.frame.governor && c.pattern.frame !== 'symmetric' && !c.imitation && !this.g.namingVerbs.has(c.frame.vg.lemma)).at(-1);
    const last = before ? this.directedAct(before, s) : ctx.state.lastDirected;
    if (!last) return null;
    const sources = ctx.refs.actors(f.subject).actors.filter((a) => !last.sources.some((x) => sameParticipant(x, a)));
    const pairs: Pair[] = sources.flatMap((s) => last.targets.filter((t) => !sameParticipant(s, t)).map((t): Pair => [s, t]));
    if (!pairs.length) return null;
    const how = `"${phrase}": the last act (${last.pattern.family.name}) again, against ${last.targets.map((t) => t.name).join(', ')}`;
    return { pattern: last.pattern, word: phrase.replace(' ', '_'), noun: null, frame: f, pairs, how, anchor: f.vg.verb, scope: [f.vg.first, f.vg.last], modality: null, imitation: true, code: last.code };
  }

  /** A directed act as "followed suit" repeats it: its pattern, its code as its words refined it, its parties. */
  private directedAct(c: Candidate, s: AnalysedSentenceParts): NonNullable<Discourse['lastDirected']> {
    return { pattern: c.pattern, code: this.finalCode(c, s), sources: distinct(c.pairs.map((p) => p[0])), targets: distinct(c.pairs.map((p) => p[1])) };
  }

  /**
   * "unveiled new measures of their own", "imposed similar sanctions": a measure the words mark as like another's,
   * named as verb and noun; null when the object is not one.
   */
  private imitatingObject(f: Frame, s: AnalysedSentenceParts): string | null {
    const np = f.object;
    if (!np || !this.g.inList('imitation_verbs', f.vg.lemma) || !this.g.inList('imitation_nouns', s.tokens[np.head]!.lower)) return null;
    // "imposed its own sanctions on Maher al-Assad and Syria's intelligence directorate": with the parties named, the
    // verb says whom; it repeats nothing.
    if (f.pps.some((pp) => ['on', 'against'].includes(pp.prep) && pp.np?.members.length)) return null;
    const after = s.tokens.slice(np.last + 1, np.last + 4).map((t) => t.lower);
    const own = after[0] === 'of' && this.g.possessives.has(after[1]!) && after[2] === 'own';
    const marked = own || s.tokens.slice(np.first, np.head).some((t) => this.g.inList('imitation_markers', t.lower));
    return marked ? `${f.vg.lemma} ${s.tokens[np.head]!.lower}` : null;
  }

  /**
   * The first pattern of the verb that fits its words and finds its parties; a pattern that fits but finds no target
   * lets the next one try ("held drills" with no state they are aimed at are drills with partners).
   */
  private verbCandidate(f: Frame, s: AnalysedSentenceParts, ctx: RoleContext, consumed: Set<NounGroup>): Candidate | null {
    const particle = s.chunks[f.at + 1];
    // The tagger reads "on" as a preposition with no object and "ahead" as an adverb.
    const continuing = (particle?.kind === 'pp' && !particle.np && particle.prep) || (particle?.kind === 'adv' && particle.word);
    // "fired on and seized three vessels": a preposition the frame keeps for the next verb's object is no particle.
    const stranded = particle?.kind === 'pp' && f.pps.includes(particle);
    // "travels on to Uzbekistan": going on to a place is still going there.
    const onward = s.chunks[f.at + 2]?.kind === 'pp' && (s.chunks[f.at + 2] as PrepPhrase).prep === 'to';
    if (continuing && this.g.continuingParticles.has(continuing) && !stranded && !onward) return null;
    // "condemned what it called the brutal assault on Gaza": a naming verb inside a free relative only names the
    // act that is condemned; it is no call on Gaza.
    const subjectAt = f.subject ? s.chunks.indexOf(f.subject) : -1;
    if (this.g.namingVerbs.has(f.vg.lemma) && isFreeRelative(s.chunks[subjectAt - 1], ctx)) return null;
    // "In a joint statement released on Monday, the ministers said …": a text the sentence is said in is its setting,
    // whose issuing is no news of its own ("in a declaration signed after the summit" still tells a signing).
    const issuedSetting = f.subject !== null && this.g.inList('issuing_verbs', f.vg.lemma) && s.chunks.some((ch) => ch.kind === 'pp' && ch.np === f.subject && this.g.inList('setting_prepositions', ch.prep));
    let untargeted: EnPattern | null = null;
    const words = clauseWords(f, s);
    const opening = complementOpening(f, s);
    // "did not recognise the decision": a pattern for the verb's negation goes before the verb's own.
    const patterns = this.lexicon.verbs.get(f.vg.lemma) ?? [];
    const ordered = this.deniedOutright(f) ? [...patterns.filter((p) => p.negated), ...patterns.filter((p) => !p.negated)] : patterns;
    // An amount's "in" or "of" phrase ("$4 billion in aid", "five hours of talks"); an "of" phrase follows the verb, its
    // object or an amount ("up to 50,000 tonnes of grain"): "after the bombing of its embassy" measures nothing.
    const amount = (c: Chunk | undefined) => c?.kind === 'pp' && c.np !== null && s.tokens.slice(c.np.first, c.np.last + 1).some((t) => t.pos === 'NUM');
    const measuring = f.pps.filter((pp) => {
      const before = s.chunks[s.chunks.indexOf(pp) - 1];
      return pp.prep === 'in' || (pp.prep === 'of' && (before === f.vg || (f.object !== null && before === f.object) || amount(before)));
    });
    for (const p of ordered) {
      // The event noun: the object ("imposed sanctions"), a second object, an amount's phrase, the subject of a passive
      // ("sanctions were imposed"), or a phrase the pattern names ("added X to the Entity List").
      // A pattern that names where its noun stands ("called for a ceasefire") looks only there.
      const measured = (p.nounPrepositions.size ? f.pps.filter((pp) => p.nounPrepositions.has(pp.prep)) : measuring).map((pp) => pp.np);
      // "declared the ambassadors of three states persona non grata": a naming noun after the object's phrases.
      const trailing = f.object ? trailingNoun(s.chunks, f.end) : null;
      const holders = p.nounPrepositions.size ? measured : [f.object, f.second, ...measured, ...passiveSubjects(f, s.chunks), trailing];
      const holder = holders.find((np) => nounOf(p, np, s.tokens)) ?? null;
      if (p.nouns && !holder) continue;
      if (issuedSetting && holder === f.subject) continue;
      // "said China's actions threaten regional peace": a threat to a good no party owns threatens no party.
      if (rootIs(p.code, 'threat') && endangersGood(f, s.tokens, this.g)) continue;
      // "called on the members of the Security Council": a group names the parties its "of" phrase does.
      if (p.withPreposition && !f.pps.some((pp) => p.withPreposition!.has(pp.prep) && (pp.np?.members.length || listedParties(pp.np, s.chunks, s.tokens, this.g)))) continue;
      // "ordered the officials to leave", "told the ambassadors to go home": the verb an infinitive after the object
      // brings, with the words after it, counts as words of the clause, as does a particle the verb group holds ("set
      // off for Moscow").
      const particleWord = f.vg.last > f.vg.verb ? s.tokens[f.vg.last]!.lower : '';
      if (p.withWords && !p.withWords.some((w) => words.includes(w) || opening.startsWith(w) || particleWord === w.trim())) continue;
      // "spoke on Tuesday" is still a call; "conferred on Modi" is not.
      if (p.withoutPreposition && particle?.kind === 'pp' && p.withoutPreposition.has(particle.prep) && !particle.np?.date) continue;
      if (p.personTarget && !receivesPerson(f, p, this.g)) continue;
      if (!objectFits(p, f, this.g)) continue;
      if (p.exceptNouns.size && exceptedNoun(f, p, s)) continue;
      if (p.negated && !this.deniedOutright(f)) continue;
      if (!complementFits(p, f, s.tokens, this.g)) continue;
      if (p.objectless && !endsBare(f, s.chunks)) continue;
      // "calling it a violation", "called the deal a victory for peace": a verb with two objects names, it does not
      // call or call for; unless naming is the act ("designated the Guards a terrorist organisation").
      if ((!p.nouns || this.g.namingVerbs.has(f.vg.lemma)) && f.second && !f.second.members.length && !this.g.inList('listing_verbs', f.vg.lemma)) continue;
      const roles = withRepeatedAddressees(verbPairs(f, p, holder, ctx), f, p, s, ctx);
      // "the India-Australia Summit held in New Delhi": a passive that finds no parties leaves its noun to name them.
      if (holder && (roles || !f.vg.passive)) consumed.add(holder);
      if (!roles) {
        untargeted ??= p;
        continue;
      }
      // "met Wang Yi and signed an agreement": the parties of an exchange are "the two sides" from here on; not those of
      // one denied ("said it would not cooperate with Washington").
      if (isExchange(p, p.code) && !this.deniedOutright(f)) {
        ctx.state.dialogue = roles.pairs[0]!;
        ctx.state.dialogueInPassing = false;
        ctx.state.clashLatest = false;
        ctx.state.host = null;
      }
      // The words that refine the code: the clause, from the subject to the next comma or semicolon.
      let end = f.at;
      while (end + 1 < s.chunks.length && !(s.chunks[end + 1]!.kind === 'punct' && /^[,;:]$/.test((s.chunks[end + 1] as { word: string }).word))) end++;
      const last = s.chunks[end]!.last;
      const first = f.subject && f.subject.first < f.vg.first ? f.subject.first : f.vg.first;
      return { pattern: p, word: f.vg.lemma, noun: holder ? nounOf(p, holder, s.tokens) : null, frame: f, pairs: roles.pairs, how: roles.how, anchor: f.vg.verb, scope: [first, last], modality: null };
    }
    // "Israeli police raided the mosque": no state is its target, but whoever condemns "the raid" next means Israel.
    // Each party of the subject is an author ("the three leaders announced a plan").
    const authors = authorsOf(f, ctx);
    if (untargeted && authors.length && !f.vg.passive && isHostile(untargeted.code)) ctx.state.acts.push(authoredAct(authors, untargeted.code, f.vg.lemma));
    // "The Security Council adopted resolution 2653", "North Korea announced its withdrawal from the treaty": whoever
    // welcomes or condemns "the resolution" or "the move" next means its author. The text's noun may come before its
    // number; a possessive before it is the author's own.
    const text = f.object && f.object.members.every((m) => m.possessive) ? s.tokens.slice(f.object.first, f.object.last + 1).find((t) => t.pos === 'NOUN' && this.g.inList('adopted_texts', t.lemma)) : undefined;
    if (authors.length && text && !f.vg.passive && this.g.inList('adopting_verbs', f.vg.lemma)) ctx.state.acts.push({ sources: authors, targets: [], symmetric: false, root: UNCODED_ACT, word: text.lemma });
    return null;
  }

  /** "ready for talks", "open to dialogue": whether an event noun's phrase follows a word of readiness for it. */
  private readyFor(np: NounGroup, s: AnalysedSentenceParts): boolean {
    const pp = s.chunks.find((ch): ch is PrepPhrase => ch.kind === 'pp' && ch.np === np);
    const before = pp ? s.tokens[pp.first - 1] : undefined;
    return pp !== undefined && ['for', 'to'].includes(pp.prep) && before !== undefined && this.g.inList('receptive_words', before.lower);
  }

  /**
   * "Japan's cabinet approved the removal of South Korea from its white list … Moon called the decision reckless": a
   * party's decision that no pattern codes is still what a later "the decision" or "the move" may mean; so is an act
   * it performs ("North Korea carried out its third nuclear test … Obama called the test provocative"), of the kind
   * its noun names.
   */
  private rememberUncodedAct(f: Frame, ctx: RoleContext, mctx: ModalityContext): void {
    if (f.vg.passive || f.vg.infinitive || f.vg.participle) return;
    const noun = f.object && this.g.inList('authoring_verbs', f.vg.lemma) ? ctx.tokens[f.object.head]!.lemma : '';
    const kinds = this.g.actNounRoots.get(noun);
    const act = kinds ? { root: kinds[0]!, word: noun } : this.g.inList('deciding_verbs', f.vg.lemma) ? { root: UNCODED_ACT, word: f.vg.lemma } : null;
    const authors = act ? authorsOf(f, ctx) : [];
    if (act && authors.length && modalityOf(f, mctx) === 'asserted') ctx.state.acts.push({ sources: authors, targets: [], symmetric: false, ...act });
  }

  /**
   * The pattern a verb is read as, as far as its own words tell (for what it makes of the verb it governs): the first
   * whose event noun and preposition it has ("issued an ultimatum to X to leave"), else none.
   */
  private patternOf(f: Frame, tokens: Token[]): EnPattern | undefined {
    return this.lexicon.verbs.get(f.vg.lemma)?.find((p) => {
      const noun = !p.nouns || [f.object, f.second].some((np) => nounOf(p, np, tokens));
      const preposition = !p.withPreposition || f.pps.some((pp) => p.withPreposition!.has(pp.prep));
      return noun && preposition && objectFits(p, f, this.g) && !(p.personTarget && !receivesPerson(f, p, this.g)) && complementFits(p, f, tokens, this.g);
    });
  }

  /**
   * "will no longer supply weapons", "stopped supplying weapons": an act of a family that has a code for its stopping
   * (cessation_codes), with the modality of the stopping; null for any other act.
   */
  private cessation(c: Candidate, s: AnalysedSentenceParts, modality: Modality, mctx: ModalityContext): TurnedAct | null {
    const f = c.frame;
    const base = this.g.data.cessation_codes[c.pattern.family.name];
    if (!f || !base) return null;
    const noLonger = modality === 'negated' && negatedByPhrase([...adverbsBefore(f, s.chunks), ...f.vg.words], this.g);
    const stop = f.vg.participle && f.clause && f.clause.at === f.at - 1 && this.g.inList('cessation_verbs', f.clause.vg.lemma) ? f.clause : null;
    if (!noLonger && !stop) return null;
    // "will no longer supply": the stopping is as future as the verb group's own words make it.
    const when: Modality = stop ? modalityOf(stop, mctx) : f.vg.words.some((w) => this.g.futureModals.has(w)) ? 'future' : 'asserted';
    const kind = c.pattern.code.match(/^07([1-3])/)?.[1];
    return { code: base === '162' && kind ? `162${kind}` : base, modality: when, why: 'the act stopped' };
  }

  /**
   * "pledged not to cooperate with Washington": an intent verb governing an infinitive its own "not" negates is a
   * refusal of that act, and so is a visit or meeting said not to come; null for any other negation.
   */
  private refusal(c: Candidate, mctx: ModalityContext): TurnedAct | null {
    const codes = this.g.data.intent_refusal_codes;
    const f = c.frame;
    // "Obama would not travel to Spain", "Xi will not attend the summit": a visit or meeting said not to come is one
    // turned down now.
    const family = c.pattern.family.name;
    const toCome = (x: Frame) => x.vg.words.some((w) => this.g.futureModals.has(w) || w === this.g.data.conditional_modal);
    const gov = f?.governor;
    // "would not be able to attend the summit in New Delhi": likewise when it is said it cannot be made.
    const unable = f !== null && ofAbility(f, this.g) && toCome(gov!);
    const notToCome = f && (!f.vg.infinitive || unable) && this.g.data.declined_families.includes(family) && toCome(unable ? gov! : f);
    if (notToCome) return { code: codes[family] ?? codes.other!, modality: 'asserted', why: 'a visit or meeting said not to come: turned down' };
    if (!gov || !f!.vg.infinitive || !this.g.intentVerbs.has(gov.vg.lemma) || this.deniedOutright(gov)) return null;
    return { code: codes[family] ?? codes.other!, modality: modalityOf(gov, mctx), why: 'an intent not to act: a refusal' };
  }

  /**
   * "warned it would impose sanctions on Turkey if it bought the missiles", "stand ready to take further measures":
   * a hostile act its subject holds out on a condition, or says it is ready for, is a threat of that act, which is
   * made now. Not what a party is asked to do ("urged the EU to impose sanctions").
   */
  private heldOut(c: Candidate, s: AnalysedSentenceParts, modality: Modality, refs: References): TurnedAct | null {
    const f = c.frame;
    const code = this.g.data.conditional_threat_codes[c.pattern.code.slice(0, 2)];
    if (!f || !code) return null;
    const gov = f.governor;
    // "Russia said it would strike Kyiv again", "warned it would keep up strikes": a party telling of its own hostile
    // act to come threatens it. Sanctions a party says it will impose are announced, not threatened.
    const force = rootFrom(c.pattern.code, 'force');
    const told = gov !== null && ((force && this.g.reporting.has(gov.vg.lemma)) || this.g.inList('warning_verbs', gov.vg.lemma));
    const own = told && this.spokenByAuthor(c, gov, refs);
    if (modality === 'future' && own) return { code, modality: 'asserted', why: 'a hostile act its author says is to come: a threat' };
    const onCondition = s.tokens.some((t) => this.g.inList('threat_conditions', t.lower));
    if (modality === 'future' && onCondition) return { code, modality: 'asserted', why: 'a hostile act to come on a condition: a threat' };
    const readiness = (list: 'readiness_words' | 'unhesitating_words') => f.governorWords.some((w) => this.g.inList(list, w)) || (gov !== null && this.g.inList(list, gov.vg.lemma));
    // "would not hesitate to strike": the negation is of the hesitation, not of the act.
    if (modality === 'negated') return readiness('unhesitating_words') ? { code, modality: 'asserted', why: 'a hostile act the subject would not hesitate over: a threat' } : null;
    if (readiness('readiness_words')) {
      // "is not ready to strike": no act, and no threat.
      if (f.governorWords.some((w) => this.g.negation.has(w))) return { code: c.pattern.code, modality: 'negated', why: 'an act the subject is not ready for' };
      return { code, modality: 'asserted', why: 'a hostile act the subject stands ready for: a threat' };
    }
    if (modality !== 'hypothetical' || (gov && this.patternOf(gov, s.tokens)?.complementModality === 'hypothetical')) return null;
    const conditional = f.vg.words.includes(this.g.data.conditional_modal) && onCondition;
    return conditional ? { code, modality: 'asserted', why: 'a hostile act held out on a condition: a threat' } : null;
  }

  /** Whether the act is told by its own authors, the subject of the verb `gov` that governs it. */
  private spokenByAuthor(c: Candidate, gov: Frame, refs: References): boolean {
    const speakers = refs.actors(gov.subject).actors;
    return speakers.length > 0 && c.pairs.length > 0 && c.pairs.every(([source]) => speakers.some((a) => sameParticipant(a, source)));
  }

  /** "North Korea said it would reject any talks": an act its authors report as to come. */
  private announcedByAuthor(c: Candidate, refs: References): boolean {
    const gov = c.frame?.governor;
    return gov !== null && gov !== undefined && this.g.reporting.has(gov.vg.lemma) && this.spokenByAuthor(c, gov, refs);
  }

  /** Refinements by the words of the clause (sanctions → 1312), then the intent code when an intent verb governs. */
  private finalCode(c: Candidate, s: AnalysedSentenceParts): string {
    if (c.code) return c.code;
    const words = ` ${s.tokens.slice(c.scope[0], c.scope[1] + 1).map((t) => t.lower).join(' ')} `;
    let code = c.pattern.refine.find((r) => r.when.some((w) => words.includes(w)))?.code ?? c.pattern.code;
    if (c.pattern.byPerson && code === c.pattern.code && c.pairs.length && c.pairs.every(([source]) => source.person)) code = c.pattern.byPerson;
    const gov = c.frame?.governor;
    const intent = gov && (this.g.intentVerbs.has(gov.vg.lemma) || c.frame!.governorWords.some((w) => this.g.intentVerbs.has(w)));
    if (intent && c.pattern.intentCode && !code.startsWith('03')) code = c.pattern.intentCode;
    return code;
  }

  /** The date expression nearest the event's words; "the same day" and a sentence without one keep the date in play. */
  private dateFor(c: Candidate, s: AnalysedSentenceParts, expressions: DateExpression[], modality: Modality, state: Discourse, headline: boolean): ResolvedDate | null {
    const at = s.tokens[c.anchor]!.start;
    // "spoke on Wednesday for the first time since Turkey shot down a warplane in November": a date after the start
    // of a span ("since") dates that span's start, not an act before it.
    const span = s.chunks.find((ch) => opensSpan(ch, this.g) && s.tokens[ch.first]!.start > at);
    const own = span ? expressions.filter((x) => x.at < s.tokens[span.first]!.start) : expressions;
    const nearest = [...own].sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0];
    if (!nearest || nearest.sameDay) return state.date;
    // "Xi leaves Panama on Tuesday for Portugal": a day named with a verb in the simple present, in the body of a
    // report, is one to come, as in a schedule.
    const verb = c.frame && !c.frame.vg.infinitive && !c.frame.vg.participle && c.frame.vg.words.length === 1 ? s.tokens[c.frame.vg.verb]! : null;
    const scheduled = verb !== null && isThirdPersonPresent(verb) && !headline;
    return modality === 'future' || scheduled ? nearest.future : nearest.past;
  }

  private location(c: Candidate, refs: References): EnEvent['location'] {
    const pp = c.frame?.pps.find((p) => this.g.locationPrepositions.has(p.prep) && p.np?.members[0]?.actor);
    const place = pp ? refs.actors(pp.np).actors[0] : undefined;
    return place ? { name: place.place ?? place.name, country: place.country } : null;
  }

  /** Who speaks in the sentence: the subject of a reporting verb, or the actor after "according to". */
  private speaker(s: AnalysedSentenceParts): ResolvedActor | null {
    const reporting = s.frames.find((f) => this.g.reporting.has(f.vg.lemma) && f.subject?.members[0]?.actor);
    if (reporting) return reporting.subject!.members[0]!.actor;
    const according = s.chunks.find((c) => c.kind === 'pp' && this.g.inList('source_phrases', c.prep));
    return according?.kind === 'pp' ? according.np?.members[0]?.actor ?? null : null;
  }

  private carry(state: Discourse, s: AnalysedSentenceParts, ctx: RoleContext, events: EnEvent[], speaker: ResolvedActor | null, expressions: DateExpression[]): void {
    const { refs } = ctx;
    // "The two leaders shared concerns … They condemned …": a phrase referring to several parties forms a group too.
    const several = (c: Chunk) => c.kind === 'np' && (c.members.length >= 2 || c.members.some((m) => m.pluralSize !== undefined));
    const groups = s.chunks.flatMap((c) => (c.kind === 'np' && several(c) ? [refs.actors(c).actors].filter((a) => a.length >= 2) : []));
    // "the governments of Mali, Burkina Faso and Niger": "the three Sahel states" later.
    for (const c of s.chunks) {
      const listed = c.kind === 'np' ? listedParties(c, s.chunks, s.tokens, this.g) : null;
      if (listed && listed.members.length >= 2) groups.push(refs.actors(listed).actors);
    }
    // "the two countries, together with Spain, …": a subject with its companions is a group of its own.
    for (const f of s.frames) {
      const companions = companionsOf(f.subject, ctx);
      if (companions.length) groups.push(distinct([...refs.actors(f.subject).actors, ...companions]));
    }
    // "Mali, Burkina Faso and Niger condemned Algeria": a reply to the group is addressed to the one named first.
    const critics = new Map<string, ResolvedActor>();
    for (const e of events) {
      const key = partyKey(e.target);
      if (rootFrom(e.code, 'demand') && happened(e.modality) && !critics.has(key)) critics.set(key, e.source);
    }
    for (const [key, critic] of critics) state.against.set(key, critic);
    // Turning down a meeting, a mediation or a truce (125–127) criticises no one.
    const criticising = (code: string) => ['11', '12', '13'].includes(code.slice(0, 2)) && !['125', '126', '127'].includes(code.slice(0, 3));
    for (const e of events) if (criticising(e.code) && happened(e.modality)) state.criticised.set(partyKey(e.source), e.target);
    const main = mainClause(s.frames);
    const subjects = main?.subject ? refs.actors(main.subject).actors : [];
    state.subjectGroup = subjects.length >= 2 ? subjects : null;
    updateDiscourse(state, s.mentions, s.frames, groups, speaker, s.tokens, this.g.personGroupNouns);
    state.claimAuthor = claimAuthorOf(s.chunks, s.tokens, this.g) ?? state.claimAuthor;
    const dated = events.find((e) => e.date && e.date.text)?.date ?? expressions.find((x) => !x.sameDay)?.past;
    if (dated) state.date = dated;
  }
}

/**
 * "calls on Rwanda to withdraw its forces and on M23 to halt its advance": the preposition said again after "and",
 * with an infinitive of its own, addresses one more party.
 */
function withRepeatedAddressees(roles: { pairs: Pair[]; how: string } | null, f: Frame, p: EnPattern, s: AnalysedSentenceParts, ctx: RoleContext): { pairs: Pair[]; how: string } | null {
  const prep = roles ? f.pps.find((pp) => p.targets.includes(pp.prep) && pp.np?.members.length)?.prep : undefined;
  if (!roles || !prep || !f.complement?.vg.infinitive) return roles;
  const extra: Pair[] = [];
  for (let k = f.complement.at + 1; k + 2 < s.chunks.length; k++) {
    const [and, pp, verb] = [s.chunks[k]!, s.chunks[k + 1]!, s.chunks[k + 2]!];
    if (and.kind === 'punct' && /^[.;]$/.test(and.word)) break;
    if (and.kind !== 'cc' || pp.kind !== 'pp' || pp.prep !== prep || verb.kind !== 'vg' || !verb.infinitive) continue;
    const sources = distinct(roles.pairs.map(([source]) => source));
    for (const t of ctx.refs.actors(pp.np).actors) for (const source of sources) if (!sameParticipant(source, t)) extra.push([source, t]);
  }
  return extra.length ? { pairs: [...roles.pairs, ...extra], how: `${roles.how}; and ${extra.map(([, t]) => t.name).join(', ')} (${prep}, again)` } : roles;
}

/** The noun phrase after a verb's arguments, or after ", including …," that closes them. */
function trailingNoun(chunks: Chunk[], end: number): NounGroup | null {
  const next = chunks[end + 1];
  if (next?.kind === 'np') return next;
  const list = includedParties(chunks, end);
  const after = list ? chunks[chunks.indexOf(list) + 2] : undefined;
  return list && chunks[chunks.indexOf(list) + 1]?.kind === 'punct' && after?.kind === 'np' ? after : null;
}

/** The lemma of a frame's complement verb and the two words after it: " go home and ", or nothing. */
function complementOpening(f: Frame, s: AnalysedSentenceParts): string {
  const c = f.complement;
  return c ? ` ${[c.vg.lemma, ...s.tokens.slice(c.vg.last + 1, c.vg.last + 3).map((t) => t.lower)].join(' ')} ` : '';
}

/** The candidate event a stance makes of its verb. */
function fromStance(found: Stance, f: Frame): Candidate {
  return { pattern: found.pattern, word: found.word, noun: null, frame: f, pairs: found.pairs, how: found.how, anchor: f.vg.verb, scope: found.scope, modality: null };
}

/** The words after a verb up to the end of its arguments, lower case, each with a space either side. */
function clauseWords(f: Frame, s: AnalysedSentenceParts): string {
  const last = s.chunks[f.end]?.last ?? f.vg.last;
  return ` ${s.tokens.slice(f.vg.last + 1, last + 1).map((t) => t.lower).join(' ')} `;
}

/** The groups of two or more named parties in a sentence ("recalled its envoys to Ireland and Norway"). */
function namedGroups(chunks: Chunk[]): NamedGroup[] {
  const phrases = chunks.flatMap((c) => (c.kind === 'np' ? [c] : c.kind === 'pp' && c.np ? [c.np] : []));
  return phrases.flatMap((np) => {
    const actors = distinct(np.members.flatMap((m) => (m.actor ? [m.actor] : [])));
    return actors.length >= 2 ? [{ last: np.last, actors }] : [];
  });
}

/** The acts and exchanges of a sentence, for the sentences after it to refer back to. */
function rememberActs(state: Discourse, acts: { act: RecentAct; nominal: boolean }[], exchanges: Exchange[], before: Pick<Discourse, 'dialogue' | 'dialogueInPassing' | 'host'>): void {
  // The main clause's act is the one a later "the attack" most likely means, not one its phrases name in passing
  // ("struck Iran in response to Tehran's attack"): it is remembered last.
  state.acts.push(...acts.filter((a) => a.nominal).map((a) => a.act), ...acts.filter((a) => !a.nominal).reverse().map((a) => a.act));
  const clash = acts.find((a) => !a.nominal && a.act.root >= ROOTS_FROM.threat);
  if (clash) {
    state.clash = distinct([...clash.act.sources, ...clash.act.targets]);
    state.clashLatest = true;
  }
  // "met Wang Yi and signed an agreement": the parties of an exchange are "the two sides" from here on; not those of
  // one named in passing ("praised Modi for his visit to Ukraine"), unless there is no other.
  const current = exchanges.filter((e) => !e.earlier);
  // "Bush and Gorbachev tell Iraq …": a party told something in a headline is no "the two leaders" once a meeting of
  // the story's is named ("closing ranks at a summit in Helsinki").
  const dialogue = current.filter((e) => !e.inPassing).pop() ?? (state.dialogue && !state.dialogueInPassing ? undefined : current[current.length - 1]);
  if (dialogue) {
    state.dialogue = dialogue.parties;
    state.dialogueInPassing = dialogue.inPassing;
    state.host = dialogue.host;
    state.clashLatest = false;
  } else if (exchanges.length && !current.length) {
    // The exchange the sentence's verb made the dialogue was of an earlier year: the story's own stays.
    state.dialogue = before.dialogue;
    state.dialogueInPassing = before.dialogueInPassing;
    state.host = before.host;
  }
  state.exchanges.push(...current.map((e) => e.parties));
}

/** The parties of one exchange (meeting, call, visit), and whether it was only named in passing. */
interface Exchange {
  parties: ResolvedActor[];
  host: ResolvedActor | null;
  inPassing: boolean;
  /** Dated in a year before the publication's. */
  earlier?: boolean;
}

/** A meeting or hosting is one exchange of all its parties; a trip to two places, an exchange with each. */
function exchangesOf(c: Candidate): ResolvedActor[][] {
  return c.pattern.destination ? c.pairs.map((pair) => [...pair]) : [distinct(c.pairs.flat())];
}

/** "Biden met the presidents of A, B and C": the one source of a meeting with several guests. */
function hostOf(c: Candidate): ResolvedActor | null {
  const sources = distinct(c.pairs.map((p) => p[0]));
  const guests = distinct(c.pairs.map((p) => p[1]));
  return c.pattern.frame === 'symmetric' && !c.pattern.destination && sources.length === 1 && guests.length >= 2 ? sources[0]! : null;
}

/**
 * Whether a date ("2017", "2020-01", "2013-11-23") lies more than half a year before the publication date; a date of
 * a year or month alone counts from its last month.
 */
function longBefore(date: string, published: string): boolean {
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + (d.length >= 7 ? Number(d.slice(5, 7)) : 12);
  return months(published) - months(date) > 6;
}

/**
 * "will meet", "is scheduled to hold talks": a meeting a verb says is only planned is an intent to meet (036), as
 * "agreed to meet" is; so is cooperation only promised (030). A planned visit stays a visit, in the future (its destination is known); a planned strike
 * stays a strike. An event noun's future is borrowed from its clause ("urged Putin to be ready for negotiations"):
 * it keeps its code.
 */
function plannedCode(code: string, p: EnPattern, modality: Modality): string {
  const meeting = code.startsWith('04') && p.frame === 'symmetric';
  // "would coordinate closely", "will cooperate on energy", "would support the new administration", "will provide
  // aid": cooperation, aid or support only promised is an intent (03).
  const cooperation = code.startsWith('06') || code.startsWith('07') || (code.startsWith('05') && p.family.name === 'praise');
  return modality === 'future' && (meeting || cooperation) && p.intentCode ? p.intentCode : code;
}

function happened(modality: Modality): boolean {
  return modality !== 'negated' && modality !== 'hypothetical';
}

function actOf(c: Candidate, code: string, tokens: Token[]): RecentAct {
  const word = c.frame ? c.frame.vg.lemma : tokens[c.anchor]!.lemma;
  return { sources: distinct(c.pairs.map((p) => p[0])), targets: distinct(c.pairs.map((p) => p[1])), symmetric: c.pattern.frame === 'symmetric', root: Number(code.slice(0, 2)), word };
}

/** Whether a governed clause tells what was so: a finite verb in an inflected form, with no modal. */
function statesWhatWasSo(clause: Frame | null, tokens: Token[], g: GrammarSets): boolean {
  if (!clause || clause.vg.infinitive || clause.vg.participle) return false;
  const verb = tokens[clause.vg.verb]!;
  return !hasModal(clause.vg.words, g) && (verb.lower !== verb.lemma || clause.vg.words.some((w) => g.inList('indicative_auxiliaries', w)));
}

/**
 * "Soleimani, who was killed in a U.S. drone strike": an act a relative clause names is background to the sentence's
 * news, which a later "the attack" means first.
 */
function inRelativeClause(np: NounGroup, s: AnalysedSentenceParts): boolean {
  const relative = s.mentions.filter((m) => m.relative && m.last < np.first).pop();
  return relative !== undefined && !s.tokens.slice(relative.last + 1, np.first).some((t) => t.text === ',' || t.text === ';');
}

/** A hostile act whose target names no party ("police raided the mosque"): its authors are who a later "the raid" means. */
function authoredAct(authors: ResolvedActor[], code: string, word: string): RecentAct {
  return { sources: authors, targets: [], symmetric: false, root: Number(code.slice(0, 2)), word };
}

/** The parties of a verb's subject, as the authors of an act remembered: "the board of the IAEA" is the IAEA. */
function authorsOf(f: Frame, ctx: RoleContext): ResolvedActor[] {
  return distinct(ctx.refs.actors(listedParties(f.subject, ctx.chunks, ctx.tokens, ctx.g) ?? f.subject).actors);
}

/**
 * Whether an event is an exchange whose parties are "the two sides" from then on: a symmetric one, or a meeting,
 * visit or consultation; not a mediation, whose mediator is no side.
 */
function isExchange(p: EnPattern, code: string): boolean {
  return p.frame === 'symmetric' || (code.startsWith('04') && !code.startsWith('045'));
}

/** Threats and material conflict (13–20): what "condemned the attack" or "rejected the move" refers back to. */
function isHostile(code: string): boolean {
  return rootFrom(code, 'threat');
}

/** Whether the verb's object is of the kind the pattern requires, if it requires one: a person, or an organisation. */
function objectFits(p: EnPattern, f: Frame, g: GrammarSets): boolean {
  return (!p.personObject || objectNamesPerson(f)) && (!p.organisationObject || objectNamesOrganisation(f, g));
}

/** "dispatched Foreign Minister Ebrard to Washington": the verb's object names a person. */
function objectNamesPerson(f: Frame): boolean {
  return f.object?.members.some((m) => m.person) ?? false;
}

/**
 * The object is an organisation by name, not something of one: "the Commonwealth", not "the G7 summit"; nor a grouping
 * that is its leaders' meetings ("left G7 early").
 */
function objectNamesOrganisation(f: Frame, g: GrammarSets): boolean {
  return f.object?.members.some((m) => !m.person && !m.possessive && m.actor?.org && !g.data.summit_groupings.includes(m.actor.org) && m.last >= f.object!.head) ?? false;
}

/** A person on the receiving end: the object ("welcomed Ruto"), or the subject of a passive ("Ruto was welcomed by"). */
function receivesPerson(f: Frame, p: EnPattern, g: GrammarSets): boolean {
  // "The two were welcomed by …": a group named by number alone or by people is people.
  const people = (m: Mention) => m.person || (m.pluralSize !== undefined && !g.data.group_nouns.some((n) => !g.personGroupNouns.has(n) && m.text.toLowerCase().endsWith(` ${n}`)));
  // "conveyed the decision to Foreign Minister Muttaqi": a pattern whose target is a phrase receives the person there.
  const phrase = p.targets.includes('object') ? undefined : f.pps.find((pp) => p.targets.includes(pp.prep) && pp.np?.members.length)?.np;
  const np = phrase ?? (f.vg.passive ? f.subject : f.object);
  // "called Trump and Macron criminals": a noun after the people heads the phrase, and names them.
  if (!np || !np.members.some((m) => np.head >= m.first && np.head <= m.last)) return false;
  return np.members.some(people);
}

/**
 * "remarks by Israeli Finance Minister Bezalel Smotrich", "Erdogan's comments": the author a sentence names for
 * remarks or claims, whom a later "the remarks" in the document means; null when it names none.
 */
function claimAuthorOf(chunks: Chunk[], tokens: Token[], g: GrammarSets): ResolvedActor | null {
  for (let k = chunks.length - 1; k >= 0; k--) {
    const c = chunks[k]!;
    const np = c.kind === 'np' ? c : c.kind === 'pp' ? c.np : null;
    if (!np || !g.recentClaims.has(tokens[np.head]!.lower)) continue;
    const owner = np.members.find((m) => m.actor && m.possessive && m.last < np.head);
    if (owner?.actor) return owner.actor;
    const by = chunks[k + 1];
    const author = by?.kind === 'pp' && by.prep === 'by' ? by.np?.members.find((m) => m.actor) : undefined;
    if (author?.actor) return author.actor;
  }
  return null;
}

/**
 * A pattern that needs the verb to govern a clause, or an infinitive, holds only with one ("told Israel to stop …");
 * a mandate's verb is bare or follows one of `mandate_auxiliaries` ("that Kyiv declare", "that Kyiv should declare";
 * not "that Kyiv could declare").
 */
function complementFits(p: EnPattern, f: Frame, tokens: Token[], g: GrammarSets): boolean {
  if (!p.requiresComplement) return true;
  const c = f.complement;
  if (c === null) return false;
  if (p.requiresComplement === 'infinitive') return c.vg.infinitive;
  if (p.requiresComplement !== 'mandate') return p.requiresComplement !== 'clause' || !c.vg.infinitive;
  if (c.vg.infinitive) return false;
  const verb = tokens[c.vg.verb]!;
  const auxiliaries = c.vg.words.slice(0, -1).filter((w) => !g.negation.has(w));
  return verb.lower === verb.lemma && auxiliaries.every((w) => g.inList('mandate_auxiliaries', w)) && auxiliaries.length <= 1;
}

/** "a charge Kigali denies.": nothing of the verb's follows it to the end of its clause but an adverb or a time. */
function endsBare(f: Frame, chunks: readonly Chunk[]): boolean {
  const next = chunks.slice(f.at + 1).find((c) => c.kind !== 'adv' && !(c.kind === 'np' && c.date) && !(c.kind === 'pp' && c.np?.date));
  return next === undefined ? f.at + 1 >= chunks.length : next.kind === 'punct';
}

/** Whether the verb's object, a passive's subject or one of the pattern's target phrases is one of its excepted nouns. */
function exceptedNoun(f: Frame, p: EnPattern, s: AnalysedSentenceParts): boolean {
  const targetPhrases = f.pps.filter((pp) => p.targets.includes(pp.prep)).map((pp) => pp.np);
  return [f.object, ...passiveSubjects(f, s.chunks), ...targetPhrases].some((np) => np && p.exceptNouns.has(s.tokens[np.head]!.lower));
}

/**
 * Whether a noun phrase is what a verb asks for: its object or its "for" or "on" phrase ("called for a ceasefire and
 * for negotiations", "insisted on talks"), or the "of" phrase of one ("insisted on the start of negotiations").
 */
function askedFor(np: NounGroup, f: Frame, chunks: Chunk[]): boolean {
  const asking = (c: Chunk | undefined) => c?.kind === 'pp' && c.np !== null && (c.prep === 'for' || c.prep === 'on') && f.pps.some((pp) => pp.prep === c.prep);
  const own = (c: Chunk | undefined) => c !== undefined && (c === f.object || asking(c));
  const at = chunks.findIndex((c) => c === np || (c.kind === 'pp' && c.np === np));
  const here = chunks[at];
  if (own(here)) return true;
  return here?.kind === 'pp' && here.prep === 'of' && own(chunks[at - 1]);
}
