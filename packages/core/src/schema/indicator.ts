import * as z from 'zod';
import { INPUT_LIMITS } from '../validate/limits.js';
import { LocalizedText, Slug } from './common.js';
import { Observation } from './observation.js';
import { Target } from './target.js';

/**
 * What an indicator's figures measure: `percent` (may exceed 100, e.g. 121%),
 * `per_100_inhabitants`, `rank` (1 is best), `count`, `percent_per_year` (a growth rate), or
 * `milestone` (qualitative, no figure).
 */
export const UnitKind = z.enum(['percent', 'per_100_inhabitants', 'rank', 'count', 'percent_per_year', 'milestone']);
/** What an indicator's figures measure. */
export type UnitKind = z.infer<typeof UnitKind>;

/**
 * Which way is better. Required, never defaulted: a wrong default silently turns "good" into
 * "bad". `none` is for context figures and milestones, which no numeric verdict applies to.
 */
export const Direction = z.enum(['higher_is_better', 'lower_is_better', 'none']);
/** Which way is better. */
export type Direction = z.infer<typeof Direction>;

/** One member of a breakdown, e.g. the commune level. */
export const BreakdownMember = z.strictObject({ id: Slug, label: LocalizedText });
/** One member of a breakdown. */
export type BreakdownMember = z.infer<typeof BreakdownMember>;

/** How an indicator splits, e.g. by administrative level: city, district, commune. */
export const Breakdown = z.strictObject({
  dimension: LocalizedText,
  members: z.array(BreakdownMember).min(2).max(INPUT_LIMITS.breakdownMembers),
});
/** How an indicator splits. */
export type Breakdown = z.infer<typeof Breakdown>;

/**
 * An indicator id: its pillar's id, a dot, and a slug, e.g. `society.fibre-households`.
 * Ids are stable: a published id never changes meaning.
 */
export const IndicatorId = z.string().max(INPUT_LIMITS.idChars).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected an indicator id "<pillar>.<slug>", e.g. "society.fibre-households"',
});
/** An indicator id. */
export type IndicatorId = z.infer<typeof IndicatorId>;

/**
 * One key indicator: what it measures, which way is better, its targets and its observations.
 *
 * @example
 * ```ts
 * Indicator.parse({
 *   id: 'society.fibre-households', pillar: 'society',
 *   label: { vi: 'Hộ gia đình được phủ cáp quang', en: 'Households covered by fibre' },
 *   unit: 'percent', direction: 'higher_is_better',
 *   targets: [{ year: 2025, source: 'nq18', comparator: 'reach', value: 90 }],
 *   observations: [{ kind: 'value', date: '2024-10-24', source: 'r003', value: 91.4, qualifier: 'exact' }],
 * });
 * ```
 */
export const Indicator = z
  .strictObject({
    id: IndicatorId,
    pillar: Slug,
    label: LocalizedText,
    /** Short label for narrow places (a gauge's title), when `label` is long. */
    shortLabel: LocalizedText.optional(),
    description: LocalizedText.optional(),
    /** Who or what is counted, when two indicators differ only by it (e.g. urban adults). */
    population: LocalizedText.optional(),
    unit: UnitKind,
    direction: Direction,
    breakdown: Breakdown.optional(),
    targets: z.array(Target).max(INPUT_LIMITS.targetsPerIndicator),
    observations: z.array(Observation).max(INPUT_LIMITS.observationsPerList),
  })
  .superRefine((indicator, ctx) => {
    if (!indicator.id.startsWith(`${indicator.pillar}.`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `id "${indicator.id}" must start with its pillar "${indicator.pillar}."`,
        params: { rule: 'id_pillar', pillar: indicator.pillar },
      });
    }
    const members = new Set(indicator.breakdown?.members.map((m) => m.id) ?? []);
    const expected = [...members];
    const checkBreakdown = (list: 'targets' | 'observations', items: ReadonlyArray<{ breakdown?: string | undefined }>) => {
      items.forEach((item, index) => {
        if (item.breakdown !== undefined && !members.has(item.breakdown)) {
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'breakdown'],
            message: `unknown breakdown "${item.breakdown}"; expected ${expected.length > 0 ? `one of the ${expected.length} members of breakdown.members` : 'none (the indicator has no breakdown)'}`,
            params: { rule: 'unknown_breakdown', received: item.breakdown, expected },
          });
        }
      });
    };
    checkBreakdown('targets', indicator.targets);
    checkBreakdown('observations', indicator.observations);
    if (indicator.unit === 'rank' && indicator.direction !== 'lower_is_better') {
      ctx.addIssue({
        code: 'custom',
        path: ['direction'],
        message: `a rank indicator must have direction "lower_is_better", received "${indicator.direction}"`,
        params: { rule: 'rank_direction', received: indicator.direction },
      });
    }
    if (indicator.unit === 'rank') {
      indicator.targets.forEach((target, index) => {
        if (target.comparator !== 'rank_at_most' && target.comparator !== 'milestone' && target.comparator !== 'not_given') {
          ctx.addIssue({
            code: 'custom',
            path: ['targets', index, 'comparator'],
            message: `a rank indicator takes "rank_at_most", "milestone" or "not_given" targets, received "${target.comparator}"`,
            params: { rule: 'rank_comparator', received: target.comparator },
          });
        }
      });
    }
  });
/** One key indicator. */
export type Indicator = z.infer<typeof Indicator>;
