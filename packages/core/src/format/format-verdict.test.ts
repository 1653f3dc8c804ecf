import { describe, expect, it } from 'vitest';
import { NOT_ASSESSABLE_REASONS, VERDICTS } from '../status/verdict.js';
import { formatReason, formatVerdict } from './format-verdict.js';

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
