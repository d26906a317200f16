import type { Section } from '../../text/body.js';

export interface SentenceSpan {
  /** UTF-16 offsets in the document text. */
  start: number;
  end: number;
  text: string;
}

/**
 * Splits a paragraph into sentences after 。！？；… (full- or half-width), keeping closing quotes and brackets
 * with the sentence they close (“……秩序。” stays one sentence).
 */
export function splitSentences(section: Section, enders: ReadonlySet<string>, closers: ReadonlySet<string>): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const text = section.text;
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (enders.has(text[i]!)) {
      let end = i + 1;
      while (end < text.length && (enders.has(text[end]!) || closers.has(text[end]!))) end++;
      push(out, section, from, end);
      from = end;
      i = end;
    } else i++;
  }
  push(out, section, from, text.length);
  return out;
}

function push(out: SentenceSpan[], section: Section, from: number, to: number): void {
  const raw = section.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!body || /^[\p{P}\s]+$/u.test(body)) return;
  out.push({ start: section.start + from + lead, end: section.start + from + lead + body.length, text: body });
}
