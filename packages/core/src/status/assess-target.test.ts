import { describe, expect, it } from 'vitest';
import type { Indicator } from '../schema/indicator.js';
import type { Observation, ValueQualifier } from '../schema/observation.js';
import type { Taxonomy } from '../schema/payload.js';
import type { ReportedStatusValue, Target } from '../schema/target.js';
import { assessIndicator, assessTarget } from './assess-target.js';
import { ABOUT_TOLERANCE } from './thresholds.js';

const sources: Taxonomy['sources'] = [
  { kind: 'resolution', id: 'doc', issuer: { vi: 'UBND', en: 'People’s Committee' }, title: { vi: 'Nghị quyết', en: 'Resolution' } },
  { kind: 'report', id: 'dated', publisher: 'Báo A', date: '2024-10-24', title: { vi: 'Tin', en: 'News' } },
  { kind: 'report', id: 'undated', publisher: 'Báo B', date: 'undated', title: { vi: 'Tin', en: 'News' } },
];
const taxonomy = { sources };

function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'society.sample',
    pillar: 'society',
    label: { vi: 'Chỉ tiêu', en: 'Indicator' },
    unit: 'percent',
    direction: 'higher_is_better',
    targets: [],
    observations: [],
    ...overrides,
  };
}

function value(v: number, date: Observation['date'] = '2024-06-30', qualifier: ValueQualifier = 'exact', extra: Partial<Observation> = {}): Observation {
  return { kind: 'value', date, source: 'dated', value: v, qualifier, ...extra } as Observation;
}

const target = (t: Record<string, unknown>): Target => ({ year: 2025, source: 'doc', ...t }) as Target;
const asOf = '2024-06-30';

