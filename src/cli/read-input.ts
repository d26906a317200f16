import { readFileSync, statSync } from 'node:fs';
import { ErrorCodes, InputError } from '../errors.js';
import { decodeDocument, MAX_DOCUMENT_BYTES } from '../text/decode.js';

/** Reads one command-line input ('-' is stdin) and decodes it, or throws an InputError naming it. */
export function readInput(path: string): string {
  if (path === '-') return decodeDocument(readFileSync(0), 'stdin');
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(ErrorCodes.INPUT_UNREADABLE, path, 'is a directory (readout ingest reads folders)');
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(ErrorCodes.INPUT_MISSING, path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(err)})`);
  }
  if (size > MAX_DOCUMENT_BYTES) throw new InputError(ErrorCodes.INPUT_TOO_LARGE, path, `too large (${size} bytes; the limit is ${MAX_DOCUMENT_BYTES})`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(ErrorCodes.INPUT_UNREADABLE, path, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return decodeDocument(bytes, path);
}
