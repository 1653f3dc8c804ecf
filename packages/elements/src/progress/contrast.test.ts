import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../hanoi.js';
import { LOOKS } from './geometry.js';
import './progress.js';
import type { CdsProgress } from './progress.js';

/** An sRGB colour with alpha, 0 to 1 each. */
type Rgba = [number, number, number, number];

/** Reads a computed colour: rgb(), rgba() or color(srgb …), as Chromium writes them. */
function parse(colour: string): Rgba {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(colour);
  if (rgb) return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255, rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(colour);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), srgb[4] === undefined ? 1 : Number(srgb[4])];
  throw new Error(`unreadable colour: ${colour}`);
}

/** A colour painted over an opaque one. */
function over([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba {
  return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The parent of a node, crossing from a shadow root to its host. */
function up(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
}

/** The background a node is painted on: every background up to the page's, composited. */
function backdrop(node: Element): Rgba {
  const layers: Rgba[] = [];
  for (let at: Element | null = up(node); at; at = up(at)) {
    if (at instanceof SVGElement && !(at instanceof SVGSVGElement)) continue;
    const layer = parse(getComputedStyle(at).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
  }
  // The canvas under the document: white unless the root's colour scheme is dark (never here).
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [1, 1, 1, 1]);
}

/** The colour a part is drawn in, composited over its backdrop. */
function drawn(node: Element, property: 'color' | 'fill' | 'stroke' | 'backgroundColor'): Rgba {
  return over(parse(getComputedStyle(node)[property]), backdrop(node));
}

const TEXT_PARTS = ['label', 'value', 'meta', 'source'];
const SVG_TEXT_PARTS = ['target-label', 'position-label'];

/** Every text of a gauge with its contrast, and every graphic with its contrast. */
function measure(el: CdsProgress): { texts: Array<[string, number]>; graphics: Array<[string, number]> } {
  const root = el.shadowRoot!;
  const all = (name: string) => [...root.querySelectorAll(`[part~="${name}"]`)];
  const texts: Array<[string, number]> = [];
  const graphics: Array<[string, number]> = [];
  for (const name of TEXT_PARTS) for (const node of all(name)) texts.push([name, contrast(drawn(node, 'color'), backdrop(node))]);
  for (const node of root.querySelectorAll('[part~="verdict"], [part~="verdict"] strong')) texts.push([`verdict ${node.localName}`, contrast(drawn(node, 'color'), backdrop(node))]);
  for (const name of SVG_TEXT_PARTS) for (const node of all(name)) texts.push([name, contrast(drawn(node, 'fill'), backdrop(node))]);
  const graphic = (name: string, node: Element) => {
    const rank = node.closest('.rank') && (name === 'track' || name === 'indicator');
    const property = rank || name === 'target' || name === 'expected' ? 'stroke' : 'fill';
    // The bar's fill lies on its track: it must read against the track, and the track against the page.
    const track = node.closest('.bar') && name === 'indicator' ? root.querySelector('.bar [part~="track"]') : null;
    graphics.push([name, contrast(drawn(node, property), track ? drawn(track, 'fill') : backdrop(node))]);
  };
  for (const name of ['track', 'indicator', 'target', 'expected']) for (const node of all(name)) graphic(name, node);
  // A verdict's icon is the character of its ::before, a graphic that must read at 3:1 too.
  for (const node of all('verdict')) graphics.push(['verdict icon', contrast(over(parse(getComputedStyle(node, '::before').color), backdrop(node)), backdrop(node))]);
  return { texts, graphics };
}

/** Pages a gauge may be pasted into: their own background and text colour. */
const PAGES = {
  'a white page': html`<div></div>`,
  'a black page (color-scheme dark)': html`<div style="color-scheme: dark; background: Canvas; color: CanvasText"></div>`,
  'a class-dark page (#111, light text by a class)': html`<div class="page-dark"><style>.page-dark { background: #111; color: #eee; }</style></div>`,
};

/** Gauges in every look and state, and one of each other kind, with dates on both sides of 2025-12-31. */
function gauges(theme: string) {
  return html`${LOOKS.map(
    (look) =>
      html`<cds-progress theme=${theme} look=${look} indicator="society.fibre-households" as-of="2024-12-31"></cds-progress><cds-progress theme=${theme} look=${look} indicator="government.online-public-services" as-of="2025-06-30"></cds-progress><cds-progress theme=${theme} look=${look} indicator="society.fibre-households" as-of="2026-01-15"></cds-progress><cds-progress theme=${theme} look=${look} lang="en" label="Rank" unit="rank" value="7" target="5" target-year="2025" as-of="2026-01-15"></cds-progress>`,
  )}<cds-progress theme=${theme} indicator="context.population"></cds-progress><cds-progress theme=${theme} indicator="city.rank-e-commerce"></cds-progress><cds-progress theme=${theme} indicator="government.online-work-records" as-of="2024-12-31"></cds-progress><cds-progress theme=${theme} indicator="economy.startup-ecosystem" as-of="2024-12-31"></cds-progress><cds-progress theme=${theme} indicator="city.rank-innovation" as-of="2026-01-15"></cds-progress>`;
}

describe('cds-progress contrast, from rendered colours', () => {
  for (const [page, template] of Object.entries(PAGES)) {
    for (const theme of ['auto', 'light', 'dark']) {
      it(`reads at AA on ${page} with theme="${theme}": text 4.5:1, track, indicator and markers 3:1`, async () => {
        const host = await fixture<HTMLElement>(template);
        const box = document.createElement('div');
        host.append(box);
        render(gauges(theme), box);
        const els = [...box.querySelectorAll('cds-progress')];
        await Promise.all(els.map((el) => el.updateComplete));
        let texts = 0;
        let graphics = 0;
        for (const el of els) {
          const found = measure(el);
          for (const [name, ratio] of found.texts) expect(ratio, `${name} of ${el.indicator || el.label} (${el.look})`).to.be.at.least(4.5);
          for (const [name, ratio] of found.graphics) expect(ratio, `${name} of ${el.indicator || el.label} (${el.look})`).to.be.at.least(3);
          texts += found.texts.length;
          graphics += found.graphics.length;
        }
        // Every part was found and measured, so the check above cannot pass by measuring nothing.
        expect(texts).to.be.greaterThan(els.length * 3);
        expect(graphics).to.be.greaterThan(els.length * 2);
        if (theme !== 'auto') {
          for (const el of els) expect(parse(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor)[3], 'own background').to.equal(1);
        }
      });
    }
  }

  it('measures a failing contrast, so the checks above can fail: dark text of theme="light" painted on no background over black', async () => {
    const host = await fixture<HTMLElement>(html`<div style="background: #000"><cds-progress theme="light" style="--cds-color-background: transparent" indicator="society.fibre-households" as-of="2024-12-31"></cds-progress></div>`);
    const el = host.querySelector('cds-progress')!;
    await el.updateComplete;
    const { texts } = measure(el);
    expect(Math.min(...texts.map(([, ratio]) => ratio))).to.be.below(2);
  });
});
