/**
 * JSON Schemas of the API: Fastify validates requests against them and @fastify/swagger turns them into the
 * OpenAPI document. Query parameters are strings checked by pattern (and parsed in query-filter.ts), so that no
 * type coercion is needed anywhere: a JSON body field of the wrong type is an error, not a conversion.
 */

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const LIST = (item: string) => `^${item}(,${item})*$`;

export const filterQuery = {
  from: { type: 'string', pattern: DATE, description: 'Events whose date ends on or after this day (YYYY-MM-DD).' },
  to: { type: 'string', pattern: DATE, description: 'Events whose date starts on or before this day (YYYY-MM-DD).' },
  actor: { type: 'string', minLength: 1, maxLength: 500, description: 'Comma list of actor codes or names, either side.' },
  country: { type: 'string', pattern: LIST('[A-Za-z]{3}'), description: 'Comma list of country (or organisation) codes, either side.' },
  dyad: { type: 'string', pattern: '^[A-Za-z]{3}-[A-Za-z]{3}$', description: 'Two parties, AAA-BBB: events between them in either direction.' },
  code: { type: 'string', pattern: LIST('\\d{2,4}'), description: 'Comma list of CAMEO code prefixes (04 takes 040–046).' },
  quad: { type: 'string', pattern: LIST('[1-4]'), description: 'Comma list of quad classes 1–4.' },
  language: { type: 'string', enum: ['zh', 'en'], description: 'Language of the document.' },
  modality: { type: 'string', pattern: LIST('(asserted|negated|hypothetical|future|reported_rumour)'), description: 'Comma list of modalities.' },
  q: { type: 'string', minLength: 1, maxLength: 200, description: 'Words the sentence contains (case-insensitive).' },
} as const;

export const pageQuery = {
  limit: { type: 'string', pattern: '^\\d{1,3}$', description: 'Page size, 1–500 (default 50).' },
  offset: { type: 'string', pattern: '^\\d{1,9}$', description: 'Items to skip (default 0).' },
} as const;

const nullableString = { type: ['string', 'null'] } as const;

const actor = {
  type: 'object',
  required: ['code', 'country', 'name', 'text', 'resolution'],
  properties: {
    code: { type: 'string', description: 'CAMEO actor code (CHNGOV, RUS, UNO).' },
    country: nullableString,
    org: { type: 'string' },
    name: { type: 'string' },
    text: { type: 'string', description: 'The words of the sentence that name the actor.' },
    role: { type: 'string' },
    resolution: { type: 'string', description: 'How the actor was resolved.' },
  },
} as const;

const eventProperties = {
  id: { type: 'integer' },
  document_id: { type: 'integer' },
  story: { type: 'string' },
  doc: { type: 'string' },
  sentence_index: { type: 'integer' },
  sentence: { type: 'string' },
  span: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2, description: 'UTF-16 offsets of the sentence in the document text.' },
  trigger: { type: 'string' },
  source: actor,
  target: actor,
  code: { type: 'string' },
  event_name: { type: 'string', description: 'CAMEO name of the code.' },
  root: { type: 'string' },
  quad_class: { type: 'integer' },
  goldstein: { type: 'number' },
  plover: { type: 'string' },
  date: nullableString,
  date_precision: nullableString,
  date_text: nullableString,
  location: { type: ['object', 'null'], properties: { name: { type: 'string' }, country: nullableString } },
  modality: { type: 'string' },
  rule: { type: 'string' },
  section: { type: 'string' },
  explanation: { type: 'string' },
  document: {
    type: 'object',
    properties: { title: nullableString, published: nullableString, url: nullableString, language: { type: 'string' } },
  },
} as const;

export const event = { type: 'object', properties: eventProperties } as const;

export const highlightedEvent = {
  type: 'object',
  properties: {
    ...eventProperties,
    highlights: {
      type: 'array',
      description: 'Where the trigger and the actors are in the document text (UTF-16 offsets).',
      items: {
        type: 'object',
        properties: { role: { type: 'string', enum: ['trigger', 'source', 'target'] }, start: { type: 'integer' }, end: { type: 'integer' } },
      },
    },
  },
} as const;

export const errorReply = {
  type: 'object',
  properties: { error: { type: 'string' } },
} as const;

export const newDocument = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: {
    text: { type: 'string', minLength: 1, description: 'The article: headline as its first line, then the body.' },
    published: { type: 'string', pattern: DATE, description: 'Publication date (YYYY-MM-DD); relative dates resolve against it.' },
    title: { type: 'string', maxLength: 1000 },
    url: { type: 'string', maxLength: 2000 },
    language: { type: 'string', enum: ['zh', 'en', 'auto'] },
  },
} as const;
