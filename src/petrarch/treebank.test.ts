import { describe, expect, it } from 'vitest';
import { parseTreebank, type Tree, type TreeNode } from './treebank.js';

const show = (node: TreeNode): string => (node.word !== null ? `(${node.label} ${node.word})` : `(${node.label} ${node.children.map(show).join(' ')})`);

describe('parseTreebank', () => {
  it('reads a CoreNLP parse with its leaves, spans and parents', () => {
    const tree = parseTreebank('(ROOT (S (NP (NNP Arnor) ) (VP (VBD restored) (NP (NNS ties))) (. .)))') as Tree;
    expect(show(tree.root)).toBe('(ROOT (S (NP (NNP ARNOR)) (VP (VBD RESTORED) (NP (NNS TIES))) (. .)))');
    expect(tree.leaves.map((l) => l.text)).toEqual(['Arnor', 'restored', 'ties', '.']);
    const vp = tree.root.children[0]!.children[1]!;
    expect([vp.first, vp.last, vp.parent?.label]).toEqual([1, 2, 'S']);
  });

  it('reads the unlabelled root of the GigaWord files and bracket tokens', () => {
    const tree = parseTreebank('( (S (NP (NNP EU)) (PRN (-LRB- -LRB-) (NN x) (-RRB- -RRB-))))') as Tree;
    expect(tree.root.label).toBe('');
    expect(tree.leaves.map((l) => l.label)).toEqual(['NNP', '-LRB-', 'NN', '-RRB-']);
  });

  it.each([
    ['a missing (VP (validation record ERROR-02)', '(ROOT (S (NP (NNP Arnor)) (VBZ is) (NN x)) ))', "unbalanced parse: a ')' closes nothing"],
    ['missing closing brackets (ERROR-03)', '(ROOT (S (NP (NNP Arnor)) (VP (VBZ is)', 'unbalanced parse: 3 brackets never closed'],
    ['a word after a phrase', '(ROOT (NP (NNP Arnor)) Gondor)', "unbalanced parse: 'Gondor' follows a complete phrase in (ROOT ...)"],
    ['an empty phrase', '(ROOT (NP))', "unbalanced parse: '(NP)' has neither a word nor phrases"],
    ['two trees', '(ROOT (NNP A)) (ROOT (NNP B))', 'more than one tree: text after the closing bracket of the parse'],
    ['nothing', '', 'empty parse'],
  ])('says what is wrong with %s', (_what, text, message) => {
    expect(parseTreebank(text)).toBe(message);
  });
});
