import {
  assessIndicator,
  describeIndicator,
  formatCitation,
  formatDate,
  formatObservation,
  formatPublisher,
  formatTarget,
  formatValue,
  formatVerdictSummary,
  getSource,
  latestObservation,
  observationsOf,
  type Indicator,
  type Lang,
  type Target,
  type Taxonomy,
  type TargetVerdict,
  type UnitKind,
  type VerdictStatus,
} from '@hn-cds/core';
import { fractionOf, scaleFor, type Scale } from './geometry.js';
import { historyOf, type HistoryView } from './parts/history-data.js';

/** One target as the gauge shows it: a marker, a year, and a verdict in words. */
export interface TargetView {
  year: number;
  status: VerdictStatus;
  verdict: string;
  target: string;
  /** Where the marker sits, 0 to 1; qualitative targets sit at the full end. */
  fraction: number;
  qualitative: boolean;
  /** False for a target whose value the sources do not give: it has no place on the scale. */
  marked: boolean;
  /** N of a "top N" target on a rank, which the rank strip draws as a zone. */
  top?: number;
}

/**
 * What kind of figure an indicator has, which chooses how the gauge draws it:
 * - `scale`: a figure and a target that sets a number, or a share from 0 to 100%: a bar, ring or
 *   gauge (`look` chooses);
 * - `rank`: a position among provinces (lower is better): where it stands on a rank strip;
 * - `figure`: any other figure with no target that sets a number (a count, a context figure, a
 *   share past 100%): the figure and its citation, no bar;
 * - `state`: a milestone or a report of state with no figure: the targets and their verdicts;
 * - `empty`: no figure and no report yet: says so, with the targets.
 *
 * @example
 * ```ts
 * VIEW_KINDS; // ['scale', 'rank', 'figure', 'state', 'empty']
 * ```
 */
export const VIEW_KINDS = ['scale', 'rank', 'figure', 'state', 'empty'] as const;
/** One kind of figure, see {@link VIEW_KINDS}. */
export type ViewKind = (typeof VIEW_KINDS)[number];

/** Everything `<cds-progress>` renders, computed by core from one indicator as of one day. */
export interface ProgressView {
  /** How the figure is drawn; `look` only applies to `scale`. */
  kind: ViewKind;
  label: string;
  value: string;
  /** The figure on the gauge's scale, when there is one. */
  figure: number | undefined;
  fraction: number;
  scale: Scale;
  date: string | undefined;
  /** True when the figure shown has no date any source gives. */
  undated: boolean;
  source: { text: string; url: string | undefined } | undefined;
  sentence: string;
  targets: TargetView[];
  expected: { fraction: number; value: number; text: string } | undefined;
  /** The dated figures up to as-of, for the history sparkline; absent with fewer than two dates. */
  history: HistoryView | undefined;
  /** What the "Why?" disclosure explains: the verdicts shown and the sources they cite. */
  explanation: ExplanationView;
}

/** The verdicts an explanation is built from, with the sources they cite and the indicator's name. */
export interface ExplanationView {
  taxonomy: Pick<Taxonomy, 'sources'>;
  indicator: Indicator;
  label: string;
  verdicts: TargetVerdict[];
}

/** The figure a target puts its marker at, if it has one. */
function targetFigure(target: Target): number | undefined {
  switch (target.comparator) {
    case 'between':
      return target.min;
    case 'milestone':
    case 'not_given':
      return undefined;
    default:
      return target.value;
  }
}

/** Whether a target sets a number a figure can be placed against. */
function setsNumber(target: Target): boolean {
  return targetFigure(target) !== undefined;
}

/**
 * The kind of an indicator's view (see {@link VIEW_KINDS}) from its unit, its targets and whether
 * it has a figure or a report of state as of the day shown.
 */
export function viewKind(indicator: Pick<Indicator, 'unit'>, targets: readonly Target[], latest: { figure: number | undefined; reported: boolean }): ViewKind {
  if (latest.figure !== undefined) {
    if (indicator.unit === 'rank') return 'rank';
    if (targets.some(setsNumber)) return 'scale';
    // A share up to 100% has a scale of its own; a count, a rate or a share past 100% has none.
    return indicator.unit === 'percent' && latest.figure >= 0 && latest.figure <= 100 ? 'scale' : 'figure';
  }
  if (latest.reported || indicator.unit === 'milestone') return 'state';
  return 'empty';
}

/** Targets of the headline series (no breakdown), or every target when all have one. */
function shownTargets(verdicts: TargetVerdict[]): TargetVerdict[] {
  const headline = verdicts.filter((v) => v.target.breakdown === undefined);
  return headline.length > 0 ? headline : verdicts;
}