describe('assessTarget: comparators against one exact figure', () => {
  it.each([
    ['reach', { value: 90 }, 'higher_is_better', 91.4, 'exceeded'],
    ['reach', { value: 90 }, 'higher_is_better', 90, 'achieved'],
    ['reach', { value: 10 }, 'lower_is_better', 8, 'exceeded'],
    ['reach', { value: 10 }, 'lower_is_better', 10, 'achieved'],
    ['at_least', { value: 90 }, 'higher_is_better', 90, 'achieved'],
    ['at_least', { value: 90 }, 'higher_is_better', 90.01, 'exceeded'],
    ['more_than', { value: 50 }, 'higher_is_better', 80, 'exceeded'],
    ['at_most', { value: 10 }, 'lower_is_better', 10, 'achieved'],
    ['at_most', { value: 10 }, 'lower_is_better', 9, 'exceeded'],
    ['at_most', { value: 10 }, 'higher_is_better', 9, 'achieved'],
    ['less_than', { value: 10 }, 'lower_is_better', 9.99, 'exceeded'],
    ['about', { value: 30 }, 'higher_is_better', 30, 'achieved'],
    ['about', { value: 30 }, 'higher_is_better', 28.5, 'achieved'],
    ['about', { value: 30 }, 'higher_is_better', 31.5, 'achieved'],
    ['about', { value: 30 }, 'higher_is_better', 31.6, 'exceeded'],
    ['about', { value: 30 }, 'lower_is_better', 28.4, 'exceeded'],
    ['about', { value: 30 }, 'lower_is_better', 31.5, 'achieved'],
    ['between', { min: 7, max: 7.5 }, 'higher_is_better', 7, 'achieved'],
    ['between', { min: 7, max: 7.5 }, 'higher_is_better', 7.5, 'achieved'],
    ['between', { min: 7, max: 7.5 }, 'higher_is_better', 7.6, 'exceeded'],
    ['between', { min: 7, max: 7.5 }, 'lower_is_better', 6.9, 'exceeded'],
    ['between', { min: 7, max: 7.5 }, 'lower_is_better', 7.5, 'achieved'],
    ['rank_at_most', { value: 5 }, 'lower_is_better', 5, 'achieved'],
    ['rank_at_most', { value: 5 }, 'lower_is_better', 2, 'exceeded'],
  ] as const)('%s %o (%s) with %d is %s', (comparator, fields, direction, figure, status) => {
    const t = target({ comparator, ...fields });
    const verdict = assessTarget(taxonomy, indicator({ direction, targets: [t], observations: [value(figure)] }), t, { asOf });
    expect(verdict.status).toBe(status);
    expect(verdict.components.latest?.value).toBe(figure);
  });

  it.each([
    ['reach', { value: 90 }, 'higher_is_better', 89.9],
    ['more_than', { value: 50 }, 'higher_is_better', 50],
    ['less_than', { value: 10 }, 'lower_is_better', 10],
    ['about', { value: 30 }, 'higher_is_better', 28.4],
    ['about', { value: 30 }, 'lower_is_better', 31.6],
    ['between', { min: 7, max: 7.5 }, 'higher_is_better', 6.9],
    ['between', { min: 7, max: 7.5 }, 'lower_is_better', 7.6],
    ['rank_at_most', { value: 5 }, 'lower_is_better', 6],
    ['at_least', { value: 10 }, 'lower_is_better', 9],
  ] as const)('%s %o (%s) with %d of the target year is missed once the year is over', (comparator, fields, direction, figure) => {
    const t = target({ comparator, ...fields });
    const ind = indicator({ direction, targets: [t], observations: [value(figure, '2025-06-30')] });
    const missed = assessTarget(taxonomy, ind, t, { asOf: '2026-01-01' });
    expect(missed.status).toBe('missed');
    expect(missed.final).toBe(true);
    expect(assessTarget(taxonomy, ind, t, { asOf: '2025-12-31' }).status).not.toBe('missed');
  });

  it.each([
    ['reach', { value: 90 }, 'higher_is_better', 89.9],
    ['more_than', { value: 50 }, 'higher_is_better', 50],
    ['rank_at_most', { value: 5 }, 'lower_is_better', 6],
  ] as const)('%s %o (%s) with %d of an earlier year awaits the final figure once the year is over, never missed', (comparator, fields, direction, figure) => {
    const t = target({ comparator, ...fields });
    const ind = indicator({ direction, targets: [t], observations: [value(figure, '2024-06-30')] });
    for (const day of ['2026-01-01', '2026-12-02', '2031-06-30']) {
      const verdict = assessTarget(taxonomy, ind, t, { asOf: day });
      expect(verdict.status).toBe('awaiting_final');
      expect(verdict.final).toBe(false);
      if (verdict.status !== 'awaiting_final') continue;
      expect(verdict.provisional.on).toBe('2024-06-30');
      expect(['on_track', 'at_risk', 'off_track', 'not_assessable']).toContain(verdict.provisional.status);
    }
  });

  it('uses a tolerance of ABOUT_TOLERANCE of the target value for "about"', () => {
    const t = target({ comparator: 'about', value: 30 });
    const verdict = assessTarget(taxonomy, indicator({ targets: [t], observations: [value(30)] }), t, { asOf });
    expect(verdict.components.tolerance).toBeCloseTo(30 * ABOUT_TOLERANCE, 10);
    expect(verdict.components.tolerance).toBeCloseTo(1.5, 10);
  });

  it('reads a count out of a total as a percent on a percent indicator', () => {
    const t = target({ comparator: 'at_least', value: 90 });
    const ind = indicator({ targets: [t], observations: [value(21, '2024-10-24', 'exact', { outOf: 22 })] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf: '2024-10-24' });
    expect(verdict.status).toBe('exceeded');
    expect(verdict.components.latest?.value).toBeCloseTo(95.4545, 3);
  });

  it('compares figures above 100% like any other figure', () => {
    const t = target({ comparator: 'at_least', value: 100 });
    const verdict = assessTarget(taxonomy, indicator({ targets: [t], observations: [value(122.7)] }), t, { asOf });
    expect(verdict.status).toBe('exceeded');
  });
});

