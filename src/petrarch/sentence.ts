import { commaClauseLeaves } from './comma-clauses.js';
import type { PetrarchDictionaries } from './dictionaries.js';
import { NounPhrases, type BaseNP } from './noun-phrases.js';
import type { CodingOptions } from './options.js';
import type { Tree, TreeNode } from './treebank.js';

/** A word of the sentence as patterns see it: possessive `'s` and left-out clauses are gone. */
export interface Token {
  word: string;
  leaf: number;
}

/**
 * One parsed sentence ready for coding: the words patterns match (`tokens`), the noun phrases and who they name, and
 * for each token the base noun phrase covering it (what `$`, `+`, `^` and `%` match) with its span in tokens.
 */
export class Sentence {
  readonly dropped: boolean[];
  readonly nouns: NounPhrases;
  readonly tokens: Token[] = [];
  /** The words of the tokens, for a quick test of whether a pattern can match at all. */
  readonly words = new Set<string>();
  /** Token index of each leaf; -1 for leaves that are not tokens. */
  readonly tokenOfLeaf: number[];
  readonly baseNPAt: (BaseNP | undefined)[] = [];
  readonly baseNPSpan = new Map<BaseNP, [number, number]>();

  constructor(
    readonly tree: Tree,
    readonly options: CodingOptions,
    dictionaries: PetrarchDictionaries,
    day: number,
  ) {
    this.dropped = commaClauseLeaves(tree, options.comma);
    this.nouns = new NounPhrases(tree, this.dropped, dictionaries, day, options.newActorLength);
    this.tokenOfLeaf = tree.leaves.map((leaf, i) => {
      if (this.dropped[i] || leaf.label === 'POS') return -1;
      this.tokens.push({ word: leaf.word!, leaf: i });
      this.words.add(leaf.word!);
      return this.tokens.length - 1;
    });
    this.baseNPAt.length = this.tokens.length;
    for (const np of this.nouns.baseNPs) {
      const [first, last] = this.tokenSpan(np.node);
      if (first > last) continue;
      this.baseNPSpan.set(np, [first, last]);
      this.baseNPAt.fill(np, first, last + 1);
    }
  }

  /** First and last token a node covers (first > last when it covers none). */
  tokenSpan(node: TreeNode): [number, number] {
    let first = -1;
    let last = -2;
    for (let i = node.first; i <= node.last; i++) {
      const t = this.tokenOfLeaf[i]!;
      if (t < 0) continue;
      if (first < 0) first = t;
      last = t;
    }
    return first < 0 ? [0, -1] : [first, last];
  }
}
