import type { EventActor } from '../../model/event.js';
import { isStory, type Column, type Exported } from './columns.js';

/**
 * GDELT 2.0's event table layout: 61 tab-separated columns, no header (../shared/reference/gdelt_icews_fields.md).
 * Readout fills what it knows: ids, dates, actors (country, known group, up to three role codes), CAMEO codes,
 * quad class, Goldstein, mention counts, the action location's name, and the source. It has no tone, no
 * ethnic or religious codes and no geocoder (FIPS codes, coordinates): those columns stay empty. DATEADDED is the
 * publication date at midnight, not the time of ingest, so that exports of the same store are the same.
 */
const empty = (name: string): Column => ({ name, type: 'text', value: () => null });

function day(x: Exported): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(x.event.date ?? x.document.published ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2] ?? 1), d: Number(m[3] ?? 1) } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The role codes of an actor code after its state or organisation: CHNGOVMIL → GOV, MIL. */
function typeCodes(a: EventActor): string[] {
  const prefix = a.country && a.code.startsWith(a.country) ? a.country : a.org && a.code.startsWith(a.org) ? a.org : '';
  return (a.code.slice(prefix.length).match(/.{3}/g) ?? []).slice(0, 3);
}

function actorColumns(n: 1 | 2, side: 'source' | 'target'): Column[] {
  const a = (x: Exported) => x.event[side];
  return [
    { name: `Actor${n}Code`, type: 'text', value: (x) => a(x).code },
    { name: `Actor${n}Name`, type: 'text', value: (x) => a(x).name.toUpperCase() },
    { name: `Actor${n}CountryCode`, type: 'text', value: (x) => a(x).country },
    { name: `Actor${n}KnownGroupCode`, type: 'text', value: (x) => a(x).org ?? null },
    empty(`Actor${n}EthnicCode`),
    empty(`Actor${n}Religion1Code`),
    empty(`Actor${n}Religion2Code`),
    ...[0, 1, 2].map((i): Column => ({ name: `Actor${n}Type${i + 1}Code`, type: 'text', value: (x) => typeCodes(a(x))[i] ?? null })),
  ];
}

const geoColumns = (prefix: string, place: (x: Exported) => string | null): Column[] => [
  { name: `${prefix}_Type`, type: 'integer', value: () => null },
  { name: `${prefix}_FullName`, type: 'text', value: place },
  ...['CountryCode', 'ADM1Code', 'ADM2Code'].map((f) => empty(`${prefix}_${f}`)),
  { name: `${prefix}_Lat`, type: 'double', value: () => null },
  { name: `${prefix}_Long`, type: 'double', value: () => null },
  empty(`${prefix}_FeatureID`),
];

export const GDELT_COLUMNS: readonly Column[] = [
  { name: 'GLOBALEVENTID', type: 'integer', value: (x) => x.id },
  { name: 'SQLDATE', type: 'integer', value: (x) => ((d) => (d ? d.y * 10000 + d.m * 100 + d.d : null))(day(x)) },
  { name: 'MonthYear', type: 'integer', value: (x) => ((d) => (d ? d.y * 100 + d.m : null))(day(x)) },
  { name: 'Year', type: 'integer', value: (x) => day(x)?.y ?? null },
  { name: 'FractionDate', type: 'double', value: (x) => fractionDate(day(x)) },
  ...actorColumns(1, 'source'),
  ...actorColumns(2, 'target'),
  // GDELT: 1 when the event is in the lead paragraph. Here: the headline or the first body sentence.
  { name: 'IsRootEvent', type: 'integer', value: (x) => (x.event.section === 'headline' || x.event.sentence_index === x.document.leadSentence ? 1 : 0) },
  { name: 'EventCode', type: 'text', value: (x) => x.event.code },
  { name: 'EventBaseCode', type: 'text', value: (x) => x.event.code.slice(0, 3) },
  { name: 'EventRootCode', type: 'text', value: (x) => x.event.root },
  { name: 'QuadClass', type: 'integer', value: (x) => x.event.quad_class },
  { name: 'GoldsteinScale', type: 'double', value: (x) => x.event.goldstein },
  { name: 'NumMentions', type: 'integer', value: (x) => (isStory(x) ? x.mentions : 1) },
  // Readout does not know outlets apart from documents: sources are counted as documents.
  { name: 'NumSources', type: 'integer', value: (x) => (isStory(x) ? x.documents : 1) },
  { name: 'NumArticles', type: 'integer', value: (x) => (isStory(x) ? x.documents : 1) },
  { name: 'AvgTone', type: 'double', value: () => null },
  ...geoColumns('Actor1Geo', () => null),
  ...geoColumns('Actor2Geo', () => null),
  ...geoColumns('ActionGeo', (x) => x.event.location?.name ?? null),
  { name: 'DATEADDED', type: 'integer', value: (x) => ((d) => (d ? Number(`${d.y}${pad(d.m)}${pad(d.d)}000000`) : null))(dayOfPublication(x)) },
  { name: 'SOURCEURL', type: 'text', value: (x) => x.document.url ?? x.event.doc },
];

function dayOfPublication(x: Exported): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(x.document.published ?? x.event.date ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** YYYY.FFFF: the year plus the share of it completed by that day. */
function fractionDate(d: { y: number; m: number; d: number } | null): number | null {
  if (!d) return null;
  const dayOfYear = (Date.UTC(d.y, d.m - 1, d.d) - Date.UTC(d.y, 0, 1)) / 86_400_000 + 1;
  return Math.round((d.y + dayOfYear / 365) * 10000) / 10000;
}
