import { authorAfter, authorPhrase, isBarePastForm, isComma, isHeadline, isQuote, listedParties, type Chunk, type NounGroup, type PrepPhrase, type VerbGroup } from './chunks.js';
import { isActNoun, type GrammarSets, type WordList } from './grammar.js';
import type { Token } from './tokens.js';

/** How a verb's subject was found, for --explain. */
export type SubjectWay = 'subject' | 'relative' | 'coordinated' | 'controller' | 'purpose' | 'clause' | 'inverted';

/** One verb with its arguments: the phrase structure a pattern is matched against. */
export interface Frame {
  vg: VerbGroup;
  /** Chunk index of the verb group. */
  at: number;
  subject: NounGroup | null;
  subjectWay: SubjectWay;
  object: NounGroup | null;
  /** A second object: "gave Ukraine weapons". */
  second: NounGroup | null;
  /** Prepositional phrases after the verb, up to the end of its clause. */
  pps: PrepPhrase[];
  /** Chunk index of the last chunk of the verb's arguments. */
  end: number;
  /** The verb whose infinitive, participle or that-clause this verb heads ("agreed to [meet]", "demanded that [X leave]"). */
  governor: Frame | null;
  complement: Frame | null;
  /** For a participle ("…, visiting France and Serbia"): the verb of the clause it belongs to. */
  clause: Frame | null;
  /** Words between the governor and this verb ("ready" in "is ready to", "Iran" in "urged Iran to"). */
  governorWords: string[];
}

/**
 * Finds each verb's subject, objects and prepositional phrases over the chunks of a sentence. The subject is the
 * nearest noun phrase to the left, skipping prepositional phrases, appositions and relative clauses between commas
 * ("Lavrov, who arrived on Sunday, met …"); "who" stands for the phrase before it; a verb after "and" shares the
 * subject of the verb before; an infinitive's subject is its governor's object for verbs like "urge", else its
 * subject; a participle's is its clause's.
 */
export function buildFrames(chunks: Chunk[], tokens: Token[], g: GrammarSets): Frame[] {
  const frames: Frame[] = [];
  chunks.forEach((c, at) => {
    if (c.kind === 'vg') frames.push({ vg: c, at, subject: null, subjectWay: 'subject', object: null, second: null, pps: [], end: at, governor: null, complement: null, clause: null, governorWords: [] });
  });
  for (const f of frames) arguments_(f, chunks, tokens, g);
  for (const f of frames) {
    const pastDescription = describedObjectsVerb(frames, f, chunks, tokens, g);
    const previous = pastDescription ?? frames.filter((p) => p.at < f.at).pop() ?? null;
    // "agreed to promote trade and to cooperate on energy": an infinitive after "and" is joined to the infinitive
    // before it (below), not governed by it.
    const coordinate = previous?.vg.infinitive && previous.governor !== null && chunks[f.at - 1]?.kind === 'cc';
    if (f.vg.infinitive && previous && !coordinate && (pastDescription || governs(previous, f, chunks))) {
      f.governor = previous;
      previous.complement ??= f;
      f.governorWords = tokens.slice(previous.vg.last + 1, f.vg.first).map((t) => t.lower);
      continue;
    }
    // "agreed to set up a commission to address …, and to meet again": an infinitive after "and" shares the governor
    // of the infinitive it is joined to; so does a bare verb right after an infinitive and "or" or "and" ("had no
    // plans to meet or negotiate with …").
    const bareAfter = !f.vg.infinitive && !f.vg.participle && chunks[f.at - 1]?.kind === 'cc' && f.vg.words.length === 1 && tokens[f.vg.verb]!.lower === f.vg.lemma ? frames.find((p) => p.end === f.at - 2 && p.vg.infinitive && p.governor) : undefined;
    if (bareAfter) f.vg.infinitive = true;
    const joined = f.vg.infinitive && chunks[f.at - 1]?.kind === 'cc' ? bareAfter ?? frames.filter((p) => p.at < f.at && p.vg.infinitive && p.governor && !p.governor.vg.infinitive).pop() : undefined;
    if (joined) {
      f.governor = joined.governor;
      f.governorWords = joined.governorWords;
      continue;
    }
    // "told Marcos that the U.S. commitment to defend …": an infinitive after "that" and a noun is the noun's, no clause.
    // Adverbs may stand between the clause's subject and its verb ("announcing that they too were recalling").
    let subjectAt = f.at - 1;
    while (chunks[subjectAt]?.kind === 'adv' && chunks[subjectAt - 1]?.kind !== 'sub') subjectAt--;
    // "told China's ambassador that the incursions near the islands were unacceptable": phrases of the subject's own.
    let own = subjectAt;
    while (chunks[own]?.kind === 'pp' && own > subjectAt - 3) own--;
    if (own < subjectAt && chunks[own]?.kind === 'np' && chunks[own - 1]?.kind === 'sub') subjectAt = own;
    const that = chunks[subjectAt - 1]?.kind === 'sub' && (chunks[subjectAt - 1] as { word: string }).word === 'that' && !f.vg.infinitive ? previous : null;
    if (that && that.end >= subjectAt - 2 && !that.complement) {
      that.complement = f;
      f.governor = that;
      continue;
    }
    // "North Korea warned it would strike": a warning's clause without "that", its subject right after the verb.
    // Adverbs may stand before the clause's verb ("insists the plane never left").
    let verbAt = f.at - 1;
    while (chunks[verbAt]?.kind === 'adv') verbAt--;
    const unmarked = previous && (g.inList('warning_verbs', previous.vg.lemma) || g.reporting.has(previous.vg.lemma)) && previous.at === verbAt - 1 && chunks[verbAt]?.kind === 'np' && !f.vg.infinitive && !f.vg.participle && !previous.vg.participle && !previous.complement;
    if (unmarked) {
      previous.complement = f;
      f.governor = previous;
    }
  }
  // Participles last: one that opens the sentence ("After visiting China, Lula flew …") takes the subject of a
  // clause that comes after it, which must be found first.
  for (const f of frames) if (!f.vg.participle) findSubject(f, frames, chunks, tokens, g);
  for (const f of frames) if (f.vg.participle) findSubject(f, frames, chunks, tokens, g);
  // "responded by agreeing to exchange ambassadors": an infinitive a participle of intent governs takes its subject
  // once the participle has one.
  for (const f of frames) if (f.vg.infinitive && !f.subject && f.governor?.vg.participle && g.intentVerbs.has(f.governor.vg.lemma)) findSubject(f, frames, chunks, tokens, g);
  for (const f of frames) f.subject = spokenFor(f.subject, chunks, tokens, g) ?? f.subject;
  return frames;
}

