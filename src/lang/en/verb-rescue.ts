import type { GrammarSets } from './grammar.js';
import type { Mention } from './mentions.js';
import { isInflectedPast, isThirdPersonPresent, opensObject, type Token } from './tokens.js';

/**
 * Headlines drop the words that tell a verb from a noun, and the tagger reads "US sanctions Chinese firms", "Russia
 * slams US", "Biden, Lula pledge to …" as noun phrases. A known verb tagged as a noun right after an actor is taken
 * as the verb when it opens an infinitive ("pledge to deepen") or a that-clause after the subject, or when its clause
 * has no verb at all.
 */
export function retagVerbs(tokens: Token[], mentions: Mention[], knownVerbs: ReadonlySet<string>, g: Pick<GrammarSets, 'inList'>): void {
  const actorStarts = new Map(mentions.filter((m) => (m.actor || m.ref || m.pluralSize !== undefined) && !m.possessive).map((m) => [m.last, m.first]));
  // A verb form joined by a hyphen to the next word ("shoot-down") is part of a compound, no verb of the clause.
  const compound = (k: number) => tokens[k + 1]?.text === '-' && tokens[k + 1]!.start === tokens[k]!.end;
  // Nor is an infinitive ("press Myanmar junta chief to end violence").
  const infinitiveAt = (k: number) => tokens[k - 1]?.lower === 'to';
  // "Biden and Xi clash over Taiwan but agree to keep talking": "but" starts a clause of its own too.
  const clauseEndFrom = (k: number) => {
    while (k < tokens.length && !(tokens[k]!.pos === 'PUNCT' && /[,;:—–]/u.test(tokens[k]!.text)) && tokens[k]!.lower !== 'but') k++;
    return k;
  };
  // Nor is an -ing form after a possessive, a noun the tagger reads as a verb ("… over Sikh leader's killing").
  const owned = (k: number) => tokens[k]!.lower.endsWith('ing') && ["'s", "'"].includes(tokens[k - 1]?.lower ?? '');
  const verbless = (from: number, to: number) => !tokens.slice(from, to).some((x, j) => (x.pos === 'VERB' || x.pos === 'AUX') && !compound(from + j) && !infinitiveAt(from + j) && !owned(from + j));
  let clauseStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' && /[,;:—–]/u.test(t.text)) clauseStart = i + 1;
    const actorStart = actorStarts.get(i - 1);
    // "the Russian foreign ministry informed the ambassador": a past form read as an adjective, with its object after;
    // "Egypt mediated between Israel and Hamas": with a phrase after it, when its clause has no verb.
    const after = tokens[i + 1]?.pos ?? '';
    const pastForm = t.pos === 'ADJ' && /ed$/.test(t.lower) && (['DET', 'PROPN', 'PRON'].includes(after) || (after === 'ADP' && verbless(clauseStart, clauseEndFrom(i + 1))));
    if (pastForm && actorStart !== undefined) {
      const lemma = [t.lemma, t.lower.replace(/ed$/, ''), t.lower.replace(/d$/, '')].find((l) => knownVerbs.has(l));
      if (lemma) tokens[i] = { ...t, pos: 'VERB', lemma };
      continue;
    }
    if (t.pos !== 'NOUN' || i + 1 >= tokens.length) continue;
    // The tagger lemmatises a noun as a noun ("summons"): the verb may be the form without its -s.
    const lemma = [t.lemma, t.lower.replace(/s$/, ''), t.lower.replace(/es$/, '')].find((l) => knownVerbs.has(l));
    if (!lemma) continue;
    // "demanded Russia return the wreckage": a bare form after the party a verb of mandate names is the clause's verb.
    const mandating = actorStart !== undefined && tokens[actorStart - 1]?.pos === 'VERB' && g.inList('mandating_verbs', tokens[actorStart - 1]!.lemma);
    if (mandating && t.lower === lemma && ['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(tokens[i + 1]!.pos)) {
      tokens[i] = { ...t, pos: 'VERB', lemma };
      continue;
    }
    // "Turkish fighters shot down a Russian warplane": a past form with its particle and object is the verb.
    const phrasal = t.lemma !== t.lower && /^(?:down|up)$/.test(tokens[i + 1]!.lower) && tokens[i + 2]?.pos === 'DET';
    if (phrasal) {
      tokens[i] = { ...t, pos: 'VERB', lemma };
      continue;
    }
    // "China halts cyber talks, summons U.S. envoy": a headline's second verb after a comma, like its first.
    const series = tokens[i - 1]?.text === ',' && /s$/.test(t.lower) && tokens.slice(0, i - 1).some((x) => x.pos === 'VERB' && isThirdPersonPresent(x)) && ['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(tokens[i + 1]!.pos);
    if (series) {
      tokens[i] = { ...t, pos: 'VERB', lemma };
      continue;
    }
    if (actorStart === undefined) continue;
    const next = tokens[i + 1]!;
    const infinitive = next.lower === 'to' && tokens[i + 2]?.pos === 'VERB';
    // "The Philippines demands that Chinese vessels leave": after the clause's subject, a that-clause; not "rejected
    // US demands that …".
    const subjectFirst = actorStart === clauseStart || (actorStart === clauseStart + 1 && tokens[clauseStart]!.pos === 'DET');
    const thatClause = next.lower === 'that' && subjectFirst;
    const clauseEnd = clauseEndFrom(i + 1);
    if (infinitive || verbless(clauseStart, clauseEnd) || thatClause) {
      tokens[i] = { ...t, pos: 'VERB', lemma };
      if (thatClause) tokens[i + 1] = { ...next, pos: 'SCONJ' };
      clauseStart = clauseEnd;
    }
  }
}

/**
 * "responded by expelling Russia's ambassador", "after sanctioning the firms": the tagger may read a gerund after a
 * preposition as a noun. A known verb's -ing form there, followed by its object, is the verb.
 */
export function retagGerunds(tokens: Token[], knownVerbs: ReadonlySet<string>): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // "proposed meeting Putin in Paris", "suggested holding talks": after a verb, only before a name or a determiner,
    // which a noun the verb took as its object would not have right after it.
    const afterVerb = tokens[i - 1]!.pos === 'VERB' && ['PROPN', 'DET'].includes(tokens[i + 1]!.pos);
    if (t.pos !== 'NOUN' || (tokens[i - 1]!.pos !== 'ADP' && !afterVerb) || !t.lower.endsWith('ing')) continue;
    const stem = t.lower.slice(0, -3);
    // "expelling" → expel, "imposing" → impose, "hosting" → host.
    const lemma = [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].find((l) => knownVerbs.has(l));
    const object = ['DET', 'PROPN', 'PRON', 'NOUN', 'ADJ', 'NUM'].includes(tokens[i + 1]!.pos);
    if (lemma && object) tokens[i] = { ...t, pos: 'VERB', lemma };
  }
}

