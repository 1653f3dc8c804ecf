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
  const text = writeDecimal(value, lang, maximumFractionDigits);
  if (text !== undefined) return text;
  const format = numberFormat(lang, maximumFractionDigits);
  const written = format(value);
  // -0, and negatives that round to zero, read as 0: "-0%" says a fall that is not there.
  return /[1-9]/.test(written) ? written : format(0);
}

/**
 * What Intl.NumberFormat writes for vi-VN and en-GB with at most `digits` fraction digits, written
 * by hand: the first NumberFormat of a page loads the browser's number data before the first
 * gauge can draw. Like ICU, it rounds the shortest decimal form of the number (`String(value)`),
 * half away from zero. `undefined` when that form is exponential or `digits` is unusual: Intl
 * writes those.
 */
function writeDecimal(value: number, lang: Lang, digits: number): string | undefined {
  const shortest = String(Math.abs(value));
  if (shortest.includes('e') || !Number.isInteger(digits) || digits < 0 || digits > 20) return undefined;
  const [whole = '', decimals = ''] = shortest.split('.');
  const vi = lang === 'vi';
  // The common case, a figure under 1,000 with no more decimals than kept: nothing to round or group.
  if (whole.length < 4 && decimals.length <= digits) return (value < 0 && shortest !== '0' ? '-' : '') + whole + (decimals && (vi ? ',' : '.') + decimals);
  let digitsText = whole + decimals.slice(0, digits).padEnd(digits, '0');
  // Half away from zero: one more in the last place kept when the first dropped digit is 5 or more.
  if (decimals.charCodeAt(digits) >= 53) digitsText = String(BigInt(digitsText) + 1n).padStart(digitsText.length, '0');
  const wholeDigits = digitsText.slice(0, digitsText.length - digits) || '0';
  const fraction = digitsText.slice(digitsText.length - digits).replace(/0+$/, '');
  const sign = value < 0 && /[1-9]/.test(digitsText) ? '-' : '';
  return `${sign}${wholeDigits.replace(/\B(?=(\d{3})+$)/g, vi ? '.' : ',')}${fraction ? (vi ? ',' : '.') + fraction : ''}`;
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
