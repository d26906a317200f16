import type { Section } from '../../text/body.js';
import { pushSentence, type SentenceSpan } from '../../text/sentence-span.js';


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
      pushSentence(out, section, from, end);
      from = end;
      i = end;
    } else i++;
  }
  pushSentence(out, section, from, text.length);
  return out;
}
