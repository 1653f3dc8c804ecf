import type { Indicator } from '../schema/indicator.js';
import type { Target } from '../schema/target.js';
import { formatNumber, type Lang } from './format-number.js';
import { unitText } from './format-value.js';

type Sign = 'at_least' | 'more_than' | 'at_most' | 'less_than' | 'about' | 'reach';

const SIGNS: Record<Lang, Record<Sign, string>> = {
  vi: { at_least: '≥', more_than: '>', at_most: '≤', less_than: '<', about: '≈', reach: 'đạt' },
  en: { at_least: 'at least', more_than: 'more than', at_most: 'at most', less_than: 'less than', about: 'about', reach: 'reach' },
};

/** `reach` reads as "at least" or "at most" along the indicator's direction. */
function sign(comparator: Sign, indicator: Pick<Indicator, 'direction'>): Sign {
  if (comparator !== 'reach') return comparator;
  if (indicator.direction === 'higher_is_better') return 'at_least';
  if (indicator.direction === 'lower_is_better') return 'at_most';
  return 'reach';
}

/** What a target asks for, without its year: '≥ 90%', 'nhóm 5 dẫn đầu', '7–7,5%/năm'. */
export function targetPhrase(target: Target, indicator: Pick<Indicator, 'unit' | 'direction' | 'breakdown'>, lang: Lang): string {
  let phrase: string;
  switch (target.comparator) {
    case 'milestone':
      phrase = target.milestone[lang];
      break;
    case 'not_given':
      phrase = lang === 'vi' ? 'chưa nêu giá trị' : 'value not stated';
      break;
    case 'rank_at_most':
      phrase = lang === 'vi' ? `nhóm ${formatNumber(target.value, { lang })} dẫn đầu` : `top ${formatNumber(target.value, { lang })}`;
      break;
    case 'between':
      phrase = `${formatNumber(target.min, { lang })}–${unitText(target.max, indicator.unit, lang)}`;
      break;
    default:
      phrase = `${SIGNS[lang][sign(target.comparator, indicator)]} ${unitText(target.value, indicator.unit, lang)}`;
  }
  const member = indicator.breakdown?.members.find((m) => m.id === target.breakdown);
  return member === undefined ? phrase : `${phrase} (${member.label[lang]})`;
}

/**
 * Writes a target with its year: symbols in Vietnamese ('≥ 90% vào năm 2025'), words in English
 * ('at least 90% by 2025'). `reach` follows the indicator's direction; a rank target reads as a
 * leading group ('nhóm 5 dẫn đầu', 'top 5'); a breakdown member is named in brackets.
 *
 * @example
 * ```ts
 * formatTarget({ year: 2025, source: 'nq18', comparator: 'reach', value: 90 }, fibre);
 * // '≥ 90% vào năm 2025'
 * formatTarget({ year: 2025, source: 'nq18', comparator: 'reach', value: 90 }, fibre, { lang: 'en' });
 * // 'at least 90% by 2025'
 * formatTarget({ year: 2030, source: 'ctcds', comparator: 'rank_at_most', value: 3 }, ranking, { lang: 'en' });
 * // 'top 3 by 2030'
 * formatTarget({ year: 2025, source: 'ctcds', comparator: 'between', min: 7, max: 7.5 }, productivity);
 * // '7–7,5%/năm vào năm 2025'
 * ```
 */
export function formatTarget(
  target: Target,
  indicator: Pick<Indicator, 'unit' | 'direction' | 'breakdown'>,
  options: { lang?: Lang } = {},
): string {
  const { lang = 'vi' } = options;
  const phrase = targetPhrase(target, indicator, lang);
  return lang === 'vi' ? `${phrase} vào năm ${target.year}` : `${phrase} by ${target.year}`;
}
