import type { ResolvedActor } from '../../coder/actor.js';
import { sameParticipant } from '../../coder/actor.js';
import { ROOTS_FROM } from '../../model/cameo.js';
import { authorPhrase, isOwnPeoplePhrase, type Chunk, type NounGroup } from './chunks.js';
import type { ResolvedDate } from './dates.js';
import { opensRelative, type Frame } from './frames.js';
import { isActNoun, namesActs, type GrammarSets } from './grammar.js';
import type { EnPattern } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';

/**
 * The root of an act that is no event of its own, neither hostile nor words: a text adopted ("adopted resolution
 * 2653"), a decision no pattern codes ("approved the removal of South Korea from its white list").
 */
export const UNCODED_ACT = 0;

/** An act that happened, as a later "the attack", "the deal" or "the sanctions" may refer back to it. */
export interface RecentAct {
  sources: ResolvedActor[];
  targets: ResolvedActor[];
  /** A meeting or agreement: all its parties are its authors ("welcomed the deal" praises both). */
  symmetric: boolean;
  /** The CAMEO root: material conflict (14–20) is what "the attack" means; words (10–13: threats too) are no act. */
  root: number;
  /** The lemma of the verb or noun that told it ("raid"): a later "the raid" names this act. */
  word: string;
  /**
   * Named in passing by a phrase ("Soleimani, who was killed in a U.S. drone strike"): background, which a later
   * "the attack" means only when no act was told as news.
   */
  passing?: boolean;
}

/** What earlier sentences of a document make available to later ones. */
export interface Discourse {
  /** The person who was the subject of the last sentence that had one: whom "he" most often means. */
  subjectPerson: ResolvedActor | null;
  /** The state or body that was the subject of the last main clause that had one: whom a subject "it" most often means. */
  subjectThing: ResolvedActor | null;
  lastPerson: ResolvedActor | null;
  lastThing: ResolvedActor | null;
  /** The people the last sentence named, each once: "Howard urged Habibie … The two leaders held talks". */
  lastPeople: ResolvedActor[];
  /** The people named so far, each person once, the latest last: "Clinton told the summit … Yeltsin rebuked … The two presidents". */
  recentPeople: ResolvedActor[];
  /** The organisation last named, or whose official was: whom "the bloc" or "the alliance" means. */
  lastBody: ResolvedActor | null;
  lastGroup: ResolvedActor[] | null;
  /** Every group of parties named so far, the last last: "the three countries" is the last group of three. */
  groups: ResolvedActor[][];
  /**
   * For each noun of people, the party last named with it: "European Union foreign ministers" is whom a later "the
   * ministers" means, before a group of states named since.
   */
  namedPeople: Map<string, ResolvedActor>;
  /**
   * The one party the last sentence's main subject named as a group of its people ("EU ministers urged Belarus …",
   * "U.S. officials said …"): whom a "they" in the next sentence means, before older groups.
   */
  pluralSubject: ResolvedActor | null;
  /**
   * The parties the last sentence's main subject named, when several ("The leaders also exchanged views on … the DPRK,
   * Afghanistan and Iran. They agreed …"): whom a subject "they" next means, before a group named in passing.
   */
  subjectGroup: ResolvedActor[] | null;
  /** The parties of the last exchange (meeting, call, agreement): "the two leaders". */
  dialogue: ResolvedActor[] | null;
  /** Whether that exchange was only named in passing, so that the next one named, even in passing, takes its place. */
  dialogueInPassing: boolean;
  /**
   * The party of the last exchange that met each of the others ("Biden met the leaders of A, B and C"): "the leaders"
   * then pairs it with each of them, not the guests with one another.
   */
  host: ResolvedActor | null;
  /** The parties of every exchange so far, the last last: "the two countries" after a three-way signing. */
  exchanges: ResolvedActor[][];
  /** The acts that happened, the most salient of the last sentence last: whom "condemned the attack" is against. */
  acts: RecentAct[];
  /**
   * The parties of the last hostile act (13–20) a main verb reported, not one named in passing: the "two sides" a
   * third party then addresses.
   */
  clash: ResolvedActor[] | null;
  /** Whether the last clash was told after the last exchange: "the two countries" are then its parties. */
  clashLatest: boolean;
  /** The last directed act that happened, with its pattern: what "followed suit" repeats, against the same targets. */
  lastDirected: { pattern: EnPattern; code: string; sources: ResolvedActor[]; targets: ResolvedActor[] } | null;
  /** For each party, whom it last criticised, accused or threatened: what its "this reckless act" most likely means. */
  criticised: Map<string, ResolvedActor>;
  /** For each party (country or organisation code), who last criticised, accused or threatened it. */
  against: Map<string, ResolvedActor>;
  speaker: ResolvedActor | null;
  /** How often the report has named each state so far, by country code, with the actor first naming it. */
  namedStates: Map<string, { actor: ResolvedActor; count: number }>;
  /** The states the sentence before named, and those the sentence being coded names (codes): where "the coup" was. */
  statesBefore: string[];
  statesNow: string[];
  /** The author of the remarks or claims last named with their author: whom a later "the comments" are of. */
  claimAuthor: ResolvedActor | null;
  /**
   * The one party a statement's headline says it is about ("Statement … on the situation in the Republic of Guinea"):
   * whom its condemnations and calls that name no one are addressed to, when the speaker dealt with no one before.
   */
  topic: ResolvedActor | null;
  /**
   * Who "we" are, once a statement has said so ("We, the Leaders of the Group of Seven, …") or its title or author
   * line named its authors ("Joint statement by Prime Minister Theresa May, Chancellor Angela Merkel and …").
   */
  we: ResolvedActor[];
  date: ResolvedDate | null;
}

