import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { getIndicator, type Lang, type Taxonomy, type UnitKind } from '@hn-cds/core';
import { getDefaultTaxonomy } from '../default-taxonomy.js';
import { verdictIcon } from '../shared/icons.js';
import { setProperties } from '../shared/set-properties.js';
import { DataElement } from '../shared/data-element.js';
import { say } from '../shared/messages.js';
import { isProblem, problem, readChoice, readDate, readFigure, readYear, textOf, today, type CdsErrorDetail } from './attributes.js';
import { arcFrame, arcMark, arcPath, BAR_LABEL_GAP, barMark, labelRows, LOOKS, type ArcFrame, type ArcMark, type Look } from './geometry.js';
import { PLAIN_INDICATOR_ID, plainTaxonomy, progressView, type ProgressView, type TargetView } from './model.js';
import { paletteStyles } from '../shared/palette.styles.js';
import { progressStyles } from './progress.styles.js';
import { renderExplanation } from './parts/explanation.js';
import { explanationStyles } from './parts/explanation.styles.js';
import { renderHistory } from './parts/history.js';
import { historyStyles } from './parts/history.styles.js';

const UNITS = ['percent', 'per_100_inhabitants', 'rank', 'count', 'percent_per_year'] as const satisfies readonly UnitKind[];
const THEMES = ['auto', 'light', 'dark'] as const;
const HTTP_URL = /^https?:\/\//i;

