import type { ActorTables, Company, Country, Organisation, Person, Place, Role } from '../../lexicon/actor-tables.js';
import type { ResolvedActor } from '../../coder/actor.js';
import type { GrammarData, PatternFile, ZhData } from './data.js';

/** What a word or phrase of Chinese text is, as far as the lexicon knows. */
export type ActorEntry =
  | { kind: 'country'; country: Country; via: 'name' | 'capital' | 'demonym' | 'abbreviation' | 'side' | 'army' }
  | { kind: 'person'; person: Person }
  | { kind: 'org'; org: Organisation }
  | { kind: 'company'; company: Company }
  | { kind: 'role'; role: Role }
  | { kind: 'place'; place: Place }
  | { kind: 'region'; name: string }
  | { kind: 'posted'; country: Country }
  | { kind: 'alias'; actor: ResolvedActor; name: string }
  | { kind: 'generic' }
  | { kind: 'plural'; size: number };

export interface Family {
  name: string;
  frame: PatternFile['frame'];
  object: PatternFile['object'];
  fallback: PatternFile['fallback'];
  intentCode: string | undefined;
  /** Modality of the verbs this family's verbs govern: what is demanded (呼吁…批准) has not happened. */
  complementModality: 'hypothetical' | 'negated' | undefined;
  /** The object may be the subject of a clause (谴责美方袭击伊朗, 邀请王毅访韩, 敦促美方停止…). */
  clausalObject: boolean;
}

export interface TriggerPattern {
  /** Rule name shown with every event: zh/<family>/<verb>[+<object>]. */
  id: string;
  family: Family;
  verb: string;
  objects: string[] | null;
  code: string;
  requires: 'target' | 'adjacent_object' | 'partner' | undefined;
  standalone: boolean;
  refine: { when: string[]; code: string }[];
}

export interface ZhLexicon {
  actors: Map<string, ActorEntry[]>;
  triggers: Map<string, TriggerPattern[]>;
  /** One-character abbreviation → country (俄 → Russia). */
  abbreviations: Map<string, Country>;
  countriesByCode: Map<string, Country>;
  organisationsByCode: Map<string, Organisation>;
  grammar: GrammarSets;
  /** The longest phrase, in tokens, worth trying when matching. */
  maxPhraseTokens: number;
  /** Every proper prefix of every actor and trigger form: lets matching stop as soon as no form can follow. */
  prefixes: Set<string>;
  /** jieba user dictionary: every lexicon word, so segmentation keeps them whole. */
  userDictionary: string;
}

export interface GrammarSets {
  data: GrammarData;
  partner: Set<string>;
  targetPrep: Set<string>;
  agentPrep: Set<string>;
  personalPronouns: Set<string>;
  expressionVerbs: Set<string>;
  speechVerbs: Set<string>;
  obligationOpeners: Set<string>;
  wrongdoingVerbs: Set<string>;
  wrongdoingCode: string;
  /** Modal word → the code of what a speaker says another party should (020) or must (100) do. */
  obligations: Map<string, string>;
  locationPrep: Set<string>;
  topicPrep: Set<string>;
  attribution: Set<string>;
  compoundAbbreviations: Set<string>;
  baPrep: Set<string>;
  causative: Set<string>;
  coordinators: Set<string>;
  lightVerbs: Set<string>;
  pluralRefs: Map<string, number>;
  genericSubjects: Set<string>;
  negation: Set<string>;
  rumour: Set<string>;
  hypothetical: Set<string>;
  future: Set<string>;
  futureBeforeVerb: Set<string>;
  intent: Set<string>;
  nominalBefore: Set<string>;
  nominalAfter: Set<string>;
  objectGap: Set<string>;
  objectBarriers: Set<string>;
  verbModifiers: string[];
  verbModifierSet: Set<string>;
  backgroundOpen: Set<string>;
  backgroundClose: Set<string>;
  backgroundFinal: Set<string>;
  possessiveAfter: Set<string>;
  modifierAfter: Set<string>;
  eventNames: Set<string>;
  titleJoiners: Set<string>;
  /** First characters of verb modifiers and abbreviations: cheap tests before the costlier lookups. */
  modifierStarts: Set<string>;
  actorSuffixes: Set<string>;
  abbreviationPrefixes: Set<string>;
  modifierBefore: Set<string>;
  positionWords: Set<string>;
  universalQuantifiers: Set<string>;
  functionWordSurnames: Set<string>;
  standaloneAbbreviations: Set<string>;
  transliteration: Set<string>;
  nameJoiners: Set<string>;
  clauseBreak: Set<string>;
}

