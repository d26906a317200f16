import type { DictPhrase } from './phrase.js';

/** A dictionary phrase found in a run of words: the positions of its first and last word. */
export interface PhraseMatch<T> {
  value: T;
  start: number;
  end: number;
  length: number;
}

/**
 * Phrases indexed by their first word, matched longest-first over a run of words. Words joined by `_` in the
 * dictionary must be adjacent; words joined by a space may have others between them (PETRARCH validation record
 * PATTERN-09: `ITHILEN TELEVISION` names "Ithilen state-run television").
 */
export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, { phrase: DictPhrase; value: T }[]>();

  add(phrase: DictPhrase, value: T): void {
    const first = phrase.words[0];
    if (first === undefined) return;
    let list = this.byFirstWord.get(first);
    if (!list) this.byFirstWord.set(first, (list = []));
    list.push({ phrase, value });
  }

  /** Non-overlapping matches left to right, the longest at each position (the earliest entry on a tie). */
  matchAll(words: readonly string[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < words.length) {
      const best = this.longestAt(words, i);
      if (best) {
        out.push(best);
        i = best.end + 1;
      } else i++;
    }
    return out;
  }

  private longestAt(words: readonly string[], start: number): PhraseMatch<T> | null {
    const candidates = this.byFirstWord.get(words[start]!);
    if (!candidates) return null;
    let best: PhraseMatch<T> | null = null;
    for (const { phrase, value } of candidates) {
      if (best && phrase.words.length <= best.length) continue;
      const end = matchFrom(phrase, words, start);
      if (end >= 0) best = { value, start, end, length: phrase.words.length };
    }
    return best;
  }
}

/** Index of the phrase's last word when it matches from `start`, else -1. */
function matchFrom(phrase: DictPhrase, words: readonly string[], start: number): number {
  let pos = start;
  for (let k = 1; k < phrase.words.length; k++) {
    const want = phrase.words[k]!;
    if (phrase.adjacent[k - 1]) {
      if (words[pos + 1] !== want) return -1;
      pos++;
    } else {
      let next = pos + 1;
      while (next < words.length && words[next] !== want) next++;
      if (next >= words.length) return -1;
      pos = next;
    }
  }
  return pos;
}
