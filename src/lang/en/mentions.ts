import type { ResolvedActor } from '../../coder/actor.js';
import { officeOn } from '../../lexicon/actor-tables.js';
import type { ActorEntry, Country, EnLexicon, Person, Role } from './lexicon.js';
import { normalise } from './lexicon.js';
import { appositives, remember, unqualified, type NameMemory } from './names.js';
import { qualify, resolvePhrase, type PhrasePart } from './resolve.js';
import { opensObject, type Token } from './tokens.js';

/** What a reference stands for; a document ("the letter", "the statement") stands for whoever issued it. */
export type Reference = 'person' | 'group' | 'thing' | 'speaker' | 'document';

/** An actor named in a sentence, or a word that refers to one (he, the two leaders, who). */
export interface Mention {
  first: number;
  last: number;
  text: string;
  actor: ResolvedActor | null;
  /** Names a person (a person of the tables, a title, a name): what "he" and "she" refer to. */
  person: boolean;
  ref?: Reference;
  /** "the two leaders", "both sides": parties from context; 0 for any number. */
  pluralSize?: number;
  relative?: boolean;
  generic?: boolean;
  region?: boolean;
  /** Followed by 's, or a possessive pronoun: owns what follows ("Russia's attack"). */
  possessive: boolean;
  /**
   * A state called by its own name, spelt out: "Iraq", "North Korea", not "Iraqi", "Baghdad" or "U.S.". Before an act
   * such a name says whom the act is against ("Iraq strikes", "Russia sanctions"); a people's word or an abbreviation
   * says whose it is ("Israeli strikes", "U.S. sanctions").
   */
  stateName?: boolean;
}

type Raw =
  | { kind: 'lex'; entry: ActorEntry; first: number; last: number }
  | { kind: 'known'; actor: ResolvedActor; person: boolean; first: number; last: number }
  | { kind: 'name'; first: number; last: number }
  | { kind: 'ref'; ref: Reference; possessive: boolean; first: number; last: number }
  | { kind: 'plural'; size: number; first: number; last: number }
  | { kind: 'relative' | 'generic'; first: number; last: number };

const PRIORITY: Record<ActorEntry['kind'], number> = { person: 0, org: 1, company: 1, country: 2, place: 3, role: 4, region: 5 };