/**
 * "A statement from North Korea's Foreign Ministry accused …", "A communique by the Group of Seven urged …": a
 * document that names its author right after it speaks for the author; so do an office or a spokesperson that name
 * whose they are ("The office of President Cyril Ramaphosa called …", "A spokesman for President Roh said …").
 */
function spokenFor(np: NounGroup | null, chunks: Chunk[], tokens: Token[], g: GrammarSets): NounGroup | null {
  if (!np || np.members.length) return null;
  const next = chunks[chunks.indexOf(np) + 1];
  const speaker = g.inList('speaker_nouns', tokens[np.head]!.lower) && next?.kind === 'pp' && (next.prep === 'of' || next.prep === 'for');
  const authors = authorPhrase(np, next, tokens, g)?.np ?? (speaker ? next.np : null);
  return authors?.members.length ? authors : null;
}

/** The object, a second object and the prepositional phrases after a verb, up to the next verb or clause boundary. */
function arguments_(f: Frame, chunks: Chunk[], tokens: Token[], g: GrammarSets): void {
  // "spoke with Suu Kyi on his way to Bali": the phrase after "on his way" is the way's, not the verb's.
  const enRoute = (pp: PrepPhrase | undefined) => pp?.np !== null && pp?.np !== undefined && g.inList('route_nouns', tokens[pp.np.head]!.lower);
  let k = f.at + 1;
  for (; k < chunks.length; k++) {
    const c = chunks[k]!;
    if (c.kind === 'adv' || (c.kind === 'np' && c.date)) continue;
    // "condemn unequivocally and in the strongest terms the attack": "and" between adverbs.
    if (c.kind === 'cc' && chunks[k - 1]?.kind === 'adv' && chunks[k + 1]?.kind === 'adv') continue;
    if (c.kind === 'pp') {
      // "duties of up to 35% on cars": a preposition with no phrase of its own ("of", "up") before another goes on.
      if (!c.np && chunks[k + 1]?.kind === 'pp') continue;
      // "fired on and seized three vessels": a preposition left for the next verb's object is kept, and ends the phrases.
      if (!c.np) {
        if (chunks[k + 1]?.kind === 'cc' && chunks[k + 2]?.kind === 'vg') f.pps.push(c);
        break;
      }
      if (!enRoute(chunks[k - 1]?.kind === 'pp' ? (chunks[k - 1] as PrepPhrase) : undefined)) f.pps.push(c);
      continue;
    }
    // 'carried out "terrorist attacks"', 'was "deeply troubled"': quotation marks around an object, or adverbs and a
    // complement, do not end the verb's arguments.
    if (c.kind === 'punct' && isQuote(c.word) && (nounAfterAdverbs(chunks, k + 1) || (chunks[k - 1]?.kind === 'np' && k - 1 > f.at))) continue;
    // "expressed solidarity and support to Israel": a second noun joined to the object, before the verb's phrases.
    if (c.kind === 'cc' && f.object && !f.second && !f.pps.length && chunks[k + 1]?.kind === 'np' && chunks[k + 2]?.kind === 'pp') {
      k++;
      continue;
    }
    // "condemns the arrest of Aung San Suu Kyi, President Win Myint and others by the military": the "by" phrase after a
    // list in the object's phrase is still the verb's.
    const agentAfterList = f.object && isComma(c) ? byAfterList(chunks, k) : -1;
    if (agentAfterList >= 0) {
      f.pps.push(chunks[agentAfterList] as PrepPhrase);
      k = agentAfterList;
      continue;
    }
    // "recalled immediately to Paris, for consultations, its ambassadors": an object after phrases set off by commas.
    const shifted = !f.object && isComma(c) ? objectAfterCommas(chunks, k) : -1;
    if (shifted >= 0) {
      for (let j = k + 1; j < shifted; j++) if (chunks[j]!.kind === 'pp') f.pps.push(chunks[j] as PrepPhrase);
      f.object = chunks[shifted] as NounGroup;
      k = shifted;
      continue;
    }
    // "declared Livia Acosta Noguera, Venezuela's consul general in Miami, persona non grata": a name's apposition
    // between commas, then the verb's second object.
    const apposed = f.object && !f.second && !f.pps.length && chunks[k - 1] === f.object ? secondAfterApposition(f.object, chunks, k, tokens) : -1;
    if (apposed >= 0) {
      f.second = chunks[apposed] as NounGroup;
      k = apposed;
      continue;
    }
    if (c.kind !== 'np') break;
    // "blacklisted seven entities that it says …": a relative pronoun opens a clause, no second object.
    if (c.mentions.some((m) => m.relative) && c.first === c.last) break;
    // A noun phrase a finite verb follows is that verb's subject: "said Russia attacked …".
    const next = chunks[k + 1];
    if (next?.kind === 'vg' && !next.infinitive && !next.participle) break;

    // "condemns in the strongest terms the attack by Iran": an object may follow a phrase of manner.
    if (!f.object && (!f.pps.length || f.pps.every((pp) => pp.prep === 'in' || pp.prep === 'for'))) f.object = c;
    else if (f.object && !f.second && !f.pps.length) f.second = c;
    else break;
  }
  f.end = k - 1;
}

