import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Lang, Taxonomy, VerdictStatus } from '@hn-cds/core';
import { getDefaultTaxonomy } from '../default-taxonomy.js';
import { invalidAttribute, isProblem, readChoice, readDate, readYear, today, type CdsErrorDetail } from '../progress/attributes.js';
import { verdictIcon } from '../shared/icons.js';
import { DataElement } from '../shared/data-element.js';
import { fill, say } from '../shared/messages.js';
import { paletteStyles } from '../shared/palette.styles.js';
import { summaryView, type SummaryView } from './model.js';
import { summaryStyles } from './summary.styles.js';

/** The glyph of a verdict as an `<svg>`, hidden from assistive technology (the words beside it say it). */
function verdictSvg(status: VerdictStatus): TemplateResult {
  return html`<svg part="verdict-icon" viewBox="0 0 16 16" aria-hidden="true"><path d=${verdictIcon(status)}></path></svg>`;
}

const THEMES = ['auto', 'light', 'dark'] as const;

/** Words only the scorecard writes; those it shares with <cds-progress> are in shared/messages. */
const WORDS = {
  vi: {
    noDataset: 'Chưa nạp bộ dữ liệu nào: hãy dùng bản có kèm dữ liệu Hà Nội hoặc thêm thuộc tính src.',
    missingYear: 'Cần thuộc tính year (năm của mục tiêu), ví dụ year="2025".',
    segments: 'Từng mục tiêu, theo đánh giá',
    eachTarget: 'Từng mục tiêu ({0})',
  },
  en: {
    noDataset: 'No dataset is loaded: use the build that includes the Hanoi dataset, or add a src attribute.',
    missingYear: 'Set the year attribute (the target year), e.g. year="2025".',
    segments: 'Each target, by verdict',
    eachTarget: 'Each target ({0})',
  },
} as const;

/** One of the scorecard's own problems, in both languages. */
function summaryProblem(code: CdsErrorDetail['code'], key: 'noDataset' | 'missingYear'): CdsErrorDetail {
  return { code, message: { vi: WORDS.vi[key], en: WORDS.en[key] } };
}

/** The detail of a `cds-select` event: the target whose segment the reader chose. */
export interface CdsSelectDetail {
  /** Id of the indicator. */
  indicator: string;
  /** The target's year. */
  year: number;
  /** Id of the document that sets it. */
  source: string;
}

/**
 * A programme's scorecard in one tag: how many of a document's targets for a year the figures
 * show met, one segment per target coloured and marked by its verdict, the count the source
 * reports beside it with the source and date ("nguồn báo cáo: 8/15"), a plain sentence on why
 * the two differ, and the day it is for. Every count and word comes from `@hn-cds/core`
 * (`rollUp`, `describeRollUp`).
 *
 * Data comes from the default dataset (the Hanoi dataset in `hn-cds.min.js`) or from `src`, a
 * payload that core validates. Write fallback text inside the tag: it shows until the script runs
 * and whenever it never does. Invalid input never throws: the element says what is missing in the
 * page's language, fires `cds-error`, and keeps its last good render.
 *
 * @summary Counts a document's targets for a year by verdict, beside the count a source reports.
 *
 * @slot - Fallback text shown before the script runs or when it never does; hidden once rendered.
 *
 * @csspart base - The frame around everything.
 * @csspart title - What is counted: the document, the pillar and the year.
 * @csspart segments - The row of segments, one per target.
 * @csspart segment - One target's segment, a button (`data-status` holds its verdict).
 * @csspart verdict-icon - The icon of a verdict.
 * @csspart computed - The count the figures show.
 * @csspart early - How many of those are met early, on figures from before the target's year.
 * @csspart counts - The targets counted by verdict.
 * @csspart reported - The count the source reports, with the source and date.
 * @csspart difference - Why the computed and reported counts differ.
 * @csspart targets - The disclosure listing each target with its verdict.
 * @csspart target - One target in that list.
 * @csspart meta - The day the verdicts are for.
 * @csspart message - What is shown instead while loading or when nothing can be shown.
 * @csspart notice - The line over a kept render that says what went wrong since.
 *
 * @cssproperty --cds-font-family - Font of every text.
 * @cssproperty --cds-font-size - Base font size; every length scales with it (default 1rem).
 * @cssproperty --cds-color-text - Colour of the text.
 * @cssproperty --cds-color-muted - Colour of secondary text.
 * @cssproperty --cds-color-background - Background (default transparent).
 * @cssproperty --cds-color-exceeded - Colour of the verdict "exceeded".
 * @cssproperty --cds-color-achieved - Colour of the verdict "achieved".
 * @cssproperty --cds-color-on-track - Colour of the verdict "on track".
 * @cssproperty --cds-color-at-risk - Colour of the verdict "at risk".
 * @cssproperty --cds-color-off-track - Colour of the verdict "off track".
 * @cssproperty --cds-color-missed - Colour of the verdict "missed".
 * @cssproperty --cds-color-awaiting-final - Colour of the verdict "awaiting the final figure".
 * @cssproperty --cds-color-not-assessable - Colour of the verdict "not assessable".
 *
 * @event {CustomEvent<CdsErrorDetail>} cds-error - Input cannot be shown: an invalid attribute, no dataset, an invalid payload, an HTTP error, a timeout or a network error. Bubbles and crosses shadow roots.
 * @event {CustomEvent<CdsSelectDetail>} cds-select - The reader chose a target's segment; the list of targets opens at it. Bubbles and crosses shadow roots.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/hn-cds.min.js"></script>
 * <cds-summary document="nq18" year="2025" as-of="2024-10-24">Nghị quyết 18: nguồn báo cáo đã hoàn thành 8/15 mục tiêu</cds-summary>
 * ```
 */
