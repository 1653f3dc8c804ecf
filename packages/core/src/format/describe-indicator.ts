import type { IsoDate } from '../schema/common.js';
import type { Indicator } from '../schema/indicator.js';
import type { Taxonomy } from '../schema/payload.js';
import { assessIndicator } from '../status/assess-target.js';
import type { TargetVerdict } from '../status/verdict.js';
import { findDisagreements, latestObservation } from '../taxonomy/observations.js';
import { formatDate } from './format-date.js';
import type { Lang } from './format-number.js';
import { targetPhrase } from './format-target.js';
import { formatObservation } from './format-value.js';
import { formatReason, formatReportedStatus, formatVerdict } from './format-verdict.js';

/** Options of {@link describeIndicator}. */
export interface DescribeOptions {
  /** The day the sentence speaks of. */
  asOf: IsoDate;
  /** Language of the sentence; `'vi'` by default. */
  lang?: Lang;
  /**
   * The indicator's verdicts as of `asOf`, when the caller has them already from
   * {@link assessIndicator}; computed when absent.
   */
  verdicts?: readonly TargetVerdict[];
}

function targetSentence(verdict: TargetVerdict, lang: Lang): string {
  const { target, indicator } = verdict;
  const phrase = targetPhrase(target, indicator, lang);
  let status = formatVerdict(verdict.status, { lang });
  if (verdict.reason !== undefined) status += ` (${formatReason(verdict.reason, { lang })})`;
  const head = lang === 'vi' ? `Mục tiêu ${target.year} ${phrase}: ${status}` : `${target.year} target ${phrase}: ${status}`;
  // A reported status is worth hearing unless the figures already say the same thing.
  if (verdict.reported === undefined || verdict.reported.agrees === true) return `${head}.`;
  const reported = formatReportedStatus(verdict.reported.status, { lang });
  return lang === 'vi' ? `${head}; nguồn báo cáo: ${reported}.` : `${head}; the source reports: ${reported}.`;
}

/**
 * One plain sentence about an indicator for screen readers: its latest figure and date, then
 * each target with its verdict as of `asOf` (and the status a source reports, unless the figures
 * already agree with it), then how many disagreements the sources show.
 *
 * @example
 * ```ts
 * describeIndicator(hanoi, fibre, { asOf: '2024-10-24' });
 * // 'Tỷ lệ hộ gia đình …: 91,4% (24/10/2024). Mục tiêu 2025 ≥ 90%: hoàn thành vượt mức. …'
 * describeIndicator(hanoi, fibre, { asOf: '2024-10-24', lang: 'en' });
 * // 'Households …: 91.4% (24 Oct 2024). 2025 target at least 90%: exceeded. …'
 * ```
 */
export function describeIndicator(taxonomy: Pick<Taxonomy, 'sources'>, indicator: Indicator, options: DescribeOptions): string {
  const { asOf, lang = 'vi' } = options;
  const latest = latestObservation(taxonomy, indicator, { asOf });
  const label = indicator.label[lang];
  const parts: string[] = [];
  if (latest === undefined) {
    parts.push(lang === 'vi' ? `${label}: chưa có số liệu.` : `${label}: no figure yet.`);
  } else {
    const { date } = latest.observation;
    const when = formatDate(typeof date === 'object' ? date : (latest.date ?? 'undated'), { lang });
    parts.push(`${label}: ${formatObservation(latest.observation, indicator, { lang })} (${when}).`);
  }
  const verdicts = options.verdicts ?? assessIndicator(taxonomy, indicator, { asOf });
  for (const verdict of verdicts) parts.push(targetSentence(verdict, lang));
  const disagreements = findDisagreements(taxonomy, indicator, { asOf }).length;
  if (disagreements > 0) {
    parts.push(
      lang === 'vi'
        ? `Các nguồn có ${disagreements} chỗ chênh lệch.`
        : `The sources disagree in ${disagreements} ${disagreements === 1 ? 'place' : 'places'}.`,
    );
  }
  return parts.join(' ');
}