/** Finds the actor mentions of a tagged sentence; learns the names it introduces into `memory`. */
export function findMentions(tokens: Token[], text: string, lexicon: EnLexicon, date: string | null, memory: NameMemory, dateWords: ReadonlySet<string>): Mention[] {
  const raw = scan(tokens, text, lexicon, date, memory, dateWords);
  const scene = sceneOf(raw, tokens, lexicon);
  const mentions: Mention[] = [];
  const span = (first: number, last: number) => text.slice(tokens[first]!.start, tokens[last]!.end);
  const possessiveAfter = (last: number) => tokens[last + 1]?.lower === "'s" || tokens[last + 1]?.lower === "'";
  for (let k = 0; k < raw.length; k++) {
    const item = raw[k]!;
    const base = { first: item.first, last: item.last, text: span(item.first, item.last), possessive: possessiveAfter(item.last), person: false, actor: null };
    if (item.kind === 'ref') mentions.push({ ...base, ref: item.ref, possessive: item.possessive, person: item.ref === 'person' });
    else if (item.kind === 'plural') mentions.push({ ...base, pluralSize: item.size });
    else if (item.kind === 'relative') mentions.push({ ...base, relative: true });
    else if (item.kind === 'generic') mentions.push({ ...base, generic: true });
    else if (item.kind === 'known') mentions.push({ ...base, actor: { ...item.actor, text: base.text }, person: item.person });
    else if (item.kind === 'lex' && item.entry.kind === 'region') mentions.push({ ...base, region: true });
    else {
      // One phrase: [state|place|organisation]['s] [body] [title] [name], or a title/body "of" a state.
      const parts: Raw[] = [item];
      while (k + 1 < raw.length && joins(parts, raw[k + 1]!, tokens, lexicon)) parts.push(raw[++k]!);
      const last = parts[parts.length - 1]!;
      // The name stands last but for the state of "X of Y".
      const nameItem = parts.find((p) => p.kind === 'name') ?? null;
      const lexParts: PhrasePart[] = parts.flatMap((p) => (p.kind === 'lex' ? [{ entry: p.entry, text: span(p.first, p.last) }] : []));
      const known = parts.find((p): p is Extract<Raw, { kind: 'known' }> => p.kind === 'known');
      const phrase = { ...base, last: last.last, text: span(item.first, last.last), possessive: possessiveAfter(last.last) };
      const name = nameItem ? span(nameItem.first, nameItem.last) : null;
      // "the Luanda roadmap", "the Minsk agreements", "the Paris climate agreement", "the 2000 Algiers agreement": a city
      // naming a process or a text, past the words that say what it is about or the year before it, is no party to it.
      const city = parts.length === 1 && item.kind === 'lex' && (item.entry.kind === 'place' || (item.entry.kind === 'country' && item.entry.via === 'capital'));
      const year = tokens[item.first - 1]?.pos === 'NUM' ? 1 : 0;
      if (city && tokens[item.first - 1 - year]?.lower === 'the' && beforeAct(tokens, last.last + 1, lexicon.grammar.place_named_things)) continue;
      // "after Paris attacks": a city before an attack locates it; its author is another. Not before an object:
      // "Moscow attacks Kyiv" is a headline's verb.
      const struck = tokens[last.last + 1];
      if (city && struck?.pos === 'NOUN' && !opensObject(tokens[last.last + 2]) && lexicon.grammar.place_struck_acts.includes(struck.lower)) continue;
      // "the Athens-to-Vilnius flight", "the Moscow-to-Minsk road": the ends of a route are no parties to it.
      if (city && (hyphenedTo(tokens, last.last + 1) || hyphenedTo(tokens, item.first - 3))) continue;
      // "a raid on a Gaza-bound aid flotilla", "freed a Palestinian-born doctor": the place a thing is bound for, or a
      // person was born in, is no party to what is done to them.
      if (!known && !nameItem && hyphenSuffixed(tokens, last.last + 1, lexicon.grammar.place_suffixes)) continue;
      // "the Algerian-backed Polisario": the patron of a group is not the group; of an act it takes part in it.
      if (!known && !nameItem && hyphenSuffixed(tokens, last.last + 1, lexicon.grammar.patron_suffixes) && !beforeAct(tokens, last.last + 3, lexicon.grammar.recent_acts)) continue;
      if (known) {
        mentions.push({ ...phrase, actor: { ...known.actor, text: phrase.text }, person: known.person });
        continue;
      }
      const resolved = lexParts.length ? resolvePhrase(lexParts, name, phrase.text, lexicon, date) : null;
      if (resolved && 'actor' in resolved) {
        const entry = parts.length === 1 && item.kind === 'lex' ? item.entry : null;
        const stateName = entry?.kind === 'country' && entry.via === 'name' && !/^[\p{Lu}.]+$/u.test(phrase.text);
        mentions.push({ ...phrase, actor: resolved.actor, person: resolved.person, ...(stateName ? { stateName } : {}) });
        remember(memory, lexParts, name, resolved.actor, resolved.person, lexicon);
      } else if (resolved) {
        const afterThe = tokens[item.first - 1]?.lower === 'the';
        // "TOKYO — Vice Foreign Minister Masataka Okano": a minister or spokesperson the tables do not know is of the
        // sentence's scene or the dateline's state, unless a possessive before names the state ("Israel's National
        // Security Minister Itamar Ben-Gvir and Finance Minister Bezalel Smotrich").
        const homeOffice = name !== null && lexicon.grammar.dateline_offices.includes(resolved.unqualified.role) && !possessiveBefore(tokens, item.first);
        const here = scene && ((afterThe && resolved.unqualified.kind === 'body') || homeOffice) ? qualify(resolved.unqualified, name, scene, phrase.text, `the sentence is set in ${scene.en[0]}`) : null;
        let determiner = item.first - 1;
        while (tokens[determiner]?.pos === 'ADJ') determiner--;
        const indefinite = name === null && lexicon.grammar.indefinite_determiners.includes(tokens[determiner]?.lower ?? '');
        const actor = here ?? (indefinite ? null : unqualified(resolved.unqualified, name, phrase.text, memory, afterThe, lexicon.grammar.release_heads, homeOffice, preferredState(resolved.unqualified, mentions, tokens, item.first, lexicon)) ?? organisationOffice(resolved.unqualified, name, phrase.text, lexicon, date));
        if (actor) mentions.push({ ...phrase, actor, person: resolved.unqualified.kind === 'title' || name !== null });
      } else if (nameItem) mentions.push({ ...phrase, person: true });
    }
  }
  for (const m of mentions) if (m.person) m.last = withSuffix(tokens, m.last, lexicon);
  // "a NATO member had shot down …": one member, unnamed, of an organisation stands for no party.
  for (const m of mentions) {
    const unnamedMember = m.actor && !m.person && lexicon.organisationsByCode.has(m.actor.code) && lexicon.grammar.member_determiners.includes(tokens[m.first - 1]?.lower ?? '') && lexicon.grammar.member_nouns.includes(tokens[m.last + 1]?.lower ?? '');
    // "Russian air strikes on ethnic Turkmen villages": a people, not the state of that name.
    const people = m.actor && !m.person && tokens[m.first - 1]?.lower === 'ethnic';
    // "the Taiwan question", "the Korea issue": a subject of dispute, not a party to it.
    const issue = m.actor && !m.person && !m.possessive && tokens[m.first - 1]?.lower === 'the' && lexicon.grammar.issue_nouns.includes(tokens[m.last + 1]?.lower ?? '');
    if (unnamedMember || people || issue) Object.assign(m, { actor: null, generic: true });
    // "North Korea's U.N. ambassador, Pak Gil Yon", "China's UN envoy": a state's envoy to an organisation serves the state.
    const owner = mentions.find((o) => o.possessive && o.actor?.country && !o.person && o.last === m.first - 2);
    const envoy = m.person && m.actor?.org && !m.actor.country && m.actor.role !== undefined && lexicon.grammar.envoy_roles.includes(m.actor.role);
    if (envoy && owner) m.actor = { ...m.actor!, code: `${owner.actor!.country}GOV`, country: owner.actor!.country, org: undefined, resolution: `${m.actor!.resolution}; ${owner.text}'s envoy to it` };
  }
  return appositives(mentions, tokens, memory, lexicon);
}

