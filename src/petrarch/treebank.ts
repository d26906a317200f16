/** A node of a Penn Treebank parse: a phrase (`NP`, `VP`, ...) or a leaf (a tag and its word). */
export interface TreeNode {
  label: string;
  children: TreeNode[];
  parent: TreeNode | null;
  /** The word, upper-cased as the dictionaries write it; null for phrases. */
  word: string | null;
  /** The word as the parse writes it (for checks that need its case); null for phrases. */
  text: string | null;
  /** Leaf span covered: first and last leaf index (a leaf has first === last). */
  first: number;
  last: number;
}

export interface Tree {
  root: TreeNode;
  leaves: TreeNode[];
}

/**
 * Reads a bracketed Penn Treebank parse, `(ROOT (S (NP (NNP Arnor)) (VP ...)))` or CoreNLP's `( (S ...))`.
 * Returns what is wrong instead when the brackets do not balance or a leaf has no word: PETRARCH treats such a record
 * as an error, not as a sentence to code.
 */
export function parseTreebank(text: string): Tree | string {
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  const leaves: TreeNode[] = [];
  const stack: TreeNode[] = [];
  let root: TreeNode | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '(') {
      const next = tokens[i + 1];
      const label = next !== undefined && next !== '(' && next !== ')' ? next : '';
      if (label) i++;
      const node: TreeNode = { label, children: [], parent: stack[stack.length - 1] ?? null, word: null, text: null, first: leaves.length, last: leaves.length - 1 };
      if (!node.parent && root) return 'more than one tree: text after the closing bracket of the parse';
      node.parent?.children.push(node);
      root ??= node;
      stack.push(node);
    } else if (token === ')') {
      const node = stack.pop();
      if (!node) return "unbalanced parse: a ')' closes nothing";
      node.last = leaves.length - 1;
      if (!node.children.length && node.word === null) return `unbalanced parse: '(${node.label})' has neither a word nor phrases`;
    } else {
      const node = stack[stack.length - 1];
      if (!node) return `'${token}' stands outside the parse's brackets`;
      if (node.word !== null || node.children.length) return `unbalanced parse: '${token}' follows a complete phrase in (${node.label} ...)`;
      node.word = token.toUpperCase();
      node.text = token;
      node.first = leaves.length;
      leaves.push(node);
    }
  }
  if (stack.length) return `unbalanced parse: ${stack.length} bracket${stack.length === 1 ? '' : 's'} never closed`;
  if (!root || !leaves.length) return 'empty parse';
  return { root, leaves };
}
