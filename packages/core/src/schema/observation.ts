import * as z from 'zod';
import { FiniteNumber, IsoDate, LocalizedText, Slug } from './common.js';

/**
 * When a value was observed: a day (`"2024-10-24"`), a period (`{ from, to }`), or `"undated"`
 * when the report gives no date (the report's own date, if any, still applies).
 */
export const ObservedAt = z.union([
  IsoDate,
  z.strictObject({ from: IsoDate, to: IsoDate }).refine((period) => period.from <= period.to, {
    error: 'a period must not end before it starts',
    path: ['to'],
  }),
  z.literal('undated'),
]);
/** When a value was observed. */
export type ObservedAt = z.infer<typeof ObservedAt>;

/**
 * How a figure relates to the true value: `exact`, or a bound the report states
 * ("trên 80%" is `more_than` 80, "từ 90% trở lên" is `at_least` 90), or `about`.
 */
export const ValueQualifier = z.enum(['exact', 'about', 'more_than', 'at_least', 'less_than', 'at_most']);
/** How a figure relates to the true value. */
export type ValueQualifier = z.infer<typeof ValueQualifier>;

const observationBase = {
  /** When the value holds. */
  date: ObservedAt,
  /** Id of the report that gives it. */
  source: Slug,
  /** Id of the breakdown member (e.g. `district`) when the figure is for one part only. */
  breakdown: Slug.optional(),
  note: LocalizedText.optional(),
};

/**
 * An observed figure. `outOf` turns a count into a share: 21 of 22 databases is
 * `{ value: 21, outOf: 22 }`, read as 95.45% by verdicts on a percent indicator.
 *
 * @example
 * ```ts
 * ValueObservation.parse({ kind: 'value', date: '2024-10-24', source: 'r003', value: 91.4, qualifier: 'exact' });
 * ```
 */
export const ValueObservation = z
  .strictObject({
    kind: z.literal('value'),
    ...observationBase,
    value: FiniteNumber,
    qualifier: ValueQualifier,
    outOf: FiniteNumber.positive().optional(),
  })
  .refine((o) => o.outOf === undefined || o.qualifier === 'exact', {
    error: 'a count out of a total ("outOf") must be exact',
    path: ['qualifier'],
  });
/** An observed figure. */
export type ValueObservation = z.infer<typeof ValueObservation>;

/**
 * A report of state with no figure, such as "done at all three levels".
 *
 * @example
 * ```ts
 * StateObservation.parse({
 *   kind: 'state', date: '2024-10-24', source: 'r003',
 *   state: { vi: 'Đã thực hiện ở cả 3 cấp', en: 'Done at all three levels' },
 * });
 * ```
 */
export const StateObservation = z.strictObject({
  kind: z.literal('state'),
  ...observationBase,
  state: LocalizedText,
});
/** A report of state with no figure. */
export type StateObservation = z.infer<typeof StateObservation>;

/** One observation of an indicator: a figure or a state, always citing a report. */
export const Observation = z.discriminatedUnion('kind', [ValueObservation, StateObservation]);
/** One observation of an indicator. */
export type Observation = z.infer<typeof Observation>;
