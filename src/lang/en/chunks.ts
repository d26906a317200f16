import { coordinate } from './coordination.js';
import type { GrammarSets } from './grammar.js';
import type { Mention } from './mentions.js';
import { isInflectedPast, type Token } from './tokens.js';

/** A noun phrase: its head word, the actor mentions inside it, and the actors it coordinates ("Biden and Lula"). */
export interface NounGroup {
  kind: 'np';
  first: number;
  last: number;
  head: number;
  mentions: Mention[];
  /** A date ("next week", "Monday"): not an argument of the verb. */
  date: boolean;
  /** The actors the phrase names, coordinated ones included ("Biden and Lula"); relative pronouns and regions are not actors. */
  members: Mention[];
}

/** A verb group: auxiliaries, negation and adverbs up to the main verb, and a particle ("carried out", "hit out"). */
export interface VerbGroup {
  kind: 'vg';
  first: number;
  last: number;
  verb: number;
  lemma: string;
  words: string[];
  /** "to meet": the verb of an infinitive. */
  infinitive: boolean;
  /**
   * "meeting" with no auxiliary: a participle or gerund, whose subject is its clause's; or a past participle after
   * a noun and before a preposition ("entities linked to Iran", "sanctions imposed by the EU"): a passive that
   * describes the noun.
   */
  participle: boolean;
  passive: boolean;
}

export interface PrepPhrase {
  kind: 'pp';
  first: number;
  last: number;
  prep: string;
  np: NounGroup | null;
  /** "near the border with Ukraine", read as "near Ukraine": the state is named by its border. */
  border?: boolean;
}

export interface Marker {
  kind: 'punct' | 'cc' | 'sub' | 'adv' | 'other';
  first: number;
  last: number;
  word: string;
}

export type Chunk = NounGroup | VerbGroup | PrepPhrase | Marker;

const NP_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'X', 'SYM']);

/**
 * Groups a tagged sentence into noun, verb and prepositional phrases; actor mentions stay whole inside noun phrases.
 * `dated` are the tokens of date expressions: phrases of their own ("held drills next week", "met Wang Monday").
 */
export function chunk(tokens: Token[], mentions: Mention[], g: GrammarSets, dated: ReadonlySet<number> = new Set()): Chunk[] {
  const mentionAt = new Map<number, Mention>();
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) mentionAt.set(i, m);
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const compound = g.compoundPreposition(tokens, i);
    const manner = g.mannerPhraseEnd(tokens, i);
    const previous = chunks[chunks.length - 1];
    if (t.lower === 'each' && previous?.kind === 'np' && previous.mentions.length > 0 && isVerbal(tokens[i + 1])) {
      // "India and Canada each expelled …": a floating "each", not the subject.
      chunks.push({ kind: 'adv', first: i, last: i, word: t.lower });
      i++;
    } else if (manner >= 0) {
      chunks.push({ kind: 'adv', first: i, last: manner, word: tokens.slice(i, manner + 1).map((x) => x.lower).join(' ') });
      i = manner + 1;
    } else if (compound) {
      const np = nounGroup(tokens, compound.last + 1, mentionAt, dated, g);
      chunks.push({ kind: 'pp', first: i, last: np?.last ?? compound.last, prep: compound.words, np });
      i = (np?.last ?? compound.last) + 1;
    } else if (isComplementizer(tokens, i)) {
      chunks.push({ kind: 'sub', first: i, last: i, word: t.lower });
      i++;
    } else if ((mentionAt.has(i) && t.pos !== 'SCONJ') || startsNoun(t)) {
      // A relative "that" the tagger read as a pronoun may since have been found to open a clause (SCONJ).
      const np = nounGroup(tokens, i, mentionAt, dated, g)!;
      chunks.push(np);
      i = np.last + 1;
    } else if (t.pos === 'ADP' && g.subordinators.has(t.lower) && opensClause(tokens, i, mentionAt, dated, g)) {
      chunks.push({ kind: 'sub', first: i, last: i, word: t.lower });
      i++;
    } else if ((t.pos === 'ADP' || (t.pos === 'PART' && t.lower === 'to')) && !opensInfinitive(tokens, i)) {
      const plain = nounGroup(tokens, i + 1, mentionAt, dated, g);
      const quoted = plain ? null : quotedNounGroup(tokens, i + 1, mentionAt, dated, g);
      const np = plain ?? quoted;
      // 'spoke to "my two good friends"': the phrase runs to the closing quotation mark.
      const last = quoted ? quoted.last + 1 : np?.last ?? i;
      chunks.push({ kind: 'pp', first: i, last, prep: t.lower, np });
      i = last + 1;
    } else if (isVerbal(t) || opensInfinitive(tokens, i)) {
      const vg = verbGroup(tokens, i, g);
      chunks.push(vg);
      i = vg.last + 1;
    } else {
      const kind = t.pos === 'PUNCT' ? 'punct' : t.pos === 'CCONJ' ? 'cc' : t.pos === 'SCONJ' || g.subordinators.has(t.lower) ? 'sub' : t.pos === 'ADV' ? 'adv' : 'other';
      chunks.push({ kind, first: i, last: i, word: t.lower });
      i++;
    }
  }
  reducedRelatives(chunks, tokens, g);
  return borderPhrases(conjunctsBeforeInfinitive(appositions(coordinate(quotedWithinPhrase(parentheticalAmounts(correlatives(chunks, tokens, g), tokens), tokens), g, tokens))), tokens, g);
}

