import { type TemplateResult } from 'lit';
import { html } from '../../shared/templates.js';
import type { Lang } from '@hn-cds/core';
import type { ProgressView } from '../model.js';
import { labelPart, verdictsPart } from './parts.js';
import { word } from './words.js';

/** An indicator with no figure yet: says so plainly, then lists its targets with their verdicts. Never an empty bar. */
export function emptyLook(view: ProgressView, lang: Lang): TemplateResult {
  return html`<div class="empty" part="group" role="group" aria-label=${view.sentence}>${labelPart(view)}<span part="value" class="value" data-empty .textContent=${word(lang, 'noFigure')}></span>${verdictsPart(view.targets)}</div>`;
}
