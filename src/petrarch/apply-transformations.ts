import { formatCoding, NO_ACTOR, type Coding } from './coding.js';
import type { PetrarchEvent } from './coder.js';
import type { Transformation } from './transformation-syntax.js';
import type { FoundVerb } from './verb-finder.js';
import type { VerbRoles } from './verb-roles.js';

/** A verb with its roles, as the coder has them at hand. */
export interface CodedVerb {
  verb: FoundVerb;
  roles: VerbRoles;
}

/**
 * Applies PETRARCH 2 transformations to a verb whose phrase holds another coded verb ("Arnor said it would attack
 * Gondor": SAY over ATTACK): the first transformation whose verbs and actors fit gives the events instead of the outer
 * verb's own. Returns null when none fits. Verbs are named by their base form or their block.
 */
export function transformedEvents(outer: CodedVerb, inner: CodedVerb | null, transformations: readonly Transformation[]): PetrarchEvent[] | null {
  if (!inner) return null;
  for (const t of transformations) {
    if (!names(outer.verb, t.verb) || (t.inner.verb !== 'Q' && !names(inner.verb, t.inner.verb))) continue;
    const events: PetrarchEvent[] = [];
    for (const a of outer.roles.sources.map(formatCoding)) {
      const bound = new Map<string, string[]>([[t.source, [a]]]);
      const innerSources = bind(t.inner.source, named(inner.roles.sources), bound);
      const innerTargets = bind(t.inner.target, named(inner.roles.targets), bound);
      if (!innerSources || !innerTargets) continue;
      const code = t.result.code === 'Q' ? inner.roles.code.code : t.result.code;
      if (!code) continue;
      for (const source of bound.get(t.result.source) ?? []) {
        for (const target of bound.get(t.result.target) ?? []) if (source !== target) events.push({ source, target, code });
      }
    }
    if (events.length) return events;
  }
  return null;
}

/** The codes of the actors a role names; `---` (no one, when dyads are not required) is no actor. */
function named(codings: Coding[]): string[] {
  return codings.map(formatCoding).filter((c) => c !== NO_ACTOR);
}

function names(verb: FoundVerb, name: string): boolean {
  return verb.senses.some((s) => s.block.name === name || s.entry.forms[0]!.words.join('_') === name);
}

/**
 * Fits a role of the inner event: `_` takes anything, `.` needs no actor, a letter already bound needs one of its
 * actors, a new letter binds to the actors there. Returns null when the role does not fit.
 */
function bind(role: string, actors: string[], bound: Map<string, string[]>): string[] | null {
  if (role === '_') return actors;
  if (role === '.') return actors.length ? null : actors;
  const known = bound.get(role);
  if (known) return actors.some((x) => known.includes(x)) ? actors : null;
  if (!actors.length) return null;
  bound.set(role, actors);
  return actors;
}