/**
 * "Russia's continued attacks", "the proposed talks", "a planned visit", "a U.S.-drafted resolution": a participle
 * before its noun is an adjective.
 */
export function retagParticiples(tokens: Token[], g: Pick<GrammarSets, 'gerundTakers' | 'guestParticiples' | 'participleAdjectives' | 'possessives'>): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !/(?:ed|ing|en)$/.test(t.lower)) continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1]!;
    // "committed to deepening ties": the gerund a word takes through "to" stays a verb.
    if (before.lower === 'to' && g.gerundTakers.has(tokens[i - 2]?.lower ?? '')) continue;
    // "with visiting Vietnamese Prime Minister …" and "met visiting Kenyan President …" too; "after visiting China"
    // stays a verb.
    const guest = g.guestParticiples.has(t.lower) && before.pos === 'VERB';
    // "Scholz is expected in Beijing on Friday": said of a visitor, "expected" is as "due".
    const arrival = t.lower === 'expected' && before.lemma === 'be' && (after.lower === 'in' || after.lower === 'at') && tokens[i + 2]?.pos === 'PROPN';
    if (arrival || (g.participleAdjectives.has(t.lower) && (after.pos === 'NOUN' || after.pos === 'ADJ'))) {
      tokens[i] = { ...t, pos: 'ADJ' };
      continue;
    }
    // "support for continued diplomacy", "complained about continued Israeli settlement building", "presented a prize to
    // detained publisher Gui Minhai": a past participle right after a preposition, before its phrase ("to" before
    // a past form opens no infinitive).
    const afterPreposition = (before.pos === 'ADP' || (before.pos === 'SCONJ' && before.lower === 'for') || before.lower === 'to') && t.lower.endsWith('ed') && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'PROPN');
    // "to free captured Indian pilot", "freed detained journalists": a past participle right after a verb, before a
    // noun phrase, describes that verb's object. Not after a possessed noun the tagger reads as a verb ("said North
    // Korea's launch violated U.N. resolutions").
    const afterVerb = before.pos === 'VERB' && tokens[i - 2]?.lower !== "'s" && t.lower.endsWith('ed') && (after.pos === 'PROPN' || after.pos === 'ADJ') && tokens[i + 2]?.pos === 'NOUN';
    if (afterVerb) {
      tokens[i] = { ...t, pos: 'ADJ' };
      continue;
    }
    // "exports of three chipmaking materials": an -ing form after a number too ("on Aug. 5 suspended talks" is a verb).
    const opens = guest || afterPreposition || before.pos === 'DET' || (before.pos === 'NUM' && t.lower.endsWith('ing')) || before.lower === "'s" || before.pos === 'ADJ' || (before.pos === 'PRON' && g.possessives.has(before.lower)) || (t.lower.endsWith('ing') && /^(?:with|to|for)$/.test(before.lower)) || isHyphenCompound(tokens, i);
    if (opens && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'PROPN' || (after.pos === 'NUM' && /^(?:a|an|the)$/.test(before.lower)))) tokens[i] = { ...t, pos: 'ADJ' };
  }
}

