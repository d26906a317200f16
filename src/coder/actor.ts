/**
 * A resolved actor: what the coder knows of one participant, and how it came to know it. Language packs build
 * these from their lexicons; the coder only combines them into events.
 */
export interface ResolvedActor {
  /** CAMEO actor code: CHNGOV, RUS, UNO. */
  code: string;
  country: string | null;
  org?: string;
  name: string;
  text: string;
  role?: string;
  resolution: string;
  /** Where the actor is a place (city, province): usable as an event location. */
  place?: string;
  /** A named individual (not a state, body or office): what a later he or she can refer to. */
  person?: boolean;
  /** How a known person is referred back to: a later "she" never means a man of the tables, nor "he" a woman. */
  pronoun?: 'he' | 'she';
}

/**
 * Two actors are the same participant when their codes agree or they belong to the same state: Readout codes
 * relations between states and organisations, and a state's offices do not make events with each other.
 */
export function sameParticipant(a: ResolvedActor, b: ResolvedActor): boolean {
  return a.code === b.code || (a.country !== null && a.country === b.country);
}

/** Every pair of different participants of a group, each once: the parties of a meeting among several. */
export function everyPair(parties: readonly ResolvedActor[]): [ResolvedActor, ResolvedActor][] {
  const pairs: [ResolvedActor, ResolvedActor][] = [];
  for (let a = 0; a < parties.length; a++) for (let b = a + 1; b < parties.length; b++) if (!sameParticipant(parties[a]!, parties[b]!)) pairs.push([parties[a]!, parties[b]!]);
  return pairs;
}
