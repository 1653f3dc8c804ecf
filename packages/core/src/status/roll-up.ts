import type { IsoDate } from '../schema/common.js';
import type { Taxonomy } from '../schema/payload.js';
import type { ReportedSummary } from '../schema/programme.js';
import { assessIndicator } from './assess-target.js';
import { repeatsEarlierTarget } from './same-target.js';
import { NOT_ASSESSABLE_REASONS, VERDICTS, type NotAssessableReason, type TargetVerdict, type VerdictStatus } from './verdict.js';

/** Options of {@link rollUp}. */
export interface RollUpOptions {
  /** Only targets set for this year are counted. */
  year: number;
  /** The day the verdicts are for. */
  asOf: IsoDate;
  /** Only indicators of this pillar (its id). */
  pillar?: string;
  /**
   * Only targets set by this document (its id), e.g. `nq18` to set beside its reported counts; its
   * general objective (`general: true`) is left out, as reports count numbered targets.
   */
  document?: string;
}

/** Counts of the statuses the sources report, in their own grammar: `exceeded` is part of `achieved`. */
export interface ReportedCounts {
  /** Targets a source reports met, exceeded ones included. */
  achieved: number;
  /** Targets a source reports exceeded ("hoàn thành vượt mức"). */
  exceeded: number;
  /** Targets a source reports in progress, `no_method` ones included. */
  inProgress: number;
  /** Targets a source reports have no calculation method yet. */
  noMethod: number;
  /** Targets with no reported status (or one dated after `asOf`). */
  none: number;
  /** Reported statuses that contradict the computed verdict. */
  disagreeing: number;
}

/** The verdicts of one group of targets, counted. */
export interface RollUpGroup {
  /** Id of the pillar, or `undefined` for the whole selection. */
  pillar: string | undefined;
  /** Number of targets counted. */
  total: number;
  /** Targets met: `exceeded` + `achieved`, the sources' "completed" (final or not). */
  met: number;
  /** Of `met`, those decided by a figure of the target's year or later. */
  metFinal: number;
  /** `awaiting_final` targets whose last figure met them before the deadline. */
  metBeforeDeadline: number;
  /** Targets by computed verdict; every status is present, zeros included. */
  counts: Record<VerdictStatus, number>;
  /** `not_assessable` targets by reason; every reason is present. */
  reasons: Record<NotAssessableReason, number>;
  /** What the sources report for the same targets. */
  reported: ReportedCounts;
  /** The verdicts counted, by indicator then target order. */
  verdicts: TargetVerdict[];
}

/** Verdict counts for one year as of one date, for the selection and per pillar. */
export interface RollUp {
  /** The target year counted. */
  year: number;
  /** The day the verdicts are for. */
  asOf: IsoDate;
  /** The pillar chosen, if any. */
  pillar: string | undefined;
  /** The document chosen, if any. */
  document: string | undefined;
  /** Every target selected. */
  total: RollUpGroup;
  /** One group per pillar of the programme, in programme order (only the chosen pillar, if any). */
  pillars: RollUpGroup[];
  /** Counts printed by reports on or before `asOf` (for `document` only, when given). */
  reportedSummaries: ReportedSummary[];
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function group(pillar: string | undefined, verdicts: TargetVerdict[]): RollUpGroup {
  const counts = zeros(VERDICTS);
  const reasons = zeros(NOT_ASSESSABLE_REASONS);
  const reported: ReportedCounts = { achieved: 0, exceeded: 0, inProgress: 0, noMethod: 0, none: 0, disagreeing: 0 };
  for (const verdict of verdicts) {
    counts[verdict.status] += 1;
    if (verdict.status === 'not_assessable') reasons[verdict.reason] += 1;
    switch (verdict.reported?.status) {
      case undefined:
        reported.none += 1;
        break;
      case 'exceeded':
        reported.exceeded += 1;
        reported.achieved += 1;
        break;
      case 'achieved':
        reported.achieved += 1;
        break;
      case 'in_progress':
        reported.inProgress += 1;
        break;
      case 'no_method':
        reported.noMethod += 1;
        reported.inProgress += 1;
        break;
    }
    if (verdict.reported?.agrees === false) reported.disagreeing += 1;
  }
  const metFinal = verdicts.filter((v) => (v.status === 'exceeded' || v.status === 'achieved') && v.final).length;
  const metBeforeDeadline = verdicts.filter((v) => v.status === 'awaiting_final' && (v.provisional.status === 'exceeded' || v.provisional.status === 'achieved')).length;
  return { pillar, total: verdicts.length, met: counts.exceeded + counts.achieved, metFinal, metBeforeDeadline, counts, reasons, reported, verdicts };
}

/**
 * Counts the verdicts of every target set for one year, as of one date: for the whole programme
 * (or one pillar, or one document's targets) and per pillar, beside the counts the sources print.
 * Plain data: an element renders it as it likes.
 *
 * `met` is `exceeded + achieved`, and in `reported` a target with `no_method` is also counted
 * in `inProgress`: the grammar of the sources' "8 of 15 met, 7 of them exceeded; 7 in progress,
 * 1 of which has no calculation method". Past deadlines without a figure of the target's year
 * are counted under `awaiting_final`, never as met or missed. Without `document`, a target that
 * several documents set (same indicator, breakdown, year and value) is counted once; with it,
 * that document's own targets are counted.
 *
 * @example
 * ```ts
 * const summary = rollUp(hanoi, { year: 2025, asOf: '2024-10-24' });
 * summary.total.total;        // number of 2025 targets
 * summary.total.met;          // how many are met as of 2024-10-24
 * summary.pillars.map((g) => [g.pillar, g.counts.exceeded]);
 * ```
 */
export function rollUp(taxonomy: Taxonomy, options: RollUpOptions): RollUp {
  const { year, asOf, pillar, document } = options;
  const byPillar = new Map<string, TargetVerdict[]>();
  const all: TargetVerdict[] = [];
  for (const indicator of taxonomy.indicators) {
    if (pillar !== undefined && indicator.pillar !== pillar) continue;
    const chosen = indicator.targets.filter((target) => {
      if (target.year !== year) return false;
      // One document's view counts its own numbered targets; the programme's view counts a target
      // that several documents set once.
      if (document !== undefined) return target.source === document && target.general !== true;
      return !repeatsEarlierTarget(indicator, target);
    });
    if (chosen.length === 0) continue;
    const verdicts = assessIndicator(taxonomy, indicator, { asOf }).filter((v) => chosen.includes(v.target));
    all.push(...verdicts);
    byPillar.set(indicator.pillar, [...(byPillar.get(indicator.pillar) ?? []), ...verdicts]);
  }
  const pillars = taxonomy.programme.pillars
    .filter((p) => pillar === undefined || p.id === pillar)
    .map((p) => group(p.id, byPillar.get(p.id) ?? []));
  const reportedSummaries = (taxonomy.programme.reportedSummaries ?? []).filter(
    (s) => s.date <= asOf && (document === undefined || s.document === document),
  );
  return { year, asOf, pillar, document, total: group(undefined, all), pillars, reportedSummaries };
}
