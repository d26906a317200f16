import { describe, expect, it } from 'vitest';
import { Readout } from '../../engine.js';
import { dyadChecks } from '../../../test/dyads.js';
import type { EnLanguagePack } from './index.js';
import type { Mention } from './mentions.js';
import { newNameMemory, type NameMemory } from './names.js';

const en = new Readout().pack('en') as EnLanguagePack;
const newMemory = (): NameMemory => newNameMemory();

function mentions(text: string, date: string | null = '2024-05-10', memory = newMemory()): Mention[] {
  return en.parse(text, date, memory).mentions;
}

/** The actor mention whose words include `phrase`; fails the test when there is none. */
function mention(text: string, phrase: string, date?: string | null, memory?: NameMemory): Mention {
  const all = mentions(text, date, memory);
  const found = all.find((m) => m.actor && m.text.includes(phrase));
  if (!found) throw new Error(`no actor mention containing ${phrase} in ${text}: ${all.map((m) => m.text).join(' | ')}`);
  return found;
}

interface Row {
  what: string;
  text: string;
  phrase: string;
  code: string;
  country: string | null;
  name?: string;
  role?: string;
  date?: string;
}

describe('findMentions: one actor per phrase', () => {
  const rows: Row[] = [
    { what: 'a country name', text: 'Mongolia signed a transit deal with Kazakhstan.', phrase: 'Mongolia', code: 'MNG', country: 'MNG' },
    { what: 'a country name with an article', text: 'The United States imposed sanctions.', phrase: 'United States', code: 'USA', country: 'USA' },
    { what: 'a dotted abbreviation', text: 'The U.S. imposed sanctions.', phrase: 'U.S.', code: 'USA', country: 'USA' },
    { what: 'a person of the tables with the office held on the date', text: 'Sergei Lavrov arrived in Beijing.', phrase: 'Lavrov', code: 'RUSGOV', country: 'RUS', name: 'Sergey Lavrov', role: 'Minister of Foreign Affairs' },
    { what: 'a person whose office changed', text: 'Wang Yi met the delegation.', phrase: 'Wang Yi', code: 'CHNGOV', country: 'CHN', role: 'Director of the Central Foreign Affairs Office', date: '2023-03-01' },
    { what: 'the same person after the change', text: 'Wang Yi met the delegation.', phrase: 'Wang Yi', code: 'CHNGOV', country: 'CHN', role: 'Minister of Foreign Affairs', date: '2023-09-01' },
    { what: 'a person out of office on the date', text: 'Donald Trump criticised the deal.', phrase: 'Trump', code: 'USAELI', country: 'USA', date: '2023-06-01' },
    { what: 'demonym + title + name', text: 'Russian Foreign Minister Sergei Lavrov met Wang Yi.', phrase: 'Lavrov', code: 'RUSGOV', country: 'RUS', name: 'Sergey Lavrov' },
    { what: 'a title + name without a state', text: 'National Security Advisor Jake Sullivan met Wang Yi.', phrase: 'Sullivan', code: 'USAGOV', country: 'USA', role: 'National Security Adviser' },
    { what: 'state + title + a name the tables do not know', text: 'Brazilian Foreign Minister Mauro Vieira arrived in Lima.', phrase: 'Vieira', code: 'BRAGOV', country: 'BRA', name: 'Mauro Vieira', role: 'Minister of Foreign Affairs' },
    { what: "state's + title", text: "China's foreign ministry criticised the move.", phrase: 'foreign ministry', code: 'CHNGOV', country: 'CHN' },
    { what: 'a title of a state ("of")', text: 'The foreign minister of Brazil arrived.', phrase: 'minister of Brazil', code: 'BRAGOV', country: 'BRA' },
    { what: 'a body that belongs to one state', text: 'The Treasury Department imposed sanctions.', phrase: 'Treasury Department', code: 'USAGOV', country: 'USA' },
    { what: 'the Kremlin', text: 'The Kremlin rejected the accusation.', phrase: 'Kremlin', code: 'RUSGOV', country: 'RUS' },
    { what: 'a royal title before a known name', text: 'Prince Mohammed bin Salman received Zelensky in Jeddah.', phrase: 'Mohammed bin Salman', code: 'SAUGOV', country: 'SAU' },
    { what: 'a capital for its government', text: 'Washington condemned the attack.', phrase: 'Washington', code: 'USAGOV', country: 'USA' },
    { what: 'the Turkish Cypriot leadership, with the one state that recognises it', text: 'Turkish Cypriot leader Ersin Tatar flew to Ankara.', phrase: 'Tatar', code: 'TURGOV', country: 'TUR', date: '2021-04-27' },
    { what: 'officials sent by a state', text: 'Officials from Kenya arrived in Addis Ababa.', phrase: 'Kenya', code: 'KENGOV', country: 'KEN' },
    { what: 'mediators sent by a state', text: 'The talks were led by mediators from Norway.', phrase: 'Norway', code: 'NORGOV', country: 'NOR' },
    { what: 'a state + body', text: 'The Israeli military said it struck Gaza.', phrase: 'Israeli military', code: 'ISRMIL', country: 'ISR' },
    { what: 'demonym + plural body', text: 'Iranian firms were sanctioned.', phrase: 'Iranian firms', code: 'IRNBUS', country: 'IRN' },
    { what: 'an international organisation', text: 'The European Union imposed sanctions.', phrase: 'European Union', code: 'EEC', country: null },
    { what: 'an organisation by its name before 1993', text: 'The European Community recognised Slovenia.', phrase: 'European Community', code: 'EEC', country: null, date: '1992-01-15' },
    { what: 'an organisation by its short name', text: 'The Commonwealth suspended Fiji.', phrase: 'Commonwealth', code: 'CWN', country: null },
    { what: 'a state whose long name holds the short name of an organisation', text: 'The Commonwealth of Australia signed.', phrase: 'Commonwealth of Australia', code: 'AUS', country: 'AUS' },
    { what: 'an organisation by its acronym', text: 'NATO allies met in Brussels.', phrase: 'NATO', code: 'NAT', country: null },
    { what: 'an organisation official', text: 'UN Secretary-General Antonio Guterres called for calm.', phrase: 'Guterres', code: 'UNO', country: null },
    { what: 'a body of an organisation', text: 'The UN Security Council adopted a resolution.', phrase: 'Security Council', code: 'UNO', country: null },
    { what: 'an armed group with a home country', text: 'Hamas fired rockets.', phrase: 'Hamas', code: 'HMS', country: 'PSE' },
    { what: "an armed group's commander, in the group's home country as its name is", text: 'Blinken spoke with Hemedti.', phrase: 'Hemedti', code: 'RSF', country: 'SDN', date: '2023-06-20' },
    { what: 'a name written without its accents', text: 'Jens Plotner met the delegation.', phrase: 'Plotner', code: 'DEUGOV', country: 'DEU', name: 'Jens Plötner' },
    { what: 'a family name that one office holder of the tables bears', text: 'Xi met the delegation.', phrase: 'Xi', code: 'CHNGOV', country: 'CHN', name: 'Xi Jinping' },
    { what: 'a family name with its capitalised particle', text: 'Le Drian held talks with Araujo.', phrase: 'Le Drian', code: 'FRAGOV', country: 'FRA', name: 'Jean-Yves Le Drian', date: '2019-07-29' },
    { what: 'a Flemish family name with its particle', text: 'Van Rompuy met the delegation.', phrase: 'Van Rompuy', code: 'EEC', country: null, name: 'Herman Van Rompuy', date: '2012-07-02' },
    { what: 'a sub-national place for its country', text: 'Russian troops shelled Kharkiv.', phrase: 'Kharkiv', code: 'UKRGOV', country: 'UKR' },
    { what: 'a former state in news of its time, as its successor', text: 'Britain condemned the Soviet Union.', phrase: 'Soviet Union', code: 'RUS', country: 'RUS', date: '1991-01-14' },
    { what: "a former state's adjective", text: 'Soviet troops stormed the television tower.', phrase: 'Soviet troops', code: 'RUSMIL', country: 'RUS', date: '1991-01-14' },
    { what: 'Yugoslavia before its renaming', text: 'NATO warned Yugoslavia.', phrase: 'Yugoslavia', code: 'SRB', country: 'SRB', date: '1999-03-20' },
  ];
  it.each(rows)('$what: $phrase', ({ text, phrase, code, country, name, role, date }) => {
    const m = mention(text, phrase, date ?? '2024-05-10');
    expect(m.actor!.code).toBe(code);
    expect(m.actor!.country).toBe(country);
    if (name) expect(m.actor!.name).toBe(name);
    if (role) expect(m.actor!.role).toBe(role);
  });
});