/** The "by" phrase naming a party after ", A, B and C" at k, when only the list lies between; else -1. */
function byAfterList(chunks: Chunk[], k: number): number {
  let j = k + 1;
  while (chunks[j]?.kind === 'np' || chunks[j]?.kind === 'cc' || (chunks[j]?.kind === 'punct' && (chunks[j] as { word: string }).word === ',') || (chunks[j]?.kind === 'pp' && (chunks[j] as PrepPhrase).prep !== 'by')) j++;
  const by = chunks[j];
  return j > k + 1 && by?.kind === 'pp' && by.prep === 'by' && by.np?.members.length ? j : -1;
}

/** The noun phrase right after ", [phrases of place, time or manner]," at k, when no finite verb follows it; else -1. */
function objectAfterCommas(chunks: Chunk[], k: number): number {
  let j = k + 1;
  while (chunks[j]?.kind === 'adv' || (chunks[j]?.kind === 'pp' && (chunks[j] as PrepPhrase).np)) j++;
  const close = chunks[j];
  const np = chunks[j + 1];
  const after = chunks[j + 2];
  if (j === k + 1 || !isComma(close) || np?.kind !== 'np') return -1;
  return after?.kind === 'vg' && !after.infinitive && !after.participle ? -1 : j + 1;
}

/**
 * The index of a noun phrase after a person's name, a comma, a phrase naming the person's state or office (with its
 * own phrases) and a closing comma, when only the end, a phrase or "and" follows it; else -1.
 */
function secondAfterApposition(object: NounGroup, chunks: Chunk[], k: number, tokens: Token[]): number {
  const named = chunks[k + 1];
  if (!isComma(chunks[k]) || tokens[object.last]!.pos !== 'PROPN' || named?.kind !== 'np' || !named.members.length) return -1;
  let j = k + 2;
  while (chunks[j]?.kind === 'pp' && (chunks[j] as PrepPhrase).np) j++;
  const second = chunks[j + 1];
  const after = chunks[j + 2];
  if (!isComma(chunks[j]) || second?.kind !== 'np' || second.members.length || second.date) return -1;
  return after === undefined || after.kind === 'pp' || after.kind === 'cc' || (after.kind === 'punct' && after.word !== ',') ? j + 1 : -1;
}

/**
 * "ordered American staff serving with the mission to leave the country": an -ing form right after the object of a
 * verb whose object does what its infinitive says describes that object; the infinitive past it is the verb's.
 */
function describedObjectsVerb(frames: Frame[], f: Frame, chunks: Chunk[], tokens: Token[], g: GrammarSets): Frame | null {
  const [verb, describing] = frames.filter((p) => p.at < f.at).slice(-2);
  if (!f.vg.infinitive || !verb || !describing || !verb.object || !g.objectControl.has(verb.vg.lemma)) return null;
  const ing = describing.vg.words.length === 1 && tokens[describing.vg.verb]!.lower.endsWith('ing');
  return ing && chunks[describing.at - 1] === verb.object && governs(describing, f, chunks) ? verb : null;
}

function governs(previous: Frame, f: Frame, chunks: Chunk[]): boolean {
  // Only adverbs, adjectives ("ready", "set"), times ("on Tuesday") and the governor's own arguments may stand between,
  // those coordinated with them too ("called on Venezuela's military and security forces to protect …"); so may an
  // aside between commas ("Decides, in line with the relevant AU instruments, to suspend …").
  const between = chunks.slice(previous.end + 1, f.at);
  const aside = between.length > 2 && isComma(between[0]) && isComma(between.at(-1)) ? between.slice(1, -1) : null;
  if (aside) return aside.every((c) => c.kind === 'pp' || c.kind === 'adv');
  return between.every((c) => c.kind === 'adv' || c.kind === 'pp' || c.kind === 'cc' || (c.kind === 'np' && !c.mentions.length) || c.kind === 'other');
}

/**
 * "accused Kyiv of attacking", "blamed Iran for arming", "warned Putin against invading": a preposition after which a
 * verb's -ing form says what the one accused or warned is said, or warned not, to do.
 */
export function charges(preposition: string, governor: string, g: Pick<GrammarSets, 'allegingVerbs' | 'inList'>): boolean {
  if (preposition === 'of' || preposition === 'for') return g.allegingVerbs.has(governor);
  return preposition === 'against' && g.inList('warning_verbs', governor);
}

/**
 * An -ing form a charge names ("accused Kyiv of attacking"), or the means of one ("accusing Ottawa of meddling in its
 * affairs by calling for the release of activists"): alleged, not told as fact; `f.clause` is the accusing verb.
 */
export function isCharged(f: Frame, chunks: readonly Chunk[], g: Pick<GrammarSets, 'allegingVerbs' | 'inList'>): boolean {
  const before = chunks[f.at - 1];
  if (before?.kind !== 'pp' || before.np || f.clause === null) return false;
  return charges(before.prep, f.clause.vg.lemma, g) || (before.prep === 'by' && g.allegingVerbs.has(f.clause.vg.lemma));
}

