/**
 * A PETRARCH 2 transformation: an event whose target is itself an event becomes one event.
 *
 *     ~ a (a b ATTACK) SAY = a b 015     a says that a will attack b: a threatens b (015)
 *     ~ a (b . ATTACK) SAY = a b 112     a says that b attacked (no target): a accuses b
 *     ~ a (_ b ATTACK) WANT = a b 138    a wants anyone to attack b
 *
 * Letters are actors bound across the pattern, `_` is any actor, `.` no actor; ATTACK and SAY name verb blocks
 * (`--- ATTACK [...] ---`); the result is source, target and a CAMEO code (or Q: the inner event's code).
 */
export interface Transformation {
  source: string;
  inner: { source: string; target: string; verb: string };
  verb: string;
  result: { source: string; target: string; code: string };
  line: number;
}

const SHAPE = /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+([A-Z_]+)\s*\)\s*([A-Z_]+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)$/i;
const ROLE = /^(?:[a-z]|_|\.)$/;

/** Reads a `~` line; returns what is wrong with it instead when it does not have that shape. */
export function parseTransformation(text: string, line: number): Transformation | string {
  const m = SHAPE.exec(text);
  if (!m) return `'${text}' is not a transformation (~ a (a b INNERVERB) VERB = a b CODE)`;
  const [, source, innerSource, innerTarget, innerVerb, verb, outSource, outTarget, code] = m as unknown as string[];
  const roles = [source!, innerSource!, innerTarget!, outSource!, outTarget!];
  const bad = roles.find((r) => !ROLE.test(r));
  if (bad) return `'${bad}' in '${text}' is not an actor role (a lower-case letter, _ or .)`;
  for (const r of [outSource!, outTarget!]) {
    if (/[a-z]/.test(r) && ![source, innerSource, innerTarget].includes(r)) return `'${r}' in the result of '${text}' is not bound on the left`;
  }
  if (!/^(\d{2,4}|Q)$/.test(code!)) return `'${code}' in '${text}' is not a CAMEO code or Q`;
  return {
    source: source!,
    inner: { source: innerSource!, target: innerTarget!, verb: innerVerb!.toUpperCase() },
    verb: verb!.toUpperCase(),
    result: { source: outSource!, target: outTarget!, code: code! },
    line,
  };
}