describe('assessTarget: observations that are bounds', () => {
  it.each([
    ['more_than', 80, { comparator: 'more_than', value: 50 }, 'exceeded', undefined],
    ['at_least', 90, { comparator: 'at_least', value: 90 }, 'achieved', undefined],
    ['at_least', 90, { comparator: 'about', value: 95 }, 'not_assessable', 'undecidable_bound'],
    ['more_than', 80, { comparator: 'reach', value: 90 }, 'not_assessable', 'undecidable_bound'],
    ['about', 30, { comparator: 'reach', value: 25 }, 'exceeded', undefined],
    ['about', 30, { comparator: 'reach', value: 30 }, 'not_assessable', 'undecidable_bound'],
    ['less_than', 40, { comparator: 'at_least', value: 50 }, 'missed', undefined],
    ['at_most', 95, { comparator: 'more_than', value: 95 }, 'missed', undefined],
  ] as const)('an observation "%s %d" against %o is %s', (qualifier, figure, fields, status, reason) => {
    const t = target(fields);
    const ind = indicator({ targets: [t], observations: [value(figure, '2025-06-30', qualifier)] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf: '2026-06-30' });
    expect(verdict.status).toBe(status);
    expect(verdict.reason).toBe(reason);
  });

  it('decides a rank target from a bound on the rank', () => {
    const t = target({ comparator: 'rank_at_most', value: 5 });
    const ind = indicator({ unit: 'rank', direction: 'lower_is_better', targets: [t], observations: [value(3, asOf, 'at_most')] });
    expect(assessTarget(taxonomy, ind, t, { asOf }).status).toBe('exceeded');
  });
});

describe('assessTarget: targets that cannot be assessed', () => {
  it.each([
    ['a milestone', target({ comparator: 'milestone', milestone: { vi: 'Phổ cập', en: 'Universal' } }), {}, 'qualitative'],
    ['a target with no value', target({ comparator: 'not_given' }), {}, 'value_not_given'],
    ['an indicator with no direction', target({ comparator: 'reach', value: 90 }), { direction: 'none' }, 'no_direction'],
  ] as const)('%s is not assessable (%s)', (_name, t, overrides, reason) => {
    const ind = indicator({ ...overrides, targets: [t], observations: [value(95)] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf });
    expect(verdict.status).toBe('not_assessable');
    expect(verdict.reason).toBe(reason);
  });

  it('says no_observation when there is no figure, and no_method when a source reports none exists', () => {
    const plain = target({ comparator: 'reach', value: 90 });
    const noMethod = target({ comparator: 'reach', value: 90, reportedStatus: { status: 'no_method', source: 'dated' } });
    const ind = indicator({ targets: [plain, noMethod] });
    expect(assessTarget(taxonomy, ind, plain, { asOf: '2025-01-01' }).reason).toBe('no_observation');
    expect(assessTarget(taxonomy, ind, noMethod, { asOf: '2025-01-01' }).reason).toBe('no_method');
  });

  it('never decides a numeric target from a state observation', () => {
    const t = target({ comparator: 'reach', value: 90 });
    const state: Observation = { kind: 'state', date: asOf, source: 'dated', state: { vi: 'Đã xong', en: 'Done' } };
    const verdict = assessTarget(taxonomy, indicator({ targets: [t], observations: [state] }), t, { asOf });
    expect(verdict.reason).toBe('no_observation');
    expect(verdict.observations).toHaveLength(1);
  });

  it('cannot project from one figure, nor from two of the same day', () => {
    const t = target({ comparator: 'reach', value: 100 });
    const one = indicator({ targets: [t], observations: [value(46.25)] });
    const sameDay = indicator({ targets: [t], observations: [value(40), value(46.25)] });
    expect(assessTarget(taxonomy, one, t, { asOf }).reason).toBe('cannot_project');
    expect(assessTarget(taxonomy, sameDay, t, { asOf }).reason).toBe('cannot_project');
  });

  it('ignores observations dated after asOf', () => {
    const t = target({ comparator: 'reach', value: 90 });
    const ind = indicator({ targets: [t], observations: [value(95, '2024-10-24')] });
    expect(assessTarget(taxonomy, ind, t, { asOf: '2024-10-23' }).reason).toBe('no_observation');
    expect(assessTarget(taxonomy, ind, t, { asOf: '2024-10-24' }).status).toBe('exceeded');
  });
});

