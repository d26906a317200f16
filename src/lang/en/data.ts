import { z } from 'zod';
import { loadLanguageFiles } from '../../lexicon/language-files.js';

/** Schemas and loaders of the English language pack's data files (data/lang/en). */

const lowerWords = z.array(z.string().min(1).regex(/^[^A-Z]+$/, 'written in lower case'));
const regexSource = z.string().min(1).refine(isRegex, 'a valid regular expression');
const cameoCode = z.string().regex(/^\d{3,4}$/, 'a CAMEO code of 3 or 4 digits, quoted');
const pronounKind = z.enum(['person', 'group', 'thing', 'speaker']);

function isRegex(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

export const pageSchema = z
  .object({ byline: z.array(regexSource), dateline: regexSource, place_line: regexSource, drop: z.array(regexSource), caption: z.array(regexSource) })
  .strict();

export const grammarSchema = z
  .object({
    abbreviations: lowerWords,
    sentence_starters: lowerWords,
    reporting_verbs: lowerWords,
    source_phrases: lowerWords,
    goods_nouns: lowerWords,
    cessation_verbs: lowerWords,
    response_verbs: lowerWords,
    response_nouns: lowerWords,
    response_taking_verbs: lowerWords,
    reply_nouns: lowerWords,
    expectation_verbs: lowerWords,
    affiliation_participles: lowerWords,
    quantity_nouns: lowerWords,
    multiparty_words: lowerWords,
    participation_verbs: lowerWords,
    inviting_verbs: lowerWords,
    occasion_conjunctions: lowerWords,
    transitive_only_verbs: lowerWords,
    private_heads: lowerWords,
    place_named_things: lowerWords,
    place_suffixes: lowerWords,
    place_struck_acts: lowerWords,
    patron_suffixes: lowerWords,
    authoring_suffixes: lowerWords,
    organisation_staff_nouns: lowerWords,
    conduct_verbs: lowerWords,
    failing_verbs: lowerWords,
    obligation_fillers: lowerWords,
    answering_verbs: lowerWords,
    occurrence_verbs: lowerWords,
    right_phrases: lowerWords,
    neglected_duties: lowerWords,
    approving_evaluations: lowerWords,
    headline_topic_prepositions: lowerWords,
    author_prepositions: lowerWords,
    speaker_nouns: lowerWords,
    additive_prepositions: lowerWords,
    participle_prepositions: lowerWords,
    title_modifiers: lowerWords,
    territory_prepositions: lowerWords,
    irregular_participles: lowerWords,
    authoring_verbs: lowerWords,
    origin_participles: lowerWords,
    pronouns: z.record(z.string(), pronounKind),
    possessive_pronouns: z.record(z.string(), pronounKind),
    relative_pronouns: lowerWords,
    free_relatives: lowerWords,
    gerund_takers: lowerWords,
    fixed_noun_phrases: lowerWords,
    continuing_particles: lowerWords,
    culpable_acts: lowerWords,
    unspecific_act_nouns: lowerWords,
    negating_prepositions: lowerWords,
    awaiting_words: lowerWords,
    absence_verbs: z.array(z.string().regex(/^[a-z]+( [a-z]+)?$/)),
    grounds_verbs: lowerWords,
    measure_families: lowerWords,
    noun_compounds: lowerWords,
    gathering_nouns: lowerWords,
    guest_participles: lowerWords,
    lemma_corrections: z.record(z.string(), z.string()),
    plural_refs: z.record(z.string(), z.number().int().min(0)),
    office_holders: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().min(1)).min(1)),
    group_numbers: z.record(z.string().regex(/^[a-z0-9]+$/, 'a number word or digits'), z.number().int().min(2)),
    group_nouns: lowerWords,
    addressee_nouns: lowerWords,
    person_group_nouns: lowerWords,
    group_determiners: lowerWords,
    accompanying_prepositions: lowerWords,
    border_nouns: lowerWords,
    border_prepositions: lowerWords,
    release_heads: lowerWords,
    headline_head_titles: lowerWords,
    generic_subjects: lowerWords,
    member_nouns: lowerWords,
    member_determiners: lowerWords,
    region_member_nouns: lowerWords,
    reciprocal_verbs: lowerWords,
    causative_verbs: lowerWords,
    negation: lowerWords,
    negation_phrases: lowerWords,
    cessation_codes: z.record(z.string().regex(/^[a-z]+$/), cameoCode),
    negating_verbs: lowerWords,
    shortfall_verbs: lowerWords,
    lapsed_plan_verbs: lowerWords,
    proposing_verbs: lowerWords,
    mandate_auxiliaries: lowerWords,
    situation_nouns: lowerWords,
    hoping_nouns: lowerWords,
    reason_conjunctions: lowerWords,
    time_conjunctions: lowerWords,
    anticipating_phrases: lowerWords,
    time_nouns: lowerWords,
    organ_nouns: lowerWords,
    unchanging_past_verbs: lowerWords,
    stative_verbs: lowerWords,
    partaking_verbs: lowerWords,
    meeting_place_nouns: lowerWords,
    hope_verb: z.string().regex(/^[a-z]+$/),
    precedence_words: lowerWords,
    object_pronouns: lowerWords,
    indefinite_determiners: lowerWords,
    threat_conditions: lowerWords,
    expression_verbs: lowerWords,
    addressing_verbs: lowerWords,
    honorifics: z.array(z.string().regex(/^[a-z.]+$/)),
    royal_titles: lowerWords,
    predicative_evaluations: lowerWords,
    prepositional_idioms: lowerWords,
    gerund_nouns: lowerWords,
    imitation_phrases: lowerWords,
    imitation_verbs: lowerWords,
    imitation_nouns: lowerWords,
    imitation_markers: lowerWords,
    negating_adjectives: lowerWords,
    negating_nouns: lowerWords,
    participle_adjectives: lowerWords,
    hypothetical_modals: lowerWords,
    conditionals: lowerWords,
    conditional_participles: lowerWords,
    future_modals: lowerWords,
    conditional_modal: z.string().min(1),
    future_verbs: lowerWords,
    intent_verbs: lowerWords,
    hypothetical_verbs: lowerWords,
    alleging_verbs: lowerWords,
    rumour_words: lowerWords,
    rumour_phrases: lowerWords,
    object_control_verbs: lowerWords,
    causing_verbs: lowerWords,
    location_prepositions: lowerWords,
    topic_prepositions: lowerWords,
    compound_prepositions: lowerWords,
    manner_phrases: lowerWords,
    coordinators: lowerWords,
    subordinators: lowerWords,
    name_particles: lowerWords,
    name_suffixes: lowerWords,
    party_nouns: lowerWords,
    subject_pronouns: lowerWords,
    feminine_pronouns: lowerWords,
    calling_verbs: lowerWords,
    scheming_nouns: lowerWords,
    perfect_auxiliaries: lowerWords,
    negating_quantifiers: lowerWords,
    issue_nouns: lowerWords,
    route_nouns: lowerWords,
    joining_verbs: lowerWords,
    own_people_nouns: lowerWords,
    own_place_nouns: lowerWords,
    state_refs: lowerWords,
    relational_nouns: lowerWords,
    membership_prepositions: lowerWords,
    reciprocals: lowerWords,
    staff_nouns: lowerWords,
    staff_prepositions: lowerWords,
    family_name_first: z.array(z.string().regex(/^[A-Z]{3}$/, 'a three-letter country code')),
    family_first_in_releases: z.array(z.string().regex(/^[A-Z]{3}$/, 'a three-letter country code')),
    not_names: lowerWords,
    nominal_future: lowerWords,
    background_prepositions: lowerWords,
    nominal_hypothetical: lowerWords,
    recent_acts: lowerWords,
    internal_acts: lowerWords,
    act_noun_roots: z.record(z.string().regex(/^[a-z-]+$/, 'a lemma in lower case'), z.array(z.number().int().min(1).max(20)).min(1)),
    recent_claims: lowerWords,
    document_nouns: lowerWords,
    enactment_nouns: lowerWords,
    filed_texts: lowerWords,
    duration_nouns: lowerWords,
    long_durations: lowerWords,
    definite_refs: lowerWords,
    body_refs: lowerWords,
    titled_body_refs: lowerWords,
    acts_against_others: lowerWords,
    indicative_auxiliaries: lowerWords,
    prospect_nouns: lowerWords,
    conduct_nouns: lowerWords,
    giving_verbs: lowerWords,
    naming_verbs: lowerWords,
    listing_verbs: lowerWords,
    evaluating_verbs: lowerWords,
    negative_evaluations: lowerWords,
    evaluation_verb: z.string().regex(/^[a-z]+$/),
    positive_namings: lowerWords,
    positive_evaluations: lowerWords,
    praise_verb: z.string().regex(/^[a-z]+$/),
    threat_phrases: lowerWords,
    frequency_phrases: lowerWords,
    threat_verb: z.string().regex(/^[a-z]+$/),
    wrongdoing_verbs: lowerWords,
    wrongdoing_verb: z.string().regex(/^[a-z]+$/),
    endangered_goods: lowerWords,
    damaging_verbs: lowerWords,
    consequence_verbs: lowerWords,
    consequence_nouns: lowerWords,
    force_words: lowerWords,
    summit_groupings: z.array(z.string().regex(/^[A-Z]{2,5}$/, 'an organisation code of organisations.yaml')),
    negating_objects: lowerWords,
    issuing_verbs: lowerWords,
    constraint_verbs: lowerWords,
    adopting_verbs: lowerWords,
    adopted_texts: lowerWords,
    deciding_verbs: lowerWords,
    receptive_words: lowerWords,
    meeting_verbs: lowerWords,
    // Role names of roles.yaml (checked against it when the lexicon is built).
    dateline_offices: z.array(z.string().min(1)),
    envoy_roles: z.array(z.string().min(1)),
    owner_prepositions: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().min(1))),
    gratitude_words: lowerWords,
    gratitude_verb: z.string().regex(/^[a-z]+$/),
    refusal_phrases: lowerWords,
    refusal_verb: z.string().regex(/^[a-z]+$/),
    backing_phrases: lowerWords,
    expulsion_phrases: lowerWords,
    departure_verbs: lowerWords,
    expulsion_verb: z.string().regex(/^[a-z]+$/),
    application_verbs: lowerWords,
    measure_verb: z.string().regex(/^[a-z]+$/),
    mandating_verbs: lowerWords,
    reported_demands: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)),
    // Each word's modal, whose reported demand (reported_demands) codes what the word asks.
    obligation_words: z.record(z.string().regex(/^[a-z]+$/), z.enum(['must', 'should'])),
    verdict_prepositions: z.record(z.string().regex(/^[a-z]+$/, 'a lemma in lower case'), lowerWords),
    intent_refusal_codes: z.record(z.string().regex(/^[a-z]+$/), cameoCode).refine((m) => 'other' in m, 'needs an "other" code'),
    declined_families: lowerWords,
    announced_families: lowerWords,
    occasion_families: lowerWords,
    conditional_threat_codes: z.record(z.string().regex(/^\d{2}$/, 'a CAMEO root of two digits'), cameoCode),
    readiness_words: lowerWords,
    warning_verbs: lowerWords,
    crediting_verbs: lowerWords,
    private_travellers: lowerWords,
    habitual_adverbs: lowerWords,
    question_words: lowerWords,
    unhesitating_words: lowerWords,
    demonstratives: lowerWords,
    known_determiners: lowerWords,
    definite_determiners: lowerWords,
    articles: lowerWords,
    predeterminers: lowerWords,
    correlatives: lowerWords,
    verb_particles: lowerWords,
    amount_phrases: lowerWords,
    amount_words: lowerWords,
    office_of_nouns: lowerWords,
    held_target_prepositions: lowerWords,
    clause_prepositions: lowerWords,
    setting_prepositions: lowerWords,
    ordinals: lowerWords,
    sequence_adverbs: lowerWords,
    sequel_adverbs: lowerWords,
    itinerary_verbs: lowerWords,
    adjectival_bodies: lowerWords,
  })
  .strict();

