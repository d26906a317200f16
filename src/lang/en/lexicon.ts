import type { ActorTables, Company, Country, Organisation, Person, Place, Region, Role } from '../../lexicon/actor-tables.js';
import { DataFileError } from '../../errors.js';
import type { EnData, GrammarData, PatternEntry, PatternFile } from './data.js';
import { phraseWords } from './tokens.js';

/** What a phrase of English text names, as far as the actor tables know. */
export type ActorEntry =
  | { kind: 'country'; country: Country; via: 'name' | 'capital' | 'demonym'; until?: string }
  | { kind: 'person'; person: Person }
  | { kind: 'org'; org: Organisation }
  | { kind: 'company'; company: Company }
  | { kind: 'role'; role: Role }
  | { kind: 'place'; place: Place }
  | { kind: 'region'; name: string };

export interface Family {
  name: string;
  frame: PatternFile['frame'];
  fallback: PatternFile['fallback'];
  /** The most members of a group subject its symmetric events pair; a larger group acts jointly. */
  largestPairedGroup: number;
  /** The most parties an event of the family still to come may have to be coded. */
  largestPlannedGroup: number;
  /** An act of the family told in a relative clause set off by a comma is background. */
  asidesAreBackground: boolean;
}

export interface EnPattern {
  family: Family;
  /** The family's frame, unless the pattern says otherwise ("exchanged congratulatory messages" is mutual praise). */
  frame: PatternFile['frame'];
  /** Event nouns, each as its words; null for a plain verb. */
  nouns: string[][] | null;
  nominal: boolean;
  /** Prepositions whose phrase may hold the event noun ("added X to the Entity List"): the object is then the target. */
  nounPrepositions: ReadonlySet<string>;
  code: string;
  targets: string[];
  targetRequired: boolean;
  withPreposition: ReadonlySet<string> | null;
  /** Words that must follow the verb in its clause, each written with a space either side. */
  withWords: string[] | null;
  withoutPreposition: ReadonlySet<string> | null;
  passiveAgent: readonly string[];
  destination: boolean;
  /** Parties count only as the head of their phrase ("met the Chinese delegation"), not as a modifier ("hosted the G20 summit"). */
  headTargets: boolean;
  /** The target must be a person: welcoming a guest is hosting, welcoming a decision is praise. */
  personTarget: boolean;
  /** The object must name a person: sending an envoy somewhere is a visit, sending aid is not. */
  personObject: boolean;
  /** The object must name an organisation: quitting the Commonwealth leaves it, leaving Moscow does not. */
  organisationObject: boolean;
  /** Nouns the object, or a passive's subject, may not head ("signed an open letter"). */
  exceptNouns: ReadonlySet<string>;
  reverse: boolean;
  /** A noun with no target of its own is aimed at the subject of the verb that answers it. */
  answered: boolean;
  /** Where a missing target comes from: the pattern's own choice, else its family's. */
  fallback: PatternFile['fallback'];
  /** Each refinement's words padded with spaces, as they are looked for in a clause's words (" halt attacks "). */
  refine: { when: string[]; code: string }[];
  /** The code of the event when an intent verb governs it ("agreed to meet": 036): the pattern's, else its family's. */
  intentCode: string | undefined;
  /** What the verb, read as this pattern, makes of the verb it governs ("urged X to meet": hypothetical). */
  complementModality: 'hypothetical' | 'negated' | undefined;
  /** Matches only a negated verb, and codes the negation as what happened ("would not renew the pact": 160). */
  negated: boolean;
  /** Coded only when it has not happened ("vowed to retaliate" threatens; "retaliated" is coded by what was done). */
  unrealised: boolean;
  /** Holds only when the verb governs an infinitive or a clause ("called on Israel to halt"), or only an infinitive. */
  requiresComplement: boolean | 'infinitive' | 'clause' | 'mandate';
  objectless: boolean;
  /** The code of what the target did to the subject by the same words ("welcomed Ruto to the White House": Ruto visited, 042). */
  reverseImplies: string | undefined;
  /** The code when every source is a named person: a leader's attack is in words ("Milei attacked Sanchez"). */
  byPerson: string | undefined;
}