/**
 * The entry a form means: by kind (a person before an organisation before a state …), except that a capital shared
 * with an organisation ("Brussels": the EU), or a place's name shared with a place of a state the document does not
 * name ("Victoria": the Seychelles' capital and an Australian state), is the place of the state the document names.
 */
function preferred(entries: ActorEntry[], memory: NameMemory, date: string | null): ActorEntry {
  const named = entries.find((e) => e.kind === 'place' && memory.namedStates.has(e.place.country));
  const unnamedPlace = entries.some((e) => e.kind === 'place' && !memory.namedStates.has(e.place.country));
  if (named && (unnamedPlace || entries.some((e) => e.kind === 'org'))) return named;
  // "Bush" in 1990 is George H. W. Bush, in 2003 George W. Bush: of the people a name is given to, the one in office.
  const people = entries.flatMap((e) => (e.kind === 'person' ? [e.person] : []));
  const serving = people.length > 1 ? inOffice(people, date) : null;
  if (serving) return entries.find((e) => e.kind === 'person' && e.person === serving)!;
  return entries.reduce((a, b) => (PRIORITY[b.kind] < PRIORITY[a.kind] ? b : a));
}

/** "In Seoul, the presidential office said …": the state of a place a sentence opens with, whose bodies it speaks of. */
function sceneOf(raw: Raw[], tokens: Token[], lexicon: EnLexicon): Country | null {
  const first = raw[0];
  if (tokens[0]?.lower !== 'in' || first?.kind !== 'lex' || first.first !== 1 || tokens[first.last + 1]?.text !== ',') return null;
  const e = first.entry;
  if (e.kind === 'country') return e.country;
  return e.kind === 'place' ? lexicon.countriesByCode.get(e.place.country) ?? null : null;
}

/**
 * The state a body with no state named belongs to before the dateline's: the one English news means by its word
 * ("the administration"), else that of the person who reports on it ("Moualem told a news conference in Damascus
 * that the government had signed"): a person of the tables, with a reporting verb and no other state's party between.
 */
function preferredState(role: Role, mentions: readonly Mention[], tokens: readonly Token[], at: number, lexicon: EnLexicon): { country: Country; why: string } | null {
  const usual = role.usual_country ? lexicon.countriesByCode.get(role.usual_country) : undefined;
  if (usual) return { country: usual, why: `the state whose ${role.role.toLowerCase()} the word means when none is named` };
  if (role.kind !== 'body' || role.foreign) return null;
  const speaker = mentions.filter((m) => m.last < at && m.actor && m.person).pop();
  const country = speaker?.actor?.country;
  const state = country ? lexicon.countriesByCode.get(country) : undefined;
  const others = mentions.some((m) => speaker && m.first > speaker.last && m.last < at && m.actor && m.actor.country !== country);
  const reported = speaker !== undefined && tokens.slice(speaker.last + 1, at).some((t) => t.pos === 'VERB' && lexicon.grammar.reporting_verbs.includes(t.lemma));
  return state && reported && !others ? { country: state, why: `the state of ${speaker.text}, who reports on it` } : null;
}

/** "The Secretary-General met …": an office that, with nothing else named, is an organisation's. */
function organisationOffice(role: Role, name: string | null, text: string, lexicon: EnLexicon, date: string | null): ResolvedActor | null {
  const org = role.organisation ? lexicon.organisationsByCode.get(role.organisation) : undefined;
  if (!org) return null;
  const resolved = resolvePhrase([{ entry: { kind: 'org', org }, text }, { entry: { kind: 'role', role }, text }], name, text, lexicon, date);
  return resolved && 'actor' in resolved ? { ...resolved.actor, resolution: `${role.kind} ${role.role} with nothing named → ${org.en[0]}, whose office it most often is` } : null;
}

