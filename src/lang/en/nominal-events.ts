import type { ResolvedActor } from '../../coder/actor.js';
import { rootFrom } from '../../model/cameo.js';
import type { Modality } from '../../model/event.js';
import { isBarePastForm, isComma, opensSpan, type Chunk, type NounGroup, type PrepPhrase, type VerbGroup } from './chunks.js';
import type { Frame } from './frames.js';
import { isPlain, type EnLexicon, type EnPattern } from './lexicon.js';
import { isInflectedPast, type Token } from './tokens.js';
import { joinedWords, type GrammarSets } from './grammar.js';
import type { Mention } from './mentions.js';
import { nounOf, pairUp, struckState, type Pair, type RoleContext } from './roles.js';

export interface NominalEvent {
  pattern: EnPattern;
  noun: string;
  np: NounGroup;
  /** Chunk index of the noun's phrase. */
  at: number;
  /** No pairs when the noun names its author but no target ("the Israeli raid"): the author is still remembered. */
  pairs: Pair[];
  author: ResolvedActor;
  modality: Modality;
  how: string;
}

/**
 * Events named by a noun: "Russia's attack on Ukraine", "an Israeli strike on Gaza", "his visit to China", "talks
 * between Iran and Oman". Coded only when the noun names both its author (possessor, a modifier, "by X", or the
 * subject of the clause it stands in: "Lula, on a state visit to China, …", "travel to Moscow for talks with Putin")
 * and its target.
 */
