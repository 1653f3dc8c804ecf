import type { IsoDate } from '../schema/common.js';
import type { Indicator } from '../schema/indicator.js';
import type { Taxonomy } from '../schema/payload.js';
import type { ReportedStatusValue, Target } from '../schema/target.js';
import { disagreementsOf, figuresByDay, observationsOf, sourceById, type DayFigures } from '../taxonomy/observations.js';
import { isEmptyInterval, isSubset, observedInterval, standing, targetRegions, type Interval, type TargetRegions } from './compare.js';
import { documentsOf } from './same-target.js';
import {
  AT_RISK_RATIO,
  COMPARISON_EPSILON,
  DAYS_PER_YEAR,
  DETERIORATION_RATIO,
  MIN_PROJECTION_YEARS,
  ON_TRACK_RATIO,
} from './thresholds.js';
import type {
  CalculationComponents,
  Disagreement,
  NotAssessableReason,
  ProvisionalVerdict,
  ReportedComparison,
  TargetVerdict,
  UsedObservation,
  VerdictBasis,
  VerdictStatus,
} from './verdict.js';

/** Options of {@link assessTarget} and {@link assessIndicator}. */
export interface AssessOptions {
  /** The day the verdict is for: later observations are ignored, earlier deadlines are over. */
  asOf: IsoDate;
}

const MS_PER_DAY = 86_400_000;

function yearsBetween(from: IsoDate, to: IsoDate): number {
  return (Date.parse(to) - Date.parse(from)) / MS_PER_DAY / DAYS_PER_YEAR;
}

/**
 * The last day a target of `year` can be met: 31 December of that year.
 *
 * @example
 * ```ts
 * deadlineOf(2025); // '2025-12-31'
 * ```
 */
