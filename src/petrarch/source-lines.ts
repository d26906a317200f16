import { readFileSync } from 'node:fs';
import { DataFileError } from '../errors.js';
import { shownPath } from '../shown-path.js';

/** One meaningful line of a PETRARCH dictionary: comments removed, with its 1-based line number. */
export interface SourceLine {
  line: number;
  text: string;
}

/** A dictionary file read into memory, with the name errors should show for it. */
export interface DictionarySource {
  shown: string;
  text: string;
}

export function readDictionarySource(path: string): DictionarySource {
  const shown = shownPath(path);
  try {
    return { shown, text: readFileSync(path, 'utf8') };
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read: ${(err as Error).message}`;
    throw new DataFileError(shown, 0, reason);
  }
}

/**
 * Splits a dictionary into its meaningful lines. PETRARCH files mix two comment styles: `#` to the end of the line
 * (except inside `[...]`, where `###` is a code), and HTML-style `<!-- ... -->` blocks, which may span lines and are
 * sometimes written `<! --`. Blank and comment-only lines are dropped.
 */
export function readSourceLines(source: DictionarySource): SourceLine[] {
  const lines = source.text.split(/\r?\n/);
  const out: SourceLine[] = [];
  let inHtmlComment = false;
  let htmlCommentStart = 0;
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i]!;
    if (inHtmlComment) {
      const end = raw.indexOf('-->');
      if (end < 0) continue;
      inHtmlComment = false;
      raw = raw.slice(end + 3);
    } else if (raw.trimStart().startsWith('<!')) {
      const end = raw.indexOf('-->');
      if (end < 0) {
        inHtmlComment = true;
        htmlCommentStart = i + 1;
        continue;
      }
      raw = raw.slice(end + 3);
    }
    const text = stripHashComment(raw).trim();
    if (text) out.push({ line: i + 1, text });
  }
  if (inHtmlComment) throw new DataFileError(source.shown, htmlCommentStart, 'comment opened with <!-- is never closed with -->');
  return out;
}

function stripHashComment(raw: string): string {
  let depth = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === '#' && depth === 0) return raw.slice(0, i);
  }
  return raw;
}
