import { api } from '../api.js';
import { el } from '../dom.js';
import { formatCount } from '../format.js';
import { languageName, t } from '../i18n.js';
import { routeHref, type Route } from '../router.js';

const PAGE_SIZE = 50;

/** The stored documents, newest first, each opening the document view. */
export async function renderDocuments(view: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const offset = Math.max(0, Number(route.params.get('offset')) || 0);
  const { documents, total } = await api.documents(PAGE_SIZE, offset);
  if (signal.aborted) return;

  const header = el('tr', {}, el('th', {}, t('title')), el('th', {}, t('published')), el('th', {}, t('language')), el('th', { className: 'num' }, t('events')));
  const rows = documents.map((doc) =>
    el(
      'tr',
      {},
      el('td', {}, el('a', { href: routeHref(`document/${encodeURIComponent(String(doc.id))}`) }, doc.title || t('untitled'))),
      el('td', { className: 'nowrap' }, doc.published ?? ''),
      el('td', {}, languageName(doc.language)),
      el('td', { className: 'num' }, formatCount(doc.events)),
    ),
  );
  view.append(
    el('h1', {}, t('documents')),
    el(
      'nav',
      { className: 'pager' },
      offset > 0 ? el('a', { href: routeHref('documents', { offset: Math.max(0, offset - PAGE_SIZE) || undefined }) }, `← ${t('previous')}`) : null,
      el('span', { className: 'page-info' }, total ? t('showing', { from: formatCount(offset + 1), to: formatCount(offset + documents.length), total: formatCount(total) }) : t('noData')),
      offset + documents.length < total ? el('a', { href: routeHref('documents', { offset: offset + PAGE_SIZE }) }, `${t('next')} →`) : null,
    ),
    el('div', { className: 'table-scroll' }, el('table', { className: 'documents', id: 'document-table' }, el('thead', {}, header), el('tbody', {}, ...rows))),
  );
}
