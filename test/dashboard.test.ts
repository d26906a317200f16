import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server/server.js';
import { REPO_DIR } from './shared.js';

/**
 * The dashboard in a real browser (Debian's Chromium through playwright-core) against the real server and a
 * store built from test/fixtures/dashboard-news.jsonl. Without /usr/bin/chromium the suite skips with the reason,
 * unless READOUT_REQUIRE_SERVICES=1 (CI), then it fails. Screenshots go to test-results/screenshots/.
 */
const CHROMIUM = '/usr/bin/chromium';
const FIXTURES = join(REPO_DIR, 'test/fixtures/dashboard-news.jsonl');
const SCREENSHOTS = join(REPO_DIR, 'test-results/screenshots');
const WEB_ROOT = join(REPO_DIR, 'dist/web');

function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const reason = `${CHROMIUM} not found (apt-get install chromium)`;
  if (process.env.READOUT_REQUIRE_SERVICES === '1') throw new Error(`${reason}, and READOUT_REQUIRE_SERVICES=1`);
  return reason;
}

const missing = chromiumMissing();
if (missing) console.warn(`dashboard: skipped: ${missing}`);
const describeBrowser = missing ? describe.skip : describe;

interface ApiEvent {
  id: number | string;
  document_id: number | string;
  rule: string;
  source: { country: string | null };
  target: { country: string | null };
}