/**
 * "threaten regional peace and stability", "endanger the peace process": the verb's object is a good that no party
 * owns ("threatened Iraq's sovereignty" names its owner).
 */
export function endangersGood(f: Frame, tokens: Token[], g: Pick<GrammarSets, 'data'>): boolean {
  const np = f.object;
  // "harm its relations with Beijing": a good may be owned by the pronoun for its own party, not by another party.
  if (!np || np.members.some((m) => m.actor || !m.possessive)) return false;
  const words = ` ${tokens.slice(np.first, np.last + 1).map((t) => t.lower).join(' ')}`;
  return g.data.endangered_goods.some((good) => words.endsWith(` ${good}`));
}

/** The lists of nouns whose participle says what their issuer, enactor, filer or spender does. */
const ISSUED_TEXTS = ['document_nouns', 'enactment_nouns', 'filed_texts', 'duration_nouns'] as const;

/**
 * "regretted the decision of the Government of Ethiopia to expel four diplomats", "condemned a move by Addis Ababa to
 * expel them": an infinitive after a noun of conduct and the author named after it is that author's act, as it is
 * after "Ethiopia's decision"; not after a request ("a request by Guterres to visit" is no visit of his).
 */
function authorOfConduct(chunks: readonly Chunk[], at: number, tokens: readonly Token[], g: Pick<GrammarSets, 'inList'>): NounGroup | null {
  const before = chunks[at - 2];
  const conduct = before?.kind === 'np' ? before : before?.kind === 'pp' ? before.np : null;
  return conduct && g.inList('conduct_nouns', tokens[conduct.head]!.lower) ? authorAfter(conduct, chunks[at - 1], tokens, g) : null;
}

