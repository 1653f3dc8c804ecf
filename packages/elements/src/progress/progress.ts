import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../shared/templates.js';
import { getIndicator, type Lang, type Taxonomy, type UnitKind } from '@hn-cds/core';
import { getDefaultTaxonomy } from '../default-taxonomy.js';
import { DataElement } from '../shared/data-element.js';
import { say } from '../shared/messages.js';
import { isProblem, problem, readChoice, readDate, readFigure, readYear, textOf, today, type CdsErrorDetail } from './attributes.js';
import { LOOKS, type Look } from './geometry.js';
import { barLook } from './looks/bar.js';
import { emptyLook } from './looks/empty.js';
import { figureLook } from './looks/figure.js';
import { rankLook } from './looks/rank.js';
import { roundLook } from './looks/round.js';
import { stateLook } from './looks/state.js';
import { PLAIN_INDICATOR_ID, plainTaxonomy, progressView, type ProgressView } from './model.js';
import { paletteStyles } from '../shared/palette.styles.js';
import { progressStyles } from './progress.styles.js';
import { renderExplanation, whenExplained } from './parts/explanation.js';
import { explanationStyles } from './parts/explanation.styles.js';
import { historyPart } from './parts/history-slot.js';
import { historyStyles } from './parts/history.styles.js';

const UNITS = ['percent', 'per_100_inhabitants', 'rank', 'count', 'percent_per_year'] as const satisfies readonly UnitKind[];
const THEMES = ['auto', 'light', 'dark'] as const;

/**
 * A gauge for one indicator: its value, a marker for each target labelled with its year, where
 * it should be today, and each target's verdict in words, with an icon and a colour. Every
 * figure, date, verdict and sentence comes from `@hn-cds/core`.
 *
 * The look fits the figure (see `ViewKind` in model.ts): a figure on a scale is a bar, a ring or a
 * gauge (`look` chooses); a rank is a position on a strip of places against each "top N" target;
 * a count or context figure without a target is the figure and its citation; a milestone or a
 * report of state is its targets with their verdicts; an indicator with no figure says so, with its
 * targets. Text wraps in a narrow column and is never cut. `theme="auto"` takes the page's text
 * colour and reads on light and dark pages; `theme="light"` and `theme="dark"` paint their own
 * background.
 *
 * Data comes one of three ways: `indicator` alone reads the default dataset (the Hanoi dataset in
 * `hn-cds.min.js`); `src` loads a payload that core validates, `indicator` choosing one of its
 * indicators; or plain attributes (`value`, `target`, `target-year`, `label`, `unit`, `as-of`)
 * describe any figure. Write fallback text inside the tag (label and value): it shows until the
 * script runs and whenever it never does. Invalid input never throws: the element says what is
 * missing in the page's language, fires `cds-error`, and keeps its last good render.
 *
 * @summary Shows an indicator's latest value against its targets, with a verdict for each.
 *
 * @slot - Fallback text shown before the script runs or when it never does; hidden once rendered.
 *
 * @csspart base - The frame around everything.
 * @csspart label - The indicator's name.
 * @csspart value - The latest value, formatted for the language.
 * @csspart meter - The element with role `meter`, whose `aria-valuetext` is the full sentence (a figure on a scale).
 * @csspart group - The element with role `group`, named by the full sentence, for every figure without a scale (rank, figure, state, no figure yet).
 * @csspart track - The whole length of the bar, ring or arc, and each place of the rank look: an SVG shape (the rank's places are outlines, painted with `stroke`; the others with `fill`).
 * @csspart indicator - The filled part, up to the latest value, and the city's place in the rank look: an SVG shape, painted like the track.
 * @csspart target - The marker of one target (`data-year` names its year).
 * @csspart target-label - The year printed by a target's marker (each year once), or a rank zone's "top N · year".
 * @csspart position - One place on a rank strip; the place of the rank shown is also `indicator`.
 * @csspart position-label - The number of a place on a rank strip.
 * @csspart expected - The marker of where the indicator should be as of today, when computable.
 * @csspart verdicts - The list of verdicts.
 * @csspart verdict - One target's verdict (`data-status` holds the status); its icon is the character of `::part(verdict)::before`, coloured by the status.
 * @csspart meta - The line with the date of the figure and its source.
 * @csspart source - The source: a link when it has a web address.
 * @csspart message - What is shown instead of the gauge while loading or when nothing can be shown.
 * @csspart notice - The line over a kept render that says what went wrong since.
 * @csspart history - The figures over time, where the indicator has figures of two or more dates: a sparkline (a tooltip on each point), the first and latest figures, and a table of every figure for screen readers.
 * @csspart history-line - The sparkline's line.
 * @csspart history-point - One figure's point on the sparkline.
 * @csspart explanation - The "Vì sao?" (Why?) disclosure under every gauge, closed by default: opened, it explains each target's verdict from core's explainVerdict, and the element grows to show it (it sets the `explained` attribute while open).
 * @csspart explanation-summary - The disclosure's button (`aria-expanded` says whether it is open), which a reader clicks or presses Enter or Space on.
 *
 * @cssproperty --cds-font-family - Font of every text.
 * @cssproperty --cds-font-size - Base font size; every length scales with it (default 1rem).
 * @cssproperty --cds-color-text - Colour of the text (with `theme="auto"`, the page's text colour).
 * @cssproperty --cds-color-muted - Colour of secondary text: dates, year labels, messages.
 * @cssproperty --cds-color-background - Background of the gauge (transparent with `theme="auto"`, its own with `light` and `dark`).
 * @cssproperty --cds-color-track - Colour of the empty track.
 * @cssproperty --cds-color-indicator - Colour of the filled part.
 * @cssproperty --cds-color-target - Colour of the target markers.
 * @cssproperty --cds-color-expected - Colour of the expected-position marker.
 * @cssproperty --cds-color-link - Colour of the source link.
 * @cssproperty --cds-color-notice-background - Background of the notice line (default Canvas).
 * @cssproperty --cds-color-notice-text - Text colour of the notice line (default CanvasText).
 * @cssproperty --cds-color-exceeded - Colour of the verdict "exceeded".
 * @cssproperty --cds-color-achieved - Colour of the verdict "achieved".
 * @cssproperty --cds-color-on-track - Colour of the verdict "on track".
 * @cssproperty --cds-color-at-risk - Colour of the verdict "at risk".
 * @cssproperty --cds-color-off-track - Colour of the verdict "off track".
 * @cssproperty --cds-color-missed - Colour of the verdict "missed".
 * @cssproperty --cds-color-awaiting-final - Colour of the verdict "awaiting the final figure".
 * @cssproperty --cds-color-not-assessable - Colour of the verdict "not assessable".
 * @cssproperty --cds-track-height - Thickness of the bar look's track (default 0.75em).
 *
 * @event {CustomEvent<CdsErrorDetail>} cds-error - Input cannot be shown: an invalid attribute, an unknown indicator, no dataset, an invalid payload, an HTTP error, a timeout or a network error. Bubbles and crosses shadow roots.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/hn-cds.min.js"></script>
 * <cds-progress indicator="society.fibre-households">Phủ cáp quang hộ gia đình: 91,4%</cds-progress>
 * <cds-progress look="ring" label="Dịch vụ công trực tuyến" value="46.25" target="100" target-year="2025" as-of="2024-10-24"></cds-progress>
 * ```
 */
