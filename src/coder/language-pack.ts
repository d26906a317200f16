import type { ResolvedActor } from './actor.js';
import type { DatePrecision, Modality } from '../model/event.js';
import type { DroppedLine, SectionKind } from '../text/body.js';

/** The contract between the engine and a language pack (lang/zh, lang/en): text in, sentences and raw events out. */
export interface LanguagePack {
  readonly language: string;
  analyse(text: string, options: { published: string | null }): DocumentAnalysis;
}

export interface AnalysedSentence {
  index: number;
  /** UTF-16 offsets in the document text. */
  start: number;
  end: number;
  text: string;
  section: SectionKind;
}

export interface RawEvent {
  sentenceIndex: number;
  trigger: string;
  source: ResolvedActor;
  target: ResolvedActor;
  code: string;
  rule: string;
  modality: Modality;
  date: { date: string; precision: DatePrecision; text: string } | null;
  location: { name: string; country: string | null } | null;
  /** How the roles were filled, for --explain. */
  how: string;
}

/** An event as a language pack's sentence coder gives it, before it knows the sentence's index in the document. */
export type SentenceEvent = Omit<RawEvent, 'sentenceIndex' | 'date'> & {
  date: { date: string; precision: DatePrecision; text: string } | null;
};

/** Places a sentence's event in the document, keeping only the date fields of the contract. */
export function atSentence(sentenceIndex: number, e: SentenceEvent): RawEvent {
  return {
    sentenceIndex,
    trigger: e.trigger,
    source: e.source,
    target: e.target,
    code: e.code,
    rule: e.rule,
    modality: e.modality,
    date: e.date ? { date: e.date.date, precision: e.date.precision, text: e.date.text } : null,
    location: e.location,
    how: e.how,
  };
}

export interface DocumentAnalysis {
  /** Publication date found in the page (byline, dateline) when none was given. */
  published: string | null;
  sentences: AnalysedSentence[];
  events: RawEvent[];
  dropped: DroppedLine[];
}
