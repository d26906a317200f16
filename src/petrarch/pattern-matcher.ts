import type { BaseNP } from './noun-phrases.js';
import type { Sentence } from './sentence.js';
import type { CompiledPattern, Role, Step } from './verb-index.js';

export interface RoleMatch {
  role: Role;
  np: BaseNP;
  /** The base NP stands before the verb. */
  before: boolean;
}

export interface PatternMatch {
  pattern: CompiledPattern;
  /** Words and noun phrases the pattern matched: the longest match wins. */
  score: number;
  roles: RoleMatch[];
}

/** Where a verb stands: its first and last token, and the last token of its verb phrase (the lower part's end). */
export interface VerbSpan {
  first: number;
  last: number;
  lowerEnd: number;
}

/**
 * Matches a pattern around a verb: the steps before `*` backwards through the sentence up to the verb, the steps after
 * it forwards through the verb's phrase. Steps not joined by `_` may skip tokens; `$` and `+` take the next noun phrase
 * that names someone, `^` the next noun phrase whatever it names, `%` the next coordination of actors. A step may also
 * take the rest of the noun phrase the previous step stopped inside ("* THEIR ^ ABOUT +": ^ is "their populations").
 */
export function matchPattern(sentence: Sentence, pattern: CompiledPattern, verb: VerbSpan): PatternMatch | null {
  if (!pattern.required.every((w) => sentence.words.has(w))) return null;
  const roles: RoleMatch[] = [];
  const upper = walk(sentence, pattern.upper, 0, verb.first - 1, -1, 0, roles);
  if (upper < 0) return null;
  const lower = walk(sentence, pattern.lower, 0, verb.last + 1, 1, verb.lowerEnd, roles);
  return lower < 0 ? null : { pattern, score: upper + lower, roles };
}

function walk(s: Sentence, steps: Step[], k: number, pos: number, dir: 1 | -1, limit: number, roles: RoleMatch[]): number {
  if (k === steps.length) return 0;
  const step = steps[k]!;
  for (let q = pos; dir > 0 ? q <= limit : q >= limit; q += dir) {
    if (step.kind === 'words') {
      for (const words of step.nearest.get(s.tokens[q]!.word) ?? []) {
        if (!wordsAt(s, words, q, dir, limit)) continue;
        const rest = walk(s, steps, k + 1, q + dir * words.length, dir, limit, roles);
        if (rest >= 0) return rest + words.length;
      }
    } else {
      const np = s.baseNPAt[q];
      const span = np && s.baseNPSpan.get(np)!;
      if (np && span && (q === (dir > 0 ? span[0] : span[1]) || q === pos) && qualifies(s, step.role, np)) {
        roles.push({ role: step.role, np, before: dir < 0 });
        const rest = walk(s, steps, k + 1, dir > 0 ? span[1] + 1 : span[0] - 1, dir, limit, roles);
        if (rest >= 0) return rest + 1;
        roles.pop();
      }
    }
    if (step.joined) break;
  }
  return -1;
}

function wordsAt(s: Sentence, words: string[], q: number, dir: 1 | -1, limit: number): boolean {
  for (let i = 0; i < words.length; i++) {
    const at = q + dir * i;
    if (dir > 0 ? at > limit : at < limit) return false;
    const want = words[dir > 0 ? i : words.length - 1 - i];
    if (s.tokens[at]!.word !== want) return false;
  }
  return true;
}

function qualifies(s: Sentence, role: Role, np: BaseNP): boolean {
  if (role === 'skip') return true;
  return s.nouns.namedBy(np).length >= (role === 'compound' ? 2 : 1);
}
