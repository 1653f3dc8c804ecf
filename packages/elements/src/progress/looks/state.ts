import { type TemplateResult } from 'lit';
import { html } from '../../shared/templates.js';
import type { Lang } from '@hn-cds/core';
import type { ProgressView } from '../model.js';
import { labelPart, metaPart, verdictsPart } from './parts.js';
import { word } from './words.js';

/**
 * A milestone, or a report of state with no figure: the state a source reports (or that none has
 * yet), then each target with its verdict, and the report's date and citation.
 */
export function stateLook(view: ProgressView, lang: Lang): TemplateResult {
  const reported = view.source !== undefined || view.date !== undefined || view.undated;
  return html`<div class="state" part="group" role="group" aria-label=${view.sentence}>${labelPart(view)}<span part="value" class="value" data-state ?data-empty=${!reported} .textContent=${reported ? view.value : word(lang, 'noReport')}></span>${verdictsPart(view.targets)}${metaPart(view, lang)}</div>`;
}
