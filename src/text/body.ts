/**
 * Body extraction for news pages saved as text: finds the headline, drops bylines, read counts, author bios and
 * similar debris, keeps image captions marked as captions, and reads the publication date off a byline or
 * dateline. The rules (regexes) come from the language pack; offsets always point into the original text.
 */
export type SectionKind = 'headline' | 'body' | 'caption';

export interface Section {
  kind: SectionKind;
  /** UTF-16 offsets into the document text. */
  start: number;
  end: number;
  text: string;
}

export interface DroppedLine {
  text: string;
  reason: 'byline' | 'debris';
}

export interface PageRules {
  byline: RegExp[];
  dateline: RegExp[];
  drop: RegExp[];
  caption: RegExp[];
  /** A first line shorter than this and without final punctuation is the headline. */
  headlineMaxLength: number;
  sentenceEnd: RegExp;
}

export interface Body {
  sections: Section[];
  dropped: DroppedLine[];
  /** Publication date (YYYY-MM-DD) found on the page, with the time when one was given. */
  published: { date: string; time: string | null } | null;
}

/** How many non-empty lines from the top may hold the publication date. */
const PUBLICATION_LINES = 6;

export function extractBody(text: string, rules: PageRules): Body {
  const sections: Section[] = [];
  const dropped: DroppedLine[] = [];
  let published: Body['published'] = null;
  const bylineTexts = new Set<string>();
  let offset = 0;
  let seenContent = false;
  let lineNumber = 0;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const trimmed = rawLine.trim();
    if (!trimmed) continue;
    // Only a byline or dateline near the top dates the page; a date further down belongs to something else.
    const nearTop = ++lineNumber <= PUBLICATION_LINES;
    const start = lineStart + rawLine.indexOf(trimmed);
    const end = start + trimmed.length;

    const byline = firstMatch(rules.byline, trimmed);
    if (byline) {
      if (nearTop) published ??= dateFromGroups(byline.groups);
      const author = trimmed.split(/\s+/)[0];
      if (author && !/\d/.test(author)) bylineTexts.add(author);
      dropped.push({ text: trimmed, reason: 'byline' });
      continue;
    }
    if (bylineTexts.has(trimmed) || rules.drop.some((re) => re.test(trimmed))) {
      dropped.push({ text: trimmed, reason: 'debris' });
      continue;
    }
    const dateline = firstMatch(rules.dateline, trimmed);
    if (dateline && !published && nearTop) published = dateFromGroups(dateline.groups);
    if (dateline && dateline[0].trim().length === trimmed.length) {
      dropped.push({ text: trimmed, reason: 'byline' });
      continue;
    }
    if (dateline) {
      // The dateline is page furniture: the paragraph's text starts after it.
      const skip = dateline[0].length;
      sections.push({ kind: 'body', start: start + skip, end, text: trimmed.slice(skip) });
      seenContent = true;
      continue;
    }
    let kind: SectionKind = 'body';
    if (rules.caption.some((re) => re.test(trimmed))) kind = 'caption';
    else if (!seenContent && trimmed.length <= rules.headlineMaxLength && !rules.sentenceEnd.test(trimmed)) kind = 'headline';
    seenContent = true;
    sections.push({ kind, start, end, text: trimmed });
  }
  return { sections, dropped, published };
}

function firstMatch(res: RegExp[], line: string): RegExpExecArray | null {
  for (const re of res) {
    const m = re.exec(line);
    if (m) return m;
  }
  return null;
}

function dateFromGroups(groups: Record<string, string | undefined> | undefined): Body['published'] {
  const raw = groups?.['date'];
  if (!raw) return null;
  const m = /^(\d{4})[-年](\d{1,2})[-月](\d{1,2})/.exec(raw);
  if (!m) return null;
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isRealDate(date) ? { date, time: groups?.['time'] ?? null } : null;
}

/** True for a calendar date that exists (rejects 2023-02-30 and month 13). */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
