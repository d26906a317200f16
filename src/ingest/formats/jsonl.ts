import { statSync } from 'node:fs';
import { ErrorCodes, InputError } from '../../errors.js';
import { MAX_DOCUMENT_BYTES } from '../../text/decode.js';
import { normaliseDate } from '../dates.js';
import { withTitle, type SourceItem } from '../source.js';
import { byteLines } from './lines.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * .jsonl: one document per line, {"text": …} with optional title, url, published, language ("zh"/"en") and id.
 * JSON Lines is UTF-8 by definition. A line that is not valid UTF-8 or JSON, or has no text, is rejected as
 * path:line with the reason; the other lines are read.
 */
export async function* readJsonl(path: string): AsyncIterable<SourceItem> {
  try {
    statSync(path);
  } catch (err) {
    throw new InputError(ErrorCodes.INPUT_MISSING, path, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let items = 0;
  for await (const { line, bytes } of byteLines(path)) {
    const where = `${path}:${line}`;
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      yield { rejected: new InputError(ErrorCodes.INPUT_TOO_LARGE, where, `line too large (${bytes.length} bytes)`), bytes: bytes.length + 1 };
      continue;
    }
    const item = parseLine(bytes, where);
    if (item === null) continue;
    items++;
    yield { ...item, bytes: bytes.length + 1 };
  }
  if (items === 0) throw new InputError(ErrorCodes.INPUT_EMPTY, path, 'no documents (only blank lines)');
}

/** One line's document or rejection; null for a blank line. */
function parseLine(bytes: Buffer, where: string): SourceItem | null {
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    return { rejected: new InputError(ErrorCodes.INPUT_ENCODING, where, 'not valid UTF-8 (JSON Lines must be UTF-8)') };
  }
  if (!raw.trim()) return null;
  let record: unknown;
  try {
    record = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { rejected: new InputError(ErrorCodes.INPUT_PARSE, where, `not valid JSON (${(err as Error).message})`) };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    return { rejected: new InputError(ErrorCodes.INPUT_PARSE, where, 'not a JSON object') };
  const r = record as Record<string, unknown>;
  if (typeof r['text'] !== 'string' || !r['text'].trim()) return { rejected: new InputError(ErrorCodes.INPUT_EMPTY, where, 'no "text" (a non-empty string)') };
  const language = r['language'];
  if (language !== undefined && language !== null && language !== 'zh' && language !== 'en')
    return { rejected: new InputError(ErrorCodes.LANGUAGE_UNSUPPORTED, where, `language '${String(language)}' is not one of zh, en`) };
  const title = typeof r['title'] === 'string' ? r['title'] : null;
  const id = r['id'];
  return {
    document: {
      source: where,
      text: withTitle(title, r['text']),
      title,
      url: typeof r['url'] === 'string' ? r['url'] : null,
      published: normaliseDate(r['published']),
      language: (language as 'zh' | 'en' | undefined) ?? null,
      externalId: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
      encoding: 'utf-8',
    },
  };
}
