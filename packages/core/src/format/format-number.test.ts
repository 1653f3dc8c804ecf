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

  it.each([-0, -0.001, -0.004999, -1e-12])('writes %s, which rounds to zero, as 0 without a sign', (value) => {
    expect(formatNumber(value)).toBe('0');
    expect(formatNumber(value, { lang: 'en' })).toBe('0');
  });

  it('keeps the sign of a negative that does not round to zero', () => {
    expect(formatNumber(-0.005)).toBe('-0,01');
    expect(formatNumber(-2.5, { lang: 'en' })).toBe('-2.5');
  });

  it('gives the same text when its formatter is reused across languages and precisions', () => {
    expect([formatNumber(1.234), formatNumber(1.234, { lang: 'en' }), formatNumber(1.234, { maximumFractionDigits: 1 }), formatNumber(1.234)]).toEqual([
      '1,23',
      '1.23',
      '1,2',
      '1,23',
    ]);
  });

  it('writes what Intl.NumberFormat writes for vi-VN and en-GB, ties and long numbers included', () => {
    const values = [0, -0, 7, -7, 90, 999, 91.4, 27.3, -2.5, 0.5, -0.25, 121, 93.15, 1.005, 2.675, 0.125, 9.995, 99.5, 999.995, 1000, 1234.5, 123456789.125, 95752158639770.55, 2 ** 53, 1e20, 1e21, 1e-7, 5e-324];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 1_000; i += 1) values.push(i, -i / 10, i / 100);
    for (let i = 0; i < 10_000; i += 1) values.push((random() - 0.3) * 10 ** Math.floor(random() * 30 - 8), Math.round(random() * 1e6) / 1000 + 0.0005);
    const differences: string[] = [];
    for (const lang of ['vi', 'en'] as const) {
      for (const maximumFractionDigits of [0, 1, 2, 3]) {
        const intl = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits });
        for (const value of values) {
          const written = intl.format(value);
          const expected = /[1-9]/.test(written) ? written : '0';
          const got = formatNumber(value, { lang, maximumFractionDigits });
          if (got !== expected) differences.push(`${value} (${lang}, ${maximumFractionDigits}): ${got}, not ${expected}`);
        }
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
  });

  it('rejects a non-finite number and names it', () => {
    expect(() => formatNumber(Number.NaN)).toThrow('received NaN');
  });
});