/** Chunks that end with no full stop, question or exclamation mark: a headline's ("Xi meets Putin, signs deals"). */
export function isHeadline(chunks: readonly Chunk[]): boolean {
  const end = chunks.at(-1);
  return !(end?.kind === 'punct' && /^[.?!]$/.test(end.word));
}

/** A verb group of one past form alone ("postponed", "scrapped", "met"): a participle or a headline's passive. */
export function isBarePastForm(vg: VerbGroup, g: Pick<GrammarSets, 'irregularParticiples'>): boolean {
  return vg.words.length === 1 && isPastForm(vg.words[0]!.toLowerCase(), vg.lemma, g);
}

/**
 * A past participle, or a past form that may be one: "met", "told", which a list of participles leaves out because
 * they are the simple past far more often ("Biden and Xi met in California"). Only where the sentence shows a
 * participle ("Yeltsin, met at the airport by Kuchma, …").
 */
function isPastForm(word: string, lemma: string, g: Pick<GrammarSets, 'irregularParticiples'>): boolean {
  return isPastParticiple(word, g) || (isInflectedPast(word, lemma) && !/^(?:be|have|do)$/.test(lemma));
}

/** A noun phrase in quotation marks: 'spoke to "my two good friends"'. */
function quotedNounGroup(tokens: Token[], i: number, mentionAt: Map<number, Mention>, dated: ReadonlySet<number>, g: GrammarSets): NounGroup | null {
  if (!isQuote(tokens[i]?.text ?? '')) return null;
  const np = nounGroup(tokens, i + 1, mentionAt, dated, g);
  return np && isQuote(tokens[np.last + 1]?.text ?? '') ? np : null;
}

/** A quotation mark, straight or curly, single or double. */
export function isQuote(word: string): boolean {
  return /^["“”'‘’]$/u.test(word);
}

/**
 * Words quoted inside a noun phrase are part of it: between a possessive and its noun ('praised Trump's "courageous
 * and just" decision', whose owner is still the possessor), or after a determiner ('opposes the "illegal" sanctions',
 * 'signed the "Algiers Declaration"'), where the phrase goes on with a bare noun after the closing mark or, when the
 * quoted words are a noun phrase of their own, ends with the mark. In a prepositional phrase, the phrase is its noun's.
 */
function quotedWithinPhrase(chunks: Chunk[], tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    const np = c.kind === 'pp' ? c.np : c.kind === 'np' ? c : null;
    const open = chunks[k + 1];
    if (!np || open?.kind !== 'punct' || !isQuote(open.word)) {
      out.push(c);
      continue;
    }
    const owner = c.kind === 'np' && !c.date && /^'s?$/.test(tokens[c.last]!.text) && c.members.some((m) => m.possessive);
    const determiner = !np.date && !np.members.length && tokens.slice(np.first, np.last + 1).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM');
    const close = owner || determiner ? chunks.findIndex((x, j) => j > k + 1 && j <= k + 6 && x.kind === 'punct' && isQuote(x.word)) : -1;
    const inside = close > 0 ? chunks.slice(k + 2, close) : [];
    // The possessor stays the phrase's only party; after a determiner the quoted words must hold a noun phrase.
    const words = inside.every((x) => (x.kind === 'np' && !(owner && x.members.length)) || x.kind === 'adv' || x.kind === 'cc') && (owner || inside.some((x) => x.kind === 'np' && !x.date));
    const rest = close > 0 ? chunks[close + 1] : undefined;
    const continued = rest?.kind === 'np' && !rest.date && !rest.members.length && tokens[rest.head]!.pos === 'NOUN' && tokens[rest.first]!.pos !== 'DET' ? rest : null;
    const quoted = !owner && inside.length === 1 && inside[0]!.kind === 'np' ? inside[0] : null;
    const tail = continued ?? quoted;
    if (close < 0 || !words || !tail) {
      out.push(c);
      continue;
    }
    const nps = [...inside, ...(continued ? [continued] : [])].filter((x): x is NounGroup => x.kind === 'np');
    const members = owner ? np.members : nps.flatMap((x) => x.members);
    const mentions = owner ? [...np.mentions, ...tail.mentions] : [np, ...nps].flatMap((x) => x.mentions);
    const joined: NounGroup = { ...tail, first: np.first, last: continued ? continued.last : chunks[close]!.last, members, mentions };
    out.push(c.kind === 'pp' ? { ...c, last: joined.last, np: joined } : joined);
    k = continued ? close + 1 : close;
  }
  return out;
}