export function buildZhLexicon(tables: ActorTables, data: ZhData): ZhLexicon {
  const actors = new Map<string, ActorEntry[]>();
  const add = (form: string, entry: ActorEntry) => {
    const list = actors.get(form);
    if (list) list.push(entry);
    else actors.set(form, [entry]);
  };
  const abbreviations = new Map<string, Country>();
  const countriesByCode = new Map<string, Country>();

  for (const country of tables.countries) {
    countriesByCode.set(country.code, country);
    for (const name of country.zh) add(name, { kind: 'country', country, via: 'name' });
    if (country.capital_metonym) add(country.capital.zh, { kind: 'country', country, via: 'capital' });
    else add(country.capital.zh, { kind: 'place', place: { kind: 'capital', country: country.code, en: [country.capital.en], zh: [country.capital.zh] } });
    for (const name of country.demonym?.zh ?? []) add(name, { kind: 'country', country, via: 'demonym' });
    for (const name of [...country.zh, country.zh_abbr, ...(country.zh_abbr_extra ?? [])]) {
      if (name) add(data.grammar.posting + name, { kind: 'posted', country });
    }
    for (const abbr of [country.zh_abbr, ...(country.zh_abbr_extra ?? [])]) {
      if (!abbr) continue;
      abbreviations.set(abbr, country);
      add(abbr, { kind: 'country', country, via: 'abbreviation' });
      add(`${abbr}方`, { kind: 'country', country, via: 'side' });
      add(`${abbr}军`, { kind: 'country', country, via: 'army' });
    }
  }
  for (const person of tables.people) for (const name of person.zh) add(name, { kind: 'person', person });
  for (const org of tables.organisations) for (const name of org.zh) add(name, { kind: 'org', org });
  for (const company of tables.companies) for (const name of company.zh) add(name, { kind: 'company', company });
  for (const role of tables.roles) for (const name of role.zh) add(name, { kind: 'role', role });
  for (const place of tables.places) for (const name of place.zh) add(name, { kind: 'place', place });
  for (const region of tables.regions) for (const name of region.zh) add(name, { kind: 'region', name: region.en[0]! });

  const grammar = grammarSets(data.grammar);
  for (const word of grammar.genericSubjects) add(word, { kind: 'generic' });
  for (const [word, size] of grammar.pluralRefs) add(word, { kind: 'plural', size });

  const triggers = new Map<string, TriggerPattern[]>();
  for (const file of data.patterns) {
    const family: Family = {
      name: file.family,
      frame: file.frame,
      object: file.object,
      fallback: file.fallback,
      intentCode: file.intent_code,
      complementModality: file.complement_modality,
      clausalObject: file.clausal_object ?? false,
    };
    for (const p of file.patterns) {
      for (const verb of p.verbs) {
        const pattern: TriggerPattern = {
          id: `zh/${file.family}/${verb}${p.objects ? `+${p.objects[0]}` : ''}`,
          family,
          verb,
          objects: p.objects ?? null,
          code: p.code,
          requires: p.requires,
          standalone: p.standalone ?? false,
          refine: p.refine ?? [],
        };
        // jieba often keeps a light verb and its noun as one word (举行会谈, 签署协议): register the pair too.
        const forms = [verb, ...(p.objects ?? []).map((o) => verb + o)];
        for (const form of forms) {
          const list = triggers.get(form);
          if (list) list.push(pattern);
          else triggers.set(form, [pattern]);
        }
      }
    }
  }
  // Patterns that need an event noun are tried before the bare verb: 进行+会谈 before 进行 alone.
  for (const list of triggers.values()) list.sort((a, b) => Number(b.objects !== null) - Number(a.objects !== null));

  return {
    actors,
    triggers,
    abbreviations,
    countriesByCode,
    organisationsByCode: new Map(tables.organisations.map((o) => [o.code, o])),
    grammar,
    maxPhraseTokens: 5,
    prefixes: prefixesOf([...actors.keys(), ...triggers.keys()]),
    userDictionary: userDictionary(actors, triggers, abbreviations, grammar, data.patterns),
  };
}

function prefixesOf(forms: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of forms) for (let i = 1; i < f.length; i++) out.add(f.slice(0, i));
  return out;
}

