import { describe, expect, it } from 'vitest';
import { dyadChecks } from '../../../test/dyads.js';

const { dyads } = dyadChecks('en', '2024-04-10');

describe('accusations and criticism told with a phrase', () => {
  it.each([
    ['Israel struck Iran. Tehran called the strikes an act of war.', ['IRN 11 ISR', 'ISR 19 IRN']],
    ['Kenya said Haiti\'s gangs were behind the attack.', ['KEN 11 HTI']],
    ['Washington held Tehran responsible for the attack.', ['USA 11 IRN']],
    ['Blinken determined that Russia had committed crimes against humanity.', ['USA 11 RUS']],
    // What an accusation alleges is not coded as done, nor what a plot is for.
    ['Moscow accused Kyiv of attacking the Zaporizhzhia nuclear plant.', ['RUS 11 UKR']],
    ['The United States accused Iran of a plot to kill the Saudi ambassador.', ['USA 11 IRN']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));

  it.each([
    // An evaluation in a phrase after what is named evaluates no one.
    ['Japan held talks with Australia on illegal fishing.', ['JPN 04 AUS']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('threat idioms with words between', () => {
  it.each([
    ['Iran said Israel would pay an even steeper price.', ['IRN 13 ISR']],
    // The tagger reads "that" as a pronoun after "in a statement".
    ['Biden said in a statement that Putin would face the most serious consequences.', ['USA 13 RUS']],
    // A warning's clause threatens the act's author as a report's does.
    ['Iran warned that any attack by Israel would be met with a crushing response.', ['IRN 13 ISR']],
    ['Kyiv warned that any provocation by Russia would be met with an immediate military response.', ['UKR 13 RUS']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('sanctions and reduced relations', () => {
  it.each([
    ['The U.S. Commerce Department added 12 Chinese companies to the Entity List.', ['USA 16 CHN']],
    ['Niger suspended military cooperation with the United States.', ['NER 16 USA']],
    ['Venezuela said it was withdrawing its diplomatic staff from Argentina, Chile and Peru.', ['VEN 16 ARG', 'VEN 16 CHL', 'VEN 16 PER']],
    // An act on the subject's own side means whoever did it.
    ['The EU sanctioned Chinese firms. China opposed the listing of Chinese companies.', ['CHN 11 EEC', 'EEC 16 CHN']],
    ['Russia vetoed a U.S.-drafted resolution at the Security Council.', ['RUS 12 USA']],
    // The drafter before a body named in the phrase is still the text's author.
    ['Moscow vetoed a French-drafted Security Council resolution on Syria.', ['RUS 12 FRA']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('shows of force and coercion', () => {
  it.each([
    ['China held live-fire drills around Taiwan on Saturday.', ['CHN 15 TWN']],
    ['Russia massed troops near the Ukrainian border.', ['RUS 15 UKR']],
    ['Russian authorities detained a U.S. journalist on espionage charges.', ['RUS 17 USA']],
    ['Iran seized a Portuguese-flagged container ship in the Gulf.', ['IRN 17 PRT']],
    ['Ecuadorian police forced their way into the Mexican embassy.', ['ECU 17 MEX']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));

  it.each([
    // Drills with a partner are cooperation; arresting one's own citizens has no other party.
    ['Russia and Belarus held joint military exercises.', ['RUS 06 BLR']],
    ['Chinese police arrested a Chinese activist.', []],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('appeals for detainees', () => {
  it('codes "raised the case of" as an appeal to the one it is raised with', () => {
    expect(dyads('Blinken raised the case of Evan Gershkovich with Lavrov.', { digits: 4 })).toEqual(['USA 0253 RUS']);
  });
});

describe('coordinated verbs after a reported participle clause', () => {
  it('shares the subject of the main clause, not of what the participle reports', () => {
    const text = 'Canada sanctioned Israeli settlers. Rubio condemned the sanctions, saying they did not advance U.S.-led efforts, and urged Canada to reverse them.';
    expect(dyads(text)).toContain('USA 02 CAN');
    expect(dyads(text)).not.toContain('CAN 02 USA');
  });
});

describe('expulsions and strikes as wire copy words them', () => {
  it.each([
    ['Germany, France and Poland each told four Russian diplomats to leave.', ['DEU 16 RUS', 'FRA 16 RUS', 'POL 16 RUS']],
    ['Lithuania and the Czech Republic expelled three Russian diplomats each.', ['CZE 16 RUS', 'LTU 16 RUS']],
    // "each" after another clause's subject makes no reciprocal expulsion.
    ['Germany and Poland each condemned Russia, while Lithuania and Latvia expelled Russian diplomats.', ['DEU 11 RUS', 'LTU 16 RUS', 'LVA 16 RUS', 'POL 11 RUS']],
    ['U.S. and British warships and submarines fired Tomahawk missiles at Libya.', ['GBR 19 LBY', 'USA 19 LBY']],
    ['Turkish F-16 fighters shot down a Russian warplane near the Syrian border.', ['TUR 19 RUS']],
    // One member of an organisation, unnamed, is no party.
    ['It was the first time that a NATO member had shot down a Russian aircraft.', []],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a hostile act its author tells of as still to come', () => {
  it.each([
    ['North Korea warned it would keep up strikes on South Korea.', ['PRK 13 KOR']],
    ['North Korea said it would strike South Korea again.', ['PRK 13 KOR']],
    // Sanctions a party says it will impose are announced, not threatened.
    ['Russia said it would impose sanctions on Moldova.', ['RUS 16 MDA']],
    // Told of another party, it is a forecast, no threat.
    ['Biden said Russia would invade Ukraine.', ['RUS 19 UKR']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('wordings of praise, scorn and cutting ties', () => {
  it.each([
    // A party named as one to praise is praised; named as one to scorn, criticised.
    ['Putin called Xi a dear friend.', ['RUS 05 CHN']],
    ['Erdogan described Russia as a reliable partner.', ['TUR 05 RUS']],
    ['Biden called Putin a killer.', ['USA 11 RUS']],
    // What is named a success praises no party named.
    ['Modi called the summit a great success.', []],
    ['Russia mocked the U.S. move.', ['RUS 11 USA']],
    ['Germany accused Russia of poisoning Navalny. Moscow brushed the allegations aside.', ['DEU 11 RUS', 'RUS 01 DEU']],
    ['Trudeau accused India of involvement in the killing. India strongly rejects these preposterous imputations.', ['CAN 11 IND', 'IND 11 CAN']],
    ['Australia tore up a multibillion-dollar submarine deal with France.', ['AUS 16 FRA']],
    ['China suspended military dialogues with the United States.', ['CHN 16 USA']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('complaints about acts, and peoples that are no states', () => {
  it.each([
    // "ethnic Turkmen" are a people, not Turkmenistan.
    ['Turkey has complained for weeks about Russian air strikes on ethnic Turkmen villages.', ['TUR 11 RUS']],
    ['Japan complained to China about the drills.', ['JPN 11 CHN']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('readout wordings of a meeting', () => {
  it.each([
    ['Blinken confronted Wang Yi over the balloon.', ['USA 11 CHN']],
    ['Blinken met Wang Yi. The two men sat down on the sidelines of the conference.', ['USA 04 CHN']],
    ['Blinken sat down with Wang Yi in Munich.', ['USA 04 CHN']],
    // The meeting an act took place in is coded too: it is where, not what is judged.
    ['Trump confronts Ramaphosa with claims in tense Oval Office meeting', ['USA 04 ZAF', 'USA 11 ZAF']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('what a party is expected to do', () => {
  it.each([
    ['The EU said it expected Indonesia to bring its measures into line with WTO rules.', ['EEC 10 IDN']],
    ['Paris expected Erdogan to change the course.', ['FRA 10 TUR']],
    // A visit expected is planned, not demanded.
    ['Biden expects Xi to visit Washington next year.', ['CHN 04 USA']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('adjectives joined by a hyphen to "ever"', () => {
  it.each([
    ['China pressed ahead with its largest-ever military exercises around Taiwan.', ['CHN 15 TWN']],
    ['Modi made a first-ever visit to Poland.', ['IND 04 POL']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('water cannon', () => {
  it.each([
    ['A Chinese coast guard ship fired a water cannon at a Philippine boat.', ['CHN 18 PHL']],
    ['The Chinese coast guard blasted a Philippine vessel with a water cannon.', ['CHN 18 PHL']],
    ["China's coast guard used water cannon against Philippine vessels.", ['CHN 18 PHL']],
    // Blasting a party in words stays criticism.
    ['Beijing blasted Manila over the resupply mission.', ['CHN 11 PHL']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('measures and the people they are aimed at', () => {
  it.each([
    ['Britain has today sanctioned six individuals in charge of Russian prisons.', ['GBR 16 RUS']],
    ['Obama announced new U.S. measures against Russian banks.', ['USA 16 RUS']],
    // Measures aimed at no party are no sanctions.
    ['Japan announced measures to support Ukraine.', ['JPN 05 UKR']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('responses promised', () => {
  it.each([
    ['Israel struck Iran. Khamenei said Iran would deliver a crushing response to any attack.', ['IRN 13 ISR', 'ISR 19 IRN']],
    ['Germany expelled two Russian diplomats. Zakharova said Russia would respond in kind.', ['DEU 16 RUS', 'RUS 13 DEU']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('handshakes and talks led', () => {
  it.each([
    ['Trump and Kim Jong Un shook hands in Singapore.', ['USA 04 PRK']],
    ['Putin shook hands with Xi.', ['RUS 04 CHN']],
    ['Wang Yi led the talks with Iran on behalf of China.', ['CHN 04 IRN']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('"the people of" a state', () => {
  it.each([
    ['Biden offered condolences to the people of Morocco.', ['USA 01 MAR']],
    ['Biden expressed support for the people of Ukraine.', ['USA 05 UKR']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('more words that condemn what they name', () => {
  it.each([
    ['North Korea shelled South Korea. Japan called the attack unforgivable.', ['JPN 11 PRK', 'PRK 19 KOR']],
    ['Hamas attacked Israel. Biden called the attack barbaric.', ['PSE 19 ISR', 'USA 11 PSE']],
    ['Germany said the winter had been brutal.', []],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a verb form that is a noun: after an object in a headline, or after a noun before "and"', () => {
  it.each([
    // "jet" after "downs Russian" is the object's noun.
    ['Turkey downs Russian jet near Syria border', ['TUR 19 RUS']],
    // A verb form in a hyphenated compound ("shoot-down") leaves the headline without a verb of its own.
    ['Blinken presses Wang Yi over balloon in first talks since shoot-down', ['USA 02 CHN', 'USA 04 CHN']],
    // A noun of an act after a noun, before "and": "rocket launch" is no subject and verb.
    ['The Security Council condemned the North Korean rocket launch and widened sanctions on Pyongyang.', ['UNO 11 PRK', 'UNO 16 PRK']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('suspensions, answers demanded and more words of disapproval', () => {
  it.each([
    ['African Union suspends Sudan over deadly crackdown, demands civilian rule', ['AFU 10 SDN', 'AFU 16 SDN']],
    // Talks suspended name no party to suspend.
    ['Sudan suspended talks.', []],
    ['Germany demanded answers from Moscow.', ['DEU 10 RUS']],
    ['Russia sanctioned Britain. Britain called the move destructive.', ['GBR 11 RUS', 'RUS 16 GBR']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a headline verb after a comma', () => {
  it.each([
    ['China halts cyber talks, summons U.S. envoy over hacking charges', ['CHN 11 USA']],
    ['Turkey recalls envoy, cancels drills with Israel after deadly flotilla raid', ['TUR 16 ISR']],
    // An infinitive in the headline is no verb of its own; a participle after a verb describes its object.
    ['ASEAN leaders press Myanmar junta chief to end violence', ['ASN 02 MMR']],
    ['Pakistan to free captured Indian pilot as peace gesture', ['PAK 08 IND']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('what two parties trade or do to each other', () => {
  it.each([
    ['India and China traded accusations.', ['CHN 11 IND', 'IND 11 CHN']],
    ["Canada and India expelled each other's diplomats.", ['CAN 16 IND', 'IND 16 CAN']],
    // Fire exchanged stays one symmetric clash.
    ['Thailand and Cambodia exchanged fire.', ['THA 19 KHM']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a travel verb in the passive', () => {
  it.each([
    // "headed by" names who leads; only the visit that is due is coded.
    ['Ethiopian Prime Minister Abiy Ahmed is expected in Khartoum to revive talks between the protesters and the military council headed by Lieutenant General Abdel Fattah al-Burhan.', ['ETH 04 SDN']],
    ['Xi headed to Moscow.', ['CHN 04 RUS']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a named actor after "to"', () => {
  it.each([
    // The tagger reads "to French" as an infinitive.
    ['Scholz spoke to French President Emmanuel Macron on Monday.', ['DEU 04 FRA']],
    ['Erdogan complained to German Chancellor Olaf Scholz about the ban.', ['TUR 11 DEU']],
  ])('%s', (text, expected) => expect(dyads(text, { published: '2023-05-10' })).toEqual(expected));
});

describe('a last word read as an adjective ends its phrase', () => {
  it.each([
    // "chief" is tagged as an adjective after "station".
    ['Austria told the Russian station chief in Vienna to leave the country.', ['AUT 17 RUS']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a visit or meeting said not to come', () => {
  it.each([
    ['The Kremlin said Putin would not travel to Brazil for the summit.', ['RUS 12 BRA']],
    ['Xi will not meet Biden in Bali.', ['CHN 12 USA']],
    // A visit that did not happen is no refusal.
    ['Putin did not visit Brazil last year.', []],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a visit or meeting the passive says was put off', () => {
  it.each([
    ["Modi's visit to Washington has been postponed.", ['IND 12 USA']],
    // A past participle between commas describes the subject, which is still the passive's.
    ["Erdogan's trip to Athens, planned for next month, was cancelled on Friday.", ['TUR 12 GRC']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a naming verb inside a free relative', () => {
  it('only names what is condemned', () => {
    expect(dyads('Israeli jets struck Beirut on Monday. The Foreign Ministry condemned what it called the brutal assault on Beirut.')).toEqual(['ISR 19 LBN']);
  });
});