export function nominalEvents(frames: Frame[], lexicon: EnLexicon, ctx: RoleContext, consumed: ReadonlySet<NounGroup>): NominalEvent[] {
  const out: NominalEvent[] = [];
  const { chunks, tokens } = ctx;
  chunks.forEach((c, k) => {
    const np = c.kind === 'np' ? c : c.kind === 'pp' ? c.np : null;
    if (!np) return;
    const head = tokens[np.head]!;
    // "a phone call" is the meeting family's "phone call" before the appeal family's "call": the longest noun first.
    const matched = (lexicon.nominals.get(head.lower) ?? lexicon.nominals.get(head.lemma) ?? []).flatMap((p) => {
      const noun = nounOf(p, np, tokens);
      return noun ? [{ p, noun }] : [];
    });
    for (const { p, noun } of matched.sort((a, b) => b.noun.length - a.noun.length)) {
      // A noun another verb's pattern has coded is not coded again, unless it is what that verb answers.
      if (consumed.has(np) && !p.answered) continue;
      // "Clashes erupted between Armenia and Azerbaijan": a verb that only says the event happened leaves its phrases to
      // the noun.
      const happening = chunks[k + 1]?.kind === 'vg' && c.kind === 'np' && ctx.g.inList('occurrence_verbs', (chunks[k + 1] as VerbGroup).lemma);
      const after = following(chunks, happening ? k + 1 : k);
      if (p.withoutPreposition && after[0] && after[0].first === np.last + 1 && p.withoutPreposition.has(after[0].prep)) continue;
      const between = after.find((pp) => pp.prep === 'between' && pp.np && pp.np.members.length >= 2);
      let sources: ResolvedActor[];
      let targets: ResolvedActor[];
      if (between) {
        const [first, ...rest] = ctx.refs.actors(between.np).actors;
        sources = first ? [first] : [];
        targets = rest;
      } else {
        const struck = after.some((pp) => isTargetPhrase(pp, p)) ? undefined : struckState(np, p.code);
        sources = author(np, c, k, frames, ctx, after, lexicon, struck, p);
        // "Lula's first foreign trip would be to Argentina", "a tour that will also take him to Britain": a verb of
        // itinerary with the noun as subject says where the trip goes, and whom it takes.
        const itinerary = itineraryFrame(np, frames, ctx);
        if (!sources.length) sources = ctx.refs.actors(itinerary?.object ?? null).actors;
        // "the last stop of a tour that also took him to Spain and Argentina": legs already gone, told in a relative
        // clause, are background to the news; legs to come ("a tour that will also take him to Britain") are not.
        const form = itinerary ? ctx.tokens[itinerary.vg.verb]!.lower : '';
        const pastLegs = itinerary?.subjectWay === 'relative' && isInflectedPast(form, itinerary.vg.lemma) && !itinerary.vg.words.some((w) => ctx.g.futureModals.has(w) || w === ctx.g.data.conditional_modal);
        const legs = pastLegs ? undefined : itinerary;
        const target = after.find((pp) => isTargetPhrase(pp, p)) ?? legs?.pps.find((pp) => isTargetPhrase(pp, p));
        targets = ctx.refs.actors(target?.np ?? null).actors;
        // "Xi's France visit", "Russia's Ukraine invasion": a second state named before the noun is its target.
        // A place before a meeting's noun says where it is ("the G7 Hiroshima summit"); before a visit's, where to.
        const inside = np.mentions.filter((m) => m.actor && m.last < np.head && !sources.some((a) => a === m.actor) && (p.destination || !m.actor.place));
        // An ask is aimed at whoever answers it, never at a state named before its noun.
        if (!targets.length && inside.length && !p.answered) targets = ctx.refs.resolve(inside[inside.length - 1]!);
        // "At the Group of Eight summit, Obama had urged Aliyev …": a gathering an organisation's name qualifies is
        // that body's, not an exchange of the clause's parties.
        if (!targets.length && !bodysGathering(np)) {
          const { other, hosting } = clauseParties(c, k, chunks, frames, lexicon, ctx.tokens);
          if (p.frame === 'symmetric' || hosting) targets = ctx.refs.actors(other).actors;
        }
      }
      // "at the invitation of Putin": the one the noun names is the author, the clause's subject its target.
      // "At China's invitation, Tokayev will attend": the possessor invited, the clause's subject was invited.
      if (p.reverse) {
        const possessor = !targets.length && sources.length > 0;
        [sources, targets] = possessor ? [sources, ctx.refs.actors(clauseParties(c, k, chunks, frames, lexicon, ctx.tokens).author).actors] : [targets, sources];
      }
      // Only an ask whose asker the phrase names ("the U.S. demand", "Jordan's request"); "the call" may be a phone call.
      const asked = !targets.length && p.answered && np.mentions.some((m) => m.actor && !m.ref && m.last < np.head);
      const answer = asked ? answeringFrame(np, frames, ctx) : null;
      if (answer) targets = ctx.refs.actors(answer.subject).actors;
      if (!sources.length) continue;
      const how: string[] = [`event noun ${noun}: author ${sources.map((a) => a.text).join(', ')}`];
      if (answer && targets.length) how.push(`aimed at ${targets.map((a) => a.text).join(', ')}, who ${answer.vg.words.join(' ')} it`);
      // "King Charles's state visit to France has been postponed": the event is the one the passive verb makes of it.
      const undone = undoneBy(np, frames, lexicon, tokens, chunks, ctx.g);
      if (undone) {
        how.push(`${undone.frame.vg.words.join(' ')} (passive)`);
        const paired = targets.length ? pairUp(sources, targets, undone.pattern, ctx, how, null) : null;
        out.push({ pattern: undone.pattern, noun, np, at: k, pairs: paired?.pairs ?? [], author: sources[0]!, modality: 'asserted', how: paired?.how ?? '' });
        return;
      }
      // "Biden and Xi agreed …, after four hours of talks": a group's exchange among themselves; "Putin told a news
      // conference after talks": one party's exchange is with the other of its last exchange. pairUp finds both.
      // "flew to Jeddah to address an Arab League summit", "due at a NATO summit": a gathering an organisation's name
      // qualifies is that body's own, no exchange of the body with anyone.
      const bodysOwn = sources.every((a) => a.country === null) && bodysGathering(np);
      const exchange = !targets.length && p.frame === 'symmetric' && !bodysOwn;
      // "since Russia's full-scale invasion": an act named as the start of a span is background, not news; it is
      // still remembered for a later "the invasion".
      const background = opensSpan(c.kind === 'pp' ? c : chunks[k - 1]?.kind === 'sub' ? chunks[k - 1] : undefined, ctx.g) || lastedLong(c, chunks[k - 1], ctx);
      const paired = (targets.length || exchange) && !background ? pairUp(sources, targets, p, ctx, how, null) : null;
      out.push({ pattern: p, noun, np, at: k, pairs: paired?.pairs ?? [], author: sources[0]!, modality: nominalModality(np, c, ctx, lexicon), how: paired?.how ?? '' });
      return;
    }
  });
  return out;
}

/**
 * The verb that answers what the noun names, its object or in its phrase: "rejected the U.S. demand", "complied with
 * Washington's demands", "accepted Yeltsin's invitation".
 */
