import { api, type DocumentEvent, type EventActor } from '../api.js';
import { el, prefersReducedMotion, safeHttpUrl, type Child } from '../dom.js';
import { formatGoldstein } from '../format.js';
import { highlightedText, type EvidenceSpan } from '../highlight.js';
import { datePrecisionName, eventTypeName, languageName, modalityName, quadClassName, roleName, sectionName, t } from '../i18n.js';
import { routeHref, type Route } from '../router.js';

/**
 * Document view: the article with each event's trigger and actors marked, and beside it one "why was this
 * coded?" card per event. Selecting a card (or a mark) brings that event's evidence forward.
 */
export async function renderDocument(view: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const id = route.rest[0] ?? '';
  const doc = await api.document(id);
  if (signal.aborted) return;

  const spans: EvidenceSpan[] = doc.events.flatMap((event, index) => event.highlights.map((h) => ({ ...h, event: index })));
  const article = el('div', { className: 'article-text', id: 'article-text' }, highlightedText(doc.text, spans));
  const cards = doc.events.map((event, index) => whyCard(event, index));
  const url = safeHttpUrl(doc.url);

  const select = (index: number, scroll: boolean) => {
    cards.forEach((card, i) => card.classList.toggle('selected', i === index));
    let first: HTMLElement | null = null;
    for (const mark of article.querySelectorAll<HTMLElement>('mark')) {
      const active = (mark.dataset.events ?? '').split(' ').includes(String(index));
      mark.classList.toggle('active', active);
      if (active) first ??= mark;
    }
    article.classList.add('has-selection');
    if (scroll) {
      const behavior = prefersReducedMotion() ? 'instant' : 'smooth';
      first?.scrollIntoView({ block: 'center', behavior });
      cards[index]?.scrollIntoView({ block: 'nearest', behavior });
    }
  };
  cards.forEach((card, index) => {
    card.addEventListener('click', () => select(index, true));
    card.addEventListener('keydown', (event) => {
      if (event.target === card && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        select(index, true);
      }
    });
  });
  article.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest('mark');
    const index = mark instanceof HTMLElement ? Number(mark.dataset.events?.split(' ')[0]) : NaN;
    if (!Number.isNaN(index)) select(index, true);
  });

  view.append(
    el(
      'div',
      { className: 'document-layout' },
      el(
        'article',
        { className: 'panel document' },
        el('h1', { className: 'document-title' }, doc.title || t('untitled')),
        el(
          'p',
          { className: 'meta' },
          [doc.published, languageName(doc.language), doc.source].filter(Boolean).join(' · '),
          url ? el('span', {}, ' · ', el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, t('originalLink'))) : null,
        ),
        el(
          'p',
          { className: 'legend' },
          t('legend'),
          ' ',
          ...(['trigger', 'source', 'target'] as const).flatMap((role) => [el('mark', { className: `hl hl-${role}` }, roleName(role)), ' ']),
        ),
        article,
      ),
      el('aside', { className: 'panel why-panel', id: 'why-panel' }, el('h2', {}, t('why')), doc.events.length ? el('ol', { className: 'why-list' }, ...cards) : el('p', { className: 'empty' }, t('noData'))),
    ),
  );

  const wanted = route.params.get('event');
  const selected = doc.events.findIndex((event) => String(event.id) === wanted);
  if (selected >= 0) select(selected, true);
}

function whyCard(event: DocumentEvent, index: number): HTMLLIElement {
  const dateSource = event.date_text ? `${t('dateFrom')} “${event.date_text}”` : `${t('dateFrom')} ${t('publicationDate')}`;
  const rows: [string, Child][] = [
    [t('rule'), el('code', { className: 'rule' }, event.rule)],
    [t('trigger'), el('mark', { className: 'hl hl-trigger' }, event.trigger)],
    [t('modality'), modalityName(event.modality)],
    [t('date'), el('span', {}, event.date ?? t('undated'), event.date_precision ? ` (${datePrecisionName(event.date_precision)})` : '', el('br'), el('small', {}, dateSource))],
    [t('source'), actorDetail(event.source, 'source')],
    [t('target'), actorDetail(event.target, 'target')],
    [t('explanation'), event.explanation],
  ];
  if (event.location) rows.push([t('location'), event.location.name]);
  rows.push([t('sentence'), el('span', {}, el('q', {}, event.sentence), el('br'), el('small', {}, `#${event.sentence_index + 1} · ${sectionName(event.section)}`))]);

  return el(
    'li',
    { className: 'why-card', tabIndex: 0, dataset: { event: String(index), eventId: String(event.id) } },
    el(
      'h3',
      {},
      el('span', { className: 'code' }, event.code),
      ' ',
      eventTypeName(event.code, event.event_name),
      el('small', {}, ` ${quadClassName(event.quad_class)} · ${t('goldstein')} ${formatGoldstein(event.goldstein)}`),
    ),
    el('p', { className: 'dyad-line' }, `${event.source.name} → ${event.target.name}`),
    el('dl', {}, ...rows.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)])),
    el('a', { href: routeHref('events', { dyad: dyadOf(event) }), className: 'small-link' }, t('pairEvents')),
  );
}

function actorDetail(actor: EventActor, role: 'source' | 'target'): HTMLElement {
  return el(
    'span',
    { className: 'actor-detail' },
    el('mark', { className: `hl hl-${role}` }, actor.text),
    ` → ${actor.name} `,
    el('span', { className: 'code' }, actor.code),
    actor.role ? ` (${actor.role})` : '',
    el('br'),
    el('small', { className: 'resolution' }, `${t('resolution')}: ${actor.resolution}`),
  );
}

/** The dyad filter for an event's two countries (organisation codes when an actor has no country). */
function dyadOf(event: DocumentEvent): string | undefined {
  const a = event.source.country ?? event.source.org;
  const b = event.target.country ?? event.target.org;
  return a && b ? `${a}-${b}` : undefined;
}
