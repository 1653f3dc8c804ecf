import { isServer, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Lang, Taxonomy } from '@hn-cds/core';
import { problem, type CdsErrorDetail } from '../progress/attributes.js';
import { resolveLang } from './lang.js';
import { DEFAULT_TIMEOUT, loadSource } from './load-source.js';
import { reportProblem } from './report-problem.js';

/**
 * What `<cds-progress>` and `<cds-summary>` share: the `src`, `as-of`, `theme`, `lang` and
 * `timeout` attributes, loading a `src` (aborted when the element leaves the page, resumed when it
 * comes back), re-rendering when the default dataset changes, the page's language, and one guarded
 * update that turns any problem into a polite message and one `cds-error` event. Each element
 * computes its own view in `compute()` and draws it in `render()`.
 */
export abstract class DataElement<View> extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    asOf: { attribute: 'as-of' },
    theme: { reflect: true, useDefault: true },
    lang: {},
    timeout: { type: Number },
    view: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    remote: { state: true, attribute: false },
  };

  /** URL of a payload (taxonomy, indicators or observations) to read from. */
  src = '';
  /** The day to compute for, `YYYY-MM-DD`: later figures are ignored; today by default. */
  asOf = '';
  /** `auto` (default) takes the page's text colour and paints no background, so it reads on light and dark pages; `light` or `dark` paint their own background and text. */
  theme = 'auto';
  /** Language of the text, `vi` or `en`; the nearest `lang` of the page when not set (Vietnamese by default). */
  override lang = '';
  /** How long `src` may take to load, in milliseconds: 10000 by default or when not a positive number; at most 2147483647 (about 24.8 days). */
  timeout = DEFAULT_TIMEOUT;

  /** The last good view, kept while a later problem is shown. */
  protected view: View | undefined;
  /** What is wrong now, if anything. */
  protected problem: CdsErrorDetail | undefined;
  /** A `src` is loading. */
  protected loading = false;
  /** The payload of `src` once loaded, or why it could not be. */
  protected remote: Taxonomy | CdsErrorDetail | undefined;
  /** The language of this update. */
  protected language: Lang = 'vi';
  private loader: AbortController | undefined;
  private reported = '';
  private readonly onTaxonomy = () => this.requestUpdate();

  /**
   * The shadow root to draw into. A server render (`renderHtml` of `@hn-cds/elements/node`) left a
   * declarative shadow root holding the finished gauge: it is emptied here and drawn again by the
   * first update, in the same task, before the browser paints, so the reader sees no change and
   * the page does not move.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!isServer) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('hn-cds-taxonomy', this.onTaxonomy);
    // Moved in the page while its src was loading: the load was aborted on disconnect.
    if (this.hasUpdated && this.src && this.remote === undefined) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hn-cds-taxonomy', this.onTaxonomy);
    this.loader?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!isServer && (changed.has('src') || changed.has('timeout'))) this.load();
    let found: CdsErrorDetail | undefined;
    try {
      // Inside the try: a lang property set from script to something that is not text must not throw into the page.
      // A server render has no ancestors to read a lang from: its own, else Vietnamese.
      this.language = isServer ? (String(this.lang || 'vi').toLowerCase().startsWith('en') ? 'en' : 'vi') : resolveLang(this, this.lang);
      const { view, problem: issue } = this.compute(this.language);
      if (view) this.view = view;
      found = issue;
    } catch {
      found = problem('render_failed', 'renderFailed');
    }
    this.problem = found;
    // A server render has no page to tell: the message in the markup says what is wrong.
    if (!isServer) this.reported = reportProblem(this, found, this.reported);
  }

  /** The view for this update, or the problem to show (the last good view stays). */
  protected abstract compute(lang: Lang): { view?: View; problem?: CdsErrorDetail };

  private load(): void {
    this.loader?.abort();
    this.remote = undefined;
    this.loading = false;
    if (!this.src) return;
    const controller = new AbortController();
    this.loader = controller;
    this.loading = true;
    loadSource(this.src, this.timeout, controller.signal).then((result) => {
      if (controller.signal.aborted || this.loader !== controller) return;
      this.loading = false;
      this.remote = result;
    });
  }
}
