import type { StoredEvent, StoredStory } from '../../store/store.js';

/**
 * A tabular export is a list of columns: a name, a type (for Parquet) and how to read the value off a stored
 * event (or story, in the deduplicated view). CSV, GDELT, ICEWS and Parquet are each such a list.
 */
export type Cell = string | number | null;
export type Exported = StoredEvent | StoredStory;

export interface Column {
  name: string;
  type: 'text' | 'integer' | 'double';
  value: (x: Exported) => Cell;
}

const text = (name: string, value: (x: Exported) => string | null | undefined): Column => ({ name, type: 'text', value: (x) => value(x) ?? null });
const int = (name: string, value: (x: Exported) => number | null): Column => ({ name, type: 'integer', value });
const double = (name: string, value: (x: Exported) => number | null): Column => ({ name, type: 'double', value });

export const isStory = (x: Exported): x is StoredStory => 'mentions' in x;

/** Every field of the event format, flattened, with the store's id and story and the document's URL and date. */
export const EVENT_COLUMNS: readonly Column[] = [
  int('id', (x) => x.id),
  text('story', (x) => x.story),
  text('doc', (x) => x.event.doc),
  int('sentence_index', (x) => x.event.sentence_index),
  text('sentence', (x) => x.event.sentence),
  int('span_start', (x) => x.event.span[0]),
  int('span_end', (x) => x.event.span[1]),
  text('trigger', (x) => x.event.trigger),
  ...(['source', 'target'] as const).flatMap((side) => [
    text(`${side}_code`, (x) => x.event[side].code),
    text(`${side}_country`, (x) => x.event[side].country),
    text(`${side}_org`, (x) => x.event[side].org),
    text(`${side}_name`, (x) => x.event[side].name),
    text(`${side}_text`, (x) => x.event[side].text),
    text(`${side}_role`, (x) => x.event[side].role),
    text(`${side}_resolution`, (x) => x.event[side].resolution),
  ]),
  text('code', (x) => x.event.code),
  text('root', (x) => x.event.root),
  int('quad_class', (x) => x.event.quad_class),
  double('goldstein', (x) => x.event.goldstein),
  text('plover', (x) => x.event.plover),
  text('date', (x) => x.event.date),
  text('date_precision', (x) => x.event.date_precision),
  text('date_text', (x) => x.event.date_text),
  text('location_name', (x) => x.event.location?.name),
  text('location_country', (x) => x.event.location?.country),
  text('modality', (x) => x.event.modality),
  text('rule', (x) => x.event.rule),
  text('section', (x) => x.event.section),
  text('explanation', (x) => x.event.explanation),
  text('url', (x) => x.document.url),
  text('published', (x) => x.document.published),
];

/** Added in the deduplicated view: how often the story was reported and the days it covers. */
export const STORY_COLUMNS: readonly Column[] = [
  int('mentions', (x) => (isStory(x) ? x.mentions : 1)),
  int('documents', (x) => (isStory(x) ? x.documents : 1)),
  text('first_date', (x) => (isStory(x) ? x.firstDate : x.event.date)),
  text('last_date', (x) => (isStory(x) ? x.lastDate : x.event.date)),
];