/** "Portuguese-flagged", "Iran-backed", "intelligence-sharing": a participle joined by a hyphen to the word before it. */
function isHyphenCompound(tokens: Token[], i: number): boolean {
  const name = tokens[i - 2];
  return tokens[i - 1]!.text === '-' && tokens[i - 1]!.end === tokens[i]!.start && (name?.pos === 'PROPN' || name?.pos === 'ADJ' || name?.pos === 'NOUN');
}

/**
 * A distributive "each" after a noun is an adverb: "expelled three Russian diplomats each" at a clause's end, and
 * "Germany and Poland each condemned Russia" before a past form the tagger reads as an adjective, which is the verb.
 */
export function retagDistributiveEach(tokens: Token[], knownVerbs: ReadonlySet<string>): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [before, t, after] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!];
    if (t.lower !== 'each' || t.pos !== 'DET' || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) continue;
    const lemma = after.pos === 'ADJ' && /ed$/.test(after.lower) ? [after.lower.replace(/ed$/, ''), after.lower.replace(/d$/, '')].find((l) => knownVerbs.has(l)) : undefined;
    if (after.pos !== 'PUNCT' && !lemma) continue;
    tokens[i] = { ...t, pos: 'ADV' };
    if (lemma) tokens[i + 1] = { ...after, pos: 'VERB', lemma };
  }
}

/**
 * "Pyongyang's latest missile launch.", "a drone attack on Kyiv": a bare verb form right after a singular noun, with
 * no object after it, is the head of a noun compound (a singular subject would take "launches").
 */
