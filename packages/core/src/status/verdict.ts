import type { IsoDate } from '../schema/common.js';
import type { Indicator } from '../schema/indicator.js';
import type { Observation } from '../schema/observation.js';
import type { ReportedStatusValue, Target } from '../schema/target.js';

/**
 * What the library concludes about one target as of a date.
 *
 * - `exceeded`: met, and better than the target value (the sources' "hoàn thành vượt mức").
 * - `achieved`: met.
 * - `on_track` / `at_risk` / `off_track`: before the target's deadline, projected from the
 *   observations toward the target.
 * - `missed`: the target year is over and it was not met.
 * - `not_assessable`: see {@link NotAssessableReason}.
 */
export const VERDICTS = ['exceeded', 'achieved', 'on_track', 'at_risk', 'off_track', 'missed', 'not_assessable'] as const;
/** What the library concludes about one target. */
export type VerdictStatus = (typeof VERDICTS)[number];

/** Why a target cannot be assessed. */
export const NOT_ASSESSABLE_REASONS = [
  'no_observation',
  'qualitative',
  'value_not_given',
  'undecidable_bound',
  'no_direction',
  'cannot_project',
  'no_method',
] as const;
/**
 * Why a target cannot be assessed: no observation; a qualitative milestone; the target value is
 * not given by the source; the observations are bounds that cannot decide the comparator; the
 * indicator has no desired direction; one observation or no dated baseline cannot project; or a
 * source reports that no calculation method exists yet.
 */
export type NotAssessableReason = (typeof NOT_ASSESSABLE_REASONS)[number];

/** An observation as a verdict used it: its figure read on the target's scale, and its date. */
export interface UsedObservation {
  /** The observation as given in the data. */
  observation: Observation;
  /** The figure compared with the target (21 of 22 on a percent indicator is 95.45…). */
  value: number | undefined;
  /** The date the figure holds at, once undated observations take their report's date. */
  date: IsoDate | undefined;
  /** Id of the report that gives it. */
  source: string;
}

/** The numbers behind a verdict, enough for a "how was this computed" panel. */
export interface CalculationComponents {
  /** The observation the verdict compares with the target, if any. */
  latest?: UsedObservation;
  /** The earliest dated observation, the start of the projection. */
  baseline?: UsedObservation;
  /** Growth per year observed from baseline to latest. */
  observedRate?: number;
  /** Growth per year required from the latest observation to meet the target in time. */
  requiredRate?: number;
  /** observedRate ÷ requiredRate, compared with the thresholds. */
  ratio?: number;
  /** The named threshold that decided the verdict, and its value. */
  threshold?: {
    /** Name of the exported constant, e.g. `ON_TRACK_RATIO`. */
    name: string;
    /** Its value, e.g. `0.95`. */
    value: number;
  };
  /** Where the indicator should be as of `asOf` on a straight line from baseline to target. */
  expected?: number;
  /** The `about` tolerance applied, when the comparator is `about`. */
  tolerance?: number;
  /** The last day the target can be met: 31 December of its year. */
  deadline?: IsoDate;
  /** The figure a projection aims at: the nearest value that meets the target. */
  aim?: number;
  /**
   * How the rates were computed: `compound` growth per year, or `linear` change per year (in the
   * indicator's unit) when a figure is zero or negative and compound growth is undefined.
   */
  growth?: 'compound' | 'linear';
}

/** A status a source reports beside the computed one, and whether the two agree. */
export interface ReportedComparison {
  /** The status the source reports. */
  status: ReportedStatusValue;
  /** Id of the report that says so. */
  source: string;
  /** `false` when the reported status contradicts the computed verdict; undefined when it cannot be compared. */
  agrees: boolean | undefined;
}

/**
 * Observations of the same moment (or of unknown dates) that cannot both be true, or a later
 * figure worse than the one before it in the indicator's direction.
 */
export interface Disagreement {
  /** `conflicting_sources`: cannot both be true; `went_backwards`: a later figure is worse. */
  kind: 'conflicting_sources' | 'went_backwards';
  /** The two observations, the earlier first. */
  observations: UsedObservation[];
}

/** The verdict for one target of one indicator as of a date, with what it was computed from. */
export interface TargetVerdict {
  /** The indicator assessed. */
  indicator: Indicator;
  /** The target assessed. */
  target: Target;
  /** The verdict. */
  status: VerdictStatus;
  /** Set when `status` is `not_assessable`. */
  reason?: NotAssessableReason;
  /** The day the verdict is for. */
  asOf: IsoDate;
  /** Every observation considered, oldest first. */
  observations: UsedObservation[];
  /** The numbers the verdict was computed from. */
  components: CalculationComponents;
  /** The status a source reports for the target, if any, and whether it agrees. */
  reported?: ReportedComparison;
  /** Figures of the target's series that disagree; never dropped. */
  disagreements: Disagreement[];
}
