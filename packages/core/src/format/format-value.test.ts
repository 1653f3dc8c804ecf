import { describe, expect, it } from 'vitest';
import type { Observation } from '../schema/observation.js';
import { formatObservation, formatValue } from './format-value.js';

describe('formatValue', () => {
  it.each([
    [93.15, 'percent', {}, '93,15%'],
    [93.15, 'percent', { lang: 'en' }, '93.15%'],
    [122.7, 'percent', {}, '122,7%'],
    [27.3, 'per_100_inhabitants', {}, '27,3 trên 100 dân'],
    [27.3, 'per_100_inhabitants', { lang: 'en' }, '27.3 per 100 inhabitants'],
    [2, 'rank', {}, 'hạng 2'],
    [1, 'rank', { lang: 'en' }, '1st'],
    [2, 'rank', { lang: 'en' }, '2nd'],
    [3, 'rank', { lang: 'en' }, '3rd'],
    [11, 'rank', { lang: 'en' }, '11th'],
    [22, 'rank', { lang: 'en' }, '22nd'],
    [7.5, 'percent_per_year', {}, '7,5%/năm'],
    [7.5, 'percent_per_year', { lang: 'en' }, '7.5%/year'],
    [39, 'count', {}, '39'],
    [10_000_000, 'count', { qualifier: 'more_than' }, 'trên 10.000.000'],
    [10_000_000, 'count', { lang: 'en', qualifier: 'more_than' }, 'more than 10,000,000'],
    [21, 'percent', { outOf: 22 }, '21/22'],
    [80, 'percent', { qualifier: 'more_than' }, 'trên 80%'],
    [90, 'percent', { qualifier: 'at_least' }, 'từ 90% trở lên'],
    [90, 'percent', { qualifier: 'at_least', lang: 'en' }, 'at least 90%'],
    [30, 'percent', { qualifier: 'about' }, 'khoảng 30%'],
    [5, 'percent', { qualifier: 'less_than', lang: 'en' }, 'less than 5%'],
    [5, 'percent', { qualifier: 'at_most' }, 'tối đa 5%'],
    [-0, 'percent', {}, '0%'],
    [-0.001, 'percent_per_year', {}, '0%/năm'],
    [-0.001, 'percent_per_year', { lang: 'en' }, '0%/year'],
    [-1.5, 'percent_per_year', {}, '-1,5%/năm'],
  ] as const)('writes %d %s %o as %s', (value, unit, options, expected) => {
    expect(formatValue(value, unit, options)).toBe(expected);
  });

  it('writes English ranks with the suffixes of Intl.PluralRules ordinals', () => {
    const rules = new Intl.PluralRules('en-GB', { type: 'ordinal' });
    const suffixes: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };
    for (let rank = 1; rank <= 1200; rank += 1) {
      expect(formatValue(rank, 'rank', { lang: 'en' })).toBe(`${rank.toLocaleString('en-GB')}${suffixes[rules.select(rank)] ?? 'th'}`);
    }
  });

  it('rejects a non-finite figure and names it', () => {
    expect(() => formatValue(Number.POSITIVE_INFINITY, 'percent')).toThrow('received Infinity');
  });
});

describe('formatObservation', () => {
  it.each([
    [{ kind: 'value', date: '2024-10-24', source: 'r', value: 91.4, qualifier: 'exact' }, 'vi', '91,4%'],
    [{ kind: 'value', date: '2024-10-24', source: 'r', value: 80, qualifier: 'more_than' }, 'vi', 'trên 80%'],
    [{ kind: 'value', date: '2024-10-24', source: 'r', value: 21, outOf: 22, qualifier: 'exact' }, 'en', '21/22'],
    [{ kind: 'state', date: '2024-10-24', source: 'r', state: { vi: 'Đã thực hiện ở cả 3 cấp', en: 'Done at all three levels' } }, 'en', 'Done at all three levels'],
  ] as const)('writes %o in %s as %s', (observation, lang, expected) => {
    expect(formatObservation(observation as Observation, { unit: 'percent' }, { lang })).toBe(expected);
  });
});
