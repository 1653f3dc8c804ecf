/** A language the library writes in. Vietnamese is the default everywhere. */
export type Lang = 'vi' | 'en';

/** BCP 47 locale used with `Intl` for each {@link Lang}. */
export const LOCALES = {
  /** Vietnamese as written in Vietnam. */
  vi: 'vi-VN',
  /** English with day-month-year dates. */
  en: 'en-GB',
} as const satisfies Record<Lang, string>;

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** Language of the output; `'vi'` (decimal comma) by default. */
  lang?: Lang;
  /** Most digits after the decimal separator; 2 by default. */
  maximumFractionDigits?: number;
}

/**
 * Formats a number the way a reader of the chosen language expects.
 *
 * Vietnamese uses a decimal comma and a dot between thousands; English the opposite.
 * Zero never carries a sign: -0, and a negative that rounds to zero, read '0'.
 * Non-finite numbers are a programmer error and throw a `RangeError` naming the value.
 *
 * @example
 * ```ts
 * formatNumber(93.15);                 // '93,15'
 * formatNumber(93.15, { lang: 'en' }); // '93.15'
 * formatNumber(10_000_000);            // '10.000.000'
 * formatNumber(-0.001);                // '0'
 * ```
 */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`formatNumber expects a finite number, received ${String(value)}`);
  }
  const { lang = 'vi', maximumFractionDigits = 2 } = options;
  const format = numberFormat(lang, maximumFractionDigits);
  const text = format(value);
  // -0, and negatives that round to zero, read as 0: "-0%" says a fall that is not there.
  return (value < 0 || Object.is(value, -0)) && !/[1-9]/.test(text) ? format(0) : text;
}

// A new Intl.NumberFormat costs a few hundred microseconds, a reused one about one: keep one per
// language and precision (a gauge formats several figures, a page may show hundreds of gauges).
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat['format']>();

function numberFormat(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat['format'] {
  const key = `${lang} ${maximumFractionDigits}`;
  let format = NUMBER_FORMATS.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format;
    NUMBER_FORMATS.set(key, format);
  }
  return format;
}
