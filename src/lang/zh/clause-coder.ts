import type { SentenceEvent } from '../../coder/language-pack.js';
import type { Modality } from '../../model/event.js';
import { ClauseReader, type Clause } from './clause.js';
import type { ResolvedDate, ZhDateResolver } from './dates.js';
import { rememberEvent, rememberGroups, rememberMentions, rememberTopic, type DiscourseState } from './discourse.js';
import type { GrammarSets, TriggerPattern, ZhLexicon } from './lexicon.js';
import type { Mention, SentenceItems, TriggerHit } from './mentions.js';
import { ReportedSpeech } from './reported-speech.js';
import { RoleFinder, type ActiveTrigger } from './roles.js';
import type { Token } from './segment.js';

/** An event of one sentence, with the resolved date (its offset in the clause included). */
export type ZhRawEvent = SentenceEvent & { date: ResolvedDate | null };

/**
 * Codes one segmented sentence: splits it into comma clauses, fills each trigger's roles (roles.ts), carries
 * dropped subjects across clauses, and gives each event its code (refined by domain words, turned into an
 * intent by 愿/同意), modality, date and location.
 */
export class ZhClauseCoder {
  private readonly g: GrammarSets;
  private readonly reader: ClauseReader;
  private readonly roles: RoleFinder;
  private readonly reported: ReportedSpeech;

  /** `tagOf`: the segmenter's part-of-speech tag of a word. */
  constructor(lexicon: ZhLexicon, private readonly dates: ZhDateResolver, tagOf: (word: string) => string) {
    this.g = lexicon.grammar;
    this.reader = new ClauseReader(this.g);
    this.roles = new RoleFinder(this.g, this.reader, tagOf);
    this.reported = new ReportedSpeech(this.g);
  }

  codeSentence(items: SentenceItems, state: DiscourseState): ZhRawEvent[] {
    const events: ZhRawEvent[] = [];
    const sentenceDates: ResolvedDate[] = [];
    let rumoured = false;
    state.speaker = null;
    for (const clause of this.reader.split(items)) {
      // 据传，…: a rumour word standing before the first comma covers the whole sentence.
      if (!clause.triggers.length && items.tokens.slice(clause.from, clause.to + 1).some((t) => this.g.rumour.has(t.text))) rumoured = true;
      const before = events.length;
      const clauseDates = this.dates.find(clause.text, state.published);
      this.codeClause(items.tokens, clause, state, { clause: clauseDates, sentence: sentenceDates }, events);
      if (rumoured) for (const e of events.slice(before)) if (e.modality === 'asserted') e.modality = 'reported_rumour';
      sentenceDates.push(...clauseDates);
      const lastDay = [...clauseDates].reverse().find((d) => d.precision === 'day');
      if (lastDay) state.date = lastDay;
    }
    return events;
  }

  private codeClause(tokens: Token[], clause: Clause, state: DiscourseState, dates: { clause: ResolvedDate[]; sentence: ResolvedDate[] }, out: ZhRawEvent[]): void {
    rememberGroups(state, clause.mentions);
    const active = this.activeTriggers(tokens, clause);
    // An intent word followed by the verb it governs (愿同俄方加强合作) is coded through that verb; alone, or when
    // that verb gives no event (致力于回到…会晤确定的议程), it is coded itself. So intent words go last.
    const order = active.map((_, k) => k).sort((a, b) => Number(active[a]!.pattern.standalone) - Number(active[b]!.pattern.standalone));
    const coded = new Set<number>();
    const subjects = new Map<TriggerHit, Mention>();
    for (const k of order) {
      const { hit, pattern } = active[k]!;
      const later = active.slice(k + 1);
      if (pattern.standalone && later.some((x, j) => !x.pattern.standalone && coded.has(k + 1 + j))) continue;
      const earlier = active.slice(0, k);
      const roles = this.roles.find({ tokens, clause, hit, pattern, earlier, later, state, subjects });
      if (!roles) continue;
      coded.add(k);
      const governing = earlier.find((e) => e.pattern.family.complementModality)?.pattern.family.complementModality;
      const modality = this.modality(tokens, clause, hit, roles.subjectEnd, governing);
      const code = this.finalCode(tokens, clause, hit, pattern, roles.subjectEnd);
      const date = this.dateFor(hit, tokens, clause, dates, state);
      const location = roles.location ?? this.locationIn(clause);
      const triggerText = tokens.slice(hit.first, hit.last + 1).map((t) => t.text).join('');
      const noun = pattern.objects && hit.text === pattern.verb ? pattern.objects.find((o) => clause.text.includes(o)) : undefined;
      for (const [source, target] of roles.pairs) {
        out.push({
          trigger: noun ? `${triggerText}…${noun}` : triggerText,
          source,
          target,
          code,
          rule: pattern.id,
          modality,
          date,
          location,
          how: roles.how,
        });
      }
      if (modality === 'asserted') rememberEvent(state, pattern.family.name, roles.pairs);
    }
    const topic = this.reader.topic(tokens, clause);
    this.reported.noteSpeaker(tokens, clause, topic, state);
    const date = dates.clause[0] ?? dates.sentence[dates.sentence.length - 1] ?? state.date;
    for (const e of this.reported.events(tokens, clause, state)) out.push({ ...e, date, location: null });
    if (topic !== undefined) state.carried = topic;
    if (topic) rememberTopic(state, topic);
    rememberMentions(state, clause.mentions);
  }

