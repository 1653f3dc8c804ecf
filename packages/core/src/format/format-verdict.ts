import type { ReportedStatusValue } from '../schema/target.js';
import type { NotAssessableReason, VerdictStatus } from '../status/verdict.js';
import type { Lang } from './format-number.js';

const VERDICT_LABELS: Record<Lang, Record<VerdictStatus, string>> = {
  vi: {
    exceeded: 'hoàn thành vượt mức',
    achieved: 'đã đạt',
    on_track: 'đúng tiến độ',
    at_risk: 'có nguy cơ chậm',
    off_track: 'chậm tiến độ',
    missed: 'không đạt',
    not_assessable: 'chưa đánh giá được',
  },
  en: {
    exceeded: 'exceeded',
    achieved: 'achieved',
    on_track: 'on track',
    at_risk: 'at risk',
    off_track: 'off track',
    missed: 'missed',
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
    cannot_project: 'chưa đủ số liệu có ngày để dự báo',
    no_method: 'chưa có phương pháp tính',
  },
  en: {
    no_observation: 'no figure yet',
    qualitative: 'qualitative target',
    value_not_given: 'the source does not state the target value',
    undecidable_bound: 'the figures are bounds that cannot decide',
    no_direction: 'the indicator has no better direction',
    cannot_project: 'too few dated figures to project',
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
