import type { PetrarchDictionaries } from './dictionaries.js';
import type { VerbSpan } from './pattern-matcher.js';
import type { Sentence } from './sentence.js';
import type { TreeNode } from './treebank.js';
import type { VerbSense } from './verb-index.js';

/** A verb of the dictionary found in a sentence: its leaf, where it stands, and the senses its form has there. */
export interface FoundVerb {
  leaf: TreeNode;
  span: VerbSpan;
  senses: VerbSense[];
}

/**
 * Verbs the dictionary knows, tagged as verbs by the parse, left to right. A participle inside a noun phrase ("the
 * wounded soldiers") modifies the noun and is not coded. A multi-word verb (WIRE_+TAP, +CORDON_OFF) needs its other
 * words next to it; the longest form found wins.
 */
export function findVerbs(s: Sentence, dictionaries: PetrarchDictionaries): FoundVerb[] {
  const found: FoundVerb[] = [];
  for (let t = 0; t < s.tokens.length; t++) {
    const leaf = s.tree.leaves[s.tokens[t]!.leaf]!;
    if (!leaf.label.startsWith('VB') || !leaf.parent || /^NP/.test(leaf.parent.label)) continue;
    let best: VerbSense[] = [];
    let bestLength = 0;
    for (const sense of dictionaries.verbs.sensesOf(leaf.word!)) {
      const { words, verbIndex } = sense.form;
      if (words.length < bestLength || !words.every((w, j) => s.tokens[t - verbIndex + j]?.word === w)) continue;
      if (words.length > bestLength) [best, bestLength] = [[], words.length];
      best.push(sense);
    }
    if (!best.length) continue;
    const first = t - best[0]!.form.verbIndex;
    const last = first + bestLength - 1;
    found.push({ leaf, span: { first, last, lowerEnd: Math.max(s.tokenSpan(leaf.parent)[1], last) }, senses: best });
  }
  return found;
}
