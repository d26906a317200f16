import { DataFileError } from '../errors.js';
import { parsePatternElements, type PatternElement } from './pattern-syntax.js';
import { readSourceLines, type DictionarySource } from './source-lines.js';
import { parseTransformation, type Transformation } from './transformation-syntax.js';
import { formsOf, parseEventCode, parseVerbForm, type EventCode, type VerbForm } from './verb-entry.js';

export interface VerbPattern {
  elements: PatternElement[];
  code: EventCode;
  text: string;
  line: number;
}

/** One verb of a block with its forms; `code` overrides the block's code when the verb line gives one. */
export interface VerbEntry {
  forms: VerbForm[];
  code: EventCode | null;
  line: number;
}

/** `--- ATTACK [190] ---`: verbs that share a default code and a list of patterns. */
export interface VerbBlock {
  name: string;
  code: EventCode;
  verbs: VerbEntry[];
  patterns: VerbPattern[];
  line: number;
}

/** `&CURRENCY` followed by `+DOLLAR`, `+SWISS FRANCS`, `+&HYPERCURR`: alternatives a pattern names at once. */
export interface Synset {
  name: string;
  members: PatternElement[][];
  line: number;
}

export interface VerbDictionary {
  file: string;
  blocks: VerbBlock[];
  synsets: Map<string, Synset>;
  transformations: Transformation[];
}

// The closing dashes are optional and sometimes glued to the code (`---  DISGRACE   [110]---  ---` in CAMEO.2.0).
const HEADER = /^---\s*(.+?)\s*((?:\[[^\]]*\]\s*)+)(?:-+\s*)*$/;
const PATTERN = /^-\s*(.*?)\s*\[([^\]]*)\]$/;
const VERB_LINE = /^([^[\]{}]+)(?:\{([^{}]*)\})?\s*(?:\[([^\]]*)\])?(.*)$/;

/**
 * Reads a PETRARCH verb dictionary (TABARI-style validation files and PETRARCH 2's CAMEO.2.0 alike): synsets, verb
 * blocks with their verbs and patterns, and `~` transformations. Malformed lines are reported in `issues` with file
 * and line and left out; references between them (synsets used by patterns) are checked when the dictionary is
 * compiled.
 */
export function parseVerbDictionary(source: DictionarySource, issues: DataFileError[]): VerbDictionary {
  const dictionary: VerbDictionary = { file: source.shown, blocks: [], synsets: new Map(), transformations: [] };
  let block: VerbBlock | null = null;
  let synset: Synset | null = null;
  for (const { line, text } of readSourceLines(source)) {
    const report = (detail: string) => issues.push(new DataFileError(source.shown, line, detail));
    if (text.startsWith('---')) {
      synset = null;
      block = readHeader(text, line, report);
      if (block) dictionary.blocks.push(block);
    } else if (text.startsWith('&')) {
      block = null;
      const name = text.slice(1).replace(/_+$/, '').trim().toUpperCase();
      if (!/^[A-Z0-9_]+$/.test(name)) report(`'${text}' is not a synset name`);
      else if (dictionary.synsets.has(name)) report(`synset &${name} is defined twice (first at line ${dictionary.synsets.get(name)!.line})`);
      else dictionary.synsets.set(name, (synset = { name, members: [], line }));
    } else if (text.startsWith('~')) {
      const parsed = parseTransformation(text, line);
      if (typeof parsed === 'string') report(parsed);
      else dictionary.transformations.push(parsed);
    } else if (synset) {
      readSynsetMember(synset, text, report);
    } else if (!block) {
      report(`'${text}' is outside any verb block (--- VERB [CODE] ---) or synset (&NAME)`);
    } else if (text.startsWith('-')) {
      const pattern = readPattern(text, line, report);
      if (pattern) block.patterns.push(pattern);
    } else {
      const verb = readVerbLine(text, line, report);
      if (verb) block.verbs.push(verb);
    }
  }
  for (const b of dictionary.blocks) if (!b.verbs.length) issues.push(new DataFileError(source.shown, b.line, `verb block '${b.name}' lists no verbs`));
  return dictionary;
}

function readHeader(text: string, line: number, report: (detail: string) => void): VerbBlock | null {
  const m = HEADER.exec(text);
  if (!m) {
    report(`'${text}' is not a verb block header (--- VERB [CODE] ---)`);
    return null;
  }
  const codes = [...m[2]!.matchAll(/\[([^\]]*)\]/g)].map((c) => c[1]!);
  const code = parseEventCode(codes[0]!);
  if (typeof code === 'string') {
    report(code);
    return null;
  }
  if (codes.length > 1) report(`verb block '${m[1]}' has ${codes.length} codes; the first, [${codes[0]}], is used`);
  return { name: m[1]!.toUpperCase(), code, verbs: [], patterns: [], line };
}

function readSynsetMember(synset: Synset, text: string, report: (detail: string) => void): void {
  if (!text.startsWith('+')) {
    report(`'${text}' in synset &${synset.name}: members start with +`);
    return;
  }
  try {
    // Words of one member stand together: +SWISS FRANCS is one phrase, not two alternatives.
    const member = parsePatternElements(text.slice(1));
    if (member.some((e) => e.kind !== 'word' && e.kind !== 'synset')) throw new Error('a synset member holds only words and &SYNSETs');
    member.forEach((e, i) => (e.joinNext = i < member.length - 1));
    if (member.length) synset.members.push(member);
  } catch (err) {
    report(`${(err as Error).message} in synset member '${text}'`);
  }
}

function readPattern(text: string, line: number, report: (detail: string) => void): VerbPattern | null {
  const m = PATTERN.exec(text);
  if (!m) {
    report(`pattern '${text}' does not end with a code in brackets`);
    return null;
  }
  const code = parseEventCode(m[2]!);
  if (typeof code === 'string') {
    report(`${code} in pattern '${text}'`);
    return null;
  }
  try {
    const elements = parsePatternElements(m[1]!);
    const verbs = elements.filter((e) => e.kind === 'verb').length;
    if (verbs !== 1) throw new Error(verbs ? 'more than one *' : 'no * for the verb');
    for (const role of ['source', 'target'] as const) {
      if (elements.filter((e) => e.kind === role).length > 1) throw new Error(`more than one ${role === 'source' ? '$' : '+'}`);
    }
    return { elements, code, text: m[1]!, line };
  } catch (err) {
    report(`${(err as Error).message} in pattern '${text}'`);
    return null;
  }
}

function readVerbLine(text: string, line: number, report: (detail: string) => void): VerbEntry | null {
  const m = VERB_LINE.exec(text);
  if (!m) {
    report(`'${text}' is not a verb (VERB {FORMS} [CODE]) or a pattern (- ... [CODE])`);
    return null;
  }
  const code = m[3] === undefined ? null : parseEventCode(m[3]);
  if (typeof code === 'string') {
    report(`${code} in verb '${text}'`);
    return null;
  }
  // TABARI's `;` comments survive in CAMEO.2.0 (`SCRAP {SCRAPPING SCRAPS SCRAPPED };shan 8/30/93`).
  if (m[4]!.trim()) report(`text after the verb is ignored: '${m[4]!.trim()}'`);
  const base = parseVerbForm(m[1]!);
  const listed = m[2] === undefined ? null : m[2].split(/[\s,]+/).filter(Boolean).map(parseVerbForm);
  const bad = [base, ...(listed ?? [])].find((f): f is string => typeof f === 'string');
  if (bad) {
    report(`${bad} in verb '${text}'`);
    return null;
  }
  return { forms: formsOf(base as VerbForm, listed as VerbForm[] | null), code, line };
}
