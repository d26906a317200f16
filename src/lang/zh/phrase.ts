import { companyActor } from '../../coder/company-actor.js';
import { personActor } from '../../coder/person-actor.js';
import type { Country } from '../../lexicon/actor-tables.js';
import type { ActorEntry, ZhLexicon } from './lexicon.js';
import type { Mention } from './mentions.js';

/** Cities name where something happens; a province or state government can act, a city name alone does not. */
const CITY_KINDS = new Set(['city', 'capital']);

/** What resolving an actor phrase gives, before the mention's place in the sentence is known. */
export type PhraseMention = Omit<Mention, 'text' | 'first' | 'last' | 'possessive'>;

/**
 * Resolves one actor phrase — its lexicon parts in order ([state|place|organisation] [posting] [body] [title]
 * [person]) and an unknown name after a title — into the actor(s) it names, with the resolution explained.
 * Persons take their office on the reference date; titles give the CAMEO role; places give their state's GOV.
 */
export function resolvePhrase(
  parts: { entry: ActorEntry; text: string }[],
  unknownName: string | null,
  text: string,
  lexicon: ZhLexicon,
  refDate: string | null,
  abbreviation: (c: string) => Country,
): PhraseMention | null {
  const entries = parts.map((p) => p.entry);
  const head = entries[0]!;
  if (head.kind === 'generic' || head.kind === 'posted') return { members: [], generic: true };
  if (head.kind === 'region') return { members: [], region: true };
  if (head.kind === 'plural') return { members: [], pluralSize: head.size };
  if (head.kind === 'alias') {
    return { members: [{ ...head.actor, text, resolution: `name ${head.name} → ${head.actor.name}, named earlier as ${head.actor.text} (${head.actor.resolution})` }] };
  }

  const roles = entries.filter((e): e is Extract<ActorEntry, { kind: 'role' }> => e.kind === 'role').map((e) => e.role);
  const title = [...roles].reverse().find((r) => r.kind === 'title') ?? roles[roles.length - 1];
  const person = entries.find((e): e is Extract<ActorEntry, { kind: 'person' }> => e.kind === 'person')?.person;
  const org = entries.find((e): e is Extract<ActorEntry, { kind: 'org' }> => e.kind === 'org')?.org;
  const place = entries.find((e): e is Extract<ActorEntry, { kind: 'place' }> => e.kind === 'place')?.place;
  const countryEntry = entries.find((e): e is Extract<ActorEntry, { kind: 'country' }> => e.kind === 'country');

  if (person) {
    const named = parts.find((p) => p.entry.kind === 'person')!.text;
    return { members: [personActor(person, named, text, refDate, lexicon)] };
  }
  if (org) {
    return {
      members: [{
        code: org.parent ?? org.code,
        country: org.country ?? null,
        org: org.parent ?? org.code,
        name: org.en[0]!,
        text,
        resolution: `organisation ${text} → ${org.en[0]} (${org.kind} ${org.code})`,
      }],
    };
  }
  const company = parts.find((p): p is { entry: Extract<ActorEntry, { kind: 'company' }>; text: string } => p.entry.kind === 'company');
  if (company) return { members: [companyActor(company.entry.company, company.text, text)] };
  const roleNote = title ? `, ${title.kind} ${title.role} → ${title.code}` : '';
  if (countryEntry && countryEntry.via === 'abbreviation' && parts[0]!.text.length > 1) {
    // A compound of abbreviations (中俄蒙): one member per character.
    const members = [...parts[0]!.text].map((c) => ({ c, country: abbreviation(c) })).map(({ c, country }) => ({
      code: country.code, country: country.code, name: country.en[0]!, text,
      resolution: `abbreviation ${c} in compound ${parts[0]!.text} → ${country.en[0]}`,
    }));
    return { members };
  }
  const posting = entries.find((e): e is Extract<ActorEntry, { kind: 'posted' }> => e.kind === 'posted');
  if (countryEntry && place && place.country === countryEntry.country.code && !title) {
    return {
      members: [{
        code: place.country + 'GOV', country: place.country, name: place.en[0]!, text, role: `${place.kind} government`, place: place.en[0]!,
        resolution: `place ${text} → ${place.en[0]} (${place.kind} of ${place.country})`,
      }],
    };
  }
  if (countryEntry) {
    const c = countryEntry.country;
    const postNote = posting ? `, posted in ${posting.country.en[0]}` : '';
    const viaRole = countryEntry.via === 'side' || countryEntry.via === 'capital' ? 'GOV' : countryEntry.via === 'army' ? 'MIL' : undefined;
    const roleCode = title?.code ?? viaRole ?? '';
    return {
      members: [{
        code: c.code + roleCode,
        country: c.code,
        name: unknownName ?? c.en[0]!,
        text,
        ...(title ? { role: title.role } : {}),
        ...(countryEntry.via === 'capital' ? { place: c.capital.en } : {}),
        resolution: `${countryEntry.via} ${parts[0]!.text} → ${c.en[0]}${viaRole && !title ? ` (${countryEntry.via} form → ${viaRole})` : ''}${roleNote}${postNote}${unknownName ? `, unknown person ${unknownName}` : ''}`,
      }],
    };
  }
  if (place) {
    const roleCode = title?.code ?? 'GOV';
    return {
      ...(CITY_KINDS.has(place.kind) && !title ? { city: true } : {}),
      members: [{
        code: place.country + roleCode,
        country: place.country,
        name: unknownName ?? place.en[0]!,
        text,
        role: title?.role ?? `${place.kind} government`,
        place: place.en[0]!,
        resolution: `place ${parts[0]!.text} → ${place.en[0]} (${place.kind} of ${place.country}) → ${place.country}${roleCode}${roleNote}${unknownName ? `, unknown person ${unknownName}` : ''}`,
      }],
    };
  }
  // Titles and bodies with no state named: resolvable only when the word itself belongs to one state (白宫).
  const owned = roles.find((r) => r.country);
  if (owned && title) {
    return {
      members: [{
        code: owned.country! + title.code,
        country: owned.country!,
        name: unknownName ?? owned.role,
        text,
        role: title.role,
        resolution: `${owned.kind} ${owned.role} belongs to ${owned.country}${roleNote}`,
      }],
    };
  }
  const home = lexicon.countriesByCode.get(lexicon.grammar.data.home_state);
  const homeOffice = parts.some((p) => p.entry.kind === 'role' && lexicon.grammar.data.home_state_offices.includes(p.text));
  if (title && home && homeOffice) {
    return {
      members: [{
        code: home.code + title.code,
        country: home.code,
        name: unknownName ?? title.role,
        text,
        role: title.role,
        resolution: `${title.kind} ${title.role} with no state named → ${home.en[0]} (Chinese news names foreign officials with their state)${roleNote}${unknownName ? `, unknown person ${unknownName}` : ''}`,
      }],
    };
  }
  // An office or body of no known state (官员, 国内企业): a party Readout cannot code, but a party all the same.
  return { members: [], generic: true, unqualifiedOffice: title !== undefined };
}
