import { DataFileError } from '../errors.js';
import { parsePhrase, phraseText, type DictPhrase } from './phrase.js';
import { readSourceLines, type DictionarySource } from './source-lines.js';
import { sForm } from './word-forms.js';

/** An agent: the forms that name it and the code it adds to an actor's, after (`[~GOV]`) or before it (`[NGO~]`). */
export interface AgentEntry {
  names: DictPhrase[];
  code: string;
  position: 'suffix' | 'prefix';
  file: string;
  line: number;
}

const ENTRY = /^([^[\]{}]+?)\s*(?:\{([^{}]*)\})?\s*\[\s*(~\s*[A-Z0-9]+|[A-Z0-9]+\s*~)\s*\]$/i;
const NAME_ONLY = /^[^[\]{}]+$/;
const MACRO = /^!([A-Z0-9_]+)!\s*=\s*(.+)$/i;

/**
 * Reads a PETRARCH agents dictionary:
 *
 *     !PERSON! = MAN, MEN, WOMAN, WOMEN     a macro: CONGRESS!PERSON! names CONGRESSMAN, CONGRESSMEN, ...
 *     FOREIGN_MINISTER [~GOVFRM]            a suffix agent: Arnor's foreign minister → ARNGOVFRM
 *     MSF {} [NGO~]                         a prefix agent: MSF Arnor → NGOARN; {} asks for no plural
 *     GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]    the plural given, instead of the regular one (…GOOSES)
 *
 * Without braces the regular plural of the last word is added (OFFICIAL → OFFICIALS). A name with no code takes the
 * code of the entry below it, as in the actor files. Malformed lines are reported in `issues` and left out.
 */
export function parseAgentDictionary(source: DictionarySource, issues: DataFileError[]): AgentEntry[] {
  const macros = new Map<string, string[]>();
  const entries: AgentEntry[] = [];
  let waiting: { names: DictPhrase[]; line: number }[] = [];
  for (const { line, text } of readSourceLines(source)) {
    const report = (detail: string) => issues.push(new DataFileError(source.shown, line, detail));
    const macro = MACRO.exec(text);
    if (macro) {
      macros.set(macro[1]!.toUpperCase(), macro[2]!.split(',').map((w) => w.trim().toUpperCase()).filter(Boolean));
      continue;
    }
    const entry = ENTRY.exec(text);
    if (!entry && !NAME_ONLY.test(text)) {
      report(`'${text}' is not an agent entry (NAME [~CODE], NAME [CODE~], NAME {PLURALS} [~CODE] or !MACRO! = A, B)`);
      continue;
    }
    const written = expandMacros((entry ? entry[1]! : text).trim(), macros, report);
    if (!written) continue;
    const names = written.map(parsePhrase);
    if (!entry) {
      waiting.push({ names, line });
      continue;
    }
    const braces = entry[2];
    const plurals = braces === undefined ? names.map(pluralOf) : (expandMacros(braces.trim(), macros, report) ?? []).flatMap((p) => p.split(/\s+/)).filter(Boolean).map(parsePhrase);
    const code = entry[3]!.replace(/\s+/g, '').toUpperCase();
    const position = code.startsWith('~') ? 'suffix' : 'prefix';
    for (const w of waiting) entries.push({ names: w.names.concat(w.names.map(pluralOf)), code: code.replace('~', ''), position, file: source.shown, line: w.line });
    waiting = [];
    entries.push({ names: names.concat(plurals), code: code.replace('~', ''), position, file: source.shown, line });
  }
  for (const w of waiting) issues.push(new DataFileError(source.shown, w.line, `agent '${phraseText(w.names[0]!)}' has no code`));
  return entries;
}

/** Each `!MACRO!` in a name stands for each of its words in turn: !MINST!_OF_SILLY_WALKS → MINISTER_OF_..., .... */
function expandMacros(name: string, macros: Map<string, string[]>, report: (detail: string) => void): string[] | null {
  const use = /!([A-Z0-9_]+)!/i.exec(name);
  if (!use) return [name];
  const words = macros.get(use[1]!.toUpperCase());
  if (!words) {
    report(`unknown macro '!${use[1]}!' in '${name}' (define it above with !${use[1]}! = WORD, WORD)`);
    return null;
  }
  const expanded: string[] = [];
  for (const w of words) {
    const rest = expandMacros(name.slice(0, use.index) + w + name.slice(use.index + use[0].length), macros, report);
    if (!rest) return null;
    expanded.push(...rest);
  }
  return expanded;
}

function pluralOf(phrase: DictPhrase): DictPhrase {
  const words = phrase.words.slice();
  words[words.length - 1] = sForm(words[words.length - 1]!);
  return { words, adjacent: phrase.adjacent };
}
