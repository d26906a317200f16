import { DataFileError } from '../errors.js';
import { parseDatedCode, type DatedCode } from './dated-code.js';
import { parsePhrase, phraseText, type DictPhrase } from './phrase.js';
import { readSourceLines, type DictionarySource } from './source-lines.js';

/** One actor: its names (the first is the root, the others `+` synonyms) and its codes, possibly date-restricted. */
export interface ActorEntry {
  names: DictPhrase[];
  codes: DatedCode[];
  /** Where the entry starts, for messages. */
  file: string;
  line: number;
}

/**
 * Reads a PETRARCH actor dictionary:
 *
 *     AUSTRALIA [AUS]          a name and its code
 *     +AUSTRALIAN              a synonym of the entry above
 *     GOLLUM                   a name whose codes follow on indented lines,
 *     +SMEAGOL                 after its synonyms
 *         [HOB <950601]        before 1 June 1995
 *         [HOBGOV 19950601-19990815]
 *         [HOBREB >990816]     from 16 August 1999 on
 *
 * Names whose codes are still to come are grouped: the Phoenix files write `U.N._` on a line of its own above
 * `UN_SECRETARY_GENERAL ... [IGOUNO]`, and both names take that code.
 *
 * Each malformed line is reported in `issues` (file, line, what is wrong) and left out, with what hangs from it; the
 * rest of the file still loads, as the production files have a dozen such slips (`[ARMUNR 9008223-911221]`).
 */
export function parseActorDictionary(source: DictionarySource, issues: DataFileError[]): ActorEntry[] {
  const entries: ActorEntry[] = [];
  let current: ActorEntry | null = null;
  for (const { line, text } of readSourceLines(source)) {
    const report = (detail: string) => issues.push(new DataFileError(source.shown, line, detail));
    const parsed = splitLine(text.startsWith('+') ? text.slice(1) : text, report);
    if (text.startsWith('+')) {
      if (!current) report(`synonym '${text}' has no actor name above it`);
      else if (parsed?.codes.length) report(`synonym '${text}' carries a code: put codes on the actor's line or the lines below it`);
      else if (parsed?.name.words.length) current.names.push(parsed.name);
    } else if (text.startsWith('[')) {
      if (!current) report(`codes '${text}' have no actor name above them`);
      else if (parsed) current.codes.push(...parsed.codes);
    } else if (!parsed || !parsed.name.words.length) {
      // A name that could not be read: what follows it belongs to no entry.
      current = { names: [], codes: [], file: source.shown, line };
    } else if (current && current.codes.length === 0 && current.names.length) {
      current.names.push(parsed.name);
      current.codes.push(...parsed.codes);
    } else {
      current = { names: [parsed.name], codes: parsed.codes, file: source.shown, line };
      entries.push(current);
    }
  }
  const last = entries[entries.length - 1];
  if (last && last.codes.length === 0) {
    issues.push(new DataFileError(source.shown, last.line, `actor '${phraseText(last.names[0]!)}' has no code`));
    entries.pop();
  }
  return entries;
}

/**
 * Splits `NAME [CODE] [CODE DATE]...` into the name and its codes; null when the line cannot be read. Text after the
 * last code is ignored with a report (`[MNCMED]\tNewspapers/Magazines`, a forgotten `#`), and so is a restriction with
 * an impossible date, the rest of the line being kept.
 */
function splitLine(text: string, report: (detail: string) => void): { name: DictPhrase; codes: DatedCode[] } | null {
  const open = text.indexOf('[');
  const nameText = open < 0 ? text : text.slice(0, open);
  if (/[\]{}]/.test(nameText)) {
    report(`stray '${nameText.match(/[\]{}]/)![0]}' in name '${nameText.trim()}'`);
    return null;
  }
  const codes: DatedCode[] = [];
  let rest = open < 0 ? '' : text.slice(open);
  while (rest) {
    const group = /^\[([^[\]]*)\]\s*/.exec(rest);
    if (!group) {
      if (!codes.length) {
        report(`unclosed or stray bracket in '${rest}'`);
        return null;
      }
      report(`text after the codes is ignored: '${rest}'`);
      break;
    }
    const parsed = parseDatedCode(group[1]!);
    if ('problem' in parsed) {
      report(`${parsed.problem} in '${group[0].trim()}'${parsed.badDate ? '; this restriction is left out' : ''}`);
      if (!parsed.badDate) return null;
    } else codes.push(parsed);
    rest = rest.slice(group[0].length);
  }
  return { name: parsePhrase(nameText), codes };
}
