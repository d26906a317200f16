/**
 * A phrase as PETRARCH dictionaries write it: words joined by `_` must stand next to each other in the text, words
 * joined by a space may have other words between them (TABARI's "connected" and "open" joins). A `_` at either end
 * only marks a whole word (TABARI stems otherwise; PETRARCH matches whole words), so it is dropped.
 */
export interface DictPhrase {
  words: string[];
  /** adjacent[i]: words[i + 1] must follow words[i] directly. Length is words.length - 1. */
  adjacent: boolean[];
}

export function parsePhrase(text: string): DictPhrase {
  const upper = text.trim().toUpperCase();
  if (!/\s/.test(upper)) {
    // Most names (AFGHANISTAN_, KOFI_ATTA_ANNAN_) are joined by `_` only; they share their `adjacent` list.
    const words = upper.split('_').filter(Boolean);
    return { words, adjacent: allAdjacent(words.length) };
  }
  const words: string[] = [];
  const adjacent: boolean[] = [];
  for (const chunk of upper.split(/\s+/)) {
    const parts = chunk.split('_').filter(Boolean);
    parts.forEach((part, i) => {
      if (words.length) adjacent.push(i > 0);
      words.push(part);
    });
  }
  return { words, adjacent };
}

const ALL_ADJACENT: (readonly boolean[])[] = [];
function allAdjacent(words: number): boolean[] {
  return (ALL_ADJACENT[words] ??= Object.freeze(new Array<boolean>(Math.max(0, words - 1)).fill(true))) as boolean[];
}

export function phraseText(phrase: DictPhrase): string {
  return phrase.words.map((w, i) => (i === 0 ? w : (phrase.adjacent[i - 1] ? '_' : ' ') + w)).join('');
}
