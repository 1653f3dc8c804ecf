import { describe, expect, it } from 'vitest';
import type { Indicator } from '../schema/indicator.js';
import type { Taxonomy } from '../schema/payload.js';
import { assessIndicator } from '../status/assess-target.js';
import { describeIndicator } from './describe-indicator.js';

const sources: Taxonomy['sources'] = [
  { kind: 'report', id: 'feb', publisher: 'Báo A', date: '2024-02-05', title: { vi: 'Tin', en: 'News' } },
  { kind: 'report', id: 'oct', publisher: 'Báo B', date: '2024-10-24', title: { vi: 'Tin', en: 'News' } },
];

const fibre: Indicator = {
  id: 'society.fibre',
  pillar: 'society',
  label: { vi: 'Tỷ lệ hộ gia đình có cáp quang', en: 'Households with fibre' },
  unit: 'percent',
  direction: 'higher_is_better',
  targets: [
    { year: 2025, source: 'doc', comparator: 'reach', value: 90, reportedStatus: { status: 'in_progress', source: 'oct' } },
    { year: 2030, source: 'doc', comparator: 'milestone', milestone: { vi: 'phổ cập', en: 'universal' } },
  ],
  observations: [
    { kind: 'value', date: '2024-02-05', source: 'feb', value: 93.15, qualifier: 'exact' },
    { kind: 'value', date: '2024-10-24', source: 'oct', value: 91.4, qualifier: 'exact' },
  ],
};

describe('describeIndicator', () => {
  it('says the latest figure, each target with its verdict, a contradicting report and the disagreements, in Vietnamese', () => {
    expect(describeIndicator({ sources }, fibre, { asOf: '2024-10-24' })).toBe(
      'Tỷ lệ hộ gia đình có cáp quang: 91,4% (24/10/2024). ' +
        'Mục tiêu 2025 ≥ 90%: hoàn thành vượt mức; nguồn báo cáo: đang triển khai. ' +
        'Mục tiêu 2030 phổ cập: chưa đánh giá được (mục tiêu định tính). ' +
        'Các nguồn có 1 chỗ chênh lệch.',
    );
  });

  it('says the same in English', () => {
    expect(describeIndicator({ sources }, fibre, { asOf: '2024-10-24', lang: 'en' })).toBe(
      'Households with fibre: 91.4% (24 Oct 2024). ' +
        '2025 target at least 90%: exceeded; the source reports: in progress. ' +
        '2030 target universal: not assessable (qualitative target). ' +
        'The sources disagree in 1 place.',
    );
  });

  it('speaks only of what was known on asOf', () => {
    expect(describeIndicator({ sources }, fibre, { asOf: '2024-01-01' })).toBe(
      'Tỷ lệ hộ gia đình có cáp quang: chưa có số liệu. ' +
        'Mục tiêu 2025 ≥ 90%: chưa đánh giá được (chưa có số liệu). ' +
        'Mục tiêu 2030 phổ cập: chưa đánh giá được (mục tiêu định tính).',
    );
  });

  it('says what a source reports when the figures cannot decide, and leaves it out when they agree', () => {
    const records: Indicator = {
      ...fibre,
      targets: [
        { year: 2025, source: 'doc', comparator: 'not_given', reportedStatus: { status: 'achieved', source: 'oct' } },
        { year: 2025, source: 'doc', comparator: 'reach', value: 90, reportedStatus: { status: 'achieved', source: 'oct' } },
      ],
    };
    expect(describeIndicator({ sources }, records, { asOf: '2024-10-24', lang: 'en' })).toBe(
      'Households with fibre: 91.4% (24 Oct 2024). ' +
        '2025 target value not stated: not assessable (the source does not state the target value); the source reports: achieved. ' +
        '2025 target at least 90%: exceeded. ' +
        'The sources disagree in 1 place.',
    );
  });

  it('says the same with verdicts the caller already computed', () => {
    const verdicts = assessIndicator({ sources }, fibre, { asOf: '2024-10-24' });
    expect(describeIndicator({ sources }, fibre, { asOf: '2024-10-24', lang: 'en', verdicts })).toBe(
      describeIndicator({ sources }, fibre, { asOf: '2024-10-24', lang: 'en' }),
    );
  });
});
