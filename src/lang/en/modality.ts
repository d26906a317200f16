import type { Modality } from '../../model/event.js';
import { isComma, type Chunk } from './chunks.js';
import { isCharged, subordinatorOf, type Frame } from './frames.js';
import { matchesAt, type GrammarSets } from './grammar.js';
import { isThirdPersonPresent, type Token } from './tokens.js';

/** The sentence a verb stands in, as far as its modality depends on it. */
export interface ModalityContext {
  chunks: Chunk[];
  tokens: Token[];
  frames: Frame[];
  g: GrammarSets;
  /** The modality a governing verb gives what it governs (what is demanded is hypothetical), by the pattern it is read as. */
  complementModality(governor: Frame): 'hypothetical' | 'negated' | undefined;
}

/**
 * Whether a verb's event happened: negated ("did not meet", "refused to meet"), hypothetical ("may meet", "if they
 * meet", "urged them to meet"), future ("will meet", "plans to meet", "Xi to visit France"; "would" in reported
 * speech), reported_rumour ("reportedly met", "is said to have met") or asserted.
 */
export function modalityOf(f: Frame, ctx: ModalityContext): Modality {
  const { g } = ctx;
  const words = f.vg.words;
  const all = [...adverbsBefore(f, ctx.chunks), ...words];
  if (all.some((w) => g.negation.has(w)) || negatedByPhrase(all, g)) return 'negated';
  // "No U.S. officials will attend", "Few Western leaders visited Moscow": a subject that counts none or hardly any.
  if (f.subject && f.subjectWay === 'subject' && g.inList('negating_quantifiers', ctx.tokens[f.subject.first]!.lower)) return 'negated';
  // "sent no message of condolence", "imposed no sanctions": an object of none.
  if (f.object && ctx.tokens[f.object.first]!.lower === 'no' && ctx.tokens[f.object.first + 1]?.lower !== 'fewer' && ctx.tokens[f.object.first + 1]?.lower !== 'less') return 'negated';
  // "blocked a Security Council statement condemning the killings": what a text blocked would have said, it did not.
  if (f.vg.participle && f.subject && ctx.frames.some((x) => x !== f && x.object === f.subject && negatesGoverned(x, g))) return 'negated';
  // "had nothing to discuss with him", "has no reason to meet Putin": an infinitive after an object of none.
  if (f.vg.infinitive && g.inList('negating_objects', f.governorWords[0] ?? '')) return 'negated';
  // "has yet to sign the agreement", "is yet to respond": what is still awaited has not happened.
  if (f.vg.infinitive && f.governor && awaitedBy(f.governor, f.governorWords, ctx)) return 'negated';
  // "left without meeting Zelensky", "ended without signing a truce": an -ing form after a bare "without".
  const before = ctx.chunks[f.at - 1];
  if (before?.kind === 'pp' && before.np === null && g.inList('negating_prepositions', before.prep)) return 'negated';
  // "pledged not to cooperate": the negation stands before the infinitive's "to".
  if (f.vg.infinitive && (before?.kind === 'other' || before?.kind === 'adv') && g.negation.has(before.word)) return 'negated';
  const gov = f.governor;
  const governed = gov ? modalityOf(gov, ctx) : null;
  if (gov) {
    if (governed === 'negated' || negatesGoverned(gov, g) || deniedBetween(f, g)) return 'negated';
    // What a recipient is given something for has not happened.
    if (f.subjectWay === 'purpose') return 'hypothetical';
    if (governed === 'hypothetical' || g.hypotheticalVerbs.has(gov.vg.lemma)) return 'hypothetical';
    const given = ctx.complementModality(gov);
    if (given) return given;
    if (governed === 'reported_rumour' || (gov.vg.passive && g.reporting.has(gov.vg.lemma))) return 'reported_rumour';
  }
  if (isRumour(f, ctx)) return 'reported_rumour';
  if (isConditional(f, ctx)) return 'hypothetical';
  if (words.some((w) => g.hypotheticalModals.has(w))) return 'hypothetical';
  if (words.includes(g.data.conditional_modal)) return isReported(f, ctx) ? 'future' : 'hypothetical';
  if (words.some((w) => g.futureModals.has(w))) return 'future';
  // "is due in Beijing", "is expected in Moscow": an arrival still to come; "had been due in Copenhagen", one that fell
  // through.
  if (f.vg.lemma === 'be' && g.futureVerbs.has(ctx.tokens[f.vg.last + 1]?.lemma ?? '')) return words[0] === 'had' ? 'hypothetical' : 'future';
  // "had been due to fly to Moscow": a plan told in the past perfect is one that fell through.
  const lapsed = gov?.vg.words[0] === 'had' && [gov.vg.lemma, ...f.governorWords].some((w) => g.inList('lapsed_plan_verbs', w));
  if (lapsed) return 'hypothetical';
  if (gov && (governed === 'future' || g.futureVerbs.has(gov.vg.lemma) || f.governorWords.some((w) => g.futureVerbs.has(w)))) return 'future';
  if (inTimeClauseOfFuture(f, ctx)) return 'future';
  // "looked forward to meeting Singh": the tagger may read "to meeting" as an infinitive.
  if (ctx.tokens[f.vg.verb]!.lower.endsWith('ing') && g.anticipatingPhrases.some((p) => matchesAt(ctx.tokens, f.vg.verb - p.length, p))) return 'future';
  // A participle is as real as its clause: "Xi will tour Europe, visiting France and Serbia".
  if (f.clause) {
    // "denied attacking civilians", "would consider supplying weapons": a participle right after its verb; or after
    // its verb's bare preposition ("refrained from criticising", "pulled out of hosting").
    const preposition = ctx.chunks[f.at - 1];
    const bare = preposition?.kind === 'pp' && preposition.np === null && f.clause.at === f.at - 2;
    if ((f.clause.at === f.at - 1 || bare) && negatesGoverned(f.clause, g)) return 'negated';
    if (f.clause.at === f.at - 1 && g.hypotheticalVerbs.has(f.clause.vg.lemma)) return 'hypothetical';
    // "accused Kyiv of attacking the plant", "warned Putin against invading Ukraine": what an accusation alleges, or a
    // warning warns against, is not told as fact.
    if (isCharged(f, ctx.chunks, ctx.g)) return 'hypothetical';
    const clause = modalityOf(f.clause, ctx);
    if (clause === 'future' || clause === 'hypothetical') return clause;
    // "would not follow the EU in imposing sanctions", "did not respond by expelling diplomats": the way of doing
    // what was not done was not taken either.
    if (clause === 'negated' && preposition?.kind === 'pp' && preposition.np === null && (preposition.prep === 'in' || preposition.prep === 'by')) return 'negated';
  }
  if (fellShortOf(f, ctx)) return 'negated';
  if (ofProspect(f, ctx)) return 'hypothetical';
  // "China's refusal to condemn the invasion", "its failure to meet": what a refusal is of did not happen.
  if (f.vg.infinitive && g.negatingNouns.has(ctx.tokens[f.vg.first - 1]?.lemma ?? '')) return 'negated';
  // "accused Iran of a plot to kill the Saudi ambassador": what a plot, an attempt or an effort is for has not been done.
  // So is what efforts are made for, an aside between them and the infinitive or not ("made efforts, at all levels, to
  // reach agreement").
  if (f.vg.infinitive && (g.inList('scheming_nouns', ctx.tokens[f.vg.first - 1]?.lemma ?? '') || f.governorWords.some((w) => g.inList('scheming_nouns', w)))) return 'hypothetical';
  // An infinitive no verb governs: a headline's "Xi to visit France", or "is to visit" (but "is ready to" is intent);
  // not one a noun of precedence governs ("Bush, the first sitting U.S. president to visit Lithuania, …").
  const first = before?.kind === 'np' && ctx.tokens.slice(before.first, before.last + 1).some((t) => g.inList('precedence_words', t.lower));
  if (f.vg.infinitive && !gov && first) return 'asserted';
  if (f.vg.infinitive && (!gov || (gov.vg.lemma === 'be' && !f.governorWords.some((w) => g.intentVerbs.has(w) || g.inList('precedence_words', w))))) return 'future';
  return 'asserted';
}