describeBrowser(`dashboard in Chromium${missing ? ` — skipped: ${missing}` : ''}`, () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let context: BrowserContext;
  /** Problems any page reported: script errors, console errors (CSP violations among them), dialogs, requests off the server. */
  const problems: string[] = [];

  const api = async <T>(path: string): Promise<T> => (await fetch(`${server.url}/api/${path}`)).json() as Promise<T>;

  beforeAll(async () => {
    if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('dist/web is not built: run npm run build');
    dir = mkdtempSync(join(tmpdir(), 'readout-dashboard-'));
    const db = join(dir, 'events.db');
    const ingest = spawnSync(process.execPath, [join(REPO_DIR, 'bin/readout.js'), 'ingest', FIXTURES, '--db', db, '--quiet'], { encoding: 'utf8' });
    expect(ingest.stderr).toBe('');
    expect(ingest.status).toBe(0);
    server = await startServer({ db, port: 0, host: '127.0.0.1', token: 'secret', webRoot: WEB_ROOT });
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // Reduced motion turns chart animations off, so screenshots show finished charts.
    context = await browser.newContext({ viewport: { width: 1360, height: 900 }, reducedMotion: 'reduce', locale: 'en-US' });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
      problems.push(`request off the server: ${url}`);
      return route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function openPage(hash: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // Chromium logs every 4xx answer; the one the rejected-filter test asks for is expected.
      const expected = message.text().includes('status of 400');
      if (message.type() === 'error' && !expected) problems.push(`console error: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss();
    });
    const response = await page.goto(`${server.url}/${hash}`);
    expect(response?.status()).toBe(200);
    await page.waitForSelector('#view[data-state="ready"]');
    await page.waitForLoadState('networkidle');
    return page;
  }

  /** Does `action` and waits until the view it leads to has rendered. */
  async function rerender(page: Page, action: () => Promise<unknown>): Promise<void> {
    const before = Number(await page.getAttribute('#view', 'data-render'));
    await action();
    await page.waitForFunction((n) => {
      const view = document.getElementById('view')!;
      return Number(view.dataset.render) > n && view.dataset.state === 'ready';
    }, before);
    await page.waitForLoadState('networkidle');
  }

  const screenshot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  const shownTotal = async (page: Page) => Number(await page.getAttribute('#event-total', 'data-total'));

  it('loads the overview: chart canvas and the store totals', async () => {
    const stats = await api<{ events: number; documents: number }>('stats');
    const page = await openPage('#/overview');
    expect(await page.locator('#overview-chart canvas').count()).toBeGreaterThan(0);
    expect(await page.textContent('#total-events .total-value')).toBe(String(stats.events));
    expect(await page.textContent('#total-documents .total-value')).toBe(String(stats.documents));
    expect(await page.locator('.top-codes tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'overview');
    await page.close();
  });

  it('narrows the event table with filters, and every row shown matches them', async () => {
    const page = await openPage('#/events');
    const all = await shownTotal(page);
    expect(all).toBeGreaterThan(0);

    await page.fill('.filter-country input', 'CHN');
    await rerender(page, () => page.click('.filters button[type="submit"]'));
    const china = await shownTotal(page);
    expect(china).toBeGreaterThan(0);
    expect(china).toBeLessThan(all);
    const chinaRows = await page.$$eval('.event-row', (rows) => rows.map((row) => (row as HTMLElement).dataset.countries ?? ''));
    expect(chinaRows).toHaveLength(china);
    for (const countries of chinaRows) expect(countries.split(' ')).toContain('CHN');

    // Verbal conflict only, on top of the country.
    await page.check('.filter-quad input[value="3"]');
    await rerender(page, () => page.click('.filters button[type="submit"]'));
    const conflict = await shownTotal(page);
    expect(conflict).toBeGreaterThan(0);
    expect(conflict).toBeLessThan(china);
    const conflictRows = await page.$$eval('.event-row', (rows) => rows.map((row) => ({ ...(row as HTMLElement).dataset })));
    expect(conflictRows).toHaveLength(conflict);
    for (const row of conflictRows) {
      expect(row.quad).toBe('3');
      expect(row.countries!.split(' ')).toContain('CHN');
    }
    expect(page.url()).toContain('country=CHN');
    expect(page.url()).toContain('quad=3');
    await screenshot(page, 'events-filtered');
    await page.close();
  });

  it('shows the API\'s message for a rejected filter value and keeps the form to correct it', async () => {
    const page = await openPage('#/events');
    await page.fill('.filter-code input', 'abc');
    await rerender(page, () => page.click('.filters button[type="submit"]'));
    expect(await page.textContent('#view .error')).toMatch(/^Error: .+/);
    expect(await page.locator('#view .filters').count()).toBe(1);
    expect(await page.locator('.event-row').count()).toBe(0);
    await page.close();
  });

  it('opens a document with its evidence highlighted and says why each event was coded', async () => {
    const { events } = await api<{ events: ApiEvent[] }>('events?q=Woodside');
    const event = events[0]!;
    const page = await openPage('#/events?q=Woodside');
    await rerender(page, () => page.click(`.event-row[data-event-id="${event.id}"] a.doc-link`));

    for (const role of ['trigger', 'source', 'target']) expect(await page.locator(`#article-text mark.hl-${role}`).count()).toBeGreaterThan(0);
    expect(await page.locator('#article-text mark.active').count()).toBeGreaterThan(0);
    const selected = page.locator(`.why-card.selected[data-event-id="${event.id}"]`);
    expect(await selected.count()).toBe(1);
    expect(await selected.locator('code.rule').textContent()).toBe(event.rule);
    expect(await selected.textContent()).toContain('resolved as');
    await screenshot(page, 'document');
    await page.close();
  });

  it('shows markup in an article as text, runs none of it', async () => {
    const { documents } = await api<{ documents: { id: number; title: string }[] }>('documents?limit=100');
    const doc = documents.find((d) => d.title.includes('<b>bold</b>'))!;
    const page = await openPage(`#/document/${doc.id}`);

    expect(await page.textContent('#article-text')).toContain('<script>alert("x")</script>');
    expect(await page.textContent('#article-text')).toContain('<b>bold</b>');
    expect(await page.textContent('h1.document-title')).toBe('Sanctions <b>bold</b> claim');
    // The only script on the page is the bundle; no element came from the text.
    expect(await page.$$eval('script', (scripts) => scripts.map((s) => (s as HTMLScriptElement).src).filter((src) => !src.includes('/assets/')))).toEqual([]);
    expect(await page.locator('#view script, #view b').count()).toBe(0);
    await screenshot(page, 'document-markup');

    // The same title in the event table is text too.
    await rerender(page, () => page.evaluate(() => (location.hash = '#/events?q=sanctions')));
    expect(await page.locator('a.doc-link', { hasText: '<b>bold</b>' }).count()).toBeGreaterThan(0);
    expect(await page.locator('#view b').count()).toBe(0);
    await page.close();
  });

  it('shows a dyad: both directions per month and their top event types', async () => {
    const page = await openPage('#/dyad?a=CHN&b=USA');
    expect(await page.inputValue('#dyad-a')).toBe('CHN');
    expect(await page.inputValue('#dyad-b')).toBe('USA');
    expect(await page.locator('#dyad-counts canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('#dyad-goldstein canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('.top-codes tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getAttribute('a.show-events', 'href')).toContain('dyad=CHN-USA');
    await screenshot(page, 'dyad');
    await page.close();
  });

  it('draws the country network; clicking an edge opens that dyad\'s events', async () => {
    const page = await openPage('#/network');
    expect(await page.locator('#network canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('.ties tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'network');

    // Cytoscape keeps its instance on the container (_cyreg); click the edge whose midpoint lies clearest of nodes.
    const { x, y, edges } = await page.evaluate(() => {
      const host = document.getElementById('network') as HTMLElement & { _cyreg: { cy: import('cytoscape').Core } };
      const { cy } = host._cyreg;
      const box = host.getBoundingClientRect();
      const clearance = (p: { x: number; y: number }) =>
        Math.min(...cy.nodes().map((node) => Math.hypot(node.renderedPosition().x - p.x, node.renderedPosition().y - p.y) - node.renderedWidth() / 2));
      const best = cy.edges().sort((a, b) => clearance(b.renderedMidpoint()) - clearance(a.renderedMidpoint()))[0]!;
      const mid = best.renderedMidpoint();
      return { x: box.x + mid.x, y: box.y + mid.y, edges: cy.edges().map((edge) => edge.id()) };
    });
    await rerender(page, () => page.mouse.click(x, y));
    // Where edges cross, the click may land on the other one: any edge will do, as long as its events follow.
    const dyad = new URL(page.url().replace('#/events?', '?')).searchParams.get('dyad')!;
    expect(edges).toContain(dyad);
    const rows = await page.$$eval('.event-row', (r) => r.map((row) => (row as HTMLElement).dataset.countries ?? ''));
    expect(rows.length).toBeGreaterThan(0);
    for (const countries of rows) expect(countries.split(' ').sort()).toEqual(dyad.split('-').sort());
    await page.close();
  });

  it('switches labels to Chinese and remembers the choice', async () => {
    const page = await openPage('#/overview');
    expect(await page.textContent('#nav a.current')).toBe('Overview');
    await rerender(page, () => page.click('#lang-toggle'));
    expect(await page.textContent('#nav a.current')).toBe('概览');
    expect(await page.textContent('#view h1')).toBe('概览');
    expect(await page.textContent('#total-events .total-label')).toBe('事件');
    expect(await page.textContent('#lang-toggle')).toBe('English');
    await screenshot(page, 'overview-zh');

    await page.reload();
    await page.waitForSelector('#view[data-state="ready"]');
    expect(await page.textContent('#view h1')).toBe('概览');
    await rerender(page, () => page.evaluate(() => (location.hash = '#/events?country=CHN')));
    expect(await page.textContent('#view h1')).toBe('事件');
    await screenshot(page, 'events-zh');
    const doc = await page.getAttribute('.event-row a.doc-link', 'href');
    await rerender(page, () => page.evaluate((hash) => (location.hash = hash), doc!));
    expect(await page.textContent('#why-panel h2')).toBe('为什么这样编码？');
    await screenshot(page, 'document-zh');
    await page.close();
  });

  it('reported no script errors, dialogs or requests off the server', () => {
    expect(problems).toEqual([]);
  });
});
