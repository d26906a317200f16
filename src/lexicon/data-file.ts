import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { ZodTypeAny, output } from 'zod';
import { DataFileError } from '../errors.js';
import { shownPath } from '../shown-path.js';

/**
 * Loads a YAML data file and validates it against a schema. Errors name the file, the line of the offending
 * entry and the entry itself, so an analyst editing a lexicon can go straight to the mistake.
 */
export function loadDataFile<S extends ZodTypeAny>(path: string, schema: S): output<S> {
  const shown = shownPath(path);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DataFileError(shown, 0, `cannot read: ${(err as Error).message}`);
  }
  return parseDataText(source, shown, schema);
}

export function parseDataText<S extends ZodTypeAny>(source: string, shown: string, schema: S): output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const lastLine = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
    const line = Math.min(lineCounter.linePos(syntax.pos[0]).line, Math.max(lastLine, 1));
    throw new DataFileError(shown, line, syntax.message.split('\n')[0] ?? 'YAML syntax error');
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data as output<S>;
  const issue = result.error.issues[0]!;
  const path = issue.path;
  let line = 1;
  let entry = '';
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      line = lineCounter.linePos(node.range[0]).line;
      entry = JSON.stringify(node.toJSON()).slice(0, 80);
      break;
    }
  }
  const where = path.length ? ` at ${path.join('.')}` : '';
  throw new DataFileError(shown, line, `${issue.message}${where}${entry ? ` in ${entry}` : ''}`);
}
