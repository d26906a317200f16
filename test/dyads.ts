import { expect } from 'vitest';
import { Readout } from '../src/engine.js';
import type { CodedEvent, EventActor, Modality } from '../src/model/event.js';

/**
 * How the language packs' tests read coded events: as "SOURCE CODE TARGET" triples, a state by its country code,
 * an organisation by its own code. One engine serves every test file that uses it.
 */
const readout = new Readout();

export const party = (a: EventActor) => a.country ?? a.code;

export interface DyadChecks {
  coded(text: string, modalities?: readonly Modality[], published?: string): CodedEvent[];
  /** The distinct triples of a text, sorted, codes cut to `digits`. */
  dyads(text: string, options?: { digits?: number; published?: string }): string[];
  /**
   * Compares the events of a text with expected triples whose CODE may be a CAMEO root or prefix (03 matches 030,
   * 0311): every expected triple must be coded, and nothing else.
   */
  expectDyads(text: string, expected: string[], modalities?: readonly Modality[]): void;
}

export function dyadChecks(language: 'zh' | 'en', published: string): DyadChecks {
  const coded = (text: string, modalities?: readonly Modality[], date = published) =>
    readout.code(text, { doc: 't', language, published: date, ...(modalities ? { modalities } : {}) }).events;
  const triples = (events: CodedEvent[], digits?: number) => [...new Set(events.map((e) => `${party(e.source)} ${e.code.slice(0, digits)} ${party(e.target)}`))];
  return {
    coded: (text, modalities, date) => coded(text, modalities, date),
    dyads: (text, options = {}) => triples(coded(text, undefined, options.published), options.digits ?? 2).sort(),
    expectDyads(text, expected, modalities) {
      const actual = triples(coded(text, modalities));
      const fits = (a: string, x: string) => {
        const [as, ac, at] = a.split(' ');
        const [xs, xc, xt] = x.split(' ');
        return as === xs && at === xt && ac!.startsWith(xc!);
      };
      const missing = expected.filter((x) => !actual.some((a) => fits(a, x)));
      const extra = actual.filter((a) => !expected.some((x) => fits(a, x)));
      expect({ missing, extra }, `${text} → ${actual.join(', ') || 'no events'}`).toEqual({ missing: [], extra: [] });
    },
  };
}
