import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { formatNumber, type Lang } from '@hn-cds/core';
import { progressStyles } from './progress.styles.js';

/**
 * A progress gauge for one indicator: its label, its value and how far it has come.
 *
 * @summary Shows an indicator's value against its target.
 *
 * @csspart base - The wrapper around everything.
 * @csspart label - The indicator's name.
 * @csspart track - The full length of the bar.
 * @csspart indicator - The filled part of the bar.
 * @csspart value - The formatted value.
 *
 * @cssproperty --cds-font-family - Font of every text.
 * @cssproperty --cds-font-size - Base font size; every length scales with it.
 * @cssproperty --cds-color-text - Colour of the text.
 * @cssproperty --cds-color-track - Colour of the empty track.
 * @cssproperty --cds-color-indicator - Colour of the filled part.
 * @cssproperty --cds-track-height - Thickness of the bar.
 */
export class CdsProgress extends LitElement {
  static override styles = progressStyles;

  /** The observed value, in the indicator's unit (a percentage by default). */
  @property({ type: Number }) value = 0;

  /** The value to reach; the bar is full when `value` reaches it. */
  @property({ type: Number }) target = 100;

  /** The indicator's name, shown above the bar. */
  @property() label = '';

  /** Language of the text; the nearest `lang` attribute of the page when not set. */
  @property({ reflect: true }) override lang = '';

  private get resolvedLang(): Lang {
    const lang = (this.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
    return lang.startsWith('en') ? 'en' : 'vi';
  }

  override render() {
    const lang = this.resolvedLang;
    const ratio = this.target > 0 ? Math.min(Math.max(this.value / this.target, 0), 1) : 0;
    const text = `${formatNumber(this.value, { lang })}%`;
    return html`
      <div part="base">
        <span part="label" id="label">${this.label}</span>
        <div
          part="track"
          role="meter"
          aria-labelledby="label"
          aria-valuemin="0"
          aria-valuemax=${this.target}
          aria-valuenow=${Math.min(Math.max(this.value, 0), this.target)}
          aria-valuetext=${text}
        >
          <div part="indicator" style=${styleMap({ width: `${ratio * 100}%` })}></div>
        </div>
        <span part="value">${text}</span>
      </div>
    `;
  }
}

if (!customElements.get('cds-progress')) {
  customElements.define('cds-progress', CdsProgress);
}

declare global {
  interface HTMLElementTagNameMap {
    'cds-progress': CdsProgress;
  }
}
