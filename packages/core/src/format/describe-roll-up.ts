import type { Taxonomy } from '../schema/payload.js';
import type { ReportedSummary } from '../schema/programme.js';
import type { RollUp } from '../status/roll-up.js';
import { VERDICTS, type NotAssessableReason, type VerdictStatus } from '../status/verdict.js';
import { sourceById } from '../taxonomy/observations.js';
import { formatDocumentName, formatPublisher } from './format-citation.js';
import { formatDate } from './format-date.js';
import type { Lang } from './format-number.js';
import { formatReason, formatVerdict } from './format-verdict.js';

/** A roll-up in words: each line a scorecard shows, and one sentence for screen readers. */
export interface RollUpDescription {
  /** What is counted: the document (or programme), the pillar and the year. */
  title: string;
  /** The computed count: "3/15 mục tiêu đạt theo số liệu". */
  computed: string;
  /** How many of those are met early, on figures from before the target's year; absent when none. */
  early?: string;
  /** Each status with targets, in the order of `VERDICTS`, with its label and count. */
  counts: Array<{ status: VerdictStatus; label: string; count: number }>;
  /** The count the latest report on or before `asOf` prints, with its source and date; absent without one. */
  reported?: string;
  /** Why the computed and reported counts differ, when they do. */
  difference?: string;
  /** "Đánh giá tính đến 02/12/2026". */
  asOf: string;
  /** Everything above as one sentence. */
  sentence: string;
}

/** Options of {@link describeRollUp}. */
export interface DescribeRollUpOptions {
  /** Language; `'vi'` by default. */
  lang?: Lang;
}

const WORDS = {
  vi: {
    targets: (year: number) => `mục tiêu năm ${year}`,
    programme: 'Các mục tiêu',
    computed: (met: number, total: number) => `${met}/${total} mục tiêu đạt theo số liệu`,
    early: (n: number) => `${n} đạt sớm, theo số liệu trước năm mục tiêu`,
    reported: (achieved: number, total: number, source: string, date: string) => `nguồn báo cáo: ${achieved}/${total} đã hoàn thành (${source}, ${date})`,
    differs: 'Hai con số khác nhau vì',
    awaiting: (n: number, met: number) => `${n} mục tiêu đã qua hạn mà chưa có số liệu của năm mục tiêu (${met} trong đó đã đạt theo số liệu trước hạn)`,
    reason: (n: number, reason: string) => `${reason} (${n} mục tiêu)`,
    notMet: (n: number) => `${n} mục tiêu số liệu chưa đạt`,
    reportedAbove: 'nguồn tự đánh giá, kể cả những mục tiêu không có số liệu công bố',
    asOf: (date: string) => `Đánh giá tính đến ${date}`,
  },
  en: {
    targets: (year: number) => `${year} targets`,
    programme: 'All targets',
    computed: (met: number, total: number) => `${met} of ${total} targets met by the figures`,
    early: (n: number) => `${n} early, on figures from before the target's year`,
    reported: (achieved: number, total: number, source: string, date: string) => `reported: ${achieved} of ${total} completed (${source}, ${date})`,
    differs: 'The counts differ because',
    awaiting: (n: number, met: number) => `${n} ${n === 1 ? 'target is' : 'targets are'} past the deadline with no figure of the target's year (${met} of them met on earlier figures)`,
    reason: (n: number, reason: string) => `${reason} (${n} ${n === 1 ? 'target' : 'targets'})`,
    notMet: (n: number) => `${n} ${n === 1 ? 'target is' : 'targets are'} not met by the figures`,
    reportedAbove: 'the source assesses itself, including targets with no published figure',
    asOf: (date: string) => `Assessed as of ${date}`,
  },
} as const;

function latestSummary(summaries: readonly ReportedSummary[]): ReportedSummary | undefined {
  return summaries.reduce<ReportedSummary | undefined>((best, s) => (best === undefined || s.date >= best.date ? s : best), undefined);
}