export function newDiscourse(): Discourse {
  return { subjectPerson: null, subjectThing: null, lastPerson: null, lastThing: null, lastPeople: [], recentPeople: [], lastBody: null, lastGroup: null, groups: [], namedPeople: new Map(), pluralSubject: null, subjectGroup: null, dialogue: null, dialogueInPassing: false, host: null, exchanges: [], acts: [], clash: null, clashLatest: false, lastDirected: null, criticised: new Map(), against: new Map(), speaker: null, namedStates: new Map(), statesBefore: [], statesNow: [], claimAuthor: null, topic: null, we: [], date: null };
}

/** Resolves the members of a noun phrase to actors: named ones directly, pronouns and "the two leaders" from context. */
export class References {
  constructor(
    private readonly state: Discourse,
    private readonly mentions: Mention[],
    private readonly frames: Frame[],
    private readonly speaker: ResolvedActor | null,
    /** The groups the sentence names, each with the token it ends at: "after the two countries" may mean one of them. */
    private readonly sentenceGroups: NamedGroup[],
    private readonly g: Pick<GrammarSets, 'data' | 'reporting' | 'personGroupNouns' | 'possessives' | 'recentActs' | 'intentVerbs' | 'inList'>,
    private readonly tokens: readonly Token[],
    private readonly chunks: readonly Chunk[],
  ) {}

  /** `besides`: the other parties of the clause, never among "the two leaders" ("Biden praised the two leaders"). */
  actors(np: NounGroup | null, besides: readonly ResolvedActor[] = []): { actors: ResolvedActor[]; how: string } {
    if (!np) return { actors: [], how: '' };
    // "urged Burma's neighbours in ASEAN": a party's neighbours or allies are others, named by the "in" phrase if any.
    if (this.g.inList('relational_nouns', this.tokens[np.head]!.lower) && np.members.length && np.members.every((m) => m.possessive && m.last < np.head)) {
      const next = this.chunks[this.chunks.indexOf(np) + 1];
      const among = next?.kind === 'pp' && this.g.inList('membership_prepositions', next.prep) ? next.np : null;
      return among ? this.actors(among, besides) : { actors: [], how: '' };
    }
    const actors: ResolvedActor[] = [];
    const how: string[] = [];
    for (const m of np.members) {
      // "condemned Washington and its allies": the allies are others, no party the phrase names.
      if (m.possessive && this.ownsRelation(m, np)) continue;
      const found = this.resolve(m, besides);
      if (found.length && !m.actor) how.push(`${m.text} → ${found.map((a) => a.name).join(' and ')}`);
      for (const a of found) if (!actors.some((b) => b.code === a.code && b.name === a.name)) actors.push(a);
    }
    return { actors, how: how.join('; ') };
  }

  /** Whether what `m` owns, up to the phrase's end or its next member, is a relation: "its allies", "its Western partners". */
  private ownsRelation(m: Mention, np: NounGroup): boolean {
    let i = m.last + 1;
    while (i < np.last && (this.tokens[i]!.pos === 'ADJ' || this.tokens[i]!.pos === 'PROPN') && !np.members.some((x) => x.first === i)) i++;
    return i <= np.last && this.tokens[i]!.pos === 'NOUN' && this.g.inList('relational_nouns', this.tokens[i]!.lower);
  }

