import { describe, expect, it } from 'vitest';
import { dataDir } from '../../data-dir.js';
import { loadEnData } from './data.js';
import { EnDateResolver } from './dates.js';

const resolver = new EnDateResolver(loadEnData(dataDir()).dates);
// Wednesday 10 April 2024.
const PUBLISHED = '2024-04-10';

function first(text: string, direction: 'past' | 'future' = 'past') {
  const found = resolver.find(text, PUBLISHED)[0];
  if (!found) return null;
  const r = found[direction];
  return [r.date, r.precision, r.text];
}

describe('EnDateResolver', () => {
  it.each([
    ['a full date', 'They met on April 9, 2024, in Paris.', ['2024-04-09', 'day', 'April 9, 2024']],
    ['a full date, day first', 'They met on 9 April 2023.', ['2023-04-09', 'day', '9 April 2023']],
    ['an abbreviated month', 'They met on Sept. 3, 2023.', ['2023-09-03', 'day', 'Sept. 3, 2023']],
    ['a numeric date', 'The order of 2024-03-01 took effect.', ['2024-03-01', 'day', '2024-03-01']],
    ['a day this year', 'Talks began on March 28.', ['2024-03-28', 'day', 'March 28']],
    ['a day later this year is last year\'s', 'Talks began on December 3.', ['2023-12-03', 'day', 'December 3']],
    ['a month and year', 'The deal was signed in March 2022.', ['2022-03', 'month', 'March 2022']],
    ['a month alone', 'They met in February.', ['2024-02', 'month', 'in February']],
    ['a month alone still to come is last year\'s', 'They met in November.', ['2023-11', 'month', 'in November']],
    ['a year', 'Relations broke down in 2019.', ['2019', 'year', 'in 2019']],
    ['a weekday in the past', 'Xi met Lula on Monday.', ['2024-04-08', 'day', 'on Monday']],
    ['the publication weekday itself', 'Xi met Lula on Wednesday.', ['2024-04-10', 'day', 'on Wednesday']],
    ['a weekday without "on"', 'The ministry said Friday that talks failed.', ['2024-04-05', 'day', 'Friday']],
    ['"last" and a weekday', 'They spoke last Wednesday.', ['2024-04-03', 'day', 'last Wednesday']],
    ['yesterday', 'Iran condemned the strike yesterday.', ['2024-04-09', 'day', 'yesterday']],
    ['today', 'The ministers meet today.', ['2024-04-10', 'day', 'today']],
    ['last week', 'Blinken visited Beijing last week.', ['2024-04-01', 'week', 'last week']],
    ['earlier this month', 'The sanctions were imposed earlier this month.', ['2024-04', 'month', 'earlier this month']],
    ['last year', 'The two sides signed the pact last year.', ['2023', 'year', 'last year']],
    ['recently', 'The two sides recently held talks.', ['2024-04-10', 'approximate', 'recently']],
    // A season is approximate: the month it begins.
    ['a season and year', 'Moon visited Pyongyang in the autumn of 2018.', ['2018-09', 'approximate', 'the autumn of 2018']],
    ['last season', 'They met last summer.', ['2023-06', 'approximate', 'last summer']],
  ])('%s', (_what, text, expected) => expect(first(text)).toEqual(expected));

  it.each([
    ['a weekday', 'Xi will visit Paris on Monday.', ['2024-04-15', 'day', 'on Monday']],
    ['"next" and a weekday', 'Xi will visit Paris next Wednesday.', ['2024-04-17', 'day', 'next Wednesday']],
    ['a day already past this year', 'Talks will open on January 5.', ['2025-01-05', 'day', 'January 5']],
    ['a month already past', 'Xi will visit in March.', ['2025-03', 'month', 'in March']],
    ['next month', 'Xi will visit next month.', ['2024-05', 'month', 'next month']],
    ['tomorrow', 'The ministers meet tomorrow.', ['2024-04-11', 'day', 'tomorrow']],
    ['this season', 'Moon will visit Pyongyang this autumn.', ['2024-09', 'approximate', 'this autumn']],
  ])('resolves for a future event %s', (_what, text, expected) => expect(first(text, 'future')).toEqual(expected));

  it.each([
    ['"may" the modal', 'Iran may retaliate soon.'],
    ['a year used as a modifier', 'The 2024 budget passed.'],
    ['a season with no word to date it', 'The Arab Spring swept the region.'],
    ['no publication date', 'They met on Monday.'],
  ])('finds no date in %s', (what, text) => {
    const published = what === 'no publication date' ? null : PUBLISHED;
    expect(resolver.find(text, published)).toEqual([]);
  });

  it('marks "the same day" for the caller to resolve', () => {
    expect(resolver.find('He met Lula later that day.', PUBLISHED).map((d) => d.sameDay)).toEqual([true]);
  });

  it.each([
    ['"since" and a year', 'It was the first summit between them since 2019.', 'since 2019'],
    ['"since" and a month', 'Fighting has raged since March 2021.', 'March 2021'],
    ['a target year', 'The bloc pledged to cut emissions by 2035.', 'by 2035'],
    ['a deadline day', 'The envoy was told to leave by Feb. 9.', 'Feb. 9'],
    ['"until"', 'The curbs stay in force until 2028.', 'until 2028'],
    ['"by the end of"', 'Troops will withdraw by the end of May.', 'May'],
  ])('does not date an event by %s', (_what, text, expression) => {
    expect(resolver.find(text, PUBLISHED).find((d) => d.text.endsWith(expression))?.boundary).toBe(true);
    expect(resolver.eventTimes(text, PUBLISHED)).toEqual([]);
  });

  it('keeps the date of the clause beside a boundary', () => {
    const times = resolver.eventTimes('On Monday the two ministers held their first talks since 2017.', PUBLISHED);
    expect(times.map((d) => d.text)).toEqual(['On Monday']);
  });

  it('reads full dates off bylines', () => {
    expect(resolver.fullDate('Updated April 2, 2024 10:15 AM EDT')).toBe('2024-04-02');
    expect(resolver.fullDate('By Jane Doe')).toBeNull();
  });
});
