import { describe, expect, it } from 'vitest';
import { datePeriod, dayToIso, fixedStoryKey, mergeDayStories, STORY_GAP_DAYS } from './stories.js';

const d = (iso: string) => datePeriod(iso, 'day').firstDay!;

describe('datePeriod: the days a date covers', () => {
  it.each([
    ['2024-05-16', 'day', 'days', '2024-05-16', '2024-05-16'],
    ['2024-05-16', 'approximate', 'days', '2024-05-16', '2024-05-16'],
    ['2024-05-13', 'week', 'days', '2024-05-13', '2024-05-19'],
    ['2024-02', 'month', 'month', '2024-02-01', '2024-02-29'],
    ['2023', 'year', 'year', '2023-01-01', '2023-12-31'],
  ] as const)('%s (%s)', (date, precision, lane, first, last) => {
    const p = datePeriod(date, precision);
    expect([p.lane, dayToIso(p.firstDay!), dayToIso(p.lastDay!)]).toEqual([lane, first, last]);
  });

  it('has no days for an undated event', () => {
    expect(datePeriod(null, null)).toEqual({ lane: 'undated', firstDay: null, lastDay: null });
  });
});

describe('the story rule', () => {
  const P = 'CHNGOV>RUSGOV/04';
  const mention = (id: number, iso: string) => ({ id, firstDay: d(iso), lastDay: d(iso) });

  it(`joins mentions at most ${STORY_GAP_DAYS} days apart, directly or through others, and names the story by its first day`, () => {
    const groups = mergeDayStories(P, [], [mention(1, '2024-05-16'), mention(2, '2024-05-18'), mention(3, '2024-05-20'), mention(4, '2024-05-23')]);
    expect(groups.map((g) => [g.key, g.mentions.map((m) => m.id)])).toEqual([
      ['CHNGOV>RUSGOV/04/2024-05-16', [1, 2, 3]],
      ['CHNGOV>RUSGOV/04/2024-05-23', [4]],
    ]);
  });

  it('merges stored stories that a new mention bridges, and gives the same stories whatever the order', () => {
    const stored = [
      { story: `${P}/2024-05-10`, firstDay: d('2024-05-10'), lastDay: d('2024-05-11') },
      { story: `${P}/2024-05-15`, firstDay: d('2024-05-15'), lastDay: d('2024-05-15') },
    ];
    const [group] = mergeDayStories(P, stored, [mention(9, '2024-05-13')]);
    expect(group!.key).toBe(`${P}/2024-05-10`);
    expect(group!.stories.map((s) => s.story)).toEqual([`${P}/2024-05-10`, `${P}/2024-05-15`]);
    expect(dayToIso(group!.interval.lastDay)).toBe('2024-05-15');
    const shuffled = mergeDayStories(P, [], [mention(3, '2024-05-15'), mention(1, '2024-05-10'), mention(2, '2024-05-13'), mention(4, '2024-05-11')]);
    expect(shuffled.map((g) => g.key)).toEqual([`${P}/2024-05-10`]);
  });

  it('gives month, year and undated mentions fixed stories', () => {
    expect(fixedStoryKey(P, datePeriod('2024-03', 'month'), '2024-03', 7)).toBe(`${P}/2024-03`);
    expect(fixedStoryKey(P, datePeriod('2024', 'year'), '2024', 7)).toBe(`${P}/2024`);
    expect(fixedStoryKey(P, datePeriod(null, null), null, 7)).toBe(`${P}/undated/doc7`);
  });
});
