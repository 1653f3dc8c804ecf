import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.js';

describe('formatDate', () => {
  it.each([
    ['2024-10-24', 'vi', '24/10/2024'],
    ['2024-10-24', 'en', '24 Oct 2024'],
    ['2024-02-05', 'vi', '05/02/2024'],
    ['2024-02-05', 'en', '5 Feb 2024'],
    ['undated', 'vi', 'không ghi ngày'],
    ['undated', 'en', 'undated'],
    [{ from: '2023-01-01', to: '2023-12-31' }, 'vi', 'năm 2023'],
    [{ from: '2023-01-01', to: '2023-12-31' }, 'en', '2023'],
    [{ from: '2024-01-01', to: '2024-06-30' }, 'vi', '01/01/2024 – 30/06/2024'],
    [{ from: '2024-01-01', to: '2024-06-30' }, 'en', '1 Jan 2024 – 30 Jun 2024'],
  ] as const)('writes %o in %s as %s', (date, lang, expected) => {
    expect(formatDate(date, { lang })).toBe(expected);
  });

  it('writes Vietnamese by default', () => {
    expect(formatDate('2022-12-30')).toBe('30/12/2022');
  });
});
