import type { ResolvedActor } from '../../coder/actor.js';
import { everyPair, sameParticipant } from '../../coder/actor.js';
import { rootFrom } from '../../model/cameo.js';
import { negatedByPhrase } from './modality.js';
import { agentAfter, isBarePastForm, isComma, isOwnPeoplePhrase, listedParties, pastPartylessOf, type Chunk, type NounGroup, type PrepPhrase } from './chunks.js';
import { authorsOfRecentAct, distinct, partyKey, sceneOf, type Discourse, type References } from './discourse.js';
import { asksItsObject, isFreeRelative, subordinatorOf, type Frame, type SubjectWay } from './frames.js';
import { isActNoun, joinedWords, namesActs, phraseText, type GrammarSets, type WordList } from './grammar.js';
import type { EnPattern } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';

export type Pair = [ResolvedActor, ResolvedActor];

/** Everything role filling needs about one sentence. */
export interface RoleContext {
  tokens: Token[];
  chunks: Chunk[];
  frames: Frame[];
  refs: References;
  state: Discourse;
  g: GrammarSets;
  /** For each party, who charged or criticised it earlier in this sentence: what ", which X denies" answers. */
  charges: Map<string, ResolvedActor>;
}

/**
 * "over Iraq strikes", "extended North Korea sanctions": a state called by its name before the noun of a hostile act,
 * not as its owner, is whom the act is against. (With a target phrase after it, "Israel strikes on Gaza", it is the
 * author, as callers check.)
 */
export function struckState(np: NounGroup | null, code: string): Mention | undefined {
  if (!np || !rootFrom(code, 'materialConflict')) return undefined;
  return np.mentions.find((m) => m.stateName && !m.possessive && m.last < np.head);
}

/** Whether the words of a noun phrase end in one of a pattern's event nouns ("a phone call", "new sanctions"). */
export function nounOf(p: EnPattern, np: NounGroup | null, tokens: Token[]): string | null {
  if (!np || !p.nouns) return null;
  // "calm and mutual respect": the noun before a coordinator inside the phrase heads its first part.
  // "the CIA's station chief": a last word the tagger reads as an adjective still ends the phrase.
  const last = np.last > np.head && tokens[np.last]!.pos === 'ADJ' ? [np.last] : [];
  // "ordered U.S. Ambassador Patrick Duddy to leave": the title before a person's name is what the phrase names.
  const titles = np.mentions.filter((m) => m.person && m.actor?.role).flatMap((m) => tokens.slice(m.first, m.last).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.i));
  const ends = [np.head, ...last, ...titles, ...tokens.slice(np.first + 1, np.head).filter((t) => t.pos === 'CCONJ').map((t) => t.i - 1)];
  for (const end of ends) {
    for (const words of p.nouns) {
      const start = end - words.length + 1;
      if (start < np.first) continue;
      const fits = words.every((w, k) => {
        const t = tokens[start + k]!;
        return t.lower === w || (k === words.length - 1 && t.lemma === w);
      });
      if (fits) return phraseText(words);
    }
  }
  return null;
}

/**
 * Whether a subject acts for no party: people in general ("analysts", "others"; "Clinton and others" still acts for
 * Clinton), or people of a person's private life ("His family denies the charges", "Navalny's lawyers"), though they
 * may be acted on ("sanctioned Putin's daughters").
 */
export function actsForNoParty(subject: NounGroup | null, ctx: RoleContext): boolean {
  if (!subject?.members.length) return false;
  if (subject.members.every((m) => m.generic)) return true;
  return subject.members.every((m) => m.possessive || m.generic) && ctx.g.inList('private_heads', ctx.tokens[subject.head]!.lower);
}

/**
 * The source–target pairs of a verb's event. Active: the subject acts on the first target role the pattern names
 * that holds an actor (object, complement, or a preposition: "met with X", "sanctions on X"). Passive: the "by"
 * agent acts on the subject. With no target, a symmetric event pairs the members of a group subject ("Biden and Lula
 * held talks") or the parties of the last exchange; a directed one may take the author of the last hostile act
 * ("condemned the attack").
 */
