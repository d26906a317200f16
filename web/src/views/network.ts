import type cytoscape from 'cytoscape';
import { api, type DyadMonth, type EventFilters } from '../api.js';
import { countryName } from '../countries.js';
import { el } from '../dom.js';
import { filterForm, filtersFromParams } from '../filters.js';
import { formatCount, formatGoldstein } from '../format.js';
import { t } from '../i18n.js';
import { navigate, routeHref, type Route } from '../router.js';

interface Tie {
  a: string;
  b: string;
  events: number;
  goldstein: number;
}

const CONFLICT = [215, 48, 31];
const NEUTRAL = [170, 170, 170];
const COOPERATION = [44, 127, 184];
/** Mean Goldstein at which an edge takes the full conflict or cooperation colour. */
const FULL_COLOUR_AT = 6;
const MAX_FIT_ZOOM = 1.2;

/**
 * Network of countries: one node per country, one edge per pair (both directions together), as wide as its event
 * count and coloured by mean Goldstein. Clicking an edge opens the event table for that dyad.
 */
export async function renderNetwork(view: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const filters = filtersFromParams(route.params);
  view.append(
    el('h1', {}, t('network')),
    filterForm(filters, ['from', 'to', 'quad', 'language'], (next) => navigate('network', { ...next })),
    el('p', { className: 'help' }, t('networkHelp')),
    legend(),
  );
  const { dyads } = await api.dyads(filters);
  if (signal.aborted) return;

  const ties = undirectedTies(dyads);
  if (!ties.length) {
    view.append(el('p', { className: 'empty' }, t('noData')));
    return;
  }
  const host = el('div', { className: 'network', id: 'network' });
  view.append(el('section', { className: 'panel' }, host), el('section', { className: 'panel' }, tieTable(ties, filters)));
  await mountNetwork(host, ties, filters, signal);
}

/** Directed monthly rows summed into one tie per unordered pair. Events of a country with itself are left out. */
function undirectedTies(rows: DyadMonth[]): Tie[] {
  const ties = new Map<string, Tie & { weighted: number }>();
  for (const row of rows) {
    if (row.source === row.target) continue;
    const [a, b] = [row.source, row.target].sort() as [string, string];
    const key = `${a}-${b}`;
    const tie = ties.get(key) ?? { a, b, events: 0, goldstein: 0, weighted: 0 };
    tie.events += row.events;
    tie.weighted += row.goldstein * row.events;
    tie.goldstein = tie.weighted / tie.events;
    ties.set(key, tie);
  }
  return [...ties.values()].map(({ weighted: _weighted, ...tie }) => tie).sort((x, y) => y.events - x.events);
}

/** Red for conflict through grey to blue for cooperation. */
function goldsteinColour(goldstein: number): string {
  const share = Math.max(-1, Math.min(1, goldstein / FULL_COLOUR_AT));
  const end = share < 0 ? CONFLICT : COOPERATION;
  const mix = NEUTRAL.map((channel, i) => Math.round(channel + (end[i]! - channel) * Math.abs(share)));
  return `rgb(${mix.join(',')})`;
}

async function mountNetwork(host: HTMLElement, ties: Tie[], filters: EventFilters, signal: AbortSignal): Promise<void> {
  // Cytoscape is loaded only when the network is first shown: the other views do not need it.
  const { default: cytoscape } = await import('cytoscape');
  if (signal.aborted) return;

  const nodeEvents = new Map<string, number>();
  for (const tie of ties) for (const code of [tie.a, tie.b]) nodeEvents.set(code, (nodeEvents.get(code) ?? 0) + tie.events);
  const mostEvents = Math.max(...ties.map((tie) => tie.events));
  const busiestNode = Math.max(...nodeEvents.values());

  const cy = cytoscape({
    container: host,
    elements: [
      ...[...nodeEvents].map(([code, events]) => ({
        data: { id: code, label: countryName(code), size: 24 + 36 * Math.sqrt(events / busiestNode) },
      })),
      ...ties.map((tie) => ({
        data: {
          id: `${tie.a}-${tie.b}`,
          source: tie.a,
          target: tie.b,
          // Square root so one dominant pair does not make every other edge a hairline.
          width: 1.5 + 12 * Math.sqrt(tie.events / mostEvents),
          colour: goldsteinColour(tie.goldstein),
        },
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          width: 'data(size)',
          height: 'data(size)',
          'background-color': '#4a5568',
          color: '#1a202c',
          'font-size': 12,
          'text-valign': 'bottom',
          'text-margin-y': 4,
        },
      },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'curve-style': 'bezier', opacity: 0.85 } },
      { selector: 'edge:active, edge.hover', style: { opacity: 1, 'underlay-color': '#000', 'underlay-opacity': 0.15, 'underlay-padding': 3 } },
    ],
  });

  const layout = cy.layout({ name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: true, padding: 30 });
  // Fitting a handful of countries would zoom far in; stop at a zoom where labels keep a normal size.
  layout.one('layoutstop', () => {
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  });
  layout.run();

  cy.on('tap', 'edge', (event) => {
    const edge = event.target as cytoscape.EdgeSingular;
    navigate('events', { ...filters, dyad: `${edge.source().id()}-${edge.target().id()}` });
  });
  cy.on('tap', 'node', (event) => {
    navigate('events', { ...filters, country: (event.target as cytoscape.NodeSingular).id() });
  });
  cy.on('mouseover', 'edge', (event) => {
    (event.target as cytoscape.EdgeSingular).addClass('hover');
    host.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'edge', (event) => {
    (event.target as cytoscape.EdgeSingular).removeClass('hover');
    host.style.cursor = '';
  });
  signal.addEventListener('abort', () => cy.destroy());
}

function legend(): HTMLElement {
  const ramp = el('span', { className: 'ramp' });
  ramp.style.background = `linear-gradient(to right, ${goldsteinColour(-FULL_COLOUR_AT)}, ${goldsteinColour(0)}, ${goldsteinColour(FULL_COLOUR_AT)})`;
  return el('div', { className: 'legend' }, el('span', {}, `${t('conflict')} (−${FULL_COLOUR_AT})`), ramp, el('span', {}, `${t('cooperation')} (+${FULL_COLOUR_AT})`));
}

/** The same ties as a table: readable without the canvas, and each row links to its events. */
function tieTable(ties: Tie[], filters: EventFilters): HTMLElement {
  const header = el('tr', {}, el('th', {}, t('dyad')), el('th', { className: 'num' }, t('count')), el('th', { className: 'num' }, t('meanGoldstein')));
  const rows = ties.map((tie) => {
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = goldsteinColour(tie.goldstein);
    return el(
      'tr',
      { className: 'tie' },
      el(
        'td',
        {},
        el('a', { href: routeHref('events', { ...filters, dyad: `${tie.a}-${tie.b}` }) }, `${countryName(tie.a)} – ${countryName(tie.b)}`),
        ' ',
        el('a', { href: routeHref('dyad', { ...filters, a: tie.a, b: tie.b }), className: 'small-link' }, `(${t('dyadChart')})`),
      ),
      el('td', { className: 'num' }, formatCount(tie.events)),
      el('td', { className: 'num' }, swatch, formatGoldstein(tie.goldstein)),
    );
  });
  return el('table', { className: 'ties' }, el('thead', {}, header), el('tbody', {}, ...rows));
}
