import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number.js';

describe('formatNumber', () => {
  it.each([
    [93.15, 'vi', '93,15'],
    [93.15, 'en', '93.15'],
    [10_000_000, 'vi', '10.000.000'],
    [10_000_000, 'en', '10,000,000'],
    [122.7, 'vi', '122,7'],
    [0, 'vi', '0'],
  ] as const)('writes %s in %s as %s', (value, lang, expected) => {
    expect(formatNumber(value, { lang })).toBe(expected);
  });

  it('writes Vietnamese by default', () => {
    expect(formatNumber(27.3)).toBe('27,3');
  });

  it('rounds to the requested number of fraction digits', () => {
    expect(formatNumber(46.256, { maximumFractionDigits: 1 })).toBe('46,3');
  });

  it('rejects a non-finite number and names it', () => {
    expect(() => formatNumber(Number.NaN)).toThrow('received NaN');
  });
});