describe('findMentions: a named person "of" a state', () => {
  it('gives a name the tables lack the state after "of"', () => {
    const m = mention('Macron hosted President Taro Examplov of Kazakhstan in Paris.', 'Examplov');
    expect(m.text).toBe('President Taro Examplov of Kazakhstan');
    expect(m.actor?.code).toBe('KAZGOV');
    expect(m.person).toBe(true);
  });
  it('keeps a person of the tables as that person', () => {
    expect(mention('Biden hosted President Shavkat Mirziyoyev of Uzbekistan.', 'Mirziyoyev', '2023-09-19').actor?.name).toBe('Shavkat Mirziyoyev');
  });
});

describe('findMentions: what is not an actor', () => {
  it('leaves a former state in later news as history, no party', () => {
    expect(mentions('Putin mourned the collapse of the Soviet Union.', '2005-04-25').filter((m) => m.actor?.country === 'RUS').map((m) => m.text)).toEqual(['Putin']);
  });
  it.each([
    ['the pronoun "us"', 'He told us about the talks.'],
    ['a title with no state in context', 'The foreign minister arrived late.'],
    ['a capitalised word that is no name', 'Meanwhile, talks continued.'],
    ['a family name several office holders bear', 'Kim met the delegation.'],
    ['a family name of someone out of office on the date', 'Sullivan met the delegation.', '2025-06-01'],
    // Waters named after a state, with or without the article that "the Gulf" (the Persian Gulf) also opens.
    ['a gulf named after a state', 'The tanker was seized in the Gulf of Oman.'],
    ['a gulf named after a state, without its article', 'Tanker seized in Gulf of Aden'],
  ])('%s', (_what, text, date?: string) => expect(mentions(text, date ?? '2024-05-10').filter((m) => m.actor)).toEqual([]));

  it('keeps a capital after "in" as a mention (the role decides it is a place)', () => {
    expect(mention('Xi met Lula in Beijing.', 'Beijing').actor!.place).toBe('Beijing');
  });
});

