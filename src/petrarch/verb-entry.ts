import { regularVerbForms } from './word-forms.js';

/**
 * A verb's code as written in brackets: `[190]`; `[032:033]` for a pair of events (A visits B, B receives A's visit);
 * `[:173]` for the reverse event alone; `[---]` for none (the verb only codes through its patterns). Codes are kept
 * as written: the validation files use codes such as `174K` and `102b` to tell patterns apart.
 */
export interface EventCode {
  code: string | null;
  reverse: string | null;
}

const CODE = /^[A-Za-z0-9?#+]+$/;

export function parseEventCode(inside: string): EventCode | string {
  const parts = inside.trim().split(':');
  if (parts.length > 2) return `'[${inside}]' has more than one ':'`;
  const [code, reverse] = parts.map((p) => p.trim()) as [string, string | undefined];
  const read = (c: string | undefined): string | null | undefined => (c === undefined || c === '' || c === '---' ? null : CODE.test(c) ? c : undefined);
  const primary = read(code);
  const second = read(reverse);
  if (primary === undefined || second === undefined) return `'[${inside}]' is not an event code ([190], [032:033], [---])`;
  if (code === '' && reverse === undefined) return 'empty event code []';
  return { code: primary, reverse: second };
}

/** A verb as it stands in text: one word, or several with the verb among them (`WIRE_+TAP`, `+BREAK_DOWN`). */
export interface VerbForm {
  words: string[];
  /** Which word is the verb the parse tags: the one marked `+`, else the first. */
  verbIndex: number;
}

export function parseVerbForm(text: string): VerbForm | string {
  const parts = text.trim().toUpperCase().split(/[\s_]+/).filter(Boolean);
  if (!parts.length) return 'empty verb';
  const marked = parts.findIndex((p) => p.startsWith('+'));
  if (parts.filter((p) => p.startsWith('+')).length > 1) return `'${text}' marks more than one word with +`;
  const words = parts.map((p) => p.replace(/^\+/, ''));
  const bad = words.find((w) => !/^[A-Z0-9][A-Z0-9'\-.]*$/.test(w));
  if (bad !== undefined) return `'${bad}' is not a word`;
  return { words, verbIndex: Math.max(0, marked) };
}

/**
 * The forms a verb line stands for: the base, its regular forms and the listed ones (the files list irregular forms
 * only: `BREAK {BROKE BROKEN}`). Empty braces (`+ANGERED_BY {}`) mean the verb has no other form.
 */
export function formsOf(base: VerbForm, listed: VerbForm[] | null): VerbForm[] {
  if (listed && listed.length === 0) return [base];
  const regular = regularVerbForms(base.words[base.verbIndex]!).map((w) => ({ words: base.words.map((x, i) => (i === base.verbIndex ? w : x)), verbIndex: base.verbIndex }));
  if (!listed) return regular;
  const seen = new Set<string>();
  return [...regular, ...listed].filter((f) => {
    const key = `${f.verbIndex}:${f.words.join(' ')}`;
    return !seen.has(key) && seen.add(key);
  });
}