export function verbPairs(f: Frame, p: EnPattern, eventNoun: NounGroup | null, ctx: RoleContext): { pairs: Pair[]; how: string } | null {
  const how: string[] = [];
  if (actsForNoParty(f.subject, ctx)) return null;
  const subject = ctx.refs.actors(headed(listedParties(f.subject, ctx.chunks, ctx.tokens, ctx.g) ?? f.subject, p, ctx));
  const companions = companionsOf(f.subject, ctx);
  let sources = distinct([...subject.actors, ...companions]);
  // "Strongly condemns the military coup …" opening an item of a communiqué: the body that adopted it.
  const item = communiqueItem(f, ctx) || (f.governor !== null && !f.governor.subject && communiqueItem(f.governor, ctx));
  if (!f.subject && item && ctx.state.subjectThing) {
    sources = [ctx.state.subjectThing];
    how.push(`no subject: ${ctx.state.subjectThing.name}, the body the communiqué's items are of`);
  }
  // "the mediators reached an agreement between Israel and Hamas": an exchange whose noun names its parties is theirs.
  const between = eventNoun && p.frame === 'symmetric' ? ctx.chunks[ctx.chunks.indexOf(eventNoun) + 1] : undefined;
  const parties = between?.kind === 'pp' && between.prep === 'between' ? ctx.refs.actors(between.np).actors : [];
  if (parties.length >= 2) return { pairs: everyPair(parties), how: `the parties the noun names: between ${parties.map((x) => x.text).join(', ')}` };
  // "Officials signed seven agreements in the presence of Modi and Ruto": with no party as subject, those present.
  const presence = p.frame === 'symmetric' && !sources.length ? f.pps.find((pp) => pp.prep === 'in the presence of') : undefined;
  const present = presence ? ctx.refs.actors(presence.np).actors : [];
  if (present.length >= 2) return { pairs: everyPair(present), how: `no party as subject: those present, ${present.map((x) => x.text).join(', ')}` };
  let targets: ResolvedActor[] = [];
  if (f.subject) how.push(`subject ${ctx.tokens.slice(f.subject.first, f.subject.last + 1).map((t) => t.text).join(' ')}${f.subjectWay === 'subject' ? '' : ` (${f.subjectWay})`}${subject.how ? `: ${subject.how}` : ''}${companions.length ? `, with ${companions.map((a) => a.name).join(', ')}` : ''}`);
  if (f.vg.passive) {
    // "was summoned to the Ministry of External Affairs": with no "by", a phrase the pattern names says who acted.
    // "the agreement reached today in Putrajaya, Malaysia, by Cambodia and Thailand": the agent after the setting.
    const set = f.vg.participle ? ctx.chunks[agentAfter(ctx.chunks, f.at + 1, ctx.g)] : undefined;
    const agent = f.pps.find((pp) => pp.prep === 'by') ?? (set?.kind === 'pp' ? set : undefined) ?? f.pps.find((pp) => p.passiveAgent.includes(pp.prep) && pp.np?.members.length) ?? sharedAgent(f, ctx);
    const by = ctx.refs.actors(agent?.np ?? null);
    // "Washington was concerned about the agreement", "said it was deeply disappointed": the one a feeling is told of
    // with no party causing it feels it about the act it refers to, or the party it last dealt with.
    if (!by.actors.length && p.reverse && p.fallback.length && sources.length) {
      const about = f.pps.find((pp) => p.targets.includes(pp.prep))?.np ?? null;
      how.push('a feeling told of the subject');
      return pairUp(sources, [], p, ctx, how, about);
    }
    if (!by.actors.length) return agentlessExchange(f, p, eventNoun, ctx, how);
    // "Moscow stayed away from the meeting, hosted by Tunisia": the clause's subject is no guest of the occasion.
    if (f.vg.participle && f.subjectWay === 'clause' && f.clause && keptAway(f.clause, ctx)) return null;
    how.push(`passive: agent ${by.actors.map((a) => a.text).join(', ')}`);
    // "talks in Doha mediated by Qatar": a participle after a place describes what happened there, not the place.
    const before = ctx.chunks[f.at - 1];
    const place = f.vg.participle && before?.kind === 'pp' && ctx.g.locationPrepositions.has(before.prep) && before.np === f.subject;
    // A passive light verb has the event noun as subject: "sanctions were imposed on X by Y".
    // "The prisoner swap between the United States and Iran was brokered by Qatar": the parties the subject names.
    const between = !f.vg.participle && !sources.length ? betweenParties(f.subject, ctx) : [];
    if (between.length) how.push(`the parties of the subject: between ${between.map((a) => a.text).join(', ')}`);
    // "The United States and Iran swapped prisoners. The swap was brokered by Qatar": a mediator acts on the parties of
    // the act the subject names again.
    const mediation = p.fallback.includes('recent') && p.family.name === 'meet';
    const again = between.length || sources.length || f.vg.participle || !mediation ? [] : partiesReferred(f.subject, by.actors, ctx);
    if (again.length) how.push(`the parties of the act the subject names again: ${again.map((a) => a.name).join(', ')}`);
    const named = between.length ? between : again;
    const occasion = ctx.g.inList('occasion_families', p.family.name);
    targets = eventNoun && passiveSubjects(f, ctx.chunks).includes(eventNoun) ? fromRoles(f, p, eventNoun, ctx, how, by.actors) : named.length ? named : sources.length && !place ? sources : occasion ? occasionParties(f, ctx, how, place) : [];
    // "Putin and Zelenskiy agreed … after talks in Paris. The meeting at the Elysee, hosted by Macron, …": the event
    // noun alone after "the" is the last exchange on record, whose parties the agent received ("the two-day meeting"
    // may be a larger one).
    const bare = eventNoun !== null && eventNoun === f.subject && eventNoun.head === eventNoun.first + 1 && ctx.tokens[eventNoun.first]!.lower === 'the';
    const exchange = !targets.length && p.family.name === 'visit' && bare && ctx.state.dialogue && !ctx.state.dialogueInPassing ? ctx.state.dialogue.filter((a) => !by.actors.some((x) => sameParticipant(a, x))) : [];
    if (exchange.length >= 2) {
      targets = exchange;
      how.push(`the parties of the last exchange: ${exchange.map((a) => a.name).join(', ')}`);
    }
    sources = by.actors;
    // "a special meeting hosted by Anwar and attended by Hun Manet and Phumtham": the host's guests are the agents of
    // the attending that follows, and they meet one another.
    const guests = targets.length ? [] : attendees(f, ctx, sources);
    if (guests.length) {
      how.push(`guests ${guests.map((a) => a.text).join(', ')}, who attended`);
      const pairs = pairUp(sources, guests, p, ctx, how, null);
      return pairs && guests.length >= 2 ? { pairs: [...pairs.pairs, ...everyPair(guests)], how: `${pairs.how}; the guests with one another` } : pairs;
    }
  } else {
    targets = fromRoles(f, p, eventNoun, ctx, how, sources);
  }
  if (p.reverse) [sources, targets] = [targets, sources];
  // "near the point where Colombia, Peru and Brazil meet": lands that meet at a border.
  const place = p.frame === 'symmetric' && subordinatorOf(f, ctx.chunks) === 'where' ? ctx.chunks[ctx.chunks.indexOf(f.subject!) - 2] : undefined;
  const placeNoun = place?.kind === 'np' ? place : place?.kind === 'pp' ? place.np : null;
  if (placeNoun && ctx.g.inList('meeting_place_nouns', ctx.tokens[placeNoun.head]!.lower)) return null;
  // "the leaders of Japan, South Korea and Australia attended the NATO summit": those at another party's gathering do
  // not thereby meet one another.
  const held = [f.object, ...f.pps.filter((pp) => pp.prep === 'in').map((pp) => pp.np)];
  const gathering = held.some((np) => np?.members.some((m) => m.actor && !sources.some((s) => sameParticipant(s, m.actor!))));
  if (!targets.length && p.frame === 'symmetric' && ctx.g.inList('participation_verbs', f.vg.lemma) && (gathering || ctx.g.inList('joining_verbs', f.vg.lemma))) return null;
  // "to confer with his national security team": with the subject's own people named as the other side, no party is.
  const roleNps = [p.targets.includes('object') ? f.object : null, ...f.pps.filter((pp) => p.targets.includes(pp.prep)).map((pp) => pp.np)];
  const ownPeople = roleNps.some((np) => np && !np.members.some((m) => m.actor) && isOwnPeoplePhrase(np, ctx.tokens, ctx.g));
  if (ownPeople && targets.every((t) => sources.some((x) => sameParticipant(x, t)))) return null;
  // "invited Lithuania, Latvia and Estonia to begin talks": an exchange the invited are asked to hold, with no other
  // side named, is the inviter's with them, unless they are the two sides of it.
  const host = p.frame === 'symmetric' && !targets.length && sources.length !== 2 ? inviterOf(f, ctx, sources) : [];
  if (host.length) {
    [sources, targets] = [host, sources];
    how.push(`${sources.map((a) => a.text).join(', ')}, who invited them, with them`);
  }
  const siblings = targets.length || p.reverse ? [] : coordinatedTargets(f, ctx, sources);
  // "warned that France would respond firmly to any attack": the speaker's own response threatens whom it last dealt
  // with, unlike a clause that only says something is so.
  const clause = f.complement !== null && !f.complement.vg.infinitive ? f.complement : null;
  const own = clause?.subject ? ctx.refs.actors(clause.subject).actors : [];
  const ownResponse = clause !== null && ctx.g.inList('response_verbs', clause.vg.lemma) && own.length > 0 && own.every((a) => sources.some((s) => sameParticipant(a, s)));
  // "was concerned about the agreement", "expressed concern over the decision": after an adjective or the pattern's
  // own event noun, the phrase it takes is what refers back.
  const carrier = f.object !== null && !f.object.members.length && (ctx.tokens[f.object.head]!.pos === 'ADJ' || f.object === eventNoun);
  const referring = carrier ? f.pps.find((pp) => p.targets.includes(pp.prep))?.np ?? f.object : f.object;
  const habitual = ctx.chunks.slice(Math.max(0, f.at - 2), f.at + 1).some((c) => (c.kind === 'adv' && ctx.g.inList('habitual_adverbs', c.word)) || (c.kind === 'vg' && c.words.some((w) => ctx.g.inList('habitual_adverbs', w))));
  if (!targets.length) targets = answeredInSentence(f, p, ctx, sources, how);
  if (!targets.length && rootFrom(p.code, 'threat') && p.frame !== 'symmetric') {
    targets = conditionParties(f, ctx, sources);
    if (targets.length) how.push(`target ${targets.map((a) => a.text).join(', ')}, whom the condition names`);
  }
  const paired = pairUp(sources, targets, p, ctx, how, referring, (clause !== null && !ownResponse) || habitual, siblings);
  // "held a trilateral summit with Kishida and Yoon": the guests of a meeting of several parties meet one another too.
  const several = eventNoun !== null && joinedWords(ctx.tokens, eventNoun.first, eventNoun.head - 1).some((w) => ctx.g.inList('multiparty_words', w));
  if (!paired || !several || p.frame !== 'symmetric' || targets.length < 2) return paired;
  return { pairs: [...paired.pairs, ...everyPair(targets)], how: `${paired.how}; the guests of a meeting of several parties with one another` };
}

/** Who invited the subject of an infinitive to do it ("NATO invited Finland to begin accession talks"), besides it. */
function inviterOf(f: Frame, ctx: RoleContext, sources: readonly ResolvedActor[]): ResolvedActor[] {
  const inviting = f.vg.infinitive && f.subject ? ctx.frames.find((x) => x.object === f.subject && x.at < f.at && ctx.g.inList('inviting_verbs', x.vg.lemma)) : undefined;
  return inviting ? ctx.refs.actors(inviting.subject).actors.filter((a) => !sources.some((s) => sameParticipant(a, s))) : [];
}

/**
 * The party a verb naming no one answers within its own sentence: "India has blamed Pakistan, which denies
 * involvement" denies to the accuser; "Japan protested after North Korea fired a missile", "led a chorus of
 * condemnation after France exploded a nuclear device" judge whoever did what an "after" clause right after it tells.
 */
function answeredInSentence(f: Frame, p: EnPattern, ctx: RoleContext, sources: readonly ResolvedActor[], how: string[]): ResolvedActor[] {
  const others = (np: NounGroup | null) => ctx.refs.actors(np).actors.filter((a) => !sources.some((x) => sameParticipant(a, x)));
  const accusation = p.family.name === 'reject' && f.subjectWay === 'relative' ? ctx.frames.find((x) => x.at < f.at && x.object === f.subject && ctx.g.allegingVerbs.has(x.vg.lemma)) : undefined;
  const accusers = accusation ? others(accusation.subject) : [];
  if (accusers.length) {
    how.push(`target ${accusers.map((a) => a.text).join(', ')}, who accused the subject`);
    return accusers;
  }
  if (!p.fallback.includes('recent') || !EVALUATIVE.has(p.family.name)) return [];
  let k = f.end + 1;
  while (ctx.chunks[k]?.kind === 'adv') k++;
  const opener = ctx.chunks[k];
  if (opener?.kind !== 'sub' || !ctx.g.inList('occasion_conjunctions', opener.word)) return [];
  const next = ctx.frames.find((x) => x.at > k && !x.vg.infinitive && !x.vg.participle);
  if (!next?.subject || ctx.chunks.indexOf(next.subject) !== k + 1 || next.vg.passive) return [];
  const authors = others(next.subject);
  if (authors.length) how.push(`target ${authors.map((a) => a.text).join(', ')}, who did what the "${opener.word}" clause tells`);
  return authors;
}

