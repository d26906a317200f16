import type { ResolvedActor } from '../../coder/actor.js';
import { sameParticipant } from '../../coder/actor.js';
import { rootFrom, rootIs } from '../../model/cameo.js';
import { authorAfter, clauseEnd, isQuote, type Chunk, type NounGroup } from './chunks.js';
import { endangersGood, subordinatorOf, type Frame } from './frames.js';
import { idiomEnd, isActNoun, matchesAt, phraseText } from './grammar.js';
import { isPlain, type EnLexicon, type EnPattern } from './lexicon.js';
import { hasModal } from './modality.js';
import { actsForNoParty, conditionBefore, conditionParties, counterpartOf, isActPronoun, nounOf, referredParties, subordinateClause, type Pair, type RoleContext } from './roles.js';
import type { Token } from './tokens.js';

/**
 * A speech act that the verb does not name but what is said does: criticism by evaluation ("called the remark
 * wrong", "said the ban was regrettable"), a threat by its idiom ("said X would pay a heavy price"), a demand or
 * appeal by a modal ("said Washington should lift …", "told Israel it must …"). Coded as the verb the grammar names
 * for it.
 */
export interface Stance {
  pattern: EnPattern;
  /** The verb and the word that makes the act: "call+wrong", "say+must". */
  word: string;
  pairs: Pair[];
  how: string;
  /** Tokens whose words refine the code: the evaluated or demanded clause. */
  scope: [number, number];
}

export function reportedStance(f: Frame, frames: Frame[], ctx: RoleContext, lexicon: EnLexicon): Stance | null {
  if (f.vg.passive || actsForNoParty(f.subject, ctx)) return null;
  return naming(f, ctx, lexicon) ?? reported(f, frames, ctx, lexicon);
}

/**
 * "banned Moldovan wine because Moldova had repeatedly failed to fix quality problems": the wrong or failing a clause
 * of reason tells, right after its subject's act, criticises or accuses the one it is told of.
 */
export function reasonStance(f: Frame, ctx: RoleContext, lexicon: EnLexicon): Stance | null {
  if (f.vg.infinitive || f.vg.participle || f.vg.passive) return null;
  const next = subordinateClause(f, ctx, 'reason_conjunctions');
  if (!next || actsForNoParty(f.subject, ctx)) return null;
  const found = stanceOf(f, next, ctx, lexicon);
  return found?.pattern.family.name === 'disapprove' ? found : null;
}

/**
 * "called the remark extremely wrong", "described China's actions as provocative", "held Tehran responsible":
 * criticism of what is named.
 */
function naming(f: Frame, ctx: RoleContext, lexicon: EnLexicon): Stance | null {
  if (!ctx.g.namingVerbs.has(f.vg.lemma)) return null;
  const gap = f.object ? null : relativeGap(f, ctx);
  if (!f.object && !gap) return null;
  const last = clauseEnd(ctx.chunks, f.at);
  const verdicts = lexicon.grammar.verdict_prepositions;
  const word = namedAs(ctx, f.object ? ctx.chunks.indexOf(f.object) : f.at + 1, last, evaluation, Object.hasOwn(verdicts, f.vg.lemma) ? verdicts[f.vg.lemma] : []);
  if (!word) return f.object ? praisedByName(f, f.object, last, ctx, lexicon) ?? praisedConduct(f, f.object, last, ctx, lexicon) : null;
  // "Russia demanded a withdrawal, conditions the official described as non-starters": what the relative clause names,
  // set by the clause before it when it names no party.
  if (gap) {
    const at = ctx.chunks.indexOf(gap);
    const before = ctx.frames.filter((x) => x.at < at && x.subject?.members.length && !x.vg.infinitive && !x.vg.participle && !ctx.g.reporting.has(x.vg.lemma) && (!x.governor || ctx.g.reporting.has(x.governor.vg.lemma))).pop();
    const about = before ? before.subject! : gap;
    return stance(f, about, lexicon.grammar.evaluation_verb, `${f.vg.lemma}+${word}`, [gap.first, last], ctx, lexicon);
  }
  if (!f.object) return null;
  // "condemned an Israeli air strike …, calling it a cowardly attack": "it" is what the clause named.
  const only = f.object.members.length === 1 ? f.object.members[0]! : null;
  const it = only?.ref === 'thing' && f.vg.participle && f.clause?.object && !f.clause.object.members.every((m) => m.ref) ? f.clause.object : null;
  // "called it deplorable that Pyongyang had defied …": an expletive "it" stands for the clause after the judgement.
  const expletive = isExpletive(f.object, ctx) ? extraposed(ctx, f.object.last, last) : null;
  const about = expletive ?? it ?? relativeAntecedent(f, ctx) ?? namedBeforeJudgement(f.object, ctx) ?? f.object;
  return stance(f, about, lexicon.grammar.evaluation_verb, `${f.vg.lemma}+${word}`, [f.object.first, last], ctx, lexicon);
}

/**
 * "called the measures nonsense": the tagger runs what is named and the noun that judges it into one phrase, whose
 * head is the judging noun; what is named is the phrase before it, when it ends in a noun.
 */
function namedBeforeJudgement(np: NounGroup, ctx: RoleContext): NounGroup | null {
  const judging = ctx.g.negativeEvaluations.find((p) => p.length === 1 && matchesAt(ctx.tokens, np.head, p));
  const before = ctx.tokens[np.head - 1];
  if (!judging || np.head === np.first || before?.pos !== 'NOUN' || !isActNoun(before, ctx.g)) return null;
  const last = np.head - 1;
  const inside = (m: { first: number; last: number }) => m.last <= last;
  return { ...np, last, head: last, members: np.members.filter(inside), mentions: np.mentions.filter(inside) };
}

function isExpletive(np: NounGroup, ctx: RoleContext): boolean {
  return np.first === np.last && ctx.tokens[np.first]!.lower === 'it';
}

/**
 * The subject of a "that" clause within the tokens after `from` up to `last`, which an expletive "it" stands for, when
 * the clause tells an act: "it was unjust that Bolivia had no outlet to the sea" judges a state of things, not Bolivia.
 */
