import { InputError, ErrorCodes } from '../errors.js';

/** Largest document `readout code` accepts; news articles are a few kilobytes, so this only stops accidents. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/**
 * Turns the bytes of one input into text. Accepts UTF-8 with or without BOM and UTF-16 with BOM; rejects
 * binary data, empty input and other encodings with a reason that names the input. (Issue 4 adds GB18030 and
 * Big5 detection for ingest; `code` reports them as wrong encodings rather than guessing.)
 */
export function decodeDocument(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(ErrorCodes.INPUT_EMPTY, name, 'empty file');
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw new InputError(ErrorCodes.INPUT_TOO_LARGE, name, `too large (${bytes.length} bytes; the limit is ${MAX_DOCUMENT_BYTES})`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), name);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), name);
  if (looksBinary(bytes)) throw new InputError(ErrorCodes.INPUT_BINARY, name, 'binary data, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(ErrorCodes.INPUT_ENCODING, name, 'not valid UTF-8 (GBK, Big5 or another legacy encoding?); convert it to UTF-8');
  }
  return checked(text, name);
}

function checked(text: string, name: string): string {
  if (text.trim() === '') throw new InputError(ErrorCodes.INPUT_EMPTY, name, 'no text (only whitespace)');
  return text;
}

/** NUL bytes or a high share of control bytes in the first 8 KiB mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.1;
}
