import * as z from 'zod';
import { INPUT_LIMITS } from '../validate/limits.js';
import { FiniteNumber, IsoDate, LocalizedText, Slug, Year } from './common.js';

/**
 * A status a source reports for a target, kept beside the one the library computes:
 * `achieved`, `exceeded` ("hoàn thành vượt mức"), `in_progress` ("đang triển khai"), or
 * `no_method` (no calculation guidance exists yet).
 */
export const ReportedStatusValue = z.enum(['achieved', 'exceeded', 'in_progress', 'no_method']);
/** A status a source reports. */
export type ReportedStatusValue = z.infer<typeof ReportedStatusValue>;

/** A status reported by a source, with the report that says so. */
export const ReportedStatus = z.strictObject({
  status: ReportedStatusValue,
  source: Slug,
  date: IsoDate.optional(),
});
/** A status reported by a source. */
export type ReportedStatus = z.infer<typeof ReportedStatus>;

const targetBase = {
  /** The year by which the target is to be met. */
  year: Year,
  /** Id of the document that sets the target. */
  source: Slug,
  /** Ids of the reports in which the target is printed, when the document itself was not read. */
  via: z.array(Slug).min(1).max(INPUT_LIMITS.shortLists).optional(),
  /** Id of the breakdown member (e.g. `commune`) this target is for. */
  breakdown: Slug.optional(),
  reportedStatus: ReportedStatus.optional(),
  /**
   * `true` for a document's general objective ("mục tiêu tổng quát") rather than one of its
   * numbered targets: verdicts assess it, roll-ups of the document's targets leave it out.
   */
  general: z.boolean().optional(),
  note: LocalizedText.optional(),
};

/**
 * Comparators that take one value: `at_least` (≥, "từ … trở lên", "tối thiểu"), `more_than`
 * (>, "trên"), `at_most` (≤), `less_than` (<), `about` (≈, "khoảng"), and `reach` ("tới",
 * "đạt", a bare "90%"): the value or better, in the indicator's direction.
 */
export const ValueComparator = z.enum(['at_least', 'more_than', 'at_most', 'less_than', 'about', 'reach']);
/** Comparators that take one value. */
export type ValueComparator = z.infer<typeof ValueComparator>;

/** A target with one value, e.g. fibre to at least 90% of households by 2025. */
export const ValueTarget = z.strictObject({
  ...targetBase,
  comparator: ValueComparator,
  value: FiniteNumber,
});
/** A target with one value. */
export type ValueTarget = z.infer<typeof ValueTarget>;

/** A target range, e.g. labour productivity growth of 7 to 7.5% a year. Both ends count as within. */
export const RangeTarget = z
  .strictObject({
    ...targetBase,
    comparator: z.literal('between'),
    min: FiniteNumber,
    max: FiniteNumber,
  })
  .refine((t) => t.min <= t.max, { error: 'min must not be greater than max', path: ['max'] });
/** A target range. */
export type RangeTarget = z.infer<typeof RangeTarget>;

/** A ranking target: rank `value` or better (lower is better), e.g. "nhóm 5 địa phương dẫn đầu". */
export const RankTarget = z.strictObject({
  ...targetBase,
  comparator: z.literal('rank_at_most'),
  value: z.int().positive(),
});
/** A ranking target. */
export type RankTarget = z.infer<typeof RankTarget>;

/** A qualitative target such as "cơ bản hoàn thành" or "phổ cập": no figure to compare. */
export const MilestoneTarget = z.strictObject({
  ...targetBase,
  comparator: z.literal('milestone'),
  milestone: LocalizedText,
});
/** A qualitative target. */
export type MilestoneTarget = z.infer<typeof MilestoneTarget>;

/** A target the sources name without giving its value; often it has a reported status. */
export const UnstatedTarget = z.strictObject({
  ...targetBase,
  comparator: z.literal('not_given'),
});
/** A target whose value the sources do not give. */
export type UnstatedTarget = z.infer<typeof UnstatedTarget>;

/**
 * A target of an indicator for one year, citing the document that sets it.
 * The `comparator` decides which fields it has.
 *
 * @example
 * ```ts
 * Target.parse({ year: 2025, source: 'nq18', via: ['r004'], comparator: 'reach', value: 90 });
 * Target.parse({ year: 2025, source: 'ctcds', comparator: 'between', min: 7, max: 7.5 });
 * Target.parse({ year: 2030, source: 'ctcds', comparator: 'rank_at_most', value: 3 });
 * ```
 */
export const Target = z.discriminatedUnion('comparator', [
  ValueTarget,
  RangeTarget,
  RankTarget,
  MilestoneTarget,
  UnstatedTarget,
]);
/** A target of an indicator for one year. */
export type Target = z.infer<typeof Target>;

/** Every comparator a target can have. */
export const Comparator = z.enum([...ValueComparator.options, 'between', 'rank_at_most', 'milestone', 'not_given']);
/** Every comparator a target can have. */
export type Comparator = z.infer<typeof Comparator>;
