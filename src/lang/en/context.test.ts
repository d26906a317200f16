import { describe, expect, it } from 'vitest';
import { dyadChecks } from '../../../test/dyads.js';

const { dyads, coded } = dyadChecks('en', '2024-04-10');

describe('a comma and "and" before parties and a verb', () => {
  it('open a clause, not a list of the object', () => {
    const text = 'Saudi Crown Prince Mohammed bin Salman arrived in Rawalpindi. Pakistani fighter jets escorted his plane, and Prime Minister Imran Khan and army chief Qamar Javed Bajwa greeted him.';
    expect(dyads(text, { published: '2019-02-18' })).toEqual(['PAK 04 SAU', 'SAU 04 PAK']);
  });
});

describe('a verb after ", and" past a clause of condition, reason or time', () => {
  it('shares the subject of the clause before that one', () => {
    const text = "The U.S. sanctioned North Korea's leader. North Korea warned that every channel would be cut off if Washington refused, and promised strong countermeasures.";
    expect(dyads(text)).toEqual(['PRK 13 USA', 'USA 16 PRK']);
  });
});

describe('a subject listed on after its "of" phrase', () => {
  it('keeps all the parties, not only those after the comma', () => {
    const text = 'President George Bush and the presidents of Colombia, Peru and Bolivia signed a declaration against the cocaine trade.';
    expect(dyads(text, { published: '1990-02-15' })).toEqual(['COL 05 BOL', 'COL 05 PER', 'PER 05 BOL', 'USA 05 BOL', 'USA 05 COL', 'USA 05 PER']);
  });
});

describe('a headline that tells a party something', () => {
  it('gives way to the meeting the story names, even in passing, as the exchange of "the two leaders"', () => {
    const text = 'Biden and Scholz tell Iran it must stop enriching uranium\n\nBERLIN, April 9 (Wire) - President Joe Biden and Chancellor Olaf Scholz closed ranks against Tehran at a hastily arranged summit in Berlin. The two leaders issued a joint statement.';
    expect(dyads(text, { digits: 3 })).toEqual(['USA 040 DEU', 'USA 057 DEU', 'DEU 100 IRN', 'USA 100 IRN'].sort());
  });
});

describe('a group a number counts, charged with something', () => {
  it('is the group named before ("accused the three countries of seeking …")', () => {
    const text = 'Bush criticised Iran, Iraq and North Korea. He accused the three countries of seeking nuclear weapons.';
    expect(dyads(text, { digits: 3 }).filter((d) => d.includes(' 112 '))).toEqual(['USA 112 IRN', 'USA 112 IRQ', 'USA 112 PRK']);
  });
  it('is "both" alone, not "both" opening a coordination or floating after its own', () => {
    expect(dyads('The United States sanctioned Russia and Iran, accusing both of election interference.', { digits: 3 }).filter((d) => d.includes(' 112'))).toEqual(['USA 112 IRN', 'USA 112 RUS']);
    expect(dyads('Biden met both Xi and Modi.')).toEqual(['USA 04 CHN', 'USA 04 IND']);
    expect(dyads('Trump said he had spoken with Erdogan and the Saudi crown prince, who had both pressed him to lift sanctions on Syria.')).toEqual(['USA 04 SAU', 'USA 04 TUR']);
  });
  it('is so whatever the charge is named by ("accused both governments of crude meddling")', () => {
    const text = 'Venezuela expelled the ambassadors of Brazil and Canada. Foreign Minister Yvan Gil accused both governments of persistent and crude meddling.';
    expect(dyads(text, { digits: 3 }).filter((d) => d.includes(' 112 '))).toEqual(['VEN 112 BRA', 'VEN 112 CAN']);
  });
});

describe("a state's short name", () => {
  it('names the state in a story that names it in full, and nothing in one that does not', () => {
    expect(dyads('North Korea rejected the resolution. The North accused the United States of hostility.')).toEqual(['PRK 11 USA']);
    expect(dyads('The North accused the United States of hostility.')).toEqual([]);
  });
});

describe('a document that names its author after it', () => {
  it('speaks for the author', () => {
    expect(dyads("A statement from North Korea's Foreign Ministry, carried by KCNA, accused the United States of hostility.")).toEqual(['PRK 11 USA']);
    expect(dyads('A report by the European Union faulted Belgrade for stalling the dialogue.')).toEqual(['EEC 11 SRB']);
  });
});

describe('"the agency"', () => {
  it('is the last organisation named whose own name is an agency, and no other body', () => {
    expect(dyads('Inspectors of the International Atomic Energy Agency left Iran. Macron called on the agency to report at once.')).toEqual(['FRA 02 IAE']);
    expect(dyads('The United Nations met on Monday. Macron called on the agency to report at once.')).toEqual([]);
  });
});

describe("people in general after an organisation's name", () => {
  it("are the organisation's own panel, but after a state's adjective they are commentators", () => {
    expect(dyads('African Union observers criticised Zimbabwe over the vote count.')).toEqual(['AFU 11 ZWE']);
    expect(dyads('Kenyan observers criticised Zimbabwe over the vote count.')).toEqual([]);
  });
});

describe("an appeal to the subject's own side", () => {
  it('asks no other party, not even the one the subject last dealt with', () => {
    expect(dyads('Azerbaijan shelled Armenian towns on Sunday. Pashinyan called on Armenians to be ready to defend their homeland.')).toEqual(['AZE 19 ARM']);
  });
});

describe('an office or a spokesperson that names whose it is after it', () => {
  it('speaks for that party', () => {
    expect(dyads('The office of President Lula condemned the Israeli strikes on Lebanon.')).toEqual(['BRA 11 ISR']);
  });
});

describe('a name two office holders bear', () => {
  it('is the one in office on the date', () => {
    const who = (published: string) => coded('Bush met Chirac in Paris.', undefined, published)[0]?.source;
    expect(who('1990-02-15')?.name).toBe('George H. W. Bush');
    expect(who('2003-05-01')?.name).toBe('George W. Bush');
  });
});

describe('vice presidents of the 1990s', () => {
  it('are in the tables', () => {
    expect(dyads('Vice President Al Gore told Primakov by telephone that air strikes were imminent.', { published: '1999-03-23' })).toEqual(['USA 04 RUS']);
  });
});

describe('a number standing alone', () => {
  it('counts the parties just named', () => {
    const text = 'Australian Prime Minister Scott Morrison, U.S. President Joe Biden and British Prime Minister Boris Johnson announced a new security pact, and the three agreed to deepen defence cooperation.';
    expect(dyads(text, { published: '2021-09-16' })).toEqual(['AUS 03 GBR', 'AUS 03 USA', 'USA 03 GBR']);
  });
});

