import { describe, expect, it } from 'vitest';
import { NOT_ASSESSABLE_REASONS, VERDICTS } from '../status/verdict.js';
import { assessTarget } from '../status/assess-target.js';
import { formatReason, formatVerdict, formatVerdictSummary } from './format-verdict.js';

describe('formatVerdict', () => {
  it.each([
    ['exceeded', 'hoàn thành vượt mức', 'exceeded'],
    ['achieved', 'đã đạt', 'achieved'],
    ['on_track', 'đúng tiến độ', 'on track'],
    ['at_risk', 'có nguy cơ chậm', 'at risk'],
    ['off_track', 'chậm tiến độ', 'off track'],
    ['missed', 'không đạt', 'missed'],
    ['not_assessable', 'chưa đánh giá được', 'not assessable'],
  ] as const)('labels %s "%s" and "%s"', (status, vi, en) => {
    expect(formatVerdict(status)).toBe(vi);
    expect(formatVerdict(status, { lang: 'en' })).toBe(en);
  });

  it('gives every verdict a distinct label in each language', () => {
    for (const lang of ['vi', 'en'] as const) {
      expect(new Set(VERDICTS.map((status) => formatVerdict(status, { lang }))).size).toBe(VERDICTS.length);
    }
  });
});

describe('formatReason', () => {
  it('gives every reason a distinct label in each language', () => {
    for (const lang of ['vi', 'en'] as const) {
      expect(new Set(NOT_ASSESSABLE_REASONS.map((reason) => formatReason(reason, { lang }))).size).toBe(NOT_ASSESSABLE_REASONS.length);
    }
  });

  it('explains a projection that needs more figures', () => {
    expect(formatReason('cannot_project', { lang: 'en' })).toBe('too few dated figures a year or more apart to project');
  });
});

describe('formatVerdictSummary', () => {
  const sources = [{ kind: 'report' as const, id: 'r', publisher: 'Báo', date: '2024-10-24', title: { vi: 'Tin', en: 'News' } }];
  const indicator = {
    id: 'society.sample',
    pillar: 'society',
    label: { vi: 'Chỉ tiêu', en: 'Indicator' },
    unit: 'percent' as const,
    direction: 'higher_is_better' as const,
    targets: [{ year: 2025, source: 'doc', comparator: 'reach' as const, value: 90 }],
    observations: [{ kind: 'value' as const, date: '2024-10-24', source: 'r', value: 91.4, qualifier: 'exact' as const }],
  };
  const verdict = (asOf: string, observations = indicator.observations) =>
    assessTarget({ sources }, { ...indicator, observations }, indicator.targets[0]!, { asOf });

  it.each([
    ['2024-10-24', 'vi', true, 'vượt mức sớm (số liệu 24/10/2024)'],
    ['2024-10-24', 'en', false, 'exceeded early'],
    ['2026-12-02', 'vi', true, 'chờ số liệu cuối kỳ; số liệu 24/10/2024 đã vượt mức'],
    ['2026-12-02', 'vi', false, 'chờ số liệu cuối kỳ (đã vượt mức trước hạn)'],
    ['2026-12-02', 'en', false, 'awaiting the final figure (exceeded before the deadline)'],
  ] as const)('as of %s in %s (figure date: %s): %s', (asOf, lang, figureDate, expected) => {
    expect(formatVerdictSummary(verdict(asOf), { lang, figureDate })).toBe(expected);
  });

  it('says a final verdict with its label alone, and a figure that fell short as such', () => {
    const final = [{ kind: 'value' as const, date: '2025-06-30', source: 'r', value: 91.4, qualifier: 'exact' as const }];
    expect(formatVerdictSummary(verdict('2026-01-01', final))).toBe('hoàn thành vượt mức');
    const short = [{ kind: 'value' as const, date: '2024-10-24', source: 'r', value: 46.25, qualifier: 'exact' as const }];
    expect(formatVerdictSummary(verdict('2026-01-01', short), { lang: 'en' })).toBe('awaiting the final figure; the 24 Oct 2024 figure fell short');
    expect(formatVerdictSummary(verdict('2026-01-01', short), { figureDate: false })).toBe('chờ số liệu cuối kỳ (chưa đạt trước hạn)');
  });
});
