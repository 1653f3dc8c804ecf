import { nothing, type TemplateResult } from 'lit';
import { html, svg } from '../../shared/templates.js';
import type { Lang } from '@hn-cds/core';
import { arcFrame, arcMark, arcPath, BAR_LABEL_GAP, RING_LABEL_GAP, valueFitsInside, type ArcMark, type Look } from '../geometry.js';
import type { ProgressView } from '../model.js';
import { placedMarkers } from './markers.js';
import { bounds, labelPart, metaPart, verdictsPart } from './parts.js';

/** Each round look's frame and full track, the same for every gauge: computed once. */
const FRAMES = { ring: arcFrame('ring'), gauge: arcFrame('gauge') };
const TRACKS = { ring: arcPath(FRAMES.ring, 0, 1), gauge: arcPath(FRAMES.gauge, 0, 1) };

/** A ring is twice as long as a gauge for the same fractions: its labels may sit closer. */

/** Longest value, in characters, printed inside at full size; longer ones that still fit inside are smaller. */
const ROOMY_VALUE = 5;

/** A tick across the arc where the indicator should be today. */
function expectedTick(m: ArcMark) {
  return svg`<line part="expected" class="expected" x1=${m.x1} y1=${m.y1} x2=${m.x2} y2=${m.y2}></line>`;
}

/**
 * The ring and gauge looks of a scale. A short value sits inside the hole of the arc (a smaller
 * size from six characters, `data-long`); a long one ("more than 80%") goes under it
 * (`data-under`), so no value spills out. The ring puts its text beside
 * the graphic, and under it in a narrow column.
 */
export function roundLook(view: ProgressView, look: Exclude<Look, 'bar'>, lang: Lang): TemplateResult {
  const frame = FRAMES[look];
  const [min, max, now] = bounds(view);
  const inside = valueFitsInside(look, view.value);
  const value = html`<span part="value" class="value" ?data-under=${!inside} ?data-long=${inside && [...view.value].length > ROOMY_VALUE} .textContent=${view.value}></span>`;
  const round = html`<div part="meter" class="round meter" role="meter" aria-labelledby="label" aria-valuemin=${min} aria-valuemax=${max} aria-valuenow=${now} aria-valuetext=${view.sentence}><div class="graphic"><svg viewBox=${frame.viewBox} aria-hidden="true"><path part="track" class="track" d=${TRACKS[look]}></path><path part="indicator" class="indicator" d=${arcPath(frame, 0, view.fraction)}></path>${placedMarkers(view.targets, look === 'ring' ? RING_LABEL_GAP : BAR_LABEL_GAP).map(({ fraction, years, label, qualitative, row }) => {
    const m = arcMark(frame, fraction, row);
    return svg`<line part="target" class="target" data-year=${years} ?data-qualitative=${qualitative} x1=${m.x1} y1=${m.y1} x2=${m.x2} y2=${m.y2}></line>${
      label ? svg`<text part="target-label" class="target-label" x=${m.labelX} y=${m.labelY} text-anchor=${m.anchor} .textContent=${label}></text>` : nothing
    }`;
  })}${view.expected ? expectedTick(arcMark(frame, view.expected.fraction)) : nothing}</svg>${inside ? value : nothing}</div>${inside ? nothing : value}</div>`;
  if (look === 'gauge') return html`<div class="gauge">${labelPart(view)}${round}${verdictsPart(view.targets)}${metaPart(view, lang)}</div>`;
  return html`<div class="ring">${round}<div class="text">${labelPart(view)}${verdictsPart(view.targets)}${metaPart(view, lang)}</div></div>`;
}