function answeringFrame(np: NounGroup, frames: Frame[], ctx: RoleContext): Frame | null {
  // "Cyprus, which has long rejected Turkish demands, …": an answer told in a relative clause is background.
  const answers = (f: Frame) => !f.vg.passive && f.subjectWay !== 'relative' && ctx.g.inList('answering_verbs', f.vg.lemma) && (f.object === np || f.pps.some((pp) => pp.np === np && (pp.prep === 'to' || pp.prep === 'with')));
  return frames.find(answers) ?? null;
}

/** "after 18 years of negotiations": a phrase of the noun measured by a long span before it. */
function lastedLong(c: Chunk, before: Chunk | undefined, ctx: RoleContext): boolean {
  const span = before?.kind === 'pp' ? before.np : before?.kind === 'np' ? before : null;
  return c.kind === 'pp' && c.prep === 'of' && span !== null && ctx.g.inList('long_durations', ctx.tokens[span.head]!.lower);
}

/** "the NATO summit", "an Arab League summit", "the Group of Eight summit": an organisation's name right before the noun. */
function bodysGathering(np: NounGroup): boolean {
  return np.mentions.some((m) => m.actor?.country === null && m.last === np.head - 1);
}

/**
 * The passive verb of which the phrase is the subject, and the pattern that verb has for the phrase's noun as its
 * object: "the visit was postponed" is what "postponed the visit" is. Only with no "by" agent, which the verb's own
 * pattern reads.
 */
function undoneBy(np: NounGroup, frames: Frame[], lexicon: EnLexicon, tokens: Token[], chunks: Chunk[], g: GrammarSets): { frame: Frame; pattern: EnPattern } | null {
  // "Sheinbaum's first meeting with Trump scrapped": a headline's passive without its auxiliary; a meeting scraps
  // nothing, so a bare past form with no object of its own is passive.
  const elliptic = (f: Frame) => !f.object && isBarePastForm(f.vg, g);
  // "Xi's visit to Japan postponed": the participle after the visit's own phrase is said of the visit.
  const own = ownPhrase(np, chunks);
  const frame = frames.find((f) => f.subject !== null && (f.subject === np || f.subject === own) && (f.vg.passive || elliptic(f)) && !f.pps.some((pp) => pp.prep === 'by'));
  const pattern = frame ? lexicon.verbs.get(frame.vg.lemma)?.find((q) => nounOf(q, np, tokens)) : undefined;
  return frame && pattern ? { frame, pattern } : null;
}

/** The verb of itinerary whose subject the event noun is, or its own phrase ("his first trip abroad as president would take him …"). */
function itineraryFrame(np: NounGroup, frames: Frame[], ctx: RoleContext): Frame | undefined {
  const own = ownPhrase(np, ctx.chunks);
  return frames.find((f) => f.subject !== null && (f.subject === np || f.subject === own) && !f.vg.passive && ctx.g.inList('itinerary_verbs', f.vg.lemma));
}

/** A phrase after the noun, not "by" (its author), with the preposition of one of the pattern's targets and a party. */
function isTargetPhrase(pp: PrepPhrase, p: EnPattern): boolean {
  return pp.prep !== 'by' && p.targets.includes(pp.prep) && (pp.np?.members.length ?? 0) > 0;
}

/**
 * The noun phrase of the phrase right after an event noun's, past adverbs: "visit to Japan", "trip abroad as
 * president" (the tagger reads "as" before a noun as a conjunction). A verb after it is said of the event too.
 */
function ownPhrase(np: NounGroup, chunks: Chunk[]): NounGroup | null {
  let after = chunks.indexOf(np) + 1;
  while (chunks[after]?.kind === 'adv') after++;
  const next = chunks[after];
  const asNoun = next?.kind === 'sub' && next.word === 'as' ? chunks[after + 1] : undefined;
  return next?.kind === 'pp' ? next.np : asNoun?.kind === 'np' ? asNoun : null;
}

function following(chunks: Chunk[], k: number) {
  const pps = [];
  for (let j = k + 1; j < chunks.length && chunks[j]!.kind === 'pp'; j++) pps.push(chunks[j] as Extract<Chunk, { kind: 'pp' }>);
  return pps;
}


