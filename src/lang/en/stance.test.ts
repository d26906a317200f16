import { describe, expect, it } from 'vitest';
import { dyadChecks } from '../../../test/dyads.js';

const { dyads } = dyadChecks('en', '2024-04-10');

describe('criticism by evaluation', () => {
  it.each([
    ["Manila described Beijing's manoeuvres as dangerous and provocative.", ['PHL 11 CHN']],
    // An expletive "it" stands for the clause after the judgement, when that clause tells an act.
    ['U.N. Secretary-General Antonio Guterres called it deplorable that Pyongyang had defied the Security Council.', ['PRK 12 UNO', 'UNO 11 PRK']],
    ['Japan said it was regrettable that North Korea had ignored the appeals.', ['JPN 11 PRK']],
    ['Peru said it was unjust that Bolivia had no outlet to the sea.', []],
    ['The Kenyan foreign ministry said Ethiopia had acted irresponsibly.', ['KEN 11 ETH']],
    // Blame borne, and a threat posed, are judgements too.
    ['Sweden said Belarus bore responsibility for the crisis at the border.', ['SWE 11 BLR']],
    ['Greece said Turkey was to blame for the collapse of the talks.', ['GRC 11 TUR']],
    // A ruling tells as a statement does.
    ['The WTO ruled that Indonesia had violated trade rules.', ['WTO 11 IDN']],
    ["Japan's defence ministry said Russia's naval drills posed a threat to shipping.", ['JPN 11 RUS']],
    // The evaluated act is named by a noun: its author is criticised.
    ['Canada banned imports of Chinese steel. Beijing said the ban was unjustified.', ['CAN 16 CHN', 'CHN 11 CAN']],
    // "the remarks": whoever spoke last, of another side.
    ['Lavrov said Japan was preparing for war. Tokyo called the remarks deeply irresponsible.', ['JPN 11 RUS']],
    // A quoted evaluation is still what the verb names, and "called" is then no phone call.
    ['Ankara called Greece\'s decision "deeply aggressive" on Friday.', ['TUR 11 GRC']],
    ['Hungary expelled two Slovak diplomats. Bratislava called the move disproportionate.', ['HUN 16 SVK', 'SVK 11 HUN']],
    // A hyphenated evaluation the tagger cuts into pieces, and adjectives joined by "and" after the noun named.
    ['The EU imposed a travel ban on Lukashenko. Minsk called the ban ill-advised.', ['BLR 11 EEC', 'EEC 16 BLR']],
    ['The EU imposed a travel ban on Lukashenko. Minsk called the ban costly and wrong.', ['BLR 11 EEC', 'EEC 16 BLR']],
    ['Israel annexed the Golan Heights. Syria called the move an affront to its sovereignty.', ['ISR 19 SYR', 'SYR 11 ISR']],
    ['Israel annexed the Golan Heights. Syria called the move an infringement of its sovereignty.', ['ISR 19 SYR', 'SYR 11 ISR']],
    // People called by a name of contempt are criticised, not telephoned.
    ['Khamenei called Trump and Macron criminals.', ['IRN 11 FRA', 'IRN 11 USA']],
    ['Maduro called Colombian President Ivan Duque a puppet of Washington.', ['VEN 11 COL']],
    ['The State Department described Venezuela as an autocracy.', ['USA 11 VEN']],
    ['Panama called the Venezuelan measures nonsense.', ['PAN 11 VEN']],
    // Words that judge an act as harsh, inadequate or a step back.
    ['Russia expelled two Ukrainian diplomats. Kyiv called the move absolutely inadequate.', ['RUS 16 UKR', 'UKR 11 RUS']],
    ['The United States imposed tariffs on Chinese steel. Beijing called the tariffs a step backwards.', ['CHN 11 USA', 'USA 16 CHN']],
    // A claim's author after "by" is the one protested against, not what the claim is about.
    ['Beijing protested against remarks by Japanese Prime Minister Shigeru Ishiba about Taiwan.', ['CHN 11 JPN']],
    // "responsible" blames what it is said of, not the noun it stands before.
    ['Putin called Egypt a responsible partner.', []],
    ['Kyiv held Moscow responsible for the attack.', ['UKR 11 RUS']],
    // A finding of breach is given in an "in" phrase; one of compliance judges no one.
    ['The IAEA board of governors found Syria in violation of its safeguards agreement.', ['IAE 11 SYR']],
    ['Inspectors from the IAEA found Syria in compliance with its safeguards agreement.', []],
    // A veto is an act a later "the veto" means.
    ['Russia vetoed a draft resolution on Syria. Britain called the veto shameful.', ['GBR 11 RUS']],
    // A noun that judges, run into one phrase with the act named before it.
    ['Venezuela suspended economic relations with Panama. Varela called the measures nonsense.', ['PAN 11 VEN', 'VEN 16 PAN']],
    // The party after "of" a noun of conduct has; not one whose people are counted ("five of their fighters").
    ['Moscow said the eastward expansion of NATO was a mistake.', ['RUS 11 NAT']],
    ['The Houthis said five of their fighters were killed.', []],
    ['Russia banned food imports from Iceland. Iceland said the decision was deeply disappointing.', ['ISL 11 RUS', 'RUS 16 ISL']],
    // A course of conduct the words condemn, a failure at a duty, a decision regarded as unjustified.
    ["Russia's foreign ministry said New Zealand had adopted a Russophobic course.", ['RUS 11 NZL']],
    ['Malian Foreign Minister Abdoulaye Diop said the UN mission had failed to fulfil its mandate.', ['MLI 11 UNO']],
    ['EU spokesman Peter Stano said the bloc regarded the Nicaraguan decision as unjustified.', ['EEC 11 NIC']],
    // A noun's infinitive and its object belong to the subject they follow.
    ["Irfaan Ali said Venezuela's plan to annex the region was a direct threat to Guyana's sovereignty.", ['GUY 11 VEN']],
    // … and when the infinitive has phrases but no object.
    ["Japan said Seoul's plan to return to the disputed reef in May was unacceptable.", ['JPN 11 KOR']],
    // A result or claim judged fraudulent or rigged.
    ["Canada said Lukashenko's declared victory was fraudulent.", ['CAN 11 BLR']],
    // A wrong quoted from its verb's adverb on is still the clause's verb.
    ['China\'s foreign ministry said Pelosi had "seriously interfered in China\'s internal affairs".', ['CHN 11 USA']],
    // Putting a good no party owns at risk accuses whoever does it, as done or as what would follow; it threatens
    // no party.
    ['Manila protested to Beijing. The State Department said China\'s actions "directly threaten regional peace and stability".', ['PHL 11 CHN', 'USA 11 CHN']],
    ['The State Department said China\'s conduct would endanger the peace process.', ['USA 11 CHN']],
    // Harming relations or trust accuses as endangering peace does; harming a thing is no accusation.
    ['Ankara said Athens had deliberately poisoned relations between the two neighbours.', ['TUR 11 GRC']],
    ['Seoul said Tokyo had badly eroded its ties with the region.', ['KOR 11 JPN']],
    ['Kyiv said Russia had damaged the dam.', []],
    // Conduct a party owns, judged by the words that name it, whatever the clause says of it.
    ["The Kremlin said the conflict was the direct result of NATO's long-standing aggressive policy.", ['RUS 11 NAT']],
    ["Blinken said Russia's disappointing decision to grant asylum was also a factor.", ['USA 11 RUS']],
    ['Tehran said the recall followed the irresponsible actions of Britain and France.', ['IRN 11 FRA', 'IRN 11 GBR']],
    // A course a party goes down, takes or heads along, judged, judges the party.
    ['Ankara said Athens had gone down a dangerous path.', ['TUR 11 GRC']],
    ['Seoul said Tokyo was heading down a reckless road.', ['KOR 11 JPN']],
    ['Manila said the talks were held despite the dangerous manoeuvres by China.', ['PHL 11 CHN']],
    // An evaluation in what a participle after the naming describes.
    // A wrong or a failing told as the reason for a party's act.
    ['Russia banned Moldovan wine because Moldova had repeatedly failed to fix quality problems.', ['RUS 11 MDA', 'RUS 16 MDA']],
    // What goes on in a state, judged, judges the state; "a coup" judges who made it.
    ['Turkey said the situation in Syria was unacceptable.', ['TUR 11 SYR']],
    ["Mexico's government described the events in Bolivia as a coup.", ['MEX 11 BOL']],
    ['Blinken and Sikorski signed the radar deal. Blinken called the deal a landmark agreement between allies facing a common threat.', ['USA 05 POL']],
    // A duty said to be left undone, or an appeal ignored, accuses; conduct said not to be what it should criticises.
    ['Armenia said Azerbaijan had never honoured the ceasefire terms.', ['ARM 11 AZE']],
    ['The IAEA said Iran was not complying with its safeguards obligations.', ['IAE 11 IRN']],
    ['Vienna said Budapest had disregarded the court ruling on asylum seekers.', ['AUT 11 HUN']],
    ["Ghana said Togo's decision to close the border was not justified.", ['GHA 11 TGO']],
    ['Chile recalled its ambassador from Lima. Peru said the move was not helpful.', ['CHL 16 PER', 'PER 11 CHL']],
    // A right denied to a party rebukes it; a word of contempt for a government judges it.
    ['Beijing said Washington had no right to meddle in Hong Kong.', ['CHN 11 USA']],
    ['Baku said Paris did not have the right to lecture Azerbaijan.', ['AZE 11 FRA']],
    ['Pretoria described the Israeli campaign as genocidal.', ['ZAF 11 ISR']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));

  it.each([
    // Calling someone something good is no criticism, and no phone call either.
    ['Tokyo called Seoul a close partner.'],
    // The evaluation must be said of the party, not of its circumstances.
    ['Germany said Ukraine faced a dangerous winter.'],
    ['Zelensky said Ukraine faced a hostile winter.'],
    ['Lula said Brazil had adopted a new course.'],
    ['Spain said Morocco was not wrong to close the border.'],
    // A duty foretold as refused, or conduct said to be fitting, accuses no one.
    ['Serbia said it would not respect the ruling of the arbitration panel.'],
    ["Ghana said Togo's decision to close the border was justified."],
    ['Warsaw said Poland had every right to build the fence.'],
    ['Manila said the storm threatened regional security.'],
    // A judging noun that only describes another ("genocide case"), or a party wronged rather than judged.
    ["Turkey said it would join South Africa's genocide case at the court."],
    ["Pakistan said the strike was a violation of Iraq's airspace."],
    // A word of a proper name is no judgement.
    ["France had to obtain an exemption because Syria's Sharaa is subject to a travel ban as a former leader of Hayat Tahrir al-Sham."],
  ])('%s', (text) => expect(dyads(text)).toEqual([]));
});

describe('demands told through a modal', () => {
  it.each([
    ['Paris said Niger must release the detained ambassador.', ['FRA 1053 NER'], 4],
    ['Egypt told Israel it should allow more aid into Gaza.', ['EGY 0255 ISR'], 4],
    ['Seoul said Tokyo needs to apologise.', ['KOR 020 JPN'], 3],
    // A stated hope of what another party will do asks it of that party.
    ['Xi expressed the hope that the US side would take substantive actions.', ['CHN 020 USA'], 3],
    // What a thing of no party must be asks nothing of anyone.
    ['Israel struck Beirut. Egypt said the strike must be the object of universal condemnation.', ['ISR 190 LBN'], 3],
    // What an expletive "it" says must or should be done, by the party of its "for" phrase or "that" clause, or by
    // the one told.
    ['Yerevan said it was high time for Baku to withdraw its troops.', ['ARM 0256 AZE'], 4],
    ['Ankara said it was essential that Athens halt the drilling.', ['TUR 100 GRC'], 3],
    ['Sheikh Hasina told Modi it was vital to settle the water dispute.', ['BGD 100 IND'], 3],
  ])('%s', (text, expected, digits) => expect(dyads(text, { digits })).toEqual(expected));

  it.each([
    // What a speaker asks of its own side too is no demand on the other.
    ['Lula said Brazil and Argentina should deepen their trade ties.'],
    // "would have to" foretells.
    ['Ghana said Nigeria would have to pay more for gas.'],
    // A hope told by the verb is as often a wish for the other party.
    ['Bolsonaro said he hoped Trump would win re-election.'],
    // An expletive "it" of what is needed, with no party to do it.
    ['Macron said it was necessary to find a solution.'],
  ])('%s', (text) => expect(dyads(text)).toEqual([]));

  it.each([
    // What is asked of an act of no one in particular is asked of no one, not of the last party dealt with.
    ['Honduran leader Manuel Zelaya met Costa Rican President Oscar Arias in San Jose. Zelaya said any agreement must restore the rule of law.', ['HND 04 CRI']],
    ['Putin met Macron. Putin said any summit should produce concrete results.', ['RUS 04 FRA']],
  ])('%s', (text, expected) => expect(dyads(text, { published: '2019-07-09' })).toEqual(expected));
});

describe('threats told through their idiom', () => {
  it.each([
    ['The Pakistani army said India would pay dearly for the raid.', ['PAK 13 IND']],
    ['Canberra said Beijing would face further sanctions if the detentions continued.', ['AUS 13 CHN']],
    ['A Hezbollah commander said Israel and Cyprus would have to pay a heavy price.', ['LBN 13 CYP', 'LBN 13 ISR']],
    // "them" after acts named with no party since are those acts: their author is criticised.
    ['Russia expelled two Estonian diplomats. Germany called the expulsions unjustified, and France also condemned them.', ['DEU 11 RUS', 'FRA 11 RUS', 'RUS 16 EST']],
    // A hostile act held out on a condition, or one the subject stands ready for, is a threat made now.
    ['The US warned it would impose sanctions on Turkey if it bought the missiles.', ['USA 13 TUR']],
    ['The EU will impose sanctions on Russia unless it withdraws its troops.', ['EEC 13 RUS']],
    ['Israel will strike Iran if it does not halt enrichment.', ['ISR 13 IRN']],
    ['Canada said it stands ready to impose further sanctions on Iran.', ['CAN 13 IRN']],
    ['Biden said he would not hesitate to strike Syria again.', ['USA 13 SYR']],
    ['Israel is not ready to strike Iran.', []],
    ['The EU urged Britain to impose sanctions on Russia.', ['EEC 02 GBR']],
    // An act said to be met with force, or to be a declaration of war, threatens its author named after it.
    ['Kyiv said any provocation by Belarus would be met with an immediate military response.', ['UKR 13 BLR']],
    ['Mali said any intervention by Nigeria would be considered a declaration of war.', ['MLI 13 NGA']],
    // An act said not to go unanswered threatens its author.
    ['Russia expelled two Estonian diplomats. Tallinn said the expulsions would not go unanswered.', ['EST 13 RUS', 'RUS 16 EST']],
    ["Russia expelled two Estonian diplomats. Tallinn said the expulsions won't go unanswered.", ['EST 13 RUS', 'RUS 16 EST']],
    // A response of the speaker's own side held out in a warning threatens the party it last dealt with.
    ['Poland summoned the Russian ambassador. Sikorski warned that Warsaw would take further action if such attacks continued.', ['POL 11 RUS', 'POL 13 RUS']],
    // Penalties said to be still to come.
    ['The United States imposed sanctions on Cuba. Biden warned that more measures would follow.', ['USA 13 CUB', 'USA 16 CUB']],
    ['The United States imposed sanctions on Cuba. Biden said no more measures would follow.', ['USA 16 CUB']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));

  it('leaves a threat as the threat, not the act a later "the strikes" means', () => {
    const text = 'Israel struck Gaza. Hamas said Israel would pay a heavy price. Jordan condemned the strikes.';
    expect(dyads(text)).toEqual(['ISR 19 PSE', 'JOR 11 ISR', 'PSE 13 ISR']);
  });
});

describe("what the speaker's own side would suffer", () => {
  it.each([
    // A passive of a verb of response is no response of the speaker's side.
    ['Japan tightened export controls on South Korea. Seoul said South Korean exporters would be hit hardest.', ['JPN 16 KOR']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a party said to have a right to defend itself', () => {
  it.each([
    // Backed; rebuked, not backed, when it is said to have none.
    ['Macron said Estonia had every right to defend its airspace.', ['FRA 05 EST']],
    ['Lavrov said Georgia had no right to defend the region.', ['RUS 11 GEO']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a measure said to fall on a party', () => {
  it.each([
    // The speaker's measure against the party it applies to; not one said to spare it.
    ['Ottawa said the new tariffs would apply to Japan and South Korea from Monday.', ['CAN 16 JPN', 'CAN 16 KOR']],
    ['Ottawa said the new tariffs would not apply to Mexico.', []],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe("praise of a party's conduct", () => {
  it.each([
    // Conduct a party owns, named or said to be praiseworthy; not when negated, nor what is no one's conduct.
    ["Kenya's president called Ethiopia's decision brave and statesmanlike.", ['KEN 05 ETH']],
    ["Moscow described Ankara's role in the talks as constructive.", ['RUS 05 TUR']],
    ["Seoul said Tokyo's response was a step in the right direction.", ['KOR 05 JPN']],
    ['Guterres called the pledge by Norway a milestone.', ['UNO 05 NOR']],
    ["Seoul did not call Tokyo's response a step forward.", []],
    ["Delhi called Nepal's rivers a landmark.", []],
    ['Scholz met Lula in Brasilia. Scholz called the talks constructive.', ['DEU 04 BRA']],
    // "the move" alone is the act last named.
    ['Hanoi agreed to free the jailed activists. Washington called the move encouraging.', ['USA 05 VNM']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});