function findSubject(f: Frame, frames: Frame[], chunks: Chunk[], tokens: Token[], g: GrammarSets): void {
  if (f.governor && f.vg.infinitive) {
    const gov = f.governor;
    const objectControl = (asksItsObject(gov, g) || g.inList('causing_verbs', gov.vg.lemma)) && gov.object?.members.length;
    // "gave Israel weapons to strike", "provided Ukraine with missiles to hit": after a thing given to a recipient,
    // the infinitive says what the recipient is to do with it.
    const purpose = gov.object?.members.length && ((gov.second !== null && !gov.second.members.length) || gov.pps.some((p) => p.prep === 'with'));
    // "it would be simplistic for her to demand …": an infinitive after "it is …" evaluates the act, nobody does it.
    // "it was ready to hold talks" is no such "it": a word of readiness says what "it" is ready to do.
    const ready = tokens.slice(gov.vg.last + 1, f.vg.first).some((t) => g.inList('receptive_words', t.lower));
    const expletive = gov.vg.lemma === 'be' && gov.subject?.first === gov.subject?.last && gov.subject?.mentions[0]?.text.toLowerCase() === 'it' && !ready;
    // "said Guterres's decision to travel to Kazan was …": an infinitive right after a possessed noun is its owner's.
    // Not when the possessed noun is itself a party ("summoned Russia's ambassador to inform him").
    // So after a preposition ("condemnation of Trump's decision to recognise Jerusalem").
    const right = chunks[f.at - 1];
    const possessed = right?.kind === 'np' && right === gov.object ? right : right?.kind === 'pp' ? right.np : null;
    const owned = possessed?.members.some((m) => m.possessive) && !possessed.mentions.some((m) => m.actor && m.last >= possessed.head) ? possessed : null;
    f.subject = expletive ? null : owned ?? authorOfConduct(chunks, f.at, tokens, g) ?? (objectControl || purpose ? gov.object : gov.subject);
    f.subjectWay = purpose && !objectControl ? 'purpose' : 'controller';
    return;
  }
  // A participle right after a phrase describes it ("a UN vote condemning Russia"); after a comma it is the clause's.
  const before = chunks[f.at - 1];
  if (f.vg.participle && (before?.kind === 'np' || (before?.kind === 'pp' && before.np))) {
    // "issued a statement condemning the strike", "adopted a resolution demanding …": what a document says, the one
    // who issued it says; not one that names its own author ("blocked a Security Council statement condemning …").
    // So does what a text enacted or filed does ("signed a bill imposing sanctions", "filed a complaint alleging …"),
    // and what one spends a time doing is one's own ("had spent several days shuttling between the two sides").
    const owns = (np: NounGroup) => ISSUED_TEXTS.some((list) => g.inList(list, tokens[np.head]!.lower));
    // "filed a case at the International Court of Justice accusing Israel …": a phrase saying where or with whom a
    // text was filed stands between it and what it says.
    const filed = before.kind === 'pp' ? chunks[f.at - 2] : undefined;
    const described = filed?.kind === 'np' && g.inList('filed_texts', tokens[filed.head]!.lower) ? filed : before.kind === 'np' ? before : before.np!;
    const owned = owns(described);
    // The issuer may be named by its "of" phrase ("the board of the IAEA adopted a resolution").
    const named = (np: NounGroup | null) => np !== null && (np.members.length > 0 || listedParties(np, chunks, tokens, g) !== null);
    const issuer = owned && !described.mentions.some((m) => m.actor) ? frames.find((x) => x.object === described && named(x.subject) && x.subject !== described) : undefined;
    if (issuer) {
      f.subject = issuer.subject;
      f.subjectWay = 'clause';
      f.clause = issuer;
      return;
    }
    // "telephoned Putin urging him to withdraw": a participle whose object is a pronoun for the phrase before it is
    // not that phrase's doing, but the clause's.
    const clause = refersBack(f, described, tokens, g) ? frames.filter((x) => x.at < f.at && !x.vg.participle && !x.vg.infinitive).pop() : undefined;
    if (clause?.subject) {
      f.subject = clause.subject;
      f.subjectWay = 'clause';
      f.clause = clause;
      return;
    }
    f.subject = described;
    f.subjectWay = 'subject';
    return;
  }
  // "The UK has today sanctioned …": an auxiliary cut off from its verb by a date lends the verb its subject.
  const aux = splitAuxiliary(f, frames, chunks);
  if (aux?.subject) {
    f.subject = aux.subject;
    f.subjectWay = 'subject';
    return;
  }
  const left = f.vg.participle ? null : scanLeft(chunks, f.at - 1, g, tokens);
  if (left) {
    f.subject = left.np;
    f.subjectWay = left.relative ? 'relative' : 'subject';
    return;
  }
  // A relative clause before a participle ("an air strike that targeted …, calling it", "against those who engage in
  // violence, unanimously adopting …") is not its clause.
  // So is one before "…, before travelling on to Belize": a bare subordinator leads the participle.
  let preceding = f.at - 1;
  const leads = (c: Chunk | undefined) => c?.kind === 'adv' || (c?.kind === 'pp' && c.np === null && g.subordinators.has(c.prep));
  while (leads(chunks[preceding])) preceding--;
  const afterComma = chunks[preceding]?.kind === 'punct';
  const previous = frames.filter((p) => p.at < f.at && !p.vg.infinitive && !p.vg.participle && !(f.vg.participle && afterComma && (p.subjectWay === 'relative' || opensRelative(chunks, p.at - 1, tokens)))).pop();
  if (f.vg.participle) {
    // "accused Kyiv of attacking …", "warned Putin against invading …": what the one accused or warned is said, or
    // warned not, to do. The one accused may be a participle's object ("…, accusing Kigali of supporting the rebels").
    const bare = chunks[f.at - 1];
    const accuser = frames.filter((p) => p.at < f.at).pop();
    const charged = bare?.kind === 'pp' && !bare.np && accuser?.object?.members.length && charges(bare.prep, accuser.vg.lemma, g);
    // "accusing Ottawa of meddling in its affairs by calling for …": the means of the charged act, which the tagger may
    // read as a verb or as a noun, is the same party's.
    if (bare?.kind === 'pp' && !bare.np && bare.prep === 'by' && accuser) {
      const verb = accuser.vg.participle && isCharged(accuser, chunks, g);
      const noun = accuser.object?.members.length && accuser.pps.some((pp) => charges(pp.prep, accuser.vg.lemma, g));
      if (verb || noun) {
        f.subject = verb ? accuser.subject : accuser.object;
        f.clause = verb ? accuser.clause : accuser;
        f.subjectWay = 'clause';
        return;
      }
    }
    // "thanked the Pope for accepting his invitation": what the one thanked did, and did indeed.
    const bareFor = (bare?.kind === 'pp' && !bare.np && bare.prep === 'for') || (bare?.kind === 'sub' && bare.word === 'for');
    const credited = bareFor && accuser?.object?.members.length && g.inList('crediting_verbs', accuser.vg.lemma);
    if (charged || credited) {
      f.subject = accuser!.object;
      f.clause = accuser!;
      f.subjectWay = 'clause';
      return;
    }
    // "advised its citizens to avoid travelling to Japan": a participle right after an infinitive is that verb's.
    const infinitive = frames.find((p) => p.at === f.at - 1 && p.vg.infinitive);
    if (infinitive) {
      f.subject = infinitive.subject;
      f.clause = infinitive;
      f.subjectWay = 'clause';
      return;
    }
    // "…, declining to renew a license that had eased curbs and accusing Maduro …": a participle after "and" is
    // joined to the participle before it, past verbs between them that have no subject of their own.
    const sibling = chunks[f.at - 1]?.kind === 'cc' ? frames.filter((p) => p.at < f.at && p.vg.participle && p.clause).pop() : undefined;
    const ownSubjectBetween = sibling && frames.some((p) => p.at > sibling.at && p.at < f.at && !p.vg.participle && !p.vg.infinitive && p.subject && p.subjectWay === 'subject');
    // "After meeting Xi, Lula said …" and "…, Lula said, adding …": the clause's subject.
    // "China said the move was unacceptable, urging Japan …": after what was said of something no party, the speaker.
    const said = previous?.governor && g.reporting.has(previous.governor.vg.lemma) && previous.subject && !previous.subject.members.length ? previous.governor : previous;
    const main = (sibling && !ownSubjectBetween ? sibling.clause : null) ?? said ?? frames.find((p) => p.at > f.at && !p.vg.infinitive && !p.vg.participle && p.subject);
    f.subject = main?.subject ?? null;
    f.clause = main ?? null;
    f.subjectWay = 'clause';
    return;
  }
  const conjunct = reporterAcrossComma(f, frames, chunks, g) ?? coordinatedWith(f, frames, chunks, tokens, g);
  const joined = chunks.slice(conjunct ? conjunct.end + 1 : f.at, f.at).some((c) => c.kind === 'cc') || inVerbSeries(f, frames, chunks) || afterSequel(f, chunks, g);
  if (conjunct?.subject && joined) {
    f.subject = conjunct.subject;
    f.subjectWay = 'coordinated';
    // "He was met at the airport by Mokhber and welcomed by Raisi", "was summoned and handed a formal protest": a bare
    // past form joined to a passive shares its auxiliary when it has an agent of its own, or is a verb of giving
    // with only the thing given after it.
    const agent = f.pps.some((pp) => pp.prep === 'by' && pp.np?.members.length);
    const given = g.inList('giving_verbs', f.vg.lemma) && f.object !== null && !f.object.members.length && !f.pps.some((pp) => pp.prep === 'to' && pp.np?.members.length);
    if (conjunct.vg.passive && !f.vg.passive && isBarePastForm(f.vg, g) && (agent || given)) f.vg.passive = true;
    return;
  }
  // "Washington harbors no hostile intent … and calls on the DPRK to …": a first verb the tagger missed leaves the
  // sentence's opening actor as the subject of the verb after "and".
  const opening = chunks[0]?.kind === 'np' && chunks[0].members.length ? chunks[0] : null;
  if (opening && chunks[f.at - 1]?.kind === 'cc' && !frames.some((p) => p.at < f.at && !p.vg.infinitive && !p.vg.participle)) {
    f.subject = opening;
    f.subjectWay = 'coordinated';
    return;
  }
  // "West African bloc gives Niger junta a week …, threatens force": a headline lists its verbs with commas.
  if (isHeadline(chunks) && afterComma && previous?.subject) {
    f.subject = previous.subject;
    f.subjectWay = 'coordinated';
    return;
  }
  // '"…," said Lavrov': a reporting verb with its subject after it.
  const after = chunks[f.at + 1];
  if (g.reporting.has(f.vg.lemma) && after?.kind === 'np' && after.members.length) {
    f.subject = after;
    f.subjectWay = 'inverted';
    if (f.object === after) f.object = null;
  }
}

