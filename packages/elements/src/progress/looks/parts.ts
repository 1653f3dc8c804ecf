import { nothing, type TemplateResult } from 'lit';
import { html } from '../../shared/templates.js';
import type { Lang } from '@hn-cds/core';
import { say } from '../../shared/messages.js';
import { verdictLines, type ProgressView, type TargetView } from '../model.js';

const HTTP_URL = /^https?:\/\//i;

/** The indicator's name; the meter and the groups are labelled by it. */
export function labelPart(view: ProgressView): TemplateResult {
  return html`<span part="label" class="label" id="label" .textContent=${view.label}></span>`;
}

/**
 * Each target's verdict, the verdict first and the target after it; lines wrap, nothing is cut.
 * Two documents setting the same target with the same verdict make one line.
 */
export function verdictsPart(targets: readonly TargetView[]): TemplateResult | typeof nothing {
  if (targets.length === 0) return nothing;
  return html`<ul part="verdicts" class="verdicts">${verdictLines(targets).map(
    (t) =>
      html`<li part="verdict" class="verdict" data-status=${t.status} data-year=${t.year}><strong .textContent=${t.verdict}></strong> · ${t.target}</li>`,
  )}</ul>`;
}

/** The date of the figure shown and its source, a link when it has a web address. */
export function metaPart(view: ProgressView, lang: Lang): TemplateResult | typeof nothing {
  const { source } = view;
  const date = view.date ? `${say(lang, 'asOf')} ${view.date}` : view.undated ? say(lang, 'undated') : '';
  if (!source) return date ? html`<div part="meta" class="meta" .textContent=${date}></div>` : nothing;
  const cite = `${date ? `${date} · ` : ''}${say(lang, 'source')}: `;
  return source.url && HTTP_URL.test(source.url)
    ? html`<div part="meta" class="meta">${cite}<a part="source" class="source" href=${source.url} target="_blank" rel="noopener noreferrer" .textContent=${source.text}></a></div>`
    : html`<div part="meta" class="meta">${cite}<span part="source" class="source" .textContent=${source.text}></span></div>`;
}

/** aria-valuemin, -max and -now: the scale's ends in reading order and the figure within them. */
export function bounds(view: ProgressView): [number, number, number] {
  const min = Math.min(view.scale.start, view.scale.end);
  const max = Math.max(view.scale.start, view.scale.end);
  return [min, max, Math.min(max, Math.max(min, view.figure ?? view.scale.start))];
}
