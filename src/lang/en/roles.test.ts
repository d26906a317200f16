import { describe, expect, it } from 'vitest';
import { Readout } from '../../engine.js';
import type { EventActor } from '../../model/event.js';

const readout = new Readout();
const party = (a: EventActor) => a.country ?? a.code;

/** The "SOURCE CODE TARGET" triples of a text, codes cut to two digits. */
function dyads(text: string, published = '2024-04-10'): string[] {
  const events = readout.code(text, { doc: 't', language: 'en', published }).events;
  return [...new Set(events.map((e) => `${party(e.source)} ${e.code.slice(0, 2)} ${party(e.target)}`))].sort();
}

describe('subjects shared along a series of verbs', () => {
  it.each([
    // "V1 …, V2 … and V3": the middle verb, after a bare comma, is a conjunct of the first.
    ['Ankara denounced the raid, recalled its ambassador from Damascus and said it would respond.', ['TUR 16 SYR']],
    // ", and" after a reported clause goes back to the reporting verb's subject.
    ['Japan said the tariffs would harm Korean firms as well, and urged Canada to lift them.', ['JPN 02 CAN']],
  ])('%s', (text, expected) => expect(dyads(text)).toEqual(expected));
});

describe('a participle before "what" is a finite verb', () => {
  it('keeps "apologised … for what happened" asserted', () => {
    expect(dyads('Erdogan apologised to Aliyev for what happened at the border.')).toEqual(['TUR 05 AZE']);
  });
});

describe('"the two sides" after a clash', () => {
  it('means the two parties of the last hostile act', () => {
    expect(dyads('Ethiopia shelled towns in Eritrea on Monday. Kenya urged the two sides to exercise restraint.')).toEqual(['ETH 19 ERI', 'KEN 02 ERI', 'KEN 02 ETH']);
  });

  it('does not reach back to an attack named only in passing', () => {
    expect(dyads('Japan and Korea discussed the attacks by Hamas on Israel. Canada urged the two sides to act.')).not.toContain('CAN 02 ISR');
  });
});

describe('office holders added to the tables', () => {
  it.each([
    ['Pedro Sanchez criticised Argentina.', 'ESP 11 ARG'],
    ['Albin Kurti accused Serbia of backing the gunmen.', 'KSV 11 SRB'],
    ['Mette Frederiksen criticised Russia.', 'DNK 11 RUS'],
    ['Pope Francis met Salva Kiir in Juba.', 'VAT 04 SSD'],
  ])('%s', (text, expected) => expect(dyads(text, '2024-01-10')).toContain(expected));
});