  /** The actors one mention stands for. */
  resolve(m: Mention, besides: readonly ResolvedActor[] = []): ResolvedActor[] {
    if (m.actor) return [m.actor];
    const tag = (a: ResolvedActor | null | undefined, why: string) => (a ? [{ ...a, text: m.text, resolution: `${m.text} → ${a.name} (${why}; ${a.resolution})` }] : []);
    if (m.pluralSize !== undefined) {
      const noun = m.text.toLowerCase().split(/\s+/).pop() ?? '';
      const pick = this.partiesFor(m.pluralSize, besides, m.first, this.g.personGroupNouns.has(noun), noun);
      if (!pick) return [];
      return pick.flatMap((a) => tag(a, 'parties from context'));
    }
    const before = this.mentions.filter((x) => x.last < m.first && x.actor);
    if (m.ref === 'person') {
      // "She" never means a man of the tables ("Vidal said … She said Cuba would not accept …" after Obama), nor "he" a woman.
      const pronoun = this.g.inList('feminine_pronouns', m.text.toLowerCase()) ? 'she' : 'he';
      const fits = (a: ResolvedActor | null | undefined) => (a && (!a.pronoun || a.pronoun === pronoun) ? a : undefined);
      const praised = m.possessive ? fits(this.objectPersonBefore(m)) : undefined;
      if (praised) return tag(praised, 'the person the clause is about');
      const owner = m.possessive ? fits(this.ownPeopleOwner(m)) : undefined;
      if (owner) return tag(owner, 'the subject, whose own people or office it names');
      // "spoke with Putin and congratulated him": an object pronoun is not its clause's own subject ("himself").
      const other = (a: ResolvedActor | null | undefined) => (a && !besides.some((b) => sameParticipant(a, b)) ? fits(a) : undefined);
      // "Biden met him in Jeddah, and Macron received him": the same pronoun said again means the same person.
      const again = this.mentions.find((x) => x !== m && x.ref === 'person' && x.last < m.first && x.text.toLowerCase() === m.text.toLowerCase());
      const clause = again ? this.frames.find((f) => f.object?.members.includes(again) || f.pps.some((pp) => pp.np?.members.includes(again))) : undefined;
      const same = again && clause?.subject ? other(this.resolve(again, this.actors(clause.subject).actors)[0]) : undefined;
      if (same) return tag(same, 'the person the same pronoun meant before');
      // "he met Cameron in Paris, and he later dined with Hollande": an earlier subject "he" is the same person.
      const subjectActor = (x: Mention | undefined) => (x?.actor ?? (x?.ref === 'person' && x.first < m.first ? this.resolve(x)[0] : undefined));
      // "Straw said the treatment showed that Mugabe intended to steal the election, and he urged …": the subject of a
      // main clause is not one of a clause reported inside another.
      const main = this.frames.some((f) => f.subject?.members[0] === m && !f.governor && f.subjectWay === 'subject');
      const subjects = this.frames.filter((f) => f.subject && f.subject.last < m.first && !(main && f.governor)).map((f) => f.subject!.members[0]).filter((x) => x?.person && other(subjectActor(x)));
      const named = before.filter((x) => x.person && other(x.actor)).pop()?.actor;
      // Once the clause's own subject is left out, a person the sentence named comes before the last sentence's.
      const own = besides.length > 0 && this.frames.some((f) => f.subject && f.subject.last < m.first && f.subject.members[0]?.actor && !other(f.subject.members[0].actor));
      const earlier = own ? named ?? other(this.state.subjectPerson) : other(this.state.subjectPerson) ?? named;
      return tag(subjectActor(subjects.pop()) ?? earlier ?? other(this.state.lastPerson), 'the person spoken of');
    }
    if (m.ref === 'thing') {
      if (this.saidOfJudgedAct(m)) return [];
      // "The UAE, which denies …, said it did not recognise …": the subject "it" of what a state says is that state.
      const reporter = this.reportingSubject(m);
      if (reporter) return tag(reporter, 'the subject of the reporting verb');
      // "Israel carried out a strike on Doha …, in its first attack on Qatari soil": a possessive "its" in a clause
      // is its subject's.
      const owner = m.possessive ? this.clauseSubjectThing(m) : undefined;
      if (owner) return tag(owner, 'the subject of its clause');
      // "Russia added Iceland and Liechtenstein to the list of countries from which it bans imports": "it" opening a
      // relative clause is the main clause's subject, not the noun the clause describes.
      // Only after "which": "that" is more often a conjunction ("reaffirmed that it remains committed"). So is "it"
      // after a subordinator ("Russia was suspended from the G8 after it annexed Crimea"), unless a state or body
      // was the object since ("accusing the Canadian government of meddling after it called for …").
      const opener = this.tokens[m.first - 1]?.lower ?? '';
      const subordinate = !m.possessive && this.g.inList('subordinators', opener) && !this.thingObjectBefore(m);
      // "The statement denounced what it called a massacre": after a free relative, the subject the clause names.
      const free = this.g.inList('free_relatives', opener);
      const opening = !m.possessive && (opener === 'which' || free || subordinate) ? this.subjectThingBefore(m) : undefined;
      if (opening) return tag(opening, 'the subject of the clause the relative or subordinate clause is in');
      const noun = this.tokens[m.last]!.lower;
      // "a day after the bloc and the United States hit Russian banks": a bloc or an alliance is an organisation. "the
      // agency" is one whose own name says so, or no one.
      const titled = this.g.inList('titled_body_refs', noun);
      if (titled || this.g.inList('body_refs', noun)) {
        const fits = (a: ResolvedActor | null | undefined) => (a && a.country === null && (!titled || a.name.toLowerCase().split(/\s+/).includes(noun)) ? a : undefined);
        const body = before.filter((x) => fits(x.actor)).pop()?.actor ?? fits(this.state.lastBody);
        if (body || titled) return tag(body, titled ? `the last organisation named, whose name has "${noun}"` : 'the last organisation named');
      }
      // "his first visit to the country" after "the SCO Summit": a noun for a state means a state, not a body.
      const state = this.g.inList('state_refs', noun);
      const named = before.filter((x) => !x.person && (!state || x.actor!.country !== null)).pop()?.actor;
      if (named) return tag(named, state ? 'the last state named' : 'the last state or body named');
      // "The EU imposed duties on Chinese cars. It accused …": a subject "it" opening a sentence means the last subject.
      const subject = this.isSubject(m) ? this.state.subjectThing : null;
      return subject ? tag(subject, 'the last state or body that was a subject') : tag(this.state.lastThing, 'the last state or body named');
    }
    if (m.ref === 'speaker') {
      // "We, the Leaders of the Group of Seven, condemn …": the phrase in apposition says who "we" are.
      // "We, the Leaders of …": a comma puts a phrase in apposition.
      const apposed = this.tokens[m.last + 1]?.text === ',' ? this.mentions.find((x) => x.first > m.last + 1 && x.first <= m.last + 3 && x.actor && !x.ref) : undefined;
      if (apposed?.actor) {
        this.state.we = [apposed.actor];
        return tag(apposed.actor, 'the phrase in apposition');
      }
      if (!this.speaker && this.state.we.length) return this.state.we.flatMap((a) => tag(a, 'the authors of the statement'));
      return tag(this.speaker ?? this.state.speaker, 'the speaker');
    }
    // "The Council adopted resolution 2653. … welcomed the resolution": the one who adopted the text of that name.
    const adopted = m.ref === 'document' ? [...this.state.acts].reverse().find((a) => a.root === UNCODED_ACT && a.word === this.tokens[m.first]!.lemma) : undefined;
    if (adopted) return adopted.sources.flatMap((a) => tag(a, 'who adopted it'));
    // "The OAS called on Nicaragua to withdraw. Nicaragua rejected the resolution.": a text the clause's subject answers
    // is the one of whoever last addressed that subject.
    const answered = m.ref === 'document' && besides.length && !this.isSubject(m) ? latest(this.state.acts, (a) => a.root !== UNCODED_ACT && a.targets.some((t) => besides.some((b) => sameParticipant(t, b))) && !a.sources.some((x) => besides.some((b) => sameParticipant(x, b)))) : undefined;
    if (answered) return answered.sources.flatMap((a) => tag(a, 'who last addressed the subject'));
    // "The letter called on Israel …": whoever the sentence or the last one quoted, else the last state or body that
    // was a subject ("The Security Council condemned Eritrea … The statement also commended …"), else the last named.
    if (m.ref === 'document') return tag(this.speaker ?? this.state.speaker ?? this.state.subjectThing ?? this.state.lastThing, 'who issued it');
    if (m.ref === 'group') {
      // "Pashinyan and Aliyev agreed to order their defence ministers …": each party's own people, none the other's.
      if (m.possessive && this.ownedBySubjects(m)) return [];
      const speakers = this.governingSubject(m);
      if (speakers.length >= 2 || (speakers.length === 1 && this.governedByPeople(m))) return speakers.flatMap((a) => tag(a, 'the subject of the verb governing its clause'));
      const owners = m.possessive ? this.pluralSubjectOwning(m) : [];
      if (owners.length) return owners.flatMap((a) => tag(a, 'the plural subject of its clause'));
      // "condemned the Israeli aggressions against Iran, saying they undermined its sovereignty": "they" are the acts
      // the sentence last named, whose author is what is said of them.
      const authors = m.possessive ? [] : this.authorsOfActsBefore(m);
      if (authors.length) return authors.flatMap((a) => tag(a, 'the author of the acts last named'));
      // "sanctioned the ministers, accusing them": a pronoun object is never the clause's own subject ("themselves").
      const others = (parties: ResolvedActor[]) => parties.filter((a) => !besides.some((b) => sameParticipant(a, b)));
      const objects = others(this.objectBefore(m));
      if (objects.length) return objects.flatMap((a) => tag(a, 'the object named before'));
      const plural = this.state.pluralSubject ? others([this.state.pluralSubject]) : [];
      if (plural.length) return plural.flatMap((a) => tag(a, 'the people the last sentence\'s subject named'));
      // Only the subject of a finite verb: "to press them to endorse" makes "them" an infinitive's subject.
      const finite = this.frames.some((f) => f.subject?.members[0] === m && f.subjectWay === 'subject' && !f.vg.infinitive && !f.vg.participle);
      const subjects = finite ? others(this.state.subjectGroup ?? []) : [];
      if (subjects.length) return subjects.flatMap((a) => tag(a, 'the parties the last sentence\'s subject named'));
      return others(this.state.lastGroup ?? this.state.dialogue ?? []).flatMap((a) => tag(a, 'the last group named'));
    }
    return [];
  }