describe('assessTarget: projection before the deadline', () => {
  // Baseline 2023-01-01, latest 2024-01-01 (365 days), deadline 2025-12-31 (730 days later);
  // the expected ratios below were worked out by hand with those day counts and 365.25-day years.
  it.each([
    [50, 60, 80, 'on_track', 'ON_TRACK_RATIO', 1.29],
    [50, 57, 80, 'at_risk', 'AT_RISK_RATIO', 0.758],
    [50, 52, 80, 'off_track', 'AT_RISK_RATIO', 0.166],
    [50, 45, 80, 'off_track', 'DETERIORATION_RATIO', -0.3],
  ] as const)('from %d to %d aiming at %d is %s (%s, ratio ≈ %d)', (b, c, aim, status, threshold, ratio) => {
    const t = target({ comparator: 'reach', value: aim });
    const ind = indicator({ targets: [t], observations: [value(b, '2023-01-01'), value(c, '2024-01-01')] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf: '2024-06-30' });
    expect(verdict.status).toBe(status);
    expect(verdict.components.threshold?.name).toBe(threshold);
    expect(verdict.components.ratio).toBeCloseTo(ratio, 2);
    expect(verdict.components.growth).toBe('compound');
    expect(verdict.components.baseline?.value).toBe(b);
  });

  it('does not project a rank: positions are not quantities that grow', () => {
    const t = target({ comparator: 'rank_at_most', value: 5 });
    const ind = indicator({ unit: 'rank', direction: 'lower_is_better', targets: [t], observations: [value(10, '2023-01-01'), value(7, '2024-01-01')] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf: '2024-06-30' });
    expect(verdict.status).toBe('not_assessable');
    expect(verdict.reason).toBe('rank_not_projected');
    expect(verdict.components.ratio).toBeUndefined();
    expect(verdict.components.expected).toBeUndefined();
    // A rank that meets the target is still met.
    const met = indicator({ unit: 'rank', direction: 'lower_is_better', targets: [t], observations: [value(10, '2023-01-01'), value(4, '2024-01-01')] });
    expect(assessTarget(taxonomy, met, t, { asOf: '2024-06-30' }).status).toBe('exceeded');
  });

  it('falls back to linear change when a figure is zero', () => {
    const t = target({ comparator: 'reach', value: 80 });
    const ind = indicator({ targets: [t], observations: [value(0, '2023-01-01'), value(20, '2024-01-01')] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf: '2024-06-30' });
    expect(verdict.components.growth).toBe('linear');
    expect(verdict.components.observedRate).toBeCloseTo(20.014, 2);
    expect(verdict.components.requiredRate).toBeCloseTo(30.021, 2);
    expect(verdict.status).toBe('at_risk');
  });

  it('draws the expected position on a straight line from the baseline to the target', () => {
    const t = target({ comparator: 'reach', value: 80 });
    const ind = indicator({ targets: [t], observations: [value(50, '2023-01-01'), value(60, '2024-01-01')] });
    // 546 of 1095 days from 2023-01-01 to 2025-12-31: 50 + 30 × 546/1095.
    expect(assessTarget(taxonomy, ind, t, { asOf: '2024-06-30' }).components.expected).toBeCloseTo(64.959, 2);
    expect(assessTarget(taxonomy, ind, t, { asOf: '2023-01-01' }).components.expected).toBe(50);
    expect(assessTarget(taxonomy, ind, t, { asOf: '2026-06-30' }).components.expected).toBe(80);
  });

  it('expects the target itself once the baseline already meets it', () => {
    const t = target({ comparator: 'reach', value: 90 });
    const ind = indicator({ targets: [t], observations: [value(93.15, '2024-02-05'), value(91.4, '2024-10-24')] });
    expect(assessTarget(taxonomy, ind, t, { asOf: '2024-10-24' }).components.expected).toBe(90);
  });
});

