import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { Pillar, PillarKind, Programme, ReportedSummary } from './programme.js';

function issues(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, code: issue.code === 'custom' ? (issue.params?.rule ?? issue.message) : issue.code }));
}

const text = (vi: string, en: string) => ({ vi, en });
const pillar = { id: 'economy', kind: 'pillar', label: text('Kinh tế số', 'Digital economy') };
// "8 of 15 targets met, 7 of them exceeded; 7 in progress, 1 of which has no calculation method".
const summary = (change: Record<string, unknown> = {}) => ({
  document: 'nq18',
  source: 'r003',
  date: '2024-10-24',
  total: 15,
  achieved: 8,
  exceeded: 7,
  inProgress: 7,
  noMethod: 1,
  ...change,
});

describe('Pillar', () => {
  it.each(PillarKind.options)('accepts the kind %s', (kind) => {
    expect(Pillar.safeParse({ ...pillar, kind }).success).toBe(true);
  });

  it('rejects an unknown kind and an id that is not a slug', () => {
    expect(issues(Pillar, { ...pillar, kind: 'theme' })).toEqual([{ path: ['kind'], code: 'invalid_value' }]);
    expect(issues(Pillar, { ...pillar, id: 'Kinh tế' })).toEqual([{ path: ['id'], code: 'invalid_format' }]);
  });
});

describe('ReportedSummary', () => {
  it.each<[string, Record<string, unknown>, (string | number)[] | undefined, string | undefined]>([
    ['the printed counts', {}, undefined, undefined],
    ['achieved + inProgress equal to total', { achieved: 8, inProgress: 7, total: 15 }, undefined, undefined],
    ['achieved + inProgress below total', { total: 20 }, undefined, undefined],
    ['all achieved, all exceeded', { achieved: 15, exceeded: 15, inProgress: 0, noMethod: 0 }, undefined, undefined],
    ['achieved + inProgress above total', { total: 14 }, ['inProgress'], 'achieved + inProgress must not exceed total'],
    ['more exceeded than achieved', { exceeded: 9 }, ['exceeded'], 'exceeded is part of achieved'],
    ['more noMethod than inProgress', { noMethod: 8, total: 20 }, ['noMethod'], 'noMethod is part of inProgress'],
  ])('with %s is judged by its arithmetic', (_name, change, path, code) => {
    expect(issues(ReportedSummary, summary(change))).toEqual(path ? [{ path, code }] : []);
  });

  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    ['a negative count', { noMethod: -1 }, ['noMethod'], 'too_small'],
    ['a fractional count', { achieved: 7.5 }, ['achieved'], 'invalid_type'],
    ['a date that is not ISO', { date: '2024' }, ['date'], 'invalid_format'],
    ['no document', { document: undefined }, ['document'], 'invalid_type'],
  ])('rejects %s', (_name, change, path, code) => {
    expect(issues(ReportedSummary, summary(change))).toEqual([{ path, code }]);
  });
});

describe('Programme', () => {
  const programme = { id: 'hanoi', name: text('Chương trình', 'Programme'), place: text('Hà Nội', 'Hanoi'), pillars: [pillar] };

  it('accepts a programme with or without reported summaries', () => {
    expect(Programme.safeParse(programme).success).toBe(true);
    expect(Programme.safeParse({ ...programme, reportedSummaries: [summary()] }).success).toBe(true);
  });

  it('rejects a programme without pillars, and a summary that does not add up, with its index', () => {
    expect(issues(Programme, { ...programme, pillars: [] })).toEqual([{ path: ['pillars'], code: 'too_small' }]);
    expect(issues(Programme, { ...programme, reportedSummaries: [summary(), summary({ exceeded: 9 })] })).toEqual([
      { path: ['reportedSummaries', 1, 'exceeded'], code: 'exceeded is part of achieved' },
    ]);
  });

  it('rejects an unknown property', () => {
    expect(issues(Programme, { ...programme, city: 'Hà Nội' })).toEqual([{ path: [], code: 'unrecognized_keys' }]);
  });
});