  /** The state or body whose reporting verb introduces the clause a mention is the subject of ("X said it …"). */
  private reportingSubject(m: Mention): ResolvedActor | undefined {
    // "it", or "the group" after its article.
    const at = this.frames.findIndex((f) => f.subject?.members[0] === m && m.first - f.subject.first <= 1);
    const clause = this.frames[at];
    if (!clause || clause.vg.infinitive || clause.vg.participle) return undefined;
    let reporter = clause.governor ?? this.frames.slice(0, at).filter((f) => !f.vg.infinitive && !f.vg.participle).pop();
    // "Poland says its services have foiled plots that it blames on Russia": a relative clause inside what is reported
    // is reported too.
    const relative = !clause.governor && opensRelative(this.chunks, this.chunks.indexOf(clause.subject!) - 1, this.tokens);
    while (relative && reporter && !this.g.reporting.has(reporter.vg.lemma) && reporter.governor) reporter = reporter.governor;
    // "told Israel it should …": with an addressee, "it" may be either; other rules decide.
    if (!reporter || !this.g.reporting.has(reporter.vg.lemma) || reporter.object?.members.length) return undefined;
    const named = reporter.subject?.members[0];
    const speaker = named?.actor;
    // "A Houthi military spokesman said the group had fired …": an armed group's or organisation's spokesman speaks
    // for it. "The Biden administration said it would …": a body a person's name qualifies is no person.
    const body = named !== undefined && reporter.subject!.head > named.last && this.tokens[reporter.subject!.head]!.pos === 'NOUN';
    return speaker && (!speaker.person || speaker.org || body) ? speaker : undefined;
  }

  /**
   * "Turkey condemned the move, saying it would encourage Israel": the subject "it" of what a participle of saying
   * reports, after a clause whose object is an act, is that act; no party.
   */
  private saidOfJudgedAct(m: Mention): boolean {
    const at = this.frames.findIndex((f) => f.subject?.members.length === 1 && f.subject.members[0] === m && f.subject.first === m.first && !f.vg.infinitive && !f.vg.participle);
    const saying = at > 0 ? this.frames[at]!.governor ?? this.frames[at - 1] : undefined;
    const act = saying?.vg.participle && this.g.reporting.has(saying.vg.lemma) ? saying.clause?.object : null;
    if (!act || act.members.some((x) => x.actor)) return false;
    // "rejected the resolution, saying it had complied", "saying it wanted to meet …": a text is no act of the one who
    // answers it, and a party, not an act, means to do things.
    const head = this.tokens[act.head]!;
    const text = this.g.inList('document_nouns', head.lower);
    const verb = this.frames[at]!.vg.lemma;
    const agentive = this.g.intentVerbs.has(verb) || this.g.inList('response_verbs', verb) || this.g.reporting.has(verb);
    return isActNoun(head, this.g) && !text && !agentive;
  }

  /** The state or body that is the subject of the main clause a mention stands in, after that subject. */
  private clauseSubjectThing(m: Mention): ResolvedActor | undefined {
    // The first such clause: later ones before the mention are mostly relative or subordinate ("where … gathered").
    return this.subjectThingOf(this.finiteBefore(m).find((f) => !this.g.reporting.has(f.vg.lemma)));
  }

  /** The state or body that is the subject of the last finite verb before a mention, whatever that verb is. */
  private subjectThingBefore(m: Mention): ResolvedActor | undefined {
    return this.subjectThingOf(this.finiteBefore(m).pop());
  }

