import type { AgentCode, Coding } from './coding.js';
import { PUNCTUATION } from './comma-clauses.js';
import { codesOn } from './dated-code.js';
import type { PetrarchDictionaries } from './dictionaries.js';
import type { Tree, TreeNode } from './treebank.js';

/** A base noun phrase (one without clauses or prepositional phrases inside): what `$`, `+`, `^` and `%` match. */
export interface BaseNP {
  node: TreeNode;
}

/** NP and its function-tagged forms (NP-SBJ), not CoreNLP's NP-TMP ("today", "next week"), which names no one. */
export const isNounPhrase = (label: string): boolean => label === 'NP' || (label.startsWith('NP-') && label !== 'NP-TMP');
const INNER_PHRASE = /^(PP|VP|SBAR|S|SINV|SQ|SBARQ|PRN|RRC|FRAG|WH[A-Z]*)(-|$)/;
const SEPARATOR = new Set(['CC', 'CONJP', ',', ':']);
/** A phrase naming no actor takes the actor of these: "the government of Gondor", "lawmakers in Fornost". */
const INHERITING_PREPOSITIONS = new Set(['OF', 'IN', 'FROM', 'BETWEEN', 'AMONG', 'AT']);

/**
 * The noun phrases of one parsed sentence and who they name, from the actor and agent dictionaries on the record's
 * date. Coordinated phrases name each conjunct ("Arnor, Osgiliath and Gondor"); a phrase naming only agents takes
 * the actor of a following of/in/from phrase ("the ambassadors of Arnor" → ARNGOV).
 */
export class NounPhrases {
  readonly baseNPs: BaseNP[] = [];
  private readonly memo = new Map<TreeNode, Coding[]>();

  constructor(
    private readonly tree: Tree,
    private readonly dropped: readonly boolean[],
    private readonly dictionaries: PetrarchDictionaries,
    private readonly day: number,
    private readonly newActorLength: number,
  ) {
    this.collectBaseNPs(tree.root);
  }

  /** Who a noun phrase names; empty when it names no one the dictionaries know. */
  codingsOf(np: TreeNode): Coding[] {
    let codings = this.memo.get(np);
    if (!codings) this.memo.set(np, (codings = this.resolve(np)));
    return codings;
  }

  /** A new actor named by the phrase's words, when the new_actor_length option allows one that long. */
  newActorOf(np: TreeNode): Coding | null {
    const words = this.wordsOf([np]);
    return words.length && words.length <= this.newActorLength ? { actor: null, agents: [], text: words.join(' ') } : null;
  }

  /** Who a base NP names with the phrase it heads: "the Prince" in "the Prince of Dol Amroth" names DOL. */
  namedBy(np: BaseNP): Coding[] {
    const codings = this.codingsOf(this.phraseOf(np));
    return codings.length ? codings : this.codingsOf(np.node);
  }

  /** The phrase a base NP heads: "the ambassadors" in "the ambassadors of Arnor", a conjunct in its coordination. */
  phraseOf(np: BaseNP): TreeNode {
    let node = np.node;
    while (node.parent && isNounPhrase(node.parent.label) && (isCoordination(node.parent) || node.parent.children.find((c) => isNounPhrase(c.label)) === node)) node = node.parent;
    return node;
  }

  wordsOf(nodes: TreeNode[]): string[] {
    const words: string[] = [];
    for (const node of nodes) {
      for (let i = node.first; i <= node.last; i++) {
        const leaf = this.tree.leaves[i]!;
        if (!this.dropped[i] && !PUNCTUATION.has(leaf.label)) words.push(leaf.word!);
      }
    }
    return words;
  }

  private collectBaseNPs(node: TreeNode): void {
    if (node.word !== null) return;
    if (isNounPhrase(node.label) && !hasInnerPhrase(node)) {
      if (this.wordsOf([node]).length) this.baseNPs.push({ node });
      return;
    }
    for (const child of node.children) this.collectBaseNPs(child);
  }