/** The ways a verb takes its subject from another verb of the sentence. */
const SHARED_SUBJECT: ReadonlySet<SubjectWay> = new Set(['coordinated', 'purpose', 'controller']);

/**
 * "expressed strong indignation over the meeting and accused India of …": the parties another verb of the same
 * subject in the sentence names as its object, for a verb that names none.
 */
function coordinatedTargets(f: Frame, ctx: RoleContext, sources: ResolvedActor[]): ResolvedActor[] {
  if (!f.subject) return [];
  for (const g of ctx.frames) {
    // Verbs joined by "and" ("recalled its envoy and summoned Ethiopia's") or by purpose ("summoned the envoy to
    // protest"), not a participle of consequence ("…, prompting the EU to file a complaint").
    const joined = (SHARED_SUBJECT.has(g.subjectWay) || SHARED_SUBJECT.has(f.subjectWay)) && !g.vg.participle && !f.vg.participle;
    if (g === f || g.subject !== f.subject || !joined || !g.object?.members.some((m) => m.actor)) continue;
    const found = ctx.refs.actors(g.object).actors.filter((a) => !sources.some((s) => sameParticipant(a, s)));
    if (found.length) return found;
  }
  return [];
}

/** A finite verb in the third person opening its sentence, with nothing before it but adverbs: a communiqué's item. */
function communiqueItem(f: Frame, ctx: RoleContext): boolean {
  const before = ctx.chunks.slice(0, f.at);
  const verb = ctx.tokens[f.vg.verb]!;
  return before.every((c) => c.kind === 'adv') && !f.vg.infinitive && !f.vg.participle && /s$/.test(verb.lower) && verb.lower !== verb.lemma;
}

/**
 * "the two countries, together with Spain, announced …", "Together with John Major, they signed …": the parties a
 * phrase right after the subject, or opening the sentence before it, adds to it.
 */
export function companionsOf(np: NounGroup | null, ctx: RoleContext): ResolvedActor[] {
  if (!np) return [];
  const subjectAt = ctx.chunks.indexOf(np);
  const accompanying = (c: Chunk | undefined) => (c?.kind === 'pp' && ctx.g.accompanying.has(c.prep) ? ctx.refs.actors(c.np).actors : []);
  if (subjectAt === 2 && isComma(ctx.chunks[1])) return accompanying(ctx.chunks[0]);
  const at = isComma(ctx.chunks[subjectAt + 1]) ? subjectAt + 2 : subjectAt + 1;
  return accompanying(ctx.chunks[at]);
}

/** The subject of a passive and the phrase its "of" names: "a number of documents were signed" holds "documents". */
export function passiveSubjects(f: Frame, chunks: Chunk[]): NounGroup[] {
  if (!f.vg.passive || !f.subject) return [];
  const next = chunks[chunks.indexOf(f.subject) + 1];
  return next?.kind === 'pp' && next.prep === 'of' && next.np ? [f.subject, next.np] : [f.subject];
}

/**
 * "Following the talks, bilateral documents were signed": a symmetric event noun in an agentless passive is the act
 * of the parties of the last exchange, every pair of them; not in a subordinate clause ("after the deal was reached"),
 * which refers back to an earlier one.
 */
function agentlessExchange(f: Frame, p: EnPattern, eventNoun: NounGroup | null, ctx: RoleContext, how: string[]): { pairs: Pair[]; how: string } | null {
  const parties = ctx.state.dialogue;
  if (!eventNoun || !passiveSubjects(f, ctx.chunks).includes(eventNoun) || p.frame !== 'symmetric' || !p.fallback.includes('dialogue') || !parties) return null;
  if (ctx.chunks[ctx.chunks.indexOf(f.subject!) - 1]?.kind === 'sub') return null;
  // "the India-Australia Annual Summit held in New Delhi": a noun that names its own parties is theirs.
  if (eventNoun.mentions.some((m) => m.actor && !m.person)) return null;
  how.push(`agentless passive: the parties of the last exchange, ${parties.map((a) => a.name).join(', ')}`);
  return pairUp(distinct(parties), [], p, ctx, how, null);
}

/**
 * "X and Y signed the deal at a ceremony hosted by Z": a participle describing an occasion that names no party is
 * about the parties of the clause it is in, the subject of the verb before it.
 */
function occasionParties(f: Frame, ctx: RoleContext, how: string[], afterPlace = false): ResolvedActor[] {
  if (!f.vg.participle || (f.subject?.members.length && !afterPlace)) return [];
  const clause = ctx.frames.filter((x) => x.at < f.at && !x.vg.participle && !x.vg.infinitive && x.subject).pop();
  // "The UK has supported the talks facilitated by Saudi Arabia": talks the subject acts on are not its own occasion,
  // unless it takes part in them ("Chad and Sudan signed an accord brokered by Senegal").
  if (clause?.object && ctx.chunks[f.at - 1] === clause.object && !ctx.g.inList('partaking_verbs', clause.vg.lemma)) return [];
  // "would not attend the summit hosted by Biden", "stayed away from the meeting hosted by Tunisia": an occasion the
  // subject stays away from is not its own.
  if (clause && keptAway(clause, ctx)) return [];
  // "The truce between Israel and Islamic Jihad took effect under a deal brokered by Egypt". "Bessent met He Lifeng
  // in talks hosted by Switzerland": the one met, or talked with, is a party to the occasion too.
  const met = clause && ctx.g.inList('meeting_verbs', clause.vg.lemma) ? [clause.object, ...clause.pps.filter((pp) => pp.prep === 'with').map((pp) => pp.np)] : [];
  const parties = distinct([clause?.subject ?? null, ...met].flatMap((np) => ctx.refs.actors(np).actors));
  const found = parties.length ? parties : betweenParties(clause?.subject ?? null, ctx);
  if (found.length) how.push(`the occasion of ${found.map((a) => a.text).join(', ')}`);
  return found;
}

/**
 * "would not attend the summit hosted by Biden", "stayed away from the meeting hosted by Tunisia": whether a clause
 * keeps its subject away from the occasion a participle after it describes.
 */
function keptAway(clause: Frame, ctx: RoleContext): boolean {
  const particle = ctx.tokens[clause.vg.last > clause.vg.verb ? clause.vg.last : clause.vg.last + 1]?.lower ?? '';
  const absent = [clause.vg.lemma, `${clause.vg.lemma} ${particle}`].some((w) => ctx.g.inList('absence_verbs', w));
  return absent || clause.vg.words.some((w) => ctx.g.negation.has(w)) || negatedByPhrase(clause.vg.words, ctx.g);
}

/** "The swap", "the deal": a definite phrase naming an act names the parties of the last act others did. */
function partiesReferred(np: NounGroup | null, agents: readonly ResolvedActor[], ctx: RoleContext): ResolvedActor[] {
  if (!np || np.members.length || !agents.length || ctx.tokens[np.first]!.lower !== 'the') return [];
  if (!isActNoun(ctx.tokens[np.head]!, ctx.g)) return [];
  return authorsOfRecentAct(ctx.state.acts, agents[0]!, false).filter((a) => !agents.some((x) => sameParticipant(a, x)));
}

/**
 * The parties a "between" phrase right after a phrase naming none lists ("the talks between Guyana and Venezuela"),
 * or after its "of" phrase naming none ("the normalisation of relations between Israel and Morocco").
 */
function betweenParties(np: NounGroup | null, ctx: RoleContext): ResolvedActor[] {
  if (!np || np.members.length) return [];
  const next = ctx.chunks[pastPartylessOf(ctx.chunks, ctx.chunks.indexOf(np))];
  const parties = next?.kind === 'pp' && next.prep === 'between' ? ctx.refs.actors(next.np).actors : [];
  return parties.length >= 2 ? parties : [];
}

