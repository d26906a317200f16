import { atSentence, type AnalysedSentence, type DocumentAnalysis, type LanguagePack, type RawEvent } from '../../coder/language-pack.js';
import type { ResolvedActor } from '../../coder/actor.js';
import type { ActorTables } from '../../lexicon/actor-tables.js';
import type { Section } from '../../text/body.js';
import { chunk } from './chunks.js';
import { loadEnData, type EnData } from './data.js';
import { EnDateResolver } from './dates.js';
import { headlineTopic, newDiscourse, titleAuthors } from './discourse.js';
import { buildFrames } from './frames.js';
import { grammarSets, type GrammarSets } from './grammar.js';
import { buildEnLexicon, normalise, type EnLexicon } from './lexicon.js';
import { findMentions } from './mentions.js';
import { issuingState, learnDocumentAcronyms, learnDocumentNames, learnRegionalBodies, learnShortNames, learnStateShortNames, namedStatesOf, newNameMemory, type NameMemory } from './names.js';
import { EnPageReader } from './page.js';
import { EnSentenceCoder } from './sentence-coder.js';
import { splitSentences, type SplitRules } from './sentences.js';
import { EnTokenizer } from './tokens.js';
import { retagAmounts, retagDemonstratives, retagDistributiveEach, retagFixedPhrases, retagGerunds, retagAgentParticiples, retagHonorifics, retagNamePronouns, retagNounsReadAsVerbs, retagPrefixedInfinitives, retagOpeningVerbs, retagPluralsAfterTo, retagNamesAfterTo, retagPerfects, retagNounCompounds, retagHyphenated, retagParticiples, retagVerbs, correctLemmas, retagNegationPhrases, retagAfterDeterminer, retagActNounsReadAsAdjectives, retagAfterModal, retagParticiplePrepositions, retagTitleModifiers } from './verb-rescue.js';

/** The English language pack: page reading, sentences, wink-nlp tagging, actor phrases, chunks, verb frames, events. */
export class EnLanguagePack implements LanguagePack {
  readonly language = 'en';
  readonly lexicon: EnLexicon;
  readonly tokenizer: EnTokenizer;
  private readonly grammar: GrammarSets;
  private readonly dates: EnDateResolver;
  private readonly page: EnPageReader;
  private readonly coder: EnSentenceCoder;
  private readonly split: SplitRules;
  private readonly dateWords: Set<string>;
  private readonly knownVerbs: Set<string>;

  /** The pack with its data files read from Readout's data folder (data/lang/en). */
  static load(tables: ActorTables, dataDir: string): EnLanguagePack {
    return new EnLanguagePack(tables, loadEnData(dataDir));
  }

  constructor(tables: ActorTables, data: EnData) {
    this.lexicon = buildEnLexicon(tables, data);
    this.grammar = grammarSets(data.grammar);
    this.tokenizer = new EnTokenizer(this.lexicon.nameWords, new Set(data.grammar.abbreviations));
    this.dates = new EnDateResolver(data.dates);
    this.page = new EnPageReader(data.page, this.dates);
    this.coder = new EnSentenceCoder(this.lexicon, this.grammar, this.dates);
    this.split = { abbreviations: new Set(data.grammar.abbreviations), starters: new Set(data.grammar.sentence_starters) };
    this.dateWords = new Set([...Object.keys(data.dates.months), ...Object.keys(data.dates.weekdays)]);
    const g = this.grammar;
    this.knownVerbs = new Set([...this.lexicon.verbs.keys(), ...g.intentVerbs, ...g.futureVerbs, ...g.reporting]);
  }

  analyse(text: string, options: { published: string | null }): DocumentAnalysis {
    const page = this.page.read(text);
    const published = options.published ?? page.published;
    const sentences: AnalysedSentence[] = [];
    const events: RawEvent[] = [];
    const state = newDiscourse();
    const home = page.dateline ? this.countryOfPlace(page.dateline.place) : null;
    const named = namedStatesOf(text, this.lexicon);
    const memory = newNameMemory(home, issuingState(text, this.lexicon, named, home), named);
    learnDocumentNames(text, this.lexicon, published, memory);
    learnDocumentAcronyms(text, this.lexicon, published, memory);
    learnShortNames(text, this.lexicon, memory);
    learnStateShortNames(text, this.lexicon, memory);
    learnRegionalBodies(text, this.lexicon, memory);
    state.we = this.authors(text, published, memory);
    for (const raw of page.body.sections) {
      state.date = null;
      const section = page.dateline && raw.start < page.dateline.end && page.dateline.end < raw.end ? withoutDateline(raw, page.dateline.end) : raw;
      for (const span of splitSentences(section, this.split)) {
        const index = sentences.length;
        sentences.push({ index, start: span.start, end: span.end, text: span.text, section: raw.kind });
        const parsed = this.parse(span.text, published, memory);
        for (const e of this.coder.code(parsed, state, published, raw.kind === 'headline')) events.push(atSentence(index, e));
        if (raw.kind === 'headline') state.topic ??= headlineTopic(parsed.chunks, parsed.tokens, this.grammar);
      }
    }
    return { published: page.published, sentences, events, dropped: page.body.dropped };
  }