/** Whether a governing "have" or "be" holds a word of waiting before its infinitive ("has yet to sign"). */
function awaitedBy(gov: Frame, between: readonly string[], ctx: ModalityContext): boolean {
  return ['have', 'be'].includes(ctx.tokens[gov.vg.first]!.lemma) && [...gov.vg.words, ...between].some((w) => ctx.g.inList('awaiting_words', w));
}

/**
 * "would discuss it with Putin when they meet in July", "When they meet next month, the leaders will sign …": a verb
 * in the simple present under a conjunction of time, hanging on a clause with a modal, is still to come.
 */
function inTimeClauseOfFuture(f: Frame, { chunks, frames, tokens, g }: ModalityContext): boolean {
  const verb = tokens[f.vg.verb]!;
  const present = f.vg.words.length === 1 && (verb.lower === verb.lemma ? !g.inList('unchanging_past_verbs', verb.lower) : isThirdPersonPresent(verb));
  if (!present) return false;
  if (!g.inList('time_conjunctions', subordinatorOf(f, chunks) ?? '')) return false;
  // The clause it hangs on, or one that clause governs ("would urge Xi to play a constructive role when he meets him").
  const opener = chunks.indexOf(f.subject!) - 1;
  const before = frames.filter((x) => x.at < opener);
  if (before.length) return before.some((x) => hasModal(x.vg.words, g));
  const main = frames.find((x) => x.at > f.at && chunks.slice(f.at, x.at).some(isComma));
  return main !== undefined && hasModal(main.vg.words, g);
}

/**
 * "has no intention of attacking or invading the North", "the risk of escalating": an -ing form after "of" and a noun
 * of `prospect_nouns`, or joined by "or" or "and" to one that is.
 */