function fromRoles(f: Frame, p: EnPattern, eventNoun: NounGroup | null, ctx: RoleContext, how: string[], sources: ResolvedActor[]): ResolvedActor[] {
  // "expelling diplomats from Germany, Poland and Sweden": an object of common nouns only ("diplomats") stands for the
  // parties named with them before only when no later phrase of the verb names one.
  let referred: { actors: ResolvedActor[]; how: string } | null = null;
  // "held four rounds of talks hosted by Iraq": an object that measures the event noun its "of" phrase holds is the
  // event's, and names no party; one that names a party is told of it ("assured Kyiv of support").
  const after = f.object ? ctx.chunks[ctx.chunks.indexOf(f.object) + 1] : undefined;
  const measure = eventNoun !== null && !f.object?.members.length && after?.kind === 'pp' && ['of', 'in'].includes(after.prep) && after.np === eventNoun;
  for (const role of p.targets) {
    let np: NounGroup | null = null;
    if (role === 'object') np = f.object !== eventNoun && !measure && !refersToAct(f.object, p, ctx) ? f.object : f.second;
    else if (role === 'described') np = describedBy(f.object !== eventNoun ? f.object : f.second, ctx);
    // "the allegations made by the Prime Minister of Canada": an owner may be the agent of a participle after the noun.
    else if (role === 'owner') np = eventNoun?.members.length ? eventNoun : eventNoun ? ofPhrase(eventNoun, f, ctx) : null;
    else if (role === 'complement') {
      const candidates = complementTargets(f, ctx.chunks, ctx.g);
      const others = (c: NounGroup) => ctx.refs.actors(c).actors.filter((a) => !sources.some((s) => sameParticipant(a, s)));
      const said = f.complement?.subject ?? null;
      // "proposed that the United States take over the Gaza Strip": what a party would have its own side do asks
      // nothing of the others the clause names ("warned that it would retaliate against Israel" still threatens them).
      const ownSide = p.family.name === 'demand' && said !== null && candidates[0] === said && ctx.refs.actors(said).actors.length > 0 && !others(said).length;
      // "warned that Chinese financing could mean dependency", "warned the designation could expose troops in Iraq": a
      // warning of what a thing may bring about threatens no party its clause names, even when another party only
      // modifies the thing ("Chinese", "Rouhani's"; "Chinese consumers could shun Australian wine" is China's own side).
      // One of penalties or force, or of a response after the thing, still threatens ("warned that anyone dealing with
      // Assad was exposed to sanctions", "warned that Reykjavik's steps would draw a response").
      const penal = (t: Token) => ctx.g.inList('consequence_nouns', t.lower) || ctx.g.inList('force_words', t.lower);
      const thing = said !== null && !said.members.some((m) => m.last >= said.head) && (!said.members.length || others(said).length > 0);
      const answered = said !== null && ctx.tokens.slice(said.last + 1).some((t) => ctx.g.inList('response_nouns', t.lower));
      const caution = p.family.name === 'threaten' && thing && !answered && !f.complement!.vg.infinitive && !ctx.tokens.slice(said!.first).some(penal);
      np = ownSide || caution ? null : candidates.find((c) => others(c).length > 0) ?? null;
    }
    // "met at the White House amid rising tension with China": a phrase after a topic's noun belongs to that noun.
    // "recalled to Paris … its ambassadors to Australia": a phrase naming only the subject's own side is no target.
    else {
      // "stands with its ally in the face of dangerous actions by the Chinese coast guard": "by" after an act's noun in
      // such a phrase or an "of" phrase names the act's author, not the verb's party.
      const pps = [...f.pps, ...(describingParticiple(f, ctx)?.pps ?? [])];
      const topical = (i: number) => ctx.g.topicPrepositions.has(pps[i - 1]?.prep ?? '');
      const authored = (i: number) => {
        const before = pps[i - 1];
        return before?.np !== null && before !== undefined && (before.prep === 'of' || topical(i)) && actNoun(ctx.tokens[before.np.head]!.lower, ctx);
      };
      const phrases = pps.map((pp, i) => (pp.prep === role && !(role === 'with' && topical(i)) && !(role === 'by' && authored(i)) && !placesOrigin(pp, ctx) ? ofPhrase(pp.np ?? sharedObject(pp, ctx), f, ctx) : null)).filter((x) => x?.members.length);
      np = phrases.find((x) => ctx.refs.actors(x).actors.some((a) => !sources.some((s) => sameParticipant(a, s)))) ?? phrases[0] ?? null;
    }
    if (role === 'object') np = ofPhrase(np, f, ctx);
    // "condemned the war in Ukraine", "denounced the attack in Israel": the land an act against another party was done
    // in is its victim's, not whose the act is; the act's author is then found as for "the attack" alone.
    if (role === 'object' && f.object && np !== f.object && EVALUATIVE.has(p.family.name) && placeOfActAgainstOthers(f.object, np, ctx)) np = f.object;
    // "Russia and Ukraine accused each other": every member of the group, of the others.
    // "expelled each other's diplomats": whose they are is reciprocal too.
    const words = np ? ctx.tokens.slice(np.first, np.last + 1).map((t) => t.lower) : [];
    const owner = words.indexOf("'s");
    if (np && (ctx.g.reciprocals.has(words.join(' ')) || (owner > 0 && ctx.g.reciprocals.has(words.slice(0, owner).join(' '))))) {
      how.push(`target ${sources.map((a) => a.text).join(', ')} (each other)`);
      return sources;
    }
    // "extended North Korea sanctions": the state the act's own noun names as its victim.
    const struck = role === 'object' && eventNoun !== null && f.object === eventNoun ? struckState(eventNoun, p.code) : undefined;
    // "agreed to Washington's request": whose claim or document it is, the owner role asks for.
    const possessor = role === 'owner' && np?.members.some((m) => m.possessive && m.actor);
    const found = struck ? { actors: ctx.refs.resolve(struck, sources), how: '' } : ctx.refs.actors(possessor ? np : headed(np, p, ctx), sources);
    if (!found.actors.length) continue;
    // "condemned the expulsion of its diplomats by Poland": an object naming only the subject's own side is what was
    // done to it; a later phrase may name who did it.
    if (role === 'object' && EVALUATIVE.has(p.family.name) && found.actors.every((a) => sources.some((x) => sameParticipant(a, x)))) continue;
    // "closed its embassy in Moscow": the subject's own embassy, its owner a pronoun, says where it stood in a phrase
    // after it.
    const ownPronoun = np !== null && np.members.every((m) => m.ref !== undefined && m.possessive);
    if ((role === 'owner' || np === eventNoun) && ownPronoun && found.actors.every((a) => sources.some((x) => sameParticipant(a, x)))) continue;
    // "a journey to Indonesia from 3 to 6 September, to Papua New Guinea from 6 to 9 September, …": each destination.
    if (p.destination && role !== 'object' && role !== 'owner' && role !== 'described' && role !== 'complement') {
      const later: PrepPhrase[] = [];
      for (let k = f.at + 1; k < ctx.chunks.length && ['np', 'pp', 'punct', 'cc', 'adv'].includes(ctx.chunks[k]!.kind); k++) if (ctx.chunks[k]!.kind === 'pp') later.push(ctx.chunks[k] as PrepPhrase);
      // "will fly to Germany to visit Dresden …, then to France": a leg after "then", past what the first one is for.
      for (let k = f.at + 1; k + 1 < ctx.chunks.length; k++) {
        const then = ctx.chunks[k]!;
        const next = ctx.chunks[k + 1]!;
        if (then.kind === 'adv' && ctx.g.inList('sequel_adverbs', then.word) && next.kind === 'pp' && next.prep === role && !later.includes(next)) later.push(next);
      }
      for (const pp of later) {
        if (pp.prep !== role || !pp.np || pp.np === np || pp.np.members.some((m) => !m.actor || m.person) || placesOrigin(pp, ctx)) continue;
        for (const a of ctx.refs.actors(pp.np).actors) if (!found.actors.some((x) => sameParticipant(a, x)) && !sources.some((x) => sameParticipant(a, x))) found.actors.push(a);
      }
    }
    // "commends Malaysia, in its capacity as Chair of ASEAN, as well as the United States and China": parties added.
    if (role === 'object' && np) found.actors.push(...addedParties(np, ctx).filter((a) => !found.actors.some((x) => sameParticipant(a, x))));
    const described = { actors: found.actors, how: `target ${found.actors.map((a) => a.text).join(', ')} (${role})${found.how ? `: ${found.how}` : ''}` };
    const named = np?.members.some((m) => m.ref !== undefined || m.pluralSize !== undefined || ctx.tokens.slice(m.first, m.last + 1).some((t) => t.text !== t.lower));
    if (role === 'object' && !named) {
      referred ??= described;
      continue;
    }
    how.push(described.how);
    return found.actors;
  }
  if (referred) how.push(referred.how);
  return referred?.actors ?? [];
}

/**
 * "arrived from the Group of 20 summit in Buenos Aires": a phrase right after a "from" phrase whose head is a thing,
 * not a place, places that thing; it is where the subject came from, not where it went.
 */
function placesOrigin(pp: PrepPhrase, ctx: RoleContext): boolean {
  const before = ctx.chunks[ctx.chunks.indexOf(pp) - 1];
  return before?.kind === 'pp' && before.prep === 'from' && before.np !== null && !before.np.mentions.some((m) => m.first <= before.np!.head && before.np!.head <= m.last);
}

/**
 * The agents of a participle of attending joined by "and" to a passive participle (", and attended by X and Y"),
 * besides the `hosts`.
 */
