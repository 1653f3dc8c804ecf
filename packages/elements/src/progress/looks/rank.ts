import { nothing, type TemplateResult } from 'lit';
import { html, svg } from '../../shared/templates.js';
import type { Lang } from '@hn-cds/core';
import { rankStrip, type RankStrip } from '../geometry.js';
import type { ProgressView } from '../model.js';
import { labelPart, metaPart, verdictsPart } from './parts.js';
import { word } from './words.js';

/** Height of one zone row under the strip, in em. */
const ZONE_ROW = 1.5;

/** Percent of the strip's width at the start of a position (1-based). */
function at(position: number, strip: RankStrip): number {
  return Math.round(((position - 1) / strip.size) * 10000) / 100;
}

/**
 * A rank (lower is better) as a position: a strip of places 1 to N with the rank shown outlined,
 * and a bracket under the places of each "top N" target with its years. No bar, no fill.
 */
export function rankLook(view: ProgressView, lang: Lang): TemplateResult {
  const strip = rankStrip(view.figure, view.targets.flatMap((t) => (t.top === undefined ? [] : [{ top: t.top, year: t.year }])));
  const cell = Math.round((100 / strip.size) * 100) / 100;
  const positions = Array.from({ length: strip.size }, (_, i) => i + 1);
  return html`<div class="rank" part="group" role="group" aria-label=${view.sentence}><div class="head">${labelPart(view)}<span part="value" class="value" .textContent=${view.value}></span></div><svg class="cells" aria-hidden="true">${positions.map((p) => {
    const x = at(p, strip);
    const mine = p === strip.at;
    const kind = mine ? 'position indicator' : 'position track';
    return svg`<rect part=${kind} class=${kind} x=${`${x + 0.4}%`} y="6%" width=${`${cell - 0.8}%`} height="88%" rx="3"></rect><text part="position-label" class="position-label" ?data-at=${mine} x=${`${x + cell / 2}%`} y="50%" text-anchor="middle" dominant-baseline="central" .textContent=${String(p)}></text>`;
  })}</svg>${
    strip.zones.length
      ? svg`<svg class="zones" height=${`${strip.zones.length * ZONE_ROW}em`} aria-hidden="true">${strip.zones.map((zone, row) => {
          const end = `${at(zone.top + 1, strip) - 0.4}%`;
          const y = `${row * ZONE_ROW + 0.2}em`;
          return svg`<line part="target" class="target" data-year=${zone.years} x1="0.4%" x2=${end} y1=${y} y2=${y}></line><text part="target-label" class="target-label" x="0.4%" y=${`${row * ZONE_ROW + 0.45}em`} dominant-baseline="text-before-edge" .textContent=${`${word(lang, 'top', zone.top)} · ${zone.years}`}></text>`;
        })}</svg>`
      : nothing
  }${verdictsPart(view.targets)}${metaPart(view, lang)}</div>`;
}
