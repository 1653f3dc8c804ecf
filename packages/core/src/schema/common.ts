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

/** A calendar date written `YYYY-MM-DD`, e.g. `2024-10-24`. */
export const IsoDate = z.iso.date();
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
 * the strict schemas; the lenient entry point of the validator normalises them first.
 */
export const FiniteNumber = z.number().refine(Number.isFinite, { error: 'expected a finite number' });

/** A year a target can be set for. Any year from 1900 to 2200 is representable. */
export const Year = z.int().min(yearMin).max(yearMax);
/** A target year. */
export type Year = z.infer<typeof Year>;
