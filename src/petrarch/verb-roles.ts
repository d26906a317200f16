import type { Coding } from './coding.js';
import { matchPattern, type PatternMatch } from './pattern-matcher.js';
import { objectOf, passiveAgentOf, subjectOf } from './roles.js';
import type { Sentence } from './sentence.js';
import type { EventCode } from './verb-entry.js';
import type { FoundVerb } from './verb-finder.js';
import type { VerbSense } from './verb-index.js';

/** What a verb codes to in its sentence: the event code and who acts on whom. */
export interface VerbRoles {
  code: EventCode;
  sources: Coding[];
  targets: Coding[];
}

/**
 * The code of the longest matching pattern, else the verb's own; then the source and target the pattern places
 * (`$`, `+`, `%`), else the subject and the first named object, swapped for a passive with a by-phrase. Null when the
 * verb has no code here (a `[---]` verb none of whose patterns match).
 */
export function rolesOf(s: Sentence, verb: FoundVerb): VerbRoles | null {
  const match = bestMatch(s, verb);
  const code: EventCode | null = match ? match.pattern.code : defaultCode(verb.senses);
  if (!code || (code.code === null && code.reverse === null)) return null;
  const role = (r: string) => match?.roles.find((x) => x.role === r);
  const sourceRole = role('source');
  const compound = role('compound');
  const targetRole = role('target') ?? (compound && !compound.before ? compound : undefined);
  const compoundSource = compound?.before ? compound : undefined;
  if (compoundSource && !targetRole) {
    // "Gondor and Osgiliath have delayed their meeting" (% HAVE *): the members act on each other.
    const members = s.nouns.namedBy(compoundSource.np);
    return { code, sources: members, targets: members };
  }
  const placed = sourceRole ?? compoundSource;
  let sources = placed ? s.nouns.namedBy(placed.np) : subjectOf(s, verb.leaf, targetRole?.np ?? null);
  let targets = targetRole ? s.nouns.namedBy(targetRole.np) : objectOf(s, verb.span, new Set(match?.roles.map((r) => r.np)));
  if (!sourceRole && !targetRole) {
    const agent = passiveAgentOf(s, verb.leaf);
    if (agent) [sources, targets] = [agent, subjectOf(s, verb.leaf, null)];
  }
  return { code, sources, targets };
}

function bestMatch(s: Sentence, verb: FoundVerb): PatternMatch | null {
  let best: PatternMatch | null = null;
  for (const sense of verb.senses) {
    for (const pattern of sense.patterns) {
      const m = matchPattern(s, pattern, verb.span);
      if (m && (!best || m.score > best.score)) best = m;
    }
  }
  return best;
}

function defaultCode(senses: VerbSense[]): EventCode | null {
  for (const sense of senses) {
    const code = sense.entry.code ?? sense.block.code;
    if (code.code !== null || code.reverse !== null) return code;
  }
  return null;
}
