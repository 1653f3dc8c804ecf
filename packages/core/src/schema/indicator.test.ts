import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { Comparator } from './target.js';
import { Breakdown, Direction, Indicator, IndicatorId, UnitKind } from './indicator.js';

function issues(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, code: issue.code === 'custom' ? (issue.params?.rule ?? issue.message) : issue.code }));
}

const text = (vi: string, en: string) => ({ vi, en });
const indicator = (change: Record<string, unknown> = {}) => ({
  id: 'society.fibre-households',
  pillar: 'society',
  label: text('Hộ gia đình có cáp quang', 'Households with fibre'),
  unit: 'percent',
  direction: 'higher_is_better',
  breakdown: { dimension: text('Cấp', 'Level'), members: [{ id: 'district', label: text('Huyện', 'District') }, { id: 'commune', label: text('Xã', 'Commune') }] },
  targets: [{ year: 2025, source: 'nq18', comparator: 'reach', value: 90 }],
  observations: [{ kind: 'value', date: '2024-10-24', source: 'r003', value: 91.4, qualifier: 'exact' }],
  ...change,
});
const targetFor = (comparator: string) =>
  ({
    between: { year: 2030, source: 'nq18', comparator, min: 1, max: 3 },
    milestone: { year: 2030, source: 'nq18', comparator, milestone: text('Dẫn đầu', 'Leading') },
    not_given: { year: 2030, source: 'nq18', comparator },
  })[comparator] ?? { year: 2030, source: 'nq18', comparator, value: 3 };
const rank = (change: Record<string, unknown> = {}) =>
  indicator({ id: 'society.rank', unit: 'rank', direction: 'lower_is_better', breakdown: undefined, observations: [], targets: [], ...change });

describe('Indicator', () => {
  it.each(UnitKind.options.filter((unit) => unit !== 'rank'))('accepts the unit %s', (unit) => {
    expect(Indicator.safeParse(indicator({ unit })).success).toBe(true);
  });

  it.each(Direction.options)('accepts the direction %s', (direction) => {
    expect(Indicator.safeParse(indicator({ direction })).success).toBe(true);
  });

  it('accepts optional short label, description and population', () => {
    const extra = { shortLabel: text('Cáp quang', 'Fibre'), description: text('Mô tả', 'Description'), population: text('Hộ', 'Households') };
    expect(Indicator.safeParse(indicator(extra)).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    ['no direction, which is never defaulted', { direction: undefined }, ['direction'], 'invalid_value'],
    ['an unknown unit', { unit: 'percentage' }, ['unit'], 'invalid_value'],
    ['no targets list', { targets: undefined }, ['targets'], 'invalid_type'],
    ['no observations list', { observations: undefined }, ['observations'], 'invalid_type'],
    ['a breakdown of one member', { breakdown: { dimension: text('Cấp', 'Level'), members: [{ id: 'city', label: text('TP', 'City') }] } }, ['breakdown', 'members'], 'too_small'],
    ['an unknown property', { colour: 'red' }, [], 'unrecognized_keys'],
  ])('rejects %s', (_name, change, path, code) => {
    expect(issues(Indicator, indicator(change))).toEqual([{ path, code }]);
  });

  it('rejects a pillar that is not a slug, and the id that no longer starts with it', () => {
    expect(issues(Indicator, indicator({ pillar: 'Society' }))).toEqual([
      { path: ['pillar'], code: 'invalid_format' },
      { path: ['id'], code: 'id_pillar' },
    ]);
  });

  it('rejects an id that does not start with its pillar, at the id', () => {
    expect(issues(Indicator, indicator({ pillar: 'economy' }))).toEqual([{ path: ['id'], code: 'id_pillar' }]);
  });

  it('rejects breakdown members the indicator does not have, in targets and observations', () => {
    const found = issues(
      Indicator,
      indicator({
        targets: [{ year: 2025, source: 'nq18', comparator: 'reach', value: 90, breakdown: 'ward' }],
        observations: [
          { kind: 'value', date: '2024-10-24', source: 'r003', value: 91, qualifier: 'exact', breakdown: 'commune' },
          { kind: 'value', date: '2024-10-24', source: 'r003', value: 91, qualifier: 'exact', breakdown: 'city' },
        ],
      }),
    );
    expect(found).toEqual([
      { path: ['targets', 0, 'breakdown'], code: 'unknown_breakdown' },
      { path: ['observations', 1, 'breakdown'], code: 'unknown_breakdown' },
    ]);
  });

  it('rejects any breakdown member when the indicator has no breakdown', () => {
    const target = { year: 2025, source: 'nq18', comparator: 'reach', value: 90, breakdown: 'commune' };
    expect(issues(Indicator, indicator({ breakdown: undefined, targets: [target] }))).toEqual([{ path: ['targets', 0, 'breakdown'], code: 'unknown_breakdown' }]);
  });
});

describe('Indicator with unit rank', () => {
  it.each(Direction.options.filter((direction) => direction !== 'lower_is_better'))('rejects the direction %s, at the direction', (direction) => {
    expect(issues(Indicator, rank({ direction }))).toEqual([{ path: ['direction'], code: 'rank_direction' }]);
  });

  it.each<[string, boolean]>(Comparator.options.map((comparator) => [comparator, ['rank_at_most', 'milestone', 'not_given'].includes(comparator)]))(
    'takes a %s target: %s',
    (comparator, allowed) => {
      const found = issues(Indicator, rank({ targets: [targetFor(comparator)] }));
      expect(found).toEqual(allowed ? [] : [{ path: ['targets', 0, 'comparator'], code: 'rank_comparator' }]);
    },
  );
});

describe('IndicatorId', () => {
  it.each(['society.fibre-households', 'economy.digital-share', 'city-wide.rank2'])('accepts %j', (id) => {
    expect(IndicatorId.safeParse(id).success).toBe(true);
  });

  it.each(['fibre-households', 'society.', '.fibre', 'society.fibre.households', 'Society.fibre', 'society.fibre_households', 'society fibre'])(
    'rejects %j',
    (id) => {
      expect(issues(IndicatorId, id)).toEqual([{ path: [], code: 'invalid_format' }]);
    },
  );
});

describe('Breakdown', () => {
  it('rejects a member id that is not a slug, at the member', () => {
    const members = [{ id: 'district', label: text('Huyện', 'District') }, { id: 'Xã', label: text('Xã', 'Commune') }];
    expect(issues(Breakdown, { dimension: text('Cấp', 'Level'), members })).toEqual([{ path: ['members', 1, 'id'], code: 'invalid_format' }]);
  });
});
