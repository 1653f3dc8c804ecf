import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { FiniteNumber, IsoDate, LocalizedText, Slug, Year } from './common.js';

/** Each issue as its path and its code (or, for a refinement, its rule or message). */
function issues(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, code: issue.code === 'custom' ? (issue.params?.rule ?? issue.message) : issue.code }));
}

describe('LocalizedText', () => {
  it('accepts Vietnamese and English text and trims it', () => {
    expect(LocalizedText.parse({ vi: ' Kinh tế số ', en: 'Digital economy' })).toEqual({ vi: 'Kinh tế số', en: 'Digital economy' });
  });

  it.each([
    ['no English', { vi: 'Kinh tế số' }, [{ path: ['en'], code: 'invalid_type' }]],
    ['no Vietnamese', { en: 'Digital economy' }, [{ path: ['vi'], code: 'invalid_type' }]],
    ['empty Vietnamese', { vi: '', en: 'x' }, [{ path: ['vi'], code: 'too_small' }]],
    ['spaces only', { vi: 'x', en: '   ' }, [{ path: ['en'], code: 'too_small' }]],
    ['a third language', { vi: 'x', en: 'y', fr: 'z' }, [{ path: [], code: 'unrecognized_keys' }]],
    ['a string instead of an object', 'Kinh tế số', [{ path: [], code: 'invalid_type' }]],
  ])('rejects %s', (_name, input, expected) => {
    expect(issues(LocalizedText, input)).toEqual(expected);
  });
});

describe('IsoDate', () => {
  it.each(['2024-10-24', '2024-02-29', '1999-12-31'])('accepts %s', (date) => {
    expect(IsoDate.safeParse(date).success).toBe(true);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-1-5', '24/10/2024', '2024-10-24T00:00:00Z', ' 2024-10-24', ''])('rejects %j', (date) => {
    expect(issues(IsoDate, date)).toEqual([{ path: [], code: 'invalid_format' }]);
  });
});

describe('Slug', () => {
  it.each(['nq18', 'fibre-households', 'r003', 'a'])('accepts %j', (slug) => {
    expect(Slug.safeParse(slug).success).toBe(true);
  });

  it.each(['NQ18', 'fibre_households', 'fibre--households', '-fibre', 'fibre-', 'cáp-quang', 'a b', 'society.fibre', ''])('rejects %j', (slug) => {
    expect(issues(Slug, slug)).toEqual([{ path: [], code: 'invalid_format' }]);
  });
});

describe('FiniteNumber', () => {
  it.each([0, -2.5, 93.15, 1e9])('accepts %d', (value) => {
    expect(FiniteNumber.safeParse(value).success).toBe(true);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '93.15', '93,15', null])('rejects %j', (value) => {
    expect(issues(FiniteNumber, value)).toEqual([{ path: [], code: 'invalid_type' }]);
  });
});

describe('Year', () => {
  it.each([1900, 2025, 2200])('accepts %i', (year) => {
    expect(Year.safeParse(year).success).toBe(true);
  });

  it.each<[unknown, string]>([
    [1899, 'too_small'],
    [2201, 'too_big'],
    [2025.5, 'invalid_type'],
    ['2025', 'invalid_type'],
  ])('rejects %j (%s)', (year, code) => {
    expect(issues(Year, year)).toEqual([{ path: [], code }]);
  });
});