  /** The parties named before the noun of the last acts in the plural before a mention ("the Israeli strikes"). */
  private authorsOfActsBefore(m: Mention): ResolvedActor[] {
    const phrases = this.chunks.flatMap((c) => (c.kind === 'np' ? [c] : c.kind === 'pp' && c.np ? [c.np] : [])).filter((np) => np.last < m.first);
    const acts = phrases.filter((np) => namesActs(this.tokens[np.head]!, this.g)).pop();
    return acts ? acts.members.filter((x) => x.actor && x.last < acts.head && !x.possessive).map((x) => x.actor!) : [];
  }

  /** Whether a verb before a mention has a state or body as its object. */
  private thingObjectBefore(m: Mention): boolean {
    return this.frames.some((f) => f.object && f.object.last < m.first && f.object.members.some((x) => x.actor && !x.person));
  }

  /** The finite verbs before a mention whose own subject stands before it. */
  private finiteBefore(m: Mention): Frame[] {
    return this.frames.filter((f) => !f.vg.infinitive && !f.vg.participle && f.subject && f.subject.last < m.first && f.subjectWay === 'subject');
  }

  private subjectThingOf(clause: Frame | undefined): ResolvedActor | undefined {
    const first = clause?.subject?.members[0];
    // "The same statement denounced what it called …": a document stands for whoever issued it.
    if (first?.ref === 'document') return this.resolve(first)[0];
    return first?.actor && !first.person ? first.actor : undefined;
  }

  /** Whether a mention heads the subject of one of the sentence's verbs. */
  private isSubject(m: Mention): boolean {
    return this.frames.some((f) => f.subject?.members[0] === m);
  }

  /** "The two leaders confirmed that they would …": the subject of the verb whose clause the mention is subject of. */
  private governingSubject(m: Mention): ResolvedActor[] {
    const governor = this.frames.find((f) => f.subject?.members.includes(m))?.governor;
    const subject = governor?.subject;
    return subject && !subject.members.includes(m) ? this.actors(subject).actors : [];
  }

  /** "EU leaders said they condemned …": the verb governing the mention's clause has people in the plural as subject. */
  private governedByPeople(m: Mention): boolean {
    const subject = this.frames.find((f) => f.subject?.members.includes(m))?.governor?.subject;
    // A phrase that refers back ("the two countries", "the ministers") is resolved by the rules for groups.
    const named = !!subject && subject.members.length === 1 && subject.members.every((x) => x.actor && !x.ref && x.pluralSize === undefined);
    return named && this.headedByPlural(subject);
  }

  /** "EU leaders", "Iranian officials": a phrase whose head is a noun in the plural. */
  private headedByPlural(np: NounGroup): boolean {
    const head = this.tokens[np.head]!;
    return head.pos === 'NOUN' && head.lower !== head.lemma && head.lower.endsWith('s');
  }

  /**
   * The actors of the last object before a mention in its sentence ("met the envoys and told them …"), or of the
   * phrase that held the target ("imposed sanctions on two Israeli ministers, accusing them …").
   */
  private objectBefore(m: Mention): ResolvedActor[] {
    const held = (x: Frame) => [x.object, ...x.pps.filter((pp) => this.g.inList('held_target_prepositions', pp.prep)).map((pp) => pp.np)].filter((np): np is NounGroup => np !== null && np.last < m.first && np.members.some((o) => o.actor));
    const f = this.frames.filter((x) => held(x).length).pop();
    const np = f ? held(f)[0]! : null;
    return np ? np.members.flatMap((o) => (o.actor ? [o.actor] : [])) : [];
  }

  /** Whether a possessive "their" opens a phrase of own people ("their ministers") in a clause whose subject is several. */
  private ownedBySubjects(m: Mention): boolean {
    return this.frames.some((f) => {
      const np = [f.object, f.second, ...f.pps.map((pp) => pp.np)].find((x) => x?.members.includes(m));
      return !!np && np.first === m.first && isOwnPeoplePhrase(np, this.tokens, this.g) && (f.subject?.members.length ?? 0) >= 2;
    });
  }

  /**
   * "EU leaders are expected to extend their sanctions", "both leaders repeated their call": a "their" in a phrase of
   * a clause whose subject is one party's people or several parties is the subject's, with no party named between
   * them ("sanctioned Iranian officials over their role" is the officials').
   */
  private pluralSubjectOwning(m: Mention): ResolvedActor[] {
    const phrases = (f: Frame) => [f.object, f.second, ...f.pps.map((pp) => pp.np)];
    const f = this.frames.find((x) => phrases(x).some((np) => np?.members.includes(m)));
    const np = f ? phrases(f).find((x) => x?.members.includes(m)) : undefined;
    const subject = f?.subject;
    if (!subject || !np || subject.last >= m.first || subject.members.includes(m)) return [];
    if (this.mentions.some((x) => x.first > subject.last && x.last < m.first && x.actor)) return [];
    const owners = this.actors(subject).actors;
    const people = owners.length === 1 && this.headedByPlural(subject);
    // "recalled their ambassadors", "returned to their capitals": of several parties, each one's own.
    const eachOwn = isOwnPeoplePhrase(np, this.tokens, this.g) || this.g.inList('own_place_nouns', this.tokens[np.head]!.lower);
    return people || (owners.length >= 2 && !eachOwn) ? owners : [];
  }

  /** "Abbott backed his minister", "told his ministry to …": the person subject of the clause whose object or phrase "his" opens. */
  private ownPeopleOwner(m: Mention): ResolvedActor | undefined {
    for (const f of this.frames) {
      const np = [f.object, f.second, ...f.pps.map((pp) => pp.np)].find((x) => x?.members.includes(m));
      if (!np || !this.g.inList('own_people_nouns', this.tokens[np.head]?.lower ?? '')) continue;
      const subject = f.subject?.members[0];
      if (!subject?.person || subject === m) return undefined;
      return this.resolve(subject)[0];
    }
    return undefined;
  }

