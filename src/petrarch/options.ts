/**
 * PETRARCH's coding options, set by `<Config option="..." value="..."/>` in a records file for the records after it.
 * Defaults are PETRARCH's.
 */
export interface CodingOptions {
  /** Only events with a coded source and target (an agent alone, `---GOV`, counts); else `---` stands for the missing side. */
  requireDyad: boolean;
  /** Uncoded noun phrases of up to this many words become actors named by their text (0: never). */
  newActorLength: number;
  /**
   * Comma-delimited clauses of min–max words are left out before coding: inside the sentence (min, max), at its
   * start (bmin, bmax) and at its end (emin, emax). A max of 0 keeps them all.
   */
  comma: { min: number; max: number; bmin: number; bmax: number; emin: number; emax: number };
}

export const DEFAULT_OPTIONS: CodingOptions = {
  requireDyad: true,
  newActorLength: 0,
  comma: { min: 2, max: 8, bmin: 0, bmax: 0, emin: 2, emax: 8 },
};

const COMMA_OPTIONS = ['min', 'max', 'bmin', 'bmax', 'emin', 'emax'] as const;

/** The options with one `<Config>` applied, or what is wrong with it. */
export function withConfig(options: CodingOptions, option: string, value: string): CodingOptions | string {
  const name = option.trim().toLowerCase();
  const text = value.trim();
  if (name === 'require_dyad') {
    if (!/^(true|false)$/i.test(text)) return `require_dyad must be true or false, not '${value}'`;
    return { ...options, requireDyad: text.toLowerCase() === 'true' };
  }
  // PETRARCH stops at the first bad record when this is set; Readout always goes on and reports each one.
  if (name === 'stop_on_error') return /^(true|false)$/i.test(text) ? options : `stop_on_error must be true or false, not '${value}'`;
  const count = /^\d+$/.test(text) ? Number(text) : null;
  if (name === 'new_actor_length') return count === null ? `new_actor_length must be a whole number, not '${value}'` : { ...options, newActorLength: count };
  const comma = COMMA_OPTIONS.find((k) => name === `comma_${k}`);
  if (comma) return count === null ? `${name} must be a whole number, not '${value}'` : { ...options, comma: { ...options.comma, [comma]: count } };
  return `unknown option '${option}' (require_dyad, new_actor_length, comma_min/max/bmin/bmax/emin/emax, stop_on_error)`;
}
