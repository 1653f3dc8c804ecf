import * as z from 'zod';
import { INPUT_LIMITS } from '../validate/limits.js';

const { idChars, stringChars, yearMax, yearMin } = INPUT_LIMITS;

/**
 * Text in Vietnamese and English. Vietnamese is required: it is the language of the sources.
 *
 * @example
 * ```ts
 * LocalizedText.parse({ vi: 'Kinh tế số', en: 'Digital economy' });
 * ```
 */
export const LocalizedText = z.strictObject({
  vi: z.string().trim().min(1).max(stringChars),
  en: z.string().trim().min(1).max(stringChars),
});
/** Text in Vietnamese and English. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A calendar date `YYYY-MM-DD` that exists (leap days included), in a year from
 * {@link INPUT_LIMITS}.yearMin (1900) to yearMax (2200). Leap years there: every fourth, but not
 * 1900, 2100 or 2200.
 */
export const ISO_DATE =
  /^(?:(?:(?:19|20|21)(?:0[48]|[2468][048]|[13579][26])|2000)-02-29|(?:19\d\d|2[01]\d\d|2200)-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))$/;

/** A calendar date written `YYYY-MM-DD`, e.g. `2024-10-24`, in a year from 1900 to 2200. */
export const IsoDate = z.string().regex(ISO_DATE, { error: 'expected a date written YYYY-MM-DD, in a year from 1900 to 2200' });
/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDate>;

/** A lower-case slug: letters, digits and hyphens, e.g. `nq18` or `fibre-households`. */
export const Slug = z.string().max(idChars).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected a lower-case slug of letters, digits and single hyphens, e.g. "fibre-households"',
});
/** A lower-case slug. */
export type Slug = z.infer<typeof Slug>;

/**
 * A finite number written as a JSON number. `"93,15"` or `"93.15%"` are strings and are rejected by
 * the strict schemas; the lenient entry point of the validator normalises them first. `validate()`
 * (and `schema.json`) also require figures in the safe range of {@link INPUT_LIMITS}: 0, or an
 * absolute value from 10^-9 to 10^15.
 */
export const FiniteNumber = z.number().refine(Number.isFinite, { error: 'expected a finite number' });

/** A year a target can be set for: any year from 1900 to 2200. */
export const Year = z.int().min(yearMin).max(yearMax);
/** A target year. */
export type Year = z.infer<typeof Year>;