function extraposed(ctx: RoleContext, from: number, last: number): NounGroup | null {
  const at = ctx.chunks.findIndex((c) => c.kind === 'sub' && c.word === 'that' && c.first > from && c.last <= last);
  const np = at >= 0 ? ctx.chunks[at + 1] : undefined;
  if (np?.kind !== 'np' || !np.members.length) return null;
  const verb = ctx.frames.find((x) => x.subject === np);
  const state = !verb || ctx.g.evaluatingVerbs.has(verb.vg.lemma) || ctx.g.inList('stative_verbs', verb.vg.lemma);
  return state ? null : np;
}

/** "called Obama an honest man", "described China as a reliable partner": a party named as one to praise. */
function praisedByName(f: Frame, object: NounGroup, last: number, ctx: RoleContext, lexicon: EnLexicon): Stance | null {
  // "called China Pakistan's most trusted friend": the tagger runs the party and the naming into one phrase.
  const named = object.mentions[0];
  if (named?.actor && !named.possessive && named.last < object.head && object.mentions.slice(1).every((m) => m.possessive)) {
    const party = { ...object, last: named.last, head: named.last, members: [named], mentions: [named] };
    for (let i = named.last + 1; i <= object.last; i++) {
      const words = ctx.g.positiveNamings.find((p) => i + p.length - 1 <= object.last && matchesAt(ctx.tokens, i, p));
      if (words) return stance(f, party, lexicon.grammar.praise_verb, `${f.vg.lemma}+${phraseText(words)}`, [object.first, last], ctx, lexicon);
    }
  }
  if (!object.members.some((m) => m.actor && m.last >= object.head)) return null;
  for (let i = object.last + 1; i <= last; i++) {
    const words = ctx.g.positiveNamings.find((p) => i + p.length - 1 <= last && matchesAt(ctx.tokens, i, p));
    if (words) return stance(f, object, lexicon.grammar.praise_verb, `${f.vg.lemma}+${phraseText(words)}`, [object.first, last], ctx, lexicon);
  }
  return null;
}

/** "called Libya's decision courageous", "described Beijing's stance as constructive": a party's conduct praised. */
function praisedConduct(f: Frame, object: NounGroup, last: number, ctx: RoleContext, lexicon: EnLexicon): Stance | null {
  const owner = conductOwner(object, ctx);
  const word = owner ? namedAs(ctx, ctx.chunks.indexOf(object), last, praise) : null;
  return owner && word ? stance(f, owner, lexicon.grammar.praise_verb, `${f.vg.lemma}+${word}`, [object.first, last], ctx, lexicon) : null;
}

/**
 * The party whose conduct a phrase names: its possessive before a noun of an act or of conduct ("Libya's decision",
 * "China's role"), or the author after it ("the decision by Libya"); "the decision" alone refers back to the act last
 * named. "Libya's oil" is no conduct, and "the talks" no one's conduct of its own.
 */
function conductOwner(np: NounGroup, ctx: RoleContext): NounGroup | null {
  const owner = np.mentions.find((m) => m.actor && m.possessive);
  const ofConduct = (t: Token) => ctx.g.inList('conduct_nouns', t.lower) || ctx.g.inList('conduct_nouns', t.lemma);
  const conduct = (t: Token) => t.pos === 'NOUN' && (isActNoun(t, ctx.g) || ofConduct(t));
  if (owner) return ctx.tokens.slice(owner.last + 1, np.last + 1).some(conduct) ? np : null;
  const head = ctx.tokens[np.head]!;
  if (!conduct(head)) return null;
  const referring = !np.members.length && ofConduct(head) && ctx.g.inList('definite_determiners', ctx.tokens[np.first]!.lower);
  return authorAfter(np, ctx.chunks[ctx.chunks.indexOf(np) + 1], ctx.tokens, ctx.g) ?? (referring ? np : null);
}

/** "conditions the official described as …": the noun a relative clause without "that" follows, naming no party. */
function relativeGap(f: Frame, ctx: RoleContext): NounGroup | null {
  if (!f.subject?.members.length) return null;
  const before = ctx.chunks[ctx.chunks.indexOf(f.subject) - 1];
  return before?.kind === 'np' && !before.members.length && !before.date ? before : null;
}

/**
 * The evaluation a naming verb gives, from the chunk of what is named to token `last`: in it, in a second object or
 * an "as" phrase, not in another prepositional phrase ("held talks on illegal fishing" names nothing illegal) unless
 * the verb gives its verdict in one (`prepositions`: "found Iran in breach"), nor after a participle.
 */
function namedAs(ctx: RoleContext, from: number, last: number, judge = evaluation, prepositions: readonly string[] = []): string | null {
  for (let k = from; k < ctx.chunks.length && ctx.chunks[k]!.first <= last; k++) {
    const c = ctx.chunks[k]!;
    // "called the deal an agreement between allies facing a common threat": a participle opens what describes another;
    // a judging word alone the tagger read as one ("called the move encouraging") is the judgement.
    if (c.kind === 'vg' && c.participle && !c.infinitive) return c.first === c.last ? judge(ctx, c.first, c.first) : null;
    if (c.kind === 'pp' && c.prep !== 'as' && !prepositions.includes(c.prep)) continue;
    // A phrase may go on past the chunk it starts in: "an act | of war".
    const word = judge(ctx, c.first, Math.min(c.last, last), last);
    if (word) return word;
  }
  return null;
}

/**
 * "in a move that Rabat called completely unjustified": a naming verb whose object is a relative "that" or "which"
 * names the phrase before it.
 */
function relativeAntecedent(f: Frame, ctx: RoleContext): NounGroup | null {
  const at = f.subject ? ctx.chunks.indexOf(f.subject) : -1;
  const relative = ctx.chunks[at - 1];
  if (relative?.kind !== 'np' || !relative.mentions.some((m) => m.relative)) return null;
  const before = ctx.chunks[at - 2];
  return before?.kind === 'np' ? before : before?.kind === 'pp' ? before.np : null;
}

/** "expressed the hope that the US side would take steps": what a party hopes another party will do, asked of it. */
function hoped(f: Frame, frames: Frame[], ctx: RoleContext, lexicon: EnLexicon): Stance | null {
  const hoping = f.object !== null && ctx.g.inList('hoping_nouns', ctx.tokens[f.object.head]!.lower);
  const clause = hoping ? reportedClause(f, frames, ctx) : null;
  if (!clause?.subject?.members.length || clause.vg.words.some((w) => ctx.g.negation.has(w))) return null;
  return stance(f, clause.subject, lexicon.grammar.hope_verb, `${f.vg.lemma}+hope`, [clause.subject.first, clauseEnd(ctx.chunks, clause.at)], ctx, lexicon);
}

