import { describe, expect, it } from 'vitest';
import type { Indicator } from '../schema/indicator.js';
import type { Taxonomy } from '../schema/payload.js';
import { assessIndicator } from '../status/assess-target.js';
import { describeIndicator } from './describe-indicator.js';

const sources: Taxonomy['sources'] = [
  { kind: 'resolution', id: 'doc', number: '18-NQ/TU', issuer: { vi: 'Thành ủy', en: 'Party Committee' }, title: { vi: 'Nghị quyết', en: 'Resolution' } },
  { kind: 'programme', id: 'prog', issuer: { vi: 'Thành phố', en: 'City' }, title: { vi: 'Chương trình CĐS', en: 'DT Programme' } },
  { kind: 'report', id: 'nodate', publisher: 'Báo C', date: 'undated', title: { vi: 'Tin', en: 'News' } },
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
        'Mục tiêu 2025 ≥ 90% (Nghị quyết 18-NQ/TU): vượt mức sớm (số liệu 24/10/2024); nguồn báo cáo: đang triển khai. ' +
        'Mục tiêu 2030 phổ cập (Nghị quyết 18-NQ/TU): chưa đánh giá được (mục tiêu định tính). ' +
        'Các nguồn có 1 chỗ chênh lệch. Đánh giá tính đến 24/10/2024.',
    );
  });

  it('says the same in English', () => {
    expect(describeIndicator({ sources }, fibre, { asOf: '2024-10-24', lang: 'en' })).toBe(
      'Households with fibre: 91.4% (24 Oct 2024). ' +
        '2025 target at least 90% (Resolution 18-NQ/TU): exceeded early (the 24 Oct 2024 figure); the source reports: in progress. ' +
        '2030 target universal (Resolution 18-NQ/TU): not assessable (qualitative target). ' +
        'The sources disagree in 1 place. Assessed as of 24 Oct 2024.',
    );
  });

  it('speaks only of what was known on asOf', () => {
    expect(describeIndicator({ sources }, fibre, { asOf: '2024-01-01' })).toBe(
      'Tỷ lệ hộ gia đình có cáp quang: chưa có số liệu. ' +
        'Mục tiêu 2025 ≥ 90% (Nghị quyết 18-NQ/TU): chưa đánh giá được (chưa có số liệu). ' +
        'Mục tiêu 2030 phổ cập (Nghị quyết 18-NQ/TU): chưa đánh giá được (mục tiêu định tính). ' +
        'Đánh giá tính đến 01/01/2024.',
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
        '2025 target value not stated (Resolution 18-NQ/TU): not assessable (the source does not state the target value); the source reports: achieved. ' +
        '2025 target at least 90% (Resolution 18-NQ/TU): exceeded early (the 24 Oct 2024 figure). ' +
        'The sources disagree in 1 place. Assessed as of 24 Oct 2024.',
    );
  });

  it('says the same with verdicts the caller already computed', () => {
    const verdicts = assessIndicator({ sources }, fibre, { asOf: '2024-10-24' });
    expect(describeIndicator({ sources }, fibre, { asOf: '2024-10-24', lang: 'en', verdicts })).toBe(
      describeIndicator({ sources }, fibre, { asOf: '2024-10-24', lang: 'en' }),
    );
  });

  it('never calls a past deadline met or missed without a figure of its year, and says what the last figure showed', () => {
    for (const asOf of ['2026-01-01', '2026-12-02', '2029-06-30']) {
      const vi = describeIndicator({ sources }, fibre, { asOf });
      expect(vi).toContain('Mục tiêu 2025 ≥ 90% (Nghị quyết 18-NQ/TU): chờ số liệu cuối kỳ; số liệu 24/10/2024 đã vượt mức');
      expect(vi).not.toContain('hoàn thành vượt mức');
      expect(vi).not.toContain('không đạt');
      const en = describeIndicator({ sources }, fibre, { asOf, lang: 'en' });
      expect(en).toContain('awaiting the final figure; the 24 Oct 2024 figure exceeded it');
    }
  });

  it('names every document that sets the same target, once', () => {
    const services: Indicator = {
      ...fibre,
      targets: [
        { year: 2025, source: 'prog', comparator: 'reach', value: 100 },
        { year: 2025, source: 'doc', comparator: 'reach', value: 100 },
      ],
      observations: [{ kind: 'value', date: '2024-10-24', source: 'oct', value: 46.25, qualifier: 'exact' }],
    };
    const text = describeIndicator({ sources }, services, { asOf: '2026-12-02', lang: 'en' });
    expect(text).toBe(
      'Households with fibre: 46.25% (24 Oct 2024). ' +
        '2025 target at least 100% (DT Programme, Resolution 18-NQ/TU): awaiting the final figure; the 24 Oct 2024 figure fell short. ' +
        'Assessed as of 2 Dec 2026.',
    );
  });

  it('says a figure is undated when nothing dates it, and prints no date for it', () => {
    const undated: Indicator = {
      ...fibre,
      targets: [{ year: 2025, source: 'doc', comparator: 'reach', value: 90 }],
      observations: [{ kind: 'value', date: 'undated', source: 'nodate', value: 95, qualifier: 'exact' }],
    };
    expect(describeIndicator({ sources }, undated, { asOf: '2024-10-24' })).toBe(
      'Tỷ lệ hộ gia đình có cáp quang: 95% (không ghi ngày). ' +
        'Mục tiêu 2025 ≥ 90% (Nghị quyết 18-NQ/TU): vượt mức sớm (số liệu không ghi ngày). ' +
        'Đánh giá tính đến 24/10/2024.',
    );
  });
});