/** "urged both the SAF and the RSF": "both" (or "either", "neither") before a noun phrase opens it. */
function correlatives(chunks: Chunk[], tokens: Token[], g: GrammarSets): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    const next = chunks[k + 1];
    if (c.kind === 'np' && c.first === c.last && g.inList('correlatives', tokens[c.first]!.lower) && next?.kind === 'np' && !next.date) {
      out.push({ ...next, first: c.first });
      k++;
    } else if (c.kind === 'pp' && c.np && c.np.first === c.np.last && g.inList('predeterminers', tokens[c.np.first]!.lower) && next?.kind === 'np' && !next.date) {
      // "from all its activities": a predeterminer before a possessive opens the phrase after it.
      out.push({ ...c, last: next.last, np: { ...next, first: c.np.first } });
      k++;
    } else out.push(c);
  }
  return out;
}

/**
 * "a proposed 50 billion euro ($54 billion) package of aid", "the South Asian Association for Regional Cooperation
 * (SAARC) summit": a bracketed phrase inside a noun phrase, which goes on with a bare noun after it, is part of it; a
 * bracketed short name of the party before it leaves that party the phrase's modifier.
 */
function parentheticalAmounts(chunks: Chunk[], tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    const [open, inside, close, rest] = [chunks[k + 1], chunks[k + 2], chunks[k + 3], chunks[k + 4]];
    const bracketed = open?.kind === 'punct' && open.word === '(' && inside?.kind === 'np' && close?.kind === 'punct' && close.word === ')';
    const bareNoun = rest?.kind === 'np' && !rest.date && tokens[rest.first]!.pos === 'NOUN' && !rest.members.length;
    const shortName = c.kind === 'np' && inside?.kind === 'np' && c.members.length === 1 && inside.members.length === 1 && c.members[0]!.actor?.code === inside.members[0]!.actor?.code;
    if (c.kind === 'np' && !c.date && (!c.members.length || shortName) && bracketed && bareNoun && rest?.kind === 'np') {
      out.push({ ...rest, first: c.first, members: c.members, mentions: [...c.mentions, ...rest.mentions] });
      k += 4;
    } else out.push(c);
  }
  return out;
}

/**
 * "massed troops near the border with Ukraine", "drills on the frontier with Iraq", "deployed troops along its border
 * with Belarus": a place phrase on a state's border (no one's, or the subject's own) is a show of force toward that
 * state, read as "near Ukraine"; its "with" names no partner.
 */
function borderPhrases(chunks: Chunk[], tokens: Token[], g: GrammarSets): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    const next = chunks[k + 1];
    const onBorder = c.kind === 'pp' && g.borderPrepositions.has(c.prep) && c.np && g.borderNouns.has(tokens[c.np.head]!.lower) && c.np.members.every((m) => m.ref !== undefined && m.possessive);
    // "signed a treaty on the state border with his Kyrgyz counterpart": a person after "with" is a partner.
    if (onBorder && next?.kind === 'pp' && next.prep === 'with' && next.np?.members.length && !next.np.members.some((m) => m.person)) {
      out.push({ kind: 'pp', first: c.first, last: next.last, prep: 'near', np: next.np, border: true });
      k++;
    } else out.push(c);
  }
  return out;
}

/**
 * "urged its allies, chiefly Washington and London, to lift …", "called on the guarantor powers, Greece, Turkey and
 * Britain, to …": a phrase that names no party but its owner, then between commas the parties it means. The phrase
 * takes them, and the apposition with its commas; a prepositional phrase's noun phrase takes them for it.
 */
