import { formatCitation, formatDate, formatObservation, getSource, type Indicator, type Lang, type Taxonomy, type UsedObservation } from '@hn-cds/core';

/** One dated figure of the history, with its text. */
export interface HistoryPoint {
  /** Its day, in milliseconds since 1970 (UTC). */
  time: number;
  /** The figure on the indicator's scale. */
  value: number;
  /** The figure as written: '93,15%', 'trên 80%'. */
  text: string;
  /** The day it holds at, written for the language. */
  date: string;
  /** Its report, cited. */
  source: string;
}

/**
 * Most figures the history draws and lists: the latest ones. A payload may hold thousands of
 * figures for one indicator; a sparkline of a few dozen still shows the trend, and the page keeps
 * a small DOM.
 */
export const HISTORY_LIMIT = 40;

/** The figures of the history sparkline, oldest first. */
export interface HistoryView {
  points: HistoryPoint[];
  /** How many dated figures there are in all, when more than {@link HISTORY_LIMIT}. */
  of?: number;
  /** Ranks: a smaller figure is better, drawn higher. */
  lowerIsBetter: boolean;
}

/**
 * The dated figures of a series as the history shows them (the latest {@link HISTORY_LIMIT});
 * `undefined` with fewer than two days.
 */
export function historyOf(taxonomy: Taxonomy, indicator: Indicator, series: readonly UsedObservation[], lang: Lang): HistoryView | undefined {
  const dated = series.filter((used) => used.observation.kind === 'value' && used.value !== undefined && used.date !== undefined);
  const kept = dated.slice(-HISTORY_LIMIT);
  const points: HistoryPoint[] = kept.map((used) => {
    const { observation, value, date } = used as UsedObservation & { value: number; date: string };
    const cited = getSource(taxonomy, used.source);
    return {
      time: Date.parse(`${date}T00:00:00Z`),
      value,
      text: formatObservation(observation, indicator, { lang }),
      date: formatDate(typeof observation.date === 'object' ? observation.date : date, { lang }),
      source: cited === undefined ? used.source : formatCitation(cited, { lang }),
    };
  });
  if (new Set(points.map((p) => p.time)).size < 2) return undefined;
  return { points, ...(dated.length > kept.length ? { of: dated.length } : {}), lowerIsBetter: indicator.direction === 'lower_is_better' };
}
