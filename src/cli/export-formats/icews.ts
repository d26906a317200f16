import type { EventActor } from '../../model/event.js';
import type { Column, Exported } from './columns.js';

/**
 * ICEWS's coded-event layout: 20 tab-separated columns with a header row (../shared/reference/gdelt_icews_fields.md).
 * ICEWS writes names where GDELT writes codes: country names, sector names, the CAMEO event text. Story ID is
 * the document's id and Sentence Number counts from 1, as in ICEWS. Readout has no geocoder: district,
 * province and coordinates stay empty, and the city is the event location's name.
 */
export interface IcewsNames {
  /** English name of a country code (CHN → China). */
  country(code: string): string | null;
  /** CAMEO event text of a code (040 → Consult, not specified below). */
  eventText(code: string): string | null;
}

/** Sector names of CAMEO role codes, in ICEWS's wording where it has one. */
const SECTORS: Record<string, string> = {
  GOV: 'Government', MIL: 'Military', COP: 'Police', JUD: 'Judicial', LEG: 'Legislative / Parliamentary', SPY: 'Intelligence',
  OPP: 'Opposition', REB: 'Rebel', INS: 'Insurgents', SEP: 'Separatists', UAF: 'Unaligned Armed Forces', IGO: 'International Government Organization',
  NGO: 'Nongovernmental Organization', BUS: 'Business', CVL: 'Civilian', MED: 'Media', EDU: 'Education', LAB: 'Labor', HRI: 'Human Rights',
  HLH: 'Health', REF: 'Refugees', ENV: 'Environment', ELI: 'Elite', CRM: 'Criminal', AGR: 'Agriculture',
};

function sectors(a: EventActor): string | null {
  const prefix = a.country && a.code.startsWith(a.country) ? a.country.length : a.org && a.code.startsWith(a.org) ? a.org.length : 0;
  const codes = a.code.slice(prefix).match(/.{3}/g) ?? [];
  const names = codes.map((c) => SECTORS[c] ?? c);
  if (a.org && !codes.length) names.push('International Government Organization');
  return names.length ? names.join(',') : null;
}

export function icewsColumns(names: IcewsNames): Column[] {
  const text = (name: string, value: (x: Exported) => string | null): Column => ({ name, type: 'text', value });
  const country = (code: string | null | undefined) => (code ? (names.country(code) ?? code) : null);
  return [
    { name: 'Event ID', type: 'integer', value: (x) => x.id },
    text('Event Date', (x) => eventDay(x)),
    text('Source Name', (x) => x.event.source.name),
    text('Source Sectors', (x) => sectors(x.event.source)),
    text('Source Country', (x) => country(x.event.source.country)),
    text('Event Text', (x) => names.eventText(x.event.code)),
    text('CAMEO Code', (x) => x.event.code),
    { name: 'Intensity', type: 'double', value: (x) => x.event.goldstein },
    text('Target Name', (x) => x.event.target.name),
    text('Target Sectors', (x) => sectors(x.event.target)),
    text('Target Country', (x) => country(x.event.target.country)),
    { name: 'Story ID', type: 'integer', value: (x) => x.documentId },
    { name: 'Sentence Number', type: 'integer', value: (x) => x.event.sentence_index + 1 },
    text('Publisher', (x) => publisher(x.document.url)),
    text('City', (x) => x.event.location?.name ?? null),
    text('District', () => null),
    text('Province', () => null),
    text('Country', (x) => country(x.event.location?.country)),
    { name: 'Latitude', type: 'double', value: () => null },
    { name: 'Longitude', type: 'double', value: () => null },
  ];
}

/** ICEWS dates are days: a month- or year-precise date is given as its first day. */
function eventDay(x: Exported): string | null {
  const d = x.event.date;
  if (!d) return null;
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10);
}

function publisher(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
