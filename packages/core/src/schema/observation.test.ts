import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { Observation, ObservedAt, StateObservation, ValueObservation, ValueQualifier } from './observation.js';

function issues(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, code: issue.code === 'custom' ? (issue.params?.rule ?? issue.message) : issue.code }));
}

const value = () => ({ kind: 'value', date: '2024-10-24', source: 'r003', value: 91.4, qualifier: 'exact' });
const state = () => ({ kind: 'state', date: '2024-10-24', source: 'r003', state: { vi: 'Đã xong', en: 'Done' } });

describe('ObservedAt', () => {
  it.each(['2024-10-24', 'undated', { from: '2024-01-01', to: '2024-06-30' }, { from: '2024-06-30', to: '2024-06-30' }])('accepts %j', (date) => {
    expect(ObservedAt.safeParse(date).success).toBe(true);
  });

  it('rejects a period that ends before it starts, at its end', () => {
    expect(issues(ObservedAt, { from: '2024-06-30', to: '2024-01-01' })).toEqual([{ path: ['to'], code: 'a period must not end before it starts' }]);
  });

  it.each<[unknown, (string | number)[], string]>([
    ['Undated', [], 'invalid_format'],
    [{ from: '2024-01-01' }, [], 'invalid_union'],
    [{ from: '2024-01-01', to: '2024-13-01' }, ['to'], 'invalid_format'],
    [{ from: '2024-01-01', to: '2024-06-30', until: 'x' }, [], 'unrecognized_keys'],
    [20241024, [], 'invalid_union'],
  ])('rejects %j', (date, path, code) => {
    expect(issues(ObservedAt, date)).toEqual([{ path, code }]);
  });
});

describe('ValueObservation', () => {
  it.each(ValueQualifier.options)('accepts the qualifier %s', (qualifier) => {
    expect(ValueObservation.safeParse({ ...value(), qualifier }).success).toBe(true);
  });

  it('accepts a count out of a total when it is exact', () => {
    expect(ValueObservation.safeParse({ ...value(), value: 21, outOf: 22 }).success).toBe(true);
  });

  it.each(ValueQualifier.options.filter((q) => q !== 'exact'))('rejects outOf with the qualifier %s, at the qualifier', (qualifier) => {
    expect(issues(ValueObservation, { ...value(), qualifier, value: 21, outOf: 22 })).toEqual([
      { path: ['qualifier'], code: 'a count out of a total ("outOf") must be exact' },
    ]);
  });

  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    ['a zero total', { outOf: 0 }, ['outOf'], 'too_small'],
    ['a value written as a string', { value: '91,4' }, ['value'], 'invalid_type'],
    ['no qualifier', { qualifier: undefined }, ['qualifier'], 'invalid_value'],
    ['an unknown qualifier', { qualifier: 'approximately' }, ['qualifier'], 'invalid_value'],
    ['a source that is not a slug', { source: 'R003' }, ['source'], 'invalid_format'],
    ['a breakdown that is not a slug', { breakdown: 'Xã' }, ['breakdown'], 'invalid_format'],
    ['no date', { date: undefined }, ['date'], 'invalid_union'],
  ])('rejects %s', (_name, change, path, code) => {
    expect(issues(ValueObservation, { ...value(), ...change })).toEqual([{ path, code }]);
  });

  it('rejects an unknown property', () => {
    expect(issues(ValueObservation, { ...value(), unit: 'percent' })).toEqual([{ path: [], code: 'unrecognized_keys' }]);
  });
});

describe('StateObservation', () => {
  it('accepts a state with no figure', () => {
    expect(StateObservation.safeParse(state()).success).toBe(true);
  });

  it('rejects a state without its text, or with a figure', () => {
    expect(issues(StateObservation, { ...state(), state: undefined })).toEqual([{ path: ['state'], code: 'invalid_type' }]);
    expect(issues(StateObservation, { ...state(), value: 1 })).toEqual([{ path: [], code: 'unrecognized_keys' }]);
  });
});

describe('Observation', () => {
  it('tells figures and states apart by kind', () => {
    expect(Observation.parse(value()).kind).toBe('value');
    expect(Observation.parse(state()).kind).toBe('state');
  });

  it('rejects an unknown kind at the kind field', () => {
    expect(issues(Observation, { ...value(), kind: 'figure' })).toEqual([{ path: ['kind'], code: 'invalid_union' }]);
  });
});
