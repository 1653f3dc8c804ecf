import { describe, expect, it } from 'vitest';
import { readHumanNumber } from './human-number.js';

describe('readHumanNumber', () => {
  it.each([
    ['93.15', 93.15],
    ['93,15', 93.15],
    ['93,15%', 93.15],
    ['93.15%', 93.15],
    ['93,15 %', 93.15],
    [' 93.15 ', 93.15],
    ['\u00a093,15\u202f', 93.15],
    ['1.234,5', 1234.5],
    ['10.000.000', 10_000_000],
    ['1,234.5', 1234.5],
    ['1,234,567', 1_234_567],
    ['0,125', 0.125],
    ['-2,5', -2.5],
    ['\u22122,5', -2.5],
    ['-0', 0],
    ['121%', 121],
    ['7', 7],
  ])('reads %j as %d', (text, value) => {
    expect(readHumanNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['1,234', '1.234', '-12,345', '999.000'])('refuses %j as ambiguous between Vietnamese and English', (text) => {
    expect(readHumanNumber(text)).toEqual({ ok: false, reason: 'ambiguous' });
  });

  it.each(['', ' ', '%', 'NaN', 'Infinity', 'abc', '93,15,2', '1.23.4', '12e3', '0x1f', '93 15', '1e999', '9'.repeat(400)])(
    'does not read %j as a number',
    (text) => {
      expect(readHumanNumber(text)).toEqual({ ok: false, reason: 'not_a_number' });
    },
  );
});
