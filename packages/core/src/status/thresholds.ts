/**
 * Relative tolerance of "about" (`khoảng`): a target of about 30 is met by any figure within
 * 5% of 30, i.e. from 28.5 to 31.5. The same tolerance reads an observed figure qualified
 * `about`. No source defines "khoảng"; 5% keeps "about 30%" within ±1.5 points, narrower than
 * the gap between any two targets the sources set for the same indicator.
 *
 * @example
 * ```ts
 * ABOUT_TOLERANCE * 30; // 1.5
 * ```
 */
export const ABOUT_TOLERANCE = 0.05;

/**
 * Projection ratio (observed ÷ required yearly growth) at or above which a target not yet met is
 * `on_track`. Open SDG's "substantial progress" threshold.
 *
 * @example
 * ```ts
 * ON_TRACK_RATIO; // 0.95
 * ```
 */
export const ON_TRACK_RATIO = 0.95;

/**
 * Projection ratio at or above which (and below {@link ON_TRACK_RATIO}) a target is `at_risk`;
 * below it, `off_track`. Open SDG's "moderate progress" threshold.
 *
 * @example
 * ```ts
 * AT_RISK_RATIO; // 0.6
 * ```
 */
export const AT_RISK_RATIO = 0.6;

/**
 * Projection ratio below which the indicator moved away from its target ("deterioration" in
 * Open SDG). Such a target is `off_track`, and the components name this threshold.
 *
 * @example
 * ```ts
 * DETERIORATION_RATIO; // 0
 * ```
 */
export const DETERIORATION_RATIO = 0;

/**
 * Days in a year when turning the time between two dates into years for growth rates.
 *
 * @example
 * ```ts
 * DAYS_PER_YEAR; // 365.25
 * ```
 */
export const DAYS_PER_YEAR = 365.25;

/**
 * Two figures closer than this are equal: it keeps 21/22 × 100 and similar floating-point
 * results from tipping a comparison.
 *
 * @example
 * ```ts
 * COMPARISON_EPSILON; // 1e-9
 * ```
 */
export const COMPARISON_EPSILON = 1e-9;

/**
 * Shortest time, in years, between the first and the last dated figure of a projection. Closer
 * figures say more about the day each was measured than about a pace: two figures a day apart
 * would be annualised into thousands of percent a year. Open SDG asks for at least a year of data
 * too.
 *
 * @example
 * ```ts
 * MIN_PROJECTION_YEARS; // 1
 * ```
 */
export const MIN_PROJECTION_YEARS = 1;

/**
 * Most disagreements reported for one series of an indicator. A payload of thousands of
 * contradicting figures still yields a short, readable list, found in O(n log n).
 *
 * @example
 * ```ts
 * MAX_DISAGREEMENTS; // 50
 * ```
 */
export const MAX_DISAGREEMENTS = 50;
