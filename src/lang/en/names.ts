import type { ResolvedActor } from '../../coder/actor.js';
import { type Country, type EnLexicon, normalise, type Role } from './lexicon.js';
import type { Mention } from './mentions.js';
import { qualify, resolvePhrase, type PhrasePart } from './resolve.js';
import type { Token } from './tokens.js';

/** Names and offices a document has made known: "Vieira" after "Foreign Minister Mauro Vieira", "the president". */
export interface NameMemory {
  names: Map<string, { actor: ResolvedActor; person: boolean }>;
  /** Every proper prefix of the names learnt, so that matching stops early. */
  prefixes: Set<string>;
  roles: Map<string, ResolvedActor>;
  /**
   * The holder each office was last named with, by the words used: "the Foreign Secretary" is the one named
   * "Foreign Secretary", not a foreign minister named since.
   */
  roleWords: Map<string, ResolvedActor>;
  /** The holder each office was last named with among the dateline state's own: whom a bare "the president" means. */
  homeRoles: Map<string, ResolvedActor>;
  /** The state of the dateline (BEIJING → China): whose bodies "the foreign ministry" means when none is named. */
  home: Country | null;
  /** The state whose government issued the document (an Élysée or Downing Street release): whom "the President" means. */
  issuer: Country | null;
  /** The states the document names by name or demonym: "Brussels" is Belgium's capital in a story about Belgium. */
  namedStates: Map<string, Country>;
}

export function newNameMemory(home: Country | null = null, issuer: Country | null = null, namedStates = new Map<string, Country>()): NameMemory {
  return { names: new Map(), prefixes: new Set(), roles: new Map(), roleWords: new Map(), homeRoles: new Map(), home: home ?? issuer, issuer, namedStates };
}

function learnName(memory: NameMemory, name: string, value: { actor: ResolvedActor; person: boolean }): void {
  const key = normalise(name);
  memory.names.set(key, value);
  for (let i = 1; i < key.length; i++) memory.prefixes.add(key.slice(0, i));
}

/** Whether a name is (part of) how an earlier holder was named: "Lula" for Luiz Inácio Lula da Silva. */
function namesSame(earlier: ResolvedActor, name: string): boolean {
  const key = normalise(name);
  return normalise(earlier.name).includes(key) || normalise(earlier.text).includes(key);
}

/**
 * An office or body with no state named: in a government's own release, "the President" or "the Prime Minister" is
 * its head, whoever else the release names with that title; otherwise its holder named earlier ("the foreign
 * minister"), or the dateline's state.
 */
export function unqualified(role: Role, name: string | null, text: string, memory: NameMemory, afterThe: boolean, heads: readonly string[], homeOffice = false, preferred: { country: Country; why: string } | null = null): ResolvedActor | null {
  if (memory.issuer && afterThe && !name && role.kind === 'title' && role.en.some((form) => heads.includes(form))) return qualify(role, name, memory.issuer, text, 'the government that issued the release');
  // "The Secretary" after "Secretary of State Antony Blinken": the office named with those words first.
  const words = normalise(text).replace(/^the /, '');
  const shortened = [...memory.roleWords].filter(([key]) => key.startsWith(`${words} `)).pop()?.[1];
  // "West African leaders": a plural title means the holders named with those words, never one holder of the office.
  const plural = isPluralForm(words.split(' ').pop() ?? '', role.en);
  // "WASHINGTON — … Obama called President Yudhoyono … The president had been due to leave": the bare title in a
  // report from a state's capital is that state's holder once named, before a foreign holder named since.
  const bare = afterThe && !name && !plural && role.kind === 'title' && role.en.includes(words) ? memory.homeRoles.get(role.role) : undefined;
  // "the ministry" after "North Korea's foreign ministry": the office last named with words that end in these, looked
  // up only when nothing else is known.
  const headed = () => (plural ? undefined : [...memory.roleWords].filter(([key]) => key.endsWith(` ${words}`)).pop()?.[1]);
  const earlier = bare ?? memory.roleWords.get(words) ?? (plural ? undefined : memory.roles.get(role.role)) ?? shortened ?? headed();
  // "President Lula … President Gabriel Boric": a title with another name than its named holder's is another
  // holder, maybe of another state ("France's ambassador … ambassador Sylvain Itte" is the same one).
  if (earlier && (!name || !earlier.person || namesSame(earlier, name))) return { ...earlier, text, resolution: `${role.kind} ${role.role} → ${earlier.name}, named earlier as ${earlier.text}` };
  // A body several states name alike is the one the document names; an office only so in a release's headline (see
  // issuingState): "The President of the Republic, Emmanuel Macron, travelled to Berlin … Poland" is not Poland's.
  const named = role.kind === 'body' ? namedOwner(role, memory.namedStates) : null;
  if (named) return qualify(role, name, named, text, `the one of the states with a body of this name the document names`);
  if (preferred && afterThe && !name) return qualify(role, name, preferred.country, text, preferred.why);
  // Only a body the article's own state has ("the foreign ministry", "the government") falls back to the dateline;
  // and a minister the tables do not know, when the caller says so (`homeOffice`): a foreign one is named with the
  // state's adjective.
  if (memory.home && ((role.kind === 'body' && afterThe && !role.foreign) || homeOffice)) return qualify(role, name, memory.home, text, 'the state of the dateline');
  return null;
}