export const datesSchema = z
  .object({
    months: z.record(z.string(), z.number().int().min(1).max(12)),
    weekdays: z.record(z.string(), z.number().int().min(1).max(7)),
    seasons: z.record(z.string(), z.number().int().min(1).max(12)),
    relative_days: z.record(z.string(), z.number().int()),
    relative_units: z.record(z.string(), z.number().int()),
    units: z.array(z.enum(['week', 'month', 'year'])),
    approximate: lowerWords,
    boundary_words: lowerWords,
    same_day: lowerWords,
  })
  .strict();

/**
 * The prepositions a pattern may read a phrase by: a misspelt one would load and never match. Compound ones ("along
 * with") and the participles the chunker reads as prepositions ("encircling") are among them.
 */
const PREPOSITIONS = new Set(['about', 'above', 'across', 'after', 'against', 'along', 'along with', 'alongside', 'amid', 'among',
  'around', 'as', 'at', 'before', 'behind', 'below', 'beside', 'between', 'beyond', 'by', 'concerning', 'despite', 'during',
  'encircling', 'for', 'from', 'in', 'inside', 'into', 'near', 'of', 'off', 'on', 'onto', 'outside', 'over', 'past', 'regarding',
  'since', 'through', 'to', 'together with', 'toward', 'towards', 'under', 'until', 'upon', 'via', 'with', 'within', 'without']);
