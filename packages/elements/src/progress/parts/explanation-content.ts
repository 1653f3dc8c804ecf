import { nothing, type TemplateResult } from 'lit';
import { html } from '../../shared/templates.js';
import { explainVerdict, repeatsEarlierTarget, type ExplanationPoint, type Lang } from '@hn-cds/core';
import { PLAIN_INDICATOR_ID, type ExplanationView } from '../model.js';

// A gauge drawn from attributes has no document behind its target: the page itself sets it.
const PAGE_TARGET = {
  vi: 'Con số và mục tiêu do trang này ghi (các thuộc tính value, target, target-year).',
  en: 'The figure and the target are written on this page (its value, target and target-year attributes).',
} as const;

/**
 * The open disclosure: each shown target (once, however many documents set it) with its verdict
 * and the sentences that explain it, then what holds for every target once: the disagreements
 * between sources and the day of the assessment.
 */
export function explanationContent(view: ExplanationView, lang: Lang): TemplateResult {
  const shared: ExplanationPoint[] = [];
  const figures = new Set<string>();
  const targets = view.verdicts
    .filter((verdict) => !repeatsEarlierTarget(view.indicator, verdict.target))
    .map((verdict) => {
      const why = explainVerdict(view.taxonomy, verdict, { lang });
      const points: ExplanationPoint[] = [];
      for (const point of why.points) {
        if (point.topic === 'target' && view.indicator.id === PLAIN_INDICATOR_ID) {
          points.push({ topic: 'target', text: PAGE_TARGET[lang] });
        } else if (point.topic === 'disagreement' || point.topic === 'as_of') {
          if (!shared.some((p) => p.text === point.text)) shared.push(point);
        } else if (point.topic !== 'figure' || !figures.has(point.text)) {
          if (point.topic === 'figure') figures.add(point.text);
          points.push(point);
        }
      }
      return html`<div class="why-target"><p class="why-heading" data-status=${why.status} .textContent=${why.heading}></p><ul>${points.map(
        (p) => html`<li data-topic=${p.topic} .textContent=${p.text}></li>`,
      )}</ul></div>`;
    });
  return html`${targets}${shared.length > 0 ? html`<ul class="why-shared">${shared.map((p) => html`<li data-topic=${p.topic} .textContent=${p.text}></li>`)}</ul>` : nothing}`;
}
