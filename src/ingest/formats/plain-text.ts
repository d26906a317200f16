import { decodeDetected } from '../../text/decode.js';
import { readBytes } from '../read-bytes.js';
import type { SourceItem } from '../source.js';

/** .txt and .md: one document per file, in any encoding decodeDetected reads. The coder finds headline and byline. */
export function* readPlainText(path: string): Iterable<SourceItem> {
  const { text, encoding } = decodeDetected(readBytes(path), path);
  yield { document: { source: path, text, title: null, url: null, published: null, language: null, externalId: null, encoding } };
}