const preposition = z.string().refine((p) => PREPOSITIONS.has(p), (p) => ({ message: `"${p}" is no preposition a phrase is read by` }));
const prepositions = z.array(preposition);

/**
 * Where the other party of an event is found: the direct object, the actor a participle after the object names
 * (described), the subject of a governed clause (complement), the actor named in the event noun's own phrase
 * ("closed the Iranian consulates": owner), or a preposition.
 */
const role = z.string().refine((r) => ['object', 'described', 'complement', 'owner'].includes(r) || PREPOSITIONS.has(r), (r) => ({ message: `"${r}" is not object, described, complement, owner or a preposition a phrase is read by` }));

const refineSchema = z.array(z.object({ when: lowerWords.min(1), code: cameoCode }).strict());

const patternSchema = z
  .object({
    verbs: lowerWords.min(1).optional(),
    // An event noun is matched at the head of its phrase; "a package of sanctions" is matched by "sanctions".
    nouns: z.array(z.string().min(1).regex(/^[^A-Z]+$/, 'written in lower case').refine((n) => !n.includes(' of '), 'no "of" phrase: list the noun after "of" instead')).min(1).optional(),
    nominal: z.boolean().optional(),
    // Prepositions whose phrase may hold the event noun instead of the object: "added X to the Entity List".
    noun_prepositions: prepositions.min(1).optional(),
    code: cameoCode,
    frame: z.enum(['symmetric', 'directed']).optional(),
    targets: z.array(role).min(1).optional(),
    target_required: z.boolean().optional(),
    with_preposition: prepositions.min(1).optional(),
    // Words that must follow the verb in its clause: "put the treaty on hold", "ordered the advisers out".
    with_words: lowerWords.min(1).optional(),
    // In a passive with no "by" agent, prepositions whose phrase names who acted: "was summoned to the foreign ministry".
    passive_agent: prepositions.min(1).optional(),
    // Prepositions right after the verb, or after the event noun, that give it another sense: "called on X to …" and
    // "a call for restraint" are no phone call.
    without_preposition: prepositions.min(1).optional(),
    destination: z.boolean().optional(),
    head_targets: z.boolean().optional(),
    person_target: z.boolean().optional(),
    // The object must name a person: "dispatched Foreign Minister Ebrard to Washington" sends him; "sent aid" does not.
    person_object: z.boolean().optional(),
    // The object must name an organisation: "quit the Commonwealth" leaves it; "left Moscow" does not.
    organisation_object: z.boolean().optional(),
    // Nouns the verb's object, or a passive's subject, may not head: "signed an open letter" signs no agreement.
    except_nouns: lowerWords.min(1).optional(),
    reverse: z.boolean().optional(),
    // An event noun with no target of its own is aimed at whoever answers it: "Canada rejected the U.S. demand" is the
    // United States' demand of Canada; "accepted Yeltsin's invitation" was Yeltsin's invitation of the one accepting.
    answered: z.boolean().optional(),
    fallback: z.array(z.enum(['dialogue', 'recent', 'counterpart', 'scene', 'accuser', 'charge'])).optional(),
    refine: refineSchema.optional(),
    // The family's, unless the pattern says otherwise: "offered to mediate" is an offer to mediate (039), not to meet.
    intent_code: cameoCode.optional(),
    // What this pattern's verb makes of the verb it governs, instead of its family's; none: nothing.
    complement_modality: z.enum(['hypothetical', 'negated', 'none']).optional(),
    // The pattern is the verb's negation: "would not renew the agreement with Beijing" ends cooperation (160).
    negated: z.boolean().optional(),
    // The pattern says what a party will do in return ("vowed to retaliate"): coded only while it is not yet done,
    // as a threat; a retaliation that happened is coded by what was done ("retaliated by expelling …").
    unrealised: z.boolean().optional(),
    // The pattern holds only when the verb governs an infinitive or a clause: "called on Israel to halt …" appeals;
    // "will call on the Prime Minister" pays a visit. infinitive: only an infinitive ("told Israel to stop …" orders;
    // "told Xi that …" reports); clause: only a finite clause ("promised that its forces would not cross …");
    // mandate: only a clause of what is to be done, its verb bare or after "should" ("proposed that Kyiv declare a
    // truce"; "suggested that Kyiv had lied" reports).
    requires_complement: z.union([z.boolean(), z.literal('infinitive'), z.literal('clause'), z.literal('mandate')]).optional(),
    // The pattern holds only when nothing of the verb's follows it but an adverb or a time: "accused Rwanda of backing
    // the M23, a charge Kigali denies", "…, which Juba denies".
    objectless: z.boolean().optional(),
    // What the same words say the target did to the subject: hosting a visitor is also the visitor's visit (042).
    reverse_implies: cameoCode.optional(),
    // The code when every source is a named person, and no word of the clause refined the code: "Milei attacked
    // Sanchez's government" attacks in words (111); "Russian forces attacked Kharkiv" with force.
    by_person: cameoCode.optional(),
  })
  .strict()
  .refine((p) => p.verbs !== undefined || (p.nouns !== undefined && p.nominal === true), 'a pattern needs verbs, or nouns with nominal: true')
  .superRefine((p, ctx) => {
    const shadowed = shadowedNoun(p.nouns ?? []);
    if (shadowed) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['nouns'], message: `'${shadowed.noun}' can never match: '${shadowed.by}' before it takes every phrase it names` });
  });