export function retagNounCompounds(tokens: Token[], g: Pick<GrammarSets, 'inList'>): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1];
    if (t.pos !== 'VERB' || t.lower !== t.lemma) continue;
    // "condemned North Korea's launch", "condemns this launch": after a possessive 's or a demonstrative, a bare form
    // is a noun.
    if ((before.pos === 'PART' && before.lower === "'s") || g.inList('demonstratives', before.lower)) {
      tokens[i] = { ...t, pos: 'NOUN' };
      continue;
    }
    const ending = !after || after.pos === 'PUNCT' || after.pos === 'ADP';
    // "Turkey downs Russian jet near Syria border": a verb's object cannot be followed by a bare verb, unless the verb
    // lets or makes it do something ("helps Ukraine win").
    const verb = tokens[i - 2];
    const afterObject = before.pos === 'PROPN' && verb?.pos === 'VERB' && !g.inList('causative_verbs', verb.lemma);
    if (afterObject && ending) {
      tokens[i] = { ...t, pos: 'NOUN' };
      continue;
    }
    if (before.pos !== 'NOUN' || before.lower.endsWith('s')) continue;
    // "condemned its December rocket launch and widened sanctions": a noun of an act before "and" too.
    if (ending || (after.pos === 'CCONJ' && g.inList('recent_acts', t.lemma))) tokens[i] = { ...t, pos: 'NOUN' };
  }
}

/**
 * "live-fire drills", "make-or-break talks": a verb form joined by a hyphen to the word after it modifies a noun.
 * "large-scale exercises around Taiwan", "high-level talks with Japan": a verb form right after a hyphenated
 * modifier, with no object of its own, is the noun the modifier qualifies.
 */
export function retagHyphenated(tokens: Token[]): void {
  const joinedAt = (k: number) => tokens[k]?.text === '-' && tokens[k - 1]?.end === tokens[k]!.start && tokens[k + 1]?.start === tokens[k]!.end;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    // "far-right ministers", "well-known", "long-running": an adverb joined likewise; so is a preposition ("a near-total
    // trade embargo", "in-depth talks").
    if ((t.pos === 'VERB' || t.pos === 'ADV' || t.pos === 'ADP') && joinedAt(i + 1)) tokens[i] = { ...t, pos: 'ADJ' };
    // "its largest-ever drills", "a first-ever visit": an adverb after the hyphen, before its noun, ends the adjective.
    const [closing, head] = [tokens[i + 2]!, tokens[i + 3]];
    if (t.pos !== 'ADJ' || !joinedAt(i + 1) || closing.pos !== 'ADV' || !head) continue;
    // After a determiner the word that follows is the noun, whatever the tagger made of it ("a first-ever visit").
    const determined = tokens[i - 1]?.pos === 'DET' || tokens[i - 1]?.pos === 'PRON';
    if (head.pos === 'VERB' && determined) tokens[i + 3] = { ...head, pos: 'NOUN' };
    if (['ADJ', 'NOUN', 'PROPN'].includes(tokens[i + 3]!.pos)) tokens[i + 2] = { ...closing, pos: 'ADJ' };
  }
  for (let i = 3; i < tokens.length; i++) {
    const t = tokens[i]!;
    const after = tokens[i + 1];
    const takesObject = after !== undefined && ['DET', 'PRON', 'PROPN', 'NUM'].includes(after.pos);
    if (t.pos === 'VERB' && t.lower !== t.lemma && t.lower.endsWith('s') && joinedAt(i - 2) && !takesObject) tokens[i] = { ...t, pos: 'NOUN' };
  }
}

/** The tagger's lemma, corrected where the grammar file says it is wrong ("staged" → "stage", not "stag"). */
export function correctLemmas(tokens: Token[], corrections: ReadonlyMap<string, string>): void {
  tokens.forEach((t, i) => {
    const lemma = corrections.get(t.lower);
    if (lemma) tokens[i] = { ...t, lemma };
  });
}

/**
 * "more than 300 drones", "up to 35% on cars", "at least 20 people", "around 1,000 troops": the words of an amount
 * before a number are part of its noun phrase, not prepositions; not before a span of time ("aid to Ukraine over four
 * years", "talks over two days"), which they open.
 */
export function retagAmounts(tokens: Token[], g: Pick<GrammarSets, 'inList'>): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [t, next, after] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]];
    const pair = `${t.lower} ${next.lower}`;
    if (g.inList('amount_phrases', pair) && after?.pos === 'NUM') {
      tokens[i] = { ...t, pos: 'ADJ' };
      tokens[i + 1] = { ...next, pos: 'ADJ' };
    } else if (g.inList('amount_words', t.lower) && t.pos === 'ADP' && next.pos === 'NUM' && !g.inList('duration_nouns', after?.lower ?? '')) tokens[i] = { ...t, pos: 'ADJ' };
  }
}

