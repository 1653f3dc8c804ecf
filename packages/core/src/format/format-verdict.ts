import type { ReportedStatusValue } from '../schema/target.js';
import type { NotAssessableReason, TargetVerdict, VerdictStatus } from '../status/verdict.js';
import { formatDate } from './format-date.js';
import type { Lang } from './format-number.js';

const VERDICT_LABELS: Record<Lang, Record<VerdictStatus, string>> = {
  vi: {
    exceeded: 'hoàn thành vượt mức',
    achieved: 'đã đạt',
    on_track: 'đúng tiến độ',
    at_risk: 'có nguy cơ chậm',
    off_track: 'chậm tiến độ',
    missed: 'không đạt',
    awaiting_final: 'chờ số liệu cuối kỳ',
    not_assessable: 'chưa đánh giá được',
  },
  en: {
    exceeded: 'exceeded',
    achieved: 'achieved',
    on_track: 'on track',
    at_risk: 'at risk',
    off_track: 'off track',
    missed: 'missed',
    awaiting_final: 'awaiting the final figure',
    not_assessable: 'not assessable',
  },
};

const REASON_LABELS: Record<Lang, Record<NotAssessableReason, string>> = {
  vi: {
    no_observation: 'chưa có số liệu',
    qualitative: 'mục tiêu định tính',
    value_not_given: 'nguồn không nêu giá trị mục tiêu',
    undecidable_bound: 'số liệu chỉ là ngưỡng, chưa đủ để kết luận',
    no_direction: 'chỉ tiêu không có chiều tốt hơn',
    cannot_project: 'chưa đủ số liệu có ngày, cách nhau từ một năm, để dự báo',
    rank_not_projected: 'thứ hạng không được dùng để dự báo',
    no_method: 'chưa có phương pháp tính',
  },
  en: {
    no_observation: 'no figure yet',
    qualitative: 'qualitative target',
    value_not_given: 'the source does not state the target value',
    undecidable_bound: 'the figures are bounds that cannot decide',
    no_direction: 'the indicator has no better direction',
    cannot_project: 'too few dated figures a year or more apart to project',
    rank_not_projected: 'ranks are not projected',
    no_method: 'no calculation method yet',
  },
};

const REPORTED_LABELS: Record<Lang, Record<ReportedStatusValue, string>> = {
  vi: {
    achieved: 'đã hoàn thành',
    exceeded: 'hoàn thành vượt mức',
    in_progress: 'đang triển khai',
    no_method: 'chưa có hướng dẫn cách tính',
  },
  en: {
    achieved: 'achieved',
    exceeded: 'exceeded',
    in_progress: 'in progress',
    no_method: 'no calculation guidance',
  },
};

/**
 * The label of a computed verdict, in Vietnamese (default) or English.
 *
 * @example
 * ```ts
 * formatVerdict('exceeded');                 // 'hoàn thành vượt mức'
 * formatVerdict('on_track', { lang: 'en' }); // 'on track'
 * ```
 */
export function formatVerdict(status: VerdictStatus, options: { lang?: Lang } = {}): string {
  return VERDICT_LABELS[options.lang ?? 'vi'][status];
}

/**
 * Why a target cannot be assessed, as a short phrase.
 *
 * @example
 * ```ts
 * formatReason('cannot_project');                  // 'chưa đủ số liệu có ngày để dự báo'
 * formatReason('qualitative', { lang: 'en' });     // 'qualitative target'
 * ```
 */
export function formatReason(reason: NotAssessableReason, options: { lang?: Lang } = {}): string {
  return REASON_LABELS[options.lang ?? 'vi'][reason];
}

/**
 * The label of a status a source reports (kept beside the computed verdict).
 *
 * @example
 * ```ts
 * formatReportedStatus('in_progress');                // 'đang triển khai'
 * formatReportedStatus('exceeded', { lang: 'en' });   // 'exceeded'
 * ```
 */
