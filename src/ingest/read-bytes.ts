import { readFileSync, statSync } from 'node:fs';
import { ErrorCodes, InputError } from '../errors.js';
import { MAX_DOCUMENT_BYTES } from '../text/decode.js';

/** Reads a whole input file, or throws an InputError naming it: missing, a folder, too large or unreadable. */
export function readBytes(path: string): Uint8Array {
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
  try {
    return readFileSync(path);
  } catch (err) {
    throw new InputError(ErrorCodes.INPUT_UNREADABLE, path, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}
