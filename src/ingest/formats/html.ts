import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ErrorCodes, InputError } from '../../errors.js';
import { decodeDetected } from '../../text/decode.js';
import { normaliseDate } from '../dates.js';
import { readBytes } from '../read-bytes.js';
import { withTitle, type SourceItem } from '../source.js';
import { htmlToText } from './html-text.js';

/** Meta tags that carry the publication time, most specific first. */
const PUBLISHED_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="PubDate"]',
  'meta[name="dc.date.issued"]', 'meta[name="DC.date.issued"]', 'meta[name="dcterms.created"]', 'meta[name="date"]',
];

interface Page {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

/**
 * .html: the main content through Readability (drops navigation, sidebars, footers), as text with one line per
 * paragraph, headed by the title. Title, publication date and canonical URL come from the meta tags, which
 * Readability does not read reliably. A page with no readable text is rejected.
 */
export function* readHtml(path: string): Iterable<SourceItem> {
  const { text: html, encoding } = decodeDetected(readBytes(path), path);
  const { document } = parseHTML(html);
  const page = document as unknown as Page;
  const meta = (selector: string) => page.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const published = PUBLISHED_META.map(meta).map(normaliseDate).find(Boolean) ?? normaliseDate(page.querySelector('time[datetime]')?.getAttribute('datetime'));
  const url = page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  const headTitle = meta('meta[property="og:title"]') ?? page.querySelector('title')?.textContent?.trim() ?? null;

  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as Document).parse();
  } catch {
    // Readability gives up on some broken trees; the body text below still serves.
  }
  const body = article?.content ? htmlToText(article.content) : document.body ? htmlToText(document.body as unknown as Parameters<typeof htmlToText>[0]) : '';
  if (!body.trim()) throw new InputError(ErrorCodes.INPUT_PARSE, path, 'HTML without readable text');
  const title = article?.title?.trim() || headTitle;
  yield { document: { source: path, text: withTitle(title, body), title, url: url || null, published: published ?? null, language: null, externalId: null, encoding } };
}
