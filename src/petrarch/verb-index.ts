import { DataFileError } from '../errors.js';
import type { PatternElement } from './pattern-syntax.js';
import type { EventCode, VerbForm } from './verb-entry.js';
import type { VerbBlock, VerbDictionary, VerbEntry, VerbPattern } from './verb-dictionary.js';

export type Role = 'source' | 'target' | 'skip' | 'compound';

/**
 * One step of a compiled pattern, in matching order (outward from the verb). Word sequences are indexed by the word
 * nearest the verb (the first after it, the last before it), longest first, so a step tries only those that can fit.
 */
export type Step = ({ kind: 'words'; alternatives: string[][]; nearest: Map<string, string[][]> } | { kind: 'role'; role: Role }) & {
  /** Must touch the step matched before it (or the verb): the pattern joined them with `_`. */
  joined: boolean;
};

export interface CompiledPattern {
  /** Steps before the verb, nearest first; steps after it, nearest first. */
  upper: Step[];
  lower: Step[];
  code: EventCode;
  /** Words the sentence must hold for the pattern to match: a quick test before matching. */
  required: string[];
  text: string;
  line: number;
}

/** A verb as found in text: the form, the block it belongs to and the code it carries. */
export interface VerbSense {
  form: VerbForm;
  block: VerbBlock;
  entry: VerbEntry;
  patterns: CompiledPattern[];
}

/**
 * The verb dictionary ready for coding: every form of every verb indexed by its verb word, patterns compiled with
 * their synsets resolved into alternative word sequences. A pattern naming an unknown synset is reported in
 * `issues` and left out.
 */
export class VerbIndex {
  private readonly byWord = new Map<string, VerbSense[]>();

  constructor(dictionary: VerbDictionary, issues: DataFileError[]) {
    const synsets = new SynsetResolver(dictionary);
    for (const block of dictionary.blocks) {
      const patterns: CompiledPattern[] = [];
      for (const pattern of block.patterns) {
        try {
          patterns.push(compile(pattern, synsets));
        } catch (err) {
          issues.push(new DataFileError(dictionary.file, pattern.line, `${(err as Error).message} in pattern '${pattern.text}'`));
        }
      }
      for (const entry of block.verbs) {
        for (const form of entry.forms) {
          const word = form.words[form.verbIndex]!;
          let senses = this.byWord.get(word);
          if (!senses) this.byWord.set(word, (senses = []));
          senses.push({ form, block, entry, patterns });
        }
      }
    }
  }

  sensesOf(word: string): readonly VerbSense[] {
    return this.byWord.get(word) ?? [];
  }
}

function compile(pattern: VerbPattern, synsets: SynsetResolver): CompiledPattern {
  const flat = flatten(pattern.elements);
  const verbAt = flat.findIndex((e) => e.kind === 'verb');
  const before = flat.slice(0, verbAt);
  const after = flat.slice(verbAt + 1);
  const toStep = (e: PatternElement, joined: boolean, backwards: boolean): Step => {
    if (e.kind === 'word') return { kind: 'words', alternatives: [[e.word]], nearest: new Map([[e.word, [[e.word]]]]), joined };
    if (e.kind === 'synset') return { kind: 'words', ...synsets.indexed(e.name, backwards), joined };
    if (e.kind === 'source' || e.kind === 'target' || e.kind === 'skip' || e.kind === 'compound') return { kind: 'role', role: e.kind, joined };
    throw new Error(`unexpected ${e.kind}`);
  };
  // Before the verb a step is joined to the one after it in the text; after the verb, to the one before it.
  const upper = before.map((e) => toStep(e, e.joinNext, true)).reverse();
  const lower = after.map((e, i) => toStep(e, (i === 0 ? flat[verbAt]! : after[i - 1]!).joinNext, false));
  const required = [...upper, ...lower].flatMap((step) => (step.kind === 'words' && step.alternatives.length === 1 ? step.alternatives[0]! : []));
  return { upper, lower, code: pattern.code, required, text: pattern.text, line: pattern.line };
}

/** PETRARCH 2's `(PREP ...)` and `{...}` groups match as their words in order. */
function flatten(elements: PatternElement[]): PatternElement[] {
  const out: PatternElement[] = [];
  for (const e of elements) {
    if (e.kind === 'preposition' || e.kind === 'noun-phrase') {
      const inner = flatten(e.elements);
      if (inner.length) inner[inner.length - 1] = { ...inner[inner.length - 1]!, joinNext: e.joinNext };
      out.push(...inner);
    } else out.push(e);
  }
  return out;
}

/** Expands synsets into word sequences, members that name other synsets included (`+&TIETYPES`). */
class SynsetResolver {
  private readonly resolved = new Map<string, string[][]>();
  private readonly byNearest = new Map<string, { alternatives: string[][]; nearest: Map<string, string[][]> }>();

  constructor(private readonly dictionary: VerbDictionary) {}

  /** A synset's alternatives indexed by the word nearest the verb, shared by every pattern that names it. */
  indexed(name: string, backwards: boolean): { alternatives: string[][]; nearest: Map<string, string[][]> } {
    const key = `${name} ${backwards}`;
    let found = this.byNearest.get(key);
    if (!found) {
      const alternatives = this.resolve(name);
      const nearest = new Map<string, string[][]>();
      for (const words of alternatives) {
        const word = words[backwards ? words.length - 1 : 0]!;
        nearest.set(word, [...(nearest.get(word) ?? []), words]);
      }
      this.byNearest.set(key, (found = { alternatives, nearest }));
    }
    return found;
  }

  private resolve(name: string, seen: string[] = []): string[][] {
    const done = this.resolved.get(name);
    if (done) return done;
    const synset = this.dictionary.synsets.get(name);
    if (!synset) throw new Error(`unknown synset &${name}`);
    if (seen.includes(name)) throw new Error(`synset &${name} contains itself (through ${seen.map((s) => `&${s}`).join(', ')})`);
    let alternatives: string[][] = [];
    for (const member of synset.members) {
      let sequences: string[][] = [[]];
      for (const e of member) {
        const options = e.kind === 'synset' ? this.resolve(e.name, [...seen, name]) : e.kind === 'word' ? [[e.word]] : [];
        sequences = sequences.flatMap((s) => options.map((o) => [...s, ...o]));
      }
      alternatives.push(...sequences);
    }
    // Longest first, so that a match takes the fullest member (AUSTRIAN GOLD FLORIN before FLORIN).
    alternatives = alternatives.sort((a, b) => b.length - a.length);
    this.resolved.set(name, alternatives);
    return alternatives;
  }
}
