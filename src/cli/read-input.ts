import { readFileSync } from 'node:fs';
import { readBytes } from '../ingest/read-bytes.js';
import { decodeDocument } from '../text/decode.js';

/** Reads one command-line input ('-' is stdin) and decodes it, or throws an InputError naming it. */
export function readInput(path: string): string {
  if (path === '-') return decodeDocument(readFileSync(0), 'stdin');
  return decodeDocument(readBytes(path), path);
}