/** "Biden, Jr.": a name's suffix, with or without a comma before it, belongs to the name. */
function withSuffix(tokens: Token[], last: number, lexicon: EnLexicon): number {
  const suffixes = lexicon.grammar.name_suffixes;
  if (suffixes.includes(tokens[last + 1]?.lower ?? '')) return last + 1;
  if (tokens[last + 1]?.text === ',' && suffixes.includes(tokens[last + 2]?.lower ?? '')) return last + 2;
  return last;
}

function scan(tokens: Token[], text: string, lexicon: EnLexicon, date: string | null, memory: NameMemory, dateWords: ReadonlySet<string>): Raw[] {
  const g = lexicon.grammar;
  const out: Raw[] = [];
  // The longest phrase the tables, the document's names or the grammar know from token `i` on.
  const longestAt = (i: number): Raw | null => {
    let best: Raw | null = null;
    for (let j = i; j < Math.min(tokens.length, i + lexicon.maxPhraseTokens); j++) {
      // "Janet L. Yellen", "Joseph R. Biden": a middle initial is left out of the name.
      if (j > i && /^\p{Lu}\.$/u.test(tokens[j]!.text)) continue;
      const initial = tokens.findIndex((t, k) => k > i && k < j && /^\p{Lu}\.$/u.test(t.text));
      const surface = initial > 0 ? `${text.slice(tokens[i]!.start, tokens[initial - 1]!.end)} ${text.slice(tokens[initial + 1]!.start, tokens[j]!.end)}` : text.slice(tokens[i]!.start, tokens[j]!.end);
      const key = normalise(surface);
      const entries = lexicon.actors.get(key)?.filter((e) => caseFits(e.form, surface) && ofItsTime(e.entry, date));
      const known = memory.names.get(key);
      // "the Court" in a release that names the International Court of Justice: the short name the document gave an
      // organisation, before the office of that name any state has.
      const onlyOffices = entries?.every((e) => e.entry.kind === 'role');
      if (entries?.length && !(known && onlyOffices)) best = { kind: 'lex', entry: preferred(entries.map((e) => e.entry), memory, date), first: i, last: j };
      else if (known && /^\p{Lu}/u.test(surface)) best = { kind: 'known', ...known, first: i, last: j };
      // "the two", "the two armies" mean parties; "the two recognitions" counts acts, and "the two-day meeting" days.
      else if (g.plural_refs[key] !== undefined && !(g.group_numbers[tokens[j]!.lower] !== undefined && (countsActs(tokens[j + 1], g) || joinedByHyphen(tokens, j)))) best = { kind: 'plural', size: g.plural_refs[key]!, first: i, last: j };
      else if (g.generic_subjects.includes(key)) best = { kind: 'generic', first: i, last: j };
      if (!lexicon.prefixes.has(key) && !lexicon.phrasePrefixes.has(key) && !memory.prefixes.has(key)) break;
    }
    return best;
  };
  for (let i = 0; i < tokens.length; i++) {
    let best = longestAt(i);
    // "Sheikh Sabah al-Ahmad al-Sabah", "Prince Mohammed bin Salman": a longer name the tables know after an honorific,
    // or after a royal title that starts no name or office of its own ("Emir Sheikh Sabah …" is the emir), goes on
    // with it.
    if (g.honorifics.includes(tokens[i]!.lower) || (g.royal_titles.includes(tokens[i]!.lower) && !best)) {
      const bare = longestAt(i + 1);
      if (bare?.kind === 'lex' && bare.last > (best?.last ?? i)) best = { ...bare, first: i };
    }
    best ??= numberedGroup(tokens, i, g, (k) => (lexicon.actors.get(tokens[k]!.lower) ?? []).some((e) => e.entry.kind === 'country'));
    const t = tokens[i]!;
    // "the Union Election Commission" in a story that names the European Union: a one-word short name the document
    // gave an organisation, followed by a capitalised word that starts no name the tables know, starts another name;
    // so does a family name the document gave a person ("Kim Gye Gwan" after "Kim Dae-jung", not "Wen North Korea").
    const next = tokens[i + 1];
    const nextKey = next ? normalise(next.text) : '';
    if (best?.kind === 'known' && best.first === best.last && next && isNameWord(next, lexicon, dateWords) && !lexicon.actors.has(nextKey) && !lexicon.prefixes.has(`${nextKey} `)) best = null;
    if (best?.kind === 'lex' && isFirstName(best, tokens, lexicon, dateWords)) best = null;
    if (best?.kind === 'lex' && best.first === best.last && isAdjectivalBody(best, tokens, g)) best = null;
    // A family name alone names its known bearer, but not as the start of a longer name the tables lack ("Chen
    // Jining" is not Chen Chien-jen).
    // "Hussein al-Ezzi", "Hamad bin Jassim": a particle of a name goes on with it.
    const particle = g.name_particles.includes(tokens[i + 1]?.lower ?? '') && tokens[i + 1]!.start === tokens[i]!.end + 1;
    // The next word is a name of its own only when it names someone in office then ("Sheikh Ahmed Yassin" in 2004 is
    // no Ahmed of the tables, though a later Yassin is).
    const longerName = () => particle || (tokens[i + 1] !== undefined && isNameWord(tokens[i + 1]!, lexicon, dateWords) && !inOffice(lexicon.surnames.get(normalise(tokens[i + 1]!.text)), date));
    // "Le Drian", "Van Rompuy": a family name with its particle, written capitalised.
    const withParticle = !best && g.name_particles.includes(t.lower) && /^\p{Lu}/u.test(t.text) && next && isNameWord(next, lexicon, dateWords) ? inOffice(lexicon.surnames.get(normalise(`${t.text} ${next.text}`)), date) : null;
    if (withParticle) best = { kind: 'lex', entry: { kind: 'person', person: withParticle }, first: i, last: i + 1 };
    if (!best && isNameWord(t, lexicon, dateWords) && !longerName()) {
      const person = inOffice(lexicon.surnames.get(normalise(t.text)), date);
      if (person) best = { kind: 'lex', entry: { kind: 'person', person }, first: i, last: i };
    }
    if (!best && (t.pos === 'PRON' || t.pos === 'DET')) {
      if (g.pronouns[t.lower]) best = { kind: 'ref', ref: g.pronouns[t.lower]!, possessive: false, first: i, last: i };
      else if (g.possessive_pronouns[t.lower]) best = { kind: 'ref', ref: g.possessive_pronouns[t.lower]!, possessive: true, first: i, last: i };
      else if (g.relative_pronouns.includes(t.lower) && (t.pos === 'PRON' || t.lower === 'whose')) best = { kind: 'relative', first: i, last: i };
    }
    if (!best && t.pos === 'NOUN' && isDefinite(tokens, i, lexicon.grammar.known_determiners)) {
      if (g.document_nouns.includes(t.lower)) best = { kind: 'ref', ref: 'document', possessive: false, first: i, last: i };
      else if (g.definite_refs.includes(t.lower)) best = { kind: 'ref', ref: 'thing', possessive: false, first: i, last: i };
    }
    // The tagger may read a capitalised word of a name as a noun or an adjective ("President William Ruto", "Anwar
    // Ibrahim", "Gabriel Boric"); a demonym after a name ("Lula Brazilian …") is none.
    const misread = (k: number) => (tokens[k]!.pos === 'NOUN' || (tokens[k]!.pos === 'ADJ' && !lexicon.actors.has(tokens[k]!.lower))) && k > 0 && /^\p{Lu}/u.test(tokens[k - 1]!.text);
    const name = (k: number) => tokens[k] !== undefined && (isNameWord(tokens[k]!, lexicon, dateWords) || (misread(k) && isNameWord({ ...tokens[k]!, pos: 'PROPN' }, lexicon, dateWords)));
    if (!best && name(i)) {
      let j = i;
      for (;;) {
        if (name(j + 1)) j++;
        else if (g.name_particles.includes(tokens[j + 1]?.lower ?? '') && name(j + 2)) j += 2;
        else break;
      }
      best = { kind: 'name', first: i, last: j };
    }
    // "the two heads of state", "both foreign ministers": the plural takes the nouns after it.
    // "the two prime ministers": an adjective before an office too, not before other things ("the two largest cities").
    const office = (k: number) => k < tokens.length && isRoleWord(tokens, k, text, lexicon);
    if (best?.kind === 'plural') while (tokens[best.last + 1]?.pos === 'NOUN' || office(best.last + 1) || (tokens[best.last + 1]?.pos === 'ADJ' && office(best.last + 2))) best.last++;
    // "the leaders of Zambia and Tanzania": the "of" phrase names them, the context does not.
    // "the two heads of state", "both heads of government": the "of" phrase is part of the noun.
    if (best?.kind === 'plural' && tokens[best.last + 1]?.lower === 'of' && lexicon.grammar.office_of_nouns.includes(tokens[best.last + 2]?.lower ?? '')) best.last += 2;
    // "accused the three countries of seeking weapons", "accused both governments of crude meddling": an "of" phrase of
    // what they are charged with names no one.
    const charged = best?.kind === 'plural' && lexicon.grammar.alleging_verbs.includes(tokens[best.first - 1]?.lemma ?? '');
    if (best?.kind === 'plural' && tokens[best.last + 1]?.lower === 'of' && tokens[best.last + 2]?.pos !== 'VERB' && !charged) best = null;
    if (best?.kind === 'plural' && best.first === best.last && tokens[best.first]!.lower === 'both' && !bothAlone(tokens, best.first)) best = null;
    // "the two largest cities": a number before other things than parties refers to no one.
    if (best?.kind === 'plural' && countsThings(tokens, best.last + 1, text, lexicon)) best = null;
    if (best) {
      out.push(best);
      i = best.last;
    }
  }
  return out;
}

