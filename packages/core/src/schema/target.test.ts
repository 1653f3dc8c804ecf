import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { Comparator, RangeTarget, ReportedStatusValue, Target, ValueComparator } from './target.js';

function issues(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, code: issue.code === 'custom' ? (issue.params?.rule ?? issue.message) : issue.code }));
}

const base = { year: 2025, source: 'nq18' };

describe('Target', () => {
  it.each(ValueComparator.options)('accepts a value target with the comparator %s', (comparator) => {
    expect(Target.safeParse({ ...base, comparator, value: 90 }).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a range', { comparator: 'between', min: 7, max: 7.5 }],
    ['a range of one value', { comparator: 'between', min: 7, max: 7 }],
    ['a rank', { comparator: 'rank_at_most', value: 5 }],
    ['a milestone', { comparator: 'milestone', milestone: { vi: 'Cơ bản hoàn thành', en: 'Substantially complete' } }],
    ['an unstated target', { comparator: 'not_given' }],
    ['a target printed via reports, for a breakdown member', { comparator: 'reach', value: 90, via: ['r003', 'r004'], breakdown: 'commune' }],
  ])('accepts %s', (_name, target) => {
    expect(Target.safeParse({ ...base, ...target }).success).toBe(true);
  });

  it.each(ReportedStatusValue.options)('accepts the reported status %s', (status) => {
    expect(Target.safeParse({ ...base, comparator: 'not_given', reportedStatus: { status, source: 'r003', date: '2024-10-24' } }).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    ['a value target without its value', { comparator: 'at_least' }, ['value'], 'invalid_type'],
    ['a value written "90%"', { comparator: 'reach', value: '90%' }, ['value'], 'invalid_type'],
    ['a range without max', { comparator: 'between', min: 7 }, ['max'], 'invalid_type'],
    ['a rank of 0', { comparator: 'rank_at_most', value: 0 }, ['value'], 'too_small'],
    ['a fractional rank', { comparator: 'rank_at_most', value: 2.5 }, ['value'], 'invalid_type'],
    ['a milestone without its text', { comparator: 'milestone' }, ['milestone'], 'invalid_type'],
    ['an unstated target with a value', { comparator: 'not_given', value: 90 }, [], 'unrecognized_keys'],
    ['an unknown comparator', { comparator: 'greater_than', value: 90 }, ['comparator'], 'invalid_union'],
    ['a year before 1900', { comparator: 'reach', value: 90, year: 1899 }, ['year'], 'too_small'],
    ['a year after 2200', { comparator: 'reach', value: 90, year: 2201 }, ['year'], 'too_big'],
    ['an empty via list', { comparator: 'reach', value: 90, via: [] }, ['via'], 'too_small'],
    ['a via entry that is not a slug', { comparator: 'reach', value: 90, via: ['R 3'] }, ['via', 0], 'invalid_format'],
    ['an unknown reported status', { comparator: 'not_given', reportedStatus: { status: 'done', source: 'r003' } }, ['reportedStatus', 'status'], 'invalid_value'],
    ['a reported status without its source', { comparator: 'not_given', reportedStatus: { status: 'achieved' } }, ['reportedStatus', 'source'], 'invalid_type'],
  ])('rejects %s', (_name, target, path, code) => {
    expect(issues(Target, { ...base, ...target })).toEqual([{ path, code }]);
  });

  it('rejects a target with no source', () => {
    expect(issues(Target, { year: 2025, comparator: 'reach', value: 90 })).toEqual([{ path: ['source'], code: 'invalid_type' }]);
  });
});

describe('RangeTarget', () => {
  it.each<[number, number, boolean]>([
    [7, 7.5, true],
    [7, 7, true],
    [-1, 0, true],
    [7.5, 7, false],
    [0, -1, false],
  ])('with min %d and max %d is valid: %s', (min, max, valid) => {
    const found = issues(RangeTarget, { ...base, comparator: 'between', min, max });
    expect(found).toEqual(valid ? [] : [{ path: ['max'], code: 'min must not be greater than max' }]);
  });
});

describe('Comparator', () => {
  it('lists the value comparators and the four others', () => {
    expect(Comparator.options).toEqual([...ValueComparator.options, 'between', 'rank_at_most', 'milestone', 'not_given']);
  });
});
