import { extractBody, type Body, type PageRules } from '../../text/body.js';
import type { PageData } from './data.js';
import type { EnDateResolver } from './dates.js';

export interface EnPage {
  body: Body;
  /** Publication date found on the page: a byline or timestamp, else the agency dateline. */
  published: string | null;
  /** Where the dateline ends in the document text ("BEIJING, April 9 (Xinhua) -- " is not coded), and its place. */
  dateline: { end: number; place: string } | null;
}

/** Reads an English news page: body and captions, debris dropped, and the publication date from bylines or the dateline. */
export class EnPageReader {
  private readonly rules: PageRules;
  private readonly dateline: RegExp;
  private readonly placeLine: RegExp;

  constructor(
    data: PageData,
    private readonly dates: EnDateResolver,
  ) {
    const re = (xs: string[]) => xs.map((x) => new RegExp(x, 'u'));
    // The shared body reader takes dates only from numeric bylines; English ones ("April 9, 2024") are read here.
    this.rules = { byline: re(data.byline), dateline: [], drop: re(data.drop), caption: re(data.caption), headlineMaxLength: 160, sentenceEnd: /[.!?…"”’]$/u };
    this.dateline = new RegExp(data.dateline, 'u');
    this.placeLine = new RegExp(data.place_line, 'u');
  }

  read(text: string): EnPage {
    const body = extractBody(text, this.rules);
    let published = body.published?.date ?? null;
    for (const line of body.dropped) {
      if (published) break;
      if (line.reason === 'byline') published = this.dates.fullDate(line.text);
    }
    const first = body.sections.find((s) => s.kind === 'body');
    const m = first ? this.dateline.exec(first.text) : null;
    // A dateline needs an agency or a date, or a place in capitals long enough not to be a sentence's first word.
    const isDateline = m && (m.groups?.['agency'] || m.groups?.['date'] || (m.groups?.['place'] ?? '').replace(/\W/g, '').length >= 4);
    // "Paris, 28 February 2023": a release's line of place and date serves as its dateline.
    const line = !isDateline && first ? this.placeLine.exec(first.text.trim()) : null;
    const dateline = m && isDateline && first ? { end: first.start + m[0].length, place: m.groups!['place']!.trim() } : line && first ? { end: first.end, place: line.groups!['place']!.trim() } : null;
    const datelineDate = m && isDateline ? m.groups?.['date'] : line?.groups?.['date'];
    // A dateline without a year ("April 9") dates nothing: the years an article names are those of its background.
    if (!published && datelineDate) published = this.dates.fullDate(datelineDate);
    return { body, published, dateline };
  }
}
