import type { GrammarData } from './data.js';
import { phraseWords, type Token } from './tokens.js';

/** The names of grammar.yaml's plain word lists. */
export type WordList = { [K in keyof GrammarData]: GrammarData[K] extends readonly string[] ? K : never }[keyof GrammarData];

/** The grammar word lists of data/lang/en/grammar.yaml as sets, and multi-word phrases matched token by token. */
export interface GrammarSets {
  data: GrammarData;
  /** Whether a word is in one of grammar.yaml's word lists, looked up as a set. */
  inList(list: WordList, word: string): boolean;
  reporting: Set<string>;
  negation: Set<string>;
  negatingVerbs: Set<string>;
  addressingVerbs: Set<string>;
  imitationPhrases: Set<string>;
  hypotheticalModals: Set<string>;
  conditionals: Set<string>;
  futureModals: Set<string>;
  futureVerbs: Set<string>;
  intentVerbs: Set<string>;
  hypotheticalVerbs: Set<string>;
  allegingVerbs: Set<string>;
  rumourWords: Set<string>;
  rumourPhrases: string[][];
  anticipatingPhrases: string[][];
  objectControl: Set<string>;
  locationPrepositions: Set<string>;
  coordinators: Set<string>;
  subordinators: Set<string>;
  recentActs: Set<string>;
  internalActs: Set<string>;
  actNounRoots: Map<string, number[]>;
  recentClaims: Set<string>;
  partyNouns: Set<string>;
  reciprocals: Set<string>;
  /** "together with", "along with": a phrase after a subject, between commas, that adds parties to it. */
  accompanying: Set<string>;
  /** "near the border with X": the nouns of a state's edge and the prepositions placing something on it. */
  borderNouns: Set<string>;
  borderPrepositions: Set<string>;
  /** "for what happened": words that are the subject of a clause of their own. */
  freeRelatives: Set<string>;
  gerundTakers: Set<string>;
  fixedNounPhrases: string[][];
  /** Every modal: hypothetical, future and conditional. */
  modals: Set<string>;
  negationPhrases: string[][];
  possessives: Set<string>;
  prepositionalIdioms: string[][];
  gerundNouns: Set<string>;
  irregularParticiples: Set<string>;
  topicPrepositions: Set<string>;
  negatingNouns: Set<string>;
  participleAdjectives: Set<string>;
  personGroupNouns: Set<string>;
  /** "pressed on with", "pushed ahead with": a particle that makes any verb mean going on with something. */
  continuingParticles: Set<string>;
  culpableActs: Set<string>;
  guestParticiples: Set<string>;
  /** Word form → the lemma wink-nlp should have given it. */
  lemmaCorrections: Map<string, string>;
  namingVerbs: Set<string>;
  evaluatingVerbs: Set<string>;
  /** Words and phrases that evaluate a party's act as wrong ("illegal", "an act of war", "behind the attack"). */
  negativeEvaluations: string[][];
  positiveNamings: string[][];
  /** Words and phrases that praise a party's act ("courageous", "a step in the right direction"). */
  positiveEvaluations: string[][];
  threatPhrases: string[][];
  frequencyPhrases: string[][];
  /** Modal or governing verb of a reported clause → the verb whose pattern codes the demand ("must" → demand). */
  reportedDemands: Map<string, string>;
  /** The verbs whose patterns code the demands `reportedDemands` leads to. */
  demandVerbs: Set<string>;
  /** The multi-word preposition starting at token i ("according to", "on the sidelines of"), if any. */
  compoundPreposition(tokens: Token[], i: number): { words: string; last: number } | null;
  /** The last token of a phrase of manner starting at token i ("in the strongest terms"), else -1. */
  mannerPhraseEnd(tokens: Token[], i: number): number;
}

