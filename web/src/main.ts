import './style.css';
import { loadCountries } from './countries.js';
import { el, replace } from './dom.js';
import { language, onLanguageChange, setLanguage, t, type LabelKey } from './i18n.js';
import { currentRoute, routeHref, type Route } from './router.js';
import { renderDocument } from './views/document.js';
import { renderDocuments } from './views/documents.js';
import { renderDyad } from './views/dyad.js';
import { renderEvents } from './views/events.js';
import { renderNetwork } from './views/network.js';
import { renderOverview } from './views/overview.js';

type View = (container: HTMLElement, route: Route, signal: AbortSignal) => Promise<void>;

const VIEWS: Record<string, View> = {
  overview: renderOverview,
  dyad: renderDyad,
  network: renderNetwork,
  events: renderEvents,
  documents: renderDocuments,
  document: renderDocument,
};

const NAV: { route: string; label: LabelKey }[] = [
  { route: 'overview', label: 'overview' },
  { route: 'dyad', label: 'dyad' },
  { route: 'network', label: 'network' },
  { route: 'events', label: 'events' },
  { route: 'documents', label: 'documents' },
];

const container = document.getElementById('view') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
const languageToggle = document.getElementById('lang-toggle') as HTMLButtonElement;

/** Aborted when the view is replaced: stale responses are dropped and charts are disposed. */
let viewLifetime = new AbortController();
/** Counts renders, so a test can wait for the render its click caused rather than see the previous one. */
let renders = 0;

async function render(): Promise<void> {
  viewLifetime.abort();
  viewLifetime = new AbortController();
  const { signal } = viewLifetime;
  const route = currentRoute();
  const view = VIEWS[route.name];
  if (!view) {
    location.replace(routeHref('overview'));
    return;
  }

  renderChrome(route);
  // The view is built in place (charts measure their host when created); data-state tells tests, and aria-busy
  // assistive technology, when it is complete.
  const loading = el('p', { className: 'loading' }, t('loading'));
  const next = el('div', { className: `view view-${route.name}` });
  replace(container, loading, next);
  container.dataset.state = 'loading';
  container.dataset.render = String(++renders);
  container.setAttribute('aria-busy', 'true');
  try {
    await loadCountries();
    await view(next, route, signal);
  } catch (error) {
    if (signal.aborted) return;
    // Appended: what the view already shows (its filter form) stays, to correct a rejected value.
    next.append(el('p', { className: 'error', role: 'alert' }, `${t('error')}: ${(error as Error).message}`));
  }
  if (signal.aborted) return;
  loading.remove();
  container.dataset.state = 'ready';
  container.removeAttribute('aria-busy');
}

function renderChrome(route: Route): void {
  document.documentElement.lang = language() === 'zh' ? 'zh-CN' : 'en';
  languageToggle.textContent = t('switchLanguage');
  replace(
    nav,
    ...NAV.map((item) =>
      el('a', { href: routeHref(item.route), className: item.route === route.name || (item.route === 'documents' && route.name === 'document') ? 'current' : '' }, t(item.label)),
    ),
  );
}

languageToggle.addEventListener('click', () => setLanguage(language() === 'en' ? 'zh' : 'en'));
onLanguageChange(() => void render());
window.addEventListener('hashchange', () => void render());
void render();
