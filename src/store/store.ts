import type { CodedEvent } from '../model/event.js';
import type { SectionKind } from '../text/body.js';
import type { EventQueries } from './queries.js';

/**
 * Readout's event store: documents, their sentences, the events coded from them, the actors those name, and the
 * stories that group reports of one event. One interface; SQLite (default) and PostgreSQL implement it, and one
 * contract suite (test/store-contract.ts) runs against both.
 */
export interface Store {
  /** Which of these content hashes are stored: re-ingesting those documents is a no-op. */
  storedHashes(contentHashes: readonly string[]): Promise<Set<string>>;
  /**
   * Stores documents with their sentences and events in one transaction, and updates the stories they touch.
   * A document whose content hash is already stored is skipped. Returns what was added.
   */
  addDocuments(documents: readonly NewDocument[]): Promise<Added>;
  stats(): Promise<StoreStats>;
  /** Raw events (one per mention), in the order they were stored, streamed. */
  events(filter?: EventFilter): AsyncIterable<StoredEvent>;
  /** The deduplicated view: one row per story (its first mention), with mention counts, streamed. */
  stories(filter?: EventFilter): AsyncIterable<StoredStory>;
  /** The API's reads: pages, aggregates, documents. */
  readonly queries: EventQueries;
  close(): Promise<void>;
}

export interface NewDocument {
  /** SHA-256 of the text, hex: the identity of a document's content. */
  contentHash: string;
  /** Where it came from: a path, path:line for JSON Lines, path#n for feed items. */
  source: string;
  url: string | null;
  externalId: string | null;
  title: string | null;
  /** YYYY-MM-DD, when known. */
  published: string | null;
  language: string;
  encoding: string;
  /** 'traditional' when the text was coded through its simplified form. */
  script: 'traditional' | null;
  /** Index of the first body sentence (the lead), for GDELT's IsRootEvent. */
  leadSentence: number | null;
  /** The original text; spans point into it. */
  text: string;
  sentences: readonly NewSentence[];
  events: readonly CodedEvent[];
}

export interface NewSentence {
  index: number;
  start: number;
  end: number;
  section: SectionKind;
  text: string;
}

export interface Added {
  documents: number;
  sentences: number;
  events: number;
}

export interface StoreStats {
  documents: number;
  sentences: number;
  events: number;
  stories: number;
  actors: number;
}

export interface EventFilter {
  /** YYYY-MM-DD: events whose date period ends on or after this day. */
  from?: string;
  /** YYYY-MM-DD: events whose date period starts on or before this day. */
  to?: string;
  /** Actor codes or names (either side), any of them. */
  actors?: readonly string[];
  /** Country codes (either side), any of them. */
  countries?: readonly string[];
  /** CAMEO code prefixes ('04' takes 040–046), any of them. */
  codes?: readonly string[];
  /** Events between these two parties (country, else organisation), either direction. */
  dyad?: readonly [string, string];
  /** Quad classes 1–4, any of them. */
  quads?: readonly number[];
  /** Document languages (zh, en), any of them. */
  languages?: readonly string[];
  /** Modalities, any of them. */
  modalities?: readonly string[];
  /** Words the sentence contains (case-insensitive). */
  text?: string;
}

/** An event as stored, with what the exports need beyond the event format. */
export interface StoredEvent {
  id: number;
  documentId: number;
  story: string;
  event: CodedEvent;
  document: { url: string | null; published: string | null; leadSentence: number | null; source: string };
}

export interface StoredStory extends StoredEvent {
  mentions: number;
  documents: number;
  /** YYYY-MM-DD of the first and last day the story's mentions cover; null for undated stories. */
  firstDate: string | null;
  lastDate: string | null;
}