function attendees(f: Frame, ctx: RoleContext, hosts: readonly ResolvedActor[]): ResolvedActor[] {
  const next = ctx.frames.find((x) => x.at > f.at);
  if (!next || next.vg.words.length !== 1 || !ctx.g.inList('participation_verbs', next.vg.lemma) || ctx.chunks[next.at - 1]?.kind !== 'cc') return [];
  const at = ctx.chunks.findIndex((c, k) => k > next.at && c.kind === 'pp' && c.prep === 'by');
  if (at < 0) return [];
  // "by Prime Minister Hun Manet of Cambodia and Acting Prime Minister Phumtham of Thailand": each name with its "of".
  const named = [(ctx.chunks[at] as PrepPhrase).np];
  for (let k = at + 1; k + 1 < ctx.chunks.length; k++) {
    const c = ctx.chunks[k]!;
    const after = ctx.chunks[k + 1]!;
    if (c.kind === 'pp' && c.prep === 'of') continue;
    if (c.kind !== 'cc' || after.kind !== 'np') break;
    named.push(after);
    k++;
  }
  return distinct(named.flatMap((np) => ctx.refs.actors(np).actors)).filter((a) => !hosts.some((h) => sameParticipant(a, h)));
}

/**
 * "fired on and seized three Ukrainian vessels": a preposition left without its noun (the frame keeps one only before
 * "and" and a verb) shares the next verb's object.
 */
function sharedObject(pp: PrepPhrase, ctx: RoleContext): NounGroup | null {
  const at = ctx.chunks.indexOf(pp);
  return ctx.frames.find((x) => x.at === at + 2)?.object ?? null;
}

/** The parties an "as well as" phrase adds to a noun phrase, after its own phrases and commas. */
function addedParties(np: NounGroup, ctx: RoleContext): ResolvedActor[] {
  for (let k = ctx.chunks.indexOf(np) + 1; k < ctx.chunks.length; k++) {
    const c = ctx.chunks[k]!;
    if (c.kind === 'pp' && ctx.g.inList('additive_prepositions', c.prep)) return ctx.refs.actors(c.np).actors;
    if (c.kind !== 'pp' && !(c.kind === 'punct' && c.word === ',')) return [];
  }
  return [];
}

/** "lifted the sanctions imposed on Guinea": a past participle right after the object, whose phrases are the object's. */
function describingParticiple(f: Frame, ctx: RoleContext): Frame | undefined {
  if (!f.object) return undefined;
  const after = ctx.chunks.indexOf(f.object) + 1;
  return ctx.frames.find((x) => x.at === after && x.vg.participle && x.vg.words.length === 1 && !x.vg.words[0]!.endsWith('ing'));
}

/**
 * "was summoned to the Foreign Ministry and given 72 hours to leave": a passive joined to another with the same
 * subject, and no agent of its own, has the other's: its "by" phrase, or the body it was called to.
 */
function sharedAgent(f: Frame, ctx: RoleContext): PrepPhrase | undefined {
  // "… and was expected to hold talks": a verb with an auxiliary of its own is its own passive.
  if (f.subjectWay !== 'coordinated' || !isBarePastForm(f.vg, ctx.g)) return undefined;
  const first = ctx.frames.find((x) => x.at < f.at && x.subject === f.subject && x.vg.passive);
  const body = (pp: PrepPhrase) => pp.prep === 'to' && (pp.np?.members.length ?? 0) > 0 && pp.np!.members.every((m) => m.actor && !m.person && !m.actor.place);
  return first?.pps.find((pp) => pp.prep === 'by' && pp.np?.members.length) ?? first?.pps.find(body);
}

/** The families whose verbs judge what they are about: what they name is judged, not reported. */
export const EVALUATIVE = new Set(['disapprove', 'praise', 'reject']);

/**
 * `place` is the phrase right after `act`, a noun for an act done to another party, that names where it was done
 * ("the war in Ukraine") or, after "of", to whom ("the invasion of Ukraine", "the annexation of Crimea").
 */
function placeOfActAgainstOthers(act: NounGroup, place: NounGroup | null, ctx: RoleContext): boolean {
  const next = ctx.chunks[ctx.chunks.indexOf(act) + 1];
  return next?.kind === 'pp' && next.np === place && (next.prep === 'of' || ctx.g.inList('territory_prepositions', next.prep)) && ctx.g.inList('acts_against_others', ctx.tokens[act.head]!.lower);
}

/**
 * "sanctions on six heads of the Russian prison", "members of the Iranian government": a party named after "of";
 * "strikes on military targets in Iran": a state or place the phrase lies in.
 */
function ofPhrase(np: NounGroup | null, f: Frame, ctx: RoleContext): NounGroup | null {
  if (!np) return np;
  const at = ctx.chunks.findIndex((c) => c === np || (c.kind === 'pp' && c.np === np));
  // "sanctions on the group's leader, Mohamed Hamdan Dagalo, known as Hemedti": a phrase naming no party stands for
  // the person named in apposition after it.
  const apposed = ctx.chunks[at + 2];
  const apposedEnd = ctx.chunks[at + 3];
  const apposition = at > f.at && isComma(ctx.chunks[at + 1]) && apposed?.kind === 'np' && apposed.members.length > 0 && apposed.members.every((m) => m.person && m.actor) && (!apposedEnd || apposedEnd.kind === 'punct');
  // A pronoun or "the group" that would mean the subject's own side names no one else either.
  const own = () => ctx.refs.actors(f.subject).actors;
  if (apposition && np.members.every((m) => !m.actor) && ctx.refs.actors(np).actors.every((a) => own().some((x) => sameParticipant(a, x)))) return apposed;
  // "the people of Morocco": people in general name no party; their "of" phrase does.
  if (np.members.some((m) => !m.generic)) return np;
  const goods = ctx.g.inList('goods_nouns', ctx.tokens[np.head]!.lemma);
  // "duties on electric vehicles made in China", "tariffs on steel imported from Canada": goods are the state's they
  // come from.
  const made = ctx.chunks[at + 1];
  const origin = ctx.chunks[at + 2];
  if (goods && made?.kind === 'vg' && made.words.length === 1 && ctx.g.inList('origin_participles', made.lemma) && origin?.kind === 'pp' && ['in', 'by', 'from'].includes(origin.prep) && origin.np?.members.length) return origin.np;
  // "sanctions on six businesses linked to the warring parties in Sudan": the party they belong to.
  const link = ctx.chunks[at + 2];
  if (made?.kind === 'vg' && made.participle && made.words.length === 1 && ctx.g.inList('affiliation_participles', made.lemma) && link?.kind === 'pp' && ['to', 'with', 'by'].includes(link.prep) && link.np) {
    const owner = ofPhrase(link.np, f, ctx);
    if (owner?.members.length) return owner;
  }
  // "condemned the attack launched by Iran", "the strikes carried out by Israel": the agent of a participle after it.
  const by = ctx.chunks[at + 2];
  if (made?.kind === 'vg' && made.participle && made.words.length <= 2 && by?.kind === 'pp' && by.prep === 'by' && by.np?.members.length) return by.np;
  // "condemned the launch of a missile carried out by North Korea": the agent after the "of" phrase.
  const after = ctx.chunks[at + 2];
  const agent = ctx.chunks[at + 3];
  if (ctx.chunks[at + 1]?.kind === 'pp' && after?.kind === 'vg' && (after.participle || (after.words.length <= 2 && /ed$/.test(after.words[0]!))) && agent?.kind === 'pp' && agent.prep === 'by' && agent.np?.members.length) return agent.np;
  // "the ambassadors of 10 countries, including the United States, Germany and France": the parties the list names.
  const listed = includedParties(ctx.chunks, at);
  if (listed && at > f.at) return listed;
  const next = ctx.chunks[at + 1];
  // "strikes against a number of targets in Yemen": a count's "of" phrase stands for it, with the place after that.
  const counted = ctx.g.inList('quantity_nouns', ctx.tokens[np.head]!.lower);
  if (counted && next?.kind === 'pp' && next.prep === 'of' && next.np && !next.np.members.length && at > f.at) {
    const inner = ofPhrase(next.np, f, ctx);
    if (inner?.members.length) return inner;
  }
  // "the killing of civilians by Myanmar's security forces": a hostile act's author after what it was done to.
  const author = ctx.chunks[at + 2];
  if (next?.kind === 'pp' && next.prep === 'of' && !next.np?.members.length && author?.kind === 'pp' && author.prep === 'by' && author.np?.members.length && ctx.g.culpableActs.has(ctx.tokens[np.head]!.lower) && at > f.at) return author.np;
  // "sanctioned six individuals in charge of Russian prisons": whose the things they are in charge of are.
  const charge = next?.kind === 'pp' && next.prep === 'in' && next.np && ctx.tokens[next.np.head]!.lower === 'charge' ? ctx.chunks[at + 2] : undefined;
  if (charge?.kind === 'pp' && charge.prep === 'of' && charge.np?.members.length && at > f.at) return charge.np;
  // "condemned the decision of the governments of Britain, France and Germany": an "of" phrase that is a group or an
  // organ stands for the parties its own "of" phrase names.
  const group = next?.kind === 'pp' && next.prep === 'of' ? listedParties(next.np, ctx.chunks, ctx.tokens, ctx.g) : null;
  if (group) return group;
  // "solidarity with the government and people of Mozambique": two phrases naming no party share the "of" phrase.
  const joined = next?.kind === 'cc' && next.word === 'and' ? ctx.chunks[at + 2] : undefined;
  const shared = ctx.chunks[at + 3];
  if (joined?.kind === 'np' && !joined.members.some((m) => m.actor) && shared?.kind === 'pp' && shared.prep === 'of' && shared.np?.members.length && at > f.at) return shared.np;
  if (next?.kind !== 'pp' || !next.np?.members.length || at < f.at) return np;
  // "the right to respond to any attack by Syrian forces", "concern over the escalatory actions by China": an act's
  // or a course of conduct's author; "protested against remarks by Takaichi about Taiwan": a claim's.
  if (next.prep === 'by' && actNoun(ctx.tokens[np.head]!.lower, ctx)) return next.np;
  // "tariffs on all imports from Colombia", "restrictions on exports to South Korea": goods are the state's they
  // come from or go to.
  if (next.prep === 'of' || (['from', 'to'].includes(next.prep) && goods)) return next.np;
  // Not of a name the tables lack: "met Kim in Singapore" met no Singaporean.
  const named = ctx.tokens[np.head]!.pos === 'PROPN' && !np.members.length;
  const territory = (ctx.g.inList('territory_prepositions', next.prep) && !named && next.np.members.every((m) => m.actor && !m.person && !m.actor.org)) || next.border;
  return territory ? next.np : np;
}

