import { nothing, type TemplateResult } from 'lit';
import { html, svg } from '../../shared/templates.js';
import type { Lang } from '@hn-cds/core';
import { say } from '../../shared/messages.js';
import { BAR_LABEL_GAP, barMark } from '../geometry.js';
import type { ProgressView } from '../model.js';
import { placedMarkers } from './markers.js';
import { bounds, labelPart, metaPart, verdictsPart } from './parts.js';

/**
 * The bar look of a scale: name and value over a track, a marker for each target with its year
 * printed once, where it should be today, then the verdicts and the citation.
 *
 * One SVG draws it all (track, fill, markers, years), so a gauge lays out one replaced box: the
 * fill and the markers are placed by SVG geometry attributes (`width="45%"`, `x1="90%"`), which a
 * server render writes into the markup and a strict CSP allows, and the track's thickness comes
 * from the stylesheet: the bar is drawn before any script runs, and nothing is set through the
 * CSSOM.
 */
export function barLook(view: ProgressView, lang: Lang): TemplateResult {
  const [min, max, now] = bounds(view);
  const placed = placedMarkers(view.targets, BAR_LABEL_GAP).map((m) => ({ ...m, mark: barMark(m.fraction) }));
  const expectedAt = view.expected ? `${barMark(view.expected.fraction).offset}%` : '';
  return html`<div class="bar"><div class="head">${labelPart(view)}<span part="value" class="value" .textContent=${view.value}></span></div><div part="meter" class="meter" role="meter" aria-labelledby="label" aria-valuemin=${min} aria-valuemax=${max} aria-valuenow=${now} aria-valuetext=${view.sentence}><svg class="drawing" aria-hidden="true"><rect part="track" class="track" width="100%"></rect><rect part="indicator" class="indicator" width=${`${barMark(view.fraction).offset}%`}></rect>${placed.map(
    ({ mark, years, qualitative }) => svg`<line part="target" class="target" data-year=${years} ?data-qualitative=${qualitative} x1=${`${mark.offset}%`} x2=${`${mark.offset}%`} y1="0" y2="100%"></line>`,
  )}${view.expected ? svg`<line part="expected" class="expected" x1=${expectedAt} x2=${expectedAt} y1="0" y2="100%"><title .textContent=${`${say(lang, 'expected')}: ${view.expected.text}`}></title></line>` : nothing}<g class="years">${placed
    .filter((m) => m.label)
    .map(
      ({ mark, label, row }) =>
        svg`<text part="target-label" class="target-label" data-anchor=${mark.anchor} data-row=${row} x=${`${mark.offset}%`} y=${row === 1 ? '0' : '1.1em'} text-anchor=${mark.anchor} .textContent=${label}></text>`,
    )}</g></svg></div>${verdictsPart(view.targets)}${metaPart(view, lang)}</div>`;
}