/** The verb whose arguments hold the phrase ("travel to Moscow for talks"), else the clause after it ("During his visit …, Lula met"), else the main clause before it. */
function clauseOf(k: number, frames: Frame[], chunks: Chunk[]): Frame | undefined {
  // "…, after four hours of talks.": a phrase closing the sentence belongs to its main clause.
  // A clause after the phrase only for a phrase that opens the sentence, before any party's finite verb: "met …, at the
  // invitation of Gonsalves and Skerrit, who facilitated the talks" is the meeting's invitation, not the facilitators'.
  const opening = !frames.some((f) => f.at < k && !f.vg.infinitive && !f.vg.participle && f.subject?.members.length);
  const main = frames.find((f) => f.subject && f.at < k && !f.vg.infinitive && !f.vg.participle && !f.governor);
  // "reaffirmed their commitment, as agreed at a summit of African leaders": a verb with no subject that the phrase
  // follows in the same stretch of the sentence holds it, and names no one.
  const ownVerb = main && frames.some((f) => f.at > main.end && f.at < k && !f.subject && !chunks.slice(f.at, k).some((c) => c.kind === 'punct'));
  return frames.find((f) => f.subject && f.at < k && k <= f.end) ?? (opening ? frames.find((f) => f.subject && f.at > k && !f.vg.infinitive) : undefined) ?? (ownVerb ? undefined : main);
}

/** Who the event noun's author is: a possessor ("Russia's", "his"), a modifier ("Israeli"), "by X", or the clause's subject. */
function author(np: NounGroup, holder: Chunk, k: number, frames: Frame[], ctx: RoleContext, after: ReturnType<typeof following>, lexicon: EnLexicon, struck: Mention | undefined, p: EnPattern): ResolvedActor[] {
  // "the Camp David summit", "the California summit": a place below a state before the noun says where, not who; a
  // capital still names its government ("the Riyadh summit").
  const modifier = np.mentions.find((m) => m.last < np.head && m !== struck && (m.possessive || (m.actor && !(m.actor.place && m.actor.role))));
  const named = modifier ? ctx.refs.resolve(modifier) : [];
  // "During his visit to Beijing, Lula met …": a pronoun with no one before it looks ahead to the clause's subject.
  if (named.length || (modifier && !modifier.ref)) return named;
  const by = after.find((pp) => pp.prep === 'by');
  if (by) return ctx.refs.actors(by.np).actors;
  // "in an attack claimed by Yemen's Houthi movement", "strikes carried out by Israel": whoever claims or carries it out.
  const [participle, agent] = [ctx.chunks[k + 1], ctx.chunks[k + 2]];
  if (participle?.kind === 'vg' && participle.words.length <= 2 && lexicon.grammar.authoring_verbs.includes(participle.lemma) && agent?.kind === 'pp' && agent.prep === 'by') return ctx.refs.actors(agent.np).actors;
  // "Russia recalls envoys over Iraq strikes": an act the noun names only the victim of is not the clause's.
  if (struck) return [];
  const apposed = holder.kind === 'pp' ? setOffAfter(k, ctx) : null;
  if (apposed) return ctx.refs.actors(apposed).actors;
  // "met the presidents days after an attack on the force's headquarters": force the clause follows in time was
  // another's, not its subject's ("killed 20 in an attack on Gaza" still is).
  if (holder.kind === 'pp' && rootFrom(p.code, 'force') && ctx.g.inList('occasion_conjunctions', holder.prep)) return [];
  return ctx.refs.actors(clauseParties(holder, k, ctx.chunks, frames, lexicon, ctx.tokens).author).actors;
}

/**
 * "after Yunus, on a visit to China last week, described …": the party a phrase set off by commas follows, which may
 * open a clause whose subordinator the tagger reads as a preposition ("after Yunus").
 */
function setOffAfter(k: number, ctx: RoleContext): NounGroup | null {
  const [comma, before] = [ctx.chunks[k - 1], ctx.chunks[k - 2]];
  const party = before?.kind === 'np' ? before : before?.kind === 'pp' && ctx.g.inList('subordinators', before.prep) ? before.np : null;
  if (!isComma(comma) || !party?.members.length) return null;
  let end = k + 1;
  while (ctx.chunks[end]?.kind === 'pp' || (ctx.chunks[end]?.kind === 'np' && (ctx.chunks[end] as NounGroup).date)) end++;
  return isComma(ctx.chunks[end]) ? party : null;
}

/**
 * The parties an event noun takes from the clause it stands in: its subject and object ("Erdogan told Putin in a
 * phone call"), the other way round for a host and guest ("will host Kishida for an official visit").
 */
