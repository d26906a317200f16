import { describe, expect, it } from 'vitest';
import { normaliseDate } from './dates.js';

describe('normaliseDate', () => {
  it.each([
    ['2024-05-16', '2024-05-16'],
    ['2024-05-17T02:00:00+08:00', '2024-05-17'],
    ['Fri, 17 May 2024 02:00:00 +0800', '2024-05-17'],
    ['May 17, 2024', '2024-05-17'],
    ['2024/5/7 10:00', '2024-05-07'],
    ['20080801', '2008-08-01'],
    ['2024年5月16日 15:04', '2024-05-16'],
    ['2023-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });
});
