import type { ResolvedActor } from '../../coder/actor.js';
import { companyActor } from '../../coder/company-actor.js';
import { personActor } from '../../coder/person-actor.js';
import type { ActorEntry, Country, EnLexicon, Role } from './lexicon.js';

/** One lexicon item of an actor phrase, with the words it was read from. */
export interface PhrasePart {
  entry: ActorEntry;
  text: string;
}

/** What an actor phrase resolves to: an actor, or an office with no state named that context must resolve. */
export type PhraseResolution =
  | { actor: ResolvedActor; person: boolean }
  | { unqualified: Role; name: string | null };

/**
 * Resolves an actor phrase read as [state|place|organisation]['s] [body] [title] [name] ("Russian Foreign Minister
 * Sergei Lavrov", "China's foreign ministry", "the Treasury Department", "President Lula"): a person of the tables
 * takes the office held on the date; otherwise the state (or place, or organisation) takes the role of the last
 * title, or of the last body. `name` is a name the tables do not know, written right after a title.
 */
export function resolvePhrase(parts: PhrasePart[], name: string | null, text: string, lexicon: EnLexicon, date: string | null): PhraseResolution | null {
  const of = <K extends ActorEntry['kind']>(kind: K) => parts.filter((p): p is PhrasePart & { entry: Extract<ActorEntry, { kind: K }> } => p.entry.kind === kind);
  const roles = of('role').map((p) => p.entry.role);
  const title = [...roles].reverse().find((r) => r.kind === 'title') ?? roles[roles.length - 1];
  const roleNote = title ? `, ${title.kind} ${title.role} → ${title.code}` : '';
  const nameNote = name ? `, name ${name} not in the tables` : '';
  const person = of('person')[0];
  if (person) return { actor: personActor(person.entry.person, person.text, text, date, lexicon), person: true };
  const org = of('org')[0]?.entry.org;
  if (org) {
    const code = org.parent ?? org.code;
    return {
      actor: { code, country: org.country ?? null, org: code, name: name ?? org.en[0]!, text, ...(title ? { role: title.role } : {}), resolution: `organisation ${of('org')[0]!.text} → ${org.en[0]} (${org.kind} ${org.code})${roleNote}${nameNote}` },
      person: name !== null || title?.kind === 'title',
    };
  }
  const company = of('company')[0];
  if (company) return { actor: companyActor(company.entry.company, company.text, text), person: false };
  // "the Argentine pontiff": a nationality before an office of one state is where its holder was born, not whose it is.
  const owned = roles.find((r) => r.country);
  const country = of('country').find((p) => !(owned && p.entry.via === 'demonym' && p.entry.country.code !== owned.country));
  if (country) {
    const c = country.entry.country;
    const via = country.entry.via;
    const roleCode = title?.code ?? (via === 'capital' ? 'GOV' : '');
    return {
      actor: {
        code: c.code + roleCode, country: c.code, name: name ?? c.en[0]!, text, ...(title ? { role: title.role } : {}),
        ...(via === 'capital' ? { place: c.capital.en } : {}),
        resolution: `${via} ${country.text} → ${c.en[0]}${via === 'capital' && !title ? ' (capital for its government → GOV)' : ''}${roleNote}${nameNote}`,
      },
      person: name !== null || title?.kind === 'title',
    };
  }
  const place = of('place')[0];
  if (place) {
    const p = place.entry.place;
    const roleCode = title?.code ?? 'GOV';
    return {
      actor: { code: p.country + roleCode, country: p.country, name: name ?? p.en[0]!, text, role: title?.role ?? `${p.kind} government`, place: p.en[0]!, resolution: `place ${place.text} → ${p.en[0]} (${p.kind} of ${p.country}) → ${p.country}${roleCode}${roleNote}${nameNote}` },
      person: name !== null || title?.kind === 'title',
    };
  }
  // Titles and bodies with no state named: resolvable here only when the word itself belongs to one state (Kremlin).
  if (owned && title) {
    const c = lexicon.countriesByCode.get(owned.country!);
    return {
      actor: { code: owned.country! + title.code, country: owned.country!, name: name ?? c?.en[0] ?? owned.role, text, role: title.role, resolution: `${owned.kind} ${owned.role} belongs to ${owned.country}${roleNote}${nameNote}` },
      person: name !== null || title.kind === 'title',
    };
  }
  return title ? { unqualified: title, name } : null;
}

/** An office or body with no state named, given the state context supplies ("the foreign ministry" in a Beijing dateline). */
export function qualify(role: Role, name: string | null, country: Country, text: string, why: string): ResolvedActor {
  return {
    code: country.code + role.code,
    country: country.code,
    name: name ?? country.en[0]!,
    text,
    role: role.role,
    resolution: `${role.kind} ${role.role} with no state named → ${country.en[0]} (${why})${name ? `, name ${name} not in the tables` : ''}`,
  };
}