/** "said Japan had acted irresponsibly", "said the ban was regrettable"; "said X must …", "told X it should …". */
function reported(f: Frame, frames: Frame[], ctx: RoleContext, lexicon: EnLexicon): Stance | null {
  const hope = hoped(f, frames, ctx, lexicon);
  if (hope) return hope;
  // "warned that any attack by Israel would be met with a response": a warning's clause threatens as a report's does.
  const warning = ctx.g.inList('warning_verbs', f.vg.lemma);
  if (!ctx.g.reporting.has(f.vg.lemma) && !warning) return null;
  const first = reportedClause(f, frames, ctx) ?? clauseBefore(f, frames, ctx.chunks);
  // "told Burns that the visit was egregious and that Washington would pay the price": each clause in turn, the
  // later ones even when the first is not found ("arguing that Glas, who …, was not entitled … and that Mexico had
  // abused …").
  for (const clause of [...(first ? [first] : []), ...thatClausesAfter(first ?? f, frames, ctx)]) {
    // "warning that it would respond with all available measures": the speaker's own response threatens too.
    const found = warning ? threatOf(f, clause, ctx, lexicon) ?? responseThreat(f, clause, ctx, lexicon) : stanceOf(f, clause, ctx, lexicon);
    if (found) return found;
  }
  return null;
}

/** '"Sweden should not expect our support," Erdogan said': the clause a sentence opens with, reported after it. */
function clauseBefore(f: Frame, frames: Frame[], chunks: Chunk[]): Frame | null {
  const opening = frames.find((x) => !x.vg.infinitive && !x.vg.participle && x.subject);
  if (!opening || opening === f || opening.at > f.at || opening.subject!.first !== chunks[0]!.first + (isQuoteChunk(chunks[0]) ? 1 : 0)) return null;
  // Only a comma (and a closing quotation mark) lies between what was said and who said it.
  const speakerAt = f.subject && f.subject.first < f.vg.first ? chunks.indexOf(f.subject) : f.at;
  const said = Math.max(...frames.filter((x) => x.at < speakerAt).map((x) => x.end));
  const between = chunks.slice(said + 1, speakerAt);
  return between.length > 0 && between.length <= 3 && between.every((c) => c.kind === 'punct' && (c.word === ',' || isQuote(c.word))) ? opening : null;
}

function isQuoteChunk(c: Chunk | undefined): boolean {
  return c?.kind === 'punct' && isQuote(c.word);
}

/** The clauses after one that "and that" opens: "said that X … and that Y …". */
function thatClausesAfter(clause: Frame, frames: Frame[], ctx: RoleContext): Frame[] {
  const { chunks, tokens } = ctx;
  const out: Frame[] = [];
  for (const next of frames) {
    if (next.at <= clause.at || next.vg.infinitive || next.vg.participle || !next.subject) continue;
    const k = chunks.indexOf(next.subject);
    // "… but that if Israel made another mistake, Iran's response would be more severe": the clause after the
    // condition.
    const condition = ctx.g.inList('threat_conditions', subordinatorOf(next, chunks) ?? '');
    const that = chunks[condition ? k - 2 : k - 1];
    const and = chunks[condition ? k - 3 : k - 2];
    if (!isThat(that, tokens) || and?.kind !== 'cc') continue;
    const said = condition ? frames.find((x) => x.at > next.at && conditionBefore(x, ctx) === next) : next;
    if (said) out.push(said);
  }
  return out;
}

/** "would respond", "will follow": a clause whose verb a future or conditional modal puts still to come. */
function foretold(clause: Frame, g: RoleContext['g']): boolean {
  return clause.vg.words.some((w) => g.futureModals.has(w) || w === g.data.conditional_modal);
}

/** "said X would pay a heavy price", "warned that any attack would be met with force": a threat idiom in the clause. */
function threatOf(f: Frame, clause: Frame, ctx: RoleContext, lexicon: EnLexicon): Stance | null {
  if (!clause.subject) return null;
  const last = clauseEnd(ctx.chunks, clause.at);
  // "warned that more measures would follow": penalties still to come, for the party the speaker last dealt with.
  // "no more measures would follow" holds none out.
  const none = ctx.g.inList('negating_quantifiers', ctx.tokens[clause.subject.first]!.lower);
  const head = ctx.tokens[clause.subject.head]!.lower;
  const penalty = ctx.g.inList('response_nouns', head) || ctx.g.inList('consequence_nouns', head);
  const coming = ctx.g.inList('consequence_verbs', clause.vg.lemma) && penalty && !clause.subject.members.length && !none;
  if (coming && foretold(clause, ctx.g) && !clause.vg.words.some((w) => ctx.g.negation.has(w))) return counterpartStance(f, lexicon.grammar.threat_verb, `${f.vg.lemma}+${clause.vg.lemma}`, [clause.subject.first, last], ctx, lexicon);
  const threat = threatPhrase(ctx, clause.vg.first, last);
  return threat ? stance(f, clause.subject, lexicon.grammar.threat_verb, `${f.vg.lemma}+${threat}`, [clause.subject.first, last], ctx, lexicon) : null;
}

