import type { IsoDate } from '../schema/common.js';
import type { Indicator } from '../schema/indicator.js';
import type { Taxonomy } from '../schema/payload.js';
import type { Source } from '../schema/source.js';
import type { CalculationComponents, Disagreement, TargetVerdict, UsedObservation, VerdictStatus } from '../status/verdict.js';
import { ON_TRACK_RATIO, AT_RISK_RATIO, MIN_PROJECTION_YEARS } from '../status/thresholds.js';
import { sourceById } from '../taxonomy/observations.js';
import { formatCitation, formatDocumentName } from './format-citation.js';
import { formatDate } from './format-date.js';
import { formatNumber, type Lang } from './format-number.js';
import { formatTarget } from './format-target.js';
import { formatObservation, formatValue, unitText } from './format-value.js';
import { formatReason, formatReportedStatus, formatVerdict, formatVerdictSummary } from './format-verdict.js';

/**
 * What one point of an explanation is about, in the order the points come: the figure used, the
 * documents that set the target, the deadline, whether the verdict is final, the pace, the expected
 * position, why it cannot be assessed, what the last figure showed before a passed deadline,
 * the disagreements between sources, the reported status, and the day of the assessment.
 */
export const EXPLANATION_TOPICS = [
  'figure',
  'target',
  'deadline',
  'finality',
  'pace',
  'expected',
  'reason',
  'provisional',
  'disagreement',
  'reported',
  'as_of',
] as const;
/** What one point of an explanation is about. */
export type ExplanationTopic = (typeof EXPLANATION_TOPICS)[number];

/** One sentence of an explanation and what it is about. */
export interface ExplanationPoint {
  /** What the sentence is about. */
  topic: ExplanationTopic;
  /** The sentence, plain text. */
  text: string;
}

/** A verdict in plain words: a heading and the sentences that explain it. */
export interface VerdictExplanation {
  /** The target and its verdict: "Mục tiêu 2025 ≥ 90%: vượt mức sớm (số liệu 24/10/2024)". */
  heading: string;
  /** The verdict explained. */
  status: VerdictStatus;
  /** The sentences, in the order of {@link EXPLANATION_TOPICS}; only those the data supports. */
  points: ExplanationPoint[];
}

/** Options of {@link explainVerdict}. */
export interface ExplainOptions {
  /** Language of the text; `'vi'` by default. */
  lang?: Lang;
}

/** How many disagreements are written out one by one; the rest are counted. */
const LISTED_DISAGREEMENTS = 3;

const MS_PER_DAY = 86_400_000;

