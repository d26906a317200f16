import { api, type Stats } from '../api.js';
import { mountChart, QUAD_COLOURS } from '../charts.js';
import { el } from '../dom.js';
import { filterForm, filtersFromParams } from '../filters.js';
import { formatCount } from '../format.js';
import { languageName, quadClassName, t } from '../i18n.js';
import { monthSpan } from '../months.js';
import { navigate, type Route } from '../router.js';
import { topCodesTable } from './top-codes.js';

/** Overview: store totals, events per month stacked by quad class, and the most frequent event types. */
export async function renderOverview(view: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const filters = filtersFromParams(route.params);
  view.append(el('h1', {}, t('overview')), filterForm(filters, ['from', 'to', 'country', 'language'], (next) => navigate('overview', { ...next })));
  const stats = await api.stats(filters);
  if (signal.aborted) return;

  const chartHost = el('div', { className: 'chart', id: 'overview-chart' });
  view.append(
    totals(stats),
    el('section', { className: 'panel' }, el('h2', {}, t('eventsOverTime')), stats.by_month.length ? chartHost : el('p', { className: 'empty' }, t('noData'))),
    el('section', { className: 'panel' }, el('h2', {}, t('topEventTypes')), topCodesTable(stats, filters)),
  );
  if (!stats.by_month.length) return;
  const chart = mountChart(chartHost, monthlyQuadChart(stats), signal);
  // A bar segment opens its events: that month, that quad class.
  chart.on('click', (params) => {
    const month = String(params.name);
    const [year, monthNumber] = month.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
    navigate('events', { ...filters, from: `${month}-01`, to: `${month}-${lastDay}`, quad: params.seriesId });
  });
}

function totals(stats: Stats): HTMLElement {
  const languages = Object.entries(stats.languages)
    .map(([code, n]) => `${languageName(code)} ${formatCount(n)}`)
    .join(' · ');
  const dates = stats.first_date ? `${stats.first_date} – ${stats.last_date ?? ''}` : '–';
  const card = (label: string, value: string, id: string) =>
    el('div', { className: 'total', id: `total-${id}` }, el('div', { className: 'total-value' }, value), el('div', { className: 'total-label' }, label));
  return el(
    'section',
    { className: 'totals' },
    card(t('events'), formatCount(stats.events), 'events'),
    card(t('documents'), formatCount(stats.documents), 'documents'),
    card(t('sentences'), formatCount(stats.sentences), 'sentences'),
    card(t('stories'), formatCount(stats.stories), 'stories'),
    card(t('actors'), formatCount(stats.actors), 'actors'),
    card(t('languages'), languages || '–', 'languages'),
    card(t('dateRange'), dates, 'dates'),
  );
}

function monthlyQuadChart(stats: Stats) {
  const months = monthSpan(stats.by_month.map((row) => row.month));
  const series = [1, 2, 3, 4].map((quad) => {
    const byMonth = new Map(stats.by_month.filter((row) => row.quad_class === quad).map((row) => [row.month, row.events]));
    return {
      type: 'bar' as const,
      id: String(quad),
      name: quadClassName(quad),
      stack: 'events',
      color: QUAD_COLOURS[quad],
      data: months.map((month) => byMonth.get(month) ?? 0),
    };
  });
  return {
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category' as const, data: months },
    yAxis: { type: 'value' as const, minInterval: 1 },
    series,
  };
}
