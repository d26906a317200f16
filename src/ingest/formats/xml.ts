import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ErrorCodes, InputError } from '../../errors.js';
import { decodeDetected } from '../../text/decode.js';
import { normaliseDate } from '../dates.js';
import { readBytes } from '../read-bytes.js';
import { withTitle, type SourceItem } from '../source.js';
import { htmlToText } from './html-text.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'Sentence'].includes(name),
});

/**
 * .xml, .rss, .atom: an RSS 2.0, RSS 1.0 (RDF) or Atom feed gives one document per item (path#n), its HTML
 * content turned into text; PETRARCH records (<Sentences><Sentence id date><Text>) give one document per
 * sentence (path#id) with its date — the parse trees are left to `readout petrarch`. Other XML is rejected.
 */
export function* readXml(path: string): Iterable<SourceItem> {
  const { text: xml, encoding } = decodeDetected(readBytes(path), path);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new InputError(ErrorCodes.INPUT_PARSE, path, `not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const root = parser.parse(xml) as Node;
  const feed = (root['rss'] as Node | undefined)?.['channel'] ?? root['rdf:RDF'] ?? root['feed'];
  const petrarch = root['Sentences'] as Node | undefined;
  if (feed && typeof feed === 'object') yield* feedItems(path, feed as Node, encoding);
  else if (petrarch) yield* petrarchSentences(path, petrarch, encoding);
  else throw new InputError(ErrorCodes.INPUT_TYPE, path, 'XML that is neither an RSS/Atom feed nor PETRARCH records');
}

function* feedItems(path: string, feed: Node, encoding: string): Iterable<SourceItem> {
  const items = ((feed['item'] ?? feed['entry']) as Node[] | undefined) ?? [];
  if (!items.length) throw new InputError(ErrorCodes.INPUT_EMPTY, path, 'a feed without items');
  for (const [i, item] of items.entries()) {
    const where = `${path}#${i + 1}`;
    const title = textOf(item['title']);
    const content = textOf(item['content:encoded']) ?? textOf(item['content']) ?? textOf(item['description']) ?? textOf(item['summary']);
    const body = content ? htmlToText(content) : '';
    if (!body) {
      yield { rejected: new InputError(ErrorCodes.INPUT_EMPTY, where, 'feed item without text') };
      continue;
    }
    const published = ['pubDate', 'published', 'dc:date', 'updated'].map((k) => normaliseDate(textOf(item[k]))).find(Boolean) ?? null;
    const id = textOf(item['guid']) ?? textOf(item['id']);
    yield { document: { source: where, text: withTitle(title, body), title, url: linkOf(item['link']), published, language: null, externalId: id, encoding } };
  }
}

function* petrarchSentences(path: string, records: Node, encoding: string): Iterable<SourceItem> {
  const sentences = (records['Sentence'] as Node[] | undefined) ?? [];
  if (!sentences.length) throw new InputError(ErrorCodes.INPUT_EMPTY, path, 'PETRARCH records without a <Sentence>');
  for (const [i, sentence] of sentences.entries()) {
    const id = textOf(sentence['@id']);
    const where = `${path}#${id ?? i + 1}`;
    const text = textOf(sentence['Text'])?.replace(/\s+/g, ' ');
    if (!text) {
      yield { rejected: new InputError(ErrorCodes.INPUT_EMPTY, where, 'sentence without <Text>') };
      continue;
    }
    yield { document: { source: where, text, title: null, url: null, published: normaliseDate(textOf(sentence['@date'])), language: null, externalId: id, encoding } };
  }
}

/** Text of an element that may carry attributes (then its text is under #text). */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return textOf((value as Node)['#text']);
  return null;
}

/** RSS <link>URL</link>; Atom <link href rel="alternate">, the first alternate or plain link. */
function linkOf(value: unknown): string | null {
  const links = (Array.isArray(value) ? value : [value]) as unknown[];
  for (const link of links) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    if (link && typeof link === 'object') {
      const l = link as Node;
      if (typeof l['@href'] === 'string' && (l['@rel'] === undefined || l['@rel'] === 'alternate')) return l['@href'];
    }
  }
  return null;
}