/** Builds what the gauge shows for one indicator as of a day, in one language. */
export function progressView(taxonomy: Taxonomy, indicator: Indicator, asOf: string, lang: Lang, noData: string): ProgressView {
  const all = assessIndicator(taxonomy, indicator, { asOf });
  // A headline target's verdict has read the headline series already.
  const headline = all.find((verdict) => verdict.target.breakdown === undefined);
  const latest = headline ? headline.observations.at(-1) : latestObservation(taxonomy, indicator, { asOf });
  const verdicts = shownTargets(all);
  const figure = latest?.value;
  const targetFigures = verdicts.map((v) => targetFigure(v.target));
  const lowerIsBetter = indicator.direction === 'lower_is_better';
  const scale = scaleFor([figure ?? Number.NaN, ...targetFigures.map((f) => f ?? Number.NaN)], {
    percent: indicator.unit === 'percent',
    lowerIsBetter,
  });
  const upcoming = verdicts.find((v) => v.components.expected !== undefined && v.target.year >= Number(asOf.slice(0, 4)));
  const expected = upcoming?.components.expected;
  const cited = latest === undefined ? undefined : getSource(taxonomy, latest.source);
  return {
    kind: viewKind(indicator, verdicts.map((v) => v.target), { figure, reported: latest !== undefined }),
    label: (indicator.shortLabel ?? indicator.label)[lang],
    value: latest === undefined ? noData : formatObservation(latest.observation, indicator, { lang }),
    figure,
    fraction: figure === undefined ? 0 : fractionOf(figure, scale),
    scale,
    date: latest?.date === undefined ? undefined : formatDate(latest.date, { lang }),
    undated: latest !== undefined && latest.date === undefined,
    // An undated report is cited by its publisher alone: the figure's "undated" already says it has no date.
    source: cited === undefined ? undefined : { text: cited.kind === 'report' && cited.date === 'undated' ? formatPublisher(cited, { lang }) : formatCitation(cited, { lang }), url: cited.url },
    sentence: describeIndicator(taxonomy, indicator, { asOf, lang, verdicts: all }),
    targets: verdicts.map((verdict, index) => {
      const at = targetFigures[index];
      return {
        year: verdict.target.year,
        status: verdict.status,
        verdict: formatVerdictSummary(verdict, { lang, figureDate: false }),
        target: formatTarget(verdict.target, indicator, { lang }),
        fraction: at === undefined ? 1 : fractionOf(at, scale),
        qualitative: at === undefined,
        marked: verdict.target.comparator !== 'not_given',
        ...(verdict.target.comparator === 'rank_at_most' ? { top: verdict.target.value } : {}),
      };
    }),
    expected: expected === undefined ? undefined : { value: expected, fraction: fractionOf(expected, scale), text: formatValue(expected, indicator.unit, { lang }) },
    history: historyOf(taxonomy, indicator, headline ? headline.observations : observationsOf(taxonomy, indicator, { asOf }), lang),
    explanation: { taxonomy, indicator, label: (indicator.shortLabel ?? indicator.label)[lang], verdicts },
  };
}

/** The figures an editor can write as attributes, already checked. */
export interface PlainFigures {
  label: string;
  value: number;
  unit: UnitKind;
  /** The day the figure holds at; without it the figure is undated (never today). */
  date?: string;
  target?: { value: number; year: number };
  source?: string;
  sourceUrl?: string;
}

/** The id the one-indicator taxonomy built from attributes gives its indicator. */
export const PLAIN_INDICATOR_ID = 'page.figure';

/**
 * A one-indicator taxonomy built from attributes, so plain figures go through the same core
 * functions as the bundled dataset. The figure holds at `asOf`; the target is reached in the
 * indicator's direction (ranks: lower is better). Without `date` the figure is undated: the page's
 * as-of day is when the verdict is for, not when the figure was measured.
 */
export function plainTaxonomy(figures: PlainFigures, fallbackLabel: string): Taxonomy {
  const rank = figures.unit === 'rank';
  const label = figures.label.trim() || fallbackLabel;
  const text = { vi: label, en: label };
  const publisher = figures.source?.trim() || (typeof location === 'undefined' ? '' : location.hostname) || '—';
  const url = figures.sourceUrl && /^https?:\/\//i.test(figures.sourceUrl) ? figures.sourceUrl : undefined;
  const target: Target[] = figures.target
    ? [
        rank
          ? { year: figures.target.year, source: 'page-target', comparator: 'rank_at_most', value: Math.max(1, Math.round(figures.target.value)) }
          : { year: figures.target.year, source: 'page-target', comparator: 'reach', value: figures.target.value },
      ]
    : [];
  return {
    kind: 'taxonomy',
    schemaVersion: 1,
    programme: { id: 'page', name: text, place: { vi: '—', en: '—' }, pillars: [{ id: 'page', kind: 'pillar', label: text }] },
    sources: [
      { kind: 'decision', id: 'page-target', issuer: { vi: publisher, en: publisher }, title: text },
      { kind: 'report', id: 'page-figure', publisher, date: figures.date ?? 'undated', title: text, ...(url ? { url } : {}) },
    ],
    indicators: [
      {
        id: PLAIN_INDICATOR_ID,
        pillar: 'page',
        label: text,
        unit: figures.unit,
        direction: rank ? 'lower_is_better' : 'higher_is_better',
        targets: target,
        observations: [{ kind: 'value', date: figures.date ?? 'undated', source: 'page-figure', value: figures.value, qualifier: 'exact' }],
      },
    ],
  };
}

export { placedMarkers, type PlacedMarker } from './looks/markers.js';

/**
 * The verdict lines of a view: two documents setting the same target with the same verdict make
 * one line.
 */
export function verdictLines(targets: readonly TargetView[]): TargetView[] {
  return [...new Map(targets.map((t) => [`${t.target}\n${t.status}`, t])).values()];
}
