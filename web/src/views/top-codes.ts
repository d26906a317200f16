import type { EventFilters, Stats } from '../api.js';
import { el } from '../dom.js';
import { formatCount, formatGoldstein } from '../format.js';
import { eventTypeName, t } from '../i18n.js';
import { routeHref } from '../router.js';

/** The most frequent event types under `filters`; each code links to those events. */
export function topCodesTable(stats: Stats, filters: EventFilters): HTMLElement {
  if (!stats.top_codes.length) return el('p', { className: 'empty' }, t('noData'));
  const most = Math.max(...stats.top_codes.map((row) => row.events));
  const rows = stats.top_codes.map((row) => {
    // A bar under the name shows the share at a glance, without a second chart.
    const bar = el('div', { className: 'bar' });
    bar.style.width = `${(100 * row.events) / most}%`;
    return el(
      'tr',
      {},
      el('td', {}, el('a', { href: routeHref('events', { ...filters, code: row.code }) }, row.code)),
      el('td', {}, eventTypeName(row.code, row.name), bar),
      el('td', { className: 'num' }, formatCount(row.events)),
      el('td', { className: 'num' }, formatGoldstein(row.goldstein)),
    );
  });
  const header = el('tr', {}, el('th', {}, 'CAMEO'), el('th', {}, t('event')), el('th', { className: 'num' }, t('count')), el('th', { className: 'num' }, t('meanGoldstein')));
  return el('table', { className: 'top-codes' }, el('thead', {}, header), el('tbody', {}, ...rows));
}
