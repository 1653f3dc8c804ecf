import { nothing } from 'lit';
import { html, svg } from '../../shared/templates.js';
import { formatNumber, type Lang } from '@hn-cds/core';
import { HISTORY_BOX, historyShape } from './history-geometry.js';
import type { HistoryView } from './history-data.js';
import { registerHistory } from './history-slot.js';

const WORDS = {
  vi: { caption: 'Các số liệu theo thời gian', latest: 'số liệu gần nhất trong', date: 'Ngày', figure: 'Số liệu', source: 'Nguồn' },
  en: { caption: 'Figures over time', latest: 'latest of', date: 'Date', figure: 'Figure', source: 'Source' },
} as const;

const VIEW_BOX = `0 0 ${HISTORY_BOX.width} ${HISTORY_BOX.height}`;

/**
 * The history part: a sparkline of the dated figures (a tooltip on each point), the first and
 * latest figures beside it, and a table of every figure for screen readers. Nothing when the
 * figures have fewer than two dates.
 */
export function renderHistory(history: HistoryView | undefined, lang: Lang) {
  if (history === undefined) return nothing;
  const shape = historyShape(history.points, { lowerIsBetter: history.lowerIsBetter });
  if (shape === undefined) return nothing;
  const words = WORDS[lang];
  const { points } = history;
  const first = points[0]!;
  const last = points.at(-1)!;
  const caption =
    history.of === undefined
      ? words.caption
      : `${words.caption} (${formatNumber(points.length, { lang })} ${words.latest} ${formatNumber(history.of, { lang })})`;
  const tip = (p: (typeof points)[number]) => `${p.text} · ${p.date} · ${p.source}`;
  return html`<div part="history" class="history"><svg viewBox=${VIEW_BOX} aria-hidden="true"><path part="history-line" class="history-line" d=${shape.path}></path>${shape.points.map(
    (p, i) => svg`<circle part="history-point" class="history-point" cx=${p.x} cy=${p.y} r="2.5"><title .textContent=${tip(points[i]!)}></title></circle>`,
  )}</svg><span class="history-ends" aria-hidden="true" .textContent=${`${first.text} → ${last.text}`}></span><table class="visually-hidden"><caption .textContent=${caption}></caption><thead><tr><th scope="col" .textContent=${words.date}></th><th scope="col" .textContent=${words.figure}></th><th scope="col" .textContent=${words.source}></th></tr></thead><tbody>${points.map(
    (p) => html`<tr><td .textContent=${p.date}></td><td .textContent=${p.text}></td><td .textContent=${p.source}></td></tr>`,
  )}</tbody></table></div>`;
}

registerHistory(renderHistory);