/**
 * Nouns are tried in order and match the end of a noun phrase, so a noun after one that ends it ("air strikes"
 * after "strikes") is never reached.
 */
function shadowedNoun(nouns: readonly string[]): { noun: string; by: string } | null {
  for (let i = 0; i < nouns.length; i++)
    for (let j = 0; j < i; j++) if (nouns[i]!.endsWith(` ${nouns[j]}`)) return { noun: nouns[i]!, by: nouns[j]! };
  return null;
}

export const patternFileSchema = z
  .object({
    family: z.string().regex(/^[a-z_]+$/),
    description: z.string().min(1),
    frame: z.enum(['symmetric', 'directed']),
    targets: z.array(role).min(1),
    target_required: z.boolean(),
    // Where a missing target comes from: the other party of the last exchange, or whoever acted or spoke last
    // ("condemned the attack"), or the party the subject last dealt with ("downgraded relations"), or the state the
    // report has named most ("urged an early restoration of democracy" after a coup). A symmetric event always pairs
    // the members of a group subject.
    fallback: z.array(z.enum(['dialogue', 'recent', 'counterpart', 'scene', 'accuser', 'charge'])),
    intent_code: cameoCode.optional(),
    complement_modality: z.enum(['hypothetical', 'negated']).optional(),
    destination: z.boolean().optional(),
    head_targets: z.boolean().optional(),
    // The most members a group subject may have for its symmetric event to pair them: "Kyiv and Warsaw agreed to …"
    // is an agreement between the two, while three or more states that agree act jointly on something else.
    largest_paired_group: z.number().int().min(2).optional(),
    // The most parties an event still to come may have to be coded: "the foreign ministers of Russia, the United
    // States, Turkey and Saudi Arabia are due to meet" schedules a conference, no intent of each two of them.
    largest_planned_group: z.number().int().min(2).optional(),
    // Whether an act of the family told in a relative clause set off by a comma is background: "Japan, which does not
    // recognise the Sahrawi republic, said …" tells a standing attitude, not news.
    asides_are_background: z.boolean().optional(),
    patterns: z.array(patternSchema).min(1),
  })
  .strict();

export type PageData = z.infer<typeof pageSchema>;
export type GrammarData = z.infer<typeof grammarSchema>;
export type DatesData = z.infer<typeof datesSchema>;
export type PatternFile = z.infer<typeof patternFileSchema>;
export type PatternEntry = PatternFile['patterns'][number];

export interface EnData {
  page: PageData;
  grammar: GrammarData;
  dates: DatesData;
  patterns: PatternFile[];
}

export function loadEnData(dataDir: string): EnData {
  return loadLanguageFiles(dataDir, 'en', { page: pageSchema, grammar: grammarSchema, dates: datesSchema, pattern: patternFileSchema });
}