/**
 * A gauge for one indicator: its value, a marker for each target labelled with its year, where
 * it should be today, and each target's verdict in words, with an icon and a colour. Every
 * figure, date, verdict and sentence comes from `@hn-cds/core`.
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
 * @csspart meter - The element with role `meter`, whose `aria-valuetext` is the full sentence.
 * @csspart track - The whole length of the bar, ring or arc.
 * @csspart indicator - The filled part, up to the latest value.
 * @csspart target - The marker of one target (`data-year` names its year).
 * @csspart target-label - The year printed by a target's marker.
 * @csspart expected - The marker of where the indicator should be as of today, when computable.
 * @csspart verdicts - The list of verdicts.
 * @csspart verdict - One target's verdict (`data-status` holds the status).
 * @csspart verdict-icon - The icon of a verdict.
 * @csspart meta - The line with the date of the figure and its source.
 * @csspart source - The source: a link when it has a web address.
 * @csspart message - What is shown instead of the gauge while loading or when nothing can be shown.
 * @csspart notice - The line over a kept render that says what went wrong since.
 * @csspart history - The figures over time, where the indicator has figures of two or more dates: a sparkline (a tooltip on each point), the first and latest figures, and a table of every figure for screen readers.
 * @csspart history-line - The sparkline's line.
 * @csspart history-point - One figure's point on the sparkline.
 * @csspart explanation - The "Vì sao?" (Why?) disclosure under every gauge, closed by default: opened, it explains each target's verdict from core's explainVerdict, and the element grows to show it (it sets the `explained` attribute while open).
 * @csspart explanation-summary - The disclosure's summary, the line a reader clicks or presses Enter or Space on.
 *
 * @cssproperty --cds-font-family - Font of every text.
 * @cssproperty --cds-font-size - Base font size; every length scales with it (default 1rem).
 * @cssproperty --cds-color-text - Colour of the text.
 * @cssproperty --cds-color-muted - Colour of secondary text: dates, year labels, messages.
 * @cssproperty --cds-color-background - Background of the gauge (default transparent).
 * @cssproperty --cds-color-track - Colour of the empty track.
 * @cssproperty --cds-color-indicator - Colour of the filled part.
 * @cssproperty --cds-color-target - Colour of the target markers.
 * @cssproperty --cds-color-expected - Colour of the expected-position marker.
 * @cssproperty --cds-color-link - Colour of the source link.
 * @cssproperty --cds-color-notice-background - Background of the notice line (default Canvas).
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
    look: { reflect: true },
    indicator: {},
    value: {},
    target: {},
    targetYear: { attribute: 'target-year' },
    label: {},
    unit: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
  };

  /** How it looks: `bar` (default, fits a text column), `ring` or `gauge` (a semicircle). */
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
  // Templates are written without whitespace between tags and set plain text through
  // `.textContent`: each whitespace text node and each text binding's marker is one more node to
  // style and lay out, a thousand times on a page of a thousand gauges.
  override render() {
    const lang = this.language;
    const look = (LOOKS as readonly string[]).includes(this.look) ? this.look : 'bar';
    const { view, problem: issue } = this;
    const message = issue ? issue.message[lang] : this.loading ? say(lang, 'loading') : '';
    if (!view) return html`<div part="base" class="frame" lang=${lang}><div part="message" role="status" .textContent=${message}></div></div>`;
    return html`<div part="base" class="frame" lang=${lang}>${look === 'bar' ? this.renderBar(view) : this.renderRound(view, look, FRAMES[look])}${renderHistory(view.history, lang)}${renderExplanation(view.explanation, lang)}${
      issue ? html`<div part="notice" role="status" .textContent=${`${message} ${say(lang, 'stale')}`}></div>` : nothing
    }</div>`;
  }

  private renderBar(view: ProgressView): TemplateResult {
    const [min, max, now] = this.bounds(view);
    return html`<div class="bar"><div class="head"><span part="label" id="label" .textContent=${view.label}></span><span part="value" ?data-empty=${view.figure === undefined} .textContent=${view.value}></span></div><div part="meter" role="meter" aria-labelledby="label" aria-valuemin=${min} aria-valuemax=${max} aria-valuenow=${now} aria-valuetext=${view.sentence}><div part="track"><div part="indicator" ${setProperties({ '--_at': `${barMark(view.fraction).offset}%` })}></div></div>${placedMarkers(view.targets, BAR_LABEL_GAP).map(({ fraction, years, qualitative, row }) => {
      const mark = barMark(fraction);
      const at = { '--_at': `${mark.offset}%` };
      return html`<span part="target" data-year=${years} ?data-qualitative=${qualitative} ${setProperties(at)}></span><span part="target-label" data-anchor=${mark.anchor} data-row=${row} aria-hidden="true" ${setProperties(at)} .textContent=${years}></span>`;
    })}${
      view.expected
        ? html`<span part="expected" title=${`${say(this.language, 'expected')}: ${view.expected.text}`} ${setProperties({ '--_at': `${barMark(view.expected.fraction).offset}%` })}></span>`
        : nothing
    }</div>${this.renderVerdicts(view.targets)}${this.renderMeta(view)}</div>`;
  }

  private renderRound(view: ProgressView, look: Exclude<Look, 'bar'>, frame: ArcFrame): TemplateResult {
    const [min, max, now] = this.bounds(view);
    const round = html`<div part="meter" class="round" role="meter" aria-labelledby="label" aria-valuemin=${min} aria-valuemax=${max} aria-valuenow=${now} aria-valuetext=${view.sentence}><svg viewBox=${frame.viewBox} aria-hidden="true" focusable="false"><path part="track" d=${TRACKS[look]}></path><path part="indicator" d=${arcPath(frame, 0, view.fraction)}></path>${placedMarkers(view.targets, look === 'ring' ? RING_LABEL_GAP : BAR_LABEL_GAP).map(({ fraction, years, qualitative, row }) => {
      const m = arcMark(frame, fraction, row);
      return svg`<line part="target" data-year=${years} ?data-qualitative=${qualitative} x1=${m.x1} y1=${m.y1} x2=${m.x2} y2=${m.y2}></line><text part="target-label" x=${m.labelX} y=${m.labelY} text-anchor=${m.anchor} .textContent=${years}></text>`;
    })}${view.expected ? expectedTick(arcMark(frame, view.expected.fraction)) : nothing}</svg><span part="value" ?data-empty=${view.figure === undefined} ?data-long=${view.value.length > 6} .textContent=${view.value}></span></div>`;
    const label = html`<span part="label" id="label" .textContent=${view.label}></span>`;
    if (look === 'gauge') return html`<div class="gauge">${label}${round}${this.renderVerdicts(view.targets)}${this.renderMeta(view)}</div>`;
    return html`<div class="ring">${round}<div class="text">${label}${this.renderVerdicts(view.targets)}${this.renderMeta(view)}</div></div>`;
  }

  private renderVerdicts(targets: TargetView[]) {
    // The verdict comes first, so a narrow column cuts the target's wording, never the verdict; two
    // documents setting the same target with the same verdict make one line.
    const lines = new Map(targets.map((t) => [`${t.target}\n${t.status}`, t]));
    return html`<ul part="verdicts">${[...lines.values()].map(
      (t) =>
        html`<li part="verdict" data-status=${t.status} data-year=${t.year}><svg part="verdict-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${verdictIcon(t.status)}></path></svg><span class="words"><strong .textContent=${t.verdict}></strong> · ${t.target}</span></li>`,
    )}</ul>`;
  }

  private renderMeta(view: ProgressView) {
    const lang = this.language;
    const { source } = view;
    const date = view.date ? `${say(lang, 'asOf')} ${view.date}` : view.undated ? say(lang, 'undated') : '';
    if (!source) return html`<div part="meta" .textContent=${date}></div>`;
    const cite = `${date} · ${say(lang, 'source')}: `;
    return source.url && HTTP_URL.test(source.url)
      ? html`<div part="meta">${cite}<a part="source" href=${source.url} target="_blank" rel="noopener noreferrer" .textContent=${source.text}></a></div>`
      : html`<div part="meta">${cite}<span part="source" .textContent=${source.text}></span></div>`;
  }

  /** aria-valuemin, -max and -now: the scale's ends in reading order and the figure within them. */
  private bounds(view: ProgressView): [number, number, number] {
    const min = Math.min(view.scale.start, view.scale.end);
    const max = Math.max(view.scale.start, view.scale.end);
    return [min, max, Math.min(max, Math.max(min, view.figure ?? view.scale.start))];
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

/** A tick across the arc where the indicator should be today. */
function expectedTick(m: ArcMark) {
  return svg`<line part="expected" x1=${m.x1} y1=${m.y1} x2=${m.x2} y2=${m.y2}></line>`;
}

/** Each round look's frame and full track, the same for every gauge: computed once. */
const FRAMES = { ring: arcFrame('ring'), gauge: arcFrame('gauge') };
const TRACKS = { ring: arcPath(FRAMES.ring, 0, 1), gauge: arcPath(FRAMES.gauge, 0, 1) };

/** A ring is twice as long as a gauge for the same fractions: its labels may sit closer. */
const RING_LABEL_GAP = BAR_LABEL_GAP / 2;

/** The markers in scale order, each with the row of its label so close labels do not overlap. */
function placedMarkers(targets: TargetView[], gap: number) {
  const sorted = markers(targets).sort((a, b) => a.fraction - b.fraction);
  const rows = labelRows(sorted.map((m) => m.fraction), gap);
  return sorted.map((m, i) => ({ ...m, row: rows[i]! }));
}

/** Targets at the same place share one marker, labelled with every year it stands for. */
function markers(targets: TargetView[]): Array<{ fraction: number; years: string; qualitative: boolean }> {
  const byPlace = new Map<number, { fraction: number; years: string[]; qualitative: boolean }>();
  for (const t of targets.filter((target) => target.marked)) {
    const key = Math.round(t.fraction * 1000);
    const entry = byPlace.get(key) ?? { fraction: t.fraction, years: [], qualitative: true };
    if (!entry.years.includes(String(t.year))) entry.years.push(String(t.year));
    entry.qualitative &&= t.qualitative;
    byPlace.set(key, entry);
  }
  return [...byPlace.values()].map((m) => ({ ...m, years: m.years.join('/') }));
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