/** The frame of an auxiliary alone ("has") that a date separates from this verb ("has today sanctioned"). */
function splitAuxiliary(f: Frame, frames: Frame[], chunks: Chunk[]): Frame | undefined {
  const date = chunks[f.at - 1];
  const aux = chunks[f.at - 2];
  if (date?.kind !== 'np' || !date.date || aux?.kind !== 'vg' || !AUXILIARIES.has(aux.lemma)) return undefined;
  return frames.find((x) => x.at === f.at - 2);
}

const AUXILIARIES = new Set(['have', 'be', 'will', 'would', 'do', 'shall', 'can', 'could', 'may', 'might', 'must', 'should']);

/**
 * "condemned the attack, recalled its ambassador and said …": a finite verb right after a comma, in a series that a
 * later "and" + finite verb closes, is a conjunct of the verb before it.
 */
function inVerbSeries(f: Frame, frames: Frame[], chunks: Chunk[]): boolean {
  const comma = chunks[f.at - 1];
  if (comma?.kind !== 'punct' || comma.word !== ',') return false;
  const next = frames.find((x) => x.at > f.at && !x.vg.infinitive && !x.vg.participle);
  if (!next) return false;
  const between = chunks.slice(f.end + 1, next.at);
  if (between.length > 0 && between.length <= 2 && between.some((c) => c.kind === 'cc')) return true;
  // "…, demanded immediate measures to stop them and warned …": the verb's infinitive and its object come first; or
  // a preposition and its -ing form ("…, thanked South Africa for hosting the talks and urged …").
  const complement = between.slice(0, -1);
  const [first, second] = complement;
  const preposition = (first?.kind === 'pp' && first.np === null) || first?.kind === 'sub';
  const opens = first?.kind === 'vg' || (preposition && second?.kind === 'vg' && second.participle);
  const rest = preposition ? complement.slice(1) : complement;
  return between.at(-1)?.kind === 'cc' && opens && rest.every((c) => c.kind === 'np' || c.kind === 'pp' || c.kind === 'adv' || (c.kind === 'vg' && (c.infinitive || c.participle)));
}

/** Whether a noun phrase follows, past adverbs, from chunk `k` on. */
function nounAfterAdverbs(chunks: Chunk[], k: number): boolean {
  while (chunks[k]?.kind === 'adv') k++;
  return chunks[k]?.kind === 'np';
}

/** "…, then goes to Bogota": a verb after a comma and an adverb of the next step. */
function afterSequel(f: Frame, chunks: Chunk[], g: GrammarSets): boolean {
  const adverb = chunks[f.at - 1];
  const comma = chunks[f.at - 2];
  return adverb?.kind === 'adv' && g.inList('sequel_adverbs', adverb.word) && isComma(comma);
}

/**
 * "Mao said the move would hurt U.S. companies, and urged Washington to …": a verb after ", and" that follows what a
 * reporting verb reported goes back to the reporting verb, whose subject it shares.
 */
function reporterAcrossComma(f: Frame, frames: Frame[], chunks: Chunk[], g: GrammarSets): Frame | undefined {
  const comma = chunks[f.at - 2];
  if (chunks[f.at - 1]?.kind !== 'cc' || comma?.kind !== 'punct' || comma.word !== ',') return undefined;
  const before = frames.filter((p) => p.at < f.at && !p.vg.infinitive && !p.vg.participle);
  const reporter = before.find((p) => g.reporting.has(p.vg.lemma) && p.subject?.members.length);
  const reported = before[before.length - 1];
  return reporter && reported && reported !== reporter && reported.subject !== reporter.subject ? reporter : undefined;
}

/** The conjunctions that open a clause of condition, reason or time. */
const ADVERBIAL_CLAUSES: readonly WordList[] = ['threat_conditions', 'reason_conjunctions', 'time_conjunctions'];

/**
 * The finite verb a verb after "and" shares its subject with: the last one before it, unless that one is what a
 * participle reports ("condemned the sanctions, saying they did not advance …, and urged"): then the clause's verb.
 */
