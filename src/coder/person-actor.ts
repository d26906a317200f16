import { officeOn, type Organisation, type Person } from '../lexicon/actor-tables.js';
import type { ResolvedActor } from './actor.js';

/** The states and organisations a lexicon knows by code; an organisation may belong to a state ("Hamas": PSE). */
export interface CodeTables {
  countriesByCode: ReadonlyMap<string, unknown>;
  organisationsByCode: ReadonlyMap<string, Pick<Organisation, 'country'>>;
}

/**
 * A known person as an actor: the office held on the date gives the role (CHNGOV for a foreign minister); no office
 * then makes a former official (ELI); a post at an organisation (UN, NATO, EU, Hamas) makes the organisation the actor,
 * in the state it belongs to if it has one, as its name does ("Hamas" is PSE's). `codes` are the lexicon's states and
 * organisations by code; `named` is the name as the text wrote it.
 */
export function personActor(person: Person, named: string, text: string, date: string | null, codes: CodeTables): ResolvedActor {
  const office = officeOn(person, date);
  const roleCode = office?.code ?? 'ELI';
  const serves = office?.serves ?? person.country;
  const state = codes.countriesByCode.has(serves) ? serves : codes.organisationsByCode.get(serves)?.country ?? null;
  const isOrgPost = roleCode === 'IGO' || state !== serves;
  const held = office ? `${office.role} of ${serves} (${office.from}–${office.to ?? ''})` : `no office on ${date ?? 'the date'}: former official`;
  return {
    code: isOrgPost ? serves : serves + roleCode,
    country: isOrgPost ? state : serves,
    ...(isOrgPost ? { org: serves } : {}),
    name: person.en,
    text,
    ...(office ? { role: office.role } : {}),
    resolution: `person ${named} → ${person.en}, ${held}`,
    person: true,
    pronoun: person.pronoun ?? 'he',
  };
}
