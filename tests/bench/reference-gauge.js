// The benchmark's yardstick: a minimal lit element that draws the same bar, ring or gauge by hand
// in SVG (label, value, track, fill, one target marker with its year, one verdict line and the
// date), with no dataset, no verdicts and no Intl. `pnpm bench` compares <cds-progress> with it.
import { LitElement, css, html, svg } from 'lit';

const R = 38;
const T = 10;

function arc(start, end, sweep) {
  const a0 = start - Math.PI / 2;
  const a1 = start + (end - start) * sweep - Math.PI / 2;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const o = R + T / 2;
  const i = R - T / 2;
  const p = (r, a) => `${(r * Math.cos(a)).toFixed(2)} ${(r * Math.sin(a)).toFixed(2)}`;
  return `M${p(o, a0)}A${o} ${o} 0 ${large} 1 ${p(o, a1)}L${p(i, a1)}A${i} ${i} 0 ${large} 0 ${p(i, a0)}Z`;
}

class BenchGauge extends LitElement {
  static properties = { look: {}, label: {}, value: { type: Number }, target: { type: Number }, year: {} };
  static styles = css`
    :host { display: block; block-size: 10.5em; contain: content; font: 1rem/1.4 system-ui, sans-serif; }
    .head { display: flex; justify-content: space-between; font-weight: 600; }
    svg { display: block; inline-size: 100%; block-size: 3em; }
    .round svg { block-size: 7em; }
    .track { fill: #e3e6ea; }
    .fill { fill: #0b6bcb; }
    .mark { stroke: #1b1f24; stroke-width: 2; }
    text { font-size: 10px; fill: #57606a; }
    p { margin: 0; font-size: 0.875em; }
  `;

  constructor() {
    super();
    this.look = 'bar';
    this.label = '';
    this.value = 0;
    this.target = 100;
    this.year = '';
  }

  render() {
    const fraction = Math.min(1, Math.max(0, this.value / 100));
    const at = Math.min(1, Math.max(0, this.target / 100));
    const drawing =
      this.look === 'bar'
        ? svg`<svg viewBox="0 0 100 30" preserveAspectRatio="none" role="img" aria-label=${`${this.value}%`}>
            <rect class="track" width="100" height="8" rx="4"></rect>
            <rect class="fill" width=${fraction * 100} height="8" rx="4"></rect>
            <line class="mark" x1=${at * 100} x2=${at * 100} y1="-1" y2="9"></line>
            <text x=${at * 100} y="22" text-anchor="middle">${this.year}</text>
          </svg>`
        : svg`<svg viewBox="-60 -60 120 ${this.look === 'ring' ? 120 : 66}" role="img" aria-label=${`${this.value}%`}>
            <path class="track" d=${arc(this.look === 'ring' ? 0 : -Math.PI / 2, this.look === 'ring' ? 2 * Math.PI - 1e-6 : Math.PI / 2, 1)}></path>
            <path class="fill" d=${arc(this.look === 'ring' ? 0 : -Math.PI / 2, this.look === 'ring' ? 2 * Math.PI - 1e-6 : Math.PI / 2, fraction)}></path>
            <text x="0" y="4" text-anchor="middle">${this.value}%</text>
          </svg>`;
    return html`<div class=${this.look === 'bar' ? 'bar' : 'round'}>
      <div class="head"><span>${this.label}</span><span>${this.value}%</span></div>
      ${drawing}
      <p>Mục tiêu ${this.year}: ${this.target}%</p>
      <p>Số liệu ngày 31/12/2024</p>
    </div>`;
  }
}

if (!customElements.get('bench-gauge')) customElements.define('bench-gauge', BenchGauge);