function ofProspect(f: Frame, ctx: ModalityContext): boolean {
  let at = f.at;
  const joined = ctx.chunks[at - 1];
  const previous = ctx.chunks[at - 2];
  if (joined?.kind === 'cc' && previous?.kind === 'vg' && previous.participle) at -= 2;
  const of = ctx.chunks[at - 1];
  const verb = ctx.chunks[at];
  return verb?.kind === 'vg' && verb.participle && of?.kind === 'pp' && of.prep === 'of' && !of.np && ctx.g.inList('prospect_nouns', ctx.tokens[of.first - 1]?.lower ?? '');
}

/** "stopped short of endorsing a Palestinian state": an -ing form after "short of" and a verb of `shortfall_verbs`. */
function fellShortOf(f: Frame, { tokens, g }: ModalityContext): boolean {
  const [verb, short, of] = [tokens[f.vg.first - 3], tokens[f.vg.first - 2], tokens[f.vg.first - 1]];
  return of?.lower === 'of' && short?.lower === 'short' && verb !== undefined && g.inList('shortfall_verbs', verb.lemma);
}

/** "was not able to travel", "will be unable to attend": a negation or a negating adjective between governor and verb. */
export function deniedBetween(f: Frame, g: Pick<GrammarSets, 'negation' | 'inList'>): boolean {
  return f.governorWords.some((w) => g.negation.has(w) || g.inList('negating_adjectives', w));
}

/** "would not be able to attend", "will be unable to attend": an infinitive whose doing is said to be in reach or not. */
export function ofAbility(f: Frame, g: Pick<GrammarSets, 'inList'>): boolean {
  return f.vg.infinitive && f.governor?.vg.lemma === 'be' && f.governorWords.some((w) => w === 'able' || g.inList('negating_adjectives', w));
}

/** "refused to meet", "cancelled plans to visit", "called off plans to travel": a verb whose infinitive did not happen. */
export function negatesGoverned(gov: Frame, g: Pick<GrammarSets, 'negatingVerbs'>): boolean {
  return g.negatingVerbs.has(gov.vg.lemma) || g.negatingVerbs.has(`${gov.vg.lemma} ${gov.vg.words.at(-1)}`);
}

function isRumour(f: Frame, { chunks, tokens, g }: ModalityContext): boolean {
  if (f.vg.words.some((w) => g.rumourWords.has(w))) return true;
  const before = chunks[f.at - 1];
  if (before?.kind === 'adv' && g.rumourWords.has(before.word)) return true;
  const sentenceStart = chunks[0];
  if (sentenceStart?.kind === 'adv' && g.rumourWords.has(sentenceStart.word)) return true;
  for (let i = 0; i < f.vg.first; i++) for (const phrase of g.rumourPhrases) if (matchesAt(tokens, i, phrase)) return true;
  return false;
}

/** Inside an "if" or "unless" clause: a conditional word before the verb with no clause boundary between. */
function isConditional(f: Frame, { chunks, g }: ModalityContext): boolean {
  for (let k = f.at - 1; k >= 0; k--) {
    const c = chunks[k]!;
    if ((c.kind === 'sub' || c.kind === 'other' || c.kind === 'adv') && g.conditionals.has(c.word)) return true;
    if (c.kind === 'vg' && c.words.length === 1 && g.inList('conditional_participles', c.words[0]!) && [chunks[k + 1], chunks[k + 2]].includes(f.subject ?? undefined)) return true;
    // "should it further invade Ukraine", "should Russia escalate": a modal before its subject opens a condition.
    if (c.kind === 'vg' && c.words.length === 1 && c.lemma === 'should' && chunks[k + 1]?.kind === 'np') return true;
    if (c.kind === 'punct' && (c.word === ',' || c.word === ';' || c.word === ':')) return false;
  }
  return false;
}

/**
 * "X said it would …": a reporting verb before the verb in the sentence; or an intent verb whose clause the verb is
 * ("agreed that their ministers would meet", "pledged that it would send aid").
 */
function isReported(f: Frame, { frames, g }: ModalityContext): boolean {
  return frames.some((p) => p.at < f.at && g.reporting.has(p.vg.lemma)) || (f.governor !== null && !f.vg.infinitive && g.intentVerbs.has(f.governor.vg.lemma));
}

/** Whether a verb group's words hold a modal of supposition, of the future or of condition: "may", "will", "would". */
export function hasModal(words: readonly string[], g: Pick<GrammarSets, 'hypotheticalModals' | 'futureModals' | 'data'>): boolean {
  return words.some((w) => g.hypotheticalModals.has(w) || g.futureModals.has(w) || w === g.data.conditional_modal);
}

/** "will no longer supply": a negating phrase among a verb group's words. */
export function negatedByPhrase(words: readonly string[], g: GrammarSets): boolean {
  const text = ` ${words.join(' ')} `;
  return g.data.negation_phrases.some((p) => text.includes(` ${p} `));
}

/** "Poland no longer recognises", "never met": the adverbs right before a verb with no auxiliary, chunks of their own. */
export function adverbsBefore(f: Frame, chunks: readonly Chunk[]): string[] {
  const adverbs: string[] = [];
  for (let k = f.at - 1; chunks[k]?.kind === 'adv'; k--) adverbs.unshift((chunks[k] as { word: string }).word);
  return adverbs;
}
