import type { Section } from './body.js';

/** A sentence of a section, with UTF-16 offsets in the document text. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** Adds the slice [from, to) of a section as a sentence, trimmed; a slice of only punctuation is no sentence. */
export function pushSentence(out: SentenceSpan[], section: Section, from: number, to: number): void {
  const raw = section.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!body || /^[\p{P}\s]+$/u.test(body)) return;
  out.push({ start: section.start + from + lead, end: section.start + from + lead + body.length, text: body });
}
