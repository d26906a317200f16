import type { Coding } from './coding.js';
import { isNounPhrase, type BaseNP } from './noun-phrases.js';
import type { VerbSpan } from './pattern-matcher.js';
import type { Sentence } from './sentence.js';
import type { TreeNode } from './treebank.js';

const CLAUSE = /^(S|SQ|SBARQ)(-|$)/;
const BE = new Set(['IS', 'ARE', 'AM', 'WAS', 'WERE', 'BE', 'BEEN', 'BEING', "'S", "'RE"]);

/**
 * The source a verb gets by default: the subject of its clause, or of the clause above it when that one names no one
 * ("Ethiopia indicated it would act": Ethiopia acts) or is already the target. A reduced relative clause takes the
 * noun it follows ("a woman believed linked to ..."). The subject must come before the verb: in "Rebuked by Eriador,
 * Osgiliath is ..." nothing precedes REBUKED.
 */
export function subjectOf(s: Sentence, verbLeaf: TreeNode, exclude: BaseNP | null): Coding[] {
  let child = verbLeaf;
  for (let node = verbLeaf.parent; node; child = node, node = node.parent) {
    let candidate: TreeNode | undefined;
    if (CLAUSE.test(node.label) || isNounPhrase(node.label)) {
      const before = node.children.slice(0, node.children.indexOf(child));
      candidate = CLAUSE.test(node.label) ? before.reverse().find((c) => isNounPhrase(c.label)) : before.find((c) => isNounPhrase(c.label));
    }
    // A subject headed by the pattern's target (`NOTED + *`: "X noted that Y regretted") leaves the source to X.
    if (!candidate || candidate.last >= verbLeaf.first || (exclude && candidate.first === exclude.node.first)) continue;
    const codings = s.nouns.codingsOf(candidate);
    if (codings.length) return codings;
    const fresh = newActor(s, candidate);
    if (fresh) return [fresh];
  }
  return [];
}

/**
 * The target a verb gets by default: the first noun phrase after it, in its verb phrase, that names someone; failing
 * that a new actor (new_actor_length), and failing that, when dyads are not required, `---` for any noun phrase.
 */
export function objectOf(s: Sentence, verb: VerbSpan, exclude: ReadonlySet<BaseNP>): Coding[] {
  const after: BaseNP[] = [];
  for (let t = verb.last + 1; t <= verb.lowerEnd; t++) {
    const np = s.baseNPAt[t];
    if (np && !exclude.has(np) && after[after.length - 1] !== np) after.push(np);
  }
  for (const np of after) {
    const codings = s.nouns.namedBy(np);
    if (codings.length) return codings;
  }
  for (const np of after) {
    const fresh = newActor(s, s.nouns.phraseOf(np));
    if (fresh) return [fresh];
  }
  return !s.options.requireDyad && after.length ? [{ actor: null, agents: [] }] : [];
}

/** The agent of a passive verb ("was opposed by Osgiliath"): the first phrase naming someone in its by-phrase. */
export function passiveAgentOf(s: Sentence, verbLeaf: TreeNode): Coding[] | null {
  const vp = verbLeaf.parent;
  if (!verbLeaf.label.startsWith('VBN') || !vp || !vp.parent) return null;
  const auxiliary = vp.parent.children.some((c) => c.word !== null && (BE.has(c.word) || c.label.startsWith('AUX')));
  if (!auxiliary) return null;
  for (const pp of byPhrases(vp)) {
    if (pp.first <= verbLeaf.first) continue;
    const np = pp.children.find((c) => isNounPhrase(c.label));
    const codings = np ? s.nouns.codingsOf(np) : [];
    if (codings.length) return codings;
  }
  return null;
}

/** By-phrases of a verb phrase, also under an adverb ("opposed earlier by Osgiliath"), not in clauses below it. */
function byPhrases(node: TreeNode): TreeNode[] {
  const out: TreeNode[] = [];
  for (const child of node.children) {
    if (child.label === 'PP' && child.children[0]?.word === 'BY') out.push(child);
    else if (child.label === 'ADVP') out.push(...byPhrases(child));
  }
  return out;
}

/** A phrase with a noun in it may be a new actor; a pronoun ("it", "he") may not. */
function newActor(s: Sentence, np: TreeNode): Coding | null {
  const hasNoun = s.tree.leaves.slice(np.first, np.last + 1).some((leaf) => leaf.label.startsWith('NN'));
  return hasNoun ? s.nouns.newActorOf(np) : null;
}
