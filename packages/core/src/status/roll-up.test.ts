import { describe, expect, it } from 'vitest';
import type { Indicator } from '../schema/indicator.js';
import type { Taxonomy } from '../schema/payload.js';
import type { Target } from '../schema/target.js';
import { rollUp } from './roll-up.js';
import { VERDICTS } from './verdict.js';

const target = (t: Record<string, unknown>): Target => ({ year: 2025, source: 'doc', ...t }) as Target;

function indicator(id: string, targets: Target[], values: Array<[string, number]> = []): Indicator {
  const [pillar = ''] = id.split('.');
  return {
    id,
    pillar,
    label: { vi: id, en: id },
    unit: 'percent',
    direction: 'higher_is_better',
    targets,
    observations: values.map(([date, value]) => ({ kind: 'value', date, source: 'rep', value, qualifier: 'exact' })),
  };
}

const taxonomy: Taxonomy = {
  kind: 'taxonomy',
  schemaVersion: 1,
  programme: {
    id: 'p',
    name: { vi: 'Chương trình', en: 'Programme' },
    place: { vi: 'Hà Nội', en: 'Hanoi' },
    pillars: [
      { id: 'government', kind: 'pillar', label: { vi: 'Chính quyền số', en: 'Digital government' } },
      { id: 'economy', kind: 'pillar', label: { vi: 'Kinh tế số', en: 'Digital economy' } },
      { id: 'society', kind: 'pillar', label: { vi: 'Xã hội số', en: 'Digital society' } },
    ],
    reportedSummaries: [
      { document: 'doc', source: 'rep', date: '2024-10-24', total: 4, achieved: 2, exceeded: 1, inProgress: 2, noMethod: 1 },
    ],
  },
  sources: [
    { kind: 'resolution', id: 'doc', issuer: { vi: 'UBND', en: 'PC' }, title: { vi: 'NQ', en: 'Res' } },
    { kind: 'plan', id: 'plan', issuer: { vi: 'UBND', en: 'PC' }, title: { vi: 'KH', en: 'Plan' } },
    { kind: 'report', id: 'rep', publisher: 'Báo', date: '2024-10-24', title: { vi: 'Tin', en: 'News' } },
  ],
  indicators: [
    indicator('government.a', [target({ comparator: 'reach', value: 90, reportedStatus: { status: 'exceeded', source: 'rep' } })], [['2024-10-24', 95]]),
    indicator('government.b', [target({ comparator: 'reach', value: 100 }), target({ year: 2030, comparator: 'reach', value: 100 })], [['2024-10-24', 46.25]]),
    indicator('economy.c', [target({ comparator: 'about', value: 30 }), target({ year: 2030, comparator: 'more_than', value: 40 })]),
    indicator('society.d', [
      target({ comparator: 'reach', value: 90, reportedStatus: { status: 'in_progress', source: 'rep' } }),
      target({ source: 'plan', comparator: 'not_given', reportedStatus: { status: 'no_method', source: 'rep' } }),
    ], [['2024-10-24', 90]]),
  ],
};

describe('rollUp', () => {
  const summary = rollUp(taxonomy, { year: 2025, asOf: '2024-10-24' });

  it('counts every target of the year by verdict, with every status present', () => {
    expect(summary.total.total).toBe(5);
    expect(Object.keys(summary.total.counts)).toEqual([...VERDICTS]);
    expect(summary.total.counts).toMatchObject({ exceeded: 1, achieved: 1, not_assessable: 3 });
    expect(summary.total.met).toBe(2);
    expect(summary.total.reasons).toMatchObject({ cannot_project: 1, no_observation: 1, value_not_given: 1 });
  });

  it('counts reported statuses in the sources’ grammar, and the ones that contradict the verdict', () => {
    expect(summary.total.reported).toEqual({ achieved: 1, exceeded: 1, inProgress: 2, noMethod: 1, none: 2, disagreeing: 1 });
  });

  it('gives one group per pillar, in programme order, that add up to the total', () => {
    expect(summary.pillars.map((g) => [g.pillar, g.total, g.met])).toEqual([
      ['government', 2, 1],
      ['economy', 1, 0],
      ['society', 2, 1],
    ]);
  });

  it('narrows to one pillar or one document, and keeps the printed counts beside', () => {
    const economy2030 = rollUp(taxonomy, { year: 2030, asOf: '2024-10-24', pillar: 'economy' });
    expect(economy2030.pillars.map((g) => g.pillar)).toEqual(['economy']);
    expect(economy2030.total.reasons.no_observation).toBe(1);
    const doc = rollUp(taxonomy, { year: 2025, asOf: '2024-10-24', document: 'doc' });
    expect(doc.total.total).toBe(4);
    expect(doc.reportedSummaries.map((s) => [s.total, s.achieved, s.exceeded])).toEqual([[4, 2, 1]]);
    expect(rollUp(taxonomy, { year: 2025, asOf: '2024-10-23' }).reportedSummaries).toEqual([]);
  });
});
