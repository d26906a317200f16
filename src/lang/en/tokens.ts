import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word or punctuation mark of a sentence, with wink-nlp's universal POS tag and lemma. */
export interface Token {
  i: number;
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  /** UTF-16 offsets in the sentence text. */
  start: number;
  end: number;
}

type WinkNlp = ReturnType<typeof winkNLP>;
let tagger: WinkNlp | undefined;

/**
 * The process's one wink-nlp instance. The model's loader re-encodes a module-level JSON string on every
 * instantiation, so each further instance doubles its escaping: the twentieth or so throws "Invalid string
 * length". Reading a document keeps no state in the instance, so every tokenizer can share it.
 */
function sharedTagger(): WinkNlp {
  tagger ??= winkNLP(model, ['sbd', 'pos']);
  return tagger;
}

/**
 * The words of a phrase from the data files as the tagger cuts text: it keeps some hyphenated words whole
 * ("counter-terrorism") and cuts others into pieces ("short-sighted" is "short", "-", "sighted"), so a list entry
 * written as one word matches only when it is split the same way.
 */
export function phraseWords(phrase: string): string[] {
  if (!phrase.includes('-')) return phrase.split(' ');
  return (sharedTagger().readDoc(phrase).tokens().out() as string[]).map((w) => w.toLowerCase());
}

/**
 * Tokenises and tags English sentences with wink-nlp and its English model (sentence splitting is Readout's own,
 * so only the tagger runs). A title-case headline ("Xi Jinping Meets Lula In Beijing") is tagged with its common
 * words in lower case, since the tagger reads every capitalised word as a name; offsets stay on the original.
 */
export class EnTokenizer {
  private readonly nlp = sharedTagger();

  constructor(
    private readonly nameWords: ReadonlySet<string>,
    private readonly abbreviations: ReadonlySet<string> = new Set(),
  ) {}

  tokens(text: string): Token[] {
    const { tagged, origin } = spaceClitics(isTitleCase(text) ? this.lowerCommonWords(text) : text);
    // Where a token of the spaced text starts and ends in the original.
    const [from, to] = [(at: number) => (origin ? origin[at] ?? text.length : at), (end: number) => (origin ? origin[end - 1]! + 1 : end)];
    const its = this.nlp.its;
    const doc = this.nlp.readDoc(tagged);
    const values = doc.tokens().out(its.value) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    // wink-nlp's typings declare its.lemma with the wrong parameters; at run time it is a token function.
    const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
    const out: Token[] = [];
    let cursor = 0;
    for (let k = 0; k < values.length; k++) {
      const value = values[k]!;
      const at = tagged.indexOf(value, cursor);
      // wink-nlp may give a token a form the text does not hold; it then takes the text up to the next space.
      const start = at >= 0 && at - cursor < 20 ? at : skipSpace(tagged, cursor);
      const end = at >= 0 && at - cursor < 20 ? at + value.length : nextSpace(tagged, start);
      cursor = end;
      const original = text.slice(from(start), to(end));
      // The model gives no lemma for some names that spell a contraction without its apostrophe ("Shant").
      const lemma = (lemmas[k] ?? value).toLowerCase();
      out.push({ i: out.length, text: original, lower: original.toLowerCase().replace(/’/g, "'"), lemma, pos: pos[k]!, start: from(start), end: to(end) });
    }
    return this.joinAbbreviations(out);
  }

  /** "Col. Maj. Amadou Abdramane": the tagger may split a known abbreviation from its stop; before a name it is one word. */
  private joinAbbreviations(tokens: Token[]): Token[] {
    const out: Token[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const stop = tokens[k + 1];
      const name = tokens[k + 2];
      // "Japan-U.S. Summit": a dotted initialism the tagger cut into "U", ".", "S." is one word.
      if (/^\p{Lu}$/u.test(t.text) && stop?.text === '.' && stop.start === t.end && name && name.start === stop.end && /^\p{Lu}\.?$/u.test(name.text)) {
        const text = `${t.text}.${name.text}`;
        out.push({ ...t, i: out.length, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'PROPN', end: name.end });
        k += 2;
        continue;
      }
      if (this.abbreviations.has(t.lower) && stop?.text === '.' && stop.start === t.end && name && /^\p{Lu}/u.test(name.text)) {
        out.push({ ...t, i: out.length, text: `${t.text}.`, lower: `${t.lower}.`, lemma: `${t.lower}.`, pos: 'PROPN', end: stop.end });
        k++;
      } else out.push({ ...t, i: out.length });
    }
    return out;
  }

  private lowerCommonWords(text: string): string {
    return text.replace(/\p{L}[\p{L}'’-]*/gu, (w) => {
      const lower = w.toLowerCase();
      return lower.length === w.length && !this.nameWords.has(lower) ? lower : w;
    });
  }
}

/**
 * "compared Taiwan's offers with China's.": wink-nlp keeps a possessive before a punctuation mark whole ("China's")
 * and caches that form, so that every later "China's" in the process, in any document, is one token too, and the
 * phrase after it loses its owner. A space before the mark gives the tagger the usual split and nothing to cache.
 * `origin` maps each position of the spaced text to the original's (an added space to the mark's); null when no
 * space was added.
 */
function spaceClitics(text: string): { tagged: string; origin: number[] | null } {
  const marks = [...text.matchAll(/\p{L}['’]s(?=[^\s\p{L}\p{N}])/giu)].map((m) => m.index! + m[0].length);
  if (!marks.length) return { tagged: text, origin: null };
  const origin: number[] = [];
  let tagged = '';
  let from = 0;
  for (const at of [...marks, text.length]) {
    for (let k = from; k < at; k++) origin.push(k);
    tagged += text.slice(from, at);
    if (at < text.length) {
      tagged += ' ';
      origin.push(at);
    }
    from = at;
  }
  return { tagged, origin };
}

/** Most words of four letters or more capitalised, as in headlines that capitalise every word. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\b[A-Za-z][a-z]{3,}\b/g) ?? [];
  if (words.length < 3) return false;
  return words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.8;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  return at;
}

function nextSpace(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length && !/\s/u.test(text[end]!)) end++;
  return Math.min(end, text.length);
}

/**
 * Whether a word can open a verb's object: a name, a determiner, a pronoun or a number ("attacks Kyiv", "crossing
 * the border"); with `bare`, a noun or an adjective as well ("to court investors").
 */
export function opensObject(t: Token | undefined, bare = false): boolean {
  return t !== undefined && (['PROPN', 'DET', 'PRON', 'NUM'].includes(t.pos) || (bare && (t.pos === 'NOUN' || t.pos === 'ADJ')));
}

/** "met", "shot", "carried": a form other than the lemma that is neither an -s nor an -ing form, so a past one. */
export function isInflectedPast(word: string, lemma: string): boolean {
  return word !== lemma && !/(?:s|ing)$/.test(word);
}

/** "leaves", "summons": an inflected verb form ending in -s, the simple present of the third person. */
export function isThirdPersonPresent(t: Token): boolean {
  return t.lower !== t.lemma && /[^s]s$/.test(t.lower);
}
