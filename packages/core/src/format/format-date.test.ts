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

  it('writes every day of a leap year as Intl.DateTimeFormat writes it for vi-VN and en-GB', () => {
    const options = { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' } as const;
    const vi = new Intl.DateTimeFormat('vi-VN', options);
    const en = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2025, 0, 1); time += 86_400_000) {
      const date = new Date(time).toISOString().slice(0, 10);
      expect(formatDate(date, { lang: 'vi' })).toBe(vi.format(time));
      expect(formatDate(date, { lang: 'en' })).toBe(en.format(time));
    }
  });

  it('returns a day it cannot read as it was given', () => {
    expect(formatDate('2024-13-45')).toBe('2024-13-45');
  });

  it('writes Vietnamese by default', () => {
    expect(formatDate('2022-12-30')).toBe('30/12/2022');
  });
});