function stanceOf(f: Frame, clause: Frame, ctx: RoleContext, lexicon: EnLexicon): Stance | null {
  if (!clause.subject) return null;
  const last = clauseEnd(ctx.chunks, clause.at);
  const scope: [number, number] = [clause.subject.first, last];
  const threat = threatOf(f, clause, ctx, lexicon);
  if (threat) return threat;
  // "Sweden should not expect Turkey's support": what a party is told not to count on is no demand of it.
  const response = responseThreat(f, clause, ctx, lexicon);
  if (response) return response;
  const measure = appliedMeasure(f, clause, ctx, lexicon);
  if (measure) return measure;
  // "said Iran should be thrown out of the United Nations": what should be done to a party is no demand of it ("said
  // the sanctions should be lifted" still asks it of whoever imposed them).
  const doneTo = clause.vg.passive && clause.subject.members.some((m) => m.actor);
  // "said the action must be the object of repudiation": what a thing of no party must be asks nothing of anyone.
  const thingIs = clause.vg.lemma === 'be' && !clause.vg.passive && !clause.subject.members.length;
  const modal = ctx.g.inList('expectation_verbs', clause.vg.lemma) || doneTo || thingIs ? null : demandWord(clause, ctx);
  // "said Washington should stop arming Taiwan": an appeal to stop or withdraw is a demand.
  const cease = ctx.g.inList('cessation_verbs', clause.vg.lemma) ? lexicon.grammar.reported_demands.must : undefined;
  // "informed the ambassador that he must leave Russia": an order to leave expels.
  const expelled = modal && ctx.g.inList('departure_verbs', clause.vg.lemma) && !clause.vg.words.some((w) => ctx.g.negation.has(w)) ? lexicon.grammar.expulsion_verb : undefined;
  if (modal) return stance(f, clause.subject, expelled ?? cease ?? ctx.g.reportedDemands.get(modal)!, `${f.vg.lemma}+${modal}`, scope, ctx, lexicon);
  const expletive = isExpletive(clause.subject, ctx);
  const negated = clause.vg.words.some((w) => ctx.g.negation.has(w));
  // "said Washington had abused export controls": told as done, a wrong accuses whoever did it.
  const told = !negated && !hasModal(clause.vg.words, ctx.g);
  // "said China's actions directly threaten regional peace", "said the deal would endanger stability".
  const endangering = !negated && (ctx.g.inList('wrongdoing_verbs', clause.vg.lemma) || ctx.g.inList('damaging_verbs', clause.vg.lemma) || (lexicon.verbs.get(clause.vg.lemma) ?? []).some((p) => rootIs(p.code, 'threat')));
  if (endangering && endangersGood(clause, ctx.tokens, ctx.g)) return stance(f, clause.subject, lexicon.grammar.wrongdoing_verb, `${f.vg.lemma}+${clause.vg.lemma}`, scope, ctx, lexicon);
  if (told && ctx.g.inList('wrongdoing_verbs', clause.vg.lemma)) return stance(f, clause.subject, lexicon.grammar.wrongdoing_verb, `${f.vg.lemma}+${clause.vg.lemma}`, scope, ctx, lexicon);
  // "said Kyiv had carried out terrorist attacks", "concluded that Iran had directed arson attacks": an attack told
  // by another party is that party's accusation.
  if (told && hostileAct(clause, ctx, lexicon)) return stance(f, clause.subject, lexicon.grammar.wrongdoing_verb, `${f.vg.lemma}+${clause.vg.lemma}`, scope, ctx, lexicon);
  // "said the mission had failed to fulfil its mandate": a failure at what was owed.
  const failed = told && ctx.g.inList('failing_verbs', clause.vg.lemma) && clause.complement?.vg.infinitive;
  if (failed) return stance(f, clause.subject, lexicon.grammar.evaluation_verb, `${f.vg.lemma}+${clause.vg.lemma}`, scope, ctx, lexicon);
  // "said Serbia had never respected the rules": a duty left undone. "would not respect" refuses; it is not told as done.
  const neglected = negated && !hasModal(clause.vg.words, ctx.g) && ctx.g.inList('neglected_duties', clause.vg.lemma);
  if (neglected) return stance(f, clause.subject, lexicon.grammar.wrongdoing_verb, `${f.vg.lemma}+not+${clause.vg.lemma}`, scope, ctx, lexicon);
  // "said New Zealand had adopted a Russophobic course": a course of conduct the words condemn.
  const conduct = told && clause.object && ctx.g.inList('conduct_verbs', clause.vg.lemma) ? evaluation(ctx, clause.object.first, clause.object.last) : null;
  const course = conduct ? stance(f, clause.subject, lexicon.grammar.evaluation_verb, `${f.vg.lemma}+${clause.vg.lemma}+${conduct}`, scope, ctx, lexicon) : null;
  if (course) return course;
  // "said the conflict was the result of NATO's aggressive policy", "said Russia's disappointing decision was a
  // factor": conduct a party owns, judged by the words that name it, whatever the clause says of it.
  const owned = negated ? null : judgedConduct(ctx, clause.subject.first, last);
  if (owned) return stance(f, owned.party, lexicon.grammar.evaluation_verb, `${f.vg.lemma}+${owned.word}`, scope, ctx, lexicon);
  // "said Turkey had a right to defend its territory": a party said to have that right is backed.
  const backing = told && clause.vg.lemma === 'have' ? heldRight(clause, ctx) : null;
  if (backing) return stance(f, clause.subject, lexicon.grammar.praise_verb, `${f.vg.lemma}+${backing}`, scope, ctx, lexicon);
  // "said the United States had no right to interfere": a right denied to a party rebukes it.
  const denied = clause.vg.lemma === 'have' && !hasModal(clause.vg.words, ctx.g) ? deniedRight(clause, negated, ctx) : null;
  if (denied) return stance(f, clause.subject, lexicon.grammar.evaluation_verb, `${f.vg.lemma}+${denied}`, scope, ctx, lexicon);
  // "said it was time for Israel to end the occupation", "told Jaishankar it was imperative to stop provocations".
  const obliged = expletive && !negated ? obligation(f, clause, ctx, last) : null;
  if (obliged) return stance(f, obliged.party, ctx.g.reportedDemands.get(obliged.modal)!, `${f.vg.lemma}+${obliged.word}`, scope, ctx, lexicon);
  // "said it was regrettable that North Korea had ignored the appeals": the judgement is of the clause "it" stands for.
  const extra = expletive && !negated && ctx.g.evaluatingVerbs.has(clause.vg.lemma) ? extraposed(ctx, clause.vg.last, last) : null;
  const judged = extra ? evaluation(ctx, clause.vg.last + 1, extra.first - 1) : null;
  if (extra && judged) return stance(f, extra, lexicon.grammar.evaluation_verb, `${f.vg.lemma}+${judged}`, scope, ctx, lexicon);
  // "said the decision was not justified": a passive's participle judges as an adjective does.
  const evaluating = ctx.g.evaluatingVerbs.has(clause.vg.lemma);
  const unapproved = (evaluating || clause.vg.passive) && !expletive ? disapproved(f, clause, negated, ctx, lexicon, scope) : null;
  if (unapproved) return unapproved;
  if (!evaluating || expletive || negated) return null;
  // "said South Africa's ambassador was no longer welcome in the country": an expulsion.
  const unwelcome = phraseAfter(clause, ctx, ctx.g.data.expulsion_phrases);
  if (unwelcome) return stance(f, clause.subject, lexicon.grammar.expulsion_verb, `${f.vg.lemma}+${unwelcome}`, scope, ctx, lexicon);
  // "said he was grateful to Beijing for its efforts": thanks to whom the gratitude is owed.
  const thanked = gratitude(clause, ctx, lexicon, f, scope);
  if (thanked) return thanked;
  // "said sovereignty over the canal was non-negotiable": a refusal, of the party the speaker is dealing with.
  const refusal = refusalWord(clause, ctx);
  if (refusal) return counterpartStance(f, lexicon.grammar.refusal_verb, `${f.vg.lemma}+${refusal}`, scope, ctx, lexicon);
  const word = evaluation(ctx, clause.vg.last + 1, last);
  if (word) return stance(f, clause.subject, lexicon.grammar.evaluation_verb, `${f.vg.lemma}+${word}`, scope, ctx, lexicon);
  // "said Iran's response was positive": conduct a party owns, said to be praiseworthy.
  const owner = conductOwner(clause.subject, ctx);
  const praised = owner ? praise(ctx, clause.vg.last + 1, last) : null;
  return owner && praised ? stance(f, owner, lexicon.grammar.praise_verb, `${f.vg.lemma}+${praised}`, scope, ctx, lexicon) : null;
}

