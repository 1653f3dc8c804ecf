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

/** The figures of the history sparkline, oldest first. */
export interface HistoryView {
  points: HistoryPoint[];
  /** Ranks: a smaller figure is better, drawn higher. */
  lowerIsBetter: boolean;
}

/** The dated figures of a series as the history shows them; `undefined` with fewer than two days. */
export function historyOf(taxonomy: Taxonomy, indicator: Indicator, series: readonly UsedObservation[], lang: Lang): HistoryView | undefined {
  const points: HistoryPoint[] = [];
  for (const used of series) {
    const { observation, value, date } = used;
    if (observation.kind !== 'value' || value === undefined || date === undefined) continue;
    const cited = getSource(taxonomy, used.source);
    points.push({
      time: Date.parse(`${date}T00:00:00Z`),
      value,
      text: formatObservation(observation, indicator, { lang }),
      date: formatDate(typeof observation.date === 'object' ? observation.date : date, { lang }),
      source: cited === undefined ? used.source : formatCitation(cited, { lang }),
    });
  }
  if (new Set(points.map((p) => p.time)).size < 2) return undefined;
  return { points, lowerIsBetter: indicator.direction === 'lower_is_better' };
}