describe('findMentions: references and names learnt in the document', () => {
  it('marks pronouns, relative pronouns and "the two leaders"', () => {
    const found = mentions('He said the two leaders, who met in Paris, agreed.');
    expect(found.map((m) => [m.text, m.ref ?? (m.relative ? 'relative' : m.pluralSize)])).toEqual([
      ['He', 'person'],
      ['the two leaders', 2],
      ['who', 'relative'],
      ['Paris', undefined],
    ]);
  });

  it('learns a surname from a full name of the tables, family name first where the state writes so', () => {
    const memory = newMemory();
    mentions('Chinese President Xi Jinping met Brazilian President Luiz Inácio Lula da Silva.', '2024-05-10', memory);
    expect(mention('Xi thanked him.', 'Xi', '2024-05-10', memory).actor!.name).toBe('Xi Jinping');
  });

  it('learns a name the tables do not know from its title', () => {
    const memory = newMemory();
    mentions('Brazilian Foreign Minister Mauro Vieira arrived.', '2024-05-10', memory);
    expect(mention('Vieira met Blinken.', 'Vieira', '2024-05-10', memory).actor!.code).toBe('BRAGOV');
  });

  it('gives a name the office in apposition, either side', () => {
    expect(mention("Mauro Vieira, Brazil's foreign minister, met Blinken.", 'Mauro Vieira').actor!.code).toBe('BRAGOV');
    expect(mention("Brazil's foreign minister, Mauro Vieira, met Blinken.", 'Mauro Vieira').actor!.code).toBe('BRAGOV');
  });

  it('ends an apposition at a verb: the office after it is the object\'s', () => {
    const all = mentions("Fiji's prime minister, Commodore Frank Bainimarama, gave Australian High Commissioner James Batley 24 hours to leave.");
    expect(all.find((m) => m.text.includes('Bainimarama'))?.actor?.country).not.toBe('AUS');
  });

  it('takes the office in apposition, not the place it is based in', () => {
    expect(mention('Blinken met Ziad al-Nakhalah, the Beirut-based leader of Islamic Jihad.', 'Nakhalah').actor!.code).toBe('ISJ');
  });

  it('resolves an office with no state named to the holder named earlier', () => {
    const memory = newMemory();
    mentions('Russian Foreign Minister Sergei Lavrov arrived.', '2024-05-10', memory);
    expect(mention('The foreign minister met Wang Yi.', 'foreign minister', '2024-05-10', memory).actor!.name).toBe('Sergey Lavrov');
  });

  it('resolves a shorter name of a body to the body last named with it, before the state of the dateline', () => {
    const memory = newNameMemory(en.lexicon.countriesByCode.get('MYS')!);
    mentions("North Korea's foreign ministry called the handover a crime.", '2021-03-19', memory);
    expect(mention('The ministry also warned the United States.', 'ministry', '2021-03-19', memory).actor!.code).toBe('PRKGOV');
  });

  it('does not give a family name learnt from one person to a longer name the tables lack', () => {
    const memory = newMemory();
    mentions('Albright met South Korean President Kim Dae-jung in Seoul.', '2000-10-25', memory);
    expect(mention('North Korean Vice Foreign Minister Kim Gye Gwan left for Beijing.', 'Kim', '2000-10-25', memory).actor!.country).toBe('PRK');
    // A word that starts a name the tables know ends the learnt one.
    const other = newMemory();
    mentions('Albright met South Korean President Kim Dae-jung in Seoul.', '2000-10-25', other);
    expect(mention('Albright told Kim North Korea must stop its missile tests.', 'Kim', '2000-10-25', other).actor!.country).toBe('KOR');
  });

  it("resolves the article's own body to the state of the dateline", () => {
    const memory = newNameMemory(en.lexicon.countriesByCode.get('CHN')!);
    expect(mention('The foreign ministry criticised the move.', 'foreign ministry', '2024-05-10', memory).actor!.code).toBe('CHNGOV');
  });

  it('resolves a body with no state named to the state of the person of the tables who reports on it, before the dateline', () => {
    const memory = newNameMemory(en.lexicon.countriesByCode.get('UKR')!);
    expect(mention('Sergei Lavrov told reporters in Moscow that the government would respond.', 'government', '2024-05-10', memory).actor!.code).toBe('RUSGOV');
    // Not when a party of another state is named between.
    const other = newNameMemory(en.lexicon.countriesByCode.get('UKR')!);
    expect(mention('Sergei Lavrov said Kyiv and the government were to blame.', 'government', '2024-05-10', other).actor!.code).toBe('UKRGOV');
  });

  it('resolves a body English news means of one state to that state, before the state of the dateline', () => {
    const memory = newNameMemory(en.lexicon.countriesByCode.get('EGY')!);
    expect(mention('Cairo urged the administration to lift the tariffs.', 'administration', '2024-05-10', memory).actor!.code).toBe('USAGOV');
    // One of its holders named before still comes first.
    const named = newNameMemory(en.lexicon.countriesByCode.get('EGY')!);
    mentions('The Kenyan administration said it would reply.', '2024-05-10', named);
    expect(mention('Cairo urged the administration to lift the tariffs.', 'administration', '2024-05-10', named).actor!.code).toBe('KENGOV');
  });
});

