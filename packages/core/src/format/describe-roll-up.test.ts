import { describe, expect, it } from 'vitest';
import { hanoi } from '../data/hanoi.js';
import { rollUp } from '../status/roll-up.js';
import { describeRollUp } from './describe-roll-up.js';

describe('describeRollUp', () => {
  it('sets the computed count of Resolution 18’s 2025 targets beside the reported 8/15, with why they differ (vi)', () => {
    const summary = rollUp(hanoi, { year: 2025, asOf: '2024-10-24', document: 'nq18' });
    const text = describeRollUp(hanoi, summary);
    expect(text.title).toBe('Nghị quyết 18-NQ/TU · mục tiêu năm 2025');
    expect(text.computed).toBe('3/15 mục tiêu đạt theo số liệu');
    expect(text.early).toBe('3 đạt sớm, theo số liệu trước năm mục tiêu');
    expect(text.reported).toMatch(/^nguồn báo cáo: 8\/15 đã hoàn thành \(.+, 24\/10\/2024\)$/);
    expect(text.difference).toContain('nguồn không nêu giá trị mục tiêu (6 mục tiêu)');
    expect(text.difference).toContain('mục tiêu định tính (2 mục tiêu)');
    expect(text.difference).not.toContain('đã qua hạn');
    expect(text.counts.map((c) => [c.status, c.count])).toEqual([
      ['exceeded', 3],
      ['not_assessable', 12],
    ]);
    expect(text.asOf).toBe('Đánh giá tính đến 24/10/2024');
    expect(text.sentence.startsWith(`${text.title}: ${text.computed} (${text.early}). ${text.reported}. `)).toBe(true);
  });

  it('says past deadlines await their final figure, and counts match the roll-up (en)', () => {
    const summary = rollUp(hanoi, { year: 2025, asOf: '2026-12-02', document: 'nq18' });
    const text = describeRollUp(hanoi, summary, { lang: 'en' });
    expect(text.computed).toBe('0 of 15 targets met by the figures');
    expect(text.early).toBeUndefined();
    expect(text.difference).toContain("4 targets are past the deadline with no figure of the target's year (3 of them met on earlier figures)");
    expect(text.counts.find((c) => c.status === 'awaiting_final')?.count).toBe(summary.total.counts.awaiting_final);
    expect(text.counts.reduce((n, c) => n + c.count, 0)).toBe(summary.total.total);
    expect(text.asOf).toBe('Assessed as of 2 Dec 2026');
  });

  it('prints no reported count for a view the report does not count (a pillar, or the whole programme)', () => {
    expect(describeRollUp(hanoi, rollUp(hanoi, { year: 2025, asOf: '2024-10-24', document: 'nq18', pillar: 'society' })).reported).toBeUndefined();
    const all = describeRollUp(hanoi, rollUp(hanoi, { year: 2025, asOf: '2024-10-24' }), { lang: 'en' });
    expect(all.reported).toBeUndefined();
    expect(all.title).toBe('All targets · 2025 targets');
  });

  it('prints no reported count before the report was published', () => {
    expect(describeRollUp(hanoi, rollUp(hanoi, { year: 2025, asOf: '2024-10-23', document: 'nq18' })).reported).toBeUndefined();
  });
});