function coordinatedWith(f: Frame, frames: Frame[], chunks: Chunk[], tokens: Token[], g: GrammarSets): Frame | undefined {
  const before = frames.filter((p) => p.at < f.at);
  for (let k = before.length - 1; k >= 0; k--) {
    const p = before[k]!;
    if (p.vg.infinitive || p.vg.participle) continue;
    // "condemned what it called an Armenian attack and said …": a verb inside a free relative is no conjunct.
    if (p.subject && isFreeRelative(chunks[chunks.indexOf(p.subject) - 1], { g, tokens })) continue;
    // "paid tribute to Grossi and his teams, who have maintained a presence …, and expressed support": after a comma,
    // the verb goes back past a relative clause to the main one.
    if (p.subjectWay === 'relative' && chunks[f.at - 2]?.kind === 'punct') continue;
    // "warned that every channel would be cut off if Washington refused, and promised …": so does it past a clause of
    // condition, reason or time.
    const opener = subordinatorOf(p, chunks);
    if (opener && chunks[f.at - 2]?.kind === 'punct' && ADVERBIAL_CLAUSES.some((list) => g.inList(list, opener))) continue;
    const reporter = before[k - 1];
    if (reporter?.vg.participle && g.reporting.has(reporter.vg.lemma)) continue;
    // "said the move was a response … and accused Brussels", "told Biden that Taiwan remained … and urged
    // Washington": a speech act after what a reporting verb reported is the reporter's, when what was reported has
    // no party as subject or the verb is one only a speaker does.
    const governor = p.governor ?? zeroThatReporter(p, frames, chunks, g);
    // An utterance after an act reported is the reporter's ("said the government had prevented the mission and voiced
    // concern"); after an utterance reported, it goes on with the report ("said Kim reaffirmed … and expressed trust").
    const utterance = g.inList('expression_verbs', f.vg.lemma) && !g.inList('expression_verbs', p.vg.lemma);
    const speechAct = g.reporting.has(f.vg.lemma) || g.objectControl.has(f.vg.lemma) || g.allegingVerbs.has(f.vg.lemma) || utterance;
    if (governor && g.reporting.has(governor.vg.lemma) && !governor.vg.participle && (speechAct || !p.subject?.members.length)) return governor;
    return p;
  }
  return undefined;
}

/** "said the move was …": the reporting verb whose clause, with no "that", a verb's subject opens. */
function zeroThatReporter(p: Frame, frames: Frame[], chunks: Chunk[], g: GrammarSets): Frame | undefined {
  if (!p.subject) return undefined;
  const reporter = frames.filter((r) => r.at < p.at && !r.vg.infinitive).pop();
  if (!reporter || !g.reporting.has(reporter.vg.lemma)) return undefined;
  let k = reporter.at + 1;
  while (chunks[k] && (chunks[k]!.kind === 'adv' || chunks[k]!.kind === 'pp')) k++;
  return chunks[k] === p.subject ? reporter : undefined;
}

/** The noun phrase left of a verb that is its subject, skipping what may stand between them. */
function scanLeft(chunks: Chunk[], from: number, g: GrammarSets, tokens: readonly Token[]): { np: NounGroup; relative: boolean } | null {
  for (let k = from; k >= 0; k--) {
    const c = chunks[k]!;
    if (c.kind === 'adv' || c.kind === 'pp' || (c.kind === 'np' && c.date)) continue;
    if (describesPhraseBefore(chunks, k)) continue;
    if (c.kind === 'np') {
      // "Venezuela's plan to annex the region was …": a noun's infinitive and its object are inside the subject.
      const infinitive = chunks[k - 1];
      const owner = chunks[k - 2];
      if (infinitive?.kind === 'vg' && infinitive.infinitive && owner?.kind === 'np' && !owner.date && !c.mentions.some((m) => m.relative)) {
        k--;
        continue;
      }
      if (!c.mentions.some((m) => m.relative)) return { np: c, relative: false };
      const antecedent = nearestNoun(chunks, k - 1, g, tokens);
      return antecedent ? { np: antecedent, relative: true } : null;
    }
    if (c.kind === 'punct' && isQuote(c.word)) continue;
    // "Guterres's decision to travel to Kazan was …": so is an infinitive with phrases of its own and no object.
    const owner = chunks[k - 1];
    if (c.kind === 'vg' && c.infinitive && k < from && owner?.kind === 'np' && !owner.date && !owner.mentions.some((m) => m.relative)) continue;
    // "the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning …": an aside in brackets is skipped.
    if (c.kind === 'punct' && c.word === ')') {
      while (k > 0 && !(chunks[k]!.kind === 'punct' && (chunks[k] as { word: string }).word === '(')) k--;
      continue;
    }
    if (isComma(c)) {
      const skipTo = parenthetical(chunks, k, g);
      if (skipTo === null) return null;
      k = skipTo;
      continue;
    }
    return null;
  }
  return null;
}

/**
 * "a license that had eased curbs", "plots that it blames on Russia": chunk `k` is "that" or "which" after a phrase,
 * opening a relative clause.
 */
export function opensRelative(chunks: readonly Chunk[], k: number, tokens: readonly Token[]): boolean {
  const that = chunks[k];
  const before = chunks[k - 1];
  // The tagger reads the pronoun as a conjunction, or, before a subject of its own, as a phrase of its own.
  const word = that?.kind === 'sub' ? that.word : that?.kind === 'np' && that.first === that.last ? tokens[that.first]!.lower : '';
  return (word === 'that' || word === 'which') && (before?.kind === 'np' || (before?.kind === 'pp' && before.np !== null));
}

