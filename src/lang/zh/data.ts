import { z } from 'zod';
import { loadLanguageFiles } from '../../lexicon/language-files.js';

/** Schemas and loaders of the Chinese language pack's data files (data/lang/zh). */

const words = z.array(z.string().min(1));
const regexList = z.array(z.string().min(1)).default([]);

export const pageSchema = z
  .object({ byline: regexList, dateline: regexList, drop: regexList, caption: regexList })
  .strict();

export const grammarSchema = z
  .object({
    sentence_end: words,
    clause_break: words,
    closing_marks: words,
    prepositions: z.object({ partner: words, target: words, agent: words, location: words, topic: words, attribution: words, ba: words, causative: words }).strict(),
    coordinators: words,
    light_verbs: words,
    plural_refs: z.record(z.string(), z.number().int().min(0)),
    generic_subjects: words,
    expression_verbs: words,
    personal_pronouns: words,
    speech_verbs: words,
    obligation_openers: words,
    wrongdoing: z.object({ code: z.string().regex(/^\d{3,4}$/), verbs: words }).strict(),
    obligations: z.array(z.object({ code: z.string().regex(/^\d{3,4}$/), words }).strict()).min(1),
    negation: words,
    rumour: words,
    hypothetical: words,
    future: words,
    future_before_verb: words,
    intent: words,
    nominal_before: words,
    nominal_after: words,
    object_gap: words,
    object_barriers: words,
    verb_modifiers: words,
    background_frames: z.object({ open: words, close: words, clause_final: words }).strict(),
    possessive_after: words,
    modifier_after: words,
    event_names: words,
    actor_suffixes: words,
    abbreviation_prefixes: words,
    modifier_before: words,
    position_words: words,
    universal_quantifiers: words,
    function_word_surnames: words,
    standalone_abbreviations: words,
    transliteration_chars: z.string().min(10),
    compound_abbreviations: z.string(),
    posting: z.string().min(1),
    title_joiners: words,
    split_words: z.record(z.string(), words.min(2)),
    home_state: z.string().regex(/^[A-Z]{3}$/),
    home_state_offices: words,
    name_joiners: words,
  })
  .strict();

const cameoCode = z.string().regex(/^\d{3,4}$/, 'a CAMEO code of 3 or 4 digits, quoted');

export const patternFileSchema = z
  .object({
    family: z.string().regex(/^[a-z_]+$/),
    description: z.string(),
    frame: z.enum(['symmetric', 'directed']),
    object: z.enum(['target', 'content', 'destination']),
    fallback: z.array(z.enum(['group', 'dialogue', 'recent'])),
    intent_code: cameoCode.optional(),
    complement_modality: z.enum(['hypothetical', 'negated']).optional(),
    clausal_object: z.boolean().optional(),
    patterns: z.array(
      z
        .object({
          verbs: words.min(1),
          objects: words.optional(),
          code: cameoCode,
          requires: z.enum(['target', 'adjacent_object', 'partner']).optional(),
          standalone: z.boolean().optional(),
          refine: z.array(z.object({ when: words.min(1), code: cameoCode }).strict()).optional(),
        })
        .strict(),
    ).min(1),
  })
  .strict();

export const datesSchema = z
  .object({
    relative_days: z.record(z.string(), z.number().int()),
    relative_weeks: z.record(z.string(), z.number().int()),
    relative_months: z.record(z.string(), z.number().int()),
    relative_years: z.record(z.string(), z.number().int()),
    approximate: words,
    same_day: words,
    not_event_time: z.object({ before: words, after: words, after_except: words }).strict(),
  })
  .strict();

export type PageData = z.infer<typeof pageSchema>;
export type GrammarData = z.infer<typeof grammarSchema>;
export type PatternFile = z.infer<typeof patternFileSchema>;
export type DatesData = z.infer<typeof datesSchema>;

export interface ZhData {
  page: PageData;
  grammar: GrammarData;
  dates: DatesData;
  patterns: PatternFile[];
}

export function loadZhData(dataDir: string): ZhData {
  return loadLanguageFiles(dataDir, 'zh', { page: pageSchema, grammar: grammarSchema, dates: datesSchema, pattern: patternFileSchema });
}
