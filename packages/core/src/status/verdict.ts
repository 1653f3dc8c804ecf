import type { IsoDate } from '../schema/common.js';
import type { Indicator } from '../schema/indicator.js';
import type { Observation } from '../schema/observation.js';
import type { ReportedStatusValue, Target } from '../schema/target.js';

/**
 * What the library concludes about one target as of a date.
 *
 * - `exceeded`: met, and better than the target value (the sources' "hoàn thành vượt mức").
 * - `achieved`: met. Final only when the figure is dated in the target's year or later
 *   (`final: true`); before that it says the target was met on the figure's date.
 * - `on_track` / `at_risk` / `off_track`: before the target's deadline, projected from the
 *   observations toward the target.
 * - `missed`: the target year is over and a figure dated in the target's year or later does not
 *   meet it.
 * - `awaiting_final`: the target year is over but no figure dated in that year or later decides
 *   it; `provisional` says what the last figure showed before the deadline.
 * - `not_assessable`: see {@link NotAssessableReason}.
 */
export const VERDICTS = ['exceeded', 'achieved', 'on_track', 'at_risk', 'off_track', 'missed', 'awaiting_final', 'not_assessable'] as const;
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
  'rank_not_projected',
  'no_method',
] as const;
/**
 * Why a target cannot be assessed: no observation; a qualitative milestone; the target value is
 * not given by the source; the observations are bounds that cannot decide the comparator; the
 * indicator has no desired direction; the figures cannot project (one figure, undated figures, or
 * dated figures less than `MIN_PROJECTION_YEARS` apart); a rank is not projected (ranks are
 * positions, not quantities that grow); or a source reports that no calculation method exists yet.
 */
export type NotAssessableReason = (typeof NOT_ASSESSABLE_REASONS)[number];

/** An observation as a verdict used it: its figure read on the target's scale, and its date. */
export interface UsedObservation {
  /** The observation as given in the data. */
  observation: Observation;
  /** The figure compared with the target (21 of 22 on a percent indicator is 95.45…). */
  value: number | undefined;
  /** The date the figure holds at, once undated observations take their report's date; `undefined` when nothing dates it. */
  date: IsoDate | undefined;
  /** Id of the report that gives it. */
  source: string;
}

/** The numbers behind a verdict, enough for a "how was this computed" panel. */
export interface CalculationComponents {
  /** The observation the verdict compares with the target, if any (the first of {@link VerdictBasis.observations}). */
  latest?: UsedObservation;
  /** The earliest dated observation, the start of the projection. */
  baseline?: UsedObservation;
  /** Growth per year observed from baseline to latest (for a growth-rate indicator: the average of its dated figures). */
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
  growth?: 'compound' | 'linear' | 'average';
}

/**
 * A set of values between two ends, each end open or closed: what one or more figures allow.
 * An unbounded end is `null` ("more than 80%" is `{ lo: 80, loOpen: true, hi: null }`), so no
 * infinity ever leaves the library and the range survives JSON.
 */
export interface ValueRange {
  /** Lower end, `null` when unbounded. */
  lo: number | null;
  /** Whether `lo` itself is excluded ("more than"). */
  loOpen: boolean;
  /** Upper end, `null` when unbounded. */
  hi: number | null;
  /** Whether `hi` itself is excluded ("less than"). */
  hiOpen: boolean;
}

/**
 * The figure a verdict rests on: the latest figure on or before `asOf`, or several figures of that
 * same day read together (the values all of them allow), in an order that does not depend on the
 * data's order.
 */
export interface VerdictBasis {
  /** The figures of that day, narrowest first; usually one. */
  observations: UsedObservation[];
  /** Their date, or `'undated'` when nothing dates them. */
  date: IsoDate | 'undated';
  /** The values the figures allow together; their hull when they contradict each other. */
  range: ValueRange;
  /** `true` when the figures of that day contradict each other (see {@link Disagreement}). */
  conflicting: boolean;
  /** `true` when the figure is dated in the target's year or later, so it can decide the target finally. */
  inPeriod: boolean;
}

/** What the last figure showed before a deadline passed without a final figure. */
export interface ProvisionalVerdict {
  /** The verdict the last figure gave on its date: met (`exceeded`, `achieved`), a projection, or `not_assessable`. */
  status: Exclude<VerdictStatus, 'missed' | 'awaiting_final'>;
  /** Why it could not be assessed, when `status` is `not_assessable`. */
  reason?: NotAssessableReason;
  /** The day of that figure, or `'undated'`. */
  on: IsoDate | 'undated';
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

/** What every verdict carries, whatever its status. */
export interface VerdictCommon {
  /** The indicator assessed. */
  indicator: Indicator;
  /** The target assessed. */
  target: Target;
  /**
   * Ids of every document that sets this same target (same indicator, breakdown, year and
   * value), `target.source` first: one figure, several documents.
   */
  documents: string[];
  /** The day the verdict is for. */
  asOf: IsoDate;
  /**
   * `true` when no later figure for the target's year can change the verdict: it rests on a figure
   * dated in the target's year or later (or, for `not_assessable`, the cause is in the target
   * itself). `false` for projections and for a target met by a figure dated before its year.
   */
  final: boolean;
  /** The figure the verdict rests on, when it uses one. */
  basis?: VerdictBasis;
  /** Every observation considered, oldest first. */
  observations: UsedObservation[];
  /** The numbers the verdict was computed from. */
  components: CalculationComponents;
  /** The status a source reports for the target, if any, and whether it agrees. */
  reported?: ReportedComparison;
  /** Figures of the target's series that disagree; never dropped. */
  disagreements: Disagreement[];
}

/** A verdict that can be assessed: met, projected or missed. */
export interface AssessedVerdict extends VerdictCommon {
  /** The verdict. */
  status: 'exceeded' | 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'missed';
  /** Never set on an assessed verdict. */
  reason?: never;
  /** Never set on an assessed verdict. */
  provisional?: never;
}

/** A target whose deadline passed with no figure of its year: what the last figure showed. */
export interface AwaitingVerdict extends VerdictCommon {
  /** The verdict. */
  status: 'awaiting_final';
  /** Never set on this verdict. */
  reason?: never;
  /** What the last figure showed before the deadline. */
  provisional: ProvisionalVerdict;
}

/** A target that cannot be assessed, with why. */
export interface UnassessableVerdict extends VerdictCommon {
  /** The verdict. */
  status: 'not_assessable';
  /** Why it cannot be assessed. */
  reason: NotAssessableReason;
  /** Never set on this verdict. */
  provisional?: never;
}

/**
 * The verdict for one target of one indicator as of a date, with what it was computed from.
 * A union on `status`: `reason` exists only when it is `not_assessable`, `provisional` only when
 * it is `awaiting_final`.
 */
export type TargetVerdict = AssessedVerdict | AwaitingVerdict | UnassessableVerdict;
