import type { CodingOptions } from './options.js';
import type { Tree, TreeNode } from './treebank.js';

/** Tags of leaves that are not words when clauses are measured. */
export const PUNCTUATION = new Set([',', '.', ':', '``', "''", '-LRB-', '-RRB-', '#', '$', 'POS']);

/** A comma inside a noun or adjective phrase ("complete, full ties") lists modifiers; it does not end a clause. */
const LISTING_PHRASES = /^(NP|NX|NML|ADJP|QP|UCP)(-|$)/;

/**
 * PETRARCH leaves out short comma-delimited clauses before coding, since they seldom carry the event: ", a senior
 * official said on Saturday." at the end, ", in remarks published on Monday," inside, and (when comma_bmax is set) the
 * clause before the first comma. A clause goes when its length in words lies within the option's bounds; a maximum of 0
 * keeps every clause of that kind. Returns, for each leaf, whether it is left out.
 */
export function commaClauseLeaves(tree: Tree, comma: CodingOptions['comma']): boolean[] {
  const { leaves } = tree;
  const dropped = new Array<boolean>(leaves.length).fill(false);
  const commas = leaves.flatMap((leaf, i) => (leaf.label === ',' && !LISTING_PHRASES.test(leaf.parent?.label ?? '') ? [i] : []));
  if (!commas.length) return dropped;
  const end = PUNCTUATION.has(leaves[leaves.length - 1]!.label) ? leaves.length - 1 : leaves.length;
  const words = (from: number, to: number) => countWords(leaves, from, to);
  const drop = (from: number, to: number) => dropped.fill(true, from, to);
  const within = (n: number, min: number, max: number) => max > 0 && n >= min && n <= max;
  const first = commas[0]!;
  const last = commas[commas.length - 1]!;
  for (let k = 0; k + 1 < commas.length; k++) {
    const [from, to] = [commas[k]!, commas[k + 1]!];
    if (within(words(from + 1, to), comma.min, comma.max)) drop(from, to);
  }
  if (within(words(0, first), comma.bmin, comma.bmax)) drop(0, first + 1);
  if (within(words(last + 1, end), comma.emin, comma.emax)) drop(last, end);
  return dropped;
}

function countWords(leaves: TreeNode[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!PUNCTUATION.has(leaves[i]!.label)) n++;
  return n;
}