describe('the party last dealt with, for acts that name no one', () => {
  it.each([
    ['Blinken met Wang Yi in Munich. Blinken warned about the consequences.', ['USA 04 CHN', 'USA 13 CHN']],
    ['Penny Wong met Wang Yi in Beijing. Wong pressed for the release of an Australian writer.', ['AUS 02 CHN', 'AUS 04 CHN']],
    ['Japanese Foreign Minister Takeshi Iwaya met Wang Yi in Tokyo. He expressed serious concern over the situation in the East China Sea.', ['JPN 04 CHN', 'JPN 11 CHN']],
    ['Britain expelled a Russian attache. Moscow vowed to retaliate.', ['GBR 16 RUS', 'RUS 13 GBR']],
    ['Iran struck Pakistan. Pakistan reserved the right to respond.', ['IRN 19 PAK', 'PAK 13 IRN']],
    // Telling another party something directly is an exchange "the talks" can mean.
    ['Putin told Erdogan that Russia would not revive the deal. Putin spoke to reporters after talks at his residence.', ['RUS 04 TUR']],
    // A verb naming no one takes the party another verb of its subject names, not the party last dealt with.
    ['Pakistan praised China for staying away. In April, Pakistan had expressed strong indignation over the meeting and accused India of politicising it.', ['PAK 05 CHN', 'PAK 11 IND']],
    ['China criticised Lithuania. China then downgraded diplomatic ties, prompting the European Union to file a complaint.', ['CHN 11 LTU', 'CHN 16 LTU']],
    // "the ministers" are the ministers named as such, not a group of states named since.
    ['EU foreign ministers condemned Turkey. Germany, France and Finland said they would halt arms exports. The ministers called on Turkey to withdraw.', ['EEC 02 TUR', 'EEC 11 TUR']],
    // A statement's title says whom its condemnations naming no one address.
    ['Statement of the Chairperson of the African Union Commission on the situation in Guinea\nThe Chairperson condemns any seizure of power by force in the strongest terms.', ['AFU 11 GIN']],
    ['Statement on the situation in Guinea and Mali\nThe Chairperson condemns any seizure of power by force in the strongest terms.', []],
    // "the President" of a release whose headline names a title several states share is the dateline state's.
    ['Trip by the President of the Republic to Gabon and Angola\nParis, 28 February 2023\nThe President of the Republic, Emmanuel Macron, will travel to Central Africa. The President will first go to Libreville, where he will meet President Ali Bongo Ondimba. The President will then travel to Luanda for talks with the President of the Republic of Angola, João Lourenço.', ['FRA 03 GAB', 'FRA 04 AGO', 'FRA 04 GAB']],
    // Measures marked as like another's repeat the last act; "followed suit" repeats the main clause's act.
    ['The United States imposed sanctions on Nicaraguan officials. Canada and Britain announced similar measures.', ['CAN 16 NIC', 'GBR 16 NIC', 'USA 16 NIC']],
    ['The United States imposed sanctions on Nicaraguan officials. Canada unveiled measures of its own on Friday.', ['CAN 16 NIC', 'USA 16 NIC']],
    ['Brussels blacklisted seven Iranian entities that made the drones Moscow has used to strike Ukraine. Britain followed suit.', ['EEC 16 IRN', 'GBR 16 IRN', 'RUS 19 UKR']],
    // With the parties named, measures "of its own" are aimed at them, not at the last act's target.
    ["The EU urged the Syrian authorities to stop the violence. The United States imposed its own sanctions on Syria's intelligence directorate.", ['EEC 02 SYR', 'USA 16 SYR']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));

  it.each([
    // What is said to be so, or asked of others named, is addressed to no one.
    ['Lula met Biden. Lula cautioned that much work remained.', ['BRA 04 USA']],
    ['Macron met Tinubu. Macron urged the countries of the region to act responsibly.', ['FRA 04 NGA']],
    ['Lula met Boric in Santiago. Lula urged foreign investors to return.', ['BRA 04 CHL']],
    ['Scholz met Fiala in Prague. Scholz asked critics to respect the decision.', ['DEU 04 CZE']],
    ['Wang Yi met Blinken. The U.S. embassy urged American citizens to leave Iraq immediately.', ['CHN 04 USA']],
    // A warning that the speaker's own side will respond threatens the party it last dealt with.
    ['Mali expelled French troops. France warned that it would respond firmly to any attack on its citizens.', ['FRA 13 MLI', 'MLI 16 FRA']],
    // A retaliation that happened is coded by what was done, not as a threat.
    ['Britain expelled a Russian attache. Russia retaliated by expelling two British diplomats.', ['GBR 16 RUS', 'RUS 16 GBR']],
    // "called X a victory for peace" names; it calls for nothing.
    ['Sisi met Netanyahu in Cairo. Sisi called the deal a victory for peace.', ['EGY 04 ISR']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('who the parties of a sentence are', () => {
  it.each([
    // "the sides" and "both parties" are two, as "both sides" are.
    ['Armenia and Azerbaijan accused each other of starting the fighting. Putin called on the sides to stop firing. Guterres urged both parties to end the fighting.', ['ARM 11 AZE', 'AZE 11 ARM', 'RUS 02 ARM', 'RUS 02 AZE', 'UNO 02 ARM', 'UNO 02 AZE']],
    ['Macron urged his Chinese counterpart Xi Jinping to restrain Russia, as the two leaders held talks in Beijing.', ['FRA 02 CHN', 'FRA 04 CHN']],
    // A state's adjective in the group names the group's state, not the last group named.
    ['The ministers said Japan and the United States would coordinate closely. Both Japanese ministers paid a courtesy call on Marcos.', ['JPN 03 USA', 'JPN 04 PHL']],
    ['Japanese Foreign Minister Yoshimasa Hayashi met South Korean Foreign Minister Park Jin in Tokyo. Both ministers expressed concern over North Korea\'s missile launches.', ['JPN 04 KOR', 'JPN 11 PRK', 'KOR 11 PRK']],
    ['Britain and four allies imposed sanctions on two Israeli ministers.', ['GBR 16 ISR']],
    ['We, the leaders of the Group of Seven, condemn in the strongest terms the attack launched by Iran against Israel.', ['GOS 11 IRN', 'IRN 19 ISR']],
    // "We" of a statement is its authors, whom its title names, not the last body named.
    ['Joint statement by President Emmanuel Macron and Chancellor Olaf Scholz on Iran\nThe IAEA said Iran had breached the limits of the deal. We urge Iran to exercise restraint.', ['DEU 02 IRN', 'FRA 02 IRN', 'IAE 11 IRN']],
    ['The UAE, which denies arming the militia, said it did not recognise the decision of Sudan.', ['ARE 12 SDN']],
    ['The Secretary-General met with Vladimir Putin in Kazan.', ['UNO 04 RUS']],
    ['In Seoul, the presidential office condemned North Korea.', ['KOR 11 PRK']],
    ['The foreign ministry in Beijing criticised Ottawa.', ['CHN 11 CAN']],
    // Also in a capital news does not use for its government ("Skopje"), under another state's dateline.
    ['ATHENS, Feb 16 (Wire) - Greece accused the government in Skopje of intransigence.', ['GRC 11 MKD']],
    ['China imposed sanctions on 12 U.S. defence companies.', ['CHN 16 USA']],
    // Sanctions signed into law, and what a text signed does.
    ['President Donald Trump on Wednesday signed into law new sanctions on Russia, Iran and North Korea.', ['USA 16 IRN', 'USA 16 PRK', 'USA 16 RUS']],
    ['Biden signed a bill imposing sanctions on Russia.', ['USA 16 RUS']],
    // Hong Kong keeps its own code, and acts for China, whose territory it is.
    ['Britain suspended its extradition treaty with Hong Kong.', ['GBR 16 CHN']],
    // A company the tables know is its state's.
    ['China placed Lockheed Martin on its unreliable entity list.', ['CHN 16 USA']],
    // Goods are the state's they come from or go to; blame is put on someone.
    ['Japan tightened restrictions on chip exports to South Korea.', ['JPN 16 KOR']],
    ['Rouhani blamed the tensions on Washington\'s economic war against Iran.', ['IRN 11 USA']],
    ['Negotiators from the EU laid most of the blame for the stalemate on Brazil.', ['EEC 11 BRA']],
    ['Addis Ababa placed responsibility for the clashes on Eritrea.', ['ETH 11 ERI']],
    // An office of a body whose state comes after it.
    ["Manila summoned the Deputy Chief of Mission of the Embassy of the People's Republic of China.", ['PHL 11 CHN']],
    // A body whose name several states use is the one of them the document names; "the Department" is it again.
    ['Department of Foreign Affairs\nThe Department summoned the Chinese envoy over the incident near the Philippines.', ['PHL 11 CHN']],
    ['The Department of Foreign Affairs in Dublin summoned the Israeli ambassador. Ireland has recognised Palestine.', ['IRL 05 PSE', 'IRL 11 ISR']],
    ['The Department of Foreign Affairs summoned the Israeli ambassador.', []],
    // "HE" is His Excellency; two offices before one name are one person's; "Sheikh Mohammed" is the sheikh named.
    ['HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al-Thani met Blinken. HE the Prime Minister thanked Egypt for its efforts. HE Sheikh Mohammed called on Hamas to release the hostages.', ['QAT 02 PSE', 'QAT 04 USA', 'QAT 05 EGY']],
    // "Sheikh" or "Prince" and the given name before "bin", spelled as the document spells it, is the person named.
    ['Abu Dhabi Crown Prince Sheikh Mohammed bin Zayed flew to Amman. Sheikh Mohammed later welcomed Egypt\'s decision.', ['ARE 04 JOR', 'ARE 05 EGY']],
    ['Crown Prince Mohammed bin Salman landed in Ankara. Prince Mohammed thanked Qatar for its mediation.', ['SAU 04 TUR', 'SAU 05 QAT']],
    // An agreement the noun says is between parties is theirs, whoever reached it.
    ['The mediators reached an agreement between Israel and Hamas on a ceasefire.', ['ISR 05 PSE']],
    // A release headed by a title several states use is that one of them's which the document names.
    ["The President of the Republic's visit to Israel\nThe President met President Isaac Herzog. He expressed France's solidarity with Israel.", ['FRA 04 ISR', 'FRA 05 ISR']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));

  it('reads "Brussels" as the EU, and as Belgium where the story names Belgium', () => {
    expect(dyads('Russia accused Brussels of hostility.')).toEqual(['RUS 11 EEC']);
    expect(dyads('Rwanda cut ties with Belgium. Rwanda accused Brussels of taking sides.')).toEqual(['RWA 11 BEL', 'RWA 16 BEL']);
  });
});

describe('the act of its kind a later one repeats', () => {
  it('is the main verb\'s, not that of a participle set off after it', () => {
    const text = "BRASILIA, April 10 (Wire) - Venezuela withdrew its ambassador from Brazil and froze relations with the government of President Lula, calling the Senate's vote a parliamentary coup. Bolivia also recalled its envoy.";
    expect(dyads(text, { digits: 3 })).toContain('BOL 161 BRA');
  });
});

describe('acts named again', () => {
  it.each([
    // An attack "claimed by" a party is its act; "as did X" repeats the clause's events by X; a group's spokesman's
    // "the group" is that group.
    ["Explosions hit Abu Dhabi in an attack claimed by Yemen's Houthi movement. The Arab League denounced the attack, as did the Gulf Cooperation Council.", ['ARL 11 YEM', 'GCC 11 YEM']],
    ["The Houthis seized a ship. A Houthi military spokesman said the group had fired missiles at targets in the United Arab Emirates.", ['YEM 19 ARE']],
    // A body a person's name qualifies is what a later "it" means.
    ['The Biden administration said it would accept an invitation from the European Union.', ['USA 03 EEC']],
    ['The UAE, a member of the coalition that has fought the Houthis since 2015, said it condemned the attack by the Houthis.', ['ARE 11 YEM']],
    ['A spokesperson for U.N. Secretary-General Antonio Guterres said he condemned the attack by the Houthis.', ['UNO 11 YEM']],
    // "followed suit" repeats the last act against the same target, unless the clause says what was done.
    ['Bolivia cut ties with Israel on Tuesday. Colombia followed suit.', ['BOL 16 ISR', 'COL 16 ISR']],
    ['Saudi Arabia expelled the Lebanese ambassador. Bahrain followed suit, ordering the Lebanese envoy to leave.', ['BHR 16 LBN', 'SAU 16 LBN']],
    // What a party announces it does is its act, with an adverb between the clause's subject and its verb.
    ['Kuwait and Bahrain acted on Monday, announcing that they too were recalling their ambassadors from Damascus.', ['BHR 16 SYR', 'KWT 16 SYR']],
    // The act repeated is the sentence's own last one when it has one, coded as its own words refined it.
    ['Turkey had withdrawn its ambassador from Belarus, and Poland said it was doing the same.', ['POL 16 BLR', 'TUR 16 BLR']],
    ['Britain told the Russian ambassador to leave. Germany did the same.', ['DEU 16 RUS', 'GBR 16 RUS']],
    // An object after phrases set off by commas; the preposition said again lists one more party; a phrase naming
    // only the subject's own side is no target.
    ['France recalled immediately to Paris, for consultations, its ambassadors to the United States and to Australia.', ['FRA 16 AUS', 'FRA 16 USA']],
    // A group welcoming its own joint act praises no one.
    ['Biden met the presidents of Kazakhstan, Uzbekistan and Tajikistan. The leaders welcomed the launch of the dialogue.', ['USA 04 KAZ', 'USA 04 TJK', 'USA 04 UZB']],
    // A second "and" before a finite verb starts a new clause.
    ['Bolivia severed relations with Israel and Chile and Colombia withdrew their envoys.', ['BOL 16 ISR']],
    // "The raid" names the storming, so "the action" and "it" after it mean that, not the break in relations.
    ['Ecuadorian police stormed the Mexican embassy. Mexico broke off relations with Ecuador. The raid drew criticism. Colombia condemned it.', ['COL 11 ECU', 'ECU 19 MEX', 'MEX 16 ECU']],
    // The other words for force and seizure refer back as "the attack" does.
    ['North Korea shelled a South Korean island. Japan called the bombardment unforgivable.', ['JPN 11 PRK', 'PRK 19 KOR']],
    ['Iran seized a British tanker in the Strait of Hormuz. London condemned the hijacking.', ['GBR 11 IRN', 'IRN 17 GBR']],
    // A mediator named as the agent of a passive acts on the parties of the act its subject names again.
    ['The United States and Iran swapped prisoners on Monday. The swap was brokered by Qatar.', ['QAT 04 IRN', 'QAT 04 USA', 'USA 08 IRN']],
    ['Israel and Hamas agreed to a ceasefire. The deal was brokered by Egypt.', ['EGY 04 ISR', 'EGY 04 PSE', 'ISR 03 PSE']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('wordings', () => {
  it.each([
    ['Russian and Ukrainian delegations held their first direct peace talks in three years.', ['RUS 04 UKR']],
    // A mission or monitors a party's name qualifies are that party's.
    ['Azerbaijan agreed to cooperate with the EU mission.', ['AZE 03 EEC']],
    // A participle after a relative clause and a bare subordinator is the main clause's.
    ["Lula is due to hold talks with President Javier Milei, who has pledged to keep his country's ties with Washington, before travelling on to Chile.", ['BRA 03 ARG', 'BRA 04 CHL']],
    // An event noun set off by commas after a party is that party's, not the main clause subject's.
    ['Chinese officials bristled after Lula, on a visit to Japan last week, described the islands as disputed.', ['BRA 04 JPN']],
    ['Lula said Brazil would not supply ammunition for use in Ukraine, after talks with Olaf Scholz, the first Western leader to visit.', ['BRA 04 DEU']],
    // An event a noun names as the subject of a clause still to come is not told as done.
    ['Lula voiced the hope that negotiations between Japan and Mercosur would begin soon.', []],
    // Force the clause follows in time is not its subject's.
    ['Macron met the leaders of Mali and Niger in Nouakchott, days after an attack on a Malian army base.', ['FRA 04 MLI', 'FRA 04 NER']],
    // Talks one returns from were held; talks one withdraws from were not.
    ['Blinken flew home on Friday from talks with Erdogan in Ankara.', ['USA 04 TUR']],
    ['Pyongyang withdrew from talks with Seoul on Monday.', []],
    // "they" after acts in the plural are the acts, and what is said of them is said of their author.
    ['Qatar expressed its condemnation of the Israeli strikes on Iran, saying they undermined Iran\'s sovereignty.', ['QAT 11 ISR']],
    // … and so is "it" after an act judged; not after a text answered, nor as the subject of an intent.
    ['Cairo criticised the deal, saying it would encourage Tehran to expand its programme.', []],
    ['Tehran rejected the resolution, saying it had signed a pact with Riyadh.', ['IRN 05 SAU']],
    ['Cairo welcomed the deal, saying it wanted to meet Tehran.', ['EGY 03 IRN']],
    // An adverb and a past form between a possessive and its noun describe the noun.
    ["Yemen's internationally recognised government and the Maldives later also broke off relations with Doha.", ['MDV 16 QAT', 'YEM 16 QAT']],
    // … and between an article and the words that modify the noun.
    ['Bush and Gorbachev closed ranks at a hastily arranged one-day summit in Helsinki.', ['USA 04 RUS']],
    // How parties met is no party: "face-to-face" or "one-on-one" is an adverb, unless a noun follows it.
    ['Putin and Erdogan met face-to-face in Tehran.', ['RUS 04 TUR']],
    ['Modi met Sharif one-on-one in Astana.', ['IND 04 PAK']],
    ['Modi held a one-on-one meeting with Sharif in Astana.', ['IND 04 PAK']],
    // A bare verb form after an article and a state's adjective is the noun they modify.
    ['Ottawa called the Iranian launch a breach of the resolution.', ['CAN 11 IRN']],
    ['Seoul condemned the North Korean launch.', ['KOR 11 PRK']],
    // A noun for a state refers back to a state, not to the organisation named since.
    ['Modi met Xi Jinping in Tianjin. Modi is in China for the SCO Summit, his first visit to the country in seven years.', ['IND 04 CHN']],
    // A party's neighbours or allies are other parties, named by a phrase of membership if any.
    ["Biden urged Burma's neighbours in the Association of Southeast Asian Nations to keep up the pressure.", ['USA 02 ASN']],
    ["Biden urged Russia's neighbours to keep up the pressure.", []],
    // … and "its allies" after a party are that party's, no party the phrase names with it.
    ['Cuba denounced what it called a new provocation by Washington and its allies in the region.', ['CUB 11 USA']],
    // What a free relative names with no judging word still names its author by "by".
    ['Estonia condemned what it described as a coordinated cyber campaign by Russia against its banks.', ['EST 11 RUS']],
    // "the two presidents" with no exchange on record are the last two people named; a phrase opening the sentence
    // with "together with" adds its party to the subject.
    ['Biden told the summit that NATO was the bedrock of European security. Putin rebuked the alliance. The two presidents later signed a treaty.', ['USA 05 RUS']],
    // Those holding the offices the noun names: not a foreign minister named since.
    ['Biden told the summit that NATO was the bedrock of European security. Putin rebuked the alliance. French Foreign Minister Stephane Sejourne urged calm. The two presidents later signed a treaty.', ['USA 05 RUS']],
    ['Biden met Macron in Paris. Together with Prime Minister Rishi Sunak, they signed a memorandum.', ['FRA 05 GBR', 'USA 04 FRA', 'USA 05 FRA', 'USA 05 GBR']],
    // "by" names whom a party stands by, before a "with" that may name the means.
    ['Turkey condemned the attack and said it would stand by Baku with all its means.', ['TUR 03 AZE']],
    ['A Ukrainian official said Russia demanded that Ukraine withdraw its troops, conditions the official described as non-starters.', ['RUS 10 UKR', 'UKR 11 RUS']],
    ['Orbán vetoed a proposed 50 billion euro ($54 billion) package of financial support for Ukraine.', ['HUN 12 UKR']],
    ['EU leaders granted candidate status to Georgia.', ['EEC 05 GEO']],
    ['India put the Indus Waters Treaty with Pakistan on hold, shut the main land border crossing with Pakistan and ordered Pakistani military advisers out of New Delhi.', ['IND 16 PAK']],
    ['India expelled Pakistani diplomats after the attack. Pakistan has denied any involvement.', ['IND 16 PAK', 'PAK 01 IND']],
    ['The UK imposed sanctions on six businesses linked to the warring parties in Sudan.', ['GBR 16 SDN']],
    // A headline lists its verbs with commas; a relative clause opened by "whose" is skipped to find the subject.
    ['Biden meets Xi in Bali, agrees to resume climate talks', ['USA 03 CHN', 'USA 04 CHN']],
    ["Chad's President Mahamat Idriss Deby, whose country is not an ECOWAS member, traveled to Niamey.", ['TCD 04 NER']],
    ['The United States urged both the Sudanese Armed Forces and the Rapid Support Forces to agree to a ceasefire.', ['USA 02 SDN']],
    ['The United States calls on Rwanda to withdraw its forces and on M23 to halt its advance.', ['USA 02 COD', 'USA 02 RWA']],
    ["Rubio said South Africa's ambassador to the United States was no longer welcome in the country.", ['USA 16 ZAF']],
    ['South Africa remained committed to building a mutually beneficial relationship with the United States.', ['ZAF 03 USA']],
    // An honorific between an office and a name keeps them one phrase, so the office alone later means the same one.
    ['Prime Minister Shri Narendra Modi held talks with Sri Lankan President Anura Kumara Dissanayake. Prime Minister urged the early release of Indian fishermen.', ['IND 02 LKA', 'IND 04 LKA']],
    ['President Anura Kumara Dissanayake conferred on Prime Minister Modi the Sri Lanka Mitra Vibhushana.', ['LKA 05 IND']],
    ['In the presence of the two leaders, India and Sri Lanka exchanged seven MoUs.', ['IND 05 LKA']],
    ['Emmanuel Macron and Vladimir Putin spoke on Tuesday for the first time in three years.', ['FRA 04 RUS']],
    ['Biden called on Moscow to de-escalate and return to diplomacy.', ['USA 02 RUS']],
    // What should be done to a party is asked of no one named.
    ['Peres said Iran should be thrown out of the United Nations.', []],
    ['Peres said Iran should halt its nuclear programme.', ['ISR 10 IRN']],
    // "had to" demands, a perfect's "have" does not.
    ['Kyiv said Russia had to withdraw its troops.', ['UKR 10 RUS']],
    ['Erdogan said Ethiopia and Somalia have agreed to set aside their dispute.', ['ETH 03 SOM']],
    // A middle initial is no part of the name; an order to leave is an expulsion; a name after a place is not its state's.
    ['Secretary of the Treasury Janet L. Yellen condemned the crackdown by Iran.', ['USA 11 IRN']],
    ['The Russian foreign ministry informed the Ambassador of Estonia in Moscow, Margus Laidre, that he must leave Russia by 7 February.', ['RUS 17 EST']],
    // An office several states style alike is no state's by the states the text names; the name set off after it is.
    ['The President of the Republic, Emmanuel Macron, travelled to Berlin for a meeting with the Prime Minister of the Republic of Poland, Donald Tusk.', ['FRA 04 DEU', 'FRA 04 POL']],
    ['India rejected the allegations made by the Prime Minister of Canada.', ['IND 11 CAN']],
    // A passive summons names who summoned by where the envoy was summoned to.
    ['The High Commissioner of Canada in India, Mr. Cameron MacKay, was summoned today to the Ministry of External Affairs.', ['IND 11 CAN']],
    // Irregular participles after a noun describe it; past tenses that news mostly uses before a phrase stay verbs.
    ["Guyana's Irfaan Ali and Venezuela's Nicolas Maduro met at Argyle International Airport.", ['GUY 04 VEN']],
    ['Turkey declared the ambassadors of 10 countries, including the United States, Germany and France, persona non grata.', ['TUR 16 DEU', 'TUR 16 FRA', 'TUR 16 USA']],
    // A person the tables do not know, as a sentence's subject, is whom "he" means next.
    ['Erdogan expelled the US ambassador. Kavala, 64, has been held for four years. He denies all the charges.', ['TUR 16 USA']],
    // "this reckless act" with no hostile act on record: the party just condemned, not the one just called.
    ['Kishida held a telephone talk with Biden. The two leaders condemned the missile launch by North Korea. Kishida stated that this reckless act is absolutely unacceptable.', ['JPN 04 USA', 'JPN 11 PRK', 'USA 11 PRK']],
    ['Washington harbors no hostile intent toward Pyongyang and calls on the DPRK to engage in dialogue.', ['USA 02 PRK']],
    ['The United States is expelling 10 personnel from the Russian diplomatic mission in Washington.', ['USA 16 RUS']],
    ['Brussels blacklisted seven Iranian entities that it says have produced drones.', ['EEC 16 IRN']],
    // A dotted initialism at the end of a hyphenated word ends no sentence, and the tagger's pieces of it are one word.
    ['Mr. SUGA Yoshihide, Prime Minister of Japan, held a Japan-U.S. Summit Meeting with the Honorable Joseph R. Biden, Jr., President of the United States.', ['JPN 04 USA']],
    ['The United States and Germany stand ready to impose swift and severe consequences on Russia should it invade Ukraine.', ['DEU 13 RUS', 'USA 13 RUS']],
    // An office held for an organisation makes the person that organisation's actor while it lasts.
    ['Mark Rutte met Kaja Kallas in Brussels.', ['NLD 04 EST']],
    // A headline that names the shared style anywhere, with no state after it, makes the release that state's.
    ['Telephone conversation between the President of the Republic and President Vladimir Putin\nThe President of the Republic spoke today by telephone with Vladimir Putin. He expressed France\'s concern about the plant.', ['FRA 04 RUS', 'FRA 11 RUS']],
    ['The UN strongly condemns the arrest of State Counsellor Daw Aung San Suu Kyi, President U Win Myint and other political figures by the Myanmar military.', ['UNO 11 MMR']],
    // A participle with a "by" agent after a place describes what happened there; the clause's parties are its own.
    ['Pakistan and Afghanistan agreed to an immediate ceasefire during talks in Doha mediated by Qatar and Turkey.', ['PAK 03 AFG', 'PAK 04 AFG', 'QAT 04 AFG', 'QAT 04 PAK', 'TUR 04 AFG', 'TUR 04 PAK']],
    ['Five U.S. citizens released by Iran in a prisoner swap arrived in Doha.', ['IRN 08 USA']],
    // Where a visitor came from is no destination, nor is the place of the gathering it came from.
    ['Modi arrived in Kyiv from the NATO summit in Warsaw.', ['IND 04 UKR']],
    // Staying away from a gathering turns down the state holding it, not the speaker's own side.
    ['Milei said he would not attend the Mercosur summit hosted by Lula in Rio de Janeiro.', ['ARG 12 BRA']],
    // Nor is one it keeps away from, told by a participle set off after the clause.
    ['Britain and France stayed away from the conference on Libya, hosted by Italy.', ['FRA 12 ITA', 'GBR 12 ITA']],
    ['Britain and France attended the conference on Libya, hosted by Italy.', ['FRA 04 ITA', 'GBR 04 ITA', 'ITA 04 FRA', 'ITA 04 GBR']],
    ['Lula, who arrived on Sunday from a climate summit in Dubai, met Scholz in Berlin.', ['BRA 04 DEU']],
    ['Biden met Scholz. Both leaders expressed support for continued diplomacy with Moscow and called on the Kremlin to de-escalate.', ['DEU 02 RUS', 'USA 02 RUS', 'USA 04 DEU']],
    ['Mahmoud Abbas complained about continued Israeli settlement building.', ['PSE 11 ISR']],
    // A verb after ", and" goes back past a relative clause to the main clause's subject.
    ['Macron thanked Rafael Grossi, who has kept a presence at the plant, and called on Russia to withdraw its troops.', ['FRA 02 RUS', 'FRA 05 IAE']],
    // A known family name at the start of a longer unknown name is someone else.
    ['Blinken met Tsai Ing-wen in Taipei. He then met the party chief, Chen Jining.', ['USA 04 TWN']],
    // A rank's abbreviation ("Maj.") before a name ends no sentence.
    ["Niger's junta spokesman, Col. Maj. Amadou Abdramane, accused France of attacking Niger.", ['NER 11 FRA']],
    // Infinitives joined by "and" share their governor: the meeting is agreed, not held.
    ['Guyana and Venezuela agreed to set up a joint commission to address disputes, and to meet again in Brazil.', ['GUY 03 VEN']],
    // "called on X to …" is an appeal, never a phone call, even when X names no party.
    ['Biden hosted Kenyatta. They called on all parties to the conflict to agree to a ceasefire.', ['KEN 04 USA', 'USA 04 KEN']],
    // A present-tense verb the tagger reads as a plural noun after the subject, before a that-clause.
    ['The Philippines demands that Chinese vessels leave the shoal.', ['PHL 10 CHN']],
    ['China began large-scale exercises around Taiwan.', ['CHN 15 TWN']],
    ['The EU imposed duties of up to 35% on electric vehicles made in China.', ['EEC 16 CHN']],
    ['India raised duties on palm oil imported from Malaysia.', ['IND 16 MYS']],
    ['Beijing opened an anti-dumping probe into beef imported from Brazil.', ['CHN 09 BRA']],
    ['Chad ended its defence cooperation agreement with France.', ['TCD 16 FRA']],
    ['Iran launched more than 300 drones at Israel.', ['IRN 19 ISR']],
    // "over" before a number of years opens a span of time, after the party it follows.
    ['Norway pledged aid to Sudan over three years.', ['NOR 03 SDN']],
    ['Kuwait promised 2 billion dollars in loans to Egypt over five years.', ['KWT 03 EGY']],
    ['Wang Yi called off a planned meeting with his Japanese counterpart.', ['CHN 12 JPN']],
    ['Lula postponed planned visits to Angola and Mozambique over a bout of pneumonia.', ['BRA 12 AGO', 'BRA 12 MOZ']],
    ['Albanese and Tuvalu\'s prime minister signed the Falepili Union.', ['AUS 05 TUV']],
    ['Biden welcomed Kenyan President William Ruto to the White House.', ['KEN 04 USA', 'USA 04 KEN']],
    ['Xi told Biden that Washington should stop arming Taiwan.', ['CHN 10 USA']],
    ['Hungary was sanctioned by the United States. Hungary dismissed the measure as petty revenge.', ['HUN 11 USA', 'USA 16 HUN']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));

  it.each([
    ['The army pressed on with its drills.', []],
    // A right reserved is a threat against whom it would be used on; the act it answers is its author's.
    ['Turkey said it reserved the right to retaliate against Syria.', ['TUR 13 SYR']],
    ['Turkey reserved the right to respond to any attack by Syria.', ['TUR 13 SYR']],
    ['The Arab League met in Cairo. The League warned Israel against annexation.', ['ARL 13 ISR']],
    // "the Court" of a document that names the International Criminal Court is that court, not a state's.
    ['The International Criminal Court opened an inquiry. Israel criticised the Court.', ['ISR 11 ICC']],
    // "the comments" are the remarks last named with their author, not the last speaker's.
    ['Jordan condemned remarks by Israeli Finance Minister Bezalel Smotrich. Palestinian Prime Minister Mohammad Shtayyeh said the remarks were racist. Saudi Arabia and the United Arab Emirates also condemned the comments.', ['ARE 11 ISR', 'JOR 11 ISR', 'PSE 11 ISR', 'SAU 11 ISR']],
    // Regret at another's remarks, an objection rejected, a map protested "published by" its author.
    ['Indian foreign ministry spokesman Raveesh Kumar said New Delhi deeply regretted the remarks by Erdogan.', ['IND 11 TUR']],
    ['Turkey criticised India. India rejected the objection on Thursday.', ['IND 12 TUR', 'TUR 11 IND']],
    ['Nepal has protested against a new political map published by India.', ['NPL 11 IND']],
    // Officials ordered to leave are expelled (174) when the leaving is said; military advisers, like diplomats, 166.
    ['Ethiopia ordered seven senior United Nations officials to leave the country within 72 hours.', ['ETH 17 UNO']],
    ['India ordered Pakistani military advisers out of New Delhi.', ['IND 16 PAK']],
    // Speakers of a legislature named alone are their state's.
    ["China's foreign ministry said Nancy Pelosi had interfered in China's internal affairs.", ['CHN 11 USA']],
    // A known verb after a modal is a verb, whatever the tagger says.
    ['Latvia will lower the level of its diplomatic relations with Russia.', ['LVA 16 RUS']],
    // The guests of a meeting of several parties meet one another too; separate meetings do not.
    ['Biden held a trilateral summit with Kishida and Yoon at Camp David.', ['JPN 04 KOR', 'USA 04 JPN', 'USA 04 KOR']],
    // A gathering an organisation's name qualifies is the body's, no exchange of the clause's parties; the G8 is one.
    ['Jaishankar met Brunei\'s foreign minister, Erywan Yusof, at ASEAN meetings in Vientiane.', ['IND 04 BRN']],
    ['The Group of Eight suspended Russia in March 2014.', ['GOE 16 RUS']],
    ['The Parliamentary Assembly of the Council of Europe (PACE) suspended the voting rights of the Russian delegation. The Assembly also condemned Russia.', ['COE 11 RUS', 'COE 16 RUS']],
    // Holders of an office in the plural, named by the "of" phrase or counted, with an adjective of the office.
    ['The presidents of Armenia and Azerbaijan failed to approve a framework after four hours of talks.', ['ARM 04 AZE']],
    ['Blinken announced the agreement after more than a week of talks with Lavrov in Geneva.', ['USA 04 RUS']],
    ['Putin met Tusk in Smolensk. Afterwards the two prime ministers held talks.', ['RUS 04 POL']],
    // "it" in a free relative is the subject of its clause; a document's subject, its issuer.
    ["Arafat's leadership issued a statement on Saturday. The same statement denounced what it called a massacre by Israeli troops.", ['PSE 11 ISR']],
    // "it" after a subordinator is the subject before, unless a state or body was the object since.
    ['Russia was suspended from the G8 in 2014 after it annexed Crimea.', ['RUS 19 UKR']],
    ['Riyadh accused the Canadian government of meddling after it called for the release of activists.', ['SAU 11 CAN']],
    // A hyphenated word for several parties, which the tagger cuts into pieces.
    ['Putin held three-way talks with Erdogan and Rouhani in Tehran.', ['RUS 04 IRN', 'RUS 04 TUR', 'TUR 04 IRN']],
    ['Blinken met Wang Yi and Lavrov separately.', ['USA 04 CHN', 'USA 04 RUS']],
    // Taking part in a summit together with others is meeting them; another party's summit is not.
    ['Putin took part in a summit together with Ebrahim Raisi and Recep Tayyip Erdogan.', ['RUS 04 IRN', 'RUS 04 TUR']],
    ['Japan and South Korea took part in the NATO summit.', []],
    // Those at another party's gathering do not thereby meet one another.
    ['The leaders of Japan, South Korea, Australia and New Zealand attended the NATO summit as partners.', []],
    ['Japan and South Korea attended talks in Seoul.', ['JPN 04 KOR']],
    // A gathering an organisation's name qualifies is that body's own, no exchange of it with the last party met.
    ['Zelenskiy makes surprise trip to Arab League summit in Jeddah', ['UKR 04 ARL']],
    ['Zelenskiy met Saudi Crown Prince Mohammed bin Salman in Jeddah. He said the NATO summit had united the allies.', ['UKR 04 SAU']],
    // Those who join a gathering come into others' talks, whosever they are.
    ['The foreign ministers of Britain, France and Germany flew in to join the talks.', []],
    // A trip called off with no place or party named turns down the state the report is about.
    ['Saudi Arabia faces growing isolation over the killing. The Dutch finance minister cancelled his trip.', ['NLD 12 SAU']],
    // An appeal to restore democratic rule, with no one addressed, is to the state where it was lost.
    ["Thailand's army seized power in a coup on Thursday. Japan, Thailand's largest foreign investor, urged an early restoration of democracy.", ['JPN 02 THA']],
    ["Thailand's army seized power in a coup. U.N. Secretary-General Antonio Guterres called for a prompt return to constitutional, civilian, democratic rule.", ['UNO 02 THA']],
    // An invitation's possessor invited the clause's subject, as its "of" phrase does.
    ["At China's invitation, President Tokayev of Kazakhstan will attend.", ['CHN 03 KAZ']],
    // "the presidents", as "the leaders", are the group just named.
    ['Raisi, Putin and Erdogan held a summit in Tehran. Following the summit, the presidents adopted a joint statement.', ['IRN 04 RUS', 'IRN 04 TUR', 'IRN 05 RUS', 'IRN 05 TUR', 'RUS 04 TUR', 'RUS 05 TUR']],
    // An invitation in a phrase after the main clause is to that clause's parties, not to a relative clause's.
    ['Irfaan Ali and Nicolás Maduro met today at Argyle, at the invitation of Prime Minister Ralph Gonsalves of Saint Vincent and the Grenadines, who facilitated the talks.', ['GUY 04 VEN', 'VCT 03 GUY', 'VCT 03 VEN']],
    // Visitors named by number alone are welcomed as guests, not praised.
    ['Biden met Putin in Geneva. The two were welcomed by Swiss President Guy Parmelin.', ['CHE 04 RUS', 'CHE 04 USA', 'RUS 04 CHE', 'USA 04 CHE', 'USA 04 RUS']],
    // What a party said or wrote is not the party: receiving a protest is no visit.
    ['Jordan summoned Israel\'s ambassador. Ambassador Eitan Surkis was called in to receive the kingdom\'s protest.', ['JOR 11 ISR']],
    ['Xi received Putin\'s envoy.', ['CHN 04 RUS', 'RUS 04 CHN']],
    // An event noun coordinated with another ("calm and mutual respect"); a word after an article is a noun.
    ['Somalia recalled its ambassador to Ethiopia. African Union Commission chairman Moussa Faki Mahamat called for calm and mutual respect between the two neighbours.', ['AFU 02 ETH', 'AFU 02 SOM', 'SOM 16 ETH']],
    ["Somalia calls Ethiopia's port deal with Somaliland an 'act of aggression'", ['SOM 11 ETH']],
    ['Mexico\'s foreign ministry called Bolivia\'s decision political.', []],
    // A head of state or government named makes "the leader" known; a plural "leaders" is no one holder.
    ['Washington left the leaders of Cuba and Venezuela off the guest list. Mexican President Andres Manuel Lopez Obrador skipped the summit. The leftist leader said he would travel to Washington in July.', ['MEX 04 USA']],
    ["Chad's leader Mahamat Idriss Deby flew to Niamey on Sunday. West African leaders imposed sanctions on Niger.", ['TCD 04 NER']],
    // A name the tables give with its title makes that title known for later.
    ['Saudi Crown Prince Mohammed bin Salman greeted Qatar\'s Emir Sheikh Tamim bin Hamad Al Thani. The crown prince thanked Kuwait and the United States for their efforts.', ['QAT 04 SAU', 'SAU 04 QAT', 'SAU 05 KWT', 'SAU 05 USA']],
    // A city naming a process is no party to it; a person's family acts for no state but may be acted on.
    ['Kigali said it remained committed to the Luanda roadmap and the Nairobi process.', []],
    // … past the words that say what it is about.
    ['Canada withdrew from the Kyoto climate treaty.', []],
    ['Lavrov criticised the Minsk peace agreements.', []],
    // … or past the year before it.
    ['Asmara criticised the 2018 Addis Ababa peace agreement.', []],
    // A coup is force its authors used at home: coded for no one, but condemned in them.
    ['The Thai army seized power on Thursday. France condemned the coup.', ['FRA 11 THA']],
    ["Myanmar's military staged a coup. Japan condemned the coup.", ['JPN 11 MMR']],
    ['The Swiss Federal Council called on Russia to halt its military operations.', ['CHE 02 RUS']],
    // A United Nations or African Union mission acts for its organisation.
    ['UNIFIL accused Israel of firing on its positions.', ['UNO 11 ISR']],
    ['Bamako ordered MINUSMA to leave Mali.', ['MLI 16 UNO']],
    // Aides and envoys who speak for their states.
    ['Andriy Yermak met Jake Sullivan in Washington.', ['UKR 04 USA']],
    ['Yuri Ushakov criticised Kyiv.', ['RUS 11 UKR']],
    // An armed group acts for the state it fights in; a regional body is a party of its own.
    ['Eritrea accused the TPLF of firing rockets at Asmara.', ['ERI 11 ETH']],
    ['Kenya urged the East African Community to deploy troops to Congo.', ['KEN 02 EAC']],
    // "they" reported by a body's people in the plural are that body; "the two countries" are left to the rules of groups.
    ['NATO leaders said they condemned the Russian attack on Poland.', ['NAT 11 RUS']],
    ['Israel recalled its envoys from Ireland and Norway after the two countries said they would recognise a Palestinian state.', ['IRL 05 PSE', 'ISR 16 IRL', 'ISR 16 NOR', 'NOR 05 PSE']],
    // Two phrases joined by "and" that name no party share the "of" phrase after them.
    ['Ghana declared its solidarity with the government and people of Niger.', ['GHA 05 NER']],
    ['Norway facilitated talks between Israel and the PLO.', ['ISR 04 PSE', 'NOR 04 ISR', 'NOR 04 PSE']],
    // Intelligence services act for their states.
    ['Australia also blamed the GRU for the attacks.', ['AUS 11 RUS']],
    // A lone "it" judged wrong is the act last named, not the state last named.
    ['Russia attacked Kyiv. Biden called it provocative.', ['RUS 19 UKR', 'USA 11 RUS']],
    // A quotation mark between a modal and its verb stays in the verb group; insults name parties as wrong.
    ['Erdogan said the Netherlands would "pay the price".', ['TUR 13 NLD']],
    ['Erdogan called the Dutch government Nazi remnants and fascists.', ['TUR 11 NLD']],
    ["Rutte called Erdogan's remarks crazy.", ['NLD 11 TUR']],
    // A party named a friend, in a phrase the tagger runs together; trust placed in a party praises it.
    ["Sharif called China Pakistan's true friend.", ['PAK 05 CHN']],
    ['Kim Jong Un expressed unwavering trust in U.S. President Donald Trump.', ['PRK 05 USA']],
    // Leaving for a place, going on to it, and a visit after "would first" are visits.
    ['Xi Jinping leaves Panama on Tuesday for Portugal.', ['CHN 04 PRT']],
    ['Xi will travel on to Uzbekistan.', ['CHN 04 UZB']],
    ['Lu Kang said Xi would first pay a state visit to Finland.', ['CHN 04 FIN']],
    // A call for something is an appeal; a call between or with parties is a conversation.
    ['Trump and Bolsonaro met at the White House. Both leaders repeated their call for Maduro to step aside.', ['BRA 02 VEN', 'USA 02 VEN', 'USA 04 BRA']],
    ['The meeting followed a phone call between Rubio and Lavrov on Saturday.', ['USA 04 RUS']],
    // "their" after one party's people as subject is theirs, not the last group's; a verb with no subject holds the
    // phrase after it.
    ["The list includes Britain's Nick Clegg and Malcolm Rifkind. EU leaders are expected to extend their economic sanctions against Russia at a summit in June.", ['EEC 16 RUS']],
    ['Tshisekedi and Kagame met in Doha. The two leaders reaffirmed their commitment to a ceasefire, as agreed at a joint summit of African leaders in Dar es Salaam last month.', ['COD 03 RWA', 'COD 04 RWA']],
    // An act that starts a span ("since …") is background, but a later reference still finds its author.
    ['Putin and Erdogan spoke by telephone for the first time since Turkey shot down a Russian warplane in November.', ['RUS 04 TUR']],
    ['Lula visited Beijing, his first trip since he met Biden in Washington.', ['BRA 04 CHN']],
    ['Russia invaded Ukraine in February. Putin met Rahmon, his first meeting since he sent troops. Japan condemned the invasion.', ['JPN 11 RUS', 'RUS 04 TJK', 'RUS 19 UKR']],
    // A region's leaders are its organisation, once the document names it.
    ['West African leaders suspended Niger from the Economic Community of West African States.', ['WAS 16 NER']],
    ['African leaders met Putin in St Petersburg.', []],
    ['African leaders met Putin in St Petersburg, while AUKUS partners met in Canberra.', []],
    // Only its leaders and ministers, where the region's states are many more than its organisation's members.
    ['Arab League ministers met in Cairo. Arab foreign ministers imposed sanctions on Syria.', ['ARL 16 SYR']],
    ['The Arab League met in Cairo. Arab states condemned Israel.', []],
    // "The junta" and "the regime" are never the dateline's own government.
    ['ABUJA, Aug 1 (Wire) - ECOWAS closed its borders with Niger. The junta rejected the sanctions.', ['WAS 16 NER']],
    // Things listed with "or" are one phrase, whose phrases after it are the verb's.
    ['Canada banned the export, sale or supply of aviation fuel to Myanmar.', ['CAN 16 MMR']],
    // A one-word short name the document gave an organisation does not start another name.
    ['The European Union said it stood ready to act. The U.S. Treasury blacklisted the junta-appointed Union Election Commission.', []],
    // The ends of a route are no parties to it.
    ['Lithuania condemned the diversion of the Athens-to-Vilnius flight.', []],
    ['Lithuania condemned Belarus over the diversion of the Athens-to-Vilnius flight.', ['LTU 11 BLR']],
    // An adviser is of the one served, a spokesperson of the one spoken for; an ambassador "to" a state is not its.
    ['Senior advisers to Donald Trump accused Justin Trudeau of betrayal.', ['USA 11 CAN']],
    ['An adviser to the Iranian president accused Trudeau of betrayal.', ['IRN 11 CAN']],
    ['A spokesman for the Russian president criticised Kyiv.', ['RUS 11 UKR']],
    ['The U.S. ambassador to China criticised Beijing.', ['USA 11 CHN']],
    ['A high-level delegation from the Organization of American States visited Lima.', ['OAS 04 PER']],
    // Officials, negotiators and mediators "from" a state are its; envoys recalled "from" a capital are not that state's.
    ['Negotiators from Iran met mediators from Oman in Muscat.', ['IRN 04 OMN']],
    ['Egypt recalled its envoys from Ankara.', ['EGY 16 TUR']],
    ['Armenia and Azerbaijan disputed the border. Officials from the two countries met in Geneva.', ['ARM 04 AZE']],
    // A court's verdict, or an execution, is an act inside its state, judged by no one who judges it.
    ['Indonesia put six drug convicts to death on Sunday, among them a Dutch citizen. Indonesia has some of the toughest drug laws in the world. Dutch Foreign Minister Bert Koenders called the execution a cruel and inhumane punishment.', ['NLD 11 IDN']],
    ['A court in Russia sentenced three members of Pussy Riot to two years in prison, the harshest such sentence in Russia in years. Britain and France described the sentences as disproportionate. The EU condemned the verdict.', ['EEC 11 RUS', 'FRA 11 RUS', 'GBR 11 RUS']],
    // A noun of a kind of act means the last act of that kind, not the last hostile act of any kind.
    ['North Korea test-fired missiles. Japan barred North Korean ships from its ports. The United States condemned Pyongyang. "The United States strongly condemns these missile launches," the White House said.', ['JPN 16 PRK', 'USA 11 PRK']],
    // "offensive" ending a phrase is that noun, though the tagger reads it as an adjective; after a plural noun it is one.
    ["Azerbaijan's offensive in Karabakh drew swift condemnation. Germany condemned the offensive.", ['DEU 11 AZE']],
    ['Erdogan called the remarks offensive.', []],
    // A text the subject answers is the one of whoever last addressed the subject, not of the last speaker.
    ['The U.N. Security Council on Friday warned Sudan it would consider sanctions. China said some provisions were unhelpful. Sudan rejected the resolution.', ['SDN 12 UNO', 'UNO 13 SDN']],
    // "their" ministers or troops of several subjects are each one's own, no party's target.
    ['Armenia and Azerbaijan ordered their troops to withdraw from the border.', []],
    ['Russia and China told their diplomats to leave.', []],
    ['Saudi Arabia, Kuwait and the United Arab Emirates have told their citizens to leave Lebanon.', []],
    // The subject's own people named as the other side leave no party to fall back on.
    ['Obama held talks with Funes in San Salvador. Obama said he had asked his national security team to assess further steps. He will confer with his advisers on Wednesday.', ['USA 04 SLV']],
    // A verb after "and" goes with the main clause's verb, not with one inside "what it called …".
    ['Turkey condemned what it called an Armenian attack and said it would stand by Baku.', ['TUR 03 AZE', 'TUR 11 ARM']],
    // No verb comes right after "its": "its means" is a noun.
    ['Pompeo, who met the Taliban delegation before the signing, urged the group to keep its promises and to sever its ties with al Qaeda.', ['USA 02 AFG', 'USA 04 AFG']],
    // "any efforts" or "all efforts" are no one's in particular: welcoming them praises no party.
    ['Saudi Arabia and Iran agreed to restore ties. The White House said it supported any efforts to help end the war in Yemen.', ['SAU 03 IRN']],
    // … nor are efforts in the plural with no determiner; "its efforts" are its owner's.
    ['Ethiopia and Eritrea agreed to reopen the border. Kenya backed regional efforts to end the war in Sudan.', ['ETH 03 ERI']],
    ['Ethiopia and Eritrea agreed to reopen the border. Kenya praised their efforts.', ['ETH 03 ERI', 'KEN 05 ERI', 'KEN 05 ETH']],
    // Legs of a tour already gone, told in a relative clause, are background; legs to come are news.
    ['Xi leaves Panama on Tuesday for Portugal, the last stop of a tour that also took him to Spain and Argentina.', ['CHN 04 PRT']],
    ['Riyadh is the first stop of a Gulf tour that also takes Trump to Qatar and the United Arab Emirates.', ['USA 04 ARE', 'USA 04 QAT']],
    // A statement with no speaker quoted is the one of the last state or body that was a subject.
    ["The U.N. Security Council condemned Eritrea's military action against Djibouti. The statement also commended the efforts of the African Union.", ['UNO 05 AFU', 'UNO 11 ERI']],
    // Aid pledged with no recipient named is for the party the giver last dealt with.
    ['Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday. He pledged fresh aid.', ['JPN 03 UKR', 'JPN 04 UKR']],
    // What one is thanked or praised for doing is that one's doing.
    ['U.S. President Donald Trump thanked North Korean leader Kim Jong Un for releasing three American detainees.', ['PRK 08 USA', 'USA 05 PRK']],
    ['Zelenskiy thanked the U.S. Congress for approving a 61 billion dollar aid package for Ukraine.', ['UKR 05 USA', 'USA 07 UKR']],
    // A date is described by no participle: the verb after it is finite.
    ['The Organization of American States on Friday called on Costa Rica and Nicaragua to withdraw their forces.', ['OAS 02 CRI', 'OAS 02 NIC']],
    // Only a meeting or a visit described by a participle is an occasion of the clause's parties: crimes committed by
    // a party are no commitment to them, militias backed by one no backing of them.
    ['Vladimir Putin blamed the tension on ultranationalists backed by the new authorities in Kiev.', ['RUS 11 UKR']],
    ['The Saudi foreign ministry accused Netanyahu of trying to divert attention from crimes committed by the Israeli occupation.', ['SAU 11 ISR']],
    // A nationality before an office of one state is the holder's birthplace.
    ['The Argentine pontiff will travel to Washington in September.', ['VAT 04 USA']],
    ['The Russian Foreign Ministry criticised the U.S. State Department.', ['RUS 11 USA']],
    // After a list closed by "and", a comma and parties before a finite verb open a clause.
    ['Under the joint mediation of Qatar, Egypt and the United States, Israel and Hamas agreed to a four-day truce.', ['ISR 03 PSE']],
    ["Kamala Harris met Japan's prime minister and the leaders of Australia, Canada and New Zealand.", ['USA 04 AUS', 'USA 04 CAN', 'USA 04 JPN', 'USA 04 NZL']],
    // The place a thing is bound for, or a person was born in, is no party to what is done to them.
    ['Israeli commandos raided a Gaza-bound aid flotilla.', []],
    ['Libya freed a Palestinian-born doctor.', []],
    // A city before an attack locates it; with no author named, condemning it condemns no party, and turning down a
    // trip criticised no one either.
    ['Pakistan condemned the Mumbai attacks.', []],
    // A headline's verb read as a noun is its verb even with an -ing noun after a possessive later in the line.
    ["Nigeria summons Ghanaian envoy over trader's killing", ['NGA 11 GHA']],
    ['The Beirut strike killed two Hamas commanders.', []],
    ['Moscow attacks Kyiv with drones.', ['RUS 19 UKR']],
    ['Rouhani postpones France trip\n\nTEHRAN, Nov 14 (Wire) - Iranian President Hassan Rouhani has put off a visit to France.\n\nRouhani condemned the attacks as crimes against humanity.', ['IRN 12 FRA']],
    ['Modi met Sharif in Lahore. Modi condemned the attacks.', ['IND 04 PAK']],
    // A state called by its name before a hostile act is its victim ("Iraq strikes", "Cuba sanctions"), not its author;
    // with a target phrase after the act, or called by its people's word or an abbreviation, it is the author.
    ['Russia recalls envoys over Iraq strikes\n\nMOSCOW, Dec 17 (Wire) - U.S. warplanes hit Iraq. China condemned the strikes.', ['CHN 11 USA', 'USA 19 IRQ']],
    ['Japan extended its North Korea sanctions for a year.', ['JPN 16 PRK']],
    ['The United States tightened Cuba sanctions on Monday.', ['USA 16 CUB']],
    ['Russia condemned the Israel strikes on Gaza.', ['RUS 11 ISR']],
    ['Britain condemned the Russian strikes.', ['GBR 11 RUS']],
    // A relative pronoun right after an act's noun and the place it bears on means the act, which is no verb of the
    // sentence's own; a state does not kill.
    ['Egypt recalled its ambassador to Israel in protest at Israeli air strikes on the Gaza Strip that killed a Hamas commander. Iran condemned the killing.', ['EGY 16 ISR', 'IRN 11 ISR', 'ISR 19 PSE']],
    ['Pakistan protested to India over shelling that killed two soldiers.', ['PAK 11 IND']],
    // Phrases of what the act bears on may stand between it and the place: Damascus killed no one.
    ['Iran launched drones at Israel. Tehran said the attack answered a strike on its embassy compound in Damascus that killed seven officers. Biden condemned the attack.', ['IRN 19 ISR', 'USA 11 IRN']],
    // Talks the invited are asked to begin, with no other side named, are the inviter's with them; two invited parties
    // are the two sides of their own talks.
    ['NATO invited Lithuania, Latvia and Estonia to begin talks on joining the alliance.', ['NAT 03 EST', 'NAT 03 LTU', 'NAT 03 LVA']],
    ['NATO invited Finland to begin accession talks.', ['NAT 03 FIN']],
    ['The EU invited Serbia and Kosovo to resume talks.', ['SRB 03 KSV']],
    // A decision welcomed is the last act of a kind a decision makes, not a pledge of cooperation since.
    ['Australia and New Zealand lifted their travel bans on Fiji. Australian Foreign Minister Julie Bishop said Australia would work with Fiji on the elections. Fiji welcomed the decision.', ['AUS 03 FJI', 'AUS 08 FJI', 'FJI 05 AUS', 'FJI 05 NZL', 'NZL 08 FJI']],
    // A participle inside a clause that starts a span is background too.
    ['The region has seen a wave of realignment since Iran and Saudi Arabia agreed in March, in a deal brokered by China, to restore relations.', []],
    // A denial by the one an accusation of the sentence names is of the accuser.
    ['Kim Jong Un met Putin. India has blamed Pakistan, which denies involvement.', ['IND 11 PAK', 'PAK 01 IND', 'PRK 04 RUS']],
    // What a free relative names is a particular act, though the name is indefinite.
    ['The United States removed Sudan from its terrorism blacklist. Sudan welcomed what it called a positive decision.', ['SDN 05 USA', 'USA 08 SDN']],
    // With no one named, a judgement is of whoever did what the "after" clause tells.
    ['Japan protested on Wednesday after North Korea fired a missile over Hokkaido.', ['JPN 11 PRK', 'PRK 15 JPN']],
    ['New Zealand and Australia led a chorus of condemnation after France exploded a nuclear device at Mururoa.', ['AUS 11 FRA', 'NZL 11 FRA']],
    // The party after "of" an act done to another is whom it was done to; judging the act judges its author.
    ['Russia invaded Ukraine. Japan condemned the invasion of Ukraine.', ['JPN 11 RUS', 'RUS 19 UKR']],
    ['Russia annexed Crimea in 2014. The EU refused to recognise the annexation of Crimea.', ['EEC 12 RUS', 'RUS 19 UKR']],
    ['Japan condemned the invasion of Ukraine.', []],
    // "to" before a past form opens no infinitive: the participle describes the phrase after it.
    ['Sweden presented a prize to detained Chinese publisher Gui Minhai.', ['SWE 05 CHN']],
    // The patron of a group is not the group; the patron of an act takes part in it.
    ['The Algerian-backed Polisario Front condemned Morocco.', ['ESH 11 MAR']],
    ['Iran-backed militias attacked U.S. troops in Syria.', []],
    ['France condemned the Russian-backed bombardment of Aleppo.', ['FRA 11 RUS']],
    ['Israeli commandos raided the Turkish Gaza-bound aid ship Mavi Marmara.', ['ISR 19 TUR']],
    ['Kerry said the Geneva document should become the road map to peace.', []],
    ['Germany expelled two Iranian diplomats over the death sentence for Jamshid Sharmahd. His family denies the charges against him.', ['DEU 16 IRN']],
    ['Mexico granted asylum to former Peruvian President Pedro Castillo\'s wife.', ['MEX 07 PER']],
    // An act stopped is a reduction of relations; "no longer" negates as "not" does.
    ['He said Poland was no longer transferring weapons to Ukraine.', ['POL 16 UKR']],
    ['Poland stopped supplying weapons to Ukraine.', ['POL 16 UKR']],
    ['Germany halted talks with Iran.', ['DEU 16 IRN']],
    ['Poland no longer recognises the government of Venezuela.', []],
    ['Poland did not supply weapons to Ukraine.', []],
    // What a party stopped or fell short of doing it did not do.
    ['Canada refrained from criticising China.', []],
    ['Chile pulled out of hosting the summit with Peru.', []],
    ['Brazil fell short of condemning Russia.', []],
    ['India stopped short of criticising China on Monday. Japan criticised Beijing.', ['JPN 11 CHN']],
    // An intent not to act is a refusal of it.
    ['The Arab League pledged not to cooperate with Washington in implementing it.', ['ARL 12 USA']],
    ['Iran vowed not to meet American officials.', ['IRN 12 USA']],
    ['Russia did not pledge to cooperate with Japan.', []],
    ['Washington warned Tehran against enrichment. Iran pressed ahead with enrichment.', ['USA 13 IRN']],
    // A count's "of" phrase stands for it; a round of talks is not its venue's.
    ['Britain carried out strikes against a number of targets in Yemen.', ['GBR 19 YEM']],
    ['Israeli warplanes hit targets across Lebanon on Thursday.', ['ISR 19 LBN']],
    // "regarding" after a noun is a preposition; concerns the leaders share are each one's.
    ['Biden met Kishida. The two leaders shared serious concerns regarding China\'s activities in the East China Sea.', ['JPN 11 CHN', 'USA 04 JPN', 'USA 11 CHN']],
    // A recognition is an act a later "welcomed the recognitions" refers back to.
    ['Spain and Ireland recognised a State of Palestine. Palestinian President Mahmoud Abbas welcomed the recognitions.', ['ESP 05 PSE', 'IRL 05 PSE', 'PSE 05 ESP', 'PSE 05 IRL']],
    // What is welcomed is an act, not the words said against it since; a friendly act before a hostile one.
    ['The United States imposed sanctions on Rwanda. Rwanda said the sanctions were unjustified. Kinshasa welcomed the measures.', ['COD 05 USA', 'RWA 11 USA', 'USA 16 RWA']],
    ['Seoul and Tokyo agreed to deepen cooperation on chips. North Korea fired a missile. Washington welcomed the plans.', ['KOR 03 JPN', 'USA 05 JPN', 'USA 05 KOR']],
    // A military act welcomed is the last one, maybe the speaker's own: praising one's own raid praises no one.
    ['Britain condemned Israel. Israel killed a Hamas commander in Gaza. Netanyahu praised the operation.', ['GBR 11 ISR', 'ISR 19 PSE']],
    ['Israel struck Hezbollah targets in Lebanon. Britain condemned the strikes. Washington welcomed the operation.', ['GBR 11 ISR', 'ISR 19 LBN', 'USA 05 ISR']],
    ['Russian and Ukrainian delegations were due to hold a second round of peace talks in Istanbul.', ['RUS 03 UKR']],
    ['Indonesia ordered 42 fighter jets from France.', []],
    ['Wang Yi will call on Prime Minister Albanese.', ['CHN 04 AUS']],
    ['China\'s refusal to condemn the invasion of Ukraine angered Kyiv.', []],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('reported speech and its parties', () => {
  it.each([
    ['India and Canada each expelled six diplomats.', ['CAN 16 IND', 'IND 16 CAN']],
    ['Saudi Arabia denounced what it described as "brutal Israeli aggression".', ['SAU 11 ISR']],
    ['"Israel must stop its attacks," the Egyptian foreign ministry said.', ['EGY 10 ISR']],
    ['Wang Yi told Blinken that the visit was a mistake and that Washington would pay a price.', ['CHN 13 USA']],
    // Told what not to count on, a party is asked for nothing.
    ['Sweden should not expect Turkey\'s support, Erdogan said.', []],
    ['Joe Biden and first lady Jill Biden will host William Ruto at the White House.', ['KEN 04 USA', 'USA 04 KEN']],
    // The one summoned does not protest: the one who summons does.
    ['Turkey summoned Sweden\'s ambassador, Staffan Herrstrom, on Friday to protest the decision.', ['TUR 11 SWE']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('organisations by their short names, and what parties judge', () => {
  it.each([
    ['The Council of the European Union met. The Council imposed restrictive measures on Belarus.', ['EEC 16 BLR']],
    ['The Peace and Security Council of the African Union met. The Council decided to immediately suspend the participation of Gabon.', ['AFU 16 GAB']],
    ['The UN Security Council met. The Council condemned North Korea\'s launch.', ['UNO 11 PRK']],
    // The act condemned is judged, not reported; a verb reports it.
    ['Scholz condemned Russia\'s airstrikes against Ukraine.', ['DEU 11 RUS']],
    ['Modi held talks with Putin, the first since Russia\'s invasion of Ukraine.', ['IND 04 RUS']],
    ['Australia said Iran had directed arson attacks in Sydney.', ['AUS 11 IRN']],
    ['Lin Jian said Washington had abused export controls.', ['CHN 11 USA']],
    ['Turkey and Azerbaijan will cooperate on energy.', ['TUR 03 AZE']],
    // "the resolution" is the one who adopted it, even by a participle after a relative clause.
    ['The U.N. Security Council adopted a resolution on Haiti. Russia abstained. Haiti\'s representative welcomed the resolution.', ['HTI 05 UNO']],
    ['The Security Council established a regime against those who support violence in Haiti, unanimously adopting resolution 2653. The representative of China spoke. Haiti\'s representative welcomed the resolution.', ['HTI 05 UNO']],
    // What a party announces of its own is its act, which "the move" later means.
    ['North Korea announced its withdrawal from the treaty. Tokyo said it regretted the move.', ['JPN 11 PRK']],
    ['The Knesset passed a law on the status of Jerusalem. Turkey condemned the decision.', ['TUR 11 ISR']],
    // So is a decision no pattern codes, whatever its object.
    ['North Korea announced on Friday that it would leave the treaty. South Korea called the decision deeply regrettable.', ['KOR 11 PRK']],
    ['Hungary moved its embassy to Jerusalem. The Palestinian Authority called the move illegal.', ['PSE 11 HUN']],
    ['Nicaragua ended the mandate of the Taiwanese mission. Taipei called the step regrettable.', ['TWN 11 NIC']],
    // A leaving named by its noun is the act of whoever left.
    ['Burkina Faso quit ECOWAS on Sunday. Ghana called the exit deeply regrettable.', ['BFA 16 WAS', 'GHA 11 BFA']],
    ['Russia quit the grain deal on Monday. Turkey condemned the withdrawal.', ['TUR 11 RUS']],
    // Each party of its subject is an author of it.
    ['Japan and South Korea announced a plan to share missile data. China condemned the plan.', ['CHN 11 JPN', 'CHN 11 KOR', 'JPN 03 KOR']],
    ['Chile and Peru conducted a missile test on Friday. Bolivia called the test a provocation.', ['BOL 11 CHL', 'BOL 11 PER']],
    // An act a party performs, which no pattern codes, is what a later noun of its kind means.
    ['Pakistan conducted a missile test over the weekend. India denounced the test.', ['IND 11 PAK']],
    ['North Korea carried out a satellite launch on Friday. Seoul called the launch a grave provocation.', ['KOR 11 PRK']],
    // With no act of others on record, "the move" others have just criticised.
    ['Poland denounced Hungary\'s plan to veto the aid package. Lithuania also criticised the move.', ['LTU 11 HUN', 'POL 11 HUN']],
    ['Seoul protested against Tokyo\'s new textbooks. Beijing also condemned the decision.', ['CHN 11 JPN', 'KOR 11 JPN']],
    // So when others have criticised a party's deed since the last act, for a word that names no kind of act.
    ['Malawi opened an embassy in Jerusalem. The Palestinians recalled their envoy from Lilongwe. Turkey criticised Malawi. Jordan also condemned the move.', ['JOR 11 MWI', 'MWI 05 ISR', 'PSE 16 MWI', 'TUR 11 MWI']],
    ['Macron held a phone call with Putin on Tuesday. Poland criticised Macron. Zelensky condemned the call.', ['FRA 04 RUS', 'POL 11 FRA', 'UKR 11 FRA', 'UKR 11 RUS']],
    // An agreement with no other party named is its one party's act.
    ['The Somali government agreed to a ceasefire with clan militias. Kenya welcomed the deal.', ['KEN 05 SOM']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
  it('the decision of a cabinet, which acts for its state', () => {
    const text = 'Japan\'s cabinet approved the removal of South Korea from its export list. President Moon Jae-in called the decision reckless.';
    expect(dyads(text, { published: '2019-08-02' })).toEqual(['KOR 11 JPN']);
  });
});

describe('a place name two states share', () => {
  it.each([
    // "Victoria" is the Seychelles' capital and an Australian state: in a story that names Australia, the state.
    ['Australia scrapped two agreements with China. Beijing condemned Victoria\'s decision.', ['AUS 16 CHN', 'CHN 11 AUS']],
    ['India signed a defence pact with Seychelles. China condemned Victoria\'s decision.', ['CHN 11 SYC', 'IND 05 SYC']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a meeting refused', () => {
  it('makes no "two sides" of its parties for a summit named after it', () => {
    const text = 'President Moon Jae-in said he would not hold a separate meeting with Abe at the G20 summit in Osaka, and that discussions on a September summit were off.';
    expect(dyads(text, { published: '2019-06-20' })).toEqual(['KOR 12 JPN']);
  });
});

describe('a response of the speaker\'s own side', () => {
  it.each([
    ['Poland expelled a Russian diplomat. Zakharova said Moscow would respond.', ['POL 16 RUS', 'RUS 13 POL']],
    // Against the party its condition names, before the party last dealt with.
    ['Poland expelled a Russian diplomat. Zakharova said Moscow would respond if Washington expelled more diplomats.', ['POL 16 RUS', 'RUS 13 USA']],
    ['The US imposed export controls on China. Beijing said China would take measures to safeguard its firms.', ['CHN 13 USA', 'USA 16 CHN']],
    // Against the author of the hostile act an "after" clause tells, before the party last dealt with.
    ['Xi met Putin. China said it would respond after the U.S. blacklisted Huawei.', ['CHN 04 RUS', 'CHN 13 USA', 'USA 16 CHN']],
    // A reply with words is no threat.
    ['Lula met Biden. Lula said Brazil would respond to questions later.', ['BRA 04 USA']],
    // An act held out through "forced to", "ready to" or "have to", on a condition naming a party, threatens it.
    ['Dmitry Medvedev said Russia would be forced to take steps of its own if Finland joined NATO.', ['RUS 13 FIN']],
    ['Erdogan said Turkey was ready to send troops to Cyprus if Greece armed the island.', ['TUR 13 GRC']],
    ['Netanyahu said Israel might have to launch a wider military operation if Hezbollah kept firing.', ['ISR 13 LBN']],
    // Penalties a clause names with no other party as theirs are the speaker's side's.
    ['Blinken said sanctions would be reimposed if Caracas broke the deal.', ['USA 13 VEN']],
    // A condition may come first, after the reporting verb and its "that", or after "but that".
    ['Tehran said that if Israel struck again, Iran\'s response would be swift.', ['IRN 13 ISR']],
    ['Beijing said it hoped for calm, but that if Manila sent more ships, China would deploy its navy.', ['CHN 13 PHL']],
    // Readiness with no condition and no act answered, or for a friendly act, threatens no one.
    ['Ankara said it was ready to take all steps to find the truth.', []],
    ['Lavrov said Russia would be ready to resume talks if Washington changed course.', []],
    ['Erdogan said Turkey would be ready to host talks if Russia and Ukraine agreed.', []],
    ['Guyanese President Irfaan Ali met Venezuelan President Nicolas Maduro. Ralph Gonsalves, who brokered the talks, said the two sides agreed to meet again.', ['GUY 03 VEN', 'GUY 04 VEN', 'VCT 04 GUY', 'VCT 04 VEN']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('who a later pronoun or name means', () => {
  it.each([
    ['Britain imposed sanctions on two far-right Israeli cabinet ministers, accusing them of inciting violence.', ['GBR 11 ISR', 'GBR 16 ISR']],
    // An utterance after "and" is the reporter's after an act reported, the report's after an utterance reported.
    ['EU ministers said the Zimbabwean government had blocked the observers and voiced concern about Harare.', ['EEC 11 ZWE']],
    ['Moon Jae-in said Kim Jong Un reaffirmed his commitment and expressed trust in Donald Trump.', ['PRK 05 USA']],
    // An office opened by "a" or "any" is no holder named before.
    ['Justin Trudeau spoke to reporters. Navarro said there was a special place in hell for any foreign leader that engages in bad faith diplomacy with Donald Trump.', []],
    ['Justin Trudeau spoke to reporters. The Canadian leader later met Donald Trump.', ['CAN 04 USA']],
    // "it" in a relative clause inside what a state says is that state.
    ['Poland, the main hub for Western military aid to Ukraine, says it has foiled several plots this year that it blames on Russian intelligence.', ['POL 11 RUS']],
    // "he" opening a main clause is a main clause's subject, not one reported inside another.
    ['Jack Straw said the treatment of the monitors showed that Mugabe intended to steal the election, and he urged Washington to follow suit.', ['GBR 02 USA']],
    ['Jack Straw met Colin Powell, and he urged Mugabe to hold a fair election.', ['GBR 02 ZWE', 'GBR 04 USA']],
    // The one asked is the target, named or not; whom its act is asked against is not.
    ['Hamas urged Arab and Muslim countries to cut their ties with Israel.', []],
    ['Israel urged Washington to keep pressure on Iran.', ['ISR 02 USA']],
    ['Washington has urged governments in the region not to deepen ties with Tehran.', []],
    ['Washington demanded that Moscow withdraw its troops from Ukraine.', ['USA 10 RUS']],
    // A participle whose object is a pronoun for the phrase before it is the clause's: the one urged is not the one urging.
    ['Merkel telephoned Putin urging him to withdraw his troops.', ['DEU 02 RUS', 'DEU 04 RUS']],
    ['Merkel wrote to Lula and Raul Castro urging them to resolve the cases.', ['DEU 02 BRA', 'DEU 02 CUB']],
    ['Police detained Russian diplomats urging protesters to disperse.', []],
    ['The US imposed sanctions on Georgian billionaire Bidzina Ivanishvili, accusing him of undermining democracy.', ['USA 11 GEO', 'USA 16 GEO']],
    // Declining to sanction a state rejects no one.
    ['Serbia has refused to impose sanctions on Russia.', []],
    ['Serbia has refused to join Western sanctions against Russia.', []],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('support promised and gratitude owed', () => {
  it.each([
    ['Fidan said Turkey would support the new administration in Syria.', ['TUR 03 SYR']],
    ['Putin said he was grateful to Beijing for its efforts.', ['RUS 05 CHN']],
    ['Secretary of State Antony Blinken hosted Ararat Mirzoyan and Jeyhun Bayramov. The Secretary commended the ministers for their engagement.', ['ARM 04 USA', 'AZE 04 USA', 'USA 04 ARM', 'USA 04 AZE', 'USA 05 ARM', 'USA 05 AZE']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('refusals of the party at odds', () => {
  it.each([
    ['Spain demanded an apology from Argentina. Milei said he would not apologise.', ['ARG 12 ESP', 'ESP 10 ARG']],
    ['The US threatened Panama. Panama\'s foreign minister said sovereignty over the canal was non-negotiable.', ['PAN 12 USA', 'USA 13 PAN']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('items of a communiqué and invitations', () => {
  it.each([
    ['The Peace and Security Council of the African Union adopted the following decision:\nDecides to immediately suspend the participation of the Gabonese Republic in all activities of the AU.', ['AFU 16 GAB']],
    ['At the invitation of President Vladimir Putin, Kim Jong Un will pay an official visit to Russia.', ['PRK 04 RUS', 'RUS 03 PRK']],
    ['Kishida met Yoon. The two leaders condemned the launch of a ballistic missile carried out by North Korea.', ['JPN 04 KOR', 'JPN 11 PRK', 'KOR 11 PRK']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('territories', () => {
  it('keeps a territory its own code, with the state it belongs to as its country', () => {
    const event = coded('Canada suspended its extradition treaty with Hong Kong.')[0]!;
    expect([event.target.code, event.target.country]).toEqual(['HKG', 'CHN']);
    expect(event.target.resolution).toMatch(/a territory of CHN$/);
  });

  it('makes no event between a territory and the state it belongs to', () => {
    expect(dyads('Danish Prime Minister Mette Frederiksen visited Greenland on Sunday and criticised Washington.', { published: '2025-03-30' })).toEqual(['DNK 11 USA']);
  });
});

describe('exchanges of an earlier year', () => {
  it('are no dialogue a later "the two leaders" means', () => {
    const text = 'Biden met Lourenço in Luanda on Tuesday. He is the first US president to visit since Obama travelled to Kenya in 2015. The two leaders held talks on the Lobito Corridor.';
    const talks = coded(text).filter((e) => e.trigger.includes('talks'));
    expect(talks.map((e) => [e.source.country, e.target.country].sort().join('-'))).toEqual(['AGO-USA']);
  });
});

describe('a participle dated long before the report', () => {
  it.each([
    // Dated by its own phrase, or by the clause it is set off from, with a year the text gives: background.
    ['Britain, Canada and Australia imposed sanctions on Belarus in June 2021, accusing Minsk of forcing down a passenger jet.', ['AUS 16 BLR', 'CAN 16 BLR', 'GBR 16 BLR']],
    ['The ministers reviewed the trade agreement, signed by China and the United States in January 2020.', []],
    // Dated to the week of the report: news.
    ['Britain imposed sanctions on Belarus on Monday, accusing Minsk of forcing down a passenger jet.', ['GBR 11 BLR', 'GBR 16 BLR']],
  ])('%s', (text, expected) => expect(dyads(text, { published: '2024-04-10' })).toEqual(expected));
});

describe('a clause describing a noun with no relative pronoun', () => {
  it.each([
    // "the accords they signed": what the noun is, not news.
    ['Colombia accused Venezuela of breaking the agreements it signed with Bogota.', ['COL 11 VEN']],
    ['Chile accused Bolivia of ignoring the treaty it signed with Santiago in 1904.', ['CHL 11 BOL']],
    // What a speaker tells someone is news.
    ['Lula told reporters he would visit China in March.', ['BRA 04 CHN']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('an act the same sentence named before "it"', () => {
  it.each([
    // The invasion named by its noun is background the report recalls, not coded.
    ['Kishida said Russia\'s invasion of Ukraine was an attempt to change the status quo, and that Tokyo strongly condemned it.', ['JPN 11 RUS']],
    ['Russia launched an attack on Ukraine\'s grid overnight and Britain condemned it.', ['GBR 11 RUS', 'RUS 19 UKR']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a group a plural phrase referred to', () => {
  it('is not named by a number joined to a noun by a hyphen ("the two-day meeting")', () => {
    expect(dyads('Merkel met Mugabe in Lisbon. The two-day meeting, hosted by Portuguese Prime Minister Jose Socrates, ended.')).toEqual(['DEU 04 ZWE']);
  });
  it('is whom a later "they" means, and no group is formed across ", and" before a new clause', () => {
    const text = 'Kishida held talks with Marcos. Kishida explained Japan\'s new National Security Strategy, and President Marcos welcomed Japan\'s commitment. The two leaders shared concerns over the South China Sea. They condemned North Korea\'s missile launches.';
    expect(dyads(text)).toEqual(['JPN 04 PHL', 'JPN 11 PRK', 'PHL 05 JPN', 'PHL 11 PRK']);
  });
  it('is, for a subject "they", the last sentence\'s plural subject before a group that sentence listed in passing', () => {
    const text = 'Biden held a call with Xi. The leaders also exchanged views on regional challenges including North Korea, Afghanistan and Iran. They agreed to hold talks again.';
    expect(dyads(text)).toEqual(['USA 03 CHN', 'USA 04 CHN']);
  });
});

describe('acts told in passing', () => {
  it('are not what a later "the attack" means while an act was told as news', () => {
    const text = 'Iran fired missiles at U.S. troops in Iraq. The Revolutionary Guards said the strikes were revenge for Soleimani, who was killed in a U.S. drone strike in Baghdad on Friday. NATO condemned the attack.';
    expect(dyads(text)).toContain('NAT 11 IRN');
    expect(dyads(text)).not.toContain('NAT 11 USA');
  });

  it('named in a phrase of the news, are not either', () => {
    const text = "Israel carried out air strikes on Iran, in response to Tehran's missile attack on Israel earlier this month. Saudi Arabia condemned the attack.";
    expect(dyads(text)).toContain('SAU 11 ISR');
  });
});

describe('pacts and news referred back to, and feelings about them', () => {
  it.each([
    ['The United States, Britain and Australia signed a security pact on Wednesday. Beijing condemned the pact on Tuesday.', ['CHN 11 AUS', 'CHN 11 GBR', 'CHN 11 USA', 'GBR 05 AUS', 'USA 05 AUS', 'USA 05 GBR']],
    ['The Vatican announced that Pope Francis would visit Iraq in March. Baghdad welcomed the news.', ['IRQ 05 VAT', 'VAT 04 IRQ']],
    ['Hungary and Slovakia signed a treaty on Sunday. France hailed the signing as a historic moment.', ['FRA 05 HUN', 'FRA 05 SVK', 'HUN 05 SVK']],
    ['China and Solomon Islands signed a security agreement. Washington was concerned about the agreement.', ['CHN 05 SLB', 'USA 11 CHN', 'USA 11 SLB']],
    ['Guterres was gravely alarmed by Russia\'s actions.', ['UNO 11 RUS']],
    // A feeling expressed as the verb's own noun: the phrase after the noun refers back.
    ['Japan held talks with India. China expelled two Japanese diplomats. Tokyo voiced concern over the expulsions.', ['CHN 16 JPN', 'JPN 04 IND', 'JPN 11 CHN']],
    ['Peru held talks with Chile. Bolivia recalled its ambassador from Lima. Peru expressed deep disappointment at the decision.', ['BOL 16 PER', 'PER 04 CHL', 'PER 11 BOL']],
    // Quotation marks around the adverb and the feeling keep them the verb's.
    ['Israel struck Gaza City. A spokesman said the United States was "deeply troubled" by the strike.', ['ISR 19 PSE', 'USA 11 ISR']],
    // A feeling about an act inside one state is about that state.
    ['President Yameen declared a 15-day state of emergency in the Maldives. The United States said it was troubled by the emergency.', ['USA 11 MDV']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('an act judged that its "between" phrase gives parties', () => {
  it.each([
    ['Brazil welcomed the ceasefire between Israel and Iran.', ['BRA 05 IRN', 'BRA 05 ISR']],
    ['Turkey condemned the fighting between Sudan and South Sudan.', ['TUR 11 SDN', 'TUR 11 SSD']],
    // Past an "of" phrase that names no party.
    ['Canada welcomed the restoration of ties between Saudi Arabia and Iran.', ['CAN 05 IRN', 'CAN 05 SAU']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('what is no demand of the party last dealt with', () => {
  it.each([
    // Insisting on what was so states it; insisting that a party act demands.
    ['Turkey shot down a Russian jet. Moscow insists the plane never left Syrian airspace.', ['TUR 19 RUS']],
    ['Egypt insisted that Israel must withdraw its forces.', ['EGY 10 ISR']],
    ['U.S. officials insisted that the visit did not change their policy toward China.', []],
    ['Dong told Austin that the Taiwan question was the core of China\'s interests and that the United States must stop interfering in it.', ['CHN 10 USA']],
    // A stance held over time is put to no one in particular; a question requests nothing.
    ['Modi met Zelensky in Kyiv. India has consistently called for dialogue and diplomacy.', ['IND 04 UKR']],
    ['Aliyev met Putin in Sochi. Azerbaijan has repeatedly threatened to use force in Karabakh.', ['AZE 04 RUS']],
    ['Modi met Zelensky in Kyiv. India called for dialogue.', ['IND 02 UKR', 'IND 04 UKR']],
    ['Erdogan criticised Macron. Erdogan asked what Macron\'s problem with Muslims was.', ['TUR 11 FRA']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('an object pronoun', () => {
  it.each([
    // "him" is not its clause's own subject, but the person the sentence named before.
    ['Modi spoke with Putin and congratulated him on his re-election.', ['IND 04 RUS', 'IND 05 RUS']],
    ['Biden met Lula. He praised him for his leadership.', ['USA 04 BRA', 'USA 05 BRA']],
    ['Berlin summoned Russia\'s ambassador, Sergei Nechayev, to inform him of the findings.', ['DEU 11 RUS']],
    // "his" before one's own people or office is the subject's; before anything else, the person named before.
    ['Foreign Minister Penny Wong criticised Xi Jinping. Prime Minister Anthony Albanese backed his minister.', ['AUS 11 CHN']],
    ['Katz called Erdogan a dictator. He said he had told his ministry to find alternatives.', ['ISR 11 TUR']],
    ['Blinken met Wang Yi and praised his efforts.', ['USA 04 CHN', 'USA 05 CHN']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a subject pronoun after ", and"', () => {
  it('opens a clause of the person the last "he" meant, joining no list', () => {
    expect(dyads('Putin arrived in France on Thursday. In the evening he met Prime Minister David Cameron in Paris, and he later dined with Hollande at the Elysee Palace.', { published: '2014-06-06' })).toEqual(['RUS 04 FRA', 'RUS 04 GBR']);
  });
});

describe('an object pronoun said again', () => {
  it('means the person it meant before, not the subject of the clause before', () => {
    expect(dyads('Crown Prince Mohammed bin Salman was shunned. Since then U.S. President Joe Biden met him in Jeddah, and French President Emmanuel Macron received him in Paris.', { published: '2022-09-24' })).toEqual(['FRA 04 SAU', 'SAU 04 FRA', 'USA 04 SAU']);
  });
});

describe('a place below a state before an event noun', () => {
  it('says where the event was, not who held it', () => {
    expect(dyads('Leaders of Japan and South Korea arrived at Camp David on Friday. At the Camp David summit, Biden announced a new pact.', { published: '2023-08-19' })).toEqual(['JPN 04 USA', 'KOR 04 USA']);
  });
});

describe('"the two countries" after a clash told since the last exchange', () => {
  it('are the clash\'s parties, not the last exchange\'s', () => {
    const text = 'Sarkozy met President Ali Bongo Ondimba in Libreville on Wednesday. Rwanda broke off diplomatic relations with France in 2006. The two countries restored diplomatic ties in November.';
    expect(dyads(text, { published: '2010-02-24' })).toEqual(['FRA 04 GAB', 'RWA 05 FRA', 'RWA 16 FRA']);
  });
});

describe('an act inside one state', () => {
  it.each([
    // "the coup" is against the state the report names most, not the party last dealt with.
    ['Mutinous soldiers seized power in Mali on Thursday. The African Union condemned the coup.', ['AFU 11 MLI']],
    ['Soldiers ousted the president of Mali. The U.N. Security Council condemned the seizure of power.', ['UNO 11 MLI']],
    ['AU chief condemns seizure of power in Guinea\nThe Chairperson condemns any seizure of power by force in the strongest terms.', ['AFU 11 GIN']],
    ['Soldiers in Niger detained President Mohamed Bazoum. Nigeria said it had spoken to France. France and Nigeria condemned the coup.', ['FRA 11 NER', 'NGA 04 FRA', 'NGA 11 NER']],
    // Before that, the one state the sentence before names, when the sentence itself names no other.
    ['Putin hosted African leaders in St Petersburg. Russia offered them free grain, and Putin said Russia would stand by Africa. Soldiers seized power in Gabon on Wednesday. The African Union condemned the coup.', ['AFU 04 RUS', 'AFU 11 GAB', 'RUS 04 AFU']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('an act of the same kind as the last, with no target of its own', () => {
  it.each([
    ['Saudi Arabia cut diplomatic ties with Iran. The United Arab Emirates downgraded its ties.', ['ARE 16 IRN', 'SAU 16 IRN']],
    ['Saudi Arabia cut diplomatic ties with Iran. Bahrain and Sudan also severed relations.', ['BHR 16 IRN', 'SAU 16 IRN', 'SDN 16 IRN']],
    // Words are not aimed by precedent: a concern with no one named is put to no one here.
    ['Russia struck Kyiv. China expressed concern.', ['RUS 19 UKR']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('"the ministers" after ministers named in a phrase', () => {
  it('are those ministers, before the parties of the last talks', () => {
    const text = 'Thailand and Cambodia held talks at an informal meeting of ASEAN foreign ministers in Jakarta. The ministers urged Bangkok and Phnom Penh to exercise restraint.';
    expect(dyads(text)).toEqual(['ASN 02 KHM', 'ASN 02 THA', 'THA 04 KHM']);
  });

  it.each([
    // The tagger may take a participle after them for the phrase's head ("ministers meeting in Brussels").
    ['EU foreign ministers meeting in Brussels decided not to renew the asset freezes. The ministers urged Belarus to improve its record on human rights.', ['EEC 02 BLR']],
    // "they" in the next sentence are the people a plural subject named, before an older group.
    ['Biden and Lula met in Brasilia. EU ministers urged Belarus to free political prisoners. They also called on Belarus to abolish the death penalty.', ['EEC 02 BLR', 'USA 04 BRA']],
    ['U.S. officials criticised Beijing. They also accused China of cyber espionage.', ['USA 11 CHN']],
    // Not once the subject's people dealt with another party: "they" are both.
    ['EU ministers met Lavrov in Brussels. They agreed to meet again.', ['EEC 03 RUS', 'EEC 04 RUS']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});
