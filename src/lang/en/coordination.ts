import { isHeadline, joinGroup, type Chunk, type Marker, type NounGroup, type PrepPhrase } from './chunks.js';
import type { GrammarSets } from './grammar.js';
import type { Token } from './tokens.js';

/**
 * Joins actor phrases listed with "and" or commas into one group ("Biden and Lula", "China, Russia and Iran",
 * "talks with Iran and Iraq"), and a headline's leading pair ("Biden, Lula pledge …"). "X met Y and Z agreed": Z is
 * the subject of a new clause, not a second guest.
 */
export function coordinate(chunks: Chunk[], g: GrammarSets, tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    let h = out.length - 1;
    const joiners: string[] = [];
    while (h >= 0 && joiners.length < 2 && (isJoiner(out[h]!, g) || isOr(out[h]!))) joiners.unshift((out[h--] as Marker).word);
    const holder = out[h];
    const group = holder?.kind === 'np' ? holder : holder?.kind === 'pp' ? holder.np : null;
    // "or" joins things, never a list of parties; "…, and he later dined …": a subject pronoun opens a clause.
    const pronoun = c.kind === 'np' && c.first === c.last && g.inList('subject_pronouns', tokens[c.first]!.lower);
    const actors = c.kind === 'np' && c.members.length > 0 && (group?.members.length ?? 0) > 0 && !joiners.includes('or') && !pronoun;
    // Things joined by "and" ("missiles and drones", "sanctions and tariffs") are one phrase too, and so are an actor
    // and a name the tables lack ("Russian oil producers Gazprom Neft and Surgutneftegas").
    // "the export, sale or supply of aviation fuel": a list of things with "or", and with commas before it, is one
    // phrase.
    const next = chunks[k + 1];
    const orList = joiners.includes('or') || (joiners.length === 1 && joiners[0] === ',' && next !== undefined && isOr(next) && chunks[k + 2]?.kind === 'np' && !(chunks[k + 2] as NounGroup).members.length);
    const unnamed = c.kind === 'np' && !c.members.length && group !== null && (joiners.includes('and') || (orList && !group.members.length));
    // "Britain and four allies imposed …": a party and others it does not name are still that party.
    const others = unnamed && g.inList('group_nouns', tokens[c.head]!.lower);
    // "U.S. and British warships and submarines fired …": more things of the parties, before the verb they are
    // the subject of.
    const partyThings = unnamed && tokens[c.head]!.pos === 'NOUN' && tokens[group.head]!.pos === 'NOUN' && (group.members.at(-1)?.last ?? -1) >= group.head && next?.kind === 'vg' && !next.infinitive && !next.participle && !afterVerb(out, h, g);
    const things = unnamed && (!group.members.length || tokens[c.head]!.pos === 'PROPN' || others || partyThings);
    // "met Netanyahu in Jerusalem and Abbas in Ramallah": a party after "and" and the phrases of place or time of
    // the verb's object is one more object, when no verb follows it to open a clause of its own. A person does not
    // join the place before it; parties may join the parties of a phrase ("its ambassadors to Ireland and Norway").
    const gapped = c.kind === 'np' && joiners.length === 1 && joiners[0] === 'and' && holder?.kind === 'pp' ? gappedObject(out, h, c, chunks[k + 1], g, tokens) : null;
    const placeBefore = gapped !== null && c.kind === 'np' && c.members.every((m) => m.person) && !group?.members.some((m) => m.person);
    if (gapped && c.kind === 'np' && (placeBefore || !group?.members.length)) {
      out.length = h + 1;
      gapped.members = [...gapped.members, ...c.members];
      gapped.mentions = [...gapped.mentions, ...c.mentions];
      continue;
    }
    if (c.kind === 'np' && joiners.length && group && ((actors && joinsList(chunks, k, out, h, joiners, g, tokens)) || things)) {
      out.length = h + 1;
      joinGroup(holder!, group, c);
      // "called the ban costly and wrong": adjectives joined to a phrase leave its noun the head.
      if (tokens[c.head]!.pos !== 'ADJ') group.head = c.head;
      continue;
    }
    // "our ambassadors to the United States and to Australia": the preposition said again lists one more party.
    const repeated = c.kind === 'pp' && holder?.kind === 'pp' && holder.prep === c.prep && c.np?.members.length && group?.members.length && joiners.length === 1 && joiners[0] === 'and';
    if (repeated && c.kind === 'pp' && group) {
      out.length = h + 1;
      joinGroup(holder!, group, c.np!);
      group.head = c.np!.head;
      holder!.last = c.last;
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * The verb's object that a party after "and" at the end of its phrases (`out[h]` the last) repeats: an actor phrase
 * right after a verb, followed only by prepositional phrases, of the same kind (people, or parties) as `c`.
 */
function gappedObject(out: Chunk[], h: number, c: NounGroup, next: Chunk | undefined, g: GrammarSets, tokens: Token[]): NounGroup | null {
  if (!c.members.length || g.inList('subject_pronouns', tokens[c.first]!.lower) || (next?.kind === 'vg' && !next.participle)) return null;
  let k = h;
  while (k >= 0 && out[k]!.kind === 'pp') k--;
  const object = out[k];
  if (object?.kind !== 'np' || !object.members.length || out[k - 1]?.kind !== 'vg' || !afterVerb(out, k, g)) return null;
  const person = (n: NounGroup) => n.members.every((m) => m.person);
  return person(object) === person(c) ? object : null;
}

function isOr(c: Chunk): c is Marker {
  return c.kind === 'cc' && c.word === 'or';
}

function isJoiner(c: Chunk, g: GrammarSets): c is Marker {
  return (c.kind === 'cc' && g.coordinators.has(c.word)) || (c.kind === 'punct' && c.word === ',');
}

function joinsList(chunks: Chunk[], k: number, out: Chunk[], h: number, joiners: string[], g: GrammarSets, tokens: Token[]): boolean {
  const next = chunks[k + 1];
  const finiteNext = next?.kind === 'vg' && !next.infinitive && !next.participle;
  // The list goes on after a comma, an "and", or both (", and Uzbekistan").
  const second = chunks[k + 2];
  const afterJoiners = second && isJoiner(second, g) ? k + 3 : k + 2;
  const listGoesOn = next !== undefined && isJoiner(next, g) && chunks[afterJoiners]?.kind === 'np';
  const group = out[h]!.kind === 'np' ? (out[h] as NounGroup) : (out[h] as PrepPhrase).np;
  const holderIsObject = out[h]!.kind === 'pp' && (out[h] as PrepPhrase).prep === 'between' ? false : afterVerb(out, h, g);
  // "severed relations with Israel and Chile and Colombia withdrew their envoys": a second "and" with a finite verb
  // after the next phrase starts a new clause whose subject is the two phrases around it.
  // "escorted his plane, and Khan and army chief Bajwa greeted him": after a comma too.
  const andAgain = next?.kind === 'cc' && next.word === 'and' && second?.kind === 'np' && joiners.at(-1) === 'and' && (joiners.length === 1 || joiners[0] === ',');
  const closing = chunks[k + 3];
  if (andAgain && holderIsObject && closing?.kind === 'vg' && !closing.infinitive && !closing.participle) return false;
  if (joiners.includes(',') && !joiners.some((j) => g.coordinators.has(j))) {
    // "In the presence of the two leaders, India and Sri Lanka exchanged …": a group referred to is no list's first.
    if (group?.members.length && group.members.every((m) => m.ref !== undefined || m.pluralSize !== undefined)) return false;
    // "Under the mediation of Qatar, Egypt and the United States, Israel and Hamas agreed": after a list closed by
    // "and" in a phrase that opens the sentence, a comma opens the subject of the clause, when a finite verb follows
    // the parties after it. A subject goes on ("Bush and the presidents of Colombia, Peru and Bolivia signed").
    if (out[h]!.kind === 'pp' && group && closedByAnd(group, tokens) && opensClause(chunks, k, g)) return false;
    // A bare comma lists actors only in a longer list, as a headline's "Biden, Lula pledge …", or as the phrases a
    // headline ends with ("Trump won't rule out force to take Greenland, Panama Canal; Denmark says …").
    if (listGoesOn) return true;
    const closesHeadline = isHeadline(chunks) && (next === undefined || (next.kind === 'punct' && /^[;:]$/.test(next.word))) && holderIsObject;
    return closesHeadline || (h === 0 && out[h]!.kind === 'np' && finiteNext);
  }
  // "Kishida explained the strategy, and Marcos welcomed it": a comma before "and", with no list before it, closes a
  // clause, even after a reporting verb.
  const clauseJoin = joiners.length === 2 && joiners[0] === ',' && joiners[1] === 'and' && (group?.members.length ?? 0) === 1;
  return !(finiteNext && (holderIsObject || clauseJoin));
}

/** A group whose parties were joined by "and" ("Qatar, Egypt and the United States"), not one name with "and" in it. */
function closedByAnd(group: NounGroup, tokens: Token[]): boolean {
  for (let i = group.first; i <= group.last; i++) {
    if (tokens[i]!.lower === 'and' && !group.mentions.some((m) => m.first <= i && i <= m.last)) return true;
  }
  return false;
}

/** The parties from chunk k on, listed with commas and "and", are followed by a finite verb. */
function opensClause(chunks: Chunk[], k: number, g: GrammarSets): boolean {
  let j = k;
  while (chunks[j]?.kind === 'np' && chunks[j + 1] && isJoiner(chunks[j + 1]!, g) && chunks[j + 2]?.kind === 'np') j += 2;
  const verb = chunks[j + 1];
  return verb?.kind === 'vg' && !verb.infinitive && !verb.participle;
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
