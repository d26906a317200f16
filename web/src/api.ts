/**
 * Typed client for Readout's HTTP API (served by the same origin under api/). Every string in these responses
 * comes from news text or from the store and is untrusted: views render it only as text nodes or properties.
 */

import type { CodedEvent, Modality } from '../../src/model/event.js';
import type { FilterParams } from '../../src/server/query-filter.js';
import type { DyadMonth } from '../../src/store/queries.js';

export type { EventActor, Modality } from '../../src/model/event.js';
export type { DyadMonth } from '../../src/store/queries.js';

export const MODALITIES: readonly Modality[] = ['asserted', 'negated', 'hypothetical', 'future', 'reported_rumour'];

/** An event as the API lists it: the event format (shared with the engine's own type) and what the API adds. */
export interface ReadoutEvent extends CodedEvent {
  id: number;
  document_id: number;
  story: string;
  event_name: string;
  document: { title: string | null; published: string | null; url: string | null; language: string | null };
}

export interface Highlight {
  role: 'trigger' | 'source' | 'target';
  start: number;
  end: number;
}

export interface DocumentEvent extends ReadoutEvent {
  highlights: Highlight[];
}

export interface DocumentDetail {
  id: string | number;
  title: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  source: string | null;
  text: string;
  sentences: { index: number; start: number; end: number; section: string; text: string }[];
  events: DocumentEvent[];
}

export interface EventPage {
  events: ReadoutEvent[];
  total: number;
  limit: number;
  offset: number;
}

export interface Stats {
  documents: number;
  sentences: number;
  events: number;
  stories: number;
  actors: number;
  languages: Record<string, number>;
  by_month: { month: string; quad_class: number; events: number }[];
  top_codes: { code: string; name: string; events: number; goldstein: number }[];
  first_date: string | null;
  last_date: string | null;
}

export interface Country {
  code: string;
  en: string;
  zh: string;
}

export interface ActorSummary {
  code: string;
  country: string | null;
  name: string;
  role: string | null;
  events: number;
}

export interface DocumentSummary {
  id: string | number;
  title: string | null;
  published: string | null;
  language: string | null;
  events: number;
}

/** The filters /api/events, /api/dyads and /api/stats share, as the query string carries them (the server's own type). */
export type EventFilters = FilterParams;

export const FILTER_KEYS: readonly (keyof EventFilters)[] = ['from', 'to', 'actor', 'country', 'dyad', 'code', 'quad', 'language', 'modality', 'q'];

/** An error answer of the API, carrying its `error` message for display. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type QueryValue = string | number | undefined;

async function getJson<T>(path: string, query: Record<string, QueryValue> = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  // Relative to the page, so the dashboard works wherever the server mounts it.
  const response = await fetch(`api/${path}${search ? `?${search}` : ''}`, { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && typeof body === 'object' && 'error' in body ? String(body.error) : response.statusText;
    throw new ApiError(response.status, message);
  }
  return body as T;
}

export const api = {
  events: (filters: EventFilters, limit: number, offset: number) => getJson<EventPage>('events', { ...filters, limit, offset }),
  dyads: (filters: EventFilters) => getJson<{ dyads: DyadMonth[] }>('dyads', { ...filters }),
  stats: (filters: EventFilters) => getJson<Stats>('stats', { ...filters }),
  actors: (q: string, limit: number) => getJson<{ actors: ActorSummary[] }>('actors', { q, limit }),
  countries: () => getJson<{ countries: Country[] }>('countries'),
  documents: (limit: number, offset: number) => getJson<{ documents: DocumentSummary[]; total: number }>('documents', { limit, offset }),
  document: (id: string) => getJson<DocumentDetail>(`documents/${encodeURIComponent(id)}`),
};
