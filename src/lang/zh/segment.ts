import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { ZhLexicon } from './lexicon.js';

/** A word of the text with its UTF-16 offsets in the string it was cut from. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Chinese word segmentation: jieba with its default dictionary plus Readout's lexicon as user dictionary, then
 * three repairs jieba cannot know to make: verb+abbreviation words are split (访俄 → 访 俄, 对华 → 对 华),
 * unknown transliterated names are joined (菲利/莫/诺夫 → 菲利莫诺夫, 马克西姆·列舍特尼科夫), and runs of
 * country abbreviations are joined into one compound (中/蒙俄 → 中蒙俄).
 */
export class ZhSegmenter {
  private readonly jieba: Jieba;
  private readonly splitWords: Map<string, string[]>;

  constructor(private readonly lexicon: ZhLexicon) {
    this.splitWords = new Map(Object.entries(lexicon.grammar.data.split_words));
    this.jieba = Jieba.withDict(dict);
    this.jieba.loadDict(Buffer.from(lexicon.userDictionary, 'utf8'));
  }

  /**
   * jieba's part-of-speech tag of a word taken alone (n, v, t, x for a word it does not know …). Asked only where a
   * rule needs it: tagging every sentence would slow segmentation by a sixth.
   */
  tagOf(word: string): string {
    const tagged = this.jieba.tag(word, true);
    return tagged.length === 1 ? tagged[0]!.tag : 'x';
  }

  cut(text: string): Token[] {
    const words = this.jieba.cut(text, true);
    const tokens: Token[] = [];
    let pos = 0;
    for (const word of words) {
      const at = text.indexOf(word, pos);
      const start = at < 0 ? pos : at;
      pos = start + word.length;
      if (word.trim() === '') {
        // A space between Chinese words (headline style) separates clauses like a comma does: keep it as a token.
        if (/[\p{Script=Han}》」』”）]/u.test(text[start - 1] ?? '') && /\p{Script=Han}/u.test(text[pos] ?? '')) tokens.push({ text: word, start, end: pos });
        continue;
      }
      for (const piece of this.splitWord({ text: word, start, end: pos })) this.splitPrefixed(piece, tokens);
    }
    return this.joinCompounds(this.joinNames(this.moveSideMarker(tokens)));
  }

  /**
   * 中/方向/巴方 → 中方/向/巴方: jieba reads 方向 ("direction") where 中方 is followed by the preposition 向; and
   * 16/日同/… → 16/日/同: a day glued to the preposition after it.
   */
  private moveSideMarker(tokens: Token[]): Token[] {
    const { abbreviations, grammar } = this.lexicon;
    for (let i = 1; i < tokens.length; i++) {
      const prev = tokens[i - 1]!;
      const t = tokens[i]!;
      const prep = t.text[1] ?? '';
      if (t.text.length === 2 && '日号月'.includes(t.text[0]!) && /^\d+$/.test(prev.text) && (grammar.partner.has(prep) || grammar.targetPrep.has(prep) || grammar.locationPrep.has(prep))) {
        tokens.splice(i, 1, { text: t.text[0]!, start: t.start, end: t.start + 1 }, { text: prep, start: t.start + 1, end: t.end });
        continue;
      }
      if (t.text.length === 2 && t.text[0] === '方' && abbreviations.has(prev.text) && prev.end === t.start && (grammar.targetPrep.has(t.text[1]!) || grammar.partner.has(t.text[1]!))) {
        tokens[i - 1] = { text: prev.text + '方', start: prev.start, end: prev.end + 1 };
        tokens[i] = { text: t.text[1]!, start: t.start + 1, end: t.end };
      }
    }
    return tokens;
  }

  /**
   * Words jieba keeps whole that hold two things the coder must see apart: listed ones (愿同 → 愿 同), a state
   * or place name glued to a body or title (中国政府 → 中国 政府, 俄罗斯外长 → 俄罗斯 外长) or to a noun's first
   * character (伊朗核 → 伊朗 核).
   */
  private splitWord(token: Token): Token[] {
    const listed = this.splitWords.get(token.text);
    const parts = listed ?? this.actorAndRole(token.text);
    if (!parts) return [token];
    const out: Token[] = [];
    let at = token.start;
    for (const p of parts) {
      out.push({ text: p, start: at, end: at + p.length });
      at += p.length;
    }
    return out;
  }

  private actorAndRole(text: string): string[] | null {
    const { actors, abbreviations } = this.lexicon;
    if (text.length < 3 || actors.has(text) || this.lexicon.triggers.has(text)) return null;
    // 韩三国 (from 中日/韩三国): an abbreviation glued to a plural reference or title.
    if (abbreviations.has(text[0]!) && actors.get(text.slice(1))?.some((e) => e.kind === 'plural' || e.kind === 'role')) return [text[0]!, text.slice(1)];
    return this.decompose(text, true, 3) ?? this.stateAndNoun(text);
  }

