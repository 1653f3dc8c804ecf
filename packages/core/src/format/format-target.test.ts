import { describe, expect, it } from 'vitest';
import type { Indicator } from '../schema/indicator.js';
import type { Target } from '../schema/target.js';
import { formatTarget } from './format-target.js';

const percentUp: Pick<Indicator, 'unit' | 'direction'> = { unit: 'percent', direction: 'higher_is_better' };
const target = (t: Record<string, unknown>): Target => ({ year: 2025, source: 'doc', ...t }) as Target;

describe('formatTarget', () => {
  it.each([
    [{ comparator: 'reach', value: 90 }, percentUp, '≥ 90% vào năm 2025', 'at least 90% by 2025'],
    [{ comparator: 'reach', value: 10 }, { unit: 'percent', direction: 'lower_is_better' }, '≤ 10% vào năm 2025', 'at most 10% by 2025'],
    [{ comparator: 'reach', value: 39 }, { unit: 'count', direction: 'none' }, 'đạt 39 vào năm 2025', 'reach 39 by 2025'],
    [{ comparator: 'at_least', value: 90 }, percentUp, '≥ 90% vào năm 2025', 'at least 90% by 2025'],
    [{ comparator: 'more_than', value: 50 }, percentUp, '> 50% vào năm 2025', 'more than 50% by 2025'],
    [{ comparator: 'at_most', value: 5 }, percentUp, '≤ 5% vào năm 2025', 'at most 5% by 2025'],
    [{ comparator: 'less_than', value: 5 }, percentUp, '< 5% vào năm 2025', 'less than 5% by 2025'],
    [{ comparator: 'about', value: 30 }, percentUp, '≈ 30% vào năm 2025', 'about 30% by 2025'],
    [{ comparator: 'between', min: 7, max: 7.5 }, { unit: 'percent_per_year', direction: 'higher_is_better' }, '7–7,5%/năm vào năm 2025', '7–7.5%/year by 2025'],
    [{ comparator: 'rank_at_most', value: 5 }, { unit: 'rank', direction: 'lower_is_better' }, 'nhóm 5 dẫn đầu vào năm 2025', 'top 5 by 2025'],
    [{ comparator: 'milestone', milestone: { vi: 'Phổ cập', en: 'Universal' } }, percentUp, 'Phổ cập vào năm 2025', 'Universal by 2025'],
    [{ comparator: 'not_given' }, percentUp, 'chưa nêu giá trị vào năm 2025', 'value not stated by 2025'],
  ] as const)('writes %o as "%s" and "%s"', (fields, indicator, vi, en) => {
    expect(formatTarget(target(fields), indicator)).toBe(vi);
    expect(formatTarget(target(fields), indicator, { lang: 'en' })).toBe(en);
  });

  it('names the breakdown member a target is for', () => {
    const indicator: Pick<Indicator, 'unit' | 'direction' | 'breakdown'> = {
      ...percentUp,
      breakdown: {
        dimension: { vi: 'Cấp', en: 'Level' },
        members: [
          { id: 'city', label: { vi: 'cấp Thành phố', en: 'city level' } },
          { id: 'commune', label: { vi: 'cấp xã', en: 'commune level' } },
        ],
      },
    };
    const t = target({ comparator: 'reach', value: 60, breakdown: 'commune' });
    expect(formatTarget(t, indicator)).toBe('≥ 60% (cấp xã) vào năm 2025');
    expect(formatTarget(t, indicator, { lang: 'en' })).toBe('at least 60% (commune level) by 2025');
  });
});