describe('assessTarget: dates and breakdowns', () => {
  it('never takes an undated figure as latest over a dated one', () => {
    const t = target({ comparator: 'reach', value: 90 });
    const undated: Observation = { kind: 'value', date: 'undated', source: 'undated', value: 78, qualifier: 'exact' };
    const ind = indicator({ targets: [t], observations: [value(97, '2024-10-24'), undated] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf: '2024-12-31' });
    expect(verdict.components.latest?.value).toBe(97);
    expect(verdict.disagreements.map((d) => d.kind)).toEqual(['conflicting_sources']);
  });

  it('assesses a breakdown target on that member only, with state observations of no breakdown', () => {
    const breakdown = {
      dimension: { vi: 'Cấp', en: 'Level' },
      members: [
        { id: 'city', label: { vi: 'Cấp Thành phố', en: 'City level' } },
        { id: 'commune', label: { vi: 'Cấp xã', en: 'Commune level' } },
      ],
    };
    const commune = target({ comparator: 'reach', value: 60, breakdown: 'commune' });
    const state: Observation = { kind: 'state', date: asOf, source: 'dated', state: { vi: 'Cả 3 cấp', en: 'All 3 levels' } };
    const ind = indicator({
      breakdown,
      targets: [commune],
      observations: [value(95), value(70, asOf, 'exact', { breakdown: 'city' }), state, value(65, asOf, 'exact', { breakdown: 'commune' })],
    });
    const verdict = assessTarget(taxonomy, ind, commune, { asOf });
    expect(verdict.components.latest?.value).toBe(65);
    expect(verdict.observations.map((o) => o.value)).toEqual([undefined, 65]);
    expect(verdict.status).toBe('exceeded');
  });
});

describe('assessTarget: reported status beside the verdict', () => {
  it.each([
    ['achieved', 95, true],
    ['exceeded', 95, true],
    ['exceeded', 90, false],
    ['in_progress', 95, false],
    ['achieved', 80, false],
    ['in_progress', 80, true],
  ] as const)('a reported "%s" with a figure of %d agrees: %s', (status, figure, agrees) => {
    const t = target({ comparator: 'reach', value: 90, reportedStatus: { status, source: 'dated' } });
    const ind = indicator({ targets: [t], observations: [value(figure, '2024-10-24')] });
    expect(assessTarget(taxonomy, ind, t, { asOf: '2026-01-01' }).reported).toEqual({ status, source: 'dated', agrees });
  });

  it('leaves agreement open when the target cannot be assessed', () => {
    const t = target({ comparator: 'not_given', reportedStatus: { status: 'achieved' satisfies ReportedStatusValue, source: 'dated' } });
    expect(assessTarget(taxonomy, indicator({ targets: [t] }), t, { asOf: '2024-12-31' }).reported?.agrees).toBeUndefined();
  });

  it('omits a reported status published after asOf', () => {
    const t = target({ comparator: 'reach', value: 90, reportedStatus: { status: 'achieved', source: 'dated' } });
    const ind = indicator({ targets: [t], observations: [value(95, '2024-01-01')] });
    expect(assessTarget(taxonomy, ind, t, { asOf: '2024-10-23' }).reported).toBeUndefined();
    expect(assessTarget(taxonomy, ind, t, { asOf: '2024-10-24' }).reported?.agrees).toBe(true);
  });
});

describe('assessIndicator', () => {
  it('assesses each target on its own, in order, each against its own deadline', () => {
    const t2025 = target({ comparator: 'reach', value: 90 });
    const t2030 = target({ year: 2030, comparator: 'reach', value: 100 });
    const ind = indicator({ targets: [t2025, t2030], observations: [value(80, '2023-01-01'), value(85, '2024-01-01')] });
    const verdicts = assessIndicator(taxonomy, ind, { asOf: '2026-03-01' });
    expect(verdicts.map((v) => [v.target.year, v.status, v.components.deadline])).toEqual([
      [2025, 'awaiting_final', '2025-12-31'],
      [2030, 'on_track', '2030-12-31'],
    ]);
  });
});