/**
 * "President Santiago Peña", "President Victoria Abril": a city's name between a title and a name word is the
 * person's first name, not the city.
 */
function isFirstName(found: Extract<Raw, { kind: 'lex' }>, tokens: Token[], lexicon: EnLexicon, dateWords: ReadonlySet<string>): boolean {
  const { entry } = found;
  const city = (entry.kind === 'country' && entry.via === 'capital') || entry.kind === 'place';
  const title = (lexicon.actors.get(tokens[found.first - 1]?.lower ?? '') ?? []).some((e) => e.entry.kind === 'role' && e.entry.role.kind === 'title');
  const next = tokens[found.last + 1];
  return city && title && next !== undefined && isNameWord(next, lexicon, dateWords) && !lexicon.actors.has(next.lower);
}

/** "the military escalation": a body's word before a noun of an act. */
function isAdjectivalBody(found: Extract<Raw, { kind: 'lex' }>, tokens: Token[], g: EnLexicon['grammar']): boolean {
  const next = tokens[found.last + 1];
  return found.entry.kind === 'role' && g.adjectival_bodies.includes(tokens[found.first]!.lower) && next?.pos === 'NOUN' && g.recent_acts.includes(next.lower);
}

/** Adjectives, then a noun that is neither a group of parties nor an office: "largest cities", "main points". */
function countsThings(tokens: Token[], at: number, text: string, lexicon: EnLexicon): boolean {
  let k = at;
  while (tokens[k]?.pos === 'ADJ') k++;
  const head = tokens[k];
  return k > at && head?.pos === 'NOUN' && !lexicon.grammar.group_nouns.includes(head.lower) && !isRoleWord(tokens, k, text, lexicon);
}

