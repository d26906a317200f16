import { InputError, ErrorCodes } from '../errors.js';
import { detectLegacyChinese } from './legacy-encoding.js';

/** Largest document Readout accepts; news articles are a few kilobytes, so this only stops accidents. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Turns the bytes of one input into text for `readout code`: UTF-8 with or without BOM and UTF-16 with BOM.
 * Binary data, empty input and other encodings are rejected with a reason that names the input; `code` reports
 * a legacy encoding rather than guessing it (ingest guesses, through decodeDetected).
 */
export function decodeDocument(bytes: Uint8Array, name: string): string {
  const unicode = decodeUnicode(bytes, name);
  if (!unicode) throw new InputError(ErrorCodes.INPUT_ENCODING, name, 'not valid UTF-8 (GBK, Big5 or another legacy encoding?); convert it to UTF-8');
  return unicode.text;
}

/**
 * Like decodeDocument, and also reads GB18030/GBK and Big5, told apart by which one gives common Chinese
 * characters (see legacy-encoding.ts). Used by ingest, where archives in legacy encodings are the norm.
 */
export function decodeDetected(bytes: Uint8Array, name: string): DecodedText {
  const unicode = decodeUnicode(bytes, name);
  if (unicode) return unicode;
  const legacy = detectLegacyChinese(bytes);
  if (!legacy) throw new InputError(ErrorCodes.INPUT_ENCODING, name, 'not UTF-8, and neither GB18030/GBK nor Big5 reads it as Chinese text');
  return { text: checked(legacy.text, name), encoding: legacy.encoding };
}

/** UTF-8 or BOM-marked UTF-16; null when the bytes are not valid UTF-8. Throws for empty, oversized or binary input. */
function decodeUnicode(bytes: Uint8Array, name: string): DecodedText | null {
  if (bytes.length === 0) throw new InputError(ErrorCodes.INPUT_EMPTY, name, 'empty file');
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw new InputError(ErrorCodes.INPUT_TOO_LARGE, name, `too large (${bytes.length} bytes; the limit is ${MAX_DOCUMENT_BYTES})`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), name), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), name), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new InputError(ErrorCodes.INPUT_BINARY, name, 'binary data, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  return { text: checked(text, name), encoding: 'utf-8' };
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
