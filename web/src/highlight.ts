/**
 * Evidence highlighting: the article text split into text nodes and <mark> elements, built with createElement so
 * that the text (untrusted, possibly containing markup) stays text.
 */

export interface EvidenceSpan {
  role: 'trigger' | 'source' | 'target';
  /** UTF-16 offsets into the text, as JavaScript strings index it. */
  start: number;
  end: number;
  /** Position of the event in the document's event list. */
  event: number;
}

/** Where several spans overlap (one actor in two events), the mark carries every role and event. */
export function highlightedText(text: string, spans: readonly EvidenceSpan[]): DocumentFragment {
  const valid = spans
    .map((span) => ({ ...span, start: Math.max(0, span.start), end: Math.min(text.length, span.end) }))
    .filter((span) => span.start < span.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);

  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const piece = text.slice(start, end);
    const covering = valid.filter((span) => span.start <= start && span.end >= end);
    if (!covering.length) {
      fragment.append(document.createTextNode(piece));
      continue;
    }
    const mark = document.createElement('mark');
    const roles = [...new Set(covering.map((span) => span.role))];
    mark.className = ['hl', ...roles.map((role) => `hl-${role}`)].join(' ');
    mark.dataset.roles = roles.join(' ');
    mark.dataset.events = [...new Set(covering.map((span) => span.event))].join(' ');
    mark.textContent = piece;
    fragment.append(mark);
  }
  return fragment;
}
