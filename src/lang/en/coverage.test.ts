import { describe, expect, it } from 'vitest';
import { dyadChecks } from '../../../test/dyads.js';

const { coded, expectDyads } = dyadChecks('en', '2024-04-10');

describe('English wording coverage', () => {
  const rows: [wording: string, text: string, expected: string[]][] = [
    // 01
    ['denied accusations', 'Iran denied the accusations by Israel.', ['IRN 016 ISR']],
    ['dismissed claims', "Russia dismissed Ukraine's claims.", ['RUS 111 UKR']],
    ['denied the accusations', "Russia denied Ukraine's accusations.", ['RUS 016 UKR']],
    // 02, 10
    ['made an appeal', 'Ukraine made an appeal to NATO.', ['UKR 020 NAT']],
    ['pleaded with', 'Kenya pleaded with Ethiopia.', ['KEN 020 ETH']],
    ['asked for support', "Ukraine asked for Germany's support.", ['UKR 020 DEU']],
    ['asked for military support from', 'Ukraine asked for military support from Germany.', ['UKR 023 DEU']],
    ['pressed on', 'Blinken pressed China on its support for Russia.', ['USA 020 CHN']],
    ['demanded a public apology from', 'Iran demanded a public apology from Britain.', ['IRN 100 GBR']],
    ['demanded an apology from', 'China demanded an apology from Japan.', ['CHN 100 JPN']],
    // 03
    ['extended an invitation', 'China extended an invitation to Brazil.', ['CHN 036 BRA']],
    ['offered talks', 'Russia offered talks to Ukraine.', ['RUS 036 UKR']],
    ['offered to mediate', 'Egypt offered to mediate between Sudan and Ethiopia.', ['EGY 03 SDN', 'EGY 03 ETH']],
    ['offered good offices', 'Turkey offered its good offices to Russia and Ukraine.', ['TUR 039 RUS', 'TUR 039 UKR']],
    ['reaffirmed the strategic partnership with', 'Japan reaffirmed the strategic partnership with Australia.', ['JPN 030 AUS']],
    ['expressed interest in deepening cooperation', 'India expressed interest in deepening cooperation with Brazil.', ['IND 030 BRA']],
    ['committed to building a relationship', 'Vietnam is committed to building a relationship with the United States.', ['VNM 030 USA']],
    ['would continue to engage with', 'Indonesia said it would continue to engage with China.', ['IDN 036 CHN']],
    ['promised to send police to', 'Kenya promised to send police officers to Haiti.', ['KEN 033 HTI']],
    ['agreed to pause tariffs', 'The United States agreed to pause tariffs on Mexico.', ['USA 034 MEX']],
    ['invited to a capital', 'China invited Lula to Beijing.', ['CHN 036 BRA']],
    ['will travel to', 'Macron will travel to China.', ['FRA 042 CHN']],
    ['is scheduled to meet', 'Biden is scheduled to meet Xi.', ['USA 036 CHN']],
    ['will hold talks with', 'Modi will hold talks with Putin.', ['IND 036 RUS']],
    ['accepted an invitation to visit', 'Lula accepted an invitation to visit China.', ['BRA 036 CHN']],
    ['accepted an invitation to travel to', 'Modi accepted an invitation to travel to Egypt.', ['IND 036 EGY']],
    ["accepted someone's invitation", "Lula accepted Xi's invitation.", ['BRA 036 CHN', 'CHN 036 BRA']],
    ['interested in buying from', 'India is interested in buying fighter jets from France.', ['IND 031 FRA']],
    ['interested in acquiring from', 'Turkey is interested in acquiring drones from Ukraine.', ['TUR 031 UKR']],
    // 04
    ['held bilateral talks', 'Biden held bilateral talks with Xi.', ['USA 040 CHN']],
    ['received on an official visit', 'Putin received Modi on an official visit.', ['RUS 043 IND', 'IND 042 RUS']],
    // 05
    ['restored relations (pair)', 'Saudi Arabia and Iran restored diplomatic relations.', ['SAU 050 IRN']],
    ['normalised ties with', 'Bahrain normalised ties with Israel.', ['BHR 050 ISR']],
    ['reopened embassy in', 'Turkey reopened its embassy in Damascus.', ['TUR 050 SYR']],
    ['offered an apology', 'Japan offered an apology to South Korea.', ['JPN 055 KOR']],
    ['paid tribute to', 'India paid tribute to Japan.', ['IND 051 JPN']],
    ['threw its weight behind', 'France threw its weight behind Ukraine.', ['FRA 051 UKR']],
    ['stood with', 'Poland stood with Ukraine.', ['POL 051 UKR']],
    ['affirmed support for', 'India affirmed support for Palestine.', ['IND 051 PSE']],
    ['underscored support for', 'Canada underscored its support for Ukraine.', ['CAN 051 UKR']],
    ['extended recognition', 'Spain extended recognition to Palestine.', ['ESP 054 PSE']],
    ['announced it would recognise', 'Spain announced it would recognise Palestine.', ['ESP 054 PSE']],
    ['conferred the highest award on', 'India conferred the highest national award on Putin.', ['IND 051 RUS']],
    ['awarded the Order of', 'Russia awarded Modi the Order of St Andrew.', ['RUS 051 IND']],
    ['signed a memorandum with', 'Brazil signed a memorandum with Argentina.', ['BRA 057 ARG']],
    ['signed instruments of', 'India and Egypt signed instruments of ratification.', ['IND 057 EGY']],
    // 06
    ['joined forces with', 'Germany joined forces with France.', ['DEU 060 FRA']],
    ['invested in', 'Qatar invested in Egypt.', ['QAT 061 EGY']],
    ['bought weapons from', 'Turkey bought S-400 missiles from Russia.', ['TUR 062 RUS']],
    ['bought oil from', 'India bought oil from Russia.', ['IND 061 RUS']],
    ['staged joint drills (pair)', 'China and Russia staged joint air drills.', ['CHN 062 RUS']],
    ['extradited to', 'Spain extradited the suspect to the United States.', ['ESP 063 USA']],
    // 07
    ['granted asylum', 'Japan granted asylum to a Chinese dissident.', ['JPN 075 CHN']],
    ['rushed aid', 'Germany rushed aid to Turkey.', ['DEU 070 TUR']],
    ['sent vaccines', 'China sent vaccines to Pakistan.', ['CHN 073 PAK']],
    // 08
    ['released nationals', 'Iran released two French nationals.', ['IRN 0841 FRA']],
    ['freed an aid worker', 'Iran freed a British aid worker.', ['IRN 0841 GBR']],
    ['exchanged prisoners', 'Russia and Ukraine exchanged prisoners.', ['RUS 0841 UKR']],
    ['withdrew troops from', 'Russia withdrew its troops from Kherson.', ['RUS 0874 UKR']],
    ['declared a ceasefire', 'Israel declared a ceasefire in Gaza.', ['ISR 0871 PSE']],
    ['eased the blockade', 'Israel eased the blockade of Gaza.', ['ISR 0872 PSE']],
    ['eased restrictions on', 'China eased restrictions on Japanese seafood.', ['CHN 085 JPN']],
    ['lifted the surtax on', 'China lifted the surtax on Canadian canola.', ['CHN 085 CAN']],
    // 09
    ['opened an investigation into', 'The ICC opened an investigation into Israel.', ['ICC 090 ISR']],
    // 11
    ['voiced criticism of', 'Germany voiced criticism of Israel.', ['DEU 111 ISR']],
    ['levelled accusations at', 'China levelled accusations at the United States.', ['CHN 112 USA']],
    ['took issue with', 'Iran took issue with France.', ['IRN 110 FRA']],
    ['expressed alarm over', 'France expressed alarm over Iran.', ['FRA 110 IRN']],
    ['gravely alarmed by', "Japan said it was gravely alarmed by China's actions.", ['JPN 110 CHN']],
    ['set out concerns to', 'Japan set out concerns about the drills to China.', ['JPN 110 CHN']],
    ['accusing of failing to', 'Pakistan condemned India, accusing it of failing to act against militants.', ['PAK 111 IND', 'PAK 112 IND']],
    ['called regrettable', "Japan called China's move regrettable.", ['JPN 111 CHN']],
    ['summoned the ambassadors of', 'China summoned the ambassadors of Britain and Canada.', ['CHN 114 GBR', 'CHN 114 CAN']],
    ['called in the ambassador', 'Poland called in the Russian ambassador.', ['POL 114 RUS']],
    ['filed a lawsuit against', 'Ukraine filed a lawsuit against Russia.', ['UKR 115 RUS']],
    ['brought a case against', 'South Africa brought a case against Israel at the ICJ.', ['ZAF 115 ISR']],
    // 12
    ['ruled out talks with', 'Israel ruled out talks with Hamas.', ['ISR 125 PSE']],
    ['defied', 'Hungary defied the European Union.', ['HUN 128 EEC']],
    ['refused to apologise to', 'China refused to apologise to the Philippines.', ['CHN 120 PHL']],
    ['rejected as non-negotiable', "Taiwan rejected China's demands as non-negotiable.", ['CHN 100 TWN', 'TWN 120 CHN']],
    // 13
    ['vowed revenge against', 'Iran vowed revenge against Israel.', ['IRN 138 ISR']],
    ['issued a stern warning', 'North Korea issued a stern warning to South Korea.', ['PRK 130 KOR']],
    ['reserved all options against', 'Russia reserved all options against Finland.', ['RUS 130 FIN']],
    ['will take all necessary measures against', 'China said it will take all necessary measures against the Philippines.', ['CHN 130 PHL']],
    ['will take resolute measures against', 'China will take resolute measures against Japan.', ['CHN 130 JPN']],
    // 14
    ['rallied outside the embassy', 'Pakistani protesters rallied outside the Indian embassy.', ['PAK 141 IND']],
    // 16
    ['broke off relations', 'Nicaragua broke off diplomatic relations with Taiwan.', ['NIC 161 TWN']],
    ['revoked visas', 'The United States revoked visas for Chinese officials.', ['USA 163 CHN']],
    ['imposed a surtax on', 'Canada imposed a surtax on Chinese steel.', ['CAN 163 CHN']],
    ['retaliated with tariffs', 'China retaliated against the United States with tariffs.', ['CHN 163 USA']],
    ['published export controls on', 'The Netherlands published export controls on China.', ['NLD 163 CHN']],
    ['sanctioned a person', 'Britain sanctioned Russian oligarch Roman Abramovich.', ['GBR 163 RUS']],
    ['ordered its ambassador home', 'Niger ordered its ambassador to France home.', ['NER 161 FRA']],
    ['recalled its envoy in the capital home', 'Algeria recalled its envoy in Paris home.', ['DZA 161 FRA']],
    // 17
    ['nationalised a company', 'Venezuela nationalised the American oil company.', ['VEN 1711 USA']],
    // 18
    ['took hostage', 'Hamas took dozens of Israelis hostage.', ['PSE 181 ISR']],
    ['assassinated', 'Russia assassinated a Ukrainian officer.', ['RUS 186 UKR']],
    // 19
    ['clashed with', 'India clashed with China.', ['IND 190 CHN']],
    ['retaliated against', 'Iran retaliated against Israel.', ['IRN 190 ISR']],
    ['violated the ceasefire', 'Russia violated the ceasefire with Ukraine.', ['RUS 196 UKR']],
    ['imposed a blockade', 'Israel imposed a blockade on Gaza.', ['ISR 191 PSE']],
    ['fired a missile over', 'North Korea fired a missile over Japan.', ['PRK 150 JPN']],
    ['staged drills near', 'China staged joint air drills near Taiwan.', ['CHN 150 TWN']],
    ['captured a town', 'Russian forces captured the Ukrainian town of Avdiivka.', ['RUS 192 UKR']],
    // 20
    ['used chemical weapons', 'Syria used chemical weapons against Turkey.', ['SYR 2041 TUR']],
  ];
  it.each(rows)('%s', (_wording, text, expected) => expectDyads(text, expected));

  it('codes trade retaliation as a sanction, not force', () => {
    expect(coded('China retaliated against the United States with tariffs.').map((e) => e.code)).not.toContain('190');
  });
});