export class CdsSummary extends DataElement<SummaryView> {
  static override styles = [paletteStyles, summaryStyles];
  static override properties: PropertyDeclarations = {
    document: {},
    year: {},
    pillar: {},
  };

  /** Id of the document whose targets are counted (e.g. `nq18`); every document's when empty. */
  document = '';
  /** The target year counted, e.g. `2025`. */
  year: number | string | undefined = undefined;
  /** Id of a pillar, to count only its indicators. */
  pillar = '';
  override render() {
    const lang = this.language;
    const { view, problem: issue } = this;
    const message = issue ? issue.message[lang] : this.loading ? say(lang, 'loading') : '';
    return html`<section part="base" class="frame" lang=${lang} aria-labelledby=${view ? 'title' : nothing} aria-describedby=${view ? 'sentence' : nothing}>
      ${view ? this.renderView(view) : html`<div part="message" role="status">${message}</div>`}
      ${view && issue ? html`<div part="notice" role="status">${message} ${say(lang, 'stale')}</div>` : nothing}
    </section>`;
  }

  private renderView(view: SummaryView) {
    const lang = this.language;
    return html`<p part="title" id="title">${view.title}</p>
      <span id="sentence" hidden>${view.sentence}</span>
      <ul part="segments" aria-label=${WORDS[lang].segments}>
        ${view.segments.map(
          (s, i) => html`<li><button part="segment" type="button" data-status=${s.status} aria-label=${s.text} title=${s.text} @click=${() => this.select(i)}>${verdictSvg(s.status)}</button></li>`,
        )}
      </ul>
      <p part="computed">${view.computed}</p>
      ${view.early ? html`<p part="early">${view.early}</p>` : nothing}
      <ul part="counts">
        ${view.counts.map((c) => html`<li data-status=${c.status}>${verdictSvg(c.status)}<span class="words">${c.label}: ${c.count}</span></li>`)}
      </ul>
      ${view.reported ? html`<p part="reported">${view.reported}</p>` : nothing}
      ${view.difference ? html`<p part="difference">${view.difference}</p>` : nothing}
      <details part="targets">
        <summary>${fill(WORDS[lang].eachTarget, [view.total])}</summary>
        <ol>
          ${view.segments.map(
            (s, i) => html`<li part="target" id=${`row-${i}`} tabindex="-1" data-status=${s.status}>${verdictSvg(s.status)}<span class="words"><strong>${s.verdict}</strong> · ${s.label}: ${s.target}${s.reported ? html` · <em>${s.reported}</em>` : nothing}</span></li>`,
          )}
        </ol>
      </details>
      <p part="meta">${view.asOf}</p>`;
  }

  /** Opens the list at a target, focuses it, and tells the page which one the reader chose. */
  private select(index: number): void {
    const segment = this.view?.segments[index];
    if (!segment) return;
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('details');
    if (details) details.open = true;
    const row = this.renderRoot.querySelector<HTMLElement>(`#row-${index}`);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView?.({ block: 'nearest' });
    const detail: CdsSelectDetail = { indicator: segment.indicator, year: segment.year, source: segment.source };
    this.dispatchEvent(new CustomEvent<CdsSelectDetail>('cds-select', { detail, bubbles: true, composed: true }));
  }

  protected compute(lang: Lang): { view?: SummaryView; problem?: CdsErrorDetail } {
    const theme = readChoice('theme', this.theme, THEMES);
    const asOf = this.asOf ? readDate('as-of', this.asOf) : today();
    if (isProblem(asOf)) return { problem: asOf };
    if (this.year == null || this.year === '') return { problem: summaryProblem('missing_data', 'missingYear') };
    const year = readYear('year', this.year);
    if (isProblem(year)) return { problem: year };
    const taxonomy = this.src ? this.remote : getDefaultTaxonomy();
    if (taxonomy === undefined) return this.src ? {} : { problem: summaryProblem('no_dataset', 'noDataset') };
    if (isProblem(taxonomy)) return { problem: taxonomy };
    const documentId = this.document.trim();
    if (documentId) {
      const documents = taxonomy.sources.filter((s) => s.kind !== 'report').map((s) => s.id);
      if (!documents.includes(documentId)) return { problem: invalidAttribute('document', documentId, 'expectOneOf', documents.join(', ')) };
    }
    const pillarId = this.pillar.trim();
    if (pillarId) {
      const pillars = taxonomy.programme.pillars.map((p) => p.id);
      if (!pillars.includes(pillarId)) return { problem: invalidAttribute('pillar', pillarId, 'expectOneOf', pillars.join(', ')) };
    }
    const view = summaryView(taxonomy, { document: documentId || undefined, year, pillar: pillarId || undefined, asOf }, lang);
    return { view, ...(isProblem(theme) ? { problem: theme } : {}) };
  }
}

if (!customElements.get('cds-summary')) {
  customElements.define('cds-summary', CdsSummary);
}

declare global {
  interface HTMLElementTagNameMap {
    'cds-summary': CdsSummary;
  }
  interface HTMLElementEventMap {
    'cds-select': CustomEvent<CdsSelectDetail>;
  }
}
