import type { CameoTable, QuadScheme } from '../model/cameo.js';
import { quadClass } from '../model/cameo.js';
import type { CodedEvent, EventActor, Modality } from '../model/event.js';
import type { ResolvedActor } from './actor.js';
import type { DocumentAnalysis } from './language-pack.js';

export interface AssembleOptions {
  doc: string;
  published: string | null;
  quadScheme: QuadScheme;
  /** Modalities to keep; negated events are left out by default (they did not happen). */
  modalities: ReadonlySet<Modality>;
  /** Territory code → the state it belongs to (HKG → CHN): the state an actor there acts for. */
  sovereigns: ReadonlyMap<string, string>;
}

/** Turns a language pack's raw events into the stable event format, with CAMEO name, Goldstein, quad and PLOVER. */
export function assembleEvents(analysis: DocumentAnalysis, cameo: CameoTable, options: AssembleOptions): CodedEvent[] {
  const out: CodedEvent[] = [];
  const seen = new Map<string, number>();
  for (const raw of analysis.events) {
    if (!options.modalities.has(raw.modality)) continue;
    const entry = cameo.get(raw.code);
    if (!entry) throw new Error(`pattern ${raw.rule} gives CAMEO code ${raw.code}, which is not in the CAMEO table`);
    const sentence = analysis.sentences[raw.sentenceIndex]!;
    const date = raw.date ?? (options.published ? { date: options.published, precision: 'approximate' as const, text: null } : null);
    // One sentence telling the same dyad, code and date twice is one event: keep the most specific actors.
    const key = `${raw.sentenceIndex}|${raw.source.code}|${raw.target.code}|${raw.code}|${raw.modality}|${date?.date}`;
    const earlier = seen.get(key);
    if (earlier !== undefined && specificity(out[earlier]!) >= specificity(raw)) continue;
    const source = eventActor(raw.source, options.sovereigns);
    const target = eventActor(raw.target, options.sovereigns);
    // A state's territory and the state are one party ("Denmark's prime minister visited Greenland"), as a state's
    // own offices are.
    const territorial = source.country !== raw.source.country || target.country !== raw.target.country;
    if (territorial && source.country !== null && source.country === target.country) continue;
    const event: CodedEvent = {
      doc: options.doc,
      sentence_index: raw.sentenceIndex,
      sentence: sentence.text,
      span: [sentence.start, sentence.end],
      trigger: raw.trigger,
      source,
      target,
      code: raw.code,
      root: entry.root,
      quad_class: quadClass(raw.code, options.quadScheme),
      goldstein: entry.goldstein,
      plover: entry.plover,
      date: date?.date ?? null,
      date_precision: date?.precision ?? null,
      date_text: date?.text ?? null,
      location: raw.location,
      modality: raw.modality,
      rule: raw.rule,
      section: sentence.section,
      explanation: raw.how,
    };
    if (earlier !== undefined) out[earlier] = event;
    else {
      seen.set(key, out.length);
      out.push(event);
    }
  }
  return out;
}

/** Named people and roles are more specific than a bare state. */
function specificity(e: { source: { role?: string; name: string; code: string }; target: { role?: string; name: string; code: string } }): number {
  const one = (a: { role?: string; code: string }) => (a.role ? 2 : 0) + (a.code.length > 3 ? 1 : 0);
  return one(e.source) + one(e.target);
}

/** The event's actor; one of a state's territories keeps its own code, with the state as its country. */
function eventActor(a: ResolvedActor, sovereigns: ReadonlyMap<string, string>): EventActor {
  const sovereign = a.country ? sovereigns.get(a.country) : undefined;
  return {
    code: a.code,
    country: sovereign ?? a.country,
    ...(a.org ? { org: a.org } : {}),
    name: a.name,
    text: a.text,
    ...(a.role ? { role: a.role } : {}),
    resolution: sovereign ? `${a.resolution}; a territory of ${sovereign}` : a.resolution,
  };
}
