import { describe, expect, it } from 'vitest';
import { Readout } from '../../engine.js';
import type { CodedEvent, EventActor } from '../../model/event.js';

const readout = new Readout();

function coded(text: string): CodedEvent[] {
  return readout.code(text, { doc: 't', language: 'en', published: '2024-04-10' }).events;
}

/** A state by its country code, an organisation by its own code. */
const party = (a: EventActor) => a.country ?? a.code;

/** Every expected "SOURCE CODE TARGET" triple (CODE a prefix) is coded, and nothing else. */
function expectDyads(text: string, expected: string[]): void {
  const actual = [...new Set(coded(text).map((e) => `${party(e.source)} ${e.code} ${party(e.target)}`))];
  const fits = (a: string, x: string) => {
    const [as, ac, at] = a.split(' ');
    const [xs, xc, xt] = x.split(' ');
    return as === xs && at === xt && ac!.startsWith(xc!);
  };
  const missing = expected.filter((x) => !actual.some((a) => fits(a, x)));
  const extra = actual.filter((a) => !expected.some((x) => fits(a, x)));
  expect({ missing, extra }, `${text} → ${actual.join(', ') || 'no events'}`).toEqual({ missing: [], extra: [] });
}

describe('English wording coverage', () => {
  const rows: [wording: string, text: string, expected: string[]][] = [
    // 01
    ['denied accusations', 'Iran denied the accusations by Israel.', ['IRN 016 ISR']],
    ['dismissed claims', "Russia dismissed Ukraine's claims.", ['RUS 016 UKR']],
    // 02, 10
    ['made an appeal', 'Ukraine made an appeal to NATO.', ['UKR 020 NAT']],
    ['pleaded with', 'Kenya pleaded with Ethiopia.', ['KEN 020 ETH']],
    ['demanded an apology from', 'China demanded an apology from Japan.', ['CHN 100 JPN']],
    // 03
    ['extended an invitation', 'China extended an invitation to Brazil.', ['CHN 036 BRA']],
    ['offered talks', 'Russia offered talks to Ukraine.', ['RUS 036 UKR']],
    ['offered to mediate', 'Egypt offered to mediate between Sudan and Ethiopia.', ['EGY 03 SDN', 'EGY 03 ETH']],
    ['offered good offices', 'Turkey offered its good offices to Russia and Ukraine.', ['TUR 039 RUS', 'TUR 039 UKR']],
    // 04
    ['held bilateral talks', 'Biden held bilateral talks with Xi.', ['USA 040 CHN']],
    // 05
    ['restored relations (pair)', 'Saudi Arabia and Iran restored diplomatic relations.', ['SAU 050 IRN']],
    ['normalised ties with', 'Bahrain normalised ties with Israel.', ['BHR 050 ISR']],
    ['reopened embassy in', 'Turkey reopened its embassy in Damascus.', ['TUR 050 SYR']],
    ['offered an apology', 'Japan offered an apology to South Korea.', ['JPN 055 KOR']],
    ['paid tribute to', 'India paid tribute to Japan.', ['IND 051 JPN']],
    ['threw its weight behind', 'France threw its weight behind Ukraine.', ['FRA 051 UKR']],
    ['stood with', 'Poland stood with Ukraine.', ['POL 051 UKR']],
    ['extended recognition', 'Spain extended recognition to Palestine.', ['ESP 054 PSE']],
    ['signed a memorandum with', 'Brazil signed a memorandum with Argentina.', ['BRA 057 ARG']],
    // 06
    ['joined forces with', 'Germany joined forces with France.', ['DEU 060 FRA']],
    ['invested in', 'Qatar invested in Egypt.', ['QAT 061 EGY']],
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
    // 09
    ['opened an investigation into', 'The ICC opened an investigation into Israel.', ['ICC 090 ISR']],
    // 11
    ['voiced criticism of', 'Germany voiced criticism of Israel.', ['DEU 111 ISR']],
    ['levelled accusations at', 'China levelled accusations at the United States.', ['CHN 112 USA']],
    ['took issue with', 'Iran took issue with France.', ['IRN 110 FRA']],
    ['expressed alarm over', 'France expressed alarm over Iran.', ['FRA 110 IRN']],
    ['called in the ambassador', 'Poland called in the Russian ambassador.', ['POL 114 RUS']],
    ['filed a lawsuit against', 'Ukraine filed a lawsuit against Russia.', ['UKR 115 RUS']],
    ['brought a case against', 'South Africa brought a case against Israel at the ICJ.', ['ZAF 115 ISR']],
    // 12
    ['ruled out talks with', 'Israel ruled out talks with Hamas.', ['ISR 125 PSE']],
    ['defied', 'Hungary defied the European Union.', ['HUN 128 EEC']],
    // 13
    ['vowed revenge against', 'Iran vowed revenge against Israel.', ['IRN 138 ISR']],
    ['issued a stern warning', 'North Korea issued a stern warning to South Korea.', ['PRK 130 KOR']],
    // 14
    ['rallied outside the embassy', 'Pakistani protesters rallied outside the Indian embassy.', ['PAK 141 IND']],
    // 16
    ['broke off relations', 'Nicaragua broke off diplomatic relations with Taiwan.', ['NIC 161 TWN']],
    ['revoked visas', 'The United States revoked visas for Chinese officials.', ['USA 163 CHN']],
    ['retaliated with tariffs', 'China retaliated against the United States with tariffs.', ['CHN 163 USA']],
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
    ['captured a town', 'Russian forces captured the Ukrainian town of Avdiivka.', ['RUS 192 UKR']],
    // 20
    ['used chemical weapons', 'Syria used chemical weapons against Turkey.', ['SYR 2041 TUR']],
  ];
  it.each(rows)('%s', (_wording, text, expected) => expectDyads(text, expected));

  it('codes trade retaliation as a sanction, not force', () => {
    expect(coded('China retaliated against the United States with tariffs.').map((e) => e.code)).not.toContain('190');
  });
});