  /** The analysis of one sentence, for tests and --explain: tokens, mentions, chunks and verb frames. */
  parse(text: string, date: string | null, memory: NameMemory = newNameMemory()) {
    const tokens = this.tokenizer.tokens(text);
    correctLemmas(tokens, this.grammar.lemmaCorrections);
    retagHonorifics(tokens);
    retagNamePronouns(tokens);
    retagNegationPhrases(tokens, this.grammar.negationPhrases);
    retagAfterDeterminer(tokens, this.grammar, this.lexicon.stateAdjectives);
    retagActNounsReadAsAdjectives(tokens, this.grammar);
    retagAfterModal(tokens, this.grammar, this.knownVerbs);
    const mentions = findMentions(tokens, text, this.lexicon, date, memory, this.dateWords);
    retagNamesAfterTo(tokens, mentions);
    retagVerbs(tokens, mentions, this.knownVerbs, this.grammar);
    retagOpeningVerbs(tokens, this.knownVerbs);
    retagGerunds(tokens, this.knownVerbs);
    retagPerfects(tokens, this.knownVerbs);
    retagHyphenated(tokens);
    retagParticiples(tokens, this.grammar);
    retagNounCompounds(tokens, this.grammar);
    retagAmounts(tokens, this.grammar);
    retagDemonstratives(tokens, this.grammar);
    retagDistributiveEach(tokens, this.knownVerbs);
    retagAgentParticiples(tokens, this.knownVerbs);
    retagPrefixedInfinitives(tokens, this.knownVerbs);
    retagNounsReadAsVerbs(tokens, this.grammar);
    retagPluralsAfterTo(tokens);
    retagParticiplePrepositions(tokens, this.grammar);
    retagTitleModifiers(tokens, this.grammar);
    retagFixedPhrases(tokens, this.grammar.fixedNounPhrases);
    const spans = this.dates.spans(text);
    const dated = new Set(tokens.filter((t) => spans.some(([a, b]) => t.start >= a && t.end <= b)).map((t) => t.i));
    const chunks = chunk(tokens, mentions, this.grammar, dated);
    return { text, tokens, mentions, chunks, frames: buildFrames(chunks, tokens, this.grammar) };
  }

  /**
   * Whom "I" and "we" of a release mean: the authors its title names ("Joint statement by Prime Minister Theresa May,
   * Chancellor Angela Merkel and President Emmanuel Macron"), else a line near the top that names a person and says
   * nothing else ("The Hon Penny Wong MP, Minister for Foreign Affairs").
   */
  private authors(text: string, published: string | null, memory: NameMemory): ResolvedActor[] {
    const lines = text.split('\n').slice(0, 6).filter((line) => line.trim() && line.length <= 240);
    const title = lines[0] ? this.parse(lines[0], published, memory) : null;
    const byline = title ? titleAuthors(title.chunks, title.tokens, this.grammar) : [];
    if (byline.length) return byline;
    for (const [k, line] of lines.entries()) {
      if (line.length > 160) continue;
      const parsed = k === 0 && title ? title : this.parse(line, published, memory);
      const person = parsed.mentions.find((m) => m.person && m.actor);
      if (person?.actor && !parsed.frames.length) return [person.actor];
    }
    return [];
  }

  private countryOfPlace(place: string) {
    const entry = this.lexicon.actors.get(normalise(place))?.find((e) => e.entry.kind === 'country' || e.entry.kind === 'place');
    if (!entry) return null;
    return entry.entry.kind === 'country' ? entry.entry.country : entry.entry.kind === 'place' ? this.lexicon.countriesByCode.get(entry.entry.place.country) ?? null : null;
  }
}

/** The first paragraph without its dateline: "BEIJING, April 9 (Xinhua) -- " dates the article but is not coded. */
function withoutDateline(section: Section, end: number): Section {
  const cut = end - section.start;
  return { ...section, start: end, text: section.text.slice(cut) };
}