/**
 * "Ross said the tariffs would apply to Canada and Mexico", "said the sanctions would also target Representative Chris
 * Smith": a measure said to fall on a party, whose "to" phrase or object names it.
 */
function appliedMeasure(f: Frame, clause: Frame, ctx: RoleContext, lexicon: EnLexicon): Stance | null {
  const subject = clause.subject!;
  if (!ctx.g.inList('application_verbs', clause.vg.lemma) || clause.vg.words.some((w) => ctx.g.negation.has(w))) return null;
  // A measure is a noun whose only kind of act is the one `measure_verb` codes: "tariffs", "sanctions", "a ban".
  const head = ctx.tokens[subject.head]!;
  const kinds = ctx.g.actNounRoots.get(head.lemma) ?? ctx.g.actNounRoots.get(head.lower);
  const root = Number(lexicon.verbs.get(lexicon.grammar.measure_verb)?.find(isPlain)?.code.slice(0, 2));
  if (!kinds?.length || !kinds.every((k) => k === root)) return null;
  const struck = [...clause.pps.filter((pp) => pp.prep === 'to').map((pp) => pp.np), clause.object].find((np) => np?.members.length);
  return struck ? stance(f, struck, lexicon.grammar.measure_verb, `${f.vg.lemma}+${clause.vg.lemma}`, [subject.first, clauseEnd(ctx.chunks, clause.at)], ctx, lexicon) : null;
}

/**
 * "Zakharova said Moscow would respond in kind", "said China would take measures to safeguard its firms": a response
 * the speaker's own side will make threatens the party it last dealt with. Held out on a condition that names a
 * party, any consequence its words make hostile threatens that party: "said his country was ready to send the army to
 * Kosovo if Belgrade's people there were harmed", "said sanctions would be reimposed if Moscow failed to comply".
 */
function responseThreat(f: Frame, clause: Frame, ctx: RoleContext, lexicon: EnLexicon): Stance | null {
  const g = ctx.g;
  if (clause.vg.words.some((w) => g.negation.has(w)) || !clause.subject) return null;
  const speakers = ctx.refs.actors(f.subject).actors;
  const own = ctx.refs.actors(clause.subject).actors;
  // "Iran's response would be more severe", "sanctions would be reimposed": penalties the clause names with no other
  // party as theirs are the speaker's side's.
  const head = ctx.tokens[clause.subject.head]!.lower;
  const penalty = g.inList('response_nouns', head) || g.inList('consequence_nouns', head);
  const ownSide = own.length ? own.every((a) => speakers.some((s) => sameParticipant(a, s))) : penalty;
  if (!speakers.length || !ownSide) return null;
  // "would be forced to take steps", "might have to launch an operation": the clause's act is the one its
  // infinitives lead to. "was ready to send the army": an act the subject stands ready for is to come too.
  const acts = infinitivesFrom(clause, g);
  const act = acts.at(-1)!;
  // "would respond to questions", "would respond to the letter": a reply, not a response in kind.
  if (act.pps.some((pp) => pp.prep === 'to' && pp.np && g.inList('reply_nouns', ctx.tokens[pp.np.head]!.lemma))) return null;
  // "Moscow would be forced to react if a U.S. missile shield were deployed": the party the condition names, else the
  // party the speaker last dealt with.
  const conditioned = conditionParties(clause, ctx, speakers);
  // "said it would take necessary measures after the U.S. blacklisted Huawei": the author of the act it answers.
  const provokers = conditioned.length ? [] : provokingParties(clause, ctx, speakers, lexicon);
  // "might have to launch": with a condition any modal puts the act still to come. Readiness answering no act and on
  // no condition threatens no one ("said it was ready to take all steps to uncover the truth").
  const future = foretold(clause, g) || (conditioned.length > 0 && hasModal(clause.vg.words, g));
  const ready = acts.some((x) => x.governorWords.some((w) => g.inList('readiness_words', w)));
  if (!future && !(ready && (conditioned.length || provokers.length))) return null;
  const measures = (x: Frame) => x.object !== null && g.inList('response_nouns', ctx.tokens[x.object.head]!.lower) && g.inList('response_taking_verbs', x.vg.lemma);
  // "South Korean exporters would be hit hardest": what the speaker's side suffers is no response of its own.
  const responding = acts.some((x) => !x.vg.passive && (g.inList('response_verbs', x.vg.lemma) || measures(x)));
  const last = clauseEnd(ctx.chunks, act.at);
  const hostile = responding || (conditioned.length > 0 && (penalty || threatenedForce(ctx, clause.vg.first, last)));
  const pattern = hostile ? lexicon.verbs.get(lexicon.grammar.threat_verb)?.find(isPlain) : undefined;
  if (!pattern) return null;
  const pairs: Pair[] = [];
  const named = conditioned.length ? conditioned : provokers;
  for (const s of speakers) for (const t of named.length ? named : counterpartOf(s, ctx.state)) if (!speakers.some((x) => sameParticipant(x, t))) pairs.push([s, t]);
  if (!pairs.length) return null;
  const whom = conditioned.length ? 'whom the condition names' : provokers.length ? 'the author of the act it answers' : 'the party it last dealt with';
  return { pattern, word: `${f.vg.lemma}+${act.vg.lemma}`, pairs, how: `a response of the speaker's own side: target ${pairs[0]![1].name}, ${whom}`, scope: [clause.subject.first, last] };
}

