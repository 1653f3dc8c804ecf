import { labelRows, yearLabels } from '../geometry.js';
import type { TargetView } from '../model.js';

/** One marker on a scale: where it sits, the years it stands for and the label it prints. */
export interface PlacedMarker {
  fraction: number;
  /** Every target year at this place, joined with "/" (`data-year`). */
  years: string;
  /** The years this marker prints: those no marker before it printed (may be empty). */
  label: string;
  qualitative: boolean;
  row: 1 | 2;
}

/**
 * The markers of a scale in scale order: targets at the same place share one marker, each year is
 * printed once, and a label close to the one before it drops to the second row.
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
  const sorted = [...byPlace.values()].sort((a, b) => a.fraction - b.fraction);
  const labels = yearLabels(sorted);
  // Only printed labels take a row, so an unlabelled tick never pushes a label down.
  const printed = sorted.filter((_, i) => labels[i] !== '');
  const rows = labelRows(printed.map((m) => m.fraction), gap);
  const rowOf = new Map(printed.map((m, i) => [m, rows[i]!]));
  return sorted.map((m, i) => ({ fraction: m.fraction, years: m.years.join('/'), label: labels[i]!, qualitative: m.qualitative, row: rowOf.get(m) ?? 1 }));
}