function appositions(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    out.push(c);
    const np = c.kind === 'pp' ? c.np : c;
    if (np?.kind !== 'np' || np.date || np.members.some((m) => !m.possessive)) continue;
    // "The President of the Republic, Emmanuel Macron, …": an "of" phrase naming no party may come before the comma.
    const of = chunks[k + 1]?.kind === 'pp' && (chunks[k + 1] as PrepPhrase).prep === 'of' && !(chunks[k + 1] as PrepPhrase).np?.members.length ? 1 : 0;
    let a = k + 2 + of;
    if (chunks[a]?.kind === 'adv') a++;
    const named = chunks[a];
    if (!isComma(chunks[k + 1 + of]) || named?.kind !== 'np' || !named.members.length || !isComma(chunks[a + 1])) continue;
    np.members = named.members;
    np.mentions = [...np.mentions, ...named.mentions];
    np.last = chunks[a + 1]!.last;
    c.last = np.last;
    k = a + 1;
  }
  return out;
}

/**
 * "called on the two Cypriot sides and the guarantor powers, Greece, Turkey and Britain, to engage in dialogue": a
 * noun phrase after "and" that an infinitive follows opens no clause of its own; it is one more of those the
 * prepositional phrase before "and" names.
 */
function conjunctsBeforeInfinitive(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    const held = out.at(-2);
    const and = out.at(-1);
    const next = chunks[k + 1];
    if (c.kind === 'np' && c.members.some((m) => !m.possessive) && held?.kind === 'pp' && held.np && and?.kind === 'cc' && and.word === 'and' && next?.kind === 'vg' && next.infinitive) {
      out.pop();
      joinGroup(held, held.np, c);
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Adds the parties and mentions of `next` to `group`, which then, with the chunk holding it, ends where `next` ends. */
export function joinGroup(holder: Chunk, group: NounGroup, next: NounGroup): void {
  group.members = [...group.members, ...next.members];
  group.mentions = [...group.mentions, ...next.mentions];
  group.last = next.last;
  holder.last = next.last;
}

/** "his national security team", "their defence ministers": a phrase a possessive pronoun opens, naming own people. */
export function isOwnPeoplePhrase(np: NounGroup, tokens: readonly Token[], g: Pick<GrammarSets, 'possessives' | 'inList'>): boolean {
  return g.possessives.has(tokens[np.first]!.lower) && g.inList('own_people_nouns', tokens[np.head]!.lower);
}

/**
 * The phrase that names a document's authors right after it: "statement by Prime Minister Theresa May …", "A statement
 * from North Korea's Foreign Ministry …". Null when `c` is no "by" or "from" phrase, or `noun` no document.
 */
export function authorPhrase(noun: NounGroup | null | undefined, c: Chunk | undefined, tokens: readonly Token[], g: Pick<GrammarSets, 'inList'>): PrepPhrase | null {
  if (!noun || c?.kind !== 'pp' || !g.inList('author_prepositions', c.prep) || !g.inList('document_nouns', tokens[noun.head]!.lower)) return null;
  return c;
}

/**
 * The party a phrase naming none has after it as its author: "any provocation by Russia", "the eastward expansion of
 * NATO" (after a noun of conduct), "the situation in Syria" (what goes on in a state).
 */
export function authorAfter(np: NounGroup, next: Chunk | undefined, tokens: readonly Token[], g: Pick<GrammarSets, 'inList'>): NounGroup | null {
  if (np.members.length || next?.kind !== 'pp' || !next.np?.members.length) return null;
  const head = tokens[np.head]!.lower;
  const of = next.prep === 'of' && g.inList('conduct_nouns', head);
  const situation = g.inList('territory_prepositions', next.prep) && g.inList('situation_nouns', head);
  return next.prep === 'by' || of || situation ? next.np : null;
}

export function isComma(c: Chunk | undefined): boolean {
  return c?.kind === 'punct' && c.word === ',';
}

/**
 * The last token of the clause a verb stands in: up to the next punctuation or finite verb ("to pay" is within).
 * Quotation marks do not end it: "called the move \"extremely aggressive\"" quotes the evaluation.
 */
export function clauseEnd(chunks: Chunk[], at: number): number {
  let k = at + 1;
  for (; k < chunks.length; k++) {
    const c = chunks[k]!;
    if ((c.kind === 'punct' && !isQuote(c.word)) || (c.kind === 'vg' && !c.participle && !c.infinitive)) break;
  }
  return chunks[k - 1]!.last;
}

/**
 * "designated two entities linked to Iran's drone program", "the sanctions imposed by the EU took effect": a bare
 * past participle between a noun and a preposition, where the noun is an object or the clause's verb comes later.
 */
function reducedRelatives(chunks: Chunk[], tokens: Token[], g: GrammarSets): void {
  // First the past forms a noun and a "by" agent frame ("talks in Doha mediated by Qatar"), so that they are no finite
  // verb later that would make an earlier verb a participle ("agreed to a ceasefire during talks … mediated by …").
  chunks.forEach((c, k) => {
    if (c.kind !== 'vg' || c.infinitive || c.participle || c.verb !== c.first || c.last !== c.verb) return;
    const held = chunks[k - 1];
    const noun = held?.kind === 'pp' ? held.np : held;
    const agent = agentAfter(chunks, k + 1, g);
    if (isPastParticiple(tokens[c.verb]!.lower, g) && noun?.kind === 'np' && !noun.mentions.some((m) => m.relative) && agent >= 0 && (held?.kind === 'pp' || agent > k + 1 || finiteVerbLater(chunks, agent + 1, tokens, g))) {
      c.participle = true;
      c.passive = true;
    }
  });
  chunks.forEach((c, k) => {
    if (c.kind !== 'vg' || c.infinitive || c.participle || c.verb !== c.first || c.last !== c.verb) return;
    const held = chunks[k - 1];
    const pastParticiple = isPastParticiple(tokens[c.verb]!.lower, g);
    // "…, witnessed by Rubio", "Yeltsin, met at the airport by Kuchma, …": after a comma, with its agent, a participle
    // of the clause before.
    if (held?.kind === 'punct' && held.word === ',' && agentAfter(chunks, k + 1, g) >= 0 && isPastForm(tokens[c.verb]!.lower, c.lemma, g)) {
      c.participle = true;
      c.passive = true;
      return;
    }
    // "drafted by Britain and backed by the United States": with its agent, after "and" and a passive participle's
    // phrases, a participle joined to it.
    const joined = chunks.slice(0, k - 1).reverse().find((x) => x.kind !== 'np' && x.kind !== 'pp' && x.kind !== 'cc' && !(x.kind === 'punct' && x.word === ','));
    if (held?.kind === 'cc' && joined?.kind === 'vg' && joined.participle && joined.passive && agentAfter(chunks, k + 1, g) >= 0 && isPastForm(tokens[c.verb]!.lower, c.lemma, g)) {
      c.participle = true;
      c.passive = true;
      return;
    }
    // "at a ceremony hosted by X": a noun inside a prepositional phrase is no subject either. A date is described by
    // no participle: "The Organization of American States on Friday called on Nicaragua".
    const noun = held?.kind === 'pp' ? held.np : held;
    if (!pastParticiple || noun?.kind !== 'np' || noun.date || noun.mentions.some((m) => m.relative) || chunks[k + 1]?.kind !== 'pp') return;
    // After a reporting verb the noun is a subject: "said Russia attacked in the morning".
    // Adverbs between the verb and its object ("condemn unequivocally and in the strongest terms the attack") are
    // skipped, and the first words of an object joined by "and" ("the direct and unprecedented attack").
    let b = k - 2;
    while (b > 0 && (chunks[b]!.kind === 'adv' || chunks[b]!.kind === 'cc' || (chunks[b]!.kind === 'np' && chunks[b + 1]?.kind === 'cc'))) b--;
    const before = chunks[b];
    const isObject = held?.kind === 'pp' || (before?.kind === 'vg' && !g.reporting.has(before.lemma)) || before?.kind === 'pp';
    // "a Palestinian doctor sentenced to death in Libya": a verb never used without its object, with none, is passive
    // (after a reporting verb the noun may still be a subject whose object comes later).
    const objectless = g.inList('transitive_only_verbs', c.lemma) && before?.kind !== 'vg';
    if (isObject || objectless || finiteVerbLater(chunks, k + 1, tokens, g)) {
      c.participle = true;
      c.passive = true;
    }
  });
}

/**
 * The "by" phrase naming a party that a past participle at chunk `from - 1` takes as its agent: right after it, or
 * after when and where it happened ("the agreement reached today in Putrajaya, Malaysia, by Cambodia and Thailand");
 * -1 when there is none.
 */
export function agentAfter(chunks: Chunk[], from: number, g: GrammarSets): number {
  for (let k = from; k < chunks.length; k++) {
    const c = chunks[k]!;
    if (c.kind === 'pp' && c.prep === 'by') return c.np?.members.length ? k : -1;
    const placeBefore = chunks[k - 2];
    const apposedPlace = c.kind === 'np' && isComma(chunks[k - 1]) && placeBefore?.kind === 'pp' && g.locationPrepositions.has(placeBefore.prep);
    const setting = (c.kind === 'np' && c.date) || apposedPlace || (c.kind === 'pp' && g.locationPrepositions.has(c.prep)) || isComma(c) || c.kind === 'adv';
    if (!setting) return -1;
  }
  return -1;
}

/**
 * "after Paris declared …", "since the war began", "after Castro and Obama met …": a subordinator the tagger reads as a
 * preposition, with a clause whose subject may be phrases joined by "and".
 */
function opensClause(tokens: Token[], i: number, mentionAt: Map<number, Mention>, dated: ReadonlySet<number>, g: GrammarSets): boolean {
  let np = nounGroup(tokens, i + 1, mentionAt, dated, g);
  while (np && tokens[np.last + 1]?.lower === 'and') np = nounGroup(tokens, np.last + 2, mentionAt, dated, g);
  const verb = np ? tokens[np.last + 1] : undefined;
  return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && !verb.lower.endsWith('ing');
}

/**
 * Whether the clause goes on to a finite verb that needs the noun before the participle as its subject; not one
 * after "what" ("apologised to Aliyev for what happened"), which has its own.
 */
function finiteVerbLater(chunks: Chunk[], from: number, tokens: Token[], g: GrammarSets): boolean {
  let relative = false;
  for (const c of chunks.slice(from)) {
    // "India called on Pakistan to ensure that territory … is not used": a verb after an infinitive is that verb's.
    if (c.kind === 'vg' && c.infinitive) return false;
    // "Egypt protested at air strikes that killed …": the verb of a relative clause is not the sentence's.
    if (c.kind === 'np' && c.first === c.last && c.mentions.some((m) => m.relative)) relative = true;
    else if (c.kind === 'vg' && relative) relative = false;
    else if (c.kind === 'vg' && !c.participle) return true;
    if (c.kind === 'punct' || c.kind === 'cc' || c.kind === 'sub') return false;
    if (c.kind === 'pp' && g.freeRelatives.has(tokens[c.last]!.lower)) return false;
  }
  return false;
}

/** "said in a statement that it condemned …": "that" before a pronoun, a name or an article opens a clause. */
function isComplementizer(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]!.lower === 'that' && tokens[i]!.pos === 'DET' && next !== undefined && (next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'DET');
}

function startsNoun(t: Token): boolean {
  return NP_TAGS.has(t.pos) || (t.pos === 'PRON' && t.lower !== 'that') || (t.pos === 'PART' && t.lower === "'s");
}

/** "to meet", "to immediately suspend": "to" before a verb, an adverb between them or not. */
function opensInfinitive(tokens: Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'to') return false;
  return isVerbal(tokens[i + 1]) || (tokens[i + 1]?.pos === 'ADV' && isVerbal(tokens[i + 2]));
}