/**
 * A verb and the infinitives it leads to through verbs of constraint or readiness: "forced" → "take" in "would be
 * forced to take steps"; not past "continue" or a purpose ("would convene the committee to respond").
 */
function infinitivesFrom(clause: Frame, g: RoleContext['g']): Frame[] {
  const chain = [clause];
  for (let x = clause.complement; x?.vg.infinitive && x.governor === chain.at(-1) && g.inList('constraint_verbs', x.governor.vg.lemma); x = x.complement) chain.push(x);
  return chain;
}

/** Whether tokens `first`…`last` name force or its instruments ("send the army", "a harsher military operation"). */
function threatenedForce(ctx: RoleContext, first: number, last: number): boolean {
  return ctx.tokens.slice(first, last + 1).some((t) => ctx.g.inList('force_words', t.lower));
}

/** "said Eritrea's action was not appropriate", "said the move was not helpful": conduct judged short of what it should be. */
function disapproved(f: Frame, clause: Frame, negated: boolean, ctx: RoleContext, lexicon: EnLexicon, scope: [number, number]): Stance | null {
  // The tagger keeps "not" after a copula out of its verb group: "was not appropriate".
  const from = negated ? clause.vg.last : ctx.g.negation.has(ctx.tokens[clause.vg.last + 1]?.lower ?? '') ? clause.vg.last + 2 : -1;
  const owner = from >= 0 ? conductOwner(clause.subject!, ctx) : null;
  const word = owner ? ctx.tokens.slice(from, scope[1] + 1).find((t) => ctx.g.inList('approving_evaluations', t.lower)) : undefined;
  return owner && word ? stance(f, owner, lexicon.grammar.evaluation_verb, `${f.vg.lemma}+not ${word.lower}`, scope, ctx, lexicon) : null;
}

/** "was grateful to Beijing", "is thankful to Qatar": thanks, coded as `gratitude_verb` is, to the one in the phrase. */
function gratitude(clause: Frame, ctx: RoleContext, lexicon: EnLexicon, f: Frame, scope: [number, number]): Stance | null {
  const adjective = ctx.tokens.slice(clause.vg.last + 1, clause.end >= 0 ? ctx.chunks[clause.end]!.last + 1 : clause.vg.last + 1).find((t) => ctx.g.inList('gratitude_words', t.lower));
  const owed = clause.pps.find((pp) => pp.prep === 'to' && pp.np?.members.length);
  if (!adjective || !owed?.np) return null;
  return stance(f, owed.np, lexicon.grammar.gratitude_verb, `${f.vg.lemma}+${adjective.lower}`, scope, ctx, lexicon);
}

/** "had a right to defend its territory", not "had no right to defend it": a right of backing_phrases held. */
function heldRight(clause: Frame, ctx: RoleContext): string | null {
  const right = phraseAfter(clause, ctx, ctx.g.data.backing_phrases);
  return right && !phraseAfter(clause, ctx, ctx.g.data.negating_objects.map((w) => `${w} ${right}`)) ? right : null;
}

/** "had no right to interfere", "did not have the right to decide": a right the clause denies its subject. */
function deniedRight(clause: Frame, negated: boolean, ctx: RoleContext): string | null {
  const rights = ctx.g.data.right_phrases;
  if (negated) {
    const right = phraseAfter(clause, ctx, rights);
    return right && `not ${right}`;
  }
  return phraseAfter(clause, ctx, ctx.g.data.negating_objects.flatMap((w) => rights.map((r) => `${w} ${r}`)));
}

/**
 * "it was time for Israel to …", "it was important that Kenya honour …", "(told Jaishankar) it was imperative to …":
 * what an expletive "it" says must or should be done, and by whom: the party of the "for" phrase, the subject of the
 * "that" clause, else the one told.
 */
function obligation(f: Frame, clause: Frame, ctx: RoleContext, last: number): { party: NounGroup; word: string; modal: string } | null {
  const { tokens, chunks } = ctx;
  let i = clause.subject!.last + 1;
  if (tokens[i]?.lemma !== 'be') return null;
  i++;
  while (ctx.g.inList('obligation_fillers', tokens[i]?.lower ?? '')) i++;
  const word = tokens[i]?.lower ?? '';
  const words = ctx.g.data.obligation_words;
  if (!Object.hasOwn(words, word) || i > last) return null;
  const modal = words[word]!;
  const at = chunks.findIndex((c) => c.first === i + 1);
  const next = chunks[at];
  if (next?.kind === 'pp' && next.prep === 'for' && next.np?.members.length) return { party: next.np, word, modal };
  const that = next?.kind === 'sub' && next.word === 'that' ? chunks[at + 1] : undefined;
  if (that?.kind === 'np' && that.members.length) return { party: that, word, modal };
  const told = tokens[i + 1]?.lower === 'to' && f.object?.members.length && ctx.g.addressingVerbs.has(f.vg.lemma);
  return told ? { party: f.object!, word, modal } : null;
}

/** "was non-negotiable", "is not for sale": a word of the clause that refuses. */
function refusalWord(clause: Frame, ctx: RoleContext): string | null {
  return phraseAfter(clause, ctx, ctx.g.data.refusal_phrases);
}

/** The first of the phrases in a clause after its verb; the tokenizer may keep "non-negotiable" whole or split it. */
function phraseAfter(clause: Frame, ctx: RoleContext, phrases: readonly string[]): string | null {
  const words = ` ${ctx.tokens.slice(clause.vg.last + 1, clauseEnd(ctx.chunks, clause.at) + 1).map((t) => t.lower).join(' ')} `;
  return phrases.find((p) => words.includes(` ${p} `) || words.includes(` ${p.replace(/-/g, ' - ')} `)) ?? null;
}

