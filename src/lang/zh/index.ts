import type { ActorTables } from '../../lexicon/actor-tables.js';
import { atSentence, type AnalysedSentence, type DocumentAnalysis, type LanguagePack, type RawEvent } from '../../coder/language-pack.js';
import { extractBody, type PageRules } from '../../text/body.js';
import { ZhClauseCoder } from './clause-coder.js';
import { newDiscourseState } from './discourse.js';
import type { ZhData } from './data.js';
import { ZhDateResolver } from './dates.js';
import { buildZhLexicon, type ZhLexicon } from './lexicon.js';
import { findItems, newDocumentMemory } from './mentions.js';
import { ZhSegmenter } from './segment.js';
import { splitSentences } from './sentences.js';

/** The Chinese language pack: page debris rules, segmentation, actor phrases, clause coding. */
export class ZhLanguagePack implements LanguagePack {
  readonly language = 'zh';
  readonly lexicon: ZhLexicon;
  readonly segmenter: ZhSegmenter;
  private readonly coder: ZhClauseCoder;
  private readonly page: PageRules;
  private readonly enders: Set<string>;
  private readonly closers: Set<string>;

  constructor(tables: ActorTables, data: ZhData) {
    this.lexicon = buildZhLexicon(tables, data);
    this.segmenter = new ZhSegmenter(this.lexicon);
    this.coder = new ZhClauseCoder(this.lexicon, new ZhDateResolver(data.dates), (word) => this.segmenter.tagOf(word));
    const re = (xs: string[]) => xs.map((x) => new RegExp(x, 'u'));
    this.page = {
      byline: re(data.page.byline),
      dateline: re(data.page.dateline),
      drop: re(data.page.drop),
      caption: re(data.page.caption),
      headlineMaxLength: 60,
      sentenceEnd: /[。！？!?；;…]$/u,
    };
    this.enders = new Set(data.grammar.sentence_end);
    this.closers = new Set(data.grammar.closing_marks);
  }

  analyse(text: string, options: { published: string | null }): DocumentAnalysis {
    const body = extractBody(text, this.page);
    const published = options.published ?? body.published?.date ?? null;
    const sentences: AnalysedSentence[] = [];
    const events: RawEvent[] = [];
    const state = newDiscourseState(published);
    const memory = newDocumentMemory();
    for (const section of body.sections) {
      state.carried = null;
      state.date = null;
      for (const span of splitSentences(section, this.enders, this.closers)) {
        const index = sentences.length;
        sentences.push({ index, start: span.start, end: span.end, text: span.text, section: section.kind });
        const items = findItems(this.segmenter.cut(span.text), this.lexicon, published, memory);
        for (const e of this.coder.codeSentence(items, state)) events.push(atSentence(index, e));
      }
    }
    return { published: body.published?.date ?? null, sentences, events, dropped: body.dropped };
  }
}
