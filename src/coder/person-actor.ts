import { officeOn, type Person } from '../lexicon/actor-tables.js';
import type { ResolvedActor } from './actor.js';

/**
 * A known person as an actor: the office held on the date gives the role (CHNGOV for a foreign minister); no office
 * then makes a former official (ELI); a post at an organisation (UN, NATO, EU, Hamas) makes the organisation the actor,
 * in the state it belongs to if it has one, as its name does ("Hamas" is PSE's). `stateOf` gives the state a code of
 * the tables stands for: a state's own code, an organisation's state, or null; `named` is the name as the text wrote it.
 */
export function personActor(person: Person, named: string, text: string, date: string | null, stateOf: (code: string) => string | null): ResolvedActor {
  const office = officeOn(person, date);
  const roleCode = office?.code ?? 'ELI';
  const serves = office?.serves ?? person.country;
  const state = stateOf(serves);
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