/**
 * "Scholz had informed Zelenskyy", "has sanctioned": after a form of "have", an -ed form of a known verb that the
 * tagger read as an adjective or a noun is the verb; so it is after "have long" ("Congo has long accused Rwanda"),
 * whose "long" is then an adverb.
 */
export function retagPerfects(tokens: Token[], knownVerbs: ReadonlySet<string>): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const long = tokens[i - 1]!.lower === 'long' && tokens[i - 2]?.lemma === 'have';
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !t.lower.endsWith('ed') || (tokens[i - 1]!.lemma !== 'have' && !long)) continue;
    const stem = t.lower.slice(0, -2);
    const lemma = [stem, `${stem}e`, t.lower.slice(0, -1), stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')].find((l) => knownVerbs.has(l));
    if (!lemma) continue;
    tokens[i] = { ...t, pos: 'VERB', lemma };
    if (long) tokens[i - 1] = { ...tokens[i - 1]!, pos: 'ADV' };
  }
}

/**
 * "called on Moscow to de-escalate and return to diplomacy": the tagger reads a prefixed verb after "to" ("de-",
 * "re-", "co-") as a noun, and then the verb joined to it by "and" too.
 */
export function retagPrefixedInfinitives(tokens: Token[], knownVerbs: ReadonlySet<string>): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (tokens[i - 1]!.lower !== 'to' || t.pos !== 'NOUN' || !/^(?:de|re|co)-\p{Ll}+$/u.test(t.lower)) continue;
    tokens[i - 1] = { ...tokens[i - 1]!, pos: 'PART' };
    tokens[i] = { ...t, pos: 'VERB', lemma: t.lower };
    const [and, next] = [tokens[i + 1], tokens[i + 2]];
    if (and?.lower === 'and' && next && next.pos === 'NOUN' && knownVerbs.has(next.lemma) && !next.lower.endsWith('s')) tokens[i + 2] = { ...next, pos: 'VERB' };
  }
}

/** "Acting Prime Minister Phumtham", "outgoing President": a word that qualifies a title before it is an adjective. */
export function retagTitleModifiers(tokens: Token[], g: Pick<GrammarSets, 'inList'>): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (t.pos === 'VERB' && g.inList('title_modifiers', t.lower) && /^\p{Lu}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) tokens[i] = { ...t, pos: 'ADJ' };
  }
}

/**
 * "shared serious concerns regarding China's activities": a participle that works as a preposition ("regarding",
 * "concerning") is one after a noun or a comma, where no auxiliary makes it a verb.
 */
export function retagParticiplePrepositions(tokens: Token[], g: Pick<GrammarSets, 'inList'>): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.pos === 'VERB' && g.inList('participle_prepositions', t.lower) && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.text === ',')) tokens[i] = { ...t, pos: 'ADP' };
  }
}

/** "spoke to French President Francois Hollande": the first word of a named actor after "to" is no infinitive. */
export function retagNamesAfterTo(tokens: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    const first = tokens[m.first];
    const to = tokens[m.first - 1];
    if (!m.actor || first?.pos !== 'VERB' || to?.lower !== 'to') continue;
    tokens[m.first] = { ...first, pos: 'PROPN', lemma: first.lower };
    tokens[m.first - 1] = { ...to, pos: 'ADP' };
  }
}

/** "would respond to questions": after "to", an -s form is a plural noun, never an infinitive. */
export function retagPluralsAfterTo(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (tokens[i - 1]!.lower === 'to' && t.pos === 'VERB' && t.lower.endsWith('s') && t.lower !== t.lemma) tokens[i] = { ...t, pos: 'NOUN' };
  }
}

/**
 * "put the treaty on hold", "the main border crossing with Pakistan": a noun the tagger reads as a verb after the
 * preposition of an idiom, or as a participle after another noun with no object of its own.
 */
