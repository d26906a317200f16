/**
 * Tells GB18030/GBK from Big5 for bytes that are not UTF-8. Both encodings accept most byte pairs, so validity
 * alone cannot decide: each candidate decoding is scored by the share of its non-ASCII characters that are common
 * Chinese characters or punctuation. The common sets come from the encodings themselves — GB2312's level-1 block
 * holds the 3,755 most used simplified characters and Big5's first block the 5,401 most used traditional ones —
 * so no frequency list has to be shipped. Text in one encoding read as the other lands on rare characters,
 * private-use code points or invalid sequences about half the time.
 */
export type LegacyEncoding = 'gb18030' | 'big5';

/** A decoding is accepted when at least this share of its non-ASCII characters is common Chinese. */
const MIN_SCORE = 0.8;

export function detectLegacyChinese(bytes: Uint8Array): { encoding: LegacyEncoding; text: string } | null {
  let best: { encoding: LegacyEncoding; text: string; score: number } | null = null;
  for (const encoding of ['gb18030', 'big5'] as const) {
    const text = strictDecode(encoding, bytes);
    if (text === null) continue;
    const score = commonShare(text);
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { encoding, text, score };
  }
  return best && { encoding: best.encoding, text: best.text };
}

function strictDecode(encoding: LegacyEncoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function commonShare(text: string): number {
  const common = commonCharacters();
  let nonAscii = 0;
  let hits = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if (common.has(c)) hits++;
  }
  return nonAscii === 0 ? 0 : hits / nonAscii;
}

let cached: Set<number> | null = null;

function commonCharacters(): Set<number> {
  if (cached) return cached;
  const set = new Set<number>();
  // GB2312: row A1 punctuation, row A3 full-width ASCII, rows B0–D7 level-1 characters.
  addBlock(set, 'gb18030', [0xa1, 0xa1], [0xa1, 0xfe]);
  addBlock(set, 'gb18030', [0xa3, 0xa3], [0xa1, 0xfe]);
  addBlock(set, 'gb18030', [0xb0, 0xd7], [0xa1, 0xfe]);
  // Big5: rows A1–A3 punctuation and symbols, rows A4–C6 frequently used characters.
  addBlock(set, 'big5', [0xa1, 0xa3], [0x40, 0x7e]);
  addBlock(set, 'big5', [0xa1, 0xa3], [0xa1, 0xfe]);
  addBlock(set, 'big5', [0xa4, 0xc6], [0x40, 0x7e]);
  addBlock(set, 'big5', [0xa4, 0xc5], [0xa1, 0xfe]);
  cached = set;
  return set;
}

function addBlock(set: Set<number>, encoding: LegacyEncoding, leads: [number, number], trails: [number, number]): void {
  const decoder = new TextDecoder(encoding);
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (let trail = trails[0]; trail <= trails[1]; trail++) {
      const c = decoder.decode(new Uint8Array([lead, trail])).codePointAt(0)!;
      // Unassigned pairs decode to U+FFFD or to the private-use area: neither is a common character.
      if (c !== 0xfffd && (c < 0xe000 || c > 0xf8ff)) set.add(c);
    }
  }
}
