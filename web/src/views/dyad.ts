import { api, type DyadMonth, type EventFilters } from '../api.js';
import { mountChart } from '../charts.js';
import { countryName } from '../countries.js';
import { el } from '../dom.js';
import { filterForm, filtersFromParams } from '../filters.js';
import { t } from '../i18n.js';
import { monthSpan } from '../months.js';
import { navigate, routeHref, type Route } from '../router.js';
import { topCodesTable } from './top-codes.js';

const DIRECTION_COLOURS = ['#2c7fb8', '#e6550d', '#636363'];

/** Dyad view: two countries' events per month in both directions, their mean Goldstein, and top event types. */
export async function renderDyad(view: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const filters = filtersFromParams(route.params);
  delete filters.dyad; // the pair is chosen with the two selects
  const everyDyad = (await api.dyads(filters)).dyads;
  if (signal.aborted) return;

  const [defaultA, defaultB] = busiestPair(everyDyad);
  const a = route.params.get('a') || defaultA;
  const b = route.params.get('b') || defaultB;
  const go = (next: { a?: string; b?: string; filters?: EventFilters }) =>
    navigate('dyad', { ...(next.filters ?? filters), a: next.a ?? a, b: next.b ?? b });

  const participants = new Set(everyDyad.flatMap((row) => [row.source, row.target]));
  for (const code of [a, b]) if (code) participants.add(code);
  const options = [...participants].sort((x, y) => countryName(x).localeCompare(countryName(y)));
  const picker = (id: string, label: string, value: string | undefined, onChange: (code: string) => void) => {
    const select = el('select', { id }, ...options.map((code) => el('option', { value: code }, `${countryName(code)} (${code})`)));
    select.value = value ?? '';
    select.addEventListener('change', () => onChange(select.value));
    return el('label', { className: 'filter' }, el('span', {}, label), select);
  };

  view.append(
    el('h1', {}, t('dyad')),
    el(
      'div',
      { className: 'dyad-picker' },
      picker('dyad-a', t('countryA'), a, (code) => go({ a: code })),
      picker('dyad-b', t('countryB'), b, (code) => go({ b: code })),
    ),
    filterForm(filters, ['from', 'to', 'language'], (next) => go({ filters: next })),
  );
  if (!a || !b || a === b) {
    view.append(el('p', { className: 'empty' }, t('pickTwo')));
    return;
  }

  const pairFilters: EventFilters = { ...filters, dyad: `${a}-${b}` };
  const [{ dyads }, stats] = await Promise.all([api.dyads(pairFilters), api.stats(pairFilters)]);
  if (signal.aborted) return;

  const rows = dyads.filter((row) => (row.source === a && row.target === b) || (row.source === b && row.target === a));
  const countsHost = el('div', { className: 'chart', id: 'dyad-counts' });
  const goldsteinHost = el('div', { className: 'chart', id: 'dyad-goldstein' });
  view.append(
    el('h2', { className: 'dyad-title' }, `${countryName(a)} ⇄ ${countryName(b)}`, ' ', el('a', { href: routeHref('events', { ...pairFilters }), className: 'show-events' }, t('showEvents'))),
  );
  if (!rows.length) {
    view.append(el('p', { className: 'empty' }, t('noData')));
    return;
  }
  view.append(
    el('section', { className: 'panel' }, el('h2', {}, t('eventsPerMonth')), countsHost),
    el('section', { className: 'panel' }, el('h2', {}, t('goldsteinPerMonth')), goldsteinHost),
    el('section', { className: 'panel' }, el('h2', {}, t('topEventTypes')), topCodesTable(stats, pairFilters)),
  );

  const months = monthSpan(rows.map((row) => row.month));
  const forward = byMonth(rows.filter((row) => row.source === a));
  const backward = byMonth(rows.filter((row) => row.source === b));
  const both = byMonth(rows);
  const directions = [
    { name: `${countryName(a)} → ${countryName(b)}`, months: forward },
    { name: `${countryName(b)} → ${countryName(a)}`, months: backward },
  ];
  const axes = { grid: { left: 48, right: 16, top: 40, bottom: 32 }, legend: { top: 0 }, xAxis: { type: 'category' as const, data: months } };

  mountChart(
    countsHost,
    {
      ...axes,
      yAxis: { type: 'value', minInterval: 1 },
      series: directions.map((direction, i) => ({
        type: 'bar',
        name: direction.name,
        color: DIRECTION_COLOURS[i],
        data: months.map((month) => direction.months.get(month)?.events ?? 0),
      })),
    },
    signal,
  );
  mountChart(
    goldsteinHost,
    {
      ...axes,
      yAxis: { type: 'value', min: -10, max: 10 },
      series: [...directions, { name: t('both'), months: both }].map((direction, i) => ({
        type: 'line',
        name: direction.name,
        color: DIRECTION_COLOURS[i],
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 8,
        lineStyle: i === 2 ? { type: 'dashed' } : undefined,
        // A month without events has no mean: a gap, not a zero.
        data: months.map((month) => {
          const cell = direction.months.get(month);
          return cell ? Number(cell.goldstein.toFixed(2)) : null;
        }),
      })),
    },
    signal,
  );
}

/** Events and event-weighted mean Goldstein per month over the given rows. */
function byMonth(rows: DyadMonth[]): Map<string, { events: number; goldstein: number }> {
  const sums = new Map<string, { events: number; weighted: number }>();
  for (const row of rows) {
    const sum = sums.get(row.month) ?? { events: 0, weighted: 0 };
    sum.events += row.events;
    sum.weighted += row.goldstein * row.events;
    sums.set(row.month, sum);
  }
  return new Map([...sums].map(([month, sum]) => [month, { events: sum.events, goldstein: sum.events ? sum.weighted / sum.events : 0 }]));
}

/** The pair of different countries with the most events between them, as a sensible first view. */
function busiestPair(rows: DyadMonth[]): [string | undefined, string | undefined] {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (row.source === row.target) continue;
    const key = [row.source, row.target].sort().join('-');
    totals.set(key, (totals.get(key) ?? 0) + row.events);
  }
  const best = [...totals].sort((x, y) => y[1] - x[1])[0];
  const [a, b] = best ? best[0].split('-') : [];
  return [a, b];
}
