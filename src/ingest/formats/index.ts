import { extname } from 'node:path';
import { ErrorCodes, InputError } from '../../errors.js';
import type { SourceItem } from '../source.js';
import { readHtml } from './html.js';
import { readJsonl } from './jsonl.js';
import { readPlainText } from './plain-text.js';
import { readXml } from './xml.js';

type Reader = (path: string) => Iterable<SourceItem> | AsyncIterable<SourceItem>;

/** Input formats by file extension. XML files are told apart (feed or PETRARCH records) by their root element. */
const READERS: Record<string, Reader> = {
  '.txt': readPlainText,
  '.md': readPlainText,
  '.markdown': readPlainText,
  '.html': readHtml,
  '.htm': readHtml,
  '.xhtml': readHtml,
  '.jsonl': readJsonl,
  '.ndjson': readJsonl,
  '.xml': readXml,
  '.rss': readXml,
  '.atom': readXml,
};

export function isIngestible(path: string): boolean {
  return extname(path).toLowerCase() in READERS;
}

const INGESTIBLE_EXTENSIONS = Object.keys(READERS);

/**
 * The documents of one input file. A file that cannot be read, decoded or parsed as a whole yields one rejection
 * naming it; formats with several documents per file reject single records and go on.
 */
export async function* readSource(path: string): AsyncIterable<SourceItem> {
  const reader = READERS[extname(path).toLowerCase()];
  if (!reader) {
    yield { rejected: new InputError(ErrorCodes.INPUT_TYPE, path, `not a format ingest reads (${INGESTIBLE_EXTENSIONS.join(' ')})`) };
    return;
  }
  try {
    yield* reader(path);
  } catch (err) {
    // Whatever stops a reader stops this file only; the reason names it and the ingest goes on.
    yield { rejected: err instanceof InputError ? err : new InputError(ErrorCodes.INPUT_PARSE, path, `cannot be parsed (${(err as Error).message})`) };
  }
}