function isVerbal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

function nounGroup(tokens: Token[], from: number, mentionAt: Map<number, Mention>, dated: ReadonlySet<number>, g: GrammarSets): NounGroup | null {
  const first = tokens[from];
  if (!first || !(mentionAt.has(from) || startsNoun(first))) return null;
  // A personal pronoun is a phrase by itself ("told him the news"); a possessive one opens a phrase ("his visit").
  const alone = first.pos === 'PRON' && !g.possessives.has(first.lower);
  let last = from;
  while (!alone && dated.has(last + 1) === dated.has(from) && inNoun(tokens, last + 1, mentionAt, g)) last++;
  // A mention that runs past the phrase's end belongs to it whole.
  for (let k = from; k <= last; k++) last = Math.max(last, mentionAt.get(k)?.last ?? last);
  const inside: Mention[] = [];
  for (let k = from; k <= last; k++) {
    const m = mentionAt.get(k);
    if (m && !inside.includes(m)) inside.push(m);
  }
  let head = last;
  while (head > from && !['NOUN', 'PROPN', 'PRON', 'NUM'].includes(tokens[head]!.pos) && !mentionAt.has(head)) head--;
  return { kind: 'np', first: from, last, head, date: dated.has(from), mentions: inside, members: actorOf(inside.filter((m) => !m.relative && !m.region), head, tokens, g) };
}

