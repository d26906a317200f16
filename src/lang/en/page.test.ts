import { describe, expect, it } from 'vitest';
import { dataDir } from '../../data-dir.js';
import { Readout } from '../../engine.js';
import { loadEnData } from './data.js';
import { EnDateResolver } from './dates.js';
import { EnPageReader } from './page.js';

const data = loadEnData(dataDir());
const reader = new EnPageReader(data.page, new EnDateResolver(data.dates));
const readout = new Readout();

describe('EnPageReader: publication date', () => {
  it.each([
    ['an agency dateline with a year', 'WASHINGTON, March 3, 2024 (Reuters) - The Treasury imposed sanctions on Iran.', '2024-03-03'],
    ['a day-month dateline', 'LONDON, 5 June 2023 (AFP) - Britain summoned the Iranian ambassador.', '2023-06-05'],
    ['a byline timestamp', 'Iran condemns strike\nBy Parisa Hafezi\nApril 2, 2024 10:15 AM\nIran condemned the strike.', '2024-04-02'],
    ['a numeric timestamp', 'Iran condemns strike\n2024-04-02 10:15\nIran condemned the strike.', '2024-04-02'],
    ['a "Published" line', 'Iran condemns strike\nPublished: 2 April 2024\nIran condemned the strike.', '2024-04-02'],
    ['a line of place and date', 'Statement on Guinea\nAddis Ababa, 5 September 2021\nThe Chairperson condemns the coup.', '2021-09-05'],
  ])('%s', (_what, text, date) => expect(reader.read(text).published).toBe(date));

  it.each([
    ['a dateline without a year', 'BEIJING, April 9 (Xinhua) -- China and Russia held talks on Tuesday.'],
    ['a dateline without a year, whatever years the text names', 'BEIJING, April 9 (Xinhua) -- Talks resumed. Trade fell in 2020.'],
    ['no date at all', 'China and Russia held talks on Tuesday.'],
  ])('leaves the date unknown for %s', (_what, text) => expect(reader.read(text).published).toBeNull());
});

describe('EnPageReader: datelines and debris', () => {
  it.each([
    ['BEIJING, April 9 (Xinhua) -- China and Russia held talks.', 'BEIJING'],
    ['KYIV, Ukraine (AP) — Russian drones hit Kyiv overnight.', 'KYIV'],
    ['UNITED NATIONS, Jan 5 (Reuters) - The Security Council met.', 'UNITED NATIONS'],
    ['WASHINGTON — The White House said on Monday that talks would resume.', 'WASHINGTON'],
    // A dateline on a line of its own.
    ['China sanctions Pelosi\nBEIJING, Aug 5 (Reuters) -\nChina imposed sanctions on Nancy Pelosi.', 'BEIJING'],
    // A release's own line of place and date under its headline.
    ['Trip by the President of the Republic to Gabon\nParis, 28 February 2023\nThe President will travel to Libreville.', 'Paris'],
    ['Statement on Guinea\nAddis Ababa, 5 September 2021\nThe Chairperson condemns the coup.', 'Addis Ababa'],
  ])('finds the dateline of %s', (text, place) => {
    const page = reader.read(text);
    expect(page.dateline?.place).toBe(place);
  });

  it('takes no dateline from an ordinary first sentence', () => {
    expect(reader.read('NATO leaders met in Vilnius on Tuesday.').dateline).toBeNull();
    expect(reader.read('US President Joe Biden met Lula.').dateline).toBeNull();
    expect(reader.read('Talks in Paris\nMacron met Scholz in Paris, France, on 28 February 2023.').dateline).toBeNull();
  });

  it('drops credits and keeps captions', () => {
    const page = reader.read('Xi meets Lula\nXi met Lula in Beijing.\nFILE PHOTO: Xi and Lula shake hands.\nReporting by Jane Doe; Editing by John Roe');
    expect(page.body.sections.map((s) => s.kind)).toEqual(['headline', 'body', 'caption']);
    expect(page.body.dropped.map((d) => d.reason)).toEqual(['debris']);
  });

  it('does not code the dateline and dates events from it', () => {
    const doc = readout.code('BEIJING, April 9, 2024 (Xinhua) -- Chinese President Xi Jinping met Brazilian President Lula on Monday.', { doc: 't', language: 'en' });
    expect(doc.published).toBe('2024-04-09');
    expect(doc.analysis.sentences[0]!.text.startsWith('Chinese President')).toBe(true);
    expect(doc.events.map((e) => [e.code, e.date])).toEqual([['040', '2024-04-08']]);
  });
});
