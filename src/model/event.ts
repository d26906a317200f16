/** The stable event format (see README "Event format"). One value of this type is one line of JSONL output. */

export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'future' | 'reported_rumour';

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'approximate';

export interface EventActor {
  /** CAMEO actor code: country + role (CHNGOV), country alone (RUS), or organisation (UNO). */
  code: string;
  /** ISO 3166-1 alpha-3 (CAMEO where it differs); null for international organisations. */
  country: string | null;
  /** Organisation code for international organisations. */
  org?: string;
  /** Canonical English name of the person, organisation, place or state. */
  name: string;
  /** The words of the sentence that name the actor. */
  text: string;
  /** Office or body that gave the role (Minister of Foreign Affairs). */
  role?: string;
  /** How the actor was resolved, for --explain and the dashboard. */
  resolution: string;
}

export interface CodedEvent {
  doc: string;
  sentence_index: number;
  sentence: string;
  /** UTF-16 offsets of the sentence in the document text as read. */
  span: [number, number];
  trigger: string;
  source: EventActor;
  target: EventActor;
  code: string;
  root: string;
  quad_class: number;
  goldstein: number;
  plover: string;
  date: string | null;
  date_precision: DatePrecision | null;
  /** The words the date was read from; null when the publication date was used. */
  date_text: string | null;
  location: { name: string; country: string | null } | null;
  modality: Modality;
  /** Pattern that coded the event: language/family/trigger. */
  rule: string;
  /** Paragraph kind the sentence came from: headline, body or caption. */
  section: 'headline' | 'body' | 'caption';
  /** How source and target were found (subject carried, passive agent, listener from context …). */
  explanation: string;
}

/** The words of a split trigger, each as the sentence has them: Chinese writes 签署…联合声明, English "held … talks". */
export function triggerParts(trigger: string): string[] {
  return trigger.split(/\s*…\s*/);
}