function inNoun(tokens: Token[], k: number, mentionAt: Map<number, Mention>, g: GrammarSets): boolean {
  const t = tokens[k];
  if (!t) return false;
  // A determiner or pronoun starts a new phrase ("gave Ukraine the weapons", "told Israel it must").
  if (t.pos === 'PRON') return false;
  const m = mentionAt.get(k);
  // So does an actor right after a person's name ("Xi tells Blinken China and U.S. should …"); after a state or body
  // it is one compound ("the G7 Hiroshima summit"), after a possessive the phrase goes on ("his Argentine counterpart").
  const before = mentionAt.get(k - 1);
  // "In the evening Obama met …": a time of day or a span of time names nothing, and an actor after it starts the clause.
  if (m && m.first === k && g.inList('time_nouns', tokens[k - 1]?.lower ?? '')) return false;
  if (m) return m.first < k || !before?.person || before.ref !== undefined;
  if (t.pos === 'DET') return false;
  // "telephoned Mugabe one after another": a phrase of manner ends the noun phrase.
  if (g.mannerPhraseEnd(tokens, k) >= 0) return false;
  // "gave Qatari diplomats 48 hours to leave": a count after a common noun opens a second object.
  // Not a name's count ("a landmark 100 Year Partnership").
  const common = (u: Token | undefined) => u?.pos === 'NOUN' && /^\p{Ll}/u.test(u.text);
  if (t.pos === 'NUM' && common(tokens[k - 1]) && common(tokens[k + 1])) return false;
  // "a mutually beneficial relationship": an adverb of the adjective after it, right after the determiner; not "called
  // the remark extremely wrong", where the phrase has ended.
  // After a possessive "'s" too: "Yemen's internationally recognised government".
  if (t.pos === 'ADV' && /ly$/.test(t.lower) && tokens[k + 1]?.pos === 'ADJ') return ['DET', 'ADJ'].includes(tokens[k - 1]!.pos) || g.possessives.has(tokens[k - 1]!.lower) || tokens[k - 1]!.lower === "'s";
  if (t.text === '-' || t.text === '–') return t.start === tokens[k - 1]!.end && tokens[k + 1]?.start === t.end;
  // "face-to-face", "long-awaited": a word joined to the phrase by a hyphen is part of it, whatever its tag.
  const joined = tokens[k - 1];
  if ((joined?.text === '-' || joined?.text === '–') && joined.end === t.start && joined.start === tokens[k - 2]?.end) return true;
  return NP_TAGS.has(t.pos) || t.lower === "'s" || t.lower === "'";
}

