import { nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Lang } from '@hn-cds/core';
import type { HistoryView } from './history-data.js';

/** Draws the history part; `history.ts` registers it when it is evaluated. */
export type HistoryRenderer = (history: HistoryView, lang: Lang) => TemplateResult | typeof nothing;

let renderer: HistoryRenderer | undefined;
let loading: Promise<unknown> | undefined;

/** Called by `history.ts` as it is evaluated: from then on every gauge draws its history. */
export function registerHistory(draw: HistoryRenderer): void {
  renderer = draw;
}

/**
 * The history part of a gauge whose figures have two dates or more. The npm entries and the CDN
 * bundle with the dataset import `history.ts` with the element, so it is drawn with the first
 * render; the light CDN entry, whose gauges built from attributes never have a history, loads it
 * the first time a payload or a registered taxonomy brings one, and draws the gauge again then.
 * A failed load is tried again on the next render; the gauge meanwhile shows everything else.
 */
export function historyPart(history: HistoryView | undefined, lang: Lang, host: ReactiveElement): TemplateResult | typeof nothing {
  if (history === undefined) return nothing;
  if (renderer) return renderer(history, lang);
  loading ??= import('./history.js').catch(() => {
    loading = undefined;
  });
  void loading.then(() => {
    if (renderer) host.requestUpdate();
  });
  return nothing;
}