  /** Triggers that act as verbs here; an event noun taken by a light verb (开展军事合作) is not one of its own. */
  private activeTriggers(tokens: Token[], clause: Clause): ActiveTrigger[] {
    if (this.reader.isBackground(tokens, clause)) return [];
    const chosen = clause.triggers.map((hit) => ({ hit, choice: this.reader.choosePattern(tokens, clause, hit) }));
    const nouns = new Set(chosen.map((c) => c.choice?.noun).filter((n): n is number => n != null));
    return chosen.filter((c) => c.choice !== null && !nouns.has(c.hit.first)).map((c) => ({ hit: c.hit, pattern: c.choice!.pattern }));
  }

  /** `governing`: the modality a governing verb gives (拒绝举行谈判 → negated; 呼吁…停火 → hypothetical). */
  private modality(tokens: Token[], clause: Clause, hit: TriggerHit, subjectEnd: number, governing: 'hypothetical' | 'negated' | undefined): Modality {
    const prefix = tokens.slice(clause.from, hit.first).map((t) => t.text);
    const afterSubject = tokens.slice(Math.max(subjectEnd + 1, clause.from), hit.first).map((t) => t.text);
    if (governing === 'negated' || afterSubject.some((w) => this.g.negation.has(w))) return 'negated';
    if (prefix.some((w) => this.g.rumour.has(w))) return 'reported_rumour';
    if (governing === 'hypothetical') return 'hypothetical';
    if (prefix.some((w) => this.g.hypothetical.has(w))) return 'hypothetical';
    if (prefix.some((w) => this.g.future.has(w))) return 'future';
    const justBefore = tokens[hit.first - 1]?.text;
    if (justBefore && hit.first > clause.from && this.g.futureBeforeVerb.has(justBefore)) return 'future';
    return 'asserted';
  }

  /**
   * The pattern's code, refined by the domain words of the clause (for a verb that takes a clause, of what follows
   * it in the sentence: 敦促双方以大局为重，保持克制), or the family's intent code after 愿/同意.
   */
  private finalCode(tokens: Token[], clause: Clause, hit: TriggerHit, pattern: TriggerPattern, subjectEnd: number): string {
    let code = pattern.code;
    const scope = pattern.family.clausalObject ? tokens.slice(hit.last + 1).map((t) => t.text).join('') : clause.text;
    for (const r of pattern.refine) {
      if (r.when.some((w) => scope.includes(w))) {
        code = r.code;
        break;
      }
    }
    const intentMarked = tokens.slice(Math.max(subjectEnd + 1, clause.from), hit.first).some((t) => this.g.intent.has(t.text));
    if (intentMarked && pattern.family.intentCode && !pattern.standalone) code = pattern.family.intentCode;
    return code;
  }

  /** The date before the verb in its clause, else the clause's first, else the sentence's, else the paragraph's. */
  private dateFor(hit: TriggerHit, tokens: Token[], clause: Clause, dates: { clause: ResolvedDate[]; sentence: ResolvedDate[] }, state: DiscourseState): ResolvedDate | null {
    const at = tokens[hit.first]!.start - clause.offset;
    const inClause = [...dates.clause].reverse().find((d) => d.at < at) ?? dates.clause[0];
    return inClause ?? dates.sentence[dates.sentence.length - 1] ?? state.date;
  }

  private locationIn(clause: Clause): ZhRawEvent['location'] {
    const at = clause.mentions.find((m) => clause.governance.get(m) === 'location' && m.members.length === 1);
    const place = at?.members[0];
    return place ? { name: place.place ?? place.name, country: place.country } : null;
  }
}