export interface EnLexicon {
  /** Normalised surface form → entries, each with the form as the table writes it (for its case). */
  actors: Map<string, { form: string; entry: ActorEntry }[]>;
  /** Every proper prefix of every form: lets matching stop as soon as no form can follow. */
  prefixes: Set<string>;
  /** The same for the grammar's phrases ("the two leaders", "the public"). */
  phrasePrefixes: Set<string>;
  notNames: Set<string>;
  maxPhraseTokens: number;
  countriesByCode: Map<string, Country>;
  organisationsByCode: Map<string, Organisation>;
  /** Verb lemma → patterns, those that need an event noun or a preposition first. */
  verbs: Map<string, EnPattern[]>;
  /** Last word of an event noun (lemma or form) → nominal patterns. */
  nominals: Map<string, EnPattern[]>;
  /** Family name (lower case) → the people of the tables who bear it: "Xi" alone names one office holder. */
  surnames: Map<string, Person[]>;
  /** The full names (two words or more) of the tables' people, as written, with their first word. */
  fullNames: { form: string; first: string; entry: Extract<ActorEntry, { kind: 'person' }> }[];
  /** Lower-case words of proper names in the tables: kept capitalised when a title-case headline is tagged. */
  nameWords: Set<string>;
  /** The last words of the states' singular adjectives, lower case ("iranian", "korean" of "North Korean"). */
  stateAdjectives: Set<string>;
  /** Regions, for the organisations of their states ("West African leaders" in a story that names ECOWAS). */
  regions: Region[];
  /** Office of people.yaml → the titles a later bare mention of which means its holder named before ("the leader"). */
  holderTitles: Map<string, Role[]>;
  grammar: GrammarData;
}

/** The form tokens are matched by: lower case, no accents, one kind of apostrophe, single spaces. */
export function normalise(s: string): string {
  let key = s.toLowerCase();
  // English news often drops accents: "Orban" for Orbán, "Sejourne" for Séjourné.
  if (/[^\x00-\x7f`]/.test(key)) key = key.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’`]/g, "'");
  return /\s\s|[\t\n]/.test(key) ? key.replace(/\s+/g, ' ') : key;
}

