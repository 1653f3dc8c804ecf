import {
  describeRollUp,
  formatReportedStatus,
  formatTarget,
  formatVerdictSummary,
  rollUp,
  type Lang,
  type RollUpDescription,
  type Taxonomy,
  type VerdictStatus,
} from '@hn-cds/core';

/** One target of the scorecard: a segment of the bar and a row of the list. */
export interface SegmentView {
  /** Id of the indicator, for the `cds-select` event and the page's own gauge. */
  indicator: string;
  /** The target's year and the document that sets it. */
  year: number;
  source: string;
  status: VerdictStatus;
  /** "Hộ gia đình được phủ cáp quang: ≥ 90% vào năm 2025: vượt mức sớm (số liệu 24/10/2024)". */
  text: string;
  /** The indicator's short name. */
  label: string;
  /** The target as written. */
  target: string;
  /** The verdict in words. */
  verdict: string;
  /** What a source reports for the target ("nguồn báo cáo: đã hoàn thành"), when it reports something. */
  reported?: string;
}

/** Everything `<cds-summary>` renders. */
export interface SummaryView extends RollUpDescription {
  segments: SegmentView[];
  total: number;
}

/** Statuses in the order the bar shows them: met first, then the pace, then what is undecided. */
const ORDER: readonly VerdictStatus[] = ['exceeded', 'achieved', 'on_track', 'at_risk', 'off_track', 'missed', 'awaiting_final', 'not_assessable'];

/** What to count: one document's (or the whole programme's) targets of a year, optionally one pillar. */
export interface SummaryQuery {
  document: string | undefined;
  year: number;
  pillar: string | undefined;
  asOf: string;
}

/**
 * The scorecard of one programme view, from core's `rollUp` and `describeRollUp`: the counts, the
 * reported count, why they differ, and one segment per target in status order (the order of the
 * data within a status).
 */
export function summaryView(taxonomy: Taxonomy, query: SummaryQuery, lang: Lang): SummaryView {
  const summary = rollUp(taxonomy, {
    year: query.year,
    asOf: query.asOf,
    ...(query.document === undefined ? {} : { document: query.document }),
    ...(query.pillar === undefined ? {} : { pillar: query.pillar }),
  });
  const segments = summary.total.verdicts
    .map((verdict, index) => ({ verdict, index }))
    .sort((a, b) => ORDER.indexOf(a.verdict.status) - ORDER.indexOf(b.verdict.status) || a.index - b.index)
    .map(({ verdict }) => {
      const label = (verdict.indicator.shortLabel ?? verdict.indicator.label)[lang];
      const target = formatTarget(verdict.target, verdict.indicator, { lang });
      const words = formatVerdictSummary(verdict, { lang });
      const said = verdict.reported === undefined ? undefined : formatReportedStatus(verdict.reported.status, { lang });
      const reported = said === undefined ? undefined : lang === 'vi' ? `nguồn báo cáo: ${said}` : `reported: ${said}`;
      return {
        indicator: verdict.indicator.id,
        year: verdict.target.year,
        source: verdict.target.source,
        status: verdict.status,
        text: `${label}: ${target}: ${words}${reported === undefined ? '' : `; ${reported}`}`,
        label,
        target,
        verdict: words,
        ...(reported === undefined ? {} : { reported }),
      };
    });
  return { ...describeRollUp(taxonomy, summary, { lang }), segments, total: summary.total.total };
}