  /**
   * "commended Modi for his visit", "congratulated her on her election": a possessive in a phrase after a person
   * object is that person's, not the subject's.
   */
  private objectPersonBefore(m: Mention): ResolvedActor | undefined {
    const f = this.frames.find((x) => x.object && x.object.last < m.first && x.pps.some((pp) => pp.np && pp.np.first <= m.first && m.last <= pp.np.last));
    const person = f?.object?.members.find((x) => x.person && x.actor);
    return f?.subject?.members.some((x) => x.person) && person?.actor ? person.actor : undefined;
  }

  /**
   * "the two leaders": the last exchange, or the last exchange or group with that many parties besides the clause's
   * own (named earlier in the sentence, else before it), or as many parties as the sentence named before it; with
   * none of these, the parties of the last clash ("Iran struck Pakistan … China urged the two sides").
   */
  private partiesFor(size: number, besides: readonly ResolvedActor[], at: number, people: boolean, noun: string): ResolvedActor[] | null {
    const { dialogue, lastGroup, groups, exchanges, clash, clashLatest } = this.state;
    const named = people ? this.state.namedPeople.get(noun) : undefined;
    // "the ministers" are those last named ministers, before the parties of the last talks.
    if (!size) return named ? [named] : dialogue ?? lastGroup;
    const others = (parties: ResolvedActor[] | null) => parties?.filter((a) => !besides.some((b) => sameParticipant(a, b))) ?? [];
    // "Meeting at Trump's resort in Turnberry, the two leaders …": people are no place.
    const fits = (parties: ResolvedActor[] | null) => distinct(others(parties)).length === size && !(people && parties?.some((a) => a.place));
    // Pairs are named all the time, so an older one than the last group is a weak guess; a group of three is not.
    const earlier = size >= 3 ? groups : lastGroup ? [lastGroup] : [];
    const groupsNamed = [...earlier, ...this.sentenceGroups.filter((x) => x.last < at).map((x) => x.actors)].filter(isOneKind);
    // "Macron urged his Chinese counterpart Xi …, as the two leaders held talks": the parties the sentence has named.
    const sentenceNamed = this.mentions.filter((m) => m.last < at && m.actor && !m.ref);
    const persons = distinct(sentenceNamed.filter((m) => m.person).map((m) => m.actor!));
    const before = fits(persons) || people ? persons : distinct(sentenceNamed.map((m) => m.actor!));
    // "the two men" are people: never the states of the last clash.
    // "Rwanda broke off relations with France … The two countries restored ties": states dealt with since the last
    // exchange are the two countries, before that exchange's parties.
    if (!people && clashLatest && fits(clash) && !fits(before)) return others(clash);
    // With no exchange or group on record, "the two leaders" are the two people the last sentence named.
    // Else the last people named, as many as it counts: "Clinton told the summit … Yeltsin rebuked … the two presidents".
    // Of them, the holders of the offices the noun names ("presidents": heads, not a foreign minister named since),
    // the latest of each party.
    const offices = this.g.data.office_holders[noun];
    const recent: ResolvedActor[] = [];
    for (const a of people && size === 2 ? [...this.state.recentPeople].reverse() : []) {
      if ((!offices || offices.includes(a.role ?? '')) && !recent.some((b) => sameParticipant(a, b))) recent.unshift(a);
      if (recent.length === size) break;
    }
    const lastPeople = people && fits(this.state.lastPeople) ? this.state.lastPeople : fits(recent) ? recent : null;
    const pick = fits(dialogue) ? dialogue : latest(exchanges, fits) ?? latest(groupsNamed, fits) ?? (fits(before) ? before : fits(clash) && !people ? clash : lastPeople);
    return pick ? others(pick) : null;
  }
}

/** A group of parties a sentence names, and the token it ends at. */
export interface NamedGroup {
  last: number;
  actors: ResolvedActor[];
}

/** After a sentence: who was named last, who spoke, which groups were formed. */
export function updateDiscourse(state: Discourse, mentions: Mention[], frames: Frame[], groups: ResolvedActor[][], speaker: ResolvedActor | null, tokens: readonly Token[], people: ReadonlySet<string>): void {
  for (const m of mentions) {
    if (!m.actor) continue;
    if (m.person) state.lastPerson = m.actor;
    else state.lastThing = m.actor;
    if (m.actor.country === null) state.lastBody = m.actor;
  }
  state.lastPeople = distinct(mentions.filter((m) => m.person && m.actor).map((m) => m.actor!));
  for (const a of state.lastPeople) state.recentPeople = [...state.recentPeople.filter((b) => b.name !== a.name), a];
  // "at an informal meeting of ASEAN foreign ministers": people named so in a phrase are "the ministers" later too,
  // also before the head the tagger gave it ("EU foreign ministers meeting in Brussels decided …").
  const peopleOf = (np: NounGroup | null | undefined) => {
    const only = np?.members.length === 1 ? np.members[0]!.actor : null;
    for (let k = np?.head ?? -1; only && k > np!.members[0]!.first; k--) if (people.has(tokens[k]!.lower)) return { noun: tokens[k]!.lower, party: only };
    return null;
  };
  for (const np of frames.flatMap((f) => [f.subject, f.object, ...f.pps.map((pp) => pp.np)])) {
    const named = peopleOf(np);
    if (named) state.namedPeople.set(named.noun, named.party);
  }
  const subject = frames.find((f) => f.subject?.members[0]?.person && f.subject.members[0].actor)?.subject?.members[0]?.actor;
  if (subject) state.subjectPerson = subject;
  // "Kavala, 64, has been held for four years. He denies the charges": a person the tables do not know, as the main
  // clause's subject, is whom "he" then means, not the last known one.
  const main = mainClause(frames);
  const unknown = main?.subject?.members[0];
  // A bare name ("Kavala, 64, …"), not an office the tables lack ("The High Representative underlined …").
  const unnamed = main?.subject && !main.subject.members.length && tokens[main.subject.first]?.pos === 'PROPN' && tokens[main.subject.head]?.pos === 'PROPN';
  if (!subject && ((unknown?.person && !unknown.actor && !unknown.ref) || unnamed)) {
    state.subjectPerson = null;
    state.lastPerson = null;
  }
  state.subjectThing = mainSubjectThing(frames) ?? state.subjectThing;
  // Not when the sentence made it one side of an exchange: "EU ministers met Lavrov. They discussed …" are both.
  const plural = peopleOf(main?.subject)?.party ?? null;
  const exchanged = plural && state.dialogue?.some((a) => !sameParticipant(a, plural) && mentions.some((m) => m.actor && sameParticipant(m.actor, a)));
  state.pluralSubject = exchanged ? null : plural;
  const formed = groups.filter((g) => g.length >= 2);
  state.groups.push(...formed.filter(isOneKind));
  if (formed.length) state.lastGroup = formed[formed.length - 1]!;
  if (speaker) state.speaker = speaker;
}