/**
 * "would impose further sanctions if Tehran did not give way", "cautioned that the framework would be void if Britain
 * pressed ahead": the parties the condition of a hostile act held out names, other than its sources.
 */
export function conditionParties(f: Frame, ctx: RoleContext, sources: ResolvedActor[]): ResolvedActor[] {
  const condition = subordinateClause(f, ctx, 'threat_conditions') ?? conditionBefore(f, ctx);
  return condition ? ctx.refs.actors(condition.subject).actors.filter((a) => !sources.some((s) => sameParticipant(a, s))) : [];
}

/** "if Israel made another mistake, Iran's response would be …": a condition that ends, with a comma, where the clause begins. */
export function conditionBefore(f: Frame, ctx: RoleContext): Frame | null {
  const start = f.subject && f.subject.first < f.vg.first ? ctx.chunks.indexOf(f.subject) : f.at;
  const comma = ctx.chunks[start - 1];
  const condition = ctx.frames.filter((x) => x.at < start && !x.vg.infinitive && !x.vg.participle).at(-1);
  if (comma?.kind !== 'punct' || comma.word !== ',' || !condition || condition.end !== start - 2) return null;
  return ctx.g.inList('threat_conditions', subordinatorOf(condition, ctx.chunks) ?? '') ? condition : null;
}

/**
 * The clause a conjunction of `conjunctions` opens after a verb ("if Tehran did not give way", "after the U.S.
 * blacklisted Huawei"), with only clauses that verb governs between.
 */
export function subordinateClause(f: Frame, ctx: RoleContext, conjunctions: WordList): Frame | null {
  const within = (x: Frame): boolean => x.governor === f || (x.governor !== null && x.governor.at > f.at && within(x.governor));
  for (const x of ctx.frames.filter((y) => y.at > f.at)) {
    if (ctx.g.inList(conjunctions, subordinatorOf(x, ctx.chunks) ?? '')) return x;
    if (!x.vg.infinitive && !x.vg.participle && !within(x)) return null;
  }
  return null;
}

/** A noun of a hostile act or of a course of conduct, whose "by" phrase names its author. */
function actNoun(word: string, ctx: RoleContext): boolean {
  return ctx.g.culpableActs.has(word) || ctx.g.inList('conduct_nouns', word) || ctx.g.recentClaims.has(word);
}

/**
 * "sanctioning 16 individuals enabling Iran's drone program", "two entities linked to Iran's IRGC": an object with
 * no actor of its own, described by a participle that names one.
 */
function describedBy(np: NounGroup | null, ctx: RoleContext): NounGroup | null {
  if (!np || np.members.length) return null;
  let at = ctx.chunks.indexOf(np);
  // "export controls that cut China off", "officials who enable Maduro's repression": a relative clause likewise.
  const relative = ctx.chunks[at + 1];
  if (relative?.kind === 'np' && relative.mentions.some((m) => m.relative)) at++;
  const participle = ctx.chunks[at + 1];
  const verbal = at > ctx.chunks.indexOf(np) ? participle?.kind === 'vg' : participle?.kind === 'vg' && /(?:ing|ed)$/.test(participle.words[0]!);
  if (participle?.kind !== 'vg' || participle.words.length > 2 || !verbal) return null;
  for (const c of ctx.chunks.slice(at + 2, at + 5)) {
    const held = c.kind === 'np' ? c : c.kind === 'pp' ? c.np : null;
    if (held?.members.length) return held;
    if (c.kind === 'vg' || c.kind === 'punct' || c.kind === 'sub') return null;
  }
  return null;
}

/**
 * A phrase as a party of the pattern: for head-only patterns, only when an actor (or "counterpart") is its head, or
 * owns it ("support for Russia's war").
 */
function headed(np: NounGroup | null, p: EnPattern, ctx: RoleContext): NounGroup | null {
  if (!np || !p.headTargets || np.members.length > 1) return np;
  // "President of Ukraine Mr. Volodymyr Zelenskyy": a title and its holder's name are one party; the name heads.
  if (np.mentions.some((x) => x.actor && x.last >= np.head)) return np;
  const m = np.members[0];
  // "received the kingdom's protest", "hosted Beijing's letter": what a party said or wrote is not the party.
  const head = ctx.tokens[np.head]!.lower;
  const owns = m !== undefined && (m.possessive || ["'s", "'"].includes(ctx.tokens[m.last + 1]?.lower ?? ''));
  if (owns && (ctx.g.recentClaims.has(head) || ctx.g.inList('document_nouns', head))) return null;
  // "Joe Biden and first lady Jill Biden": a party that heads its own part of a phrase joined by "and" heads it too.
  const conjunct = m !== undefined && ctx.g.coordinators.has(ctx.tokens[m.last + 1]?.lower ?? '');
  return m && (m.last >= np.head || conjunct || m.ref || m.possessive || m.pluralSize !== undefined || ctx.g.partyNouns.has(ctx.tokens[np.head]!.lower)) ? np : null;
}

/**
 * Who a governed clause may be about, in order: its subject, its object, its prepositional actors ("warned that it
 * would retaliate against Israel"); with no verb found in it ("demanded that Iran release …" tagged as nouns), the
 * actor right after "that". The caller takes the first that is not the governing verb's own subject.
 */
function complementTargets(f: Frame, chunks: Chunk[], g: GrammarSets): NounGroup[] {
  const c = f.complement;
  if (!c) {
    const that = chunks[f.end + 1];
    const next = chunks[f.end + 2];
    // "demanded Russia return the wreckage": a verb of mandate may leave out "that" before its clause.
    if (g.inList('mandating_verbs', f.vg.lemma) && that?.kind === 'np' && that.members.length && next?.kind === 'vg' && !next.infinitive) return [that];
    return that?.kind === 'sub' && that.word === 'that' && next?.kind === 'np' ? [next] : [];
  }
  // "urged Congress to keep pressure on Iran": the one asked is named, so those its act is asked against are no target.
  // "urged governments in the region not to deepen ties with Tehran": the object's own phrases may come between.
  const objectAt = f.object ? chunks.indexOf(f.object) : -1;
  const adjoining = objectAt >= 0 && chunks.slice(objectAt + 1, c.at).every((x) => x.kind === 'pp' || x.kind === 'adv');
  const asked = f.object && asksItsObject(f, g) && c.vg.infinitive && adjoining;
  if (f.object && (c.subject === f.object || asked)) return f.object.members.length ? [f.object] : [];
  return [c.subject, c.object, ...c.pps.map((pp) => pp.np)].filter((np): np is NounGroup => np !== null && np.members.length > 0);
}

/**
 * `reports`: the verb governs a finite clause of its own. Such a verb with no party named says something is so ("cautioned
 * that much work remained"); it is not addressed to the party the subject last dealt with.
 */
