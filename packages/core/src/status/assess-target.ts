import type { IsoDate } from '../schema/common.js';
import type { Indicator } from '../schema/indicator.js';
import type { Taxonomy } from '../schema/payload.js';
import type { ReportedStatusValue, Target } from '../schema/target.js';
import { findDisagreements, observationsOf } from '../taxonomy/observations.js';
import { observedInterval, standing, targetRegions, isSubset, type TargetRegions } from './compare.js';
import { AT_RISK_RATIO, COMPARISON_EPSILON, DAYS_PER_YEAR, DETERIORATION_RATIO, ON_TRACK_RATIO } from './thresholds.js';
import type {
  CalculationComponents,
  Disagreement,
  NotAssessableReason,
  ReportedComparison,
  TargetVerdict,
  UsedObservation,
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

/** The last day a target of `year` can be met. */
export function deadlineOf(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
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
  const report = taxonomy.sources.find((s) => s.id === reported.source);
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
  return baseline.value + (regions.aim - baseline.value) * share;
}

interface Projection {
  status: 'on_track' | 'at_risk' | 'off_track';
  components: Pick<CalculationComponents, 'observedRate' | 'requiredRate' | 'ratio' | 'threshold' | 'growth'>;
}

function rate(from: number, to: number, years: number, growth: 'compound' | 'linear'): number {
  return growth === 'compound' ? (to / from) ** (1 / years) - 1 : (to - from) / years;
}

function project(baseline: UsedObservation, latest: UsedObservation, aim: number, deadline: IsoDate): Projection | undefined {
  const b = baseline.value;
  const c = latest.value;
  if (b === undefined || c === undefined || baseline.date === undefined || latest.date === undefined) return undefined;
  const observedYears = yearsBetween(baseline.date, latest.date);
  const remainingYears = yearsBetween(latest.date, deadline);
  if (observedYears <= 0) return undefined;
  const growth: 'compound' | 'linear' = b > 0 && c > 0 && aim > 0 ? 'compound' : 'linear';
  const observedRate = rate(b, c, observedYears, growth);
  if (remainingYears <= 0) {
    return { status: 'off_track', components: { observedRate, growth, threshold: { name: 'DETERIORATION_RATIO', value: DETERIORATION_RATIO } } };
  }
  const requiredRate = rate(c, aim, remainingYears, growth);
  if (Math.abs(requiredRate) <= COMPARISON_EPSILON) {
    // The latest figure sits on a strict bound ("more than 50" at exactly 50): any move in the
    // right direction meets it, so only the sign of the observed rate can decide.
    const improving = Math.sign(observedRate) === Math.sign(aim - b) && observedRate !== 0;
    return improving
      ? { status: 'on_track', components: { observedRate, requiredRate, growth, threshold: { name: 'ON_TRACK_RATIO', value: ON_TRACK_RATIO } } }
      : { status: 'off_track', components: { observedRate, requiredRate, growth, threshold: { name: 'AT_RISK_RATIO', value: AT_RISK_RATIO } } };
  }
  const ratio = observedRate / requiredRate;
  const base = { observedRate, requiredRate, ratio, growth };
  if (ratio >= ON_TRACK_RATIO) return { status: 'on_track', components: { ...base, threshold: { name: 'ON_TRACK_RATIO', value: ON_TRACK_RATIO } } };
  if (ratio >= AT_RISK_RATIO) return { status: 'at_risk', components: { ...base, threshold: { name: 'AT_RISK_RATIO', value: AT_RISK_RATIO } } };
  if (ratio >= DETERIORATION_RATIO) return { status: 'off_track', components: { ...base, threshold: { name: 'AT_RISK_RATIO', value: AT_RISK_RATIO } } };
  return { status: 'off_track', components: { ...base, threshold: { name: 'DETERIORATION_RATIO', value: DETERIORATION_RATIO } } };
}

/**
 * The verdict on one target of an indicator as of a date, with the observations, numbers and
 * reported status it was computed from. See docs/methodology.md for the whole method.
 *
 * In order: a milestone is `not_assessable` (`qualitative`), a target with no value
 * (`value_not_given`), an indicator with direction `none` (`no_direction`). Then the latest
 * figure on or before `asOf` of the target's series (its breakdown member, or the headline) is
 * compared with the target: `exceeded`, `achieved`, or, if its bounds cannot decide,
 * `undecidable_bound`. A target not met is `missed` once its year is over; before that it is
 * projected from the earliest dated figure to the latest: `on_track`, `at_risk` or `off_track`
 * by the ratio of observed to required yearly growth, or `cannot_project` with fewer than two
 * dated figures. With no figure at all it is `no_observation` (or `no_method`, when a source
 * reports that no calculation method exists). Never throws on schema-valid input.
 *
 * @example
 * ```ts
 * const verdict = assessTarget(hanoi, fibre, fibre.targets[0], { asOf: '2024-10-24' });
 * verdict.status;                   // 'exceeded' (91.4% against 90% for 2025)
 * verdict.components.latest?.value; // 91.4
 * verdict.disagreements[0]?.kind;   // 'went_backwards' (93.15% in February)
 * ```
 */
export function assessTarget(taxonomy: Pick<Taxonomy, 'sources'>, indicator: Indicator, target: Target, options: AssessOptions): TargetVerdict {
  return assessObserved(taxonomy, indicator, target, options.asOf, observe(taxonomy, indicator, target.breakdown, options.asOf));
}

/** What a target's verdict reads from the observations: the same for every target of one breakdown. */
interface Observed {
  observations: UsedObservation[];
  disagreements: Disagreement[];
}

function observe(taxonomy: Pick<Taxonomy, 'sources'>, indicator: Indicator, breakdown: string | undefined, asOf: IsoDate): Observed {
  return {
    observations: observationsOf(taxonomy, indicator, { breakdown, asOf }),
    disagreements: findDisagreements(taxonomy, indicator, { breakdown, asOf }).filter(
      (d) => breakdown !== undefined || d.observations.every((o) => o.observation.breakdown === undefined),
    ),
  };
}

function assessObserved(
  taxonomy: Pick<Taxonomy, 'sources'>,
  indicator: Indicator,
  target: Target,
  asOf: IsoDate,
  { observations, disagreements }: Observed,
): TargetVerdict {
  const deadline = deadlineOf(target.year);
  const verdict = (status: VerdictStatus, components: CalculationComponents, reason?: NotAssessableReason): TargetVerdict => {
    const reported = reportedComparison(taxonomy, target, asOf, status);
    return {
      indicator,
      target,
      status,
      ...(reason === undefined ? {} : { reason }),
      asOf,
      observations,
      components,
      ...(reported === undefined ? {} : { reported }),
      disagreements,
    };
  };

  if (target.comparator === 'milestone') return verdict('not_assessable', { deadline }, 'qualitative');
  if (target.comparator === 'not_given') return verdict('not_assessable', { deadline }, 'value_not_given');
  if (indicator.direction === 'none') return verdict('not_assessable', { deadline }, 'no_direction');

  const regions = targetRegions(target, indicator.direction);
  const figures = observations.filter((o) => o.value !== undefined);
  const latest = figures.at(-1);
  const baseline = figures.find((o) => o.date !== undefined);
  const components: CalculationComponents = {
    deadline,
    aim: regions.aim,
    ...(regions.tolerance === undefined ? {} : { tolerance: regions.tolerance }),
    ...(latest === undefined ? {} : { latest }),
    ...(baseline === undefined ? {} : { baseline }),
  };
  const expected = expectedOn(baseline, regions, deadline, asOf);
  if (expected !== undefined) components.expected = expected;

  if (latest?.value === undefined || latest.observation.kind !== 'value') {
    const noMethod = target.reportedStatus?.status === 'no_method';
    return verdict('not_assessable', components, noMethod ? 'no_method' : 'no_observation');
  }
  const stand = standing(observedInterval(latest.value, latest.observation.qualifier), regions);
  if (stand === 'exceeded' || stand === 'achieved') return verdict(stand, components);
  if (stand === 'undecidable') return verdict('not_assessable', components, 'undecidable_bound');
  if (asOf > deadline) return verdict('missed', components);

  const projection = baseline === undefined ? undefined : project(baseline, latest, regions.aim, deadline);
  if (projection === undefined) return verdict('not_assessable', components, 'cannot_project');
  return verdict(projection.status, { ...components, ...projection.components });
}

/**
 * The verdict on every target of an indicator as of a date, one per target, in the order of
 * `indicator.targets`.
 *
 * @example
 * ```ts
 * assessIndicator(hanoi, fibre, { asOf: '2024-10-24' }).map((v) => [v.target.year, v.status, v.reason]);
 * // [[2025, 'exceeded', undefined], [2025, 'not_assessable', 'value_not_given'], [2030, 'not_assessable', 'qualitative']]
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