/**
 * A roll-up from {@link rollUp} in words, for a scorecard such as `<cds-summary>`: what is
 * counted, the computed count by status, the count a report prints with its source and date,
 * why the two differ (targets the figures cannot decide, targets without a figure, deadlines
 * passed without a final figure), and the day it is for.
 *
 * @example
 * ```ts
 * const summary = rollUp(hanoi, { year: 2025, asOf: '2024-10-24', document: 'nq18' });
 * describeRollUp(hanoi, summary).reported;
 * // 'nguồn báo cáo: 8/15 đã hoàn thành (Cổng thông tin …, 24/10/2024)'
 * describeRollUp(hanoi, summary, { lang: 'en' }).computed; // '3 of 15 targets met by the figures'
 * describeRollUp(hanoi, summary, { lang: 'en' }).early;    // "3 early, on figures from before the target's year"
 * ```
 */
export function describeRollUp(taxonomy: Pick<Taxonomy, 'sources' | 'programme'>, summary: RollUp, options: DescribeRollUpOptions = {}): RollUpDescription {
  const { lang = 'vi' } = options;
  const words = WORDS[lang];
  const { total } = summary;
  const document = summary.document === undefined ? undefined : sourceById(taxonomy, summary.document);
  const pillar = summary.pillar === undefined ? undefined : taxonomy.programme.pillars.find((p) => p.id === summary.pillar);
  const owner = document === undefined ? (summary.document ?? words.programme) : formatDocumentName(document, { lang });
  const title = [owner, pillar?.label[lang], words.targets(summary.year)].filter((part) => part !== undefined).join(' · ');

  const early = total.met - total.metFinal;
  const computed = words.computed(total.met, total.total);
  const earlyText = early > 0 ? words.early(early) : undefined;
  const counts = VERDICTS.filter((status) => total.counts[status] > 0).map((status) => ({
    status,
    label: formatVerdict(status, { lang }),
    count: total.counts[status],
  }));

  // A report's count is for one document's targets, all pillars: shown only beside the same selection.
  const printed = summary.document !== undefined && summary.pillar === undefined ? latestSummary(summary.reportedSummaries) : undefined;
  let reported: string | undefined;
  let difference: string | undefined;
  if (printed !== undefined) {
    const report = sourceById(taxonomy, printed.source);
    const name = report?.kind === 'report' ? formatPublisher(report, { lang }) : printed.source;
    reported = words.reported(printed.achieved, printed.total, name, formatDate(printed.date, { lang }));
    if (printed.achieved !== total.met || printed.total !== total.total) {
      const why: string[] = [];
      const awaiting = total.counts.awaiting_final;
      if (awaiting > 0) why.push(words.awaiting(awaiting, total.metBeforeDeadline));
      for (const reason of Object.keys(total.reasons) as NotAssessableReason[]) {
        const n = total.reasons[reason];
        if (n > 0) why.push(words.reason(n, formatReason(reason, { lang })));
      }
      const notMet = total.counts.on_track + total.counts.at_risk + total.counts.off_track + total.counts.missed;
      if (notMet > 0) why.push(words.notMet(notMet));
      if (printed.achieved > total.met) why.push(words.reportedAbove);
      difference = `${words.differs}: ${why.join('; ')}.`;
    }
  }
  const asOf = words.asOf(formatDate(summary.asOf, { lang }));
  const sentence = [`${title}: ${computed}${earlyText === undefined ? '' : ` (${earlyText})`}`, reported, difference?.replace(/\.$/, ''), asOf]
    .filter((part): part is string => part !== undefined)
    .join('. ')
    .concat('.');
  return { title, computed, ...(earlyText === undefined ? {} : { early: earlyText }), counts, ...(reported === undefined ? {} : { reported }), ...(difference === undefined ? {} : { difference }), asOf, sentence };
}