/** The state of a body whose name several states use, when the document names exactly one of them. */
function namedOwner(role: Role, namedStates: ReadonlyMap<string, Country>): Country | null {
  const owners = role.countries?.filter((code) => namedStates.has(code)) ?? [];
  return owners.length === 1 ? namedStates.get(owners[0]!)! : null;
}

/**
 * The state whose government issued a document: one of its own bodies (Élysée, Downing Street, Kremlin) stands as a
 * line of its own, or is said to have said something ("…, Downing Street said").
 */
export function issuingState(text: string, lexicon: EnLexicon, namedStates: ReadonlyMap<string, Country>, home: Country | null = null): Country | null {
  // A header line of its own names the issuer with its article or without ("THE WHITE HOUSE").
  const lines = new Set(text.split('\n').map((line) => normalise(line.trim()).replace(/^the /, '')));
  const said = new Set<string>();
  // The words right before each "said", back to the last mark that is not a letter or the last "said".
  const lower = normalise(text);
  let floor = 0;
  for (let at = lower.indexOf(' said'); at >= 0; at = lower.indexOf(' said', at + 5)) {
    if (/[\p{L}\p{N}_]/u.test(lower[at + 5] ?? '')) continue;
    let start = at;
    while (start > floor && /[\p{L}' ]/u.test(lower[start - 1]!)) start--;
    // "the Kremlin said" in wire copy quotes a government; a release's own "Downing Street said" has no article.
    said.add(lower.slice(start, at).trim());
    floor = at + 5;
  }
  for (const key of [...lines, ...said]) {
    for (const e of lexicon.actors.get(key) ?? []) {
      if (e.entry.kind !== 'role' || e.entry.role.kind !== 'body') continue;
      const owner = e.entry.role.country ? lexicon.countriesByCode.get(e.entry.role.country) : namedOwner(e.entry.role, namedStates);
      if (owner) return owner;
    }
  }
  // "MINISTRY OF FOREIGN AFFAIRS / Co-operative Republic of Guyana": a letterhead of a body's line and a line naming
  // one state alone.
  const head = text.split('\n').slice(0, 3).map((line) => normalise(line.trim()).replace(/^the /, ''));
  const entries = (line: string) => lexicon.actors.get(line) ?? [];
  if (head.some((line) => entries(line).some((e) => e.entry.kind === 'role' && e.entry.role.kind === 'body'))) {
    const state = head.flatMap((line) => entries(line)).find((e) => e.entry.kind === 'country');
    if (state?.entry.kind === 'country') return state.entry.country;
  }
  // "The President of the Republic's visit to Israel", "Telephone conversation between the President of the Republic
  // and President Putin": a headline naming a title several states use, with no state after it, in a document that
  // names one of them.
  for (const line of text.split('\n').slice(0, 2).map((l) => ` ${normalise(l.trim())} `)) {
    const role = sharedRoles(lexicon).find((r) => r.en.some((form) => (line.includes(` ${form} `) && !line.includes(` ${form} of `)) || line.includes(` ${form}'`)));
    // "Trip by the President of the Republic to Angola" under a Paris dateline: the dateline's state when it has the
    // title, before a state the headline names as a destination.
    const owner = role ? (home && role.countries?.includes(home.code) ? home : namedOwner(role, namedStates)) : null;
    if (owner) return owner;
  }
  return headlineHead(text, lexicon, home);
}

/**
 * "PM meeting with President Zelenskyy: 12 January 2024": a release whose headline opens with its own head's title
 * is by the dateline's state, else by the state the document names most, leaving out those of the people and states
 * the headline names.
 */
function headlineHead(text: string, lexicon: EnLexicon, home: Country | null): Country | null {
  const headline = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length).trim();
  const title = lexicon.grammar.headline_head_titles.find((t) => normalise(headline).startsWith(`${t} `));
  // The title alone, not one a name follows ("PM Modi to visit …" names its head).
  const next = title ? headline.slice(title.length).trim() : '';
  if (!title || !/^\p{Ll}/u.test(next)) return null;
  const others = new Set(namedStatesOf(headline, lexicon).keys());
  for (const word of headline.split(/[^\p{L}'-]+/u)) for (const person of lexicon.surnames.get(normalise(word)) ?? []) others.add(person.country);
  if (home) return others.has(home.code) ? null : home;
  const { pattern, codes } = stateNameIndex(lexicon);
  const counts = new Map<string, number>();
  for (const m of text.matchAll(pattern)) {
    const code = codes.get(m[0])!;
    if (!others.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? lexicon.countriesByCode.get(first[0]) ?? null : null;
}

/** The roles of the tables that several states share a name for ("President of the Republic"), found once per lexicon. */
const sharedRoleLists = new WeakMap<EnLexicon, Role[]>();

function sharedRoles(lexicon: EnLexicon): Role[] {
  let roles = sharedRoleLists.get(lexicon);
  if (!roles) {
    roles = [...new Set([...lexicon.actors.values()].flat().flatMap((e) => (e.entry.kind === 'role' && e.entry.role.countries ? [e.entry.role] : [])))];
    sharedRoleLists.set(lexicon, roles);
  }
  return roles;
}

/** The states a document names ("Belgium", "Belgian"), found before coding: a place name shared with an organisation is theirs. */
export function namedStatesOf(text: string, lexicon: EnLexicon): Map<string, Country> {
  const { pattern, codes } = stateNameIndex(lexicon);
  const named = new Map<string, Country>();
  for (const m of text.matchAll(pattern)) {
    const code = codes.get(m[0])!;
    named.set(code, lexicon.countriesByCode.get(code)!);
  }
  return named;
}

/** One expression for every state name and demonym of the tables, built once per lexicon. */
const stateNameIndexes = new WeakMap<EnLexicon, { pattern: RegExp; codes: Map<string, string> }>();

function stateNameIndex(lexicon: EnLexicon): { pattern: RegExp; codes: Map<string, string> } {
  let index = stateNameIndexes.get(lexicon);
  if (!index) {
    const codes = new Map<string, string>();
    for (const country of lexicon.countriesByCode.values()) for (const n of [...country.en, ...(country.demonym?.en ?? [])]) if (!codes.has(n)) codes.set(n, country.code);
    const alternatives = [...codes.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    index = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), codes };
    stateNameIndexes.set(lexicon, index);
  }
  return index;
}

/**
 * Learns, before coding, the short names of the tables' people that a document names in full anywhere, so that a
 * headline's "Xi to visit France" or an early "Lula" is known when "Xi Jinping" only comes later.
 */
export function learnDocumentNames(text: string, lexicon: EnLexicon, date: string | null, memory: NameMemory): void {
  const words = new Set(text.match(/\p{Lu}[\p{L}.'’-]*/gu) ?? []);
  for (const { form, first, entry } of lexicon.fullNames) {
    if (!words.has(first) || !text.includes(form)) continue;
    const resolved = resolvePhrase([{ entry, text: form }], null, form, lexicon, date);
    if (resolved && 'actor' in resolved) remember(memory, [{ entry, text: form }], null, resolved.actor, true, lexicon);
  }
}

/**
 * "The Council today imposed …" in a release that names the Council of the European Union: an organisation's short
 * form names it in a document that names it in full, unless another organisation named as fully there has the same
 * short form.
 */
export function learnShortNames(text: string, lexicon: EnLexicon, memory: NameMemory): void {
  for (const [short, org] of shortNameOwners(text, lexicon.organisationsByCode.values())) {
    const code = org.parent ?? org.code;
    learnName(memory, short, { actor: { code, country: org.country ?? null, org: code, name: org.en[0]!, text: short, resolution: `${short} → ${org.en[0]}, named in full in the document (${org.kind} ${org.code})` }, person: false });
  }
}

/**
 * "The North said …" in a story that names North Korea: a state's short name names it in a document that names it in
 * full, unless another state named as fully there has the same short name.
 */
export function learnStateShortNames(text: string, lexicon: EnLexicon, memory: NameMemory): void {
  for (const [short, country] of shortNameOwners(text, lexicon.countriesByCode.values())) {
    learnName(memory, short, { actor: { code: country.code, country: country.code, name: country.en[0]!, text: short, resolution: `${short} → ${country.en[0]}, named in full in the document` }, person: false });
  }
}

/**
 * Of the entries a text names in full and by a short name of theirs, the one each short name stands for: the one named
 * by the longest full form ("Peace and Security Council", the AU's, over the "Security Council" inside it); none when
 * two are named as fully.
 */
function shortNameOwners<T extends { en: readonly string[]; en_short?: readonly string[] }>(text: string, entries: Iterable<T>): Map<string, T> {
  const claims = new Map<string, { entry: T; weight: number }[]>();
  for (const entry of entries) {
    if (!entry.en_short?.length) continue;
    const weight = Math.max(0, ...entry.en.filter((form) => hasWord(text, form)).map((form) => form.length));
    if (!weight) continue;
    for (const short of entry.en_short) if (hasWord(text, short)) claims.set(short, [...(claims.get(short) ?? []), { entry, weight }]);
  }
  const owners = new Map<string, T>();
  for (const [short, all] of claims) {
    const best = Math.max(...all.map((c) => c.weight));
    const top = all.filter((c) => c.weight === best);
    if (top.length === 1) owners.set(short, top[0]!.entry);
  }
  return owners;
}

/** Whether the text has the words as words of their own: "AU" in "the AU said", not in "AUKUS". */
function hasWord(text: string, words: string): boolean {
  const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) if (edge(text[at - 1]) && edge(text[at + words.length])) return true;
  return false;
}

/**
 * "West African leaders suspended Ivory Coast from ECOWAS": in a document that names a region's organisation, the
 * region's adjective with a noun of its member states or their leaders names that organisation.
 */
export function learnRegionalBodies(text: string, lexicon: EnLexicon, memory: NameMemory): void {
  for (const region of lexicon.regions) {
    const org = region.organisation ? lexicon.organisationsByCode.get(region.organisation) : undefined;
    if (!org || !org.en.some((form) => hasWord(text, form))) continue;
    const actor = { code: org.code, country: org.country ?? null, org: org.code, name: org.en[0]! };
    for (const adjective of region.adjectives ?? [])
      for (const noun of region.member_nouns ?? lexicon.grammar.region_member_nouns) {
        const phrase = `${adjective} ${noun}`;
        if (hasWord(text, phrase)) learnName(memory, phrase, { actor: { ...actor, text: phrase, resolution: `${phrase} → ${org.en[0]}, the region's organisation the document names (${org.kind} ${org.code})` }, person: false });
      }
  }
}

/**
 * "the Rapid Support Forces … the RSF": an organisation the document names in full makes its initials (of its
 * capitalised words) known too, when the text uses them and the tables give them no other meaning.
 */
export function learnDocumentAcronyms(text: string, lexicon: EnLexicon, date: string | null, memory: NameMemory): void {
  const acronyms = new Set(text.match(/\b\p{Lu}{2,6}\b/gu) ?? []);
  if (!acronyms.size) return;
  for (const entries of lexicon.actors.values()) {
    for (const { form, entry } of entries) {
      if (entry.kind !== 'org' || !form.includes(' ')) continue;
      const initials = form.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (initials.length < 2 || !acronyms.has(initials) || lexicon.actors.has(normalise(initials)) || !text.includes(form)) continue;
      const resolved = resolvePhrase([{ entry, text: form }], null, form, lexicon, date);
      if (resolved && 'actor' in resolved) learnName(memory, initials, { actor: { ...resolved.actor, resolution: `${initials} → ${form}, named in full earlier; ${resolved.actor.resolution}` }, person: false });
    }
  }
}

/** Remembers the offices of a resolved phrase, its full name and its family name, for the rest of the document. */
export function remember(memory: NameMemory, parts: PhrasePart[], name: string | null, actor: ResolvedActor, person: boolean, lexicon: EnLexicon): void {
  for (const p of parts) {
    if (p.entry.kind !== 'role') continue;
    memory.roleWords.set(normalise(p.text), actor);
    if (!isPluralForm(normalise(p.text), p.entry.role.en)) rememberHolder(memory, p.entry.role.role, actor);
  }
  const personEntry = parts.find((p) => p.entry.kind === 'person');
  // "Crown Prince Mohammed bin Salman", "King Charles III": a name the tables give with its title makes "the crown
  // prince" and "the king" known too.
  const words = personEntry ? personEntry.text.split(/\s+/) : [];
  for (let k = 1; k < Math.min(words.length, 4); k++) {
    const title = normalise(words.slice(0, k).join(' '));
    const role = lexicon.actors.get(title)?.find((e) => e.entry.kind === 'role' && e.entry.role.kind === 'title')?.entry;
    if (role?.kind !== 'role') continue;
    rememberHolder(memory, role.role.role, actor);
    memory.roleWords.set(title, actor);
  }
  for (const title of person && actor.role ? lexicon.holderTitles.get(actor.role) ?? [] : []) rememberHolder(memory, title.role, actor);
  const full = name ?? (personEntry?.entry.kind === 'person' ? personEntry.entry.person.en : null);
  if (!full || !actor.country && !actor.org) return;
  learnName(memory, full, { actor, person });
  const names = full.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const surname = actor.country && lexicon.grammar.family_name_first.includes(actor.country) ? names[0] : names[names.length - 1];
  if (surname && surname.length > 1 && !lexicon.actors.has(normalise(surname))) learnName(memory, surname, { actor, person });
  // "Sheikh Mohammed bin Abdulrahman Al Thani" is "Sheikh Mohammed" after the first mention, and "Crown Prince Mohammed
  // bin Salman" is "Prince Mohammed": the given name before "bin", as the tables and as the document spell it.
  for (const spelled of person ? new Set([full, personEntry?.text ?? '']) : []) {
    const words = spelled.split(/\s+/);
    const bin = words.findIndex((w) => w === 'bin' || w === 'ibn');
    const given = bin > 0 ? words[bin - 1]! : '';
    if (!/^\p{Lu}/u.test(given)) continue;
    learnName(memory, `Sheikh ${given}`, { actor, person });
    if (words.includes('Prince')) learnName(memory, `Prince ${given}`, { actor, person });
  }
  // "Hassan Sheikh Mohamud" is "Hassan Sheikh" after the first mention: the given names of a name of three words or more.
  if (person && names.length >= 3) learnName(memory, names.slice(0, 2).join(' '), { actor, person });
}

/** The holder an office was last named with, and among the dateline state's own holders too. */
function rememberHolder(memory: NameMemory, role: string, actor: ResolvedActor): void {
  memory.roles.set(role, actor);
  if (memory.home && actor.country === memory.home.code) memory.homeRoles.set(role, actor);
}

/**
 * "the leaders of Cuba, Venezuela and Nicaragua": a title in the plural, one of its forms with "s" or "es" or "men"
 * for "man", names several holders. A later "the leaders" means them again, but a later "the leader" none of them.
 */
function isPluralForm(form: string, forms: readonly string[]): boolean {
  return forms.some((f) => form === `${f}s` || form === `${f}es` || (f.endsWith('man') && form === `${f.slice(0, -3)}men`));
}

/**
 * The mention after a name that may be its office. "Khaled Meshaal, the Damascus-based leader of Hamas": a place
 * a phrase is based in is where it sits, not whom it serves; the office is the mention after it in the phrase.
 */
function officeAfter(mentions: Mention[], k: number, tokens: Token[]): Mention | undefined {
  const next = mentions[k + 1];
  const based = next && tokens[next.last + 1]?.text === '-' && tokens[next.last + 2]?.lower === 'based';
  if (!next || !based) return next;
  const later = mentions[k + 2];
  return later && !tokens.slice(next.last + 1, later.first).some((t) => t.pos === 'PUNCT' && t.text !== '-') ? later : next;
}

/**
 * "Mykhailo Podolyak, an adviser to President Volodymyr Zelenskiy,": the words between the comma and a person that
 * make the name one of that person's staff (a determiner, adjectives, a staff noun, "to" or "for").
 */
function staffOf(words: readonly Token[], lexicon: EnLexicon): boolean {
  const [preposition, noun] = [words[words.length - 1], words[words.length - 2]];
  if (!preposition || !noun || !lexicon.grammar.staff_prepositions.includes(preposition.lower) || !lexicon.grammar.staff_nouns.includes(noun.lower)) return false;
  return words.slice(0, -2).every((t) => t.pos === 'DET' || t.pos === 'ADJ');
}

/** "Mauro Vieira, Brazil's foreign minister," and "Brazil's foreign minister, Mauro Vieira": the name takes the office. */
export function appositives(mentions: Mention[], tokens: Token[], memory: NameMemory, lexicon: EnLexicon): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.actor || !m.person || m.ref) {
      out.push(m);
      continue;
    }
    const isComma = (i: number) => tokens[i]?.text === ',';
    const after = officeAfter(mentions, k, tokens);
    const before = out[out.length - 1];
    // Only an office or a person lends the name its state: not "the Ambassador of Estonia in Moscow, Margus Laidre".
    // "the new Security Strategy, and President Marcos welcomed …": a coordinator starts another phrase.
    const coordinated = after && tokens.slice(m.last + 1, after.first).some((t) => t.pos === 'CCONJ');
    const near = mentions[k + 1];
    const staff = near && isComma(m.last + 1) && staffOf(tokens.slice(m.last + 2, near.first), lexicon) && near.person && near.actor ? near : null;
    // "Commodore Frank Bainimarama, gave Australian High Commissioner …": a verb after the comma ends the apposition.
    const verbBetween = near !== undefined && tokens.slice(m.last + 1, near.first).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const office = staff ?? (after && near && isComma(m.last + 1) && near.first <= m.last + 3 && !coordinated && !verbBetween && after.actor && !after.ref ? after : before && isComma(m.first - 1) && before.last === m.first - 2 && before.actor && !before.ref && before.person ? before : null);
    if (!office?.actor) continue;
    const actor = { ...office.actor, name: m.text, text: m.text, resolution: `${office.actor.resolution}; name ${m.text} in apposition` };
    out.push({ ...m, actor });
    remember(memory, [], m.text, actor, true, lexicon);
  }
  return out;
}
