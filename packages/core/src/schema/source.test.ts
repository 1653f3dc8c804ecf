import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { DocumentKind, Report, Source, TargetDocument } from './source.js';

function issues(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, code: issue.code === 'custom' ? (issue.params?.rule ?? issue.message) : issue.code }));
}

const text = { vi: 'Nghị quyết', en: 'Resolution' };
const document = () => ({ kind: 'resolution', id: 'nq18', number: '18-NQ/TU', date: '2022-12-30', issuer: text, title: text, url: 'https://example.org/nq18' });
const report = () => ({ kind: 'report', id: 'r003', publisher: 'Báo Hà Nội mới', date: '2024-10-24', title: text, seed: '003' });

describe('TargetDocument', () => {
  it.each(DocumentKind.options)('accepts a document of kind %s', (kind) => {
    expect(TargetDocument.safeParse({ ...document(), kind }).success).toBe(true);
  });

  it('accepts a document without number, date or url, which sources do not always print', () => {
    expect(TargetDocument.safeParse({ kind: 'plan', id: 'kh1', issuer: text, title: text }).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    ['a kind that is not a document', { kind: 'law' }, ['kind'], 'invalid_value'],
    ['an id that is not a slug', { id: 'NQ 18' }, ['id'], 'invalid_format'],
    ['an empty number', { number: '  ' }, ['number'], 'too_small'],
    ['a date that is not ISO', { date: '30/12/2022' }, ['date'], 'invalid_format'],
    ['a url that is not one', { url: 'nq18' }, ['url'], 'invalid_format'],
    ['no issuer', { issuer: undefined }, ['issuer'], 'invalid_type'],
    ['no title', { title: undefined }, ['title'], 'invalid_type'],
  ])('rejects %s', (_name, change, path, code) => {
    expect(issues(TargetDocument, { ...document(), ...change })).toEqual([{ path, code }]);
  });

  it('rejects an unknown property', () => {
    expect(issues(TargetDocument, { ...document(), publisher: 'x' })).toEqual([{ path: [], code: 'unrecognized_keys' }]);
  });
});

describe('Report', () => {
  it('accepts a publisher described in both languages, for a report that prints no name', () => {
    expect(Report.safeParse({ ...report(), publisher: { vi: 'Cổng tin Hà Nội (không ghi tên)', en: 'Hanoi news portal (name not printed)' } }).success).toBe(true);
  });

  it('accepts a dated report and an undated one with a note', () => {
    expect(Report.safeParse(report()).success).toBe(true);
    expect(Report.safeParse({ ...report(), date: 'undated', dateNote: { vi: 'Cuối năm 2024', en: 'Late 2024' } }).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    ['a date that is neither ISO nor "undated"', { date: 'unknown' }, ['date'], 'invalid_format'],
    ['a date that is not a string', { date: 2024 }, ['date'], 'invalid_union'],
    ['an empty publisher', { publisher: '' }, ['publisher'], 'too_small'],
    ['a seed that is not three digits', { seed: '3' }, ['seed'], 'invalid_format'],
    ['no publisher', { publisher: undefined }, ['publisher'], 'invalid_union'],
    ['a publisher described in Vietnamese only', { publisher: { vi: 'Cổng tin (không ghi tên)' } }, ['publisher'], 'invalid_union'],
  ])('rejects %s', (_name, change, path, code) => {
    expect(issues(Report, { ...report(), ...change })).toEqual([{ path, code }]);
  });
});

describe('Source', () => {
  it('tells documents and reports apart by kind', () => {
    expect(Source.parse(document()).kind).toBe('resolution');
    expect(Source.parse(report()).kind).toBe('report');
  });

  it('rejects an unknown kind at the kind field', () => {
    expect(issues(Source, { ...report(), kind: 'article' })).toEqual([{ path: ['kind'], code: 'invalid_union' }]);
  });

  it('rejects a report shaped like a document', () => {
    expect(issues(Source, { ...document(), kind: 'report' }).map((issue) => issue.path)).toContainEqual(['publisher']);
  });
});