/** The subordinator right before a clause's own subject ("if Tehran did not give way", "because Moldova had failed"). */
export function subordinatorOf(f: Frame, chunks: readonly Chunk[]): string | null {
  const opener = f.subject && f.subjectWay === 'subject' ? chunks[chunks.indexOf(f.subject) - 1] : undefined;
  return opener?.kind === 'sub' ? opener.word : null;
}

/** "what", "whatever" alone: a phrase that is a free relative. */
export function isFreeRelative(np: Chunk | undefined, ctx: { g: Pick<GrammarSets, 'freeRelatives'>; tokens: readonly Token[] }): boolean {
  return np?.kind === 'np' && np.first === np.last && ctx.g.freeRelatives.has(ctx.tokens[np.first]!.lower);
}

/** "urged Israel to halt …": a verb whose object is the one its infinitive asks to act; not "called Moon to congratulate him". */
export function asksItsObject(f: Frame, g: GrammarSets): boolean {
  return g.objectControl.has(f.vg.lemma) && !g.inList('calling_verbs', f.vg.lemma);
}

/** A participle's object is a lone pronoun of `object_pronouns` and the phrase before the participle names people or parties. */
function refersBack(f: Frame, described: NounGroup, tokens: Token[], g: GrammarSets): boolean {
  return f.object !== null && f.object.first === f.object.last && g.inList('object_pronouns', tokens[f.object.first]!.lower) && described.mentions.some((m) => m.actor || m.person);
}

/**
 * "A delegation led by Yermak is to meet …": a participle with its "by" agent right after a phrase describes that
 * phrase, which is still the subject of the verb after them.
 */
function describesPhraseBefore(chunks: Chunk[], k: number): boolean {
  const c = chunks[k]!;
  const before = chunks[k - 1];
  const by = chunks[k + 1];
  return c.kind === 'vg' && c.participle && by?.kind === 'pp' && by.prep === 'by' && (before?.kind === 'np' || (before?.kind === 'pp' && before.np !== null));
}

/** Between two commas before a verb: an apposition, an adverbial or a relative clause is skipped; returns where to go on. */
function parenthetical(chunks: Chunk[], comma: number, g: GrammarSets): number | null {
  let open = comma - 1;
  while (open >= 0 && !(chunks[open]!.kind === 'punct' && (chunks[open] as { word: string }).word === ',')) open--;
  if (open < 0) return null;
  const inside = chunks.slice(open + 1, comma);
  const first = inside[0];
  // "The UAE, a member of the coalition that has fought the Houthis since 2015, said …": a noun and its relative clause.
  const relative = (first?.kind === 'np' && first.mentions.some((m) => m.relative)) || (first?.kind === 'np' && inside.some((c, i) => i > 0 && c.kind === 'np' && c.mentions.some((m) => m.relative) && inside[i + 1]?.kind === 'vg'));
  // "…, at its meeting held today on the situation, condemned": participles describing a phrase there are skipped too.
  // So is a past participle opening it ("Xi's visit to Japan, planned for early April, has been postponed").
  const pastParticiple = (c: VerbGroup) => isBarePastForm(c, g) && inside[1]?.kind === 'pp';
  // "Bush, the first sitting U.S. president to visit Lithuania, spoke …": so is a noun's infinitive.
  const nounsInfinitive = (c: VerbGroup) => c.infinitive && inside[inside.indexOf(c) - 1]?.kind === 'np';
  const nominal = inside.every((c) => c.kind === 'np' || c.kind === 'pp' || c.kind === 'adv' || (c.kind === 'vg' && (c.participle || nounsInfinitive(c) || (c.words.length === 1 && !c.infinitive && (inside.indexOf(c) > 0 || pastParticiple(c))))));
  const reporting = inside.some((c) => c.kind === 'vg' && g.reporting.has(c.lemma));
  // "Netanyahu, speaking as he met Koenders in Jerusalem, called …": an aside a participle opens, whatever its clauses.
  const participial = first?.kind === 'vg' && first.participle;
  return relative || nominal || reporting || participial ? open : null;
}

/**
 * "air strikes on the Gaza Strip that killed …", "talks with Iran that ended …", "a strike on Iran's embassy compound
 * in Damascus that killed …": the act's noun before the phrase at `k` that names only the state or place it bears on
 * (with other phrases of what it bears on between), which a relative pronoun after them means; a state does not kill
 * or end.
 */
function actBeforePlace(chunks: Chunk[], k: number, g: GrammarSets, tokens: readonly Token[]): NounGroup | null {
  const phrase = chunks[k];
  const place = phrase?.kind === 'pp' ? phrase.np : null;
  if (!place || !place.members.length || !place.members.every((m) => m.actor && !m.person && m.first <= place.head && place.head <= m.last)) return null;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const before = chunks[j];
    const act = before?.kind === 'np' ? before : before?.kind === 'pp' ? before.np : null;
    if (!act) return null;
    if (isActNoun(tokens[act.head]!, g)) return act;
    if (before!.kind !== 'pp') return null;
  }
  return null;
}

function nearestNoun(chunks: Chunk[], from: number, g: GrammarSets, tokens: readonly Token[]): NounGroup | null {
  for (let k = from; k >= 0; k--) {
    const c = chunks[k]!;
    if (c.kind === 'np') return c;
    const act = k === from ? actBeforePlace(chunks, k, g, tokens) : null;
    if (act) return act;
    if (c.kind === 'pp' && c.np) return c.np;
    if (!isComma(c)) return null;
  }
  return null;
}
