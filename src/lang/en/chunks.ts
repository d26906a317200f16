import type { GrammarSets } from './grammar.js';
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';

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
  /** "meeting" with no auxiliary: a participle or gerund, whose subject is its clause's. */
  participle: boolean;
  passive: boolean;
}

export interface PrepPhrase {
  kind: 'pp';
  first: number;
  last: number;
  prep: string;
  np: NounGroup | null;
}

export interface Marker {
  kind: 'punct' | 'cc' | 'sub' | 'adv' | 'other';
  first: number;
  last: number;
  word: string;
}

export type Chunk = NounGroup | VerbGroup | PrepPhrase | Marker;

const NP_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'X', 'SYM']);
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'away']);

/**
 * Groups a tagged sentence into noun, verb and prepositional phrases; actor mentions stay whole inside noun phrases.
 * `breaks` are tokens that start a phrase of their own: dates ("held drills next week", "met Wang Monday").
 */
export function chunk(tokens: Token[], mentions: Mention[], g: GrammarSets, breaks: ReadonlySet<number> = new Set()): Chunk[] {
  const mentionAt = new Map<number, Mention>();
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) mentionAt.set(i, m);
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const compound = g.compoundPreposition(tokens, i);
    if (compound) {
      const np = nounGroup(tokens, compound.last + 1, mentionAt, breaks);
      chunks.push({ kind: 'pp', first: i, last: np?.last ?? compound.last, prep: compound.words, np });
      i = (np?.last ?? compound.last) + 1;
    } else if (mentionAt.has(i) || startsNoun(t)) {
      const np = nounGroup(tokens, i, mentionAt, breaks)!;
      chunks.push(np);
      i = np.last + 1;
    } else if (t.pos === 'ADP' && !(t.lower === 'to' && isVerbal(tokens[i + 1]))) {
      const np = nounGroup(tokens, i + 1, mentionAt, breaks);
      chunks.push(np ? { kind: 'pp', first: i, last: np.last, prep: t.lower, np } : { kind: 'pp', first: i, last: i, prep: t.lower, np: null });
      i = (np?.last ?? i) + 1;
    } else if (isVerbal(t) || (t.lower === 'to' && isVerbal(tokens[i + 1]))) {
      const vg = verbGroup(tokens, i, g);
      chunks.push(vg);
      i = vg.last + 1;
    } else {
      const kind = t.pos === 'PUNCT' ? 'punct' : t.pos === 'CCONJ' ? 'cc' : t.pos === 'SCONJ' || g.subordinators.has(t.lower) ? 'sub' : t.pos === 'ADV' ? 'adv' : 'other';
      chunks.push({ kind, first: i, last: i, word: t.lower });
      i++;
    }
  }
  return coordinate(chunks, g);
}

function startsNoun(t: Token): boolean {
  return NP_TAGS.has(t.pos) || (t.pos === 'PRON' && t.lower !== 'that') || (t.pos === 'PART' && t.lower === "'s");
}

function isVerbal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

function nounGroup(tokens: Token[], from: number, mentionAt: Map<number, Mention>, breaks: ReadonlySet<number>): NounGroup | null {
  const first = tokens[from];
  if (!first || !(mentionAt.has(from) || startsNoun(first))) return null;
  // A personal pronoun is a phrase by itself ("told him the news"); a possessive one opens a phrase ("his visit").
  const alone = first.pos === 'PRON' && !POSSESSIVES.has(first.lower);
  let last = from;
  while (!alone && !breaks.has(last + 1) && inNoun(tokens, last + 1, mentionAt)) last++;
  // A mention that runs past the phrase's end belongs to it whole.
  for (let k = from; k <= last; k++) last = Math.max(last, mentionAt.get(k)?.last ?? last);
  const inside: Mention[] = [];
  for (let k = from; k <= last; k++) {
    const m = mentionAt.get(k);
    if (m && !inside.includes(m)) inside.push(m);
  }
  let head = last;
  while (head > from && !['NOUN', 'PROPN', 'PRON', 'NUM'].includes(tokens[head]!.pos) && !mentionAt.has(head)) head--;
  return { kind: 'np', first: from, last, head, date: breaks.has(from), mentions: inside, members: actorOf(inside.filter((m) => !m.relative && !m.region)) };
}

function inNoun(tokens: Token[], k: number, mentionAt: Map<number, Mention>): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (mentionAt.has(k)) return true;
  // A determiner or pronoun starts a new phrase ("gave Ukraine the weapons").
  if (t.pos === 'DET' || t.pos === 'PRON') return false;
  if (t.text === '-' || t.text === '–') return t.start === tokens[k - 1]!.end && tokens[k + 1]?.start === t.end;
  return NP_TAGS.has(t.pos) || t.lower === "'s" || t.lower === "'";
}