export function buildEnLexicon(tables: ActorTables, data: EnData): EnLexicon {
  const actors = new Map<string, { form: string; entry: ActorEntry }[]>();
  const nameWords = new Set<string>();
  const add = (form: string, entry: ActorEntry) => {
    const key = normalise(form);
    const list = actors.get(key) ?? [];
    if (!list.length) actors.set(key, list);
    list.push({ form, entry });
    if (/^\p{Lu}/u.test(form)) for (const w of key.split(/[\s-]+/)) nameWords.add(w);
  };
  const countriesByCode = new Map<string, Country>();
  const stateAdjectives = new Set<string>();
  for (const country of tables.countries) {
    countriesByCode.set(country.code, country);
    const adjective = country.demonym?.en?.[0];
    if (adjective) stateAdjectives.add(normalise(adjective).split(' ').pop()!);
    for (const name of country.en) add(name, { kind: 'country', country, via: 'name' });
    for (const name of country.demonym?.en ?? []) add(name, { kind: 'country', country, via: 'demonym' });
    for (const former of country.former ?? []) {
      for (const name of former.en) add(name, { kind: 'country', country, via: 'name', until: former.until });
      for (const name of former.demonym ?? []) add(name, { kind: 'country', country, via: 'demonym', until: former.until });
    }
    for (const capital of [country.capital.en, ...(country.capital.en_aliases ?? [])]) {
      if (country.capital_metonym) add(capital, { kind: 'country', country, via: 'capital' });
      else add(capital, { kind: 'place', place: { kind: 'capital', country: country.code, en: [country.capital.en], zh: [] } });
    }
  }
  const fullNames: EnLexicon['fullNames'] = [];
  const surnames = new Map<string, Person[]>();
  const familyFirst = new Set(data.grammar.family_name_first);
  for (const person of tables.people) {
    const names = [person.en, ...(person.en_aliases ?? [])];
    // Each full spelling gives its family name: "Volodymyr Zelenskiy" makes "Zelenskiy" alone name him too.
    for (const name of names.filter((n) => n === person.en || n.includes(' '))) {
      for (const surname of familyNames(name, familyFirst.has(person.country), data.grammar)) {
        const bearers = surnames.get(surname) ?? [];
        if (!bearers.includes(person)) surnames.set(surname, [...bearers, person]);
      }
    }
    // Japan's government writes its people family name first ("KISHIDA Fumio"); news writes them given name first.
    const reversed = data.grammar.family_first_in_releases.includes(person.country) ? names.filter((n) => n.split(' ').length === 2).map((n) => n.split(' ').reverse().join(' ')) : [];
    // Arabic family names are written "Al Thani" and "Al-Thani" alike.
    const hyphenated = names.flatMap((n) => (/ Al /.test(n) ? [n.replace(/ Al /g, ' Al-')] : / Al-/.test(n) ? [n.replace(/ Al-/g, ' Al ')] : []));
    for (const name of [...names, ...reversed, ...hyphenated]) {
      const entry = { kind: 'person' as const, person };
      add(name, entry);
      if (name.includes(' ')) fullNames.push({ form: name, first: name.slice(0, name.indexOf(' ')), entry });
    }
  }
  for (const [short, people] of royalShortNames(tables.people, data.grammar.royal_titles)) if (people.length === 1 && !actors.has(normalise(short))) add(short, { kind: 'person', person: people[0]! });
  for (const org of tables.organisations) for (const name of org.en) add(name, { kind: 'org', org });
  for (const company of tables.companies) for (const name of company.en) add(name, { kind: 'company', company });
  const organisationsByCode = new Map(tables.organisations.map((o) => [o.code, o]));
  const holderTitles = new Map<string, Role[]>();
  for (const role of tables.roles) {
    if (role.organisation && !organisationsByCode.has(role.organisation)) throw new DataFileError('data/actors/roles.yaml', 0, `role ${role.role} names organisation ${role.organisation}, which organisations.yaml does not list`);
    if (role.usual_country && !countriesByCode.has(role.usual_country)) throw new DataFileError('data/actors/roles.yaml', 0, `role ${role.role} names usual_country ${role.usual_country}, which countries.yaml does not list`);
    for (const name of role.en) add(name, { kind: 'role', role });
    for (const office of role.holders_of ?? []) holderTitles.set(office, [...(holderTitles.get(office) ?? []), role]);
  }
  for (const office of [...data.grammar.dateline_offices, ...data.grammar.envoy_roles]) if (!tables.roles.some((r) => r.role === office)) throw new DataFileError('data/lang/en/grammar.yaml', 0, `dateline_offices or envoy_roles names ${office}, which roles.yaml does not list`);
  for (const office of Object.values(data.grammar.owner_prepositions).flat()) if (!tables.roles.some((r) => r.role === office)) throw new DataFileError('data/lang/en/grammar.yaml', 0, `owner_prepositions names ${office}, which roles.yaml does not list`);
  for (const place of tables.places) for (const name of place.en) add(name, { kind: 'place', place });
  for (const region of tables.regions) {
    if (region.organisation && !organisationsByCode.has(region.organisation)) throw new DataFileError('data/actors/regions.yaml', 0, `region ${region.en[0]} names organisation ${region.organisation}, which organisations.yaml does not list`);
    for (const name of region.en) add(name, { kind: 'region', name: region.en[0]! });
  }

  const prefixes = new Set<string>();
  let maxPhraseTokens = 1;
  for (const key of actors.keys()) {
    for (let i = 1; i < key.length; i++) prefixes.add(key.slice(0, i));
    maxPhraseTokens = Math.max(maxPhraseTokens, key.split(/[\s'-]+/).length * 2);
  }
  const phrasePrefixes = new Set<string>();
  for (const phrase of [...Object.keys(data.grammar.plural_refs), ...data.grammar.generic_subjects]) for (let i = 1; i < phrase.length; i++) phrasePrefixes.add(phrase.slice(0, i));
  for (const code of data.grammar.summit_groupings) if (!organisationsByCode.has(code)) throw new DataFileError('data/lang/en/grammar.yaml', 0, `summit_groupings names ${code}, which organisations.yaml does not list`);
  const families = new Set(data.patterns.map((file) => file.family));
  for (const [list, names] of Object.entries({ announced_families: data.grammar.announced_families, occasion_families: data.grammar.occasion_families, measure_families: data.grammar.measure_families }))
    for (const name of names) if (!families.has(name)) throw new DataFileError('data/lang/en/grammar.yaml', 0, `${list} names ${name}, which no pattern file is the family of`);
  const { verbs, nominals } = indexPatterns(data.patterns);
  checkSpeechActVerbs(data.grammar, verbs);
  return { actors, prefixes, phrasePrefixes, notNames: new Set(data.grammar.not_names), maxPhraseTokens, countriesByCode, organisationsByCode, verbs, nominals, surnames, fullNames, nameWords, stateAdjectives, holderTitles, regions: tables.regions, grammar: data.grammar };
}

/**
 * "Prince Saud met Clinton": a royal title with the given name of an alias it opens ("Prince Saud al-Faisal") names
 * that person too; the caller keeps only the short names one person has ("King Abdullah" was two kings at once).
 */
function royalShortNames(people: readonly Person[], titles: readonly string[]): Map<string, Person[]> {
  const shorts = new Map<string, Person[]>();
  for (const person of people) {
    for (const alias of [person.en, ...(person.en_aliases ?? [])]) {
      const [title, given, ...rest] = alias.split(' ');
      if (!title || !given || !rest.length || !titles.includes(title.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(given)) continue;
      const short = `${title} ${given}`;
      const bearers = shorts.get(short) ?? [];
      if (!bearers.includes(person)) shorts.set(short, [...bearers, person]);
    }
  }
  return shorts;
}

/**
 * The family name of a written name, normalised; roman numerals and suffixes (Charles III, Austin III) are none.
 * "Jean-Yves Le Drian", "Herman Van Rompuy": a capitalised particle before it makes a second form with it.
 */
function familyNames(name: string, familyFirst: boolean, g: Pick<EnData['grammar'], 'name_suffixes' | 'name_particles'>): string[] {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^[IVX]+$/.test(w) && !g.name_suffixes.includes(w.toLowerCase()));
  const word = familyFirst ? words[0] : words[words.length - 1];
  if (!word) return [];
  const before = familyFirst || words.length < 3 ? undefined : words[words.length - 2]!;
  return before && g.name_particles.includes(before.toLowerCase()) ? [normalise(word), normalise(`${before} ${word}`)] : [normalise(word)];
}

/** A pattern of the verb alone: no event noun, preposition, required words, person target or bare use. */
export function isPlain(p: EnPattern): boolean {
  return !p.nouns && !p.withPreposition && !p.withWords && !p.personTarget && !p.personObject && !p.organisationObject && !p.objectless;
}

/** The verbs grammar.yaml codes reported speech as must each have a plain pattern (no event noun or preposition). */
function checkSpeechActVerbs(g: GrammarData, verbs: Map<string, EnPattern[]>): void {
  for (const verb of [g.evaluation_verb, g.threat_verb, g.wrongdoing_verb, g.gratitude_verb, g.refusal_verb, g.expulsion_verb, g.measure_verb, g.hope_verb, ...Object.values(g.reported_demands)]) {
    const plain = verbs.get(verb)?.some(isPlain);
    if (!plain) throw new DataFileError('data/lang/en/grammar.yaml', 1, `"${verb}" codes reported speech but no pattern file has it as a plain verb`);
  }
}

function indexPatterns(files: PatternFile[]): Pick<EnLexicon, 'verbs' | 'nominals'> {
  const verbs = new Map<string, EnPattern[]>();
  const nominals = new Map<string, EnPattern[]>();
  const push = (map: Map<string, EnPattern[]>, key: string, p: EnPattern) => {
    const list = map.get(key) ?? [];
    if (!list.length) map.set(key, list);
    if (!list.includes(p)) list.push(p);
  };
  for (const file of files) {
    const family: Family = {
      name: file.family,
      frame: file.frame,
      fallback: file.fallback,
      largestPairedGroup: file.largest_paired_group ?? Infinity,
      largestPlannedGroup: file.largest_planned_group ?? Infinity,
      asidesAreBackground: file.asides_are_background ?? false,
    };
    for (const entry of file.patterns) {
      const p = compile(entry, file, family);
      for (const verb of entry.verbs ?? []) push(verbs, verb, p);
      if (p.nominal) for (const noun of p.nouns ?? []) push(nominals, noun[noun.length - 1]!, p);
    }
  }
  // A verb with its event noun (impose + sanctions), its preposition (call + on) or the infinitive it needs ("told
  // Israel to stop …") is tried before the bare verb, and one with both ("held drills around Taiwan") before one with
  // the noun only ("held drills").
  const specificity = (p: EnPattern) => (p.nouns ? 2 : 0) + (p.withPreposition || p.personTarget || p.personObject || p.organisationObject || p.withWords || p.objectless || p.requiresComplement === 'infinitive' ? 1 : 0);
  for (const list of verbs.values()) list.sort((a, b) => specificity(b) - specificity(a));
  return { verbs, nominals };
}

/** A word or phrase as it is looked for in a clause's words: padded with spaces, cut as the tagger cuts ("cease - fire"). */
function clauseWord(phrase: string): string {
  return ` ${phraseWords(phrase).join(' ')} `;
}

function compile(entry: PatternEntry, file: PatternFile, family: Family): EnPattern {
  return {
    family,
    frame: entry.frame ?? file.frame,
    nouns: entry.nouns ? entry.nouns.map(phraseWords) : null,
    nominal: entry.nominal ?? false,
    nounPrepositions: new Set(entry.noun_prepositions ?? []),
    code: entry.code,
    targets: entry.targets ?? file.targets,
    targetRequired: entry.target_required ?? file.target_required,
    withPreposition: entry.with_preposition ? new Set(entry.with_preposition) : null,
    withWords: entry.with_words ? entry.with_words.map(clauseWord) : null,
    withoutPreposition: entry.without_preposition ? new Set(entry.without_preposition) : null,
    passiveAgent: entry.passive_agent ?? [],
    destination: entry.destination ?? file.destination ?? false,
    headTargets: entry.head_targets ?? file.head_targets ?? false,
    personTarget: entry.person_target ?? false,
    personObject: entry.person_object ?? false,
    organisationObject: entry.organisation_object ?? false,
    exceptNouns: new Set(entry.except_nouns ?? []),
    reverse: entry.reverse ?? false,
    answered: entry.answered ?? false,
    fallback: entry.fallback ?? file.fallback,
    refine: (entry.refine ?? []).map((r) => ({ when: r.when.map(clauseWord), code: r.code })),
    intentCode: entry.intent_code ?? file.intent_code,
    complementModality: entry.complement_modality === 'none' ? undefined : entry.complement_modality ?? file.complement_modality,
    negated: entry.negated ?? false,
    unrealised: entry.unrealised ?? false,
    requiresComplement: entry.requires_complement ?? false,
    objectless: entry.objectless ?? false,
    reverseImplies: entry.reverse_implies,
    byPerson: entry.by_person,
  };
}

export type { Country, Organisation, Person, Place, Role };