/** A noun of acts, words or documents, which a number before it counts: "the two recognitions", "the two statements". */
/**
 * "accusing both of corruption": "both" alone stands for two parties; before a name or a phrase ("both Russia and
 * Ukraine", "both the EU and China") it only opens their coordination, and after its own ("Sein and Suu Kyi both
 * visited", "who had both pressed him") it floats.
 */
function bothAlone(tokens: Token[], k: number): boolean {
  const opening = ['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON'].includes(tokens[k + 1]?.pos ?? '');
  const floating = ['PROPN', 'NOUN', 'PRON', 'AUX'].includes(tokens[k - 1]?.pos ?? '');
  return !opening && !floating;
}

/** Whether a hyphen joins token `j` to the next word: "two-day". */
function joinedByHyphen(tokens: Token[], j: number): boolean {
  const hyphen = tokens[j + 1];
  return hyphen !== undefined && /^[-–]$/.test(hyphen.text) && hyphen.start === tokens[j]!.end && tokens[j + 2]?.start === hyphen.end;
}

function countsActs(t: Token | undefined, g: EnLexicon['grammar']): boolean {
  return t !== undefined && [g.recent_acts, g.recent_claims, g.document_nouns].some((nouns) => nouns.includes(t.lower));
}

/**
 * "the three countries", "these four foreign ministers", "the three European nations": a determiner, a number,
 * adjectives (a demonym may be tagged a proper noun) and a group noun.
 */
function numberedGroup(tokens: Token[], i: number, g: EnLexicon['grammar'], isStateWord: (k: number) => boolean): Raw | null {
  // "both ministers", "both foreign ministers": two, with no number written.
  const both = tokens[i]!.lower === 'both';
  const size = both ? 2 : g.group_numbers[tokens[i + 1]?.lower ?? ''];
  if (!g.group_determiners.includes(tokens[i]!.lower) || size === undefined) return null;
  let k = both ? i + 1 : i + 2;
  while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'PROPN') {
    // "both Japanese ministers": a state's adjective names the group's state; the phrase is that state's.
    if (isStateWord(k)) return null;
    k++;
  }
  if (g.group_nouns.includes(tokens[k]?.lower ?? '')) return { kind: 'plural', size, first: i, last: k };
  // "and the six signed a joint declaration": a number standing alone before a verb counts the parties just named.
  const alone = !both && k === i + 2 && (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX');
  return alone ? { kind: 'plural', size, first: i, last: i + 1 } : null;
}