export function formatReportedStatus(status: ReportedStatusValue, options: { lang?: Lang } = {}): string {
  return REPORTED_LABELS[options.lang ?? 'vi'][status];
}

const EARLY: Record<Lang, Record<'exceeded' | 'achieved', string>> = {
  vi: { exceeded: 'vượt mức sớm', achieved: 'đạt sớm' },
  en: { exceeded: 'exceeded early', achieved: 'met early' },
};

const BEFORE: Record<Lang, Record<'exceeded' | 'achieved' | 'short', string>> = {
  vi: { exceeded: 'đã vượt mức trước hạn', achieved: 'đã đạt trước hạn', short: 'chưa đạt trước hạn' },
  en: { exceeded: 'exceeded before the deadline', achieved: 'met before the deadline', short: 'short of it before the deadline' },
};

/** "the 24 Oct 2024 figure" / "số liệu 24/10/2024", or the undated figure. */
function figureOf(on: string, lang: Lang): string {
  if (on === 'undated') return lang === 'vi' ? 'số liệu không ghi ngày' : 'the undated figure';
  return lang === 'vi' ? `số liệu ${formatDate(on, { lang })}` : `the ${formatDate(on, { lang })} figure`;
}

/**
 * A verdict in a few words, saying no more than its figure supports: a target met by a figure
 * dated before its year is met "early" on that figure's date, never finally; a past deadline
 * without a figure of its year is awaiting the final figure, with what the last figure showed.
 * With `figureDate: false` the figure's date is left out, for a place that prints it beside
 * (a gauge's "Số liệu ngày …" line).
 *
 * @example
 * ```ts
 * formatVerdictSummary(assessTarget(hanoi, fibre, nq18Target, { asOf: '2024-10-24' }));
 * // 'vượt mức sớm (số liệu 24/10/2024)'
 * formatVerdictSummary(assessTarget(hanoi, fibre, nq18Target, { asOf: '2026-12-02' }), { lang: 'en' });
 * // 'awaiting the final figure; the 24 Oct 2024 figure exceeded it'
 * formatVerdictSummary(assessTarget(hanoi, fibre, nq18Target, { asOf: '2026-12-02' }), { figureDate: false });
 * // 'chờ số liệu cuối kỳ (đã vượt mức trước hạn)'
 * ```
 */
export function formatVerdictSummary(verdict: TargetVerdict, options: { lang?: Lang; figureDate?: boolean } = {}): string {
  const { lang = 'vi', figureDate = true } = options;
  const label = formatVerdict(verdict.status, { lang });
  switch (verdict.status) {
    case 'not_assessable':
      return `${label} (${formatReason(verdict.reason, { lang })})`;
    case 'exceeded':
    case 'achieved': {
      if (verdict.final) return label;
      if (!figureDate) return EARLY[lang][verdict.status];
      const figure = figureOf(verdict.basis?.date ?? 'undated', lang);
      return `${EARLY[lang][verdict.status]} (${figure})`;
    }
    case 'awaiting_final': {
      const { status, on } = verdict.provisional;
      if (!figureDate) return `${label} (${BEFORE[lang][status === 'exceeded' || status === 'achieved' ? status : 'short']})`;
      const figure = figureOf(on, lang);
      let shown: string;
      if (status === 'exceeded' || status === 'achieved') {
        const done = lang === 'vi' ? (status === 'exceeded' ? 'đã vượt mức' : 'đã đạt') : status === 'exceeded' ? 'exceeded it' : 'met it';
        shown = `${figure} ${done}`;
      } else if (status === 'not_assessable') {
        shown = lang === 'vi' ? `${figure} chưa đạt` : `${figure} fell short`;
      } else {
        shown = lang === 'vi' ? `${figure} chưa đạt, ${formatVerdict(status, { lang })}` : `${figure} fell short, ${formatVerdict(status, { lang })}`;
      }
      return `${label}; ${shown}`;
    }
    default:
      return label;
  }
}