/** The speaker's act on the party it last dealt with, coded as `verb` is. */
function counterpartStance(f: Frame, verb: string, word: string, scope: [number, number], ctx: RoleContext, lexicon: EnLexicon): Stance | null {
  const pattern = lexicon.verbs.get(verb)?.find(isPlain);
  const speakers = ctx.refs.actors(f.subject).actors;
  const pairs: Pair[] = [];
  for (const s of speakers) for (const t of counterpartOf(s, ctx.state)) if (!speakers.some((x) => sameParticipant(x, t))) pairs.push([s, t]);
  if (!pattern || !pairs.length) return null;
  return { pattern, word, pairs, how: `${word}: target ${pairs[0]![1].name}, the party the speaker last dealt with`, scope };
}

/**
 * The parties whose hostile act (CAMEO 14–20) a clause of `occasion_conjunctions` after the response tells: "would
 * respond after the U.S. blacklisted Huawei".
 */
function provokingParties(clause: Frame, ctx: RoleContext, speakers: ResolvedActor[], lexicon: EnLexicon): ResolvedActor[] {
  const act = subordinateClause(clause, ctx, 'occasion_conjunctions');
  const hostile = act && !act.vg.words.some((w) => ctx.g.negation.has(w)) && (lexicon.verbs.get(act.vg.lemma) ?? []).some((p) => rootFrom(p.code, 'materialConflict'));
  return hostile ? ctx.refs.actors(act.subject).actors.filter((a) => !speakers.some((s) => sameParticipant(a, s))) : [];
}

/** Whether a clause tells an act of force (CAMEO 18–20) by its words: "attacked", "carried out attacks". */
function hostileAct(clause: Frame, ctx: RoleContext, lexicon: EnLexicon): boolean {
  return (lexicon.verbs.get(clause.vg.lemma) ?? []).some((p) => rootFrom(p.code, 'force') && (!p.nouns || [clause.object, clause.second].some((np) => nounOf(p, np, ctx.tokens))));
}

/** The event of the speaker (the frame's subject) on the party the phrase names or refers back to. */
function stance(f: Frame, about: NounGroup, verb: string, word: string, scope: [number, number], ctx: RoleContext, lexicon: EnLexicon): Stance | null {
  const pattern = lexicon.verbs.get(verb)?.find(isPlain);
  const sources = ctx.refs.actors(f.subject).actors;
  if (!pattern || !sources.length) return null;
  const pairs: Pair[] = [];
  let how = `${word}: speaker ${sources.map((a) => a.text).join(', ')}`;
  // "said any provocation by Russia would be met with a response": a party named after the phrase as its author.
  const author = authorAfter(about, ctx.chunks[ctx.chunks.indexOf(about) + 1], ctx.tokens, ctx.g);
  // "Russia attacked Kyiv. Biden called it provocative": a lone "it" judged wrong is the act last named, whose author
  // is judged, before the state last named.
  const act = verb === lexicon.grammar.evaluation_verb && isActPronoun(about, ctx);
  const demanding = ctx.g.demandVerbs.has(verb);
  for (const s of sources) {
    // "Britain and France described the sentences as disproportionate": no speaker judges another's act.
    const recent = act ? referredParties(about, s, true, ctx, sources).parties : [];
    const named = recent.length ? recent : ctx.refs.actors(author ?? about).actors;
    // What the phrase names, else the act it refers back to (already looked up for a lone "it"). "said any agreement
    // must restore the rule of law": what is asked of an act of no one in particular is asked of no one. (What is
    // judged still may be: "any call for its closure would amount to interference".)
    const indefinite = demanding && ctx.g.inList('indefinite_determiners', ctx.tokens[about.first]!.lower);
    const targets: ResolvedActor[] = named.length || act || indefinite ? named : referredParties(about, s, true, ctx, sources).parties;
    // "China and the US should be partners": what a speaker asks of its own side too is no demand on the other.
    if (targets.some((t) => sameParticipant(s, t))) continue;
    for (const t of targets) pairs.push([s, t]);
  }
  if (!pairs.length) return null;
  how += `; target ${pairs.map((p) => p[1].name).join(', ')}`;
  return { pattern, word, pairs, how, scope };
}

/** The clause a reporting verb introduces: "said [that] X …", "told Y [that] X …", with times and adverbs between. */
function reportedClause(f: Frame, frames: Frame[], ctx: RoleContext): Frame | null {
  const { chunks, tokens } = ctx;
  const condition = conditionAfter(f, frames, ctx);
  const next = frames.find((x) => x.at > f.at && !x.vg.infinitive && !x.vg.participle && x !== condition);
  if (!next?.subject || next.subjectWay !== 'subject') return null;
  let k = f.at + 1;
  const skippable = (c: Chunk | undefined) => c !== undefined && (c.kind === 'adv' || c.kind === 'pp' || (c.kind === 'np' && c.date));
  while (skippable(chunks[k])) k++;
  if (f.object && chunks[k] === f.object && f.object !== next.subject) k++;
  // "informed the Ambassador of Estonia in Moscow, Margus Laidre, that …": the place and the name set off by commas
  // after the one told.
  while (f.object && chunks[k]?.kind === 'pp' && chunks[k] !== next.subject) k++;
  const [open, name, close] = [chunks[k], chunks[k + 1], chunks[k + 2]];
  if (f.object && open?.kind === 'punct' && open.word === ',' && name?.kind === 'np' && name !== next.subject && close?.kind === 'punct' && close.word === ',') k += 3;
  if (isThat(chunks[k], tokens)) k++;
  // "said that if Israel made another mistake, Iran's response would be more severe": what is said is the clause
  // after the condition.
  if (condition && chunks.indexOf(condition.subject!) === k + 1) return conditionBefore(next, ctx) === condition ? next : null;
  return chunks[k] === next.subject ? next : null;
}

/** The clause of condition ("if Israel made another mistake") that opens right after a reporting verb and its "that". */
function conditionAfter(f: Frame, frames: Frame[], ctx: RoleContext): Frame | null {
  const x = frames.find((y) => y.at > f.at && !y.vg.infinitive && !y.vg.participle);
  return x && ctx.g.inList('threat_conditions', subordinatorOf(x, ctx.chunks) ?? '') ? x : null;
}

