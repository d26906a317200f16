import { join } from 'node:path';
import { z } from 'zod';
import { loadDataFile } from './data-file.js';

/** Schemas of the reviewed actor tables in data/actors/. Each file says the same in its header comment. */

const names = z.array(z.string().min(1));
const countryCode = z.string().regex(/^[A-Z]{3}$/, 'a three-letter upper-case code');
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD, quoted');

export const countrySchema = z
  .object({
    code: countryCode,
    iso2: z.string().regex(/^[A-Z]{2}$/),
    status: z.enum(['member', 'observer', 'territory', 'partially_recognised']),
    // A territory of a state (Hong Kong, Macau of China): its events are that state's in the event's country.
    sovereign: countryCode.optional(),
    en: names.min(1),
    zh: names.min(1),
    zh_abbr: z.string().length(1).optional(),
    zh_abbr_extra: z.array(z.string().length(1)).optional(),
    // en_aliases: older or other spellings news still uses for the capital (Kiev).
    capital: z.object({ en: z.string(), en_aliases: names.optional(), zh: z.string() }).strict(),
    capital_metonym: z.boolean().optional(),
    demonym: z.object({ en: names, zh: names }).partial().strict().optional(),
    // en_short: what news calls the state once it has named it in full ("the North" for North Korea).
    en_short: names.optional(),
    // A state this one continues, by the English names and adjectives news gave it until it ended: "the Soviet Union"
    // and "Soviet troops" (RUS) in news dated up to the end; in later news they name history, no party.
    former: z.array(z.object({ en: names.min(1), demonym: names.optional(), until: partialDate }).strict()).optional(),
  })
  .strict();

export const officeSchema = z
  .object({
    role: z.string().min(1),
    code: z.string().regex(/^[A-Z]{3}$/),
    from: partialDate,
    to: partialDate.optional(),
    // The state or organisation the office serves when it is not the person's own country: Kaja Kallas (EST) as the
    // EU's High Representative, Mark Rutte (NLD) as NATO's Secretary-General.
    serves: z.string().regex(/^[A-Z]{3}$/).optional(),
  })
  .strict();

export const personSchema = z
  .object({
    en: z.string().min(1),
    en_aliases: names.optional(),
    zh: names,
    country: countryCode,
    // How news refers back to the person: "she" for a woman; a person without it is "he".
    pronoun: z.enum(['he', 'she']).optional(),
    offices: z.array(officeSchema).min(1),
  })
  .strict();

export const organisationSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2,5}$/),
    kind: z.enum(['IGO', 'NGO', 'IMG', 'NGM']),
    parent: z.string().optional(),
    country: countryCode.optional(),
    en: names.min(1),
    // Short forms that name the organisation only in a document that names it in full: "the Council" in an EU
    // release, "the Authority" in an ECOWAS communiqué.
    en_short: names.optional(),
    zh: names.min(1),
  })
  .strict();

export const roleSchema = z
  .object({
    kind: z.enum(['title', 'body']),
    role: z.string().min(1),
    code: z.string().regex(/^[A-Z]{3}$/),
    zh: names.default([]),
    en: names.default([]),
    subnational: z.boolean().optional(),
    country: countryCode.optional(),
    // States that all give one of their bodies this name ("Department of Foreign Affairs": the Philippines', Ireland's):
    // in a document that names exactly one of them, the body is that state's.
    countries: z.array(countryCode).min(2).optional(),
    // The organisation whose office the word means when no state or organisation is named and no holder was named
    // before: "the Secretary-General" in a UN readout.
    organisation: z.string().regex(/^[A-Z]{2,5}$/).optional(),
    // The state whose body the English word means when no state is named and none of its holders was named before,
    // wherever the report is datelined: "the administration" in news is Washington's.
    usual_country: countryCode.optional(),
    // The offices of people.yaml whose holder, once named, a later bare title means: "Lopez Obrador … The leftist
    // leader said" is the head of government named before.
    holders_of: z.array(z.string().min(1)).min(1).optional(),
    // Words news uses of other states' governments ("the junta", "the regime"): never the dateline's own state.
    foreign: z.boolean().optional(),
  })
  .strict();

// A place's Chinese names may be unknown ([]): it is then found in English text only.
export const placeSchema = z
  .object({ kind: z.string().min(1), country: countryCode, en: names.min(1), zh: names })
  .strict();

// A company: sanctions, entity lists and export bans name them ("placed Lockheed Martin on the unreliable entity
// list"); the actor is its state's business sector (USABUS).
export const companySchema = z
  .object({ en: names.min(1), zh: names, country: countryCode, sector: z.string().min(1) })
  .strict();

export const regionSchema = z
  .object({
    en: names.min(1),
    zh: names.min(1),
    region: z.string().optional(),
    // "West African leaders" in a story that names ECOWAS: the region's adjectives, and the organisation whose members
    // a phrase of one of them with a noun of member states or their leaders means, once the document names it.
    adjectives: names.optional(),
    organisation: z.string().regex(/^[A-Z]{2,5}$/).optional(),
    // The nouns after an adjective that mean the organisation, when not all of grammar.yaml's region_member_nouns do:
    // "Arab foreign ministers" meet for the Arab League, "Arab states" are no body.
    member_nouns: z.array(z.string().regex(/^[a-z ]+$/)).min(1).optional(),
  })
  .strict()
  .refine((r) => (r.adjectives === undefined) === (r.organisation === undefined), 'adjectives and organisation go together');

export type Country = z.infer<typeof countrySchema>;
export type Person = z.infer<typeof personSchema>;
export type Office = z.infer<typeof officeSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Company = z.infer<typeof companySchema>;

export interface ActorTables {
  countries: Country[];
  people: Person[];
  organisations: Organisation[];
  roles: Role[];
  places: Place[];
  regions: Region[];
  companies: Company[];
}

export function loadActorTables(dataDir: string): ActorTables {
  const file = (name: string) => join(dataDir, 'actors', name);
  const countries = loadDataFile(file('countries.yaml'), z.array(countrySchema));
  const organisations = loadDataFile(file('organisations.yaml'), z.array(organisationSchema));
  // A person belongs to a state of countries.yaml, or to an organisation for its own officials: a code of neither
  // (the ISO "TLS" where the table has CAMEO's "TMP") would make events no other table's name matches.
  const codes = new Set([...countries.map((c) => c.code), ...organisations.map((o) => o.code)]);
  const person = personSchema.extend({ country: countryCode.refine((c) => codes.has(c), 'a code of countries.yaml or organisations.yaml') });
  return {
    countries,
    // Office holders from 2020 on, then those of 2010–2019 only, 2000–2009 only and 1990–1999: one list, each person
    // in one file.
    people: ['people.yaml', 'people-2010s.yaml', 'people-2000s.yaml', 'people-1990s.yaml'].flatMap((name) => loadDataFile(file(name), z.array(person))),
    organisations,
    roles: loadDataFile(file('roles.yaml'), z.array(roleSchema)),
    places: loadDataFile(file('places.yaml'), z.array(placeSchema)),
    regions: loadDataFile(file('regions.yaml'), z.array(regionSchema)),
    companies: loadDataFile(file('companies.yaml'), z.array(companySchema)),
  };
}

/** The office a person held on a date (YYYY-MM-DD); the latest office when the date is unknown. */
export function officeOn(person: Person, date: string | null): Office | null {
  if (!date) return person.offices[person.offices.length - 1] ?? null;
  const held = person.offices.filter((o) => o.from <= date && (!o.to || date <= o.to || date.startsWith(o.to)));
  return held[held.length - 1] ?? null;
}