/** "the letter", "this joint statement": a noun after a definite determiner and adjectives only. */
function isDefinite(tokens: Token[], i: number, determiners: readonly string[]): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADJ') k--;
  return k >= 0 && determiners.includes(tokens[k]!.lower);
}

/** A word that is an office or body of the roles table ("ministers"). */
function isRoleWord(tokens: Token[], i: number, text: string, lexicon: EnLexicon): boolean {
  const key = normalise(text.slice(tokens[i]!.start, tokens[i]!.end));
  return (lexicon.actors.get(key) ?? []).some((e) => e.entry.kind === 'role');
}

/** Whether a possessive ("Israel's") stands before a phrase in its clause, back to a verb or a punctuation mark. */
function possessiveBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (/^['’]s?$/u.test(t.text)) return true;
    if (t.pos === 'VERB' || (t.pos === 'PUNCT' && t.text !== '-')) return false;
  }
  return false;
}

/**
 * A family name alone ("Xi", "Erdogan") is a person of the tables when exactly one of its bearers holds an office on
 * the date (with no date: holds one still), so that a surname shared with someone the tables lack is less likely to
 * be taken for an office holder long gone.
 */
function inOffice(people: Person[] | undefined, date: string | null): Person | null {
  // "Sullivan" in 2024 is Jake Sullivan: of the bearers of a family name, the one in office on the day, if only one is.
  const serving = (people ?? []).filter((person) => (date ? officeOn(person, date) : person.offices.some((o) => !o.to)));
  return serving.length === 1 ? serving[0]! : null;
}

/** "the Soviet Union" names a party in news of its time only, up to the day it ended. */
function ofItsTime(entry: ActorEntry, date: string | null): boolean {
  return !(entry.kind === 'country' && entry.until && date && date.slice(0, entry.until.length) > entry.until);
}

/** Acronyms (US, UN, WHO) match only as written; names need a capital; roles (foreign minister) match in any case. */
function caseFits(form: string, surface: string): boolean {
  if (/^[\p{Lu}\d.&+-]+$/u.test(form) && /\p{Lu}/u.test(form)) return surface === form;
  return !/^\p{Lu}/u.test(form) || /^\p{Lu}/u.test(surface);
}

