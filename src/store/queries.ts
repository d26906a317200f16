import type { EventFilter, NewSentence, StoredEvent } from './store.js';

/**
 * What the HTTP API and the dashboard ask of a store: pages of events, aggregates per dyad and month, actors, and
 * documents with their sentences. Answered by SQL in the database, so a store of any size is served in pages.
 */
export interface EventQueries {
  /** Events matching the filter, newest first (undated last), one page of them, with the total. */
  eventPage(filter: EventFilter, page: Page): Promise<{ events: ListedEvent[]; total: number }>;
  /** Events per month and directed pair of parties, with their mean Goldstein score; undated events left out. */
  dyadMonths(filter: EventFilter): Promise<DyadMonth[]>;
  summary(filter: EventFilter): Promise<EventSummary>;
  /** Actors by how many events name them (either side), most first. */
  actorCounts(query: { text?: string; country?: string; limit: number }): Promise<ActorCount[]>;
  documentPage(page: Page): Promise<{ documents: DocumentSummary[]; total: number }>;
  /** A document with its sentences and events; null when there is none with that id. */
  document(id: number): Promise<StoredDocument | null>;
  /** The document with this content hash, if stored: its id and how many events it has. */
  documentByHash(contentHash: string): Promise<{ id: number; events: number } | null>;
}

export interface Page {
  limit: number;
  offset: number;
}

/** An event with what a list shows of its document. */
export interface ListedEvent extends StoredEvent {
  title: string | null;
  language: string;
}

export interface DyadMonth {
  source: string;
  target: string;
  /** YYYY-MM */
  month: string;
  events: number;
  goldstein: number;
}

export interface EventSummary {
  events: number;
  languages: Record<string, number>;
  byMonth: { month: string; quadClass: number; events: number }[];
  topCodes: { code: string; events: number; goldstein: number }[];
  /** YYYY-MM-DD of the first and last day the dated events cover. */
  firstDate: string | null;
  lastDate: string | null;
}

export interface ActorCount {
  code: string;
  country: string | null;
  name: string;
  role: string;
  events: number;
}

export interface DocumentSummary {
  id: number;
  title: string | null;
  published: string | null;
  language: string;
  events: number;
}

export interface StoredDocument {
  id: number;
  title: string | null;
  published: string | null;
  language: string;
  url: string | null;
  source: string;
  text: string;
  sentences: NewSentence[];
  events: StoredEvent[];
}