export function retagNounsReadAsVerbs(tokens: Token[], g: Pick<GrammarSets, 'prepositionalIdioms' | 'gerundNouns' | 'inList'>): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB') continue;
    const before = tokens[i - 1]!.pos;
    const next = tokens[i + 1];
    // "took Japan to court over whaling", not "sought to court Beijing": the idiom's noun takes no object.
    const idiom = !opensObject(next, true) && g.prepositionalIdioms.some((words) => words.length === 2 && words[0] === tokens[i - 1]!.lower && words[1] === t.lower);
    const compound = g.gerundNouns.has(t.lower) && (before === 'NOUN' || before === 'PROPN' || before === 'ADJ') && !opensObject(next);
    // "U.S. military forces carried out strikes", "Russian forces shot down an airliner": an -s form right before a
    // past form is the subject's noun.
    const pastForm = next?.pos === 'VERB' && (/ed$/.test(next.lower) || isInflectedPast(next.lower, next.lemma));
    const plural = t.lower.endsWith('s') && (before === 'ADJ' || before === 'PROPN') && pastForm;
    // "the asset freezes were announced": a compound noun the tagger cuts.
    const named = g.inList('noun_compounds', `${tokens[i - 1]!.lower} ${t.lower}`);
    if (idiom || compound || plural || named) tokens[i] = { ...t, pos: 'NOUN', lemma: t.lower };
  }
}

/** "talks in Doha mediated by Qatar": an -ed word the tagger read as an adjective, with a "by" agent after it. */
export function retagAgentParticiples(tokens: Token[], knownVerbs: ReadonlySet<string>): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' || !/ed$/.test(t.lower) || tokens[i + 1]!.lower !== 'by') continue;
    const lemma = [t.lemma, t.lower.replace(/ed$/, ''), t.lower.replace(/d$/, ''), t.lower.replace(/ied$/, 'y')].find((l) => knownVerbs.has(l));
    if (lemma) tokens[i] = { ...t, pos: 'VERB', lemma };
  }
}

/**
 * "Vice Premier Liu He", "Vice Premier He Lifeng": inside a sentence a capitalised "He" right after a name or title is
 * a Chinese name, not the pronoun, which is written "he" there.
 */
export function retagNamePronouns(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === 'He' && tokens[i - 1]!.pos === 'PROPN' && tokens[i - 1]!.end < t.start) tokens[i] = { ...t, pos: 'PROPN', lemma: 'he' };
  }
}

/**
 * "HE the Prime Minister", "HE Sheikh Mohammed": Gulf releases abbreviate His Excellency as "HE", which the tagger
 * reads as the pronoun. Before "the" or a capitalised word it is the honorific, part of no phrase.
 */
export function retagHonorifics(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1]!;
    if (tokens[i]!.text === 'HE' && (next.lower === 'the' || /^\p{Lu}\p{Ll}/u.test(next.text))) tokens[i] = { ...tokens[i]!, pos: 'X' };
  }
}

/** "condemned that attack as …": "that" before a noun that no verb follows is a determiner, not a conjunction. */
export function retagDemonstratives(tokens: Token[], g: Pick<GrammarSets, 'inList'>): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [t, noun, after] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]];
    // "condemns this launch": "this", "these", "those" before a noun determine it.
    if (g.inList('demonstratives', t.lower) && t.pos === 'PRON' && noun.pos === 'NOUN') {
      tokens[i] = { ...t, pos: 'DET' };
      continue;
    }
    if (t.lower !== 'that' || t.pos !== 'SCONJ' || noun.pos !== 'NOUN' || noun.lower.endsWith('s')) continue;
    if (!after || (after.pos !== 'VERB' && after.pos !== 'AUX')) tokens[i] = { ...t, pos: 'DET' };
  }
}

/**
 * "declared the ambassador persona non grata": a fixed phrase is a noun phrase of its own. Its first word is tagged as
 * a determiner, which opens a new phrase, and the rest as nouns, so that the tagger's "non" does not split it.
 */
