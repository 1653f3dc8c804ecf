import { describe, expect, it } from 'vitest';
import type { Indicator } from '../schema/indicator.js';
import type { Observation, ValueQualifier } from '../schema/observation.js';
import type { Taxonomy } from '../schema/payload.js';
import type { Target } from '../schema/target.js';
import { findDisagreements } from '../taxonomy/observations.js';
import { assessIndicator, assessTarget } from './assess-target.js';
import { rollUp } from './roll-up.js';
import { MAX_DISAGREEMENTS } from './thresholds.js';

const sources: Taxonomy['sources'] = [
  { kind: 'resolution', id: 'nq', issuer: { vi: 'Thành ủy', en: 'Party Committee' }, title: { vi: 'Nghị quyết', en: 'Resolution' } },
  { kind: 'programme', id: 'prog', issuer: { vi: 'Thành phố', en: 'City' }, title: { vi: 'Chương trình', en: 'Programme' } },
  { kind: 'report', id: 'a', publisher: 'Báo A', date: '2024-10-24', title: { vi: 'Tin', en: 'News' } },
  { kind: 'report', id: 'b', publisher: 'Báo B', date: '2024-10-24', title: { vi: 'Tin', en: 'News' } },
  { kind: 'report', id: 'nodate', publisher: 'Báo C', date: 'undated', title: { vi: 'Tin', en: 'News' } },
  { kind: 'report', id: 'late', publisher: 'Báo D', date: 'undated', notBefore: '2023-01-01', title: { vi: 'Tin', en: 'News' } },
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

function figure(value: number, date: Observation['date'], qualifier: ValueQualifier = 'exact', source = 'a'): Observation {
  return { kind: 'value', date, source, value, qualifier };
}

const target = (t: Record<string, unknown>): Target => ({ year: 2025, source: 'nq', ...t }) as Target;

describe('no final verdict without a figure for the target’s period', () => {
  const t = target({ comparator: 'reach', value: 90 });

  it.each([
    ['met early by a 2024 figure', 91.4, '2024-10-24', ['exceeded', false], ['awaiting_final', false]],
    ['not met by a 2024 figure', 46.25, '2024-10-24', ['not_assessable', false], ['awaiting_final', false]],
    ['met by a figure of 2025', 91.4, '2025-03-31', ['exceeded', true], ['exceeded', true]],
    ['not met by a figure of 2025', 80, '2025-03-31', ['not_assessable', false], ['missed', true]],
    ['not met by a figure of 2026 about 2025', 80, '2026-02-01', ['not_assessable', false], ['missed', true]],
  ] as const)('%s: before and after the deadline', (_name, value, date, before, after) => {
    const ind = indicator({ targets: [t], observations: [figure(value, date)] });
    const onDeadline = assessTarget(taxonomy, ind, t, { asOf: '2025-12-31' });
    // A figure dated after the deadline is not known on the deadline: nothing to compare yet.
    expect([onDeadline.status, onDeadline.final]).toEqual(date <= '2025-12-31' ? before : ['not_assessable', false]);
    const late = assessTarget(taxonomy, ind, t, { asOf: date > '2026-01-01' ? date : '2026-01-01' });
    expect([late.status, late.final]).toEqual(after);
  });

  it('carries the last figure, its date and what it showed while awaiting the final figure', () => {
    const ind = indicator({ targets: [t], observations: [figure(91.4, '2024-10-24')] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf: '2026-12-02' });
    expect(verdict.status).toBe('awaiting_final');
    if (verdict.status !== 'awaiting_final') return;
    expect(verdict.provisional).toEqual({ status: 'exceeded', on: '2024-10-24' });
    expect(verdict.basis).toMatchObject({ date: '2024-10-24', inPeriod: false });
    expect(verdict.asOf).toBe('2026-12-02');
  });

  it('gives the last projection as what the figures showed before the deadline', () => {
    const ind = indicator({ targets: [t], observations: [figure(50, '2023-01-01'), figure(60, '2024-01-01')] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf: '2026-01-01' });
    expect(verdict.status).toBe('awaiting_final');
    if (verdict.status === 'awaiting_final') expect(verdict.provisional).toEqual({ status: 'at_risk', on: '2024-01-01' });
  });

  it('counts awaiting targets on their own in roll-ups, never as met or missed', () => {
    const ind = indicator({ targets: [t], observations: [figure(91.4, '2024-10-24')] });
    const programme = { id: 'p', name: { vi: 'P', en: 'P' }, place: { vi: 'HN', en: 'HN' }, pillars: [{ id: 'society', kind: 'pillar' as const, label: { vi: 'XH', en: 'Soc' } }] };
    const tax: Taxonomy = { kind: 'taxonomy', schemaVersion: 1, programme, sources, indicators: [ind] };
    const before = rollUp(tax, { year: 2025, asOf: '2025-12-31' }).total;
    const after = rollUp(tax, { year: 2025, asOf: '2026-01-01' }).total;
    expect([before.met, before.metFinal, before.counts.awaiting_final]).toEqual([1, 0, 0]);
    expect([after.met, after.counts.missed, after.counts.awaiting_final, after.metBeforeDeadline]).toEqual([0, 0, 1, 1]);
  });
});

describe('every verdict names the figure it rests on', () => {
  it('names an undated figure as undated, and never projects from it', () => {
    const t = target({ comparator: 'reach', value: 90 });
    const ind = indicator({ targets: [t], observations: [figure(50, 'undated', 'exact', 'nodate')] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf: '2024-10-24' });
    expect(verdict.basis).toMatchObject({ date: 'undated', inPeriod: false });
    expect([verdict.status, verdict.reason]).toEqual(['not_assessable', 'cannot_project']);
  });

  it('never takes an undated figure as newer than a dated one, nor as a baseline', () => {
    const t = target({ comparator: 'reach', value: 90 });
    const ind = indicator({ targets: [t], observations: [figure(60, '2024-10-24'), figure(10, 'undated', 'exact', 'nodate')] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf: '2024-12-31' });
    expect(verdict.basis?.date).toBe('2024-10-24');
    expect(verdict.components.baseline?.date).toBe('2024-10-24');
    expect(verdict.reason).toBe('cannot_project');
  });

  it('does not use an undated figure before its report can have been written', () => {
    const t = target({ comparator: 'reach', value: 90 });
    const ind = indicator({ targets: [t], observations: [figure(95, 'undated', 'exact', 'late')] });
    expect(assessTarget(taxonomy, ind, t, { asOf: '2020-01-01' }).reason).toBe('no_observation');
    expect(assessTarget(taxonomy, ind, t, { asOf: '2023-01-01' }).status).toBe('exceeded');
  });
});

describe('projection only where it means something', () => {
  it(`does not annualise two figures a day apart (it once gave +9,244%/yr and on_track)`, () => {
    const t = target({ comparator: 'reach', value: 90 });
    const ind = indicator({ targets: [t], observations: [figure(50, '2024-10-23'), figure(51, '2024-10-24')] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf: '2024-10-24' });
    expect([verdict.status, verdict.reason]).toEqual(['not_assessable', 'cannot_project']);
    expect(verdict.components.observedRate).toBeUndefined();
  });

  it('projects from figures 365 days apart, not 364', () => {
    const t = target({ comparator: 'reach', value: 90 });
    const year = indicator({ targets: [t], observations: [figure(50, '2023-01-01'), figure(60, '2024-01-01')] });
    const short = indicator({ targets: [t], observations: [figure(50, '2023-01-02'), figure(60, '2024-01-01')] });
    expect(assessTarget(taxonomy, year, t, { asOf: '2024-06-30' }).components.ratio).toBeDefined();
    expect(assessTarget(taxonomy, short, t, { asOf: '2024-06-30' }).reason).toBe('cannot_project');
  });

  it('compares a growth-rate target with the average of its yearly figures, never compounding the rate', () => {
    const t = target({ comparator: 'between', min: 7, max: 7.5 });
    const ind = indicator({ unit: 'percent_per_year', targets: [t], observations: [figure(6, '2022-12-31'), figure(8, '2023-12-31'), figure(8, '2024-12-31')] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf: '2025-01-31' });
    expect(verdict.components.growth).toBe('average');
    expect(verdict.components.observedRate).toBeCloseTo(22 / 3, 10);
    expect(verdict.components.ratio).toBeUndefined();
    expect(verdict.status).toBe('on_track');
    const slow = indicator({ ...ind, observations: [figure(3, '2023-12-31'), figure(4, '2024-12-31')] });
    expect(assessTarget(taxonomy, slow, t, { asOf: '2025-01-31' }).status).toBe('off_track');
    const final = indicator({ ...ind, observations: [...ind.observations, figure(7, '2025-12-31')] });
    expect(assessTarget(taxonomy, final, t, { asOf: '2026-02-01' })).toMatchObject({ status: 'achieved', final: true });
  });

  it('combines same-day figures as what all of them allow, whatever their order in the data', () => {
    const t = target({ comparator: 'at_least', value: 90 });
    const bound = figure(90, '2024-10-24', 'at_least', 'a');
    const count: Observation = { kind: 'value', date: '2024-10-24', source: 'b', value: 21, outOf: 22, qualifier: 'exact' };
    const one = assessTarget(taxonomy, indicator({ targets: [t], observations: [bound, count] }), t, { asOf: '2024-12-31' });
    const other = assessTarget(taxonomy, indicator({ targets: [t], observations: [count, bound] }), t, { asOf: '2024-12-31' });
    expect(one.status).toBe('exceeded');
    expect(other.status).toBe(one.status);
    expect(other.basis).toEqual(one.basis);
    expect(one.basis?.range.lo).toBeCloseTo(95.4545, 3);
  });

  it('reads contradicting same-day figures as undecidable unless both decide alike, in any order', () => {
    const t = target({ comparator: 'reach', value: 90 });
    const [low, high] = [figure(80, '2024-10-24', 'exact', 'a'), figure(95, '2024-10-24', 'exact', 'b')];
    for (const observations of [[low, high], [high, low]]) {
      const verdict = assessTarget(taxonomy, indicator({ targets: [t], observations }), t, { asOf: '2024-12-31' });
      expect([verdict.status, verdict.reason, verdict.basis?.conflicting]).toEqual(['not_assessable', 'undecidable_bound', true]);
    }
    const both = [figure(92, '2024-10-24', 'exact', 'a'), figure(95, '2024-10-24', 'exact', 'b')];
    expect(assessTarget(taxonomy, indicator({ targets: [t], observations: both }), t, { asOf: '2024-12-31' }).status).toBe('exceeded');
  });
});

describe('the two rule errors', () => {
  it('does not count a move away from a strict bound as improving: 60 → 50 against "more than 50"', () => {
    const t = target({ comparator: 'more_than', value: 50 });
    const ind = indicator({ targets: [t], observations: [figure(60, '2023-01-01'), figure(50, '2024-01-01')] });
    const verdict = assessTarget(taxonomy, ind, t, { asOf: '2024-06-30' });
    expect(verdict.status).toBe('off_track');
    const rising = indicator({ targets: [t], observations: [figure(40, '2023-01-01'), figure(50, '2024-01-01')] });
    expect(assessTarget(taxonomy, rising, t, { asOf: '2024-06-30' }).status).toBe('on_track');
  });

  it('does not count 8 → 10 against "less than 10" (lower is better) as improving', () => {
    const t = target({ comparator: 'less_than', value: 10 });
    const ind = indicator({ direction: 'lower_is_better', targets: [t], observations: [figure(8, '2023-01-01'), figure(10, '2024-01-01')] });
    expect(assessTarget(taxonomy, ind, t, { asOf: '2024-06-30' }).status).toBe('off_track');
    const falling = indicator({ direction: 'lower_is_better', targets: [t], observations: [figure(12, '2023-01-01'), figure(10, '2024-01-01')] });
    expect(assessTarget(taxonomy, falling, t, { asOf: '2024-06-30' }).status).toBe('on_track');
  });

  it('flags "more than 80%" and exactly 80% on the same day as conflicting, and 80% with "at least 80%" as not', () => {
    const strict = indicator({ observations: [figure(80, '2024-10-24', 'more_than', 'a'), figure(80, '2024-10-24', 'exact', 'b')] });
    expect(findDisagreements(taxonomy, strict).map((d) => d.kind)).toEqual(['conflicting_sources']);
    const closed = indicator({ observations: [figure(80, '2024-10-24', 'at_least', 'a'), figure(80, '2024-10-24', 'exact', 'b')] });
    expect(findDisagreements(taxonomy, closed)).toEqual([]);
  });

  it('keeps the disagreements of thousands of contradicting figures short', () => {
    const observations = Array.from({ length: 4000 }, (_, i) => figure(i % 2 === 0 ? 10 : 90, 'undated', 'exact', 'nodate'));
    const ind = indicator({ targets: [target({ comparator: 'reach', value: 50 })], observations });
    const found = findDisagreements(taxonomy, ind);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(MAX_DISAGREEMENTS);
    expect(assessIndicator(taxonomy, ind, { asOf: '2024-10-24' })[0]?.disagreements.length).toBe(found.length);
  });
});

describe('one figure, several documents', () => {
  const both = [target({ source: 'prog', comparator: 'reach', value: 100 }), target({ source: 'nq', comparator: 'reach', value: 100 })];
  const ind = indicator({ targets: both, observations: [figure(46.25, '2024-10-24')] });
  const programme = { id: 'p', name: { vi: 'P', en: 'P' }, place: { vi: 'HN', en: 'HN' }, pillars: [{ id: 'society', kind: 'pillar' as const, label: { vi: 'XH', en: 'Soc' } }] };
  const tax: Taxonomy = { kind: 'taxonomy', schemaVersion: 1, programme, sources, indicators: [ind] };

  it('names both documents on each verdict', () => {
    expect(assessIndicator(tax, ind, { asOf: '2024-10-24' }).map((v) => v.documents)).toEqual([
      ['prog', 'nq'],
      ['nq', 'prog'],
    ]);
  });

  it('counts the target once in the programme’s view and once in each document’s view', () => {
    expect(rollUp(tax, { year: 2025, asOf: '2026-12-02' }).total.total).toBe(1);
    expect(rollUp(tax, { year: 2025, asOf: '2026-12-02', document: 'nq' }).total.total).toBe(1);
    expect(rollUp(tax, { year: 2025, asOf: '2026-12-02', document: 'prog' }).total.total).toBe(1);
  });

  it('leaves a document’s general objective out of that document’s count', () => {
    const general = indicator({ id: 'society.general', targets: [target({ comparator: 'milestone', milestone: { vi: 'Dẫn đầu', en: 'Leading' }, general: true })] });
    const withGeneral: Taxonomy = { ...tax, indicators: [ind, general] };
    expect(rollUp(withGeneral, { year: 2025, asOf: '2024-10-24', document: 'nq' }).total.total).toBe(1);
    expect(rollUp(withGeneral, { year: 2025, asOf: '2024-10-24' }).total.total).toBe(2);
  });
});