describe('a family name alone', () => {
  const { dyads } = dyadChecks('en', '2024-04-10');
  it.each([
    // Of two Sullivans in the tables, one is in office on the day.
    ['Sullivan met with Wang Yi in Vienna.', ['USA 04 CHN']],
    // A family name with a particle after it is the start of a longer name, not a known bearer of the name.
    ['Houthi official Hussein al-Ezzi said America and Britain would pay a heavy price.', ['YEM 13 GBR', 'YEM 13 USA']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe("an organisation's other names", () => {
  const { dyads } = dyadChecks('en', '1999-07-12');
  it.each([
    // "the world body" is the United Nations; the Organisation of African Unity takes the African Union's code.
    ["Belgrade barred the world body's envoy from Kosovo.", ['SRB 16 UNO']],
    ['Libya hosted a summit of the Organization of African Unity in Sirte.', ['AFU 04 LBY', 'LBY 04 AFU']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a family name before another name word', () => {
  const { dyads } = dyadChecks('en', '2004-03-22');
  it.each([
    // It opens a longer name, unless that word names someone in office on the day (no Yassin was in 2004).
    ['Israel killed Hamas founder Sheikh Ahmed Yassin.', ['ISR 19 PSE']],
    ['Sheikh Ahmed Yassin met Putin.', []],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('an honorific before a name the tables know', () => {
  const { dyads } = dyadChecks('en', '2017-07-11');
  it.each([
    // The longer name known without the honorific goes on past a shorter one known with it.
    ['Tillerson met Sheikh Sabah al-Ahmad al-Sabah in Kuwait City.', ['USA 04 KWT']],
    ['Tillerson met Sheikh Sabah al-Ahmad in Kuwait City.', ['USA 04 KWT']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a royal title with a given name', () => {
  const { dyads } = dyadChecks('en', '2011-11-12');
  it.each([
    // It names the one person an alias of the tables gives it to ("Prince Saud al-Faisal"), not two ("King Abdullah"
    // was the Saudi and the Jordanian king).
    ['Hillary Clinton held talks with Prince Saud in Riyadh.', ['USA 04 SAU']],
    ['King Abdullah met Obama in Washington.', []],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a body\'s word before a noun of an act', () => {
  const { dyads } = dyadChecks('en', '2023-09-19');
  it.each([
    // "military" is then an adjective, not the armed forces named earlier.
    ['Armenian armed forces withdrew. Azerbaijan shelled Armenian positions. The EU condemned the military escalation.', ['AZE 19 ARM', 'EEC 11 AZE']],
    ['Fiji\'s military regime expelled the envoy. New Zealand condemned the military regime.', ['NZL 11 FJI']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a minister the tables do not know', () => {
  const { dyads } = dyadChecks('en', '2023-08-28');
  it.each([
    // The dateline's state, or the state the sentence is set in.
    ['TOKYO, Aug 28 (AP) - Vice Foreign Minister Masataka Okano summoned China\'s acting ambassador.', ['JPN 11 CHN']],
    ['MINSK, Aug 28 (AP) - In Warsaw, Foreign Ministry spokesman Marcin Bosacki condemned Belarus.', ['POL 11 BLR']],
    // A possessive before names the state, for each office of the list.
    ['LONDON, Aug 28 (AP) - Britain sanctioned Israel\'s Security Minister Itamar Ben-Gvir and Finance Minister Bezalel Smotrich.', ['GBR 16 ISR']],
    // An envoy or a diplomat may be anyone's.
    ['RIYADH, Aug 28 (AP) - Envoy Daniel Marsh met Russia\'s Oleg Sorokin.', []],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe("a state's envoy to an organisation", () => {
  const { dyads } = dyadChecks('en', '2006-10-14');
  it.each([
    ["China's UN envoy Wang Guangya criticised Japan.", ['CHN 11 JPN']],
    ["North Korea's U.N. ambassador, Kim Chol Su, criticised Japan.", ['PRK 11 JPN']],
    // The organisation's own envoy.
    ['U.N. envoy Ibrahim Gambari criticised Myanmar.', ['UNO 11 MMR']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});
