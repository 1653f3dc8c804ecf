import { describe, expect, it } from 'vitest';
import { hanoi } from '../data/hanoi.js';
import type { Indicator } from '../schema/indicator.js';
import type { Taxonomy } from '../schema/payload.js';
import { assessIndicator, assessTarget } from '../status/assess-target.js';
import { getIndicator } from '../taxonomy/query.js';
import { explainVerdict, type VerdictExplanation } from './explain-verdict.js';

const fibre = getIndicator(hanoi, 'society.fibre-households')!;
const services = getIndicator(hanoi, 'government.online-public-services')!;
const smartphones = getIndicator(hanoi, 'society.adult-smartphones')!;
const records = getIndicator(hanoi, 'government.online-work-records')!;

const explain = (indicator: Indicator, index: number, asOf: string, lang: 'vi' | 'en' = 'vi', taxonomy: Pick<Taxonomy, 'sources'> = hanoi) =>
  explainVerdict(taxonomy, assessTarget(taxonomy, indicator, indicator.targets[index]!, { asOf }), { lang });
const topic = (e: VerdictExplanation, name: string) => e.points.filter((p) => p.topic === name).map((p) => p.text);

describe('explainVerdict', () => {
  it('explains the fibre target met early before its year: figure, date, source, documents, deadline, expected position, the fall between sources and the reported status (vi)', () => {
    const why = explain(fibre, 0, '2025-12-31');
    expect(why.status).toBe('exceeded');
    expect(why.heading).toBe('Mục tiêu ≥ 90% vào năm 2025: vượt mức sớm (số liệu 24/10/2024)');
    // The report is of the figure's own day: its date is not written twice.
    expect(topic(why, 'figure')[0]).toMatch(/^Số liệu được dùng: 91,4% \(24\/10\/2024; nguồn: [^,]+\)\.$/);
    expect(topic(why, 'target')[0]).toMatch(/^Văn bản đặt mục tiêu: Nghị quyết 18-NQ\/TU \(biết qua .+\)\.$/);
    expect(topic(why, 'deadline')).toEqual(['Hạn: 31/12/2025, còn 0 ngày tính từ 31/12/2025.']);
    expect(topic(why, 'finality')[0]).toContain('kết quả sớm, chưa phải cuối cùng');
    expect(topic(why, 'expected')).toEqual(['Mức cần có tính đến 31/12/2025: chính mục tiêu, 90%; số liệu 91,4% cao hơn mức này.']);
    expect(topic(why, 'disagreement')[0]).toMatch(/số liệu đi xuống: 93,15% \(05\/02\/2024; nguồn: Báo Hànộimới\) rồi 91,4% \(24\/10\/2024/);
    expect(topic(why, 'reported')[0]).toMatch(/^Nguồn báo cáo \(.+, 24\/10\/2024\): đã hoàn thành; khớp với kết luận tính từ số liệu\.$/);
    expect(topic(why, 'as_of')).toEqual(['Đánh giá tính đến 31/12/2025; số liệu sau ngày này không được dùng.']);
    expect(why.points.map((p) => p.topic)).toEqual(['figure', 'target', 'deadline', 'finality', 'expected', 'disagreement', 'reported', 'as_of']);
  });

  it('explains the same target once its deadline has passed without a figure of 2025: awaiting the final figure, and what the last figure showed (en)', () => {
    const why = explain(fibre, 0, '2026-01-01', 'en');
    expect(why.status).toBe('awaiting_final');
    expect(why.heading).toBe('Target at least 90% by 2025: awaiting the final figure; the 24 Oct 2024 figure exceeded it');
    expect(topic(why, 'deadline')).toEqual(['Deadline: 31 Dec 2025, passed as of 1 Jan 2026.']);
    expect(topic(why, 'provisional')).toEqual([
      'The deadline has passed, but no figure of 2025 or later decides whether it was met. The last figure before it (24 Oct 2024) showed: exceeded.',
    ]);
    expect(topic(why, 'finality')).toEqual([]);
    expect(topic(why, 'reported')[0]).toMatch(/: achieved; this agrees with what the last figure showed\.$/);
    expect(topic(why, 'disagreement')[0]).toMatch(/the figure went down: 93\.15% \(5 Feb 2024; source: Báo Hànộimới\), then 91\.4% \(24 Oct 2024/);
  });

  it('says the same in Vietnamese after the deadline, never "met" or "missed"', () => {
    const why = explain(fibre, 0, '2026-12-03');
    const text = [why.heading, ...why.points.map((p) => p.text)].join(' ');
    expect(why.heading).toBe('Mục tiêu ≥ 90% vào năm 2025: chờ số liệu cuối kỳ; số liệu 24/10/2024 đã vượt mức');
    expect(topic(why, 'provisional')[0]).toContain('chưa có số liệu nào của năm 2025 trở về sau');
    expect(why.heading).not.toContain('không đạt');
    expect(topic(why, 'finality')).toEqual([]);
    expect(text).not.toContain('là cuối cùng');
  });

  it('speaks only of the figures known on its day: before October 2024 the fibre figure is 93.15% and nothing disagrees', () => {
    const why = explain(fibre, 0, '2024-06-30', 'en');
    expect(topic(why, 'figure')[0]).toMatch(/^Figure used: 93\.15% \(5 Feb 2024; source: Báo Hànộimới\)\.$/);
    expect(topic(why, 'disagreement')).toEqual([]);
    expect(topic(why, 'reported')).toEqual([]);
  });

  it('names both documents that set the online-services target, the expected position and why no pace is computed, on both sides of 2025-12-31', () => {
    const before = explain(services, 0, '2025-06-30', 'en');
    expect(topic(before, 'target')[0]).toMatch(/^Set by .+ and Resolution 18-NQ\/TU/);
    expect(before.heading).toMatch(/^Target at least 100% by 2025: /);
    expect(topic(before, 'expected')[0]).toBe(
      'Where it should be as of 30 Jun 2025, on a straight line from the 24 Oct 2024 figure to the target at the deadline: 77.16%; the figure, 46.25%, is below it.',
    );
    expect(topic(before, 'reason')).toEqual(['Not met, and no pace can be computed: that needs two dated figures at least 1 year apart.']);
    const after = explain(services, 0, '2026-01-01');
    expect(after.status).toBe('awaiting_final');
    expect(topic(after, 'provisional')[0]).toContain('Số liệu cuối cùng trước đó (24/10/2024) cho thấy: chưa đạt mục tiêu');
    expect(topic(after, 'expected')[0]).toBe('Mức cần có tính đến 01/01/2026: chính mục tiêu, 100%; số liệu 46,25% thấp hơn mức này.');
  });

  it('explains a qualitative 2030 target on both sides of 2030-12-31 without a figure or a pace', () => {
    for (const asOf of ['2030-12-31', '2031-01-01']) {
      const why = explain(fibre, 2, asOf, 'en');
      expect(why.status).toBe('not_assessable');
      expect(topic(why, 'reason')).toEqual(['Cannot be assessed: qualitative target.']);
      expect(topic(why, 'pace')).toEqual([]);
      expect(why.heading).toMatch(/^Target Universal fibre broadband city-wide by 2030: not assessable/);
      expect(topic(why, 'target')[0]).toMatch(/^Set by .*Programme/);
    }
    expect(topic(explain(fibre, 2, '2030-12-31', 'en'), 'deadline')).toEqual(['Deadline: 31 Dec 2030, 0 days away as of 31 Dec 2030.']);
    expect(topic(explain(fibre, 2, '2031-01-01', 'en'), 'deadline')).toEqual(['Deadline: 31 Dec 2030, passed as of 1 Jan 2031.']);
  });

  it('marks no expected position on the day of the first figure, where the line has not started', () => {
    expect(topic(explain(services, 0, '2024-10-24', 'en'), 'expected')).toEqual([]);
    expect(topic(explain(services, 0, '2024-10-25', 'en'), 'expected')).toHaveLength(1);
  });

  it('names two sources that cannot both be right (smartphones: 78% undated against 97%)', () => {
    const why = explain(smartphones, 1, '2025-12-31');
    expect(topic(why, 'disagreement')[0]).toMatch(/hai nguồn không thể cùng đúng: 78% \(không ghi ngày; .+\) và 97% \(24\/10\/2024; /);
    expect(topic(why, 'reported')[0]).toContain('không so sánh được');
  });

  it('quotes a state a source gives when there is no figure (work records at all three levels)', () => {
    const why = explain(records, 0, '2024-12-31', 'en');
    expect(topic(why, 'figure')).toEqual([expect.stringMatching(/^The source gives a state, not a figure: “Done at all three levels/)]);
    expect(why.heading).toBe('Target at least 90% (City) by 2025: not assessable (no figure yet)');
  });

  describe('a projection (figures a year or more apart)', () => {
    const sources: Taxonomy['sources'] = [
      { kind: 'programme', id: 'prog', issuer: { vi: 'Thành phố', en: 'City' }, title: { vi: 'Chương trình CĐS', en: 'DT Programme' } },
      { kind: 'report', id: 'a', publisher: 'Báo A', date: '2022-06-30', title: { vi: 'Tin', en: 'News' } },
      { kind: 'report', id: 'b', publisher: 'Báo B', date: '2024-06-30', title: { vi: 'Tin', en: 'News' } },
    ];
    const payments: Indicator = {
      id: 'society.payments',
      pillar: 'society',
      label: { vi: 'Thanh toán số', en: 'Digital payments' },
      unit: 'percent',
      direction: 'higher_is_better',
      targets: [{ year: 2030, source: 'prog', comparator: 'more_than', value: 80 }],
      observations: [
        { kind: 'value', date: '2022-06-30', source: 'a', value: 40, qualifier: 'exact' },
        { kind: 'value', date: '2024-06-30', source: 'b', value: 50, qualifier: 'exact' },
      ],
    };
    it('gives the pace observed, the pace needed, their ratio and the thresholds before 2030-12-31', () => {
      const why = explain(payments, 0, '2030-12-31', 'en', { sources });
      expect(why.status).toBe('on_track');
      expect(topic(why, 'pace')[0]).toMatch(
        /^Pace observed: \+11\.8% a year \(compound growth, from the 30 Jun 2022 figure to the 30 Jun 2024 figure\); pace needed to meet the target in time: \+7\.5% a year\. The ratio of the two is 1\.5[0-9]? /,
      );
      expect(topic(why, 'finality')[0]).toBe('Not met and not yet due: the verdict projects the pace of the figures.');
    });
    it('explains the pace in Vietnamese too', () => {
      const why = explain(payments, 0, '2029-06-30', 'vi', { sources });
      expect(topic(why, 'pace')[0]).toMatch(/^Tốc độ thực tế: \+11,8%\/năm \(tăng trưởng kép, từ số liệu 30\/06\/2022 đến 30\/06\/2024\); tốc độ cần để đạt mục tiêu đúng hạn: \+7,5%\/năm\. Tỉ số giữa hai tốc độ là /);
    });
    it('after 2030-12-31 awaits the final figure and says what the projection showed', () => {
      const why = explain(payments, 0, '2031-01-01', 'en', { sources });
      expect(why.status).toBe('awaiting_final');
      expect(topic(why, 'provisional')[0]).toMatch(/The last figure before it \(30 Jun 2024\) showed: short of it, on track\.$/);
    });
  });

  it('writes no NaN, Infinity, undefined or empty sentence for any target of the Hanoi dataset, in either language, on either side of each deadline', () => {
    const bad: string[] = [];
    for (const asOf of ['2024-12-31', '2025-12-31', '2026-01-01', '2030-12-31', '2031-01-01']) {
      for (const indicator of hanoi.indicators) {
        for (const verdict of assessIndicator(hanoi, indicator, { asOf })) {
          for (const lang of ['vi', 'en'] as const) {
            const why = explainVerdict(hanoi, verdict, { lang });
            for (const text of [why.heading, ...why.points.map((p) => p.text)]) {
              if (!text.trim() || /NaN|Infinity|undefined|\[object/.test(text)) bad.push(`${indicator.id} ${asOf} ${lang}: ${text}`);
            }
            if (why.points.at(-1)?.topic !== 'as_of') bad.push(`${indicator.id} ${asOf} ${lang}: no as-of point`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
