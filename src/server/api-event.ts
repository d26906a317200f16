import type { CameoTable } from '../model/cameo.js';
import { triggerParts } from '../model/event.js';
import type { StoredEvent } from '../store/store.js';

/** An event as the API gives it: the event format, with its ids, its CAMEO name and what a list shows of its document. */
export function apiEvent(stored: StoredEvent, cameo: CameoTable, document: { title: string | null; language: string }) {
  return {
    id: stored.id,
    document_id: stored.documentId,
    story: stored.story,
    ...stored.event,
    event_name: cameo.get(stored.event.code)?.name ?? stored.event.code,
    document: { title: document.title, published: stored.document.published, url: stored.document.url, language: document.language },
  };
}

export interface Highlight {
  role: 'trigger' | 'source' | 'target';
  start: number;
  end: number;
}

/**
 * Where the evidence of an event is in its document: the trigger (each part of a split one, 签署…联合声明) and the
 * words naming each actor, searched inside the event's sentence. Words the sentence does not contain (a subject
 * carried from an earlier sentence) have no highlight; the explanation says where they came from.
 */
export function highlights(text: string, stored: StoredEvent): Highlight[] {
  const [start, end] = stored.event.span;
  const sentence = text.slice(start, end);
  const found: Highlight[] = [];
  const mark = (role: Highlight['role'], words: string, from = 0): number => {
    const at = words ? sentence.indexOf(words, from) : -1;
    if (at === -1) return from;
    found.push({ role, start: start + at, end: start + at + words.length });
    return at + words.length;
  };
  let after = 0;
  for (const part of triggerParts(stored.event.trigger)) after = mark('trigger', part, after);
  mark('source', stored.event.source.text);
  mark('target', stored.event.target.text);
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