export function deadlineOf(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** The first day of a target's year: a figure dated on or after it can decide the target finally. */
function periodStart(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-01-01`;
}

function isMet(status: VerdictStatus): boolean {
  return status === 'exceeded' || status === 'achieved';
}

function agreement(reported: ReportedStatusValue, verdict: VerdictStatus): boolean | undefined {
  if (verdict === 'not_assessable') return reported === 'no_method' ? true : undefined;
  switch (reported) {
    case 'exceeded':
      return verdict === 'exceeded';
    case 'achieved':
      return isMet(verdict);
    case 'in_progress':
      return !isMet(verdict);
    case 'no_method':
      return undefined;
  }
}

function reportedComparison(
  taxonomy: Pick<Taxonomy, 'sources'>,
  target: Target,
  asOf: IsoDate,
  verdict: VerdictStatus,
): ReportedComparison | undefined {
  const reported = target.reportedStatus;
  if (reported === undefined) return undefined;
  const report = sourceById(taxonomy, reported.source);
  const said = reported.date ?? (report?.kind === 'report' && report.date !== 'undated' ? report.date : undefined);
  if (said !== undefined && said > asOf) return undefined;
  return { status: reported.status, source: reported.source, agrees: agreement(reported.status, verdict) };
}

/** Where a straight line from the baseline to the target's aim stands on `asOf`. */
function expectedOn(baseline: UsedObservation | undefined, regions: TargetRegions, deadline: IsoDate, asOf: IsoDate): number | undefined {
  if (baseline?.value === undefined || baseline.date === undefined) return undefined;
  const baselineMet = isSubset(observedInterval(baseline.value, 'exact'), regions.meets);
  if (baselineMet || asOf >= deadline || baseline.date >= deadline) return regions.aim;
  if (asOf <= baseline.date) return baseline.value;
  const share = yearsBetween(baseline.date, asOf) / yearsBetween(baseline.date, deadline);
  const expected = baseline.value + (regions.aim - baseline.value) * share;
  return Number.isFinite(expected) ? expected : undefined;
}

type Projected = 'on_track' | 'at_risk' | 'off_track';

interface Projection {
  status: Projected;
  components: Pick<CalculationComponents, 'observedRate' | 'requiredRate' | 'ratio' | 'threshold' | 'growth'>;
}

function rate(from: number, to: number, years: number, growth: 'compound' | 'linear'): number {
  return growth === 'compound' ? (to / from) ** (1 / years) - 1 : (to - from) / years;
}

const threshold = (name: 'ON_TRACK_RATIO' | 'AT_RISK_RATIO' | 'DETERIORATION_RATIO') => ({
  name,
  value: { ON_TRACK_RATIO, AT_RISK_RATIO, DETERIORATION_RATIO }[name],
});

function byRatio(ratio: number): Pick<Projection, 'status'> & { name: 'ON_TRACK_RATIO' | 'AT_RISK_RATIO' | 'DETERIORATION_RATIO' } {
  if (ratio >= ON_TRACK_RATIO) return { status: 'on_track', name: 'ON_TRACK_RATIO' };
  if (ratio >= AT_RISK_RATIO) return { status: 'at_risk', name: 'AT_RISK_RATIO' };
  if (ratio >= DETERIORATION_RATIO) return { status: 'off_track', name: 'AT_RISK_RATIO' };
  return { status: 'off_track', name: 'DETERIORATION_RATIO' };
}

/**
 * Compound (or linear) growth from the baseline to the latest figure against the growth still
 * needed to reach the aim by the deadline. `undefined` when the figures are too close in time or
 * the rates cannot be computed.
 */
function project(baseline: UsedObservation, latest: UsedObservation, aim: number, deadline: IsoDate, higher: boolean): Projection | undefined {
  const b = baseline.value;
  const c = latest.value;
  if (b === undefined || c === undefined || baseline.date === undefined || latest.date === undefined) return undefined;
  const observedDays = (Date.parse(latest.date) - Date.parse(baseline.date)) / MS_PER_DAY;
  // A year of figures: 365 days or more (a calendar year, 1 January to 1 January, counts).
  if (!(observedDays >= 365 * MIN_PROJECTION_YEARS)) return undefined;
  const observedYears = yearsBetween(baseline.date, latest.date);
  const remainingYears = yearsBetween(latest.date, deadline);
  const growth: 'compound' | 'linear' = b > 0 && c > 0 && aim > 0 ? 'compound' : 'linear';
  const observedRate = rate(b, c, observedYears, growth);
  if (!Number.isFinite(observedRate)) return undefined;
  if (remainingYears <= 0) {
    return { status: 'off_track', components: { observedRate, growth, threshold: threshold('DETERIORATION_RATIO') } };
  }
  const requiredRate = rate(c, aim, remainingYears, growth);
  if (!Number.isFinite(requiredRate)) return undefined;
  if (Math.abs(requiredRate) <= COMPARISON_EPSILON) {
    // The latest figure sits on a strict bound ("more than 50" at exactly 50): any move in the
    // indicator's better direction meets it, so only the sign of the observed rate decides.
    const improving = higher ? observedRate > COMPARISON_EPSILON : observedRate < -COMPARISON_EPSILON;
    return improving
      ? { status: 'on_track', components: { observedRate, requiredRate, growth, threshold: threshold('ON_TRACK_RATIO') } }
      : { status: 'off_track', components: { observedRate, requiredRate, growth, threshold: threshold('DETERIORATION_RATIO') } };
  }
  const ratio = observedRate / requiredRate;
  if (!Number.isFinite(ratio)) return undefined;
  const { status, name } = byRatio(ratio);
  return { status, components: { observedRate, requiredRate, ratio, growth, threshold: threshold(name) } };
}

/**
 * A growth-rate indicator ("7–7.5% a year on average") is read as the average of its dated
 * figures, never compounded: met or not, and before the deadline on track while the average meets
 * the target.
 */
function averageRate(days: readonly DayFigures[]): number | undefined {
  const values = days.filter((d) => d.date !== undefined).map((d) => d.figures[0]?.used.value).filter((v): v is number => v !== undefined);
  if (values.length === 0) return undefined;
  const mean = values.reduce((sum, v) => sum + v / values.length, 0);
  return Number.isFinite(mean) ? mean : undefined;
}

/**
 * The verdict on one target of an indicator as of a date, with the figure it rests on, the
 * numbers, the documents that set the same target and the reported status. See
 * docs/methodology.md for the whole method.
 *
 * In order: a milestone is `not_assessable` (`qualitative`), a target with no value
 * (`value_not_given`), an indicator with direction `none` (`no_direction`). Then the figures of the
 * latest day on or before `asOf` (read together when several share the day) are compared with the
 * target. Met: `exceeded` or `achieved`, final when the figure is dated in the target's year or
 * later. Not met, before the deadline: projected from the earliest dated figure at least
 * {@link MIN_PROJECTION_YEARS} before the latest (`on_track`, `at_risk`, `off_track`; ranks are
 * not projected; growth rates are averaged). Once the deadline has passed, a figure of the
 * target's year or later decides (`missed` if it does not meet); without one the verdict is
 * `awaiting_final`, with what the last figure showed. Never throws on schema-valid input.
 *
 * @example
 * ```ts
 * const verdict = assessTarget(hanoi, fibre, fibre.targets[0], { asOf: '2024-10-24' });
 * verdict.status;          // 'exceeded' (91.4% against 90% for 2025)
 * verdict.final;           // false: the figure is from 2024, before the target's year
 * verdict.basis?.date;     // '2024-10-24'
 * assessTarget(hanoi, fibre, fibre.targets[0], { asOf: '2026-12-02' }).status; // 'awaiting_final'
 * ```
 */
export function assessTarget(taxonomy: Pick<Taxonomy, 'sources'>, indicator: Indicator, target: Target, options: AssessOptions): TargetVerdict {
  return assessObserved(taxonomy, indicator, target, options.asOf, observe(taxonomy, indicator, target.breakdown, options.asOf));
}

/** What a target's verdict reads from the observations: the same for every target of one breakdown. */
interface Observed {
  observations: UsedObservation[];
  days: DayFigures[];
  disagreements: Disagreement[];
}

function observe(taxonomy: Pick<Taxonomy, 'sources'>, indicator: Indicator, breakdown: string | undefined, asOf: IsoDate): Observed {
  const observations = observationsOf(taxonomy, indicator, { breakdown, asOf });
  const days = figuresByDay(observations);
  return { observations, days, disagreements: disagreementsOf(days, indicator) };
}

function basisOf(day: DayFigures, target: Target): VerdictBasis {
  const conflicting = isEmptyInterval(day.together);
  const range: Interval = conflicting ? day.any : day.together;
  return {
    observations: day.figures.map((f) => f.used),
    date: day.date ?? 'undated',
    range: { lo: Number.isFinite(range.lo) ? range.lo : null, loOpen: range.loOpen, hi: Number.isFinite(range.hi) ? range.hi : null, hiOpen: range.hiOpen },
    conflicting,
    inPeriod: day.date !== undefined && day.date >= periodStart(target.year),
  };
}

function assessObserved(
  taxonomy: Pick<Taxonomy, 'sources'>,
  indicator: Indicator,
  target: Target,
  asOf: IsoDate,
  { observations, days, disagreements }: Observed,
): TargetVerdict {
  const deadline = deadlineOf(target.year);
  const documents = documentsOf(indicator, target);
  // `compared` is the status a reported one is set against: the verdict itself, or what the last figure showed.
  // Built key by key in one order, not by spreading objects of varying shapes: a page draws a
  // verdict per target of every gauge, mostly before the engine has optimised this code.
  const common = (status: VerdictStatus, compared: VerdictStatus, components: CalculationComponents, final: boolean, basis: VerdictBasis | undefined) => {
    const reported = reportedComparison(taxonomy, target, asOf, compared);
    const verdict: Record<string, unknown> = { indicator, target, documents, asOf, final };
    if (basis !== undefined) verdict.basis = basis;
    verdict.observations = observations;
    verdict.components = components;
    if (reported !== undefined) verdict.reported = reported;
    verdict.disagreements = disagreements;
    verdict.status = status;
    return verdict;
  };
  const unassessable = (reason: NotAssessableReason, components: CalculationComponents, basis?: VerdictBasis): TargetVerdict => {
    const verdict = common('not_assessable', 'not_assessable', components, reason === 'qualitative' || reason === 'value_not_given' || reason === 'no_direction', basis);
    verdict.reason = reason;
    return verdict as unknown as TargetVerdict;
  };
  const assessed = (status: Exclude<VerdictStatus, 'not_assessable' | 'awaiting_final'>, components: CalculationComponents, final: boolean, basis: VerdictBasis): TargetVerdict =>
    common(status, status, components, final, basis) as unknown as TargetVerdict;
  const awaiting = (provisional: ProvisionalVerdict, components: CalculationComponents, basis: VerdictBasis): TargetVerdict => {
    // A reported status is compared with what the last figure showed: met, or not met.
    const shown = provisional.status === 'exceeded' || provisional.status === 'achieved' ? provisional.status : 'off_track';
    const verdict = common('awaiting_final', shown, components, false, basis);
    verdict.provisional = provisional;
    return verdict as unknown as TargetVerdict;
  };

  if (target.comparator === 'milestone') return unassessable('qualitative', { deadline });
  if (target.comparator === 'not_given') return unassessable('value_not_given', { deadline });
  if (indicator.direction === 'none') return unassessable('no_direction', { deadline });

  const higher = indicator.direction === 'higher_is_better';
  const regions = targetRegions(target, indicator.direction);
  const latestDay = days.at(-1);
  const firstDated = days.find((d) => d.date !== undefined);
  const latest = latestDay?.figures[0]?.used;
  const baseline = firstDated?.figures[0]?.used;
  const components: CalculationComponents = {
    deadline,
    aim: regions.aim,
    ...(regions.tolerance === undefined ? {} : { tolerance: regions.tolerance }),
    ...(latest === undefined ? {} : { latest }),
    ...(baseline === undefined ? {} : { baseline }),
  };
  const expected = indicator.unit === 'rank' || indicator.unit === 'percent_per_year' ? undefined : expectedOn(baseline, regions, deadline, asOf);
  if (expected !== undefined) components.expected = expected;

  if (latestDay === undefined || latest === undefined) {
    const noMethod = target.reportedStatus?.status === 'no_method';
    return unassessable(noMethod ? 'no_method' : 'no_observation', components);
  }
  const basis = basisOf(latestDay, target);
  const past = asOf > deadline;

  // A growth rate "on average": the mean of the dated figures, never compounded.
  if (indicator.unit === 'percent_per_year') {
    const mean = averageRate(days) ?? latest.value;
    if (mean === undefined) return unassessable('no_observation', components, basis);
    const stand = standing(observedInterval(mean, 'exact'), regions);
    const rated: CalculationComponents = { ...components, observedRate: mean, growth: 'average' };
    if (stand === 'undecidable') return unassessable('undecidable_bound', rated, basis);
    const met = stand === 'exceeded' || stand === 'achieved';
    const ratio = regions.aim === 0 ? undefined : mean / regions.aim;
    const pace: Projected = met ? 'on_track' : ratio !== undefined && ratio >= AT_RISK_RATIO && higher ? 'at_risk' : 'off_track';
    if (past) {
      if (basis.inPeriod) return assessed(met ? stand : 'missed', rated, true, basis);
      return awaiting({ status: pace, on: basis.date }, rated, basis);
    }
    return assessed(pace, rated, false, basis);
  }

  const stand = standing(isEmptyInterval(latestDay.together) ? latestDay.any : latestDay.together, regions);
  if (stand === 'undecidable') return unassessable('undecidable_bound', components, basis);
  if (stand === 'exceeded' || stand === 'achieved') {
    if (basis.inPeriod) return assessed(stand, components, true, basis);
    if (past) return awaiting({ status: stand, on: basis.date }, components, basis);
    return assessed(stand, components, false, basis);
  }
  if (past && basis.inPeriod) return assessed('missed', components, true, basis);

  // Not met: what the figures say of the pace. Ranks are positions, undated figures have no time.
  let why: NotAssessableReason | undefined;
  let projection: Projection | undefined;
  if (indicator.unit === 'rank' || target.comparator === 'rank_at_most') why = 'rank_not_projected';
  else if (baseline === undefined || latest.date === undefined) why = 'cannot_project';
  else {
    projection = project(baseline, latest, regions.aim, deadline, higher);
    if (projection === undefined) why = 'cannot_project';
  }
  const projected: CalculationComponents = projection === undefined ? components : { ...components, ...projection.components };
  if (past) {
    const provisional: ProvisionalVerdict =
      projection === undefined ? { status: 'not_assessable', reason: why ?? 'cannot_project', on: basis.date } : { status: projection.status, on: basis.date };
    return awaiting(provisional, projected, basis);
  }
  if (projection === undefined) return unassessable(why ?? 'cannot_project', projected, basis);
  return assessed(projection.status, projected, false, basis);
}

/**
 * The verdict on every target of an indicator as of a date, one per target, in the order of
 * `indicator.targets`.
 *
 * @example
 * ```ts
 * assessIndicator(hanoi, fibre, { asOf: '2024-10-24' }).map((v) => [v.target.year, v.status]);
 * // [[2025, 'exceeded'], [2025, 'not_assessable'], [2030, 'not_assessable']]
 * ```
 */
export function assessIndicator(taxonomy: Pick<Taxonomy, 'sources'>, indicator: Indicator, options: AssessOptions): TargetVerdict[] {
  // Targets of one breakdown read the same observations: order and compare them once.
  const byBreakdown = new Map<string | undefined, Observed>();
  return indicator.targets.map((target) => {
    let observed = byBreakdown.get(target.breakdown);
    if (observed === undefined) {
      observed = observe(taxonomy, indicator, target.breakdown, options.asOf);
      byBreakdown.set(target.breakdown, observed);
    }
    return assessObserved(taxonomy, indicator, target, options.asOf, observed);
  });
}
