import type { InputError } from '../errors.js';

/** One document as an input format gives it, before coding. */
export interface SourceDocument {
  /** Where it came from: a path, path:line (JSON Lines), path#n (feed item) or path#id (PETRARCH sentence). */
  source: string;
  /** The text as read (decoded, never converted): spans point into it. */
  text: string;
  title: string | null;
  url: string | null;
  /** YYYY-MM-DD, when the input says. */
  published: string | null;
  /** 'zh' or 'en' when the input says; else detected. */
  language: 'zh' | 'en' | null;
  externalId: string | null;
  encoding: string;
}

/**
 * What reading an input yields: documents, and inputs (or parts of them) that could not be read. `bytes` is how
 * much of the file the item accounts for, where a format knows (JSON Lines), for progress within a large file.
 */
export type SourceItem = ({ document: SourceDocument } | { rejected: InputError }) & { bytes?: number };

/** Title as its own first line, so the coder sees it as the headline, unless the text already starts with it. */
export function withTitle(title: string | null, body: string): string {
  const t = title?.trim();
  if (!t || body.trimStart().startsWith(t)) return body;
  return `${t}\n\n${body}`;
}