export function grammarSets(g: GrammarData): GrammarSets {
  const set = (xs: readonly string[]) => new Set(xs);
  const compounds = g.compound_prepositions.map(phraseWords).sort((a, b) => b.length - a.length);
  const manners = g.manner_phrases.map(phraseWords).sort((a, b) => b.length - a.length);
  const lists = new Map<string, Set<string>>();
  for (const [name, value] of Object.entries(g)) if (Array.isArray(value) && value.every((v) => typeof v === 'string')) lists.set(name, new Set(value));
  return {
    data: g,
    inList: (list, word) => lists.get(list)!.has(word),
    reporting: set(g.reporting_verbs),
    negation: set(g.negation),
    negatingVerbs: set(g.negating_verbs),
    addressingVerbs: set(g.addressing_verbs),
    imitationPhrases: set(g.imitation_phrases),
    hypotheticalModals: set(g.hypothetical_modals),
    conditionals: set(g.conditionals),
    futureModals: set(g.future_modals),
    futureVerbs: set(g.future_verbs),
    intentVerbs: set(g.intent_verbs),
    hypotheticalVerbs: set(g.hypothetical_verbs),
    allegingVerbs: set(g.alleging_verbs),
    rumourWords: set(g.rumour_words),
    rumourPhrases: g.rumour_phrases.map(phraseWords),
    anticipatingPhrases: g.anticipating_phrases.map(phraseWords),
    objectControl: set(g.object_control_verbs),
    locationPrepositions: set(g.location_prepositions),
    coordinators: set(g.coordinators),
    subordinators: set(g.subordinators),
    recentActs: set(g.recent_acts),
    internalActs: set(g.internal_acts),
    actNounRoots: new Map(Object.entries(g.act_noun_roots)),
    recentClaims: set(g.recent_claims),
    partyNouns: set(g.party_nouns),
    reciprocals: set(g.reciprocals),
    accompanying: set(g.accompanying_prepositions),
    borderNouns: set(g.border_nouns),
    borderPrepositions: set(g.border_prepositions),
    freeRelatives: set(g.free_relatives),
    gerundTakers: set(g.gerund_takers),
    fixedNounPhrases: g.fixed_noun_phrases.map(phraseWords),
    modals: set([...g.hypothetical_modals, ...g.future_modals, g.conditional_modal]),
    negationPhrases: g.negation_phrases.map(phraseWords),
    possessives: set(Object.keys(g.possessive_pronouns)),
    prepositionalIdioms: g.prepositional_idioms.map(phraseWords),
    gerundNouns: set(g.gerund_nouns),
    irregularParticiples: set(g.irregular_participles),
    topicPrepositions: set(g.topic_prepositions),
    negatingNouns: set(g.negating_nouns),
    participleAdjectives: set(g.participle_adjectives),
    personGroupNouns: set(g.person_group_nouns),
    continuingParticles: set(g.continuing_particles),
    culpableActs: set(g.culpable_acts),
    guestParticiples: set(g.guest_participles),
    lemmaCorrections: new Map(Object.entries(g.lemma_corrections)),
    namingVerbs: set(g.naming_verbs),
    evaluatingVerbs: set(g.evaluating_verbs),
    negativeEvaluations: g.negative_evaluations.map(phraseWords),
    positiveNamings: g.positive_namings.map(phraseWords),
    positiveEvaluations: g.positive_evaluations.map(phraseWords),
    reportedDemands: new Map(Object.entries(g.reported_demands)),
    demandVerbs: set(Object.values(g.reported_demands)),
    threatPhrases: g.threat_phrases.map(phraseWords),
    frequencyPhrases: g.frequency_phrases.map(phraseWords),
    mannerPhraseEnd(tokens, i) {
      const words = manners.find((w) => matchesAt(tokens, i, w));
      const end = words ? i + words.length - 1 : -1;
      return end >= 0 && tokens[end + 1]?.pos !== 'NOUN' ? end : -1;
    },
    compoundPreposition(tokens, i) {
      for (const words of compounds) {
        if (!matchesAt(tokens, i, words)) continue;
        const last = i + words.length - 1;
        // "is due to visit": a "to" before a verb is the infinitive's, not a preposition's.
        if (words[words.length - 1] === 'to' && tokens[last + 1]?.pos === 'VERB') return null;
        return { words: words.join(' '), last };
      }
      return null;
    },
  };
}

/** A phrase's words as written in the data files: "short-sighted", not "short - sighted". */
export function phraseText(words: readonly string[]): string {
  return words.join(' ').replace(/ - /g, '-');
}

/** The lower-case words of tokens `first` to `last`, with the pieces the tagger cut a hyphenated word into joined again ("three-way"). */
export function joinedWords(tokens: readonly Token[], first: number, last: number): string[] {
  const words: string[] = [];
  for (let k = first; k <= last; k++) {
    const [t, before] = [tokens[k]!, tokens[k - 1]];
    const touching = k > first && before !== undefined && before.end === t.start;
    if (touching && (t.text === '-' || before.text === '-')) words[words.length - 1] += t.lower;
    else words.push(t.lower);
  }
  return words;
}

/** A noun of acts ("the attack", "the strikes", "the decision"), in its form or its lemma. */
export function isActNoun(t: Token, g: Pick<GrammarSets, 'recentActs'>): boolean {
  return g.recentActs.has(t.lower) || g.recentActs.has(t.lemma);
}

/** A noun of acts in the plural ("the strikes", "the expulsions"), which "they" or "them" may refer back to. */
export function namesActs(t: Token, g: Pick<GrammarSets, 'recentActs'>): boolean {
  return t.lower !== t.lemma && g.recentActs.has(t.lower);
}

/** Whether the lower-case words `words` stand at token i. */
export function matchesAt(tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** Tags of the words an idiom may take between its own ("pay an even steeper price" is "pay … price"). */
const IDIOM_FILLERS = new Set(['DET', 'ADJ', 'ADV']);
const MAX_FILLERS = 3;

/**
 * Where the words `words` stand from token i, each but the first after at most a few determiners, adjectives and
 * adverbs: the index of the last one, or -1.
 */
export function idiomEnd(tokens: Token[], i: number, words: string[]): number {
  if (idiomWord(tokens[i]) !== words[0]) return -1;
  let at = i;
  for (const word of words.slice(1)) {
    let next = at + 1;
    while (next - at <= MAX_FILLERS && idiomWord(tokens[next]) !== word && IDIOM_FILLERS.has(tokens[next]?.pos ?? '')) next++;
    if (idiomWord(tokens[next]) !== word) return -1;
    at = next;
  }
  return at;
}

/** A token as an idiom's word: "won't go unanswered" reads as "not go unanswered". */
function idiomWord(t: Token | undefined): string | undefined {
  return t?.lower === "n't" ? 'not' : t?.lower;
}