/** A sentence's first main clause with a subject: a finite verb no other verb governs. */
export function mainClause(frames: readonly Frame[]): Frame | undefined {
  return frames.find((f) => !f.governor && !f.vg.participle && !f.vg.infinitive && f.subject);
}

/** The state or body a sentence's first main clause has as subject, as a later "It accused …" refers back to. */
function mainSubjectThing(frames: Frame[]): ResolvedActor | undefined {
  // A pronoun subject ("It accused …") leaves the state it refers to in place.
  const main = frames.find((f) => !f.governor && !f.vg.participle && !f.vg.infinitive && f.subject?.members.length);
  const first = main?.subject?.members[0];
  return first && !first.person ? first.actor ?? undefined : undefined;
}

/**
 * "Britain, four allies sanction ministers Ben-Gvir and …": a group that mixes people with states is more likely a
 * misread phrase than the parties a later "the two countries" or "the two ministers" means.
 */
function isOneKind(group: ResolvedActor[]): boolean {
  return group.every((a) => a.person) || group.every((a) => !a.person);
}

/** The actors of a group that are different participants (Biden and "the US" are one). */
export function distinct(actors: ResolvedActor[]): ResolvedActor[] {
  const out: ResolvedActor[] = [];
  for (const a of actors) if (!out.some((b) => sameParticipant(a, b))) out.push(a);
  return out;
}

/** The key a party is remembered by: its state, or the organisation's code. */
export function partyKey(a: ResolvedActor): string {
  return a.country ?? a.code;
}

/**
 * The authors of the act a subject refers back to ("condemned the attack", "welcomed the agreement"): the latest
 * act not the subject's own; when the subject criticises, a hostile one first, else a cooperative one ("criticised
 * the deal"), never mere words (a threat is "the threat", a claim). A symmetric act's parties are all its authors,
 * except the subject. `kinds`: the roots of the acts the noun that refers back can mean ("the attack", "the decision").
 */
export function authorsOfRecentAct(acts: readonly RecentAct[], subject: ResolvedActor, criticism: boolean, criticised?: ResolvedActor, kinds?: readonly number[], unspecific = false): ResolvedActor[] {
  // A noun only of hostile acts ("the attack") means one of those; another's kinds narrow what is welcomed.
  const onlyHostile = kinds !== undefined && kinds.every((root) => root >= ROOTS_FROM.materialConflict);
  const hostileKinds = onlyHostile ? kinds : undefined;
  const welcomedKinds = onlyHostile ? undefined : kinds;
  const others = (act: RecentAct) => (act.symmetric ? [...act.sources, ...act.targets] : act.sources).filter((a) => !sameParticipant(a, subject));
  const byOthers = (act: RecentAct) => others(act).length > 0 && (act.symmetric || !act.sources.some((a) => sameParticipant(a, subject)));
  // "condemns these missile launches" after Japan's ban on a ferry: a noun of a kind of act means an act of that kind.
  const fits = (a: RecentAct) => a.root >= ROOTS_FROM.materialConflict && (!hostileKinds || hostileKinds.includes(a.root));
  const hostile = criticism ? latest(acts, (a) => fits(a) && byOthers(a) && !a.passing) ?? latest(acts, (a) => fits(a) && byOthers(a)) : undefined;
  // "The two leaders condemned the launch by North Korea. Kishida said this reckless act …": with no hostile act on
  // record, the party the subject has just criticised, before any friendly act of others.
  if (criticism && !hostile && criticised && !sameParticipant(criticised, subject)) return [criticised];
  // "condemned the attack" never means a call or a visit, whatever else "the decision" may mean.
  if (criticism && onlyHostile && !hostile) return [];
  // "Rwanda said the sanctions were unjustified. Kinshasa welcomed the measures.": what is welcomed is an act, not
  // words against one (10–13); a friendly act before a hostile one ("welcomed plans for closer cooperation").
  // "Sharon praised the operation" after Israel's strike: a hostile act welcomed is the last one, maybe the subject's own.
  if (!criticism && onlyHostile) {
    const last = latest(acts, (a) => a.root >= ROOTS_FROM.materialConflict);
    return last && byOthers(last) ? distinct(others(last)) : [];
  }
  const deed = (a: RecentAct) => a.root < ROOTS_FROM.demand || a.root >= ROOTS_FROM.materialConflict;
  // "welcomed the decision": the last act of a kind a decision makes, before a meeting or a visit since.
  const decided = welcomedKinds ? latest(acts, (a) => welcomedKinds.includes(a.root) && byOthers(a)) : undefined;
  const welcomed = decided ?? latest(acts, (a) => a.root < ROOTS_FROM.demand && byOthers(a)) ?? latest(acts, (a) => deed(a) && byOthers(a)) ?? latest(acts, byOthers);
  const act = criticism ? hostile ?? latest(acts, (a) => a.root < 10 && byOthers(a)) : welcomed;
  // "Greece condemned Turkey's decision … Cyprus also condemned the move": with no act of others on record, what
  // others last criticised; so for a word that names no kind of act when others have since criticised a party's deed
  // ("Bahrain set up ties with Israel. The Palestinians recalled their envoy. Ramallah called the deal a betrayal.
  // Iran condemned the move").
  const chorus = criticism ? latest(acts, (a) => a.root === ROOTS_FROM.disapproval && a.targets.length > 0 && !a.sources.some((x) => sameParticipant(x, subject)) && !a.targets.some((x) => sameParticipant(x, subject))) : undefined;
  const authors = (a: RecentAct) => (a.symmetric ? [...a.sources, ...a.targets] : a.sources);
  const criticisedDeed = chorus !== undefined && acts.some((a) => a !== act && deed(a) && authors(a).some((x) => chorus.targets.some((t) => sameParticipant(x, t))));
  if (chorus && (!act || (unspecific && acts.indexOf(chorus) > acts.indexOf(act) && criticisedDeed))) return distinct(chorus.targets);
  return act ? distinct(others(act)) : [];
}