function clauseParties(holder: Chunk, k: number, chunks: Chunk[], frames: Frame[], lexicon: EnLexicon, tokens: Token[]): { author: NounGroup | null; other: NounGroup | null; hosting: boolean } {
  const none = { author: null, other: null, hosting: false };
  if (holder.kind !== 'pp' || !holder.np) return none;
  // "for its flexibility in the trade talks": a definite event is one spoken of before, not one of this clause;
  // not one its "of" phrase says whose it is ("at the invitation of President Putin").
  const owned = chunks[k + 1]?.kind === 'pp' && (chunks[k + 1] as { prep: string }).prep === 'of' && ((chunks[k + 1] as { np: NounGroup | null }).np?.members.length ?? 0) > 0;
  if (lexicon.grammar.definite_determiners.includes(tokens[holder.np.first]!.lower) && !owned) return none;
  // "after four hours of talks", "at the start of a visit": the amount's preposition places the event; "after more
  // than a week of talks": the one before the comparison's "than".
  const compared = chunks[k - 1]?.kind === 'pp' && (chunks[k - 1] as PrepPhrase).prep === 'than' ? k - 2 : k - 1;
  const before = chunks[compared];
  const amount = holder.prep === 'of' && before?.kind === 'pp' && before.np !== null && !before.np.mentions.length;
  const placing = amount ? before : holder;
  if (!lexicon.grammar.clause_prepositions.includes(placing.prep)) return none;
  const clause = clauseOf(amount ? compared : k, frames, chunks);
  // "returned from talks with Erdogan" took part in them; "withdrew from the talks" did not. "arrived from a climate
  // summit in Dubai" names where the summit was, not a party to it.
  const partner = chunks[k + 1]?.kind === 'pp' && (chunks[k + 1] as PrepPhrase).prep === 'with' && ((chunks[k + 1] as PrepPhrase).np?.members.length ?? 0) > 0;
  const away = placing.prep === 'from' && (!partner || lexicon.grammar.negating_verbs.includes(clause?.vg.lemma ?? ''));
  if (!clause || away) return none;
  const patterns = lexicon.verbs.get(clause.vg.lemma) ?? [];
  // "will host Kishida for an official visit", not "held a dinner for the envoys": hosting by the verb alone.
  const hosting = patterns.some((p) => p.code === '043' && !p.nouns);
  if (hosting) return { author: clause.object, other: clause.subject, hosting };
  // "discussed Ukraine at a meeting", "discussed Taiwan with Xi during a phone call": a verb whose object is what is
  // spoken of has the other party in a phrase its patterns name, if anywhere.
  const plain = patterns.filter(isPlain);
  const topical = plain.length > 0 && plain.every((p) => !p.targets.includes('object'));
  const other = topical ? clause.pps.find((pp) => plain.some((p) => p.targets.includes(pp.prep)))?.np ?? null : clause.object;
  return { author: clause.subject, other, hosting };
}

function nominalModality(np: NounGroup, holder: Chunk, ctx: RoleContext, lexicon: EnLexicon): Modality {
  const g = lexicon.grammar;
  const words = joinedWords(ctx.tokens, np.first, np.head - 1);
  if (words.includes('no')) return 'negated';
  const preposition = holder.kind === 'pp' ? holder.prep : '';
  if (words.some((w) => g.nominal_hypothetical.includes(w))) return 'hypothetical';
  if (preposition === 'for' || preposition === 'of') {
    // "no need for now for more strikes": the noun before the phrase, past adverbs and bare prepositions.
    let at = ctx.chunks.indexOf(holder) - 1;
    while (ctx.chunks[at]?.kind === 'adv' || (ctx.chunks[at]?.kind === 'pp' && !(ctx.chunks[at] as PrepPhrase).np)) at--;
    const before = ctx.chunks[at];
    const noun = before?.kind === 'np' ? before : before?.kind === 'pp' ? before.np : null;
    if (noun && g.prospect_nouns.includes(ctx.tokens[noun.head]!.lower)) return 'hypothetical';
  }
  if (words.some((w) => g.nominal_future.includes(w)) || g.nominal_future.includes(preposition)) return 'future';
  const before = ctx.tokens.slice(Math.max(0, np.first - 3), np.first).map((t) => t.lower).join(' ');
  if (g.nominal_future.some((w) => w.includes(' ') && before.endsWith(w))) return 'future';
  return 'asserted';
}
