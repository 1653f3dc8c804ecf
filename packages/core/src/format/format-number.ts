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
 * Non-finite numbers are a programmer error and throw a `RangeError` naming the value.
 *
 * @example
 * ```ts
 * formatNumber(93.15);                 // '93,15'
 * formatNumber(93.15, { lang: 'en' }); // '93.15'
 * formatNumber(10_000_000);            // '10.000.000'
 * ```
 */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`formatNumber expects a finite number, received ${String(value)}`);
  }
  const { lang = 'vi', maximumFractionDigits = 2 } = options;
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}
