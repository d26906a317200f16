import { createHash } from 'node:crypto';
import type { Readout } from '../engine.js';
import { type CodedEvent, triggerParts } from '../model/event.js';
import type { NewDocument } from '../store/store.js';
import { matchingForm } from '../text/simplified.js';
import type { SourceDocument } from './source.js';

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Codes one document for the store. Traditional Chinese is coded through its simplified form (same length, so
 * spans carry over); sentences and the words events quote are then given back in the original characters.
 */
export function codeDocument(engine: Readout, doc: SourceDocument, hash: string = contentHash(doc.text)): NewDocument {
  const form = matchingForm(doc.text);
  const coded = engine.code(form.text, { doc: doc.source, language: doc.language ?? 'auto', published: doc.published });
  const original = form.traditional ? originalWords(doc.text, form.text) : (s: string) => s;
  const sentences = coded.analysis.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, section: s.section, text: original(s.text, s.start) }));
  const events = form.traditional ? coded.events.map((e) => inOriginalCharacters(e, original)) : coded.events;
  return {
    contentHash: hash,
    source: doc.source,
    url: doc.url,
    externalId: doc.externalId,
    title: doc.title,
    published: coded.published,
    language: coded.language,
    encoding: doc.encoding,
    script: form.traditional ? 'traditional' : null,
    leadSentence: sentences.find((s) => s.section === 'body')?.index ?? null,
    text: doc.text,
    sentences,
    events,
  };
}

/**
 * Maps words of the simplified form back to the original: where the piece is found in the simplified text
 * (from `near` on, else anywhere), the original characters at the same offsets; a piece not found as such (the coder normalised it) stays as coded.
 */
function originalWords(originalText: string, simplified: string): (piece: string, near?: number) => string {
  return (piece, near = 0) => {
    if (!piece) return piece;
    const after = simplified.indexOf(piece, near);
    // Words carried from an earlier sentence (a dropped subject) are found before it.
    const at = after === -1 ? simplified.indexOf(piece) : after;
    return at === -1 ? piece : originalText.slice(at, at + piece.length);
  };
}

function inOriginalCharacters(e: CodedEvent, original: (piece: string, near?: number) => string): CodedEvent {
  const at = e.span[0];
  return {
    ...e,
    sentence: original(e.sentence, at),
    // A split trigger (签署…联合声明) is mapped part by part.
    trigger: triggerParts(e.trigger).map((part) => original(part, at)).join('…'),
    source: { ...e.source, text: original(e.source.text, at) },
    target: { ...e.target, text: original(e.target.text, at) },
    date_text: e.date_text === null ? null : original(e.date_text, at),
  };
}
