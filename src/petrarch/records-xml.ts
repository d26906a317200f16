import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { RecordsFileError } from '../errors.js';
import { DEFAULT_OPTIONS, withConfig, type CodingOptions } from './options.js';

/** The dictionary files a records file names in `<Environment>`, relative to the dictionaries directory. */
export interface Environment {
  verbFile: string | null;
  actorFiles: string[];
  agentFile: string | null;
  discardFile: string | null;
}

/** What a validation record says it should code to (`<EventCoding>`), when it says so. */
export interface ExpectedCoding {
  events: { source: string; target: string; code: string }[];
  /** `noevents="True"` or `error="..."`: the record must give no event. */
  none: boolean;
}

export interface PetrarchRecord {
  id: string;
  /** YYYYMMDD, as PETRARCH writes it; actor codes are chosen by it. */
  date: number;
  /** May be empty when the record has a parse (the GigaWord sample has such records). */
  text: string;
  /** The Penn Treebank parse, when the record carries one. */
  parse: string | null;
  /** `sentence="false"` marks a record PETRARCH leaves out. */
  active: boolean;
  options: CodingOptions;
  expected: ExpectedCoding | null;
  line: number;
}

export interface RecordsFile {
  environment: Environment | null;
  records: PetrarchRecord[];
  /** Records that could not be read (no id, a bad date, no text), each naming its line; the others are kept. */
  problems: RecordsFileError[];
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false, trimValues: false });

/**
 * Reads PETRARCH's XML input: `<Sentence date id sentence>` records with `<Text>` and, when present, `<Parse>`;
 * `<Config option value>` changes the options for the records after it; `<Environment>` names the dictionaries (its
 * `<Errorfile>`, `<Include>` and `<Pause>` steer PETRARCH's own runs and are not used). Malformed XML throws a
 * RecordsFileError with the line; a record that cannot be used is reported in `problems`, the others are kept.
 */
export function parseRecordsXml(xml: string, file: string): RecordsFile {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new RecordsFileError(file, valid.err.line, `malformed XML: ${readableXmlError(valid.err.msg)}`);
  const lines = elementLines(xml);
  const out: RecordsFile = { environment: null, records: [], problems: [] };
  let options = DEFAULT_OPTIONS;
  const visit = (nodes: XmlNode[]): void => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((k) => k !== ':@')!;
      const children = node[tag] as XmlNode[];
      const attrs = node[':@'] ?? {};
      if (tag === 'Config') {
        const line = lines.next('Config');
        const next = withConfig(options, attrs.option ?? '', attrs.value ?? '');
        if (typeof next === 'string') throw new RecordsFileError(file, line, next);
        options = next;
      } else if (tag === 'Sentence') {
        const line = lines.next('Sentence');
        const record = readRecord(children, attrs, options, line);
        if (typeof record === 'string') out.problems.push(new RecordsFileError(file, line, record));
        else out.records.push(record);
      } else if (tag === 'Environment') {
        out.environment = readEnvironment(children);
        visit(children.filter((c) => 'Config' in c));
      } else if (Array.isArray(children)) visit(children);
    }
  };
  visit(parser.parse(xml) as XmlNode[]);
  return out;
}

function readRecord(children: XmlNode[], attrs: Record<string, string>, options: CodingOptions, line: number): PetrarchRecord | string {
  const id = attrs.id?.trim();
  if (!id) return '<Sentence> has no id';
  const date = attrs.date?.trim() ?? '';
  if (!/^\d{8}$/.test(date)) return `record ${id}: date '${date}' is not YYYYMMDD`;
  const text = textOf(children, 'Text') ?? '';
  const parse = textOf(children, 'Parse');
  if (!text && !parse) return `record ${id}: neither <Text> nor <Parse>`;
  const codings = children.filter((c) => 'EventCoding' in c).map((c) => c[':@'] ?? {});
  const expected: ExpectedCoding | null = codings.length
    ? {
        events: codings.filter((c) => c.eventcode !== undefined).map((c) => ({ source: c.sourcecode ?? '', target: c.targetcode ?? '', code: c.eventcode! })),
        none: codings.some((c) => /true/i.test(c.noevents ?? '') || c.error !== undefined),
      }
    : null;
  return { id, date: Number(date), text, parse, active: !/^false$/i.test(attrs.sentence?.trim() ?? ''), options, expected, line };
}

function readEnvironment(children: XmlNode[]): Environment {
  const files = (tag: string) => children.filter((c) => tag in c).flatMap((c) => textOfNode(c[tag] as XmlNode[]).split(',')).map((f) => f.trim()).filter(Boolean);
  return { verbFile: files('Verbfile')[0] ?? null, actorFiles: files('Actorfile'), agentFile: files('Agentfile')[0] ?? null, discardFile: files('Discardfile')[0] ?? null };
}

function textOf(children: XmlNode[], tag: string): string | null {
  const node = children.find((c) => tag in c);
  const text = node ? textOfNode(node[tag] as XmlNode[]) : '';
  return text || null;
}

function textOfNode(children: XmlNode[]): string {
  return children.map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join('').replace(/\s+/g, ' ').trim();
}

/** The validator lists tags left open as a JSON array ("Invalid '[ "Sentences", "Sentence"]' found."). */
function readableXmlError(message: string): string {
  const open = /^Invalid '(\[[\s\S]*\])' found\.$/.exec(message);
  if (!open) return message;
  const tags = JSON.parse(open[1]!) as string[];
  return `${tags.map((t) => `<${t}>`).join(', ')} never closed`;
}

/** Line numbers of `<Sentence>` and `<Config>` tags in document order, comments left out, for messages. */
function elementLines(xml: string): { next(tag: 'Sentence' | 'Config'): number } {
  const visible = xml.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const queues: Record<string, number[]> = { Sentence: [], Config: [] };
  let line = 1;
  let from = 0;
  for (const m of visible.matchAll(/<(Sentence|Config)[\s/>]/g)) {
    for (let i = from; i < m.index; i++) if (visible.charCodeAt(i) === 10) line++;
    from = m.index;
    queues[m[1]!]!.push(line);
  }
  return { next: (tag) => queues[tag]!.shift() ?? 0 };
}
