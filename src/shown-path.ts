import { isAbsolute, relative } from 'node:path';

/**
 * How a file is named in messages: relative to the working folder when it lies inside it (data/actors/people.yaml),
 * else as given, so the name works from wherever the user stands.
 */
export function shownPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