  /** 伊朗核 (设施): a state's full name glued to the first character of the noun it modifies. */
  private stateAndNoun(text: string): string[] | null {
    const state = text.slice(0, -1);
    return state.length >= 2 && this.lexicon.actors.get(state)?.some((e) => e.kind === 'country') ? [state, text.slice(-1)] : null;
  }

  /** 美国驻华使馆 → 美国 驻华 使馆: a state, place or organisation, then postings, bodies and titles. */
  private decompose(text: string, head: boolean, depth: number): string[] | null {
    const { actors } = this.lexicon;
    const fits = (piece: string, first: boolean) =>
      actors.get(piece)?.some((e) => (first ? e.kind === 'country' || e.kind === 'place' || e.kind === 'org' : e.kind === 'role' || e.kind === 'posted'));
    if (!head && fits(text, false)) return [text];
    if (depth === 0) return null;
    for (let cut = text.length - 1; cut >= 2; cut--) {
      if (!fits(text.slice(0, cut), head)) continue;
      const rest = this.decompose(text.slice(cut), false, depth - 1);
      if (rest) return [text.slice(0, cut), ...rest];
    }
    return null;
  }

  /** 访华 → 访 华; 访俄时 → 访 俄 时: a verb or preposition glued to a country abbreviation. */
  private splitPrefixed(token: Token, out: Token[]): void {
    const { abbreviations, grammar, actors, triggers } = this.lexicon;
    const t = token.text;
    if (t.length >= 2 && t.length <= 4 && grammar.abbreviationPrefixes.has(t[0]!) && abbreviations.has(t[1]!)) {
      const rest = t.slice(1);
      const abbrRun = /^\S+?(?=[时后前]?$)/.exec(rest)?.[0] ?? rest;
      if ([...abbrRun].every((c) => abbreviations.has(c)) && !actors.has(t) && !triggers.has(t)) {
        out.push({ text: t[0]!, start: token.start, end: token.start + 1 });
        out.push({ text: abbrRun, start: token.start + 1, end: token.start + 1 + abbrRun.length });
        if (abbrRun.length < rest.length) out.push({ text: rest.slice(abbrRun.length), start: token.start + 1 + abbrRun.length, end: token.end });
        return;
      }
    }
    out.push(token);
  }

  /** A lexicon word of two or more characters; single characters (哈, 塔) are too often parts of names. */
  private isKnown(text: string): boolean {
    return text.length > 1 && (this.lexicon.actors.has(text) || this.lexicon.triggers.has(text));
  }

  private isTransliterated(text: string): boolean {
    const chars = this.lexicon.grammar.transliteration;
    for (let i = 0; i < text.length; i++) if (!chars.has(text[i]!)) return false;
    return true;
  }

  /** Joins runs of unknown tokens made only of transliteration characters, and names joined by a middle dot. */
  private joinNames(tokens: Token[]): Token[] {
    const out: Token[] = [];
    const joiners = this.lexicon.grammar.nameJoiners;
    let i = 0;
    while (i < tokens.length) {
      const first = tokens[i]!;
      let j = i;
      if (this.isTransliterated(first.text) && !this.isKnown(first.text)) {
        while (j + 1 < tokens.length) {
          const next = tokens[j + 1]!;
          if (next.start !== tokens[j]!.end) break;
          if (joiners.has(next.text) && j + 2 < tokens.length && this.isTransliterated(tokens[j + 2]!.text)) {
            j += 2;
            continue;
          }
          if (this.isTransliterated(next.text) && !this.isKnown(next.text)) j++;
          else break;
        }
      }
      const last = tokens[j]!;
      const joined = j > i && last.end - first.start >= 3;
      out.push(joined ? { text: tokensText(tokens, i, j), start: first.start, end: last.end } : first);
      i = joined ? j + 1 : i + 1;
    }
    return out;
  }

  /** Adjacent tokens made only of country abbreviations form one compound: 中/蒙俄 → 中蒙俄. */
  private joinCompounds(tokens: Token[]): Token[] {
    const { abbreviations } = this.lexicon;
    const major = this.lexicon.grammar.compoundAbbreviations;
    const allAbbr = (t: string) => {
      for (let i = 0; i < t.length; i++) if (!major.has(t[i]!) || !abbreviations.has(t[i]!)) return false;
      return true;
    };
    const out: Token[] = [];
    for (const token of tokens) {
      const prev = out[out.length - 1];
      if (prev && prev.end === token.start && allAbbr(prev.text) && allAbbr(token.text) && prev.text.length + token.text.length <= 5) {
        out[out.length - 1] = { text: prev.text + token.text, start: prev.start, end: token.end };
      } else out.push(token);
    }
    return out;
  }
}

function tokensText(tokens: Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k <= to; k++) s += tokens[k]!.text;
  return s;
}