export function retagFixedPhrases(tokens: Token[], phrases: readonly (readonly string[])[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const words = phrases.find((p) => p.every((w, k) => tokens[i + k]?.lower === w));
    if (!words) continue;
    tokens[i] = { ...tokens[i]!, pos: 'DET' };
    for (let k = 1; k < words.length; k++) tokens[i + k] = { ...tokens[i + k]!, pos: 'NOUN' };
    i += words.length - 1;
  }
}

/**
 * "Demands that the forces …", "Strongly condemns the coup …": an item of a communiqué opens with its verb, which the
 * tagger reads as a plural noun at the start of a sentence.
 */
export function retagOpeningVerbs(tokens: Token[], knownVerbs: ReadonlySet<string>): void {
  const at = tokens[0]?.pos === 'ADV' ? 1 : 0;
  const t = tokens[at];
  const next = tokens[at + 1];
  if (!t || t.pos !== 'NOUN' || !/^\p{Lu}/u.test(t.text) || !t.lower.endsWith('s') || !next) return;
  const lemma = [t.lower.slice(0, -1), t.lower.slice(0, -2)].find((l) => knownVerbs.has(l));
  if (lemma && (next.lower === 'that' || next.pos === 'DET' || next.pos === 'PROPN')) tokens[at] = { ...t, pos: 'VERB', lemma };
}

/** "will no longer supply": the words of a negating phrase are adverbs of the verb group ("no" is no determiner). */
export function retagNegationPhrases(tokens: Token[], phrases: readonly (readonly string[])[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const words = phrases.find((p) => p.every((w, k) => tokens[i + k]?.lower === w));
    for (let k = 0; words && k < words.length; k++) tokens[i + k] = { ...tokens[i + k]!, pos: 'ADV' };
  }
}

/**
 * After a determiner: a word tagged as a verb right after an article (and a quotation mark), or right after "of", is a
 * noun ("an 'act of aggression'", "a code of conduct"), and so is a verb's bare form after an article and a singular
 * noun ("a video address"); one tagged as an adverb before a noun or adjective is an
 * adjective, after an article ("a new political map") and, for an ordinal, after any determiner or possessive ("held
 * their first direct talks").
 */
export function retagAfterDeterminer(tokens: Token[], g: Pick<GrammarSets, 'inList' | 'possessives'>, adjectives: ReadonlySet<string>): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const quoted = /^['‘"“]$/.test(tokens[i - 1]!.text);
    const before = tokens[quoted ? i - 2 : i - 1];
    if (!before) continue;
    const article = g.inList('articles', before.lower);
    const nominal = ['NOUN', 'ADJ', 'PROPN'].includes(tokens[i + 1]?.pos ?? '');
    const determined = before.pos === 'DET' || g.possessives.has(before.lower) || before.lower === "'s";
    // "in new military assistance": after a preposition too, a word before a noun that the tagger read as an adverb.
    const opened = article || before.pos === 'ADP';
    // "a code of conduct": no finite verb or infinitive comes right after "of"; only a gerund does ("of attacking").
    const afterOf = before.lower === 'of' && !quoted && !t.lower.endsWith('ing');
    // "with all its means": no verb comes right after a possessive that cannot be an object ("her" can).
    const possessive = g.possessives.has(before.lower) && before.lower !== 'her' && !quoted;
    // "such \"acts of provocation\"", "such moves": no verb comes right after "such" either.
    const such = before.lower === 'such' && tokens[i - 2]?.lower !== 'as';
    // "Yemen's internationally recognised government", "a hastily arranged one-day summit": a past form after a
    // determiner and an adverb, before a noun or the words that modify it, describes the noun.
    const described = t.pos === 'VERB' && before.pos === 'ADV' && /ed$/.test(t.lower) && ['NOUN', 'ADJ', 'NUM'].includes(tokens[i + 1]?.pos ?? '');
    const afterAdverb = described && (tokens[i - 2]?.pos === 'DET' || tokens[i - 2]?.lower === "'s" || g.possessives.has(tokens[i - 2]?.lower ?? ''));
    // "proposed in a video address that …": a verb's bare form cannot follow a singular noun after an article as its
    // subject ("a video addresses"), so the two make one noun; unless a verb before the article makes the noun its
    // object and the bare form its complement ("let the government decide"). Not before an object: a past form may be
    // the bare one ("the text put more weight on …").
    const unattached = ['ADP', 'SCONJ', 'PUNCT'].includes(tokens[i + 1]?.pos ?? 'PUNCT');
    const compound = t.pos === 'VERB' && t.lower === t.lemma && unattached && before.pos === 'NOUN' && !before.lower.endsWith('s') && g.inList('articles', tokens[i - 2]?.lower ?? '') && !['VERB', 'AUX'].includes(tokens[i - 3]?.pos ?? '');
    if (afterAdverb) tokens[i] = { ...t, pos: 'ADJ' };
    else if (t.pos === 'VERB' && (article || afterOf || possessive || such || compound || afterDemonym(tokens, i, g, adjectives))) tokens[i] = { ...t, pos: 'NOUN', lemma: t.lower };
    else if (t.pos === 'ADV' && !quoted && nominal && ((opened && !/ly$/.test(t.lower)) || (determined && g.inList('ordinals', t.lower)))) tokens[i] = { ...t, pos: 'ADJ' };
  }
}

