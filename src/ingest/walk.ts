import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCodes, InputError } from '../errors.js';
import { isIngestible } from './formats/index.js';

export type WalkEntry = { file: string; size: number } | { rejected: InputError } | { ignored: string };

/**
 * The files named, and the files under the folders named (recursively), in a fixed order — names sorted by code
 * point — so the same command always reads the same documents in the same order. Hidden entries (.git) are
 * skipped; a folder's files of other types are reported as ignored (a named file of another type is rejected).
 * One folder's listing is held at a time, never the whole tree.
 */
export async function* walk(paths: readonly string[]): AsyncIterable<WalkEntry> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      yield { rejected: new InputError(ErrorCodes.INPUT_MISSING, path, code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code})`) };
      continue;
    }
    // A named file of another type is still handed on: readSource rejects it with the reason.
    if (info.isDirectory()) yield* walkFolder(path, new Set([`${info.dev}:${info.ino}`]));
    else yield { file: path, size: info.size };
  }
}

/** `seen` holds the folders on the way down, so a symbolic link back up is not followed round and round. */
async function* walkFolder(folder: string, seen: Set<string>): AsyncIterable<WalkEntry> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => !n.startsWith('.')).sort(byCodePoint);
  } catch (err) {
    yield { rejected: new InputError(ErrorCodes.INPUT_UNREADABLE, folder, `cannot list (${(err as NodeJS.ErrnoException).code})`) };
    return;
  }
  for (const name of names) {
    const path = join(folder, name);
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { rejected: new InputError(ErrorCodes.INPUT_UNREADABLE, path, `cannot read (${(err as NodeJS.ErrnoException).code})`) };
      continue;
    }
    if (info.isDirectory()) {
      const id = `${info.dev}:${info.ino}`;
      if (!seen.has(id)) yield* walkFolder(path, new Set([...seen, id]));
    } else if (isIngestible(path)) yield { file: path, size: info.size };
    else yield { ignored: path };
  }
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
