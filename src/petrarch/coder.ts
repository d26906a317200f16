import { formatCoding } from './coding.js';
import type { PetrarchDictionaries } from './dictionaries.js';
import type { PetrarchRecord } from './records-xml.js';
import { Sentence } from './sentence.js';
import { skipReason } from './skip-checks.js';
import { transformedEvents, type CodedVerb } from './apply-transformations.js';
import { parseTreebank } from './treebank.js';
import { findVerbs, type FoundVerb } from './verb-finder.js';
import { rolesOf, type VerbRoles } from './verb-roles.js';

/** One coded event, as PETRARCH writes it: actor codes and a CAMEO event code. */
export interface PetrarchEvent {
  source: string;
  target: string;
  code: string;
}

export type RecordCoding = { events: PetrarchEvent[]; skipped?: string } | { error: string };

/**
 * Codes one record from its Penn Treebank parse with PETRARCH dictionaries. Verbs are taken left to right; a verb
 * inside the phrase of a verb already coded is not coded again (PETRARCH codes "Arnor is said to be about to restore
 * ties" as SAID, not RESTORE) unless a transformation joins the two. Returns the events, a reason when the record is
 * skipped (a discard phrase, a dateline), or an error when the parse cannot be read.
 */
export function codeRecord(record: PetrarchRecord, dictionaries: PetrarchDictionaries): RecordCoding {
  if (!record.parse) return { error: 'no <Parse>: PETRARCH coding needs a Penn Treebank parse (code plain English text with readout code --lang en)' };
  const tree = parseTreebank(record.parse);
  if (typeof tree === 'string') return { error: tree };
  const skipped = skipReason(tree, dictionaries);
  if (skipped) return { events: [], skipped };
  const sentence = new Sentence(tree, record.options, dictionaries, record.date);
  const verbs = findVerbs(sentence, dictionaries);
  const events: PetrarchEvent[] = [];
  const codedPhrases: [number, number][] = [];
  const inside = ([from, to]: [number, number], t: number) => t >= from && t <= to;
  for (const verb of verbs) {
    if (codedPhrases.some((phrase) => inside(phrase, verb.span.first))) continue;
    let roles = rolesOf(sentence, verb);
    let coded = roles ? pairs(roles) : [];
    if (!coded.length && verb.span.lowerEnd < sentence.tokens.length - 1) {
      // A verb whose own phrase names no one looks to the end of the sentence, as PETRARCH does: a misparse often
      // ends the phrase early ("Gondor launched a new bombing] and [shelling offensive against Osgiliath").
      const wider = rolesOf(sentence, { ...verb, span: { ...verb.span, lowerEnd: sentence.tokens.length - 1 } });
      const widerEvents = wider ? pairs(wider) : [];
      if (widerEvents.length) [roles, coded] = [wider, widerEvents];
    }
    if (!roles) continue;
    const phrase: [number, number] = [verb.span.last + 1, verb.span.lowerEnd];
    codedPhrases.push(phrase);
    if (dictionaries.transformations.length) coded = transformedEvents({ verb, roles }, innerVerb(sentence, verbs, phrase), dictionaries.transformations) ?? coded;
    for (const e of coded) if (!events.some((x) => x.source === e.source && x.target === e.target && x.code === e.code)) events.push(e);
  }
  return { events };
}

/** The first verb with a code inside a coded verb's phrase: the event a transformation may fold into it. */
function innerVerb(sentence: Sentence, verbs: FoundVerb[], [from, to]: [number, number]): CodedVerb | null {
  for (const verb of verbs) {
    if (verb.span.first < from || verb.span.first > to) continue;
    const roles = rolesOf(sentence, verb);
    if (roles) return { verb, roles };
  }
  return null;
}

/** Source × target events, both directions when the code has a reverse part; an actor does not act on itself. */
function pairs({ code, sources, targets }: VerbRoles): PetrarchEvent[] {
  const out: PetrarchEvent[] = [];
  for (const s of sources.map(formatCoding)) {
    for (const t of targets.map(formatCoding)) {
      if (s === t) continue;
      if (code.code) out.push({ source: s, target: t, code: code.code });
      if (code.reverse) out.push({ source: t, target: s, code: code.reverse });
    }
  }
  return out;
}