/** The actor a phrase names: its most specific mention (a person over a state named as a modifier). */
function actorOf(mentions: Mention[], head: number, tokens: readonly Token[], g: Pick<GrammarSets, 'inList'>): Mention[] {
  if (mentions.length <= 1) return mentions;
  const last = mentions[mentions.length - 1]!;
  // "Sweden's NATO bid", "Israel's Gaza offensive", "Morocco's royal cabinet": the owner, not the party a modifier
  // names, nor an office or body named after it ("Iran's ally Syria" is Syria). "a U.S.-drafted Security Council
  // resolution": the author of a text is its owner too.
  const owned = last.last < head || (last.actor?.role !== undefined && !last.person);
  const authored = (m: Mention) => tokens[m.last + 1]?.text === '-' && g.inList('authoring_suffixes', tokens[m.last + 2]?.lower ?? '');
  const owner = owned ? mentions.find((m) => (m.possessive || authored(m)) && m.actor && !m.person) : undefined;
  // "U.N. experts", "EU observers": an organisation's own panel, not people in general.
  const staff = last.generic && last.last === head && g.inList('organisation_staff_nouns', tokens[head]!.lower) ? mentions.find((m) => m.last === last.first - 1 && m.actor?.org && !m.actor.country && !m.person) : undefined;
  return [mentions.find((m) => m.person && m.actor) ?? owner ?? staff ?? last];
}