  private resolve(np: TreeNode): Coding[] {
    if (isCoordination(np)) return this.conjuncts(np);
    const nounChildren = np.children.filter((c) => isNounPhrase(c.label));
    if (!hasInnerPhrase(np)) {
      // "Neither (Galadriel nor Gollum)", "(Eriadori and Calenardhon) leaders": the coordination inside names them.
      const inner = nounChildren.find(isCoordination);
      if (inner) {
        const rest = this.codeWords(this.wordsOf(np.children.filter((c) => c !== inner)));
        if (!rest.some((c) => c.actor !== null)) return withAgents(this.codingsOf(inner), rest.flatMap((c) => c.agents));
      }
      return this.codeWords(this.wordsOf([np]));
    }
    const head = nounChildren[0];
    if (!head) return [];
    const after = np.children.slice(np.children.indexOf(head) + 1);
    const ofPhrase = after[0] && after[0].label === 'PP' && this.firstWord(after[0]) === 'OF' ? after[0] : null;
    // Agents may run into the of-phrase: "the Calenardhon Ministry of Silly Walks" (MINISTRY_OF_SILLY_WALKS).
    const headCodings = ofPhrase && !hasInnerPhrase(head) ? this.codeWords(this.wordsOf([head, ofPhrase]), this.wordsOf([head]).length) : this.codingsOf(head);
    if (headCodings.some((c) => c.actor !== null)) return headCodings;
    // No actor in the head: take the first one named after it, keeping the head's agents (the ambassadors of Arnor).
    for (const child of after) {
      const object = child.label === 'PP' && INHERITING_PREPOSITIONS.has(this.firstWord(child)) ? child.children.find((c) => isNounPhrase(c.label)) : isNounPhrase(child.label) ? child : undefined;
      if (!object) continue;
      const inherited = this.codingsOf(object).filter((c) => c.actor !== null || c.text !== undefined);
      if (inherited.length) return headCodings.length ? headCodings.flatMap((h) => withAgents(inherited, h.agents)) : inherited;
    }
    return headCodings;
  }

  /** Each conjunct of a coordination; a bare noun takes the modifiers of the first ("Danish media and government"). */
  private conjuncts(np: TreeNode): Coding[] {
    const groups: TreeNode[][] = [[]];
    for (const child of np.children) {
      if (SEPARATOR.has(child.label)) groups.push([]);
      else groups[groups.length - 1]!.push(child);
    }
    const filled = groups.filter((g) => this.wordsOf(g).length);
    const whole = this.wordsOf([np]);
    if (filled.length < 2 || this.actorSpansConjunction(whole)) return this.codeWords(whole);
    const flat = np.children.every((c) => c.word !== null);
    const firstWords = this.wordsOf(filled[0]!);
    const out: Coding[] = [];
    const groupCodings = filled.map((g) => (g.length === 1 && g[0]!.word === null ? this.codingsOf(g[0]!) : this.codeWords(this.wordsOf(g))));
    filled.forEach((group, i) => {
      let codings = groupCodings[i]!;
      // Words, not phrases, joined by "and": the modifiers before the first noun belong to all (DNKMED, DNKGOV).
      if (flat && i > 0 && !codings.some((c) => c.actor !== null) && groupCodings[0]!.some((c) => c.actor !== null)) codings = this.codeWords([...firstWords.slice(0, -1), ...this.wordsOf(group)]);
      // Beside named conjuncts, an unnamed one may be a new actor ("Eriador's death and injury toll").
      if (!codings.length && groupCodings.some((c) => c.length)) {
        const fresh = group.length === 1 ? this.newActorOf(group[0]!) : null;
        if (fresh) codings = [fresh];
      }
      out.push(...codings);
    });
    return out;
  }

  private actorSpansConjunction(words: string[]): boolean {
    return this.dictionaries.nouns.matchAll(words).some((m) => m.value.kind === 'actor' && words.slice(m.start, m.end + 1).some((w) => w === 'AND' || w === 'OR' || w === '&'));
  }

  /** Actors and agents named by a run of words; only matches starting before `headLength` count. */
  private codeWords(words: string[], headLength = words.length): Coding[] {
    let actors: string[] | null = null;
    const agents: AgentCode[] = [];
    for (const m of this.dictionaries.nouns.matchAll(words)) {
      if (m.start >= headLength) break;
      if (m.value.kind === 'agent') {
        const { code, position } = m.value.entry;
        if (!agents.some((a) => a.code === code && a.position === position)) agents.push({ code, position });
      } else if (actors === null) {
        const codes = codesOn(m.value.entry.codes, this.day);
        if (codes && !(codes.length === 1 && codes[0] === '---')) actors = codes;
      }
    }
    if (actors) return actors.map((actor) => ({ actor, agents }));
    return agents.length ? [{ actor: null, agents }] : [];
  }

  private firstWord(node: TreeNode): string {
    return this.tree.leaves[node.first]?.word ?? '';
  }
}

function isCoordination(np: TreeNode): boolean {
  return isNounPhrase(np.label) && np.children.some((c) => c.label === 'CC' || c.label === 'CONJP') && np.children.filter((c) => !SEPARATOR.has(c.label)).length >= 2;
}

function hasInnerPhrase(node: TreeNode): boolean {
  return node.children.some((c) => c.word === null && (INNER_PHRASE.test(c.label) || hasInnerPhrase(c)));
}

function withAgents(codings: Coding[], agents: AgentCode[]): Coding[] {
  if (!agents.length) return codings;
  return codings.map((c) => ({ ...c, agents: [...c.agents, ...agents.filter((a) => !c.agents.some((b) => b.code === a.code))] }));
}