export function pairUp(sources: ResolvedActor[], targets: ResolvedActor[], p: EnPattern, ctx: RoleContext, how: string[], object: NounGroup | null, reports = false, siblings: ResolvedActor[] = []): { pairs: Pair[]; how: string } | null {
  let pairs: Pair[] = [];
  for (const s of sources) for (const t of targets) if (!sameParticipant(s, t)) pairs.push([s, t]);
  // "China opposed the listing of Chinese companies": an act on the subject's own side means whoever did it.
  const ownSide = targets.length > 0 && !pairs.length;
  // "called on Armenians to be ready to defend their homeland": an appeal addressed to the subject's own side asks no
  // other party ("urged the release of Indian fishermen" still asks whoever holds them).
  if (ownSide && p.family.name === 'demand' && (!object || object.members.length > 0)) return null;
  if (!targets.length || ownSide) {
    const group = distinct(sources);
    const fallback = p.fallback;
    // A pattern that needs its target named takes it from a group subject ("Biden, Lula pledge …"), never from
    // the last exchange.
    const symmetric = p.frame === 'symmetric';
    const host = hostOfGroup(group, ctx.state);
    if (symmetric && host) {
      for (const guest of group) if (!sameParticipant(guest, host)) pairs.push([host, guest]);
      how.push(`${host.name} with each of the others, as in the last exchange`);
    } else if (!symmetric && group.length === 2 && eachToTheOther(object, ctx)) {
      // "India and Canada each expelled six diplomats": each did it to the other.
      pairs.push([group[0]!, group[1]!], [group[1]!, group[0]!]);
      how.push('each of the two, to the other');
    } else if (symmetric && group.length > p.family.largestPairedGroup) {
      // "The United States, Britain, France, Germany and Italy agreed on a package of sanctions": a joint decision of
      // the group, no agreement between each two of them.
      return null;
    } else if (symmetric && group.length >= 2) {
      pairs.push(...everyPair(group));
      how.push('every pair of the group');
    } else if (symmetric && !p.targetRequired && fallback.includes('dialogue') && ctx.state.dialogue && !(object && p.targets.includes('object'))) {
      const dialogue = ctx.state.dialogue;
      for (const s of sources) if (dialogue.some((d) => sameParticipant(d, s))) for (const t of dialogue) if (!sameParticipant(s, t)) pairs.push([s, t]);
      if (pairs.length) how.push('the other party of the last exchange');
    } else if (fallback.includes('recent') && object && (!object.members.length || refersToAct(object, p, ctx))) {
      let why = '';
      const named = namedByFreeRelative(object, ctx) ?? authoredActBefore(object, ctx);
      // "what it described as brutal Israeli aggression", "Russia's invasion …, and Tokyo condemned it": the phrase
      // may name its author.
      // "condemned what it described as a malicious cyber campaign by Russia": or a "by" phrase right after it.
      const holder = named ? ctx.chunks.findIndex((c) => c === named || (c.kind === 'pp' && c.np === named)) : -1;
      const by = ctx.chunks[holder + 1];
      const agent = holder >= 0 && !named!.members.length && by?.kind === 'pp' && by.prep === 'by' && by.np?.members.length ? by.np : null;
      const authors = named?.members.length ? ctx.refs.actors(named).actors : agent ? ctx.refs.actors(agent).actors : [];
      for (const s of sources) for (const a of authors) if (!sameParticipant(s, a)) pairs.push([s, a]);
      if (pairs.length) why = 'the author the phrase naming the act gives';
      // "welcomed the agreement between Ethiopia and Eritrea", "condemned the clashes between Armenia and Azerbaijan":
      // the parties of an act its "between" phrase names.
      const between = pairs.length ? [] : betweenParties(object, ctx);
      for (const s of sources) for (const a of between) if (!sameParticipant(s, a)) pairs.push([s, a]);
      if (pairs.length) why ||= 'the parties its "between" phrase names';
      for (const s of pairs.length ? [] : sources) {
        const earlier = referredParties(named ?? actsReferred(object, ctx) ?? object, s, p.family.name !== 'praise', ctx, sources, named !== null);
        // "The leaders welcomed the launch of the dialogue": a group judging its own joint act judges no one.
        for (const e of earlier.parties) if (!sources.some((x) => sameParticipant(x, e))) pairs.push([s, e]);
        why ||= earlier.why;
      }
      if (pairs.length) how.push(`target: ${pairs[0]![1].name}, ${why}`);
    }
    // "expressed concerns over the situation": with nothing the phrase refers back to, the party last dealt with.
    // Not when the one addressed is named but is no party ("urged the countries of the region", "urged travellers").
    // "The U.S. embassy urged American citizens to leave": addressed to its own side, it is addressed to no one else.
    const addressee = object !== null ? ctx.tokens[object.head]!.lower : '';
    const addressed = (object !== null && (ctx.g.inList('group_nouns', addressee) || ctx.g.inList('addressee_nouns', addressee))) || (ownSide && object !== null && targets.length > 0 && object.members.some((m) => targets.includes(m.actor!)));
    // "urged an early restoration of democracy": asked of the state the report has named most, where it was lost.
    const scene = !pairs.length && !symmetric && fallback.includes('scene') && !addressed ? sceneOf(ctx.state, sources) : null;
    if (scene) {
      for (const s of sources) if (!sameParticipant(s, scene)) pairs.push([s, scene]);
      if (pairs.length) how.push(`target: ${scene.name}, the state the report has named most`);
    }
    // "accused Rwanda of backing the M23, a charge Kigali denies": the one who made the charge the sentence told.
    // "Rwanda denied that it had sent troops": a denial answers whoever last spoke or acted against the subject,
    // whatever its clause says.
    const answering: [EnPattern['fallback'][number], ReadonlyMap<string, ResolvedActor>, string][] = [
      ['charge', ctx.charges, 'who made the charge the sentence told'],
      ['accuser', ctx.state.against, 'who last spoke or acted against the subject'],
    ];
    for (const [kind, accusers, why] of answering) {
      if (pairs.length || !fallback.includes(kind)) continue;
      for (const s of sources) {
        const accuser = accusers.get(partyKey(s));
        if (accuser && !sources.some((x) => sameParticipant(x, accuser))) pairs.push([s, accuser]);
      }
      if (pairs.length) how.push(`target: ${pairs[0]![1].name}, ${why}`);
    }
    if (!pairs.length && !symmetric && fallback.includes('counterpart') && !reports && !addressed && siblings.length) {
      for (const s of sources) for (const t of siblings) pairs.push([s, t]);
      how.push(`target: ${siblings.map((t) => t.name).join(', ')}, whom another verb of the subject names`);
    }
    if (!pairs.length && !symmetric && fallback.includes('counterpart') && !reports && !addressed) {
      // "Both leaders expressed concern": the party one of them last dealt with is the other, no target of theirs.
      for (const s of sources) for (const t of counterpartOf(s, ctx.state)) if (!sources.some((x) => sameParticipant(x, t))) pairs.push([s, t]);
      if (pairs.length) how.push(`target: ${pairs[0]![1].name}, the party the subject last dealt with`);
    }
    // "Saudi Arabia cut ties with Iran. The UAE downgraded its ties.": an act of the same kind as the last one, by
    // another party, with no target of its own, is aimed where that one was.
    const precedent = ctx.state.lastDirected;
    const same = precedent !== null && precedent.pattern.family === p.family && !precedent.sources.some((x) => sources.some((y) => sameParticipant(x, y)));
    if (!pairs.length && !symmetric && !reports && !addressed && !ownSide && same && rootFrom(p.code, 'materialConflict')) {
      for (const s of sources) for (const t of precedent.targets) if (!sameParticipant(s, t)) pairs.push([s, t]);
      if (pairs.length) how.push(`target: ${pairs[0]![1].name}, whom the last act of this kind was aimed at`);
    }
    const topic = ctx.state.topic;
    const open = fallback.includes('counterpart') || fallback.includes('recent');
    if (!pairs.length && !symmetric && open && !reports && !addressed && topic && !sources.some((x) => sameParticipant(x, topic) || x.country === topic.country)) {
      for (const s of sources) pairs.push([s, topic]);
      how.push(`target: ${topic.name}, whom the headline says the statement is about`);
    }
  }
  if (!pairs.length) return null;
  const seen = new Set<string>();
  pairs = pairs.filter(([s, t]) => {
    const key = `${s.code}|${s.name}>${t.code}|${t.name}`;
    return !seen.has(key) && (seen.add(key), true);
  });
  return { pairs, how: how.join('; ') };
}

/**
 * "India and Canada each expelled six diplomats", "India and China traded accusations": two parties that each do it to
 * the other. "each" counts right after the verb's own subject (found from its object, or any verb with no object),
 * not after another clause's ("Germany and Poland each told … , while …").
 */
function eachToTheOther(object: NounGroup | null, ctx: RoleContext): boolean {
  const frame = object ? ctx.frames.find((f) => f.object === object) : undefined;
  if (frame && ctx.g.inList('reciprocal_verbs', frame.vg.lemma)) return true;
  if (frame?.subject) return ctx.tokens[frame.subject.last + 1]?.lower === 'each';
  return ctx.tokens.some((t, i) => t.lower === 'each' && ctx.tokens[i + 1]?.pos === 'VERB');
}

/** The host of the last exchange, when the group is that exchange's parties ("the leaders" after a summit). */
function hostOfGroup(group: ResolvedActor[], state: Discourse): ResolvedActor | null {
  const { host, dialogue } = state;
  if (!host || !dialogue || group.length !== dialogue.length) return null;
  return group.every((a) => dialogue.some((d) => sameParticipant(a, d))) ? host : null;
}

/**
 * "Cambodia responded by downgrading relations": the other party is the one the subject last acted on, else the one
 * that last spoke or acted against it.
 */
