import { Converter } from 'opencc-js/t2cn';

/**
 * Traditional Chinese is coded through a simplified form: Readout's lexicons and patterns are simplified. The
 * conversion must keep every UTF-16 offset, because spans point into the original text that the store keeps.
 */
export interface MatchingForm {
  /** The text to code: simplified when the original is traditional, else the original itself. */
  text: string;
  traditional: boolean;
}

/** OpenCC's plain traditional → mainland simplified, character by character (no regional phrase rewrites). */
const toSimplified = Converter({ from: 't', to: 'cn' });

/** A text is traditional when conversion changes more than this share of its Han characters (simplified: ~0). */
const TRADITIONAL_SHARE = 0.05;

export function matchingForm(text: string): MatchingForm {
  const converted = sameLength(text);
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) {
      han++;
      if (converted.charCodeAt(i) !== c) changed++;
    }
  }
  return changed > 0 && changed > han * TRADITIONAL_SHARE ? { text: converted, traditional: true } : { text, traditional: false };
}

/**
 * t → cn is one character for one character on news text; should a dictionary entry ever change the length, the
 * text is converted one character at a time instead, and a character whose conversion changes length stays as it is.
 */
function sameLength(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = toSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}