/**
 * "Police raided the embassy. … The raid drew a chorus of criticism. Brazil said the action …": naming an earlier
 * act again by its word makes it the act a later "the action" or "it" means.
 */
export function recallActs(acts: RecentAct[], words: readonly string[], roots: ReadonlyMap<string, readonly number[]>): void {
  for (const word of words) {
    // "forced their way into the embassy … The raid": a noun for a kind of act names the last act of that kind.
    const kinds = roots.get(word) ?? [];
    let k = acts.map((a) => a.word).lastIndexOf(word);
    for (const news of [true, false]) for (let j = acts.length - 1; j >= 0 && k < 0; j--) if (kinds.includes(acts[j]!.root) && (!news || !acts[j]!.passing)) k = j;
    if (k >= 0 && k < acts.length - 1) acts.push(...acts.splice(k, 1));
  }
}

/** Counts the states a sentence names, each time it names them: a person or office counts for its state. */
export function countNamedStates(state: Discourse, mentions: readonly Mention[]): void {
  const now = new Set<string>();
  for (const m of mentions) {
    const country = m.actor?.country;
    if (!country) continue;
    now.add(country);
    const known = state.namedStates.get(country);
    if (known) {
      known.count++;
      if (known.actor.person && !m.actor!.person) known.actor = m.actor!;
    } else state.namedStates.set(country, { actor: m.actor!, count: 1 });
  }
  state.statesBefore = state.statesNow;
  state.statesNow = [...now];
}

/**
 * "condemned the coup": when the sentence names no other state, the one state other than those judging it that the
 * sentence before names ("events in Niger, where the guard detained Bazoum. The AU condemned the attempted coup");
 * else the state the report has named most so far, the later on a tie.
 */
export function sceneOf(state: Discourse, besides: readonly ResolvedActor[]): ResolvedActor | null {
  const others = (named: readonly string[]) => named.filter((c) => !besides.some((b) => b.country === c));
  const only = others(state.statesNow).length ? [] : others(state.statesBefore);
  if (only.length === 1) return state.namedStates.get(only[0]!)?.actor ?? null;
  let best: { actor: ResolvedActor; count: number } | null = null;
  for (const named of state.namedStates.values()) {
    if (besides.some((b) => b.country === named.actor.country)) continue;
    if (!best || named.count >= best.count) best = named;
  }
  return best?.actor ?? null;
}

function latest<T>(items: readonly T[], fits: (item: T) => boolean): T | undefined {
  for (let k = items.length - 1; k >= 0; k--) if (fits(items[k]!)) return items[k];
  return undefined;
}

/**
 * The authors a statement's title names: the parties of a "by" or "from" phrase right after a document noun ("Joint
 * statement by Prime Minister Theresa May, Chancellor Angela Merkel and President Emmanuel Macron", "Statement
 * from the Ministry of Foreign Affairs of Japan"), coordinated noun phrases after it included.
 */
export function titleAuthors(chunks: readonly Chunk[], tokens: readonly Token[], g: GrammarSets): ResolvedActor[] {
  const at = chunks.findIndex((c, k) => {
    const before = chunks[k - 1];
    return authorPhrase(before?.kind === 'np' ? before : before?.kind === 'pp' ? before.np : null, c, tokens, g) !== null;
  });
  if (at < 0) return [];
  const found: ResolvedActor[] = [];
  for (let k = at; k < chunks.length; k++) {
    const c = chunks[k]!;
    if (c.kind === 'cc' || (c.kind === 'punct' && c.word === ',')) continue;
    const np = c.kind === 'np' ? c : k === at && c.kind === 'pp' ? c.np : null;
    if (!np) break;
    for (const m of np.members) if (m.actor) found.push(m.actor);
  }
  return distinct(found);
}

/**
 * The one party a statement's title names as what it is about: in a phrase of topic ("on", "about", "over", …) or in an "in"
 * phrase right after one ("on the situation in the Republic of Guinea"). Null when it names none or several.
 */
export function headlineTopic(chunks: readonly Chunk[], tokens: readonly Token[], g: GrammarSets): ResolvedActor | null {
  // Only a statement's own title ("Statement of the Chairperson … on …"); a news headline's "over Western Sahara"
  // names an issue, not an addressee.
  if (!tokens.some((t) => g.inList('document_nouns', t.lower))) return null;
  const found: ResolvedActor[] = [];
  let afterTopic = false;
  for (const c of chunks) {
    if (c.kind !== 'pp') {
      afterTopic = false;
      continue;
    }
    afterTopic = g.inList('headline_topic_prepositions', c.prep) || (afterTopic && c.prep === 'in');
    if (afterTopic) for (const m of c.np?.members ?? []) if (m.actor) found.push(m.actor);
  }
  const parties = distinct(found);
  return parties.length === 1 ? parties[0]! : null;
}
