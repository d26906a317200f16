/**
 * The elements of a PETRARCH verb pattern, as written after `-` in a verb block:
 *
 *     - + HAS * A MESSAGE $   [031]     + the target, $ the source, * the verb, words around it
 *     - SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS [161]
 *                                       _ joins elements that must be adjacent, &NAME is a synset
 *     - * IFTAR AT ^ ^ +      [044]     ^ skips an actor, % stands for a compound actor
 *     - * (TO BORDER)         [154]     PETRARCH 2: a prepositional phrase (preposition first)
 *     - * {ARMS SHIPMENT}     [072]     PETRARCH 2: a noun phrase
 */
export type PatternElement =
  | { kind: 'word'; word: string; joinNext: boolean }
  | { kind: 'synset'; name: string; joinNext: boolean }
  | { kind: 'verb' | 'source' | 'target' | 'skip' | 'compound'; joinNext: boolean }
  | { kind: 'preposition' | 'noun-phrase'; elements: PatternElement[]; joinNext: boolean };

const SYMBOLS: Record<string, 'verb' | 'source' | 'target' | 'skip' | 'compound'> = { '*': 'verb', $: 'source', '+': 'target', '^': 'skip', '%': 'compound' };
const WORD = /^[A-Z0-9][A-Z0-9'.,\-/]*$|^'[A-Z0-9'.\-]*$/;

/** Reads a pattern's elements; throws an Error with a message saying what is wrong. */
export function parsePatternElements(text: string): PatternElement[] {
  const pieces = text.toUpperCase().match(PIECES) ?? [];
  const [elements, end] = readSequence(pieces, 0, null);
  if (end < pieces.length) throw new Error(`unexpected '${pieces[end]}'`);
  return elements;
}

/** White space, `_`, brackets, or a token between them. */
const PIECES = /\s+|_|[(){}]|[^\s_(){}]+/g;

/** Reads elements up to `close` (or the end); returns them and the index just past the closing bracket. */
function readSequence(pieces: string[], start: number, close: ')' | '}' | null): [PatternElement[], number] {
  const out: PatternElement[] = [];
  let i = start;
  while (i < pieces.length) {
    const piece = pieces[i]!;
    const last = out[out.length - 1];
    if (piece === close) return [finish(out), i + 1];
    if (piece.trim() === '') {
      // `IN_ *`: a `_` before a space only marked a whole word in TABARI; it joins nothing.
      if (last) last.joinNext = false;
      i++;
    } else if (piece === '_') {
      if (last) last.joinNext = true;
      i++;
    } else if (piece === '(' || piece === '{') {
      const [inner, next] = readSequence(pieces, i + 1, piece === '(' ? ')' : '}');
      if (piece === '(' && inner[0]?.kind !== 'word') throw new Error(`a prepositional phrase must start with its preposition in '${pieces.slice(i, next).join('')}'`);
      out.push({ kind: piece === '(' ? 'preposition' : 'noun-phrase', elements: inner, joinNext: false });
      i = next;
    } else if (piece === ')' || piece === '}') {
      throw new Error(`unmatched '${piece}'`);
    } else {
      out.push(readToken(piece));
      i++;
    }
  }
  if (close) throw new Error(`'${close === ')' ? '(' : '{'}' is never closed`);
  return [finish(out), i];
}

function finish(elements: PatternElement[]): PatternElement[] {
  if (elements.length) elements[elements.length - 1]!.joinNext = false;
  return elements;
}

function readToken(token: string): PatternElement {
  const symbol = SYMBOLS[token];
  if (symbol) return { kind: symbol, joinNext: false };
  if (token.startsWith('&')) {
    if (!/^&[A-Z0-9]+$/.test(token)) throw new Error(`'${token}' is not a synset name`);
    return { kind: 'synset', name: token.slice(1), joinNext: false };
  }
  if (!WORD.test(token)) throw new Error(`'${token}' is not a word, a synset or one of * $ + ^ %`);
  return { kind: 'word', word: token, joinNext: false };
}