function isNameWord(t: Token, lexicon: EnLexicon, dateWords: ReadonlySet<string>): boolean {
  return (t.pos === 'PROPN' || t.pos === 'X') && /^\p{Lu}[\p{L}'’-]+$/u.test(t.text) && !lexicon.notNames.has(t.lower) && !dateWords.has(t.lower);
}

const isPersonal = (kind: string) => kind === 'person' || kind === 'known' || kind === 'name';

function kindOf(r: Raw): string {
  return r.kind === 'lex' ? r.entry.kind : r.kind;
}

/** Whether `next` continues the phrase: directly, after 's ("China's foreign ministry") or after "of" ("minister of Brazil"). */
function joins(parts: Raw[], next: Raw, tokens: Token[], lexicon: EnLexicon): boolean {
  const prev = parts[parts.length - 1]!;
  // "minister of the Republic of India", "an aide to the president": an article after "of" or an owner preposition
  // is no gap; nor are honorifics before a name ("Prime Minister Shri Narendra Modi", "the President of Sri Lanka, H.E.
  // Mr. Anura Kumara Dissanayake").
  const before = tokens[next.first - 2]?.lower ?? '';
  const article = tokens[next.first - 1]?.lower === 'the' && (before === 'of' || Object.hasOwn(lexicon.grammar.owner_prepositions, before)) ? 1 : 0;
  let honorifics = 0;
  while (next.first - 1 - honorifics > prev.last && lexicon.grammar.honorifics.includes(tokens[next.first - 1 - honorifics]!.lower)) honorifics++;
  const gap = next.first - prev.last - 1 - (honorifics && isPersonal(kindOf(next)) && next.first - honorifics === prev.last + 1 ? honorifics : article);
  const between = gap === 1 ? tokens[prev.last + 1]!.lower : null;
  const kinds = parts.map(kindOf);
  const n = kindOf(next);
  const heads = ['country', 'place', 'org'];
  // "President Sadyr Japarov of the Kyrgyz Republic": a named person takes only the state they serve after "of"; not a
  // state that owns what follows ("assured Zelenskiy of Germany's support").
  const owning = ["'s", "'"].includes(tokens[next.last + 1]?.lower ?? '');
  if (kinds.some(isPersonal)) return between === 'of' && n === 'country' && !owning && isPersonal(kinds[kinds.length - 1]!) && kinds.slice(0, -1).every((k) => k === 'role');
  if (gap === 0) {
    if (n === 'role' || n === 'person' || n === 'known') return kinds.every((k) => heads.includes(k) || k === 'role');
    if (n === 'name') return kinds[kinds.length - 1] === 'role' && prev.kind === 'lex' && prev.entry.kind === 'role' && prev.entry.role.kind === 'title';
    return n === 'org' && kinds.every((k) => k === 'country' || k === 'place');
  }
  if (between === "'s" || between === "'") return heads.includes(kinds[kinds.length - 1]!) && ['role', 'person', 'known', 'name', 'place'].includes(n);
  // "the Deputy Chief of Mission of the Embassy of China": an office of a body, whose state comes after it.
  const officeOfBody = prev.kind === 'lex' && prev.entry.kind === 'role' && prev.entry.role.kind === 'title' && next.kind === 'lex' && next.entry.kind === 'role' && next.entry.role.kind === 'body';
  if (between === 'of') return kinds.every((k) => k === 'role') && (heads.includes(n) || officeOfBody);
  // "Prime Minister and Minister of Foreign Affairs Sheikh Mohammed …": two offices one named person holds.
  const isTitle = (r: Raw) => r.kind === 'lex' && r.entry.kind === 'role' && r.entry.role.kind === 'title';
  if (between === 'and') return kinds.every((k) => k === 'role') && isTitle(prev) && isTitle(next) && tokens[next.last + 1]?.pos === 'PROPN';
  // "a spokesperson for U.N. Secretary-General Antonio Guterres", "senior advisers to Donald Trump", "a delegation from
  // the OAS": whom an office or body speaks for, serves or was sent by.
  const owners = between !== null && Object.hasOwn(lexicon.grammar.owner_prepositions, between) ? lexicon.grammar.owner_prepositions[between]! : null;
  // "Officials from the two countries met": a group keeps its parties.
  if (owners) return parts.length === 1 && prev.kind === 'lex' && prev.entry.kind === 'role' && owners.includes(prev.entry.role.role) && n !== 'name' && n !== 'plural';
  // "the foreign ministry in Beijing", "the government in Skopje": a body placed in a state's capital is that state's
  // (whether or not news uses the capital for the government); an embassy there is not.
  const capital = next.kind === 'lex' && ((next.entry.kind === 'country' && next.entry.via === 'capital') || (next.entry.kind === 'place' && next.entry.place.kind === 'capital'));
  if (between === 'in') return kinds.length === 1 && prev.kind === 'lex' && prev.entry.kind === 'role' && prev.entry.role.kind === 'body' && prev.entry.role.role !== 'Embassy or Consulate' && capital;
  // "U.S. defence companies", "Chinese state-owned firms": a body after a state and the common words that qualify it;
  // not a headline's verb ("Israel strikes military targets").
  const qualifiers = tokens.slice(prev.last + 1, next.first);
  const common = qualifiers.length <= 4 && qualifiers.every((t) => t.text === '-' || ((t.pos === 'NOUN' || t.pos === 'ADJ') && t.text === t.lower && !lexicon.verbs.has(t.lemma)));
  const body = next.kind === 'lex' && next.entry.kind === 'role' && next.entry.role.kind === 'body';
  // "Georgian billionaire Bidzina Ivanishvili", "Russian oligarch Roman Abramovich": a name after a demonym and the
  // common words that say who the person is.
  const described = next.kind === 'name' && prev.kind === 'lex' && prev.entry.kind === 'country' && prev.entry.via === 'demonym' && qualifiers.length > 0;
  return common && kinds.length === 1 && (kinds[0] === 'country' || kinds[0] === 'place') && (body || described);
}


/** "Gaza-bound", "Iran-backed": a hyphen at `i`, touching the name before it, then a word of `suffixes`. */
function hyphenSuffixed(tokens: Token[], i: number, suffixes: readonly string[]): boolean {
  const [dash, word] = [tokens[i], tokens[i + 1]];
  return dash?.text === '-' && dash.start === tokens[i - 1]!.end && word !== undefined && word.start === dash.end && suffixes.includes(word.lower);
}

/** Whether the phrase going on at token i ("bombardment of Aleppo", "air strikes") is headed by a noun of `acts`. */
function beforeAct(tokens: Token[], i: number, acts: readonly string[]): boolean {
  let k = i;
  while (tokens[k + 1] && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[k + 1]!.pos)) k++;
  return tokens[k] !== undefined && (acts.includes(tokens[k]!.lower) || acts.includes(tokens[k]!.lemma));
}

/** "-to-" joined without spaces, starting at token i: the link between the two ends of a route. */
function hyphenedTo(tokens: Token[], i: number): boolean {
  const [dash, to, dash2] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return dash?.text === '-' && to?.lower === 'to' && dash2?.text === '-' && dash.end === to.start && to.end === dash2.start;
}
