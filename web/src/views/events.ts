import { api, type EventActor, type EventFilters, type EventPage, type ReadoutEvent } from '../api.js';
import { QUAD_COLOURS } from '../charts.js';
import { el } from '../dom.js';
import { filterForm, filtersFromParams } from '../filters.js';
import { formatCount, formatGoldstein } from '../format.js';
import { eventTypeName, languageName, modalityName, quadClassName, t } from '../i18n.js';
import { navigate, routeHref, type Route } from '../router.js';

const PAGE_SIZE = 50;

/** Event table: every API filter, newest first, a page at a time; each row links to its document. */
export async function renderEvents(view: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const filters = filtersFromParams(route.params);
  const offset = Math.max(0, Number(route.params.get('offset')) || 0);
  view.append(
    el('h1', {}, t('events')),
    filterForm(filters, ['from', 'to', 'actor', 'country', 'dyad', 'code', 'quad', 'language', 'modality', 'q'], (next) => navigate('events', { ...next })),
  );
  const page = await api.events(filters, PAGE_SIZE, offset);
  if (signal.aborted) return;

  view.append(pager(page, filters, offset, 'event-total'));
  if (page.events.length) view.append(el('div', { className: 'table-scroll' }, eventTable(page.events)), pager(page, filters, offset));
}

function pager(page: EventPage, filters: EventFilters, offset: number, id?: string): HTMLElement {
  const pageLink = (pageOffset: number) => routeHref('events', { ...filters, offset: pageOffset || undefined });
  const summary = page.total
    ? t('showing', { from: formatCount(offset + 1), to: formatCount(offset + page.events.length), total: formatCount(page.total) })
    : t('noData');
  const info = el('span', { className: 'page-info', dataset: { total: String(page.total) } }, summary);
  if (id) info.id = id;
  return el(
    'nav',
    { className: 'pager' },
    offset > 0 ? el('a', { href: pageLink(Math.max(0, offset - PAGE_SIZE)), className: 'prev' }, `← ${t('previous')}`) : null,
    info,
    offset + page.events.length < page.total ? el('a', { href: pageLink(offset + PAGE_SIZE), className: 'next' }, `${t('next')} →`) : null,
  );
}

function eventTable(events: ReadoutEvent[]): HTMLTableElement {
  const columns = [t('date'), t('source'), t('event'), t('target'), t('quad'), t('goldstein'), t('modality'), t('language'), t('sentence'), t('document')];
  return el(
    'table',
    { className: 'events', id: 'event-table' },
    el('thead', {}, el('tr', {}, ...columns.map((label) => el('th', {}, label)))),
    el('tbody', {}, ...events.map(eventRow)),
  );
}

function eventRow(event: ReadoutEvent): HTMLTableRowElement {
  const quad = el('span', { className: 'quad-chip' }, quadClassName(event.quad_class));
  quad.style.borderColor = QUAD_COLOURS[event.quad_class] ?? '#999';
  const documentHref = routeHref(`document/${encodeURIComponent(String(event.document_id))}`, { event: String(event.id) });
  return el(
    'tr',
    { className: 'event-row', dataset: {
        eventId: String(event.id),
        code: event.code,
        quad: String(event.quad_class),
        countries: [event.source.country ?? event.source.org, event.target.country ?? event.target.org].filter(Boolean).join(' '),
      }, },
    el('td', { className: 'nowrap' }, event.date ?? t('undated')),
    el('td', {}, actorCell(event.source)),
    el('td', {}, el('span', { className: 'code' }, event.code), ' ', eventTypeName(event.code, event.event_name)),
    el('td', {}, actorCell(event.target)),
    el('td', {}, quad),
    el('td', { className: 'num' }, formatGoldstein(event.goldstein)),
    el('td', { className: 'nowrap' }, modalityName(event.modality)),
    el('td', { className: 'nowrap' }, languageName(event.document.language)),
    el('td', { className: 'sentence' }, event.sentence),
    el('td', {}, el('a', { href: documentHref, className: 'doc-link', title: event.document.title ?? '' }, event.document.title || t('open'))),
  );
}

function actorCell(actor: EventActor): HTMLElement {
  return el('span', { className: 'actor' }, actor.name, ' ', el('span', { className: 'code' }, actor.code));
}