/** The actor a phrase names: its most specific mention (a person over a state named as a modifier). */
function actorOf(mentions: Mention[]): Mention[] {
  if (mentions.length <= 1) return mentions;
  const best = mentions.find((m) => m.person && m.actor) ?? mentions[mentions.length - 1]!;
  return [best];
}

function verbGroup(tokens: Token[], from: number, g: GrammarSets): VerbGroup {
  let i = from;
  const infinitive = tokens[i]!.lower === 'to';
  if (infinitive) i++;
  let verb = -1;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || (t.pos === 'AUX' && !isVerbal(nextNonAdverb(tokens, i + 1)))) {
      verb = i;
      break;
    }
    if (t.pos === 'AUX' || t.pos === 'ADV' || (t.pos === 'PART' && g.negation.has(t.lower))) i++;
    else break;
  }
  if (verb < 0) verb = Math.max(from, i - 1);
  let last = verb;
  if (PARTICLES.has(tokens[verb + 1]?.lower ?? '') && tokens[verb + 1]!.pos !== 'NOUN') last = verb + 1;
  const words = tokens.slice(from, last + 1).map((t) => t.lower);
  const v = tokens[verb]!;
  const aux = tokens.slice(from, verb).filter((t) => t.pos === 'AUX').map((t) => t.lemma);
  // "was attacked", "were hit": a form of be or get before a main verb that is not a gerund.
  const passive = (aux.includes('be') || aux.includes('get')) && !v.lower.endsWith('ing') && v.pos === 'VERB';
  const participle = !infinitive && aux.length === 0 && v.lower.endsWith('ing');
  return { kind: 'vg', first: from, last, verb, lemma: v.lemma, words, infinitive, participle, passive };
}

function nextNonAdverb(tokens: Token[], i: number): Token | undefined {
  while (tokens[i] && (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART')) i++;
  return tokens[i];
}

/**
 * Joins actor phrases listed with "and" or commas into one group ("Biden and Lula", "China, Russia and Iran",
 * "talks with Iran and Iraq"), and a headline's leading pair ("Biden, Lula pledge …"). "X met Y and Z agreed": Z is
 * the subject of a new clause, not a second guest.
 */
function coordinate(chunks: Chunk[], g: GrammarSets): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    let h = out.length - 1;
    const joiners: string[] = [];
    while (h >= 0 && joiners.length < 2 && isJoiner(out[h]!, g)) joiners.unshift((out[h--] as Marker).word);
    const holder = out[h];
    const group = holder?.kind === 'np' ? holder : holder?.kind === 'pp' ? holder.np : null;
    const actors = c.kind === 'np' && c.members.length > 0 && (group?.members.length ?? 0) > 0;
    // Things joined by "and" ("missiles and drones", "sanctions and tariffs") are one phrase too.
    const things = c.kind === 'np' && !c.members.length && group !== null && !group.members.length && joiners.includes('and');
    if (c.kind === 'np' && joiners.length && group && ((actors && joinsList(chunks, k, out, h, joiners, g)) || things)) {
      out.length = h + 1;
      group.members = [...group.members, ...c.members];
      group.mentions = [...group.mentions, ...c.mentions];
      group.last = c.last;
      group.head = c.head;
      holder!.last = c.last;
      continue;
    }
    out.push(c);
  }
  return out;
}

function isJoiner(c: Chunk, g: GrammarSets): c is Marker {
  return (c.kind === 'cc' && g.coordinators.has(c.word)) || (c.kind === 'punct' && c.word === ',');
}

function joinsList(chunks: Chunk[], k: number, out: Chunk[], h: number, joiners: string[], g: GrammarSets): boolean {
  const next = chunks[k + 1];
  const finiteNext = next?.kind === 'vg' && !next.infinitive && !next.participle;
  const listGoesOn = next !== undefined && isJoiner(next, g) && chunks[k + 2]?.kind === 'np';
  const holderIsObject = out[h]!.kind === 'pp' && (out[h] as PrepPhrase).prep === 'between' ? false : afterVerb(out, h, g);
  if (joiners.includes(',') && !joiners.some((j) => g.coordinators.has(j))) {
    // A bare comma lists actors only in a longer list, or as a headline's "Biden, Lula pledge …".
    if (listGoesOn) return true;
    return h === 0 && out[h]!.kind === 'np' && finiteNext;
  }
  return !(finiteNext && holderIsObject);
}

/** Whether the phrase at h follows a verb of its clause (not a reporting verb): then it is that verb's object. */
function afterVerb(out: Chunk[], h: number, g: GrammarSets): boolean {
  for (let k = h - 1; k >= 0; k--) {
    const c = out[k]!;
    if (c.kind === 'vg') return !g.reporting.has(c.lemma);
    if (c.kind !== 'np' && c.kind !== 'pp' && c.kind !== 'adv') return false;
  }
  return false;
}
