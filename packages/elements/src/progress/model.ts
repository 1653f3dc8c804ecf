import {
  assessIndicator,
  describeIndicator,
  formatCitation,
  formatDate,
  formatObservation,
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
import { fractionOf, labelRows, scaleFor, type Scale } from './geometry.js';
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
}

/** Everything `<cds-progress>` renders, computed by core from one indicator as of one day. */
export interface ProgressView {
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
    label: (indicator.shortLabel ?? indicator.label)[lang],
    value: latest === undefined ? noData : formatObservation(latest.observation, indicator, { lang }),
    figure,
    fraction: figure === undefined ? 0 : fractionOf(figure, scale),
    scale,
    date: latest?.date === undefined ? undefined : formatDate(latest.date, { lang }),
    undated: latest !== undefined && latest.date === undefined,
    source: cited === undefined ? undefined : { text: formatCitation(cited, { lang }), url: cited.url },
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

/** A marker on the scale: one or more targets at the same place, and the row of its year label. */
export interface PlacedMarker {
  fraction: number;
  /** Every year the marker stands for, joined with "/". */
  years: string;
  qualitative: boolean;
  row: 1 | 2;
}

/**
 * The markers of a view in scale order, targets at the same place sharing one, each with the row
 * of its label (see `labelRows`) so that close labels do not overlap; for every output that draws
 * the gauge (the element, the server render, the static images).
 */
export function placedMarkers(targets: readonly TargetView[], gap: number): PlacedMarker[] {
  const byPlace = new Map<number, { fraction: number; years: string[]; qualitative: boolean }>();
  for (const t of targets.filter((target) => target.marked)) {
    const key = Math.round(t.fraction * 1000);
    const entry = byPlace.get(key) ?? { fraction: t.fraction, years: [], qualitative: true };
    if (!entry.years.includes(String(t.year))) entry.years.push(String(t.year));
    entry.qualitative &&= t.qualitative;
    byPlace.set(key, entry);
  }
  const sorted = [...byPlace.values()].map((m) => ({ ...m, years: m.years.join('/') })).sort((a, b) => a.fraction - b.fraction);
  const rows = labelRows(sorted.map((m) => m.fraction), gap);
  return sorted.map((m, i) => ({ ...m, row: rows[i]! }));
}

/**
 * The verdict lines of a view: two documents setting the same target with the same verdict make
 * one line.
 */
export function verdictLines(targets: readonly TargetView[]): TargetView[] {
  return [...new Map(targets.map((t) => [`${t.target}\n${t.status}`, t])).values()];
}