export function counterpartOf(subject: ResolvedActor, state: Discourse): ResolvedActor[] {
  for (let k = state.acts.length - 1; k >= 0; k--) {
    const act = state.acts[k]!;
    if (!act.sources.some((a) => sameParticipant(a, subject))) continue;
    const others = act.targets.filter((t) => !sameParticipant(t, subject));
    if (others.length) return others;
  }
  const against = state.against.get(partyKey(subject));
  return against && !sameParticipant(against, subject) ? [against] : [];
}

/** The noun phrase of ", including A, B and C" after the phrase at `at` and its "of" phrases naming no party. */
export function includedParties(chunks: Chunk[], at: number): NounGroup | null {
  let k = at + 1;
  while (chunks[k]?.kind === 'pp' && !(chunks[k] as PrepPhrase).np?.members.length) k++;
  const [comma, including, list] = [chunks[k], chunks[k + 1], chunks[k + 2]];
  const opens = comma?.kind === 'punct' && comma.word === ',' && including?.kind === 'vg' && including.lemma === 'include' && including.participle;
  return opens && list?.kind === 'np' && list.members.length ? list : null;
}

/**
 * "Qatar condemned the strike. Egypt also condemned it.": a lone "it" as the object of a verb that may refer back to
 * an act (condemn, welcome) means that act, whose author is the target, not the state last named.
 */
function refersToAct(np: NounGroup | null, p: EnPattern, ctx: RoleContext): boolean {
  const only = np?.members.length === 1 ? np.members[0]! : null;
  if (only?.ref === 'group') return p.fallback.includes('recent') && actsReferred(np!, ctx) !== null;
  if (!isActPronoun(np, ctx) || !p.fallback.includes('recent')) return false;
  // "accusing it of failing to act", "praised it for": a phrase saying what "it" did makes it a party.
  const next = ctx.chunks[ctx.chunks.indexOf(np!) + 1];
  return !(next?.kind === 'pp' && ['of', 'for'].includes(next.prep));
}

/** "condemned it", "called it provocative": a lone "it" (or "this", "that"), which may mean an act named before. */
export function isActPronoun(np: NounGroup | null, ctx: Pick<RoleContext, 'g' | 'tokens'>): boolean {
  const only = np?.members.length === 1 ? np.members[0]! : null;
  return only?.ref === 'thing' && ctx.g.recentActs.has(ctx.tokens[only.first]!.lower);
}

/**
 * "Merkel called the expulsions unjustified, with Macron, who also condemned them": the acts a plural pronoun means,
 * when the sentence last named acts and no party since.
 */
function actsReferred(np: NounGroup, ctx: RoleContext): NounGroup | null {
  if (np.members.length !== 1 || np.members[0]!.ref !== 'group') return null;
  const verb = ctx.frames.find((f) => f.object === np);
  const before = ctx.chunks.slice(0, ctx.chunks.indexOf(np)).flatMap((c) => (c.kind === 'np' ? [c] : c.kind === 'pp' && c.np ? [c.np] : []));
  for (const earlier of before.reverse()) {
    if (earlier === verb?.subject || earlier.members.some((m) => m.relative)) continue;
    if (earlier.members.some((m) => m.actor)) return null;
    if (namesActs(ctx.tokens[earlier.head]!, ctx.g)) return earlier;
  }
  return null;
}

/**
 * "said Russia's invasion of Ukraine violated international law, and that Tokyo condemned it": a pronoun object
 * means the act the sentence named before it with its author, when no party was named since.
 */
function authoredActBefore(np: NounGroup, ctx: RoleContext): NounGroup | null {
  if (!isActPronoun(np, ctx)) return null;
  const verb = ctx.frames.find((f) => f.object === np);
  const isAct = (c: Chunk | undefined) => c?.kind === 'np' && isActNoun(ctx.tokens[c.head]!, ctx.g);
  for (let k = ctx.chunks.indexOf(np) - 1; k >= 0; k--) {
    const c = ctx.chunks[k]!;
    const earlier = c.kind === 'np' ? c : c.kind === 'pp' ? c.np : null;
    if (!earlier || earlier === verb?.subject || earlier.members.some((m) => m.relative)) continue;
    // "Russia launched an attack on Ukraine's grid and Britain condemned it": an act with no author of its own is
    // its verb's subject's.
    if (isAct(c)) return earlier.members.some((m) => m.actor) ? earlier : ctx.frames.find((f) => f.object === c && !ctx.g.reporting.has(f.vg.lemma) && f.subject?.members.some((m) => m.actor))?.subject ?? null;
    // "Russia's invasion of Ukraine": the phrase after the act names what it was done to.
    if (earlier.members.some((m) => m.actor) && !(c.kind === 'pp' && isAct(ctx.chunks[k - 1]))) return null;
  }
  return null;
}

/**
 * "condemned what they called a hostile act": the phrase a naming verb after a free relative object gives the act
 * ("a hostile act"), which is what the object refers back to.
 */
function namedByFreeRelative(np: NounGroup, ctx: RoleContext): NounGroup | null {
  if (!isFreeRelative(np, ctx)) return null;
  const naming = ctx.frames.find((f) => f.at > ctx.chunks.indexOf(np) && ctx.g.namingVerbs.has(f.vg.lemma));
  // "denounced what it described as brutal Israeli aggression": the phrase after "as".
  const asPhrase = naming?.pps.find((pp) => pp.prep === 'as') ?? (naming ? asBeforeQuote(ctx.chunks, naming.at) : null);
  const as = asPhrase?.np ?? null;
  return naming && naming.subject && naming.subject.first > np.last ? naming.object ?? naming.second ?? as : null;
}

/** 'described as "brutal aggression"': an "as" whose phrase stands in quotation marks. */
function asBeforeQuote(chunks: Chunk[], at: number): { np: NounGroup | null } | null {
  const as = chunks[at + 1];
  const quote = chunks[at + 2];
  const np = chunks[at + 3];
  return as?.kind === 'pp' && as.prep === 'as' && !as.np && quote?.kind === 'punct' && np?.kind === 'np' ? { np } : null;
}

/**
 * Whom a phrase that names no party refers back to, for `subject`: "the attack" its author (a hostile act first when
 * the subject criticises); "the accusations" whoever last spoke against the subject, else the last speaker of
 * another party ("called the remark wrong"); "the coup" the state the report has named most, none of the `judges`.
 */
export function referredParties(np: NounGroup, subject: ResolvedActor, criticism: boolean, ctx: RoleContext, judges: readonly ResolvedActor[] = [subject], namesAnAct = false): { parties: ResolvedActor[]; why: string } {
  const head = ctx.tokens[np.head]!;
  const isIn = (words: Set<string>) => words.has(head.lower) || words.has(head.lemma);
  if (isIn(ctx.g.recentClaims)) {
    const speaker = ctx.state.speaker && !sameParticipant(ctx.state.speaker, subject) ? ctx.state.speaker : null;
    const discussed = ctx.state.claimAuthor && !sameParticipant(ctx.state.claimAuthor, subject) ? ctx.state.claimAuthor : null;
    const author = ctx.state.against.get(partyKey(subject)) ?? discussed ?? speaker;
    return { parties: author && !sameParticipant(author, subject) ? [author] : [], why: 'who last spoke against the subject, or whose remarks were last named, or who last spoke' };
  }
  // "the seizure of power": a phrase of several words from the head on.
  const from = ctx.tokens.slice(np.head, np.head + 3).map((t) => t.lower).join(' ');
  if (isIn(ctx.g.internalActs) || [...ctx.g.internalActs].some((a) => a.includes(' ') && from.startsWith(a))) {
    const scene = sceneOf(ctx.state, judges);
    return { parties: scene ? [scene] : [], why: 'the state the report has named most, where it happened' };
  }
  if (isIn(ctx.g.recentActs)) {
    // "welcomed any efforts to end the war", "supports all efforts towards peace": acts of no one in particular, which
    // praise no one. (What is criticised with "any" may still be a party's: "any call for its closure"; and "welcomed
    // what it called a positive decision" names a particular act.)
    const opener = ctx.tokens[np.first]!;
    // "supports African-led efforts to reach a settlement": acts in the plural with no determiner are no one's either.
    const bare = namesActs(head, ctx.g) && !['DET', 'PRON'].includes(opener.pos) && !np.mentions.some((m) => m.possessive);
    if (!criticism && !namesAnAct && (ctx.g.inList('indefinite_determiners', opener.lower) || bare)) return { parties: [], why: '' };
    const kinds = ctx.g.actNounRoots.get(head.lemma) ?? ctx.g.actNounRoots.get(head.lower);
    return { parties: authorsOfRecentAct(ctx.state.acts, subject, criticism, ctx.state.criticised.get(partyKey(subject)), kinds, ctx.g.inList('unspecific_act_nouns', head.lower)), why: 'the author of the act last named' };
  }
  return { parties: [], why: '' };
}