/** "that" opening a clause, which the tagger may read as a pronoun: "said in a statement that Putin would …". */
function isThat(c: Chunk | undefined, tokens: Token[]): boolean {
  if (c?.kind === 'sub') return c.word === 'that';
  return c?.kind === 'np' && c.first === c.last && tokens[c.first]!.lower === 'that';
}

/**
 * "must", "should": a modal of the clause's verb; "has to", "needs to": the verb itself, governing an infinitive,
 * with no modal of its own ("would have to pay a price" foretells, it does not demand).
 */
function demandWord(clause: Frame, ctx: RoleContext): string | null {
  const auxiliaries = clause.vg.words.slice(0, -1);
  // "should have disqualified themselves": what should have been done is a reproach, not a demand; "Belgrade should
  // have the final word", a right, not a demand.
  if (clause.vg.words.some((w, k) => k > 0 && ctx.g.inList('perfect_auxiliaries', w) && ctx.g.reportedDemands.has(clause.vg.words[k - 1]!))) return null;
  // "said Russian carriers have broken Ukrainian law": "have" before a participle makes a perfect, no "have to".
  const modal = auxiliaries.find((w) => ctx.g.reportedDemands.has(w) && !ctx.g.inList('perfect_auxiliaries', w));
  if (modal) return modal;
  const plain = !hasModal(auxiliaries, ctx.g);
  const governs = plain && clause.complement?.vg.infinitive && clause.complement.governor === clause && !clause.complement.governorWords.length;
  return governs && ctx.g.reportedDemands.has(clause.vg.lemma) ? clause.vg.lemma : null;
}

/** "would pay a heavy price", "would pay an even steeper price": a threat idiom among the tokens from `first` to `last`. */
function threatPhrase(ctx: RoleContext, first: number, last: number): string | null {
  for (let i = first; i <= last; i++) {
    const words = ctx.g.threatPhrases.find((p) => { const end = idiomEnd(ctx.tokens, i, p); return end >= 0 && end <= last; });
    if (words) return phraseText(words);
  }
  return null;
}

/**
 * The first negative evaluation ("wrong", "an act of war", "behind the attack") starting among the tokens from
 * `first` to `last` and ending by token `end`, unless negated ("was not wrong").
 */
function evaluation(ctx: RoleContext, first: number, last: number, end = last): string | null {
  for (let i = first; i <= last; i++) {
    if (ctx.g.negation.has(ctx.tokens[i]!.lower)) return null;
    if (insideName(ctx, i)) continue;
    const words = phraseAt(ctx, i, end, ctx.g.negativeEvaluations);
    // "held Moscow responsible" blames; "called it a responsible decision" praises what the noun after it names.
    const attributive = words?.length === 1 && ctx.g.inList('predicative_evaluations', ctx.tokens[i]!.lower) && ctx.tokens[i + 1]?.pos === 'NOUN';
    if (words && !attributive) return phraseText(words);
    const culpable = i + 2 <= end && behindAnAct(ctx, i);
    if (culpable) return culpable;
  }
  return null;
}

/** The first praising word or phrase ("courageous", "a step forward") from token `first` to `last`, unless negated. */
function praise(ctx: RoleContext, first: number, last: number, end = last): string | null {
  for (let i = first; i <= last; i++) {
    if (ctx.g.negation.has(ctx.tokens[i]!.lower)) return null;
    const words = insideName(ctx, i) ? undefined : phraseAt(ctx, i, end, ctx.g.positiveEvaluations);
    if (words) return phraseText(words);
  }
  return null;
}

/** "Hayat Tahrir al-Sham": a word inside a proper name, which judges nothing. */
function insideName(ctx: RoleContext, i: number): boolean {
  const before = ctx.tokens[i - 1];
  return ctx.tokens[i]!.pos === 'PROPN' && /^\p{Lu}/u.test(ctx.tokens[i]!.text) && (before?.pos === 'PROPN' || before?.text === '-');
}

/** The first of `phrases` that starts at token i and ends by token `end`. */
function phraseAt(ctx: RoleContext, i: number, end: number, phrases: string[][]): string[] | undefined {
  return phrases.find((p) => i + p.length - 1 <= end && matchesAt(ctx.tokens, i, p));
}

/**
 * The party whose own conduct a noun phrase from token `first` to `last` judges: "NATO's aggressive policy", "North
 * Korea's flagrant violation", "the irresponsible action of the three countries", "dangerous actions by China". The
 * party owns the phrase (a possessive before the judging word) or is its author ("by", or "of" after a noun of
 * conduct); "a violation of Pakistan's sovereignty" judges no act of Pakistan's. The judging word is the phrase's
 * head or an adjective before it.
 */
function judgedConduct(ctx: RoleContext, first: number, last: number): { party: NounGroup; word: string } | null {
  for (let k = 0; k < ctx.chunks.length; k++) {
    const c = ctx.chunks[k]!;
    const np = c.kind === 'np' ? c : c.kind === 'pp' ? c.np : null;
    if (!np || np.first < first || np.last > last || np.date) continue;
    for (let i = np.first; i <= np.head; i++) {
      if (ctx.g.negation.has(ctx.tokens[i]!.lower)) break;
      const words = ctx.g.negativeEvaluations.find((p) => i + p.length - 1 <= np.last && matchesAt(ctx.tokens, i, p));
      // "South Africa's genocide case": a noun judges only as the phrase's head; a word before it must describe it.
      if (!words || (i + words.length - 1 !== np.head && ctx.tokens[i]!.pos !== 'ADJ')) continue;
      if (np.mentions.some((m) => m.actor && m.possessive && m.last < i)) return { party: np, word: phraseText(words) };
      const author = authorAfter(np, ctx.chunks[k + 1], ctx.tokens, ctx.g);
      if (author) return { party: author, word: phraseText(words) };
    }
  }
  return null;
}

/** "behind the attack", "behind this coup": being behind a hostile act. */
function behindAnAct(ctx: RoleContext, i: number): string | null {
  const [behind, determiner, act] = [ctx.tokens[i]!, ctx.tokens[i + 1]!, ctx.tokens[i + 2]!];
  return behind.lower === 'behind' && determiner.pos === 'DET' && ctx.g.culpableActs.has(act.lower) ? `behind ${determiner.lower} ${act.lower}` : null;
}