function join(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'vi' ? ' và ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

function sourceName(taxonomy: Pick<Taxonomy, 'sources'>, id: string, lang: Lang, cite: (source: Source, options: { lang: Lang }) => string): string {
  const source = sourceById(taxonomy, id);
  return source === undefined ? id : cite(source, { lang });
}

/** "91,4% (24/10/2024, Báo Hànộimới, 05/02/2024)": a figure, the day it holds at and its report. */
function figureText(taxonomy: Pick<Taxonomy, 'sources'>, used: UsedObservation, indicator: Indicator, lang: Lang): string {
  const { observation } = used;
  let text = formatObservation(observation, indicator, { lang });
  // A count out of a total is compared as a share: say the share too.
  if (observation.kind === 'value' && observation.outOf !== undefined && used.value !== undefined && indicator.unit === 'percent') {
    text += ` (${formatValue(used.value, 'percent', { lang })})`;
  }
  const own = observation.date;
  let when: string;
  if (typeof own === 'object' || own !== 'undated') when = formatDate(own, { lang });
  else if (used.date !== undefined) when = lang === 'vi' ? `không ghi ngày, nguồn đăng ${formatDate(used.date, { lang })}` : `undated, published ${formatDate(used.date, { lang })}`;
  else when = formatDate('undated', { lang });
  const report = sourceById(taxonomy, used.source);
  // A report of the figure's own day is named without repeating the date.
  const sameDay = report?.kind === 'report' && (report.date === used.date || (report.date === 'undated' && used.date === undefined));
  const cited = report === undefined ? used.source : sameDay ? formatDocumentName(report, { lang }) : formatCitation(report, { lang });
  return `${text} (${when}; ${lang === 'vi' ? 'nguồn' : 'source'}: ${cited})`;
}

function figurePoint(taxonomy: Pick<Taxonomy, 'sources'>, verdict: TargetVerdict, lang: Lang): string | undefined {
  const { basis, indicator, observations } = verdict;
  if (basis !== undefined && basis.observations.length > 0) {
    const figures = basis.observations.map((used) => figureText(taxonomy, used, indicator, lang));
    if (figures.length === 1) return lang === 'vi' ? `Số liệu được dùng: ${figures[0]}.` : `Figure used: ${figures[0]}.`;
    const together = basis.conflicting
      ? lang === 'vi'
        ? 'chúng mâu thuẫn nhau nên được đọc như khoảng bao cả hai'
        : 'they contradict each other, so they are read as the range covering both'
      : lang === 'vi'
        ? 'được đọc cùng nhau'
        : 'read together';
    return lang === 'vi'
      ? `Số liệu được dùng: ${figures.length} số liệu cùng ngày, ${together}: ${join(figures, lang)}.`
      : `Figures used: ${figures.length} figures of the same day, ${together}: ${join(figures, lang)}.`;
  }
  // No figure to compare: a state a source reports still says something.
  const state = [...observations].reverse().find((used) => used.observation.kind === 'state');
  if (state !== undefined) {
    const said = formatObservation(state.observation, indicator, { lang });
    const cited = sourceName(taxonomy, state.source, lang, formatCitation);
    return lang === 'vi'
      ? `Nguồn chỉ nêu tình trạng, không có con số: “${said}” (${cited}).`
      : `The source gives a state, not a figure: “${said}” (${cited}).`;
  }
  if (verdict.status === 'not_assessable' && (verdict.reason === 'qualitative' || verdict.reason === 'value_not_given' || verdict.reason === 'no_direction')) {
    return undefined;
  }
  const day = formatDate(verdict.asOf, { lang });
  return lang === 'vi' ? `Chưa có số liệu nào tính đến ${day}.` : `No figure as of ${day}.`;
}

function targetPoint(taxonomy: Pick<Taxonomy, 'sources'>, verdict: TargetVerdict, lang: Lang): string {
  const { target, indicator, documents, components } = verdict;
  const names = join(
    documents.map((id) => sourceName(taxonomy, id, lang, formatDocumentName)),
    lang,
  );
  // The heading says what the target asks; this says who asks it.
  let text = lang === 'vi' ? `Văn bản đặt mục tiêu: ${names}` : `Set by ${names}`;
  if (target.via !== undefined && target.via.length > 0) {
    const via = join(
      target.via.map((id) => sourceName(taxonomy, id, lang, formatCitation)),
      lang,
    );
    text += lang === 'vi' ? ` (biết qua ${via})` : ` (as reported by ${via})`;
  }
  if (components.tolerance !== undefined && target.comparator === 'about') {
    const low = unitText(target.value - components.tolerance, indicator.unit, lang);
    const high = unitText(target.value + components.tolerance, indicator.unit, lang);
    text += lang === 'vi' ? `; “khoảng” được hiểu là từ ${low} đến ${high}` : `; “about” is read as ${low} to ${high}`;
  }
  return `${text}.`;
}

function deadlinePoint(verdict: TargetVerdict, lang: Lang): string | undefined {
  const deadline = verdict.components.deadline;
  if (deadline === undefined) return undefined;
  const day = formatDate(deadline, { lang });
  const asOf = formatDate(verdict.asOf, { lang });
  if (verdict.asOf > deadline) return lang === 'vi' ? `Hạn: ${day}, đã qua tính đến ${asOf}.` : `Deadline: ${day}, passed as of ${asOf}.`;
  const days = Math.round((Date.parse(deadline) - Date.parse(verdict.asOf)) / MS_PER_DAY);
  return lang === 'vi'
    ? `Hạn: ${day}, còn ${formatNumber(days, { lang })} ngày tính từ ${asOf}.`
    : `Deadline: ${day}, ${formatNumber(days, { lang })} ${days === 1 ? 'day' : 'days'} away as of ${asOf}.`;
}

function finalityPoint(verdict: TargetVerdict, lang: Lang): string | undefined {
  const { basis, target, status } = verdict;
  if (basis === undefined || status === 'not_assessable' || status === 'awaiting_final') return undefined;
  const year = String(target.year);
  if (verdict.final) {
    return lang === 'vi'
      ? `Số liệu thuộc năm ${year} trở về sau, nên kết luận này là cuối cùng.`
      : `The figure is from ${year} or later, so this verdict is final.`;
  }
  if (status === 'exceeded' || status === 'achieved') {
    return lang === 'vi'
      ? `Số liệu có trước năm ${year}, nên đây là kết quả sớm, chưa phải cuối cùng: số liệu của năm ${year} mới quyết định.`
      : `The figure is from before ${year}, so this is an early result, not a final one: a figure of ${year} decides.`;
  }
  return lang === 'vi'
    ? `Chưa đạt mục tiêu và chưa đến hạn: kết luận là dự báo từ tốc độ của số liệu.`
    : `Not met and not yet due: the verdict projects the pace of the figures.`;
}

/** A yearly rate: compound growth as a percent, linear change in the indicator's unit. */
function rateText(rate: number, indicator: Indicator, growth: CalculationComponents['growth'], lang: Lang): string {
  const sign = rate > 0 ? '+' : '';
  if (growth === 'compound') {
    const percent = formatNumber(rate * 100, { lang, maximumFractionDigits: 1 });
    return lang === 'vi' ? `${sign}${percent}%/năm` : `${sign}${percent}% a year`;
  }
  if (growth === 'average') return unitText(rate, 'percent_per_year', lang);
  if (indicator.unit === 'percent') {
    const points = formatNumber(rate, { lang, maximumFractionDigits: 2 });
    return lang === 'vi' ? `${sign}${points} điểm phần trăm/năm` : `${sign}${points} percentage points a year`;
  }
  const value = unitText(rate, indicator.unit, lang);
  return lang === 'vi' ? `${sign}${value} mỗi năm` : `${sign}${value} a year`;
}

function pacePoint(verdict: TargetVerdict, lang: Lang): string | undefined {
  const { components, indicator } = verdict;
  const { observedRate, requiredRate, ratio, growth, baseline, latest } = components;
  if (observedRate === undefined) return undefined;
  if (growth === 'average') {
    const mean = rateText(observedRate, indicator, growth, lang);
    return lang === 'vi' ? `Trung bình các số liệu có ngày: ${mean}, so với mục tiêu.` : `Average of the dated figures: ${mean}, compared with the target.`;
  }
  const from = baseline?.date === undefined ? '' : formatDate(baseline.date, { lang });
  const to = latest?.date === undefined ? '' : formatDate(latest.date, { lang });
  const how = growth === 'compound' ? (lang === 'vi' ? 'tăng trưởng kép' : 'compound growth') : lang === 'vi' ? 'thay đổi tuyến tính' : 'linear change';
  let text =
    lang === 'vi'
      ? `Tốc độ thực tế: ${rateText(observedRate, indicator, growth, lang)} (${how}, từ số liệu ${from} đến ${to})`
      : `Pace observed: ${rateText(observedRate, indicator, growth, lang)} (${how}, from the ${from} figure to the ${to} figure)`;
  if (requiredRate === undefined) {
    text += lang === 'vi' ? '; đã hết thời gian trước hạn để bù lại.' : '; no time is left before the deadline to make up for it.';
    return text;
  }
  text +=
    lang === 'vi'
      ? `; tốc độ cần để đạt mục tiêu đúng hạn: ${rateText(requiredRate, indicator, growth, lang)}`
      : `; pace needed to meet the target in time: ${rateText(requiredRate, indicator, growth, lang)}`;
  if (ratio !== undefined) {
    const r = formatNumber(ratio, { lang, maximumFractionDigits: 2 });
    const onTrack = formatNumber(ON_TRACK_RATIO, { lang });
    const atRisk = formatNumber(AT_RISK_RATIO, { lang });
    text +=
      lang === 'vi'
        ? `. Tỉ số giữa hai tốc độ là ${r} (từ ${onTrack} trở lên: đúng tiến độ; từ ${atRisk}: có nguy cơ chậm; dưới đó: chậm tiến độ)`
        : `. The ratio of the two is ${r} (${onTrack} or more: on track; ${atRisk} or more: at risk; below: off track)`;
  }
  return `${text}.`;
}

function expectedPoint(verdict: TargetVerdict, lang: Lang): string | undefined {
  const { components, indicator } = verdict;
  const { expected, aim, baseline } = components;
  if (expected === undefined) return undefined;
  const atAim = aim !== undefined && Math.abs(expected - aim) < 1e-9;
  // On or before the first figure's day the line has not started: it would only repeat that figure.
  if (!atAim && baseline?.date !== undefined && verdict.asOf <= baseline.date) return undefined;
  const day = formatDate(verdict.asOf, { lang });
  const where = formatValue(expected, indicator.unit, { lang });
  let text: string;
  if (atAim) {
    text = lang === 'vi' ? `Mức cần có tính đến ${day}: chính mục tiêu, ${where}` : `Where it should be as of ${day}: the target itself, ${where}`;
  } else {
    const from = baseline?.date === undefined ? '' : formatDate(baseline.date, { lang });
    text =
      lang === 'vi'
        ? `Mức cần có tính đến ${day}, trên đường thẳng từ số liệu ${from} đến mục tiêu vào hạn: ${where}`
        : `Where it should be as of ${day}, on a straight line from the ${from} figure to the target at the deadline: ${where}`;
  }
  const latest = components.latest?.value;
  if (latest !== undefined && verdict.basis?.observations.length === 1 && verdict.basis.observations[0]?.observation.kind === 'value') {
    const qualifier = verdict.basis.observations[0].observation.qualifier;
    if (qualifier === 'exact') {
      const diff = latest - expected;
      const same = Math.abs(diff) < 1e-9 * Math.max(1, Math.abs(expected));
      const higher = lang === 'vi' ? 'cao hơn' : 'above';
      const lower = lang === 'vi' ? 'thấp hơn' : 'below';
      const equal = lang === 'vi' ? 'bằng' : 'at';
      const shown = formatValue(latest, indicator.unit, { lang });
      text += lang === 'vi' ? `; số liệu ${shown} ${same ? equal : diff > 0 ? higher : lower} mức này` : `; the figure, ${shown}, is ${same ? equal : diff > 0 ? higher : lower} it`;
    }
  }
  return `${text}.`;
}

function reasonPoint(verdict: TargetVerdict, lang: Lang): string | undefined {
  if (verdict.status !== 'not_assessable') return undefined;
  // "No figure yet" is what the figure point already says, unless a source gave a state.
  if (verdict.reason === 'no_observation' && !verdict.observations.some((used) => used.observation.kind === 'state')) return undefined;
  const reason = formatReason(verdict.reason, { lang });
  if (verdict.reason === 'cannot_project') {
    const years = formatNumber(MIN_PROJECTION_YEARS, { lang });
    return lang === 'vi'
      ? `Chưa đạt mục tiêu, và chưa tính được tốc độ: cần ít nhất hai số liệu có ngày, cách nhau từ ${years} năm.`
      : `Not met, and no pace can be computed: that needs two dated figures at least ${years} year apart.`;
  }
  return lang === 'vi' ? `Không đánh giá được: ${reason}.` : `Cannot be assessed: ${reason}.`;
}

function provisionalPoint(verdict: TargetVerdict, lang: Lang): string | undefined {
  if (verdict.status !== 'awaiting_final') return undefined;
  const { provisional, target } = verdict;
  const year = String(target.year);
  const on = provisional.on === 'undated' ? formatDate('undated', { lang }) : formatDate(provisional.on, { lang });
  let shown: string;
  if (provisional.status === 'not_assessable') {
    const why = provisional.reason === undefined ? '' : ` (${formatReason(provisional.reason, { lang })})`;
    shown = lang === 'vi' ? `chưa đạt mục tiêu${why}` : `short of the target${why}`;
  } else if (provisional.status === 'exceeded' || provisional.status === 'achieved') {
    shown = formatVerdict(provisional.status, { lang });
  } else {
    shown = lang === 'vi' ? `chưa đạt, ${formatVerdict(provisional.status, { lang })}` : `short of it, ${formatVerdict(provisional.status, { lang })}`;
  }
  return lang === 'vi'
    ? `Hạn đã qua nhưng chưa có số liệu nào của năm ${year} trở về sau để kết luận đạt hay không đạt. Số liệu cuối cùng trước đó (${on}) cho thấy: ${shown}.`
    : `The deadline has passed, but no figure of ${year} or later decides whether it was met. The last figure before it (${on}) showed: ${shown}.`;
}

function disagreementText(taxonomy: Pick<Taxonomy, 'sources'>, d: Disagreement, indicator: Indicator, lang: Lang): string {
  const [first, second] = d.observations.map((used) => figureText(taxonomy, used, indicator, lang));
  if (d.kind === 'went_backwards') {
    return lang === 'vi' ? `số liệu đi xuống: ${first} rồi ${second}` : `the figure went down: ${first}, then ${second}`;
  }
  return lang === 'vi' ? `hai nguồn không thể cùng đúng: ${first} và ${second}` : `two sources cannot both be right: ${first} and ${second}`;
}

function disagreementPoints(taxonomy: Pick<Taxonomy, 'sources'>, verdict: TargetVerdict, lang: Lang): string[] {
  const { disagreements, indicator } = verdict;
  if (disagreements.length === 0) return [];
  const listed = disagreements.slice(0, LISTED_DISAGREEMENTS).map((d) => {
    const text = disagreementText(taxonomy, d, indicator, lang);
    const keep = lang === 'vi' ? 'Cả hai đều được giữ.' : 'Both are kept.';
    return `${lang === 'vi' ? 'Chênh lệch giữa các nguồn' : 'Sources disagree'}: ${text}. ${keep}`;
  });
  const more = disagreements.length - listed.length;
  if (more > 0) {
    listed.push(
      lang === 'vi' ? `Còn ${formatNumber(more, { lang })} chỗ chênh lệch khác.` : `${formatNumber(more, { lang })} more ${more === 1 ? 'disagreement' : 'disagreements'}.`,
    );
  }
  return listed;
}

function reportedPoint(taxonomy: Pick<Taxonomy, 'sources'>, verdict: TargetVerdict, lang: Lang): string | undefined {
  const { reported } = verdict;
  if (reported === undefined) return undefined;
  const said = formatReportedStatus(reported.status, { lang });
  const cited = sourceName(taxonomy, reported.source, lang, formatCitation);
  const against =
    verdict.status === 'awaiting_final'
      ? lang === 'vi'
        ? 'điều số liệu cuối cùng cho thấy'
        : 'what the last figure showed'
      : lang === 'vi'
        ? 'kết luận tính từ số liệu'
        : 'the verdict computed from the figures';
  let agreement: string;
  if (reported.agrees === true) agreement = lang === 'vi' ? `khớp với ${against}` : `agrees with ${against}`;
  else if (reported.agrees === false) agreement = lang === 'vi' ? `khác với ${against}` : `differs from ${against}`;
  else agreement = lang === 'vi' ? 'không so sánh được với kết luận, vì số liệu chưa đủ để đánh giá' : 'cannot be compared with a verdict the figures cannot give';
  return lang === 'vi' ? `Nguồn báo cáo (${cited}): ${said}; ${agreement}.` : `A source reports (${cited}): ${said}; this ${agreement}.`;
}

function asOfPoint(asOf: IsoDate, lang: Lang): string {
  const day = formatDate(asOf, { lang });
  return lang === 'vi' ? `Đánh giá tính đến ${day}; số liệu sau ngày này không được dùng.` : `Assessed as of ${day}; later figures are not used.`;
}

/**
 * Explains one target's verdict in plain sentences, in Vietnamese (default) or English, from the
 * numbers it was computed from (its calculation components): the figure used with its date and
 * source, the target and the documents that set it, the deadline, whether the verdict is final,
 * the pace observed against the pace needed, where the indicator should be as of the verdict's
 * day, why it cannot be assessed, what the last figure showed before a passed deadline, the
 * disagreements between sources, the status a source reports and whether it agrees, and the day
 * of the assessment. Each sentence appears only when the data or the computation gives it;
 * every number and date goes through core's formatters. Never throws on a verdict from
 * {@link assessTarget}.
 *
 * @example
 * ```ts
 * const verdict = assessTarget(hanoi, fibre, fibre.targets[0], { asOf: '2024-12-31' });
 * const why = explainVerdict(hanoi, verdict);
 * why.heading;
 * // 'Mục tiêu ≥ 90% vào năm 2025: vượt mức sớm (số liệu 24/10/2024)'
 * why.points.map((p) => p.topic);
 * // ['figure', 'target', 'deadline', 'finality', 'expected', 'disagreement', 'reported', 'as_of']
 * why.points[0].text;
 * // 'Số liệu được dùng: 91,4% (24/10/2024; nguồn: …).'
 * explainVerdict(hanoi, verdict, { lang: 'en' }).points[5].text;
 * // 'Sources disagree: the figure went down: 93.15% (5 Feb 2024; …), then 91.4% (24 Oct 2024; …). Both are kept.'
 * ```
 */
export function explainVerdict(taxonomy: Pick<Taxonomy, 'sources'>, verdict: TargetVerdict, options: ExplainOptions = {}): VerdictExplanation {
  const { lang = 'vi' } = options;
  const points: ExplanationPoint[] = [];
  const add = (topic: ExplanationTopic, text: string | undefined) => {
    if (text !== undefined) points.push({ topic, text });
  };
  add('figure', figurePoint(taxonomy, verdict, lang));
  add('target', targetPoint(taxonomy, verdict, lang));
  add('deadline', deadlinePoint(verdict, lang));
  add('finality', finalityPoint(verdict, lang));
  add('pace', pacePoint(verdict, lang));
  add('expected', expectedPoint(verdict, lang));
  add('reason', reasonPoint(verdict, lang));
  add('provisional', provisionalPoint(verdict, lang));
  for (const text of disagreementPoints(taxonomy, verdict, lang)) add('disagreement', text);
  add('reported', reportedPoint(taxonomy, verdict, lang));
  add('as_of', asOfPoint(verdict.asOf, lang));
  const target = formatTarget(verdict.target, verdict.indicator, { lang });
  const heading = `${lang === 'vi' ? 'Mục tiêu' : 'Target'} ${target}: ${formatVerdictSummary(verdict, { lang })}`;
  return { heading, status: verdict.status, points };
}
