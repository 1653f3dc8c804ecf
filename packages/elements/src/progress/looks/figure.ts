import { type TemplateResult } from 'lit';
import { html } from '../../shared/templates.js';
import type { Lang } from '@hn-cds/core';
import type { ProgressView } from '../model.js';
import { labelPart, metaPart, verdictsPart } from './parts.js';

/**
 * A figure with no target that sets a number (a count, a context figure such as the population):
 * the figure large, its date and citation, and any target's verdict. No bar: a bar needs a scale.
 */
export function figureLook(view: ProgressView, lang: Lang): TemplateResult {
  return html`<div class="figure" part="group" role="group" aria-label=${view.sentence}>${labelPart(view)}<span part="value" class="value" .textContent=${view.value}></span>${verdictsPart(view.targets)}${metaPart(view, lang)}</div>`;
}
