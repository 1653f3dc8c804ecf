import type { IsoDate } from '../schema/common.js';
import type { Indicator } from '../schema/indicator.js';
import type { Taxonomy } from '../schema/payload.js';
import { assessIndicator } from '../status/assess-target.js';
import { repeatsEarlierTarget } from '../status/same-target.js';
import type { TargetVerdict } from '../status/verdict.js';
import { findDisagreements, latestObservation, sourceById } from '../taxonomy/observations.js';
import { formatDocumentName } from './format-citation.js';
import { formatDate } from './format-date.js';
import type { Lang } from './format-number.js';
import { targetPhrase } from './format-target.js';
import { formatObservation } from './format-value.js';
import { formatReportedStatus, formatVerdictSummary } from './format-verdict.js';

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

function documentNames(taxonomy: Pick<Taxonomy, 'sources'>, ids: readonly string[], lang: Lang): string {
  return ids
    .map((id) => {
      const source = sourceById(taxonomy, id);
      return source === undefined ? id : formatDocumentName(source, { lang });
    })
    .join(', ');
}

function targetSentence(taxonomy: Pick<Taxonomy, 'sources'>, verdict: TargetVerdict, lang: Lang): string {
  const { target, indicator } = verdict;
  const phrase = targetPhrase(target, indicator, lang);
  const status = formatVerdictSummary(verdict, { lang });
  const documents = documentNames(taxonomy, verdict.documents, lang);
  const head =
    lang === 'vi' ? `Mục tiêu ${target.year} ${phrase} (${documents}): ${status}` : `${target.year} target ${phrase} (${documents}): ${status}`;
  // A reported status is worth hearing unless the figures already say the same thing.
  if (verdict.reported === undefined || verdict.reported.agrees === true) return `${head}.`;
  const reported = formatReportedStatus(verdict.reported.status, { lang });
  return lang === 'vi' ? `${head}; nguồn báo cáo: ${reported}.` : `${head}; the source reports: ${reported}.`;
}

/**
 * One plain sentence about an indicator for screen readers: its latest figure and its date (or
 * that it is undated), then each target with the documents that set it and its verdict as of
 * `asOf` in words that claim no more than the figure supports (see {@link formatVerdictSummary}),
 * the status a source reports unless the figures already agree with it, how many disagreements
 * the sources show, and the day the verdicts are for.
 *
 * @example
 * ```ts
 * describeIndicator(hanoi, fibre, { asOf: '2024-10-24' });
 * // 'Tỷ lệ hộ gia đình …: 91,4% (24/10/2024). Mục tiêu 2025 ≥ 90% (Nghị quyết 18-NQ/TU): vượt mức sớm (số liệu 24/10/2024). … Đánh giá tính đến 24/10/2024.'
 * describeIndicator(hanoi, fibre, { asOf: '2026-12-02', lang: 'en' });
 * // 'Households …: 91.4% (24 Oct 2024). 2025 target at least 90% (Resolution 18-NQ/TU): awaiting the final figure; the 24 Oct 2024 figure exceeded it. …'
 * ```
 */
export function describeIndicator(taxonomy: Pick<Taxonomy, 'sources'>, indicator: Indicator, options: DescribeOptions): string {
  const { asOf, lang = 'vi' } = options;
  const verdicts = options.verdicts ?? assessIndicator(taxonomy, indicator, { asOf });
  // A headline target's verdict has read the headline series already.
  const headline = verdicts.find((verdict) => verdict.target.breakdown === undefined);
  const latest = headline ? headline.observations.at(-1) : latestObservation(taxonomy, indicator, { asOf });
  const label = indicator.label[lang];
  const parts: string[] = [];
  if (latest === undefined) {
    parts.push(lang === 'vi' ? `${label}: chưa có số liệu.` : `${label}: no figure yet.`);
  } else {
    const { date } = latest.observation;
    const when = formatDate(typeof date === 'object' ? date : (latest.date ?? 'undated'), { lang });
    parts.push(`${label}: ${formatObservation(latest.observation, indicator, { lang })} (${when}).`);
  }
  // A target several documents set is one sentence naming them all.
  for (const verdict of verdicts) if (!repeatsEarlierTarget(indicator, verdict.target)) parts.push(targetSentence(taxonomy, verdict, lang));
  // Each series once: targets of one breakdown share their disagreements.
  const seen = new Set<string | undefined>();
  let disagreements = verdicts.length === 0 ? findDisagreements(taxonomy, indicator, { asOf }).length : 0;
  for (const verdict of verdicts) {
    if (seen.has(verdict.target.breakdown)) continue;
    seen.add(verdict.target.breakdown);
    disagreements += verdict.disagreements.length;
  }
  if (disagreements > 0) {
    parts.push(
      lang === 'vi'
        ? `Các nguồn có ${disagreements} chỗ chênh lệch.`
        : `The sources disagree in ${disagreements} ${disagreements === 1 ? 'place' : 'places'}.`,
    );
  }
  const day = formatDate(asOf, { lang });
  parts.push(lang === 'vi' ? `Đánh giá tính đến ${day}.` : `Assessed as of ${day}.`);
  return parts.join(' ');
}