/**
 * "the Iranian launch", "the North Korean test": a verb's bare form right after a determiner and a state's adjective
 * (`adjectives`, the singular ones of the country table) is the noun they modify, since the adjective cannot be its
 * subject: after "the Houthis" a bare form is the verb.
 */
function afterDemonym(tokens: readonly Token[], i: number, g: Pick<GrammarSets, 'inList' | 'possessives'>, adjectives: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  if (t.lower !== t.lemma || !adjectives.has(tokens[i - 1]?.lower ?? '')) return false;
  let k = i - 1;
  while (k > 0 && ['PROPN', 'ADJ'].includes(tokens[k]!.pos) && i - k <= 3) k--;
  const opener = tokens[k];
  return k < i - 1 && !!opener && (g.inList('articles', opener.lower) || g.possessives.has(opener.lower) || opener.lower === "'s");
}

/**
 * "condemned Azerbaijan's offensive", "a new ground offensive in the north": a noun of an act that the tagger reads as
 * an adjective is the head of its phrase when it ends the phrase after a determiner, a possessive or a modifier. After
 * a plural noun it stays an adjective: "called the remarks offensive".
 */
export function retagActNounsReadAsAdjectives(tokens: Token[], g: Pick<GrammarSets, 'recentActs' | 'possessives'>): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' || !g.recentActs.has(t.lower)) continue;
    const after = tokens[i + 1];
    if (after && ['NOUN', 'PROPN', 'ADJ'].includes(after.pos)) continue;
    const before = tokens[i - 1]!;
    const modified = before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'PROPN' || before.lower === "'s" || g.possessives.has(before.lower) || (before.pos === 'NOUN' && before.lower === before.lemma);
    if (modified) tokens[i] = { ...t, pos: 'NOUN', lemma: t.lower };
  }
}

/**
 * "will lower the level of relations", "would first pay a state visit": a known verb read as an adjective or noun right
 * after a modal, or after a modal and an adverb of sequence, before its object.
 */
export function retagAfterModal(tokens: Token[], g: Pick<GrammarSets, 'modals' | 'inList'>, knownVerbs: ReadonlySet<string>): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const object = ['DET', 'PRON', 'PROPN'].includes(tokens[i + 1]!.pos);
    const sequence = i >= 2 && g.inList('sequence_adverbs', tokens[i - 1]!.lower) && g.modals.has(tokens[i - 2]!.lower);
    if (!(g.modals.has(tokens[i - 1]!.lower) || sequence) || (t.pos !== 'ADJ' && t.pos !== 'NOUN') || !object || !knownVerbs.has(t.lower)) continue;
    tokens[i] = { ...t, pos: 'VERB', lemma: t.lower };
    if (sequence) tokens[i - 1] = { ...tokens[i - 1]!, pos: 'ADV' };
  }
}