export class CdsProgress extends DataElement<ProgressView> {
  static override styles = [paletteStyles, progressStyles, historyStyles, explanationStyles];
  static override properties: PropertyDeclarations = {
    look: { reflect: true, useDefault: true },
    indicator: {},
    value: {},
    target: {},
    targetYear: { attribute: 'target-year' },
    label: {},
    unit: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    explained: { type: Boolean, reflect: true },
  };

  /** How a figure on a scale looks: `bar` (default, fits a text column), `ring` or `gauge` (a semicircle). Other kinds of figure have one look each. */
  look: Look = 'bar';
  /** Id of an indicator in the default dataset, or in the payload at `src`. */
  indicator = '';
  /** A figure to show, when no `indicator` is given: a number written with a decimal point. */
  value: number | string | undefined = undefined;
  /** The figure's target, with `value`. */
  target: number | string | undefined = undefined;
  /** The year the target is for, with `target`; the year of `as-of` by default. */
  targetYear: number | string | undefined = undefined;
  /** The figure's name, with `value`. */
  label = '';
  /** What `value` measures: `percent` (default), `per_100_inhabitants`, `rank`, `count` or `percent_per_year`. */
  unit = 'percent';
  /** Name of the figure's source, with `value`. */
  source = '';
  /** Web address of the figure's source (http or https), with `value`. */
  sourceUrl = '';
  /** Whether the "Vì sao?" (Why?) explanation is open; a reader opens and closes it with its button. */
  explained = false;
  // Before render, so the render that opens the disclosure already says its words are loading.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('explained')) whenExplained(this);
    super.willUpdate(changed);
  }

  // Templates are written without whitespace between tags and set plain text through
  // `.textContent`: each whitespace text node and each text binding's marker is one more node to
  // style and lay out, a thousand times on a page of a thousand gauges.
  override render() {
    const lang = this.language;
    const { view, problem: issue } = this;
    const message = issue ? issue.message[lang] : this.loading ? say(lang, 'loading') : '';
    if (!view) return html`<div part="base" class="frame base" lang=${lang}><div part="message" class="message" role="status" .textContent=${message}></div></div>`;
    return html`<div part="base" class="frame base" lang=${lang} data-kind=${view.kind}>${this.renderView(view, lang)}${historyPart(view.history, lang, this)}${renderExplanation(view.explanation, lang, this.explained)}${
      issue ? html`<div part="notice" class="notice" role="status" .textContent=${`${message} ${say(lang, 'stale')}`}></div>` : nothing
    }</div>`;
  }

  /** The look that fits the figure: `look` chooses for a scale, the kind of figure otherwise. */
  private renderView(view: ProgressView, lang: Lang): TemplateResult {
    switch (view.kind) {
      case 'rank':
        return rankLook(view, lang);
      case 'figure':
        return figureLook(view, lang);
      case 'state':
        return stateLook(view, lang);
      case 'empty':
        return emptyLook(view, lang);
      default: {
        const look = (LOOKS as readonly string[]).includes(this.look) ? this.look : 'bar';
        return look === 'bar' ? barLook(view, lang) : roundLook(view, look, lang);
      }
    }
  }

  protected compute(lang: Lang): { view?: ProgressView; problem?: CdsErrorDetail } {
    const look = readChoice('look', this.look, LOOKS);
    const theme = readChoice('theme', this.theme, THEMES);
    const asOf = this.asOf ? readDate('as-of', this.asOf) : today();
    const attributeProblem = [look, theme, asOf].find(isProblem);
    if (isProblem(asOf)) return { problem: asOf };
    const found = this.src ? this.fromSource(asOf, lang) : this.indicator ? this.fromDefault(asOf, lang) : this.fromAttributes(asOf, lang);
    return { view: found.view, problem: found.problem ?? attributeProblem };
  }

  private fromSource(asOf: string, lang: Lang): { view?: ProgressView; problem?: CdsErrorDetail } {
    const remote = this.remote;
    if (remote === undefined) return {};
    if (isProblem(remote)) return { problem: remote };
    const id = this.indicator || (remote.indicators.length === 1 ? remote.indicators[0]!.id : '');
    if (!id) return { problem: problem('choose_indicator', 'chooseIndicator', { url: this.src }) };
    return this.fromTaxonomy(remote, id, asOf, lang);
  }

  private fromDefault(asOf: string, lang: Lang): { view?: ProgressView; problem?: CdsErrorDetail } {
    const taxonomy = getDefaultTaxonomy();
    if (!taxonomy) return { problem: problem('no_dataset', 'noDataset', { received: this.indicator }, this.indicator) };
    return this.fromTaxonomy(taxonomy, this.indicator, asOf, lang);
  }

  private fromTaxonomy(taxonomy: Taxonomy, id: string, asOf: string, lang: Lang): { view?: ProgressView; problem?: CdsErrorDetail } {
    const indicator = getIndicator(taxonomy, id);
    if (!indicator) return { problem: problem('unknown_indicator', 'unknownIndicator', { received: id }, id.length > 60 ? `${id.slice(0, 60)}…` : id) };
    return { view: progressView(taxonomy, indicator, asOf, lang, say(lang, 'noData')) };
  }

  private fromAttributes(asOf: string, lang: Lang): { view?: ProgressView; problem?: CdsErrorDetail } {
    if (blank(this.value)) return { problem: problem('missing_data', 'missing') };
    const value = readFigure('value', this.value);
    const unit = readChoice('unit', this.unit || 'percent', UNITS);
    const target = blank(this.target) ? undefined : readFigure('target', this.target);
    const year = blank(this.targetYear) ? Number(asOf.slice(0, 4)) : readYear('target-year', this.targetYear);
    for (const checked of [value, unit, target, year]) if (isProblem(checked)) return { problem: checked };
    const taxonomy = plainTaxonomy(
      {
        label: this.label,
        value: value as number,
        unit: unit as UnitKind,
        // The figure holds at the as-of day the editor wrote; without one it is undated, never today.
        ...(this.asOf ? { date: asOf } : {}),
        ...(target === undefined ? {} : { target: { value: target as number, year: year as number } }),
        ...(this.source ? { source: this.source } : {}),
        ...(this.sourceUrl ? { sourceUrl: this.sourceUrl } : {}),
      },
      say(lang, 'noData'),
    );
    const found = this.fromTaxonomy(taxonomy, PLAIN_INDICATOR_ID, asOf, lang);
    if (found.view && !this.source) found.view = { ...found.view, source: undefined };
    return found;
  }
}

/** Whether an attribute is absent, empty or only spaces. */
function blank(input: unknown): boolean {
  return !textOf(input);
}

if (!customElements.get('cds-progress')) {
  customElements.define('cds-progress', CdsProgress);
}

declare global {
  interface HTMLElementTagNameMap {
    'cds-progress': CdsProgress;
  }
  interface HTMLElementEventMap {
    'cds-error': CustomEvent<CdsErrorDetail>;
  }
}