function verbGroup(tokens: Token[], from: number, g: GrammarSets): VerbGroup {
  let i = from;
  const infinitive = tokens[i]!.lower === 'to';
  if (infinitive) i++;
  let verb = -1;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // "to have met", "to be hosted": the tagger may read the auxiliary of an infinitive as a verb.
    // "remained committed to …", "stays determined to …": a state the participle names, held on.
    const next = nextNonAdverb(tokens, i + 1);
    const stative = /^(?:remain|stay)$/.test(t.lemma) && next?.pos === 'VERB' && /ed$/.test(next.lower);
    const auxiliary = t.pos === 'AUX' || (/^(?:have|be|get)$/.test(t.lemma) && next?.pos === 'VERB') || stative;
    if (!auxiliary && t.pos === 'VERB') {
      verb = i;
      break;
    }
    if (t.pos === 'AUX' && !isVerbal(nextNonAdverb(tokens, i + 1))) {
      verb = i;
      break;
    }
    if (auxiliary || t.pos === 'ADV' || (t.pos === 'PART' && g.negation.has(t.lower)) || (i > from && isOpeningQuote(tokens, i))) i++;
    else break;
  }
  if (verb < 0) verb = Math.max(from, i - 1);
  let last = verb;
  if (g.inList('verb_particles', tokens[verb + 1]?.lower ?? '') && tokens[verb + 1]!.pos !== 'NOUN') last = verb + 1;
  const words = tokens.slice(from, last + 1).map((t) => t.lower);
  const v = tokens[verb]!;
  const aux = tokens.slice(from, verb).filter((t) => t.pos === 'AUX' || t.pos === 'VERB').map((t) => t.lemma);
  // "was attacked", "were hit": a form of be or get before a main verb that is not a gerund.
  const passive = (aux.includes('be') || aux.includes('get')) && !v.lower.endsWith('ing') && v.pos === 'VERB';
  const participle = !infinitive && aux.length === 0 && v.lower.endsWith('ing');
  return { kind: 'vg', first: from, last, verb, lemma: v.lemma, words, infinitive, participle, passive };
}

function nextNonAdverb(tokens: Token[], i: number): Token | undefined {
  while (tokens[i] && (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART' || isOpeningQuote(tokens, i))) i++;
  return tokens[i];
}

/** "since Turkey shot down …", "since the 2020 clashes": a clause or phrase that starts a span, background to the news. */
export function opensSpan(c: Chunk | undefined, g: Pick<GrammarSets, 'inList'>): boolean {
  const word = c?.kind === 'sub' ? c.word : c?.kind === 'pp' ? c.prep : null;
  return word !== null && g.inList('background_prepositions', word);
}

/**
 * 'would "pay the price"', 'had "seriously interfered"': a quotation mark that opens a quote from a verb (or its
 * adverbs) on, inside its verb group.
 */
function isOpeningQuote(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'PUNCT' || !/^["“]$/.test(t.text) || tokens[i + 1]?.start !== t.end) return false;
  let k = i + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  return tokens[k]?.pos === 'VERB';
}

/** An -ed form or an irregular past participle ("the allegations made by the Prime Minister"). */
function isPastParticiple(word: string, g: Pick<GrammarSets, 'irregularParticiples'>): boolean {
  return word.endsWith('ed') || g.irregularParticiples.has(word);
}

/**
 * "the governments of Mali, Burkina Faso and Niger": a group noun ("governments", "presidents") that names no party
 * of its own stands for the parties its "of" phrase lists; an organ ("the board of the IAEA") for its organisation.
 */
export function listedParties(np: NounGroup | null, chunks: Chunk[], tokens: Token[], g: GrammarSets): NounGroup | null {
  if (!np || np.members.length) return null;
  const head = tokens[np.head]!.lower;
  const organ = g.inList('organ_nouns', head);
  if (!organ && !g.inList('group_nouns', head)) return null;
  const at = chunks.findIndex((c) => c === np || (c.kind === 'pp' && c.np === np));
  // "the board of governors of the IAEA": an organ's own "of" phrase, naming no party, comes first.
  const next = chunks[organ ? pastPartylessOf(chunks, at) : at + 1];
  if (next?.kind !== 'pp' || !next.np?.members.length) return null;
  // "The board of the IAEA asked …": an organ of an organisation acts for it.
  if (organ) return next.prep === 'of' && next.np.members.every((m) => m.actor?.org !== undefined && !m.person) ? next.np : null;
  // "Ministers from both sides signed …": "from" lists them too.
  return next.prep === 'of' || next.prep === 'from' ? next.np : null;
}

/** The index of the chunk after the one at `at`, past an "of" phrase naming no party ("the board of governors"). */
export function pastPartylessOf(chunks: Chunk[], at: number): number {
  const of = chunks[at + 1];
  return at + (of?.kind === 'pp' && of.prep === 'of' && of.np && !of.np.members.length ? 2 : 1);
}