function grammarSets(g: GrammarData): GrammarSets {
  const set = (xs: readonly string[]) => new Set(xs);
  return {
    data: g,
    partner: set(g.prepositions.partner),
    targetPrep: set(g.prepositions.target),
    agentPrep: set(g.prepositions.agent),
    locationPrep: set(g.prepositions.location),
    topicPrep: set(g.prepositions.topic),
    attribution: set(g.prepositions.attribution),
    compoundAbbreviations: set([...g.compound_abbreviations]),
    baPrep: set(g.prepositions.ba),
    causative: set(g.prepositions.causative),
    coordinators: set(g.coordinators),
    lightVerbs: set(g.light_verbs),
    pluralRefs: new Map(Object.entries(g.plural_refs)),
    genericSubjects: set(g.generic_subjects),
    personalPronouns: set(g.personal_pronouns),
    expressionVerbs: set(g.expression_verbs),
    speechVerbs: set(g.speech_verbs),
    obligationOpeners: set(g.obligation_openers),
    wrongdoingVerbs: set(g.wrongdoing.verbs),
    wrongdoingCode: g.wrongdoing.code,
    obligations: new Map(g.obligations.flatMap((o) => o.words.map((w) => [w, o.code] as const))),
    negation: set(g.negation),
    rumour: set(g.rumour),
    hypothetical: set(g.hypothetical),
    future: set(g.future),
    futureBeforeVerb: set(g.future_before_verb),
    intent: set(g.intent),
    nominalBefore: set(g.nominal_before),
    nominalAfter: set(g.nominal_after),
    objectGap: set(g.object_gap),
    objectBarriers: set(g.object_barriers),
    verbModifiers: [...g.verb_modifiers].sort((a, b) => b.length - a.length),
    verbModifierSet: set(g.verb_modifiers),
    backgroundOpen: set(g.background_frames.open),
    backgroundClose: set(g.background_frames.close),
    backgroundFinal: set(g.background_frames.clause_final),
    possessiveAfter: set(g.possessive_after),
    modifierAfter: set(g.modifier_after),
    eventNames: set(g.event_names),
    titleJoiners: set(g.title_joiners),
    modifierStarts: set(g.verb_modifiers.map((m) => m[0]!)),
    actorSuffixes: set(g.actor_suffixes),
    abbreviationPrefixes: set(g.abbreviation_prefixes),
    modifierBefore: set(g.modifier_before),
    positionWords: set(g.position_words),
    universalQuantifiers: set(g.universal_quantifiers),
    functionWordSurnames: set(g.function_word_surnames),
    standaloneAbbreviations: set(g.standalone_abbreviations),
    transliteration: set([...g.transliteration_chars]),
    nameJoiners: set(g.name_joiners),
    clauseBreak: set(g.clause_break),
  };
}

/**
 * Every multi-character lexicon word goes into jieba's user dictionary so that names and triggers come out as
 * single tokens (菲利莫诺夫, 交底, 打开局面). Verb+abbreviation forms (访俄, 对华) are added too, so that jieba does
 * not glue the abbreviation to the next character (访俄时); the segmenter splits them again afterwards.
 */
function userDictionary(
  actors: Map<string, ActorEntry[]>,
  triggers: Map<string, TriggerPattern[]>,
  abbreviations: Map<string, Country>,
  grammar: GrammarSets,
  patterns: PatternFile[],
): string {
  const words = new Set<string>();
  const plain = (w: string) => w.length > 1 && !/[\s·•・‧]/.test(w);
  for (const form of actors.keys()) if (plain(form)) words.add(form);
  for (const form of triggers.keys()) if (plain(form)) words.add(form);
  for (const file of patterns) for (const p of file.patterns) for (const o of p.objects ?? []) if (plain(o)) words.add(o);
  for (const prefix of grammar.abbreviationPrefixes) for (const abbr of abbreviations.keys()) words.add(prefix + abbr);
  // Two-state compounds (中美, 俄乌) so that jieba does not read 中美元首 as 中/美元/首.
  const major = [...grammar.data.compound_abbreviations].filter((c) => abbreviations.has(c));
  for (const a of major) for (const b of major) if (a !== b) words.add(a + b);
  const lines: string[] = [];
  for (const w of words) lines.push(`${w} ${w.length >= 4 ? 3000 : 2000}`);
  return lines.join('\n');
}
