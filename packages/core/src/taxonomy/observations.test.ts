import { describe, expect, it } from 'vitest';
import type { Indicator } from '../schema/indicator.js';
import type { Observation } from '../schema/observation.js';
import type { Taxonomy } from '../schema/payload.js';
import { effectiveDate, findDisagreements, latestObservation, observationsOf } from './observations.js';

const sources: Taxonomy['sources'] = [
  { kind: 'report', id: 'feb', publisher: 'Báo A', date: '2024-02-05', title: { vi: 'Tin', en: 'News' } },
  { kind: 'report', id: 'oct', publisher: 'Báo B', date: '2024-10-24', title: { vi: 'Tin', en: 'News' } },
  { kind: 'report', id: 'nodate', publisher: 'Báo C', date: 'undated', title: { vi: 'Tin', en: 'News' } },
];
const taxonomy = { sources };

const figure = (value: number, date: Observation['date'], source: string, extra: Partial<Observation> = {}): Observation =>
  ({ kind: 'value', date, source, value, qualifier: 'exact', ...extra }) as Observation;

function indicator(observations: Observation[], overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'society.sample',
    pillar: 'society',
    label: { vi: 'Chỉ tiêu', en: 'Indicator' },
    unit: 'percent',
    direction: 'higher_is_better',
    targets: [],
    observations,
    ...overrides,
  };
}

describe('effectiveDate', () => {
  it.each([
    ['its own day', figure(1, '2024-10-24', 'feb'), '2024-10-24'],
    ['the last day of its period', figure(1, { from: '2023-01-01', to: '2023-12-31' }, 'oct'), '2023-12-31'],
    ['its report’s date when undated', figure(1, 'undated', 'feb'), '2024-02-05'],
    ['nothing when neither is dated', figure(1, 'undated', 'nodate'), undefined],
    ['nothing when the report is unknown', figure(1, 'undated', 'missing'), undefined],
  ] as const)('is %s', (_name, observation, expected) => {
    expect(effectiveDate(taxonomy, observation)).toBe(expected);
  });
});

describe('observationsOf and latestObservation', () => {
  const fibre = indicator([figure(91.4, '2024-10-24', 'oct'), figure(93.15, 'undated', 'feb'), figure(78, 'undated', 'nodate')]);

  it('orders by effective date, unknown dates first', () => {
    expect(observationsOf(taxonomy, fibre).map((o) => [o.value, o.date])).toEqual([
      [78, undefined],
      [93.15, '2024-02-05'],
      [91.4, '2024-10-24'],
    ]);
  });

  it('takes the figure with the latest effective date, even when it is lower', () => {
    expect(latestObservation(taxonomy, fibre)?.value).toBe(91.4);
    expect(latestObservation(taxonomy, fibre, { asOf: '2024-06-30' })?.value).toBe(93.15);
  });

  it('keeps undated figures as of any date, but never as latest over a dated one', () => {
    expect(latestObservation(taxonomy, fibre, { asOf: '2020-01-01' })?.value).toBe(78);
  });

  it('keeps the order of the data for figures of the same date', () => {
    const same = indicator([figure(1, '2024-01-01', 'feb'), figure(2, '2024-01-01', 'oct')]);
    expect(latestObservation(taxonomy, same)?.value).toBe(2);
  });

  it('reads a count out of a total as a percent only on a percent indicator', () => {
    const databases = [figure(21, '2024-10-24', 'oct', { outOf: 22 })];
    expect(observationsOf(taxonomy, indicator(databases))[0]?.value).toBeCloseTo(95.4545, 3);
    expect(observationsOf(taxonomy, indicator(databases, { unit: 'count' }))[0]?.value).toBe(21);
  });

  it('returns the headline series without a breakdown, and a member plus shared states with one', () => {
    const state: Observation = { kind: 'state', date: '2024-10-24', source: 'oct', state: { vi: 'Cả 3 cấp', en: 'All 3 levels' } };
    const ind = indicator([figure(50, '2024-10-24', 'oct', { breakdown: 'commune' }), figure(70, '2024-10-24', 'oct'), state]);
    expect(observationsOf(taxonomy, ind).map((o) => o.observation.kind)).toEqual(['value', 'state']);
    expect(observationsOf(taxonomy, ind, { breakdown: 'commune' }).map((o) => o.value)).toEqual([50, undefined]);
  });
});

describe('findDisagreements', () => {
  it('reports a later figure lower than the one before as went_backwards', () => {
    const fibre = indicator([figure(93.15, '2024-02-05', 'feb'), figure(91.4, '2024-10-24', 'oct')]);
    expect(findDisagreements(taxonomy, fibre).map((d) => [d.kind, d.observations.map((o) => o.value)])).toEqual([
      ['went_backwards', [93.15, 91.4]],
    ]);
  });

  it('reads backwards along the direction: a rank going up is worse', () => {
    const rank = indicator([figure(2, '2023-01-01', 'feb'), figure(4, '2024-01-01', 'oct')], { unit: 'rank', direction: 'lower_is_better' });
    expect(findDisagreements(taxonomy, rank).map((d) => d.kind)).toEqual(['went_backwards']);
  });

  it('reports an undated figure that differs from a dated one as conflicting_sources', () => {
    const smartphones = indicator([figure(78, 'undated', 'nodate'), figure(97, '2024-10-24', 'oct')]);
    expect(findDisagreements(taxonomy, smartphones).map((d) => [d.kind, d.observations.map((o) => o.value)])).toEqual([
      ['conflicting_sources', [78, 97]],
    ]);
  });

  it.each([
    ['a bound the exact figure satisfies', { value: 80, qualifier: 'more_than' }, 85, 0],
    ['a bound the exact figure breaks', { value: 90, qualifier: 'at_least' }, 85, 1],
    ['an "about" within tolerance', { value: 95, qualifier: 'about' }, 93, 0],
    ['the same exact figure', { value: 85, qualifier: 'exact' }, 85, 0],
  ] as const)('on the same day, %s gives %d conflict(s)', (_name, first, second, count) => {
    const ind = indicator([figure(first.value, '2024-10-24', 'feb', { qualifier: first.qualifier }), figure(second, '2024-10-24', 'oct')]);
    expect(findDisagreements(taxonomy, ind)).toHaveLength(count);
  });

  it('checks each breakdown member on its own', () => {
    const ind = indicator(
      [figure(90, '2024-01-01', 'feb', { breakdown: 'city' }), figure(60, '2024-06-01', 'oct', { breakdown: 'commune' })],
      {
        breakdown: {
          dimension: { vi: 'Cấp', en: 'Level' },
          members: [
            { id: 'city', label: { vi: 'Thành phố', en: 'City' } },
            { id: 'commune', label: { vi: 'Xã', en: 'Commune' } },
          ],
        },
      },
    );
    expect(findDisagreements(taxonomy, ind)).toEqual([]);
  });
});
