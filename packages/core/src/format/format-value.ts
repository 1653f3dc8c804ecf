import type { Indicator, UnitKind } from '../schema/indicator.js';
import type { Observation, ValueQualifier } from '../schema/observation.js';
import { formatNumber, type Lang } from './format-number.js';

/** Options of {@link formatValue}. */
export interface FormatValueOptions {
  /** Language of the output; `'vi'` by default. */
  lang?: Lang;
  /** How the figure relates to the true value; `'exact'` (no words) by default. */
  qualifier?: ValueQualifier;
  /** The total a count is out of: writes `21/22`. */
  outOf?: number;
}

const QUALIFIERS: Record<Lang, Record<Exclude<ValueQualifier, 'exact'>, (text: string) => string>> = {
  vi: {
    about: (t) => `khoảng ${t}`,
    more_than: (t) => `trên ${t}`,
    at_least: (t) => `từ ${t} trở lên`,
    less_than: (t) => `dưới ${t}`,
    at_most: (t) => `tối đa ${t}`,
  },
  en: {
    about: (t) => `about ${t}`,
    more_than: (t) => `more than ${t}`,
    at_least: (t) => `at least ${t}`,
    less_than: (t) => `less than ${t}`,
    at_most: (t) => `at most ${t}`,
  },
};

// English ordinals by CLDR's rules (1st, 2nd, 3rd, 11th, 21st…), without Intl.PluralRules, whose
// first use on a page loads the browser's plural data.
function ordinal(value: number): string {
  const n = Math.abs(value);
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${formatNumber(value, { lang: 'en' })}${suffix}`;
}

/** A figure with its unit, without qualifier: '93,15%', '27,3 trên 100 dân', 'hạng 2'. */
export function unitText(value: number, unit: UnitKind, lang: Lang): string {
  const number = formatNumber(value, { lang });
  switch (unit) {
    case 'percent':
      return `${number}%`;
    case 'percent_per_year':
      return lang === 'vi' ? `${number}%/năm` : `${number}%/year`;
    case 'per_100_inhabitants':
      return lang === 'vi' ? `${number} trên 100 dân` : `${number} per 100 inhabitants`;
    case 'rank':
      return lang === 'vi' ? `hạng ${number}` : ordinal(value);
    case 'count':
    case 'milestone':
      return number;
  }
}

/**
 * Writes an observed figure with its unit and qualifier, in Vietnamese (default) or English.
 *
 * Percent may exceed 100 ('121%'); a rank reads as a position ('hạng 2', '2nd'); a count out of
 * a total reads '21/22' whatever the unit. Non-finite numbers throw a `RangeError`.
 *
 * @example
 * ```ts
 * formatValue(93.15, 'percent');                              // '93,15%'
 * formatValue(93.15, 'percent', { lang: 'en' });              // '93.15%'
 * formatValue(80, 'percent', { qualifier: 'more_than' });     // 'trên 80%'
 * formatValue(27.3, 'per_100_inhabitants', { lang: 'en' });   // '27.3 per 100 inhabitants'
 * formatValue(2, 'rank');                                     // 'hạng 2'
 * formatValue(2, 'rank', { lang: 'en' });                     // '2nd'
 * formatValue(21, 'percent', { outOf: 22 });                  // '21/22'
 * formatValue(7.5, 'percent_per_year');                       // '7,5%/năm'
 * ```
 */
export function formatValue(value: number, unit: UnitKind, options: FormatValueOptions = {}): string {
  const { lang = 'vi', qualifier = 'exact', outOf } = options;
  const text =
    outOf === undefined ? unitText(value, unit, lang) : `${formatNumber(value, { lang })}/${formatNumber(outOf, { lang })}`;
  return qualifier === 'exact' ? text : QUALIFIERS[lang][qualifier](text);
}

/**
 * Writes one observation of an indicator: its figure with unit and qualifier, or, for a state
 * observation, the state in the chosen language.
 *
 * @example
 * ```ts
 * formatObservation({ kind: 'value', date: '2024-10-24', source: 'r003', value: 91.4, qualifier: 'exact' }, fibre);
 * // '91,4%'
 * formatObservation({ kind: 'value', date: '2024-10-24', source: 'r003', value: 80, qualifier: 'more_than' }, payments);
 * // 'trên 80%'
 * formatObservation({ kind: 'value', date: '2024-10-24', source: 'r003', value: 21, outOf: 22, qualifier: 'exact' }, databases);
 * // '21/22'
 * ```
 */
export function formatObservation(observation: Observation, indicator: Pick<Indicator, 'unit'>, options: { lang?: Lang } = {}): string {
  const { lang = 'vi' } = options;
  if (observation.kind === 'state') return observation.state[lang];
  return formatValue(observation.value, indicator.unit, {
    lang,
    qualifier: observation.qualifier,
    ...(observation.outOf === undefined ? {} : { outOf: observation.outOf }),
  });
}
