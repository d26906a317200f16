import type { CodedEvent, DatePrecision, EventActor, Modality } from '../model/event.js';
import type { SqlValue } from './sql-driver.js';
import type { StoredEvent } from './store.js';
import { datePeriod } from './stories.js';

/** How events are laid out in the events table, and read back into the event format. */

export const EVENT_COLUMNS = [
  'id', 'document_id', 'sentence_index', 'doc', 'span_start', 'span_end', 'trigger_word',
  'source_actor', 'source_code', 'source_text', 'source_resolution',
  'target_actor', 'target_code', 'target_text', 'target_resolution',
  'code', 'root', 'quad_class', 'goldstein', 'plover', 'event_date', 'date_precision', 'date_text', 'first_day', 'last_day',
  'location_name', 'location_country', 'modality', 'rule', 'section', 'explanation', 'story', 'source_party', 'target_party',
] as const;

/** The party an actor stands for in dyads and country filters: its country, else its organisation, else the head of its code. */
export function partyOf(actor: EventActor): string {
  return actor.country ?? actor.org ?? actor.code.slice(0, 3);
}

export function eventRow(e: CodedEvent, ids: { event: number; document: number; source: number; target: number }, story: string): SqlValue[] {
  const period = datePeriod(e.date, e.date_precision);
  return [
    ids.event, ids.document, e.sentence_index, e.doc, e.span[0], e.span[1], e.trigger,
    ids.source, e.source.code, e.source.text, e.source.resolution,
    ids.target, e.target.code, e.target.text, e.target.resolution,
    e.code, e.root, e.quad_class, e.goldstein, e.plover, e.date, e.date_precision, e.date_text, period.firstDay, period.lastDay,
    e.location?.name ?? null, e.location?.country ?? null, e.modality, e.rule, e.section, e.explanation, story, partyOf(e.source), partyOf(e.target),
  ];
}

/**
 * The query that reads events with everything the event format needs from the other tables; `e`, `sa`, `ta`
 * (source and target actor), `se` (sentence) and `d` (document) are the aliases filters use. `from` may join
 * another table before events (the stories view), whose columns `extra` adds.
 */
export function eventSelect(extra = '', from = 'events e'): string {
  return `
SELECT e.*, ${extra ? `${extra}, ` : ''}se.text AS sentence,
  sa.country AS source_country, sa.org AS source_org, sa.name AS source_name, sa.role AS source_role,
  ta.country AS target_country, ta.org AS target_org, ta.name AS target_name, ta.role AS target_role,
  d.url AS document_url, d.published AS document_published, d.lead_sentence AS document_lead, d.source AS document_source
FROM ${from}
JOIN actors sa ON sa.id = e.source_actor
JOIN actors ta ON ta.id = e.target_actor
JOIN sentences se ON se.document_id = e.document_id AND se.sentence_index = e.sentence_index
JOIN documents d ON d.id = e.document_id`;
}

type EventRow = Record<string, unknown>;

export function readEvent(r: EventRow): StoredEvent {
  const str = (k: string) => r[k] as string;
  const opt = (k: string) => (r[k] ?? null) as string | null;
  const actor = (side: 'source' | 'target'): EventActor => {
    const org = opt(`${side}_org`);
    const role = str(`${side}_role`);
    return {
      code: str(`${side}_code`),
      country: opt(`${side}_country`),
      ...(org ? { org } : {}),
      name: str(`${side}_name`),
      text: str(`${side}_text`),
      ...(role ? { role } : {}),
      resolution: str(`${side}_resolution`),
    };
  };
  const locationName = opt('location_name');
  const event: CodedEvent = {
    doc: str('doc'),
    sentence_index: Number(r['sentence_index']),
    sentence: str('sentence'),
    span: [Number(r['span_start']), Number(r['span_end'])],
    trigger: str('trigger_word'),
    source: actor('source'),
    target: actor('target'),
    code: str('code'),
    root: str('root'),
    quad_class: Number(r['quad_class']),
    goldstein: Number(r['goldstein']),
    plover: str('plover'),
    date: opt('event_date'),
    date_precision: opt('date_precision') as DatePrecision | null,
    date_text: opt('date_text'),
    location: locationName ? { name: locationName, country: opt('location_country') } : null,
    modality: str('modality') as Modality,
    rule: str('rule'),
    section: str('section') as CodedEvent['section'],
    explanation: str('explanation'),
  };
  const lead = r['document_lead'];
  return {
    id: Number(r['id']),
    documentId: Number(r['document_id']),
    story: str('story'),
    event,
    document: { url: opt('document_url'), published: opt('document_published'), leadSentence: lead === null || lead === undefined ? null : Number(lead), source: str('document_source') },
  };
}
