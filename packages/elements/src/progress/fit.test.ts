import { expect, fixture, html } from '@open-wc/testing';
import type { Lang } from '@hn-cds/core';
import { hanoi } from '@hn-cds/core/hanoi';
import '../hanoi.js';
import { LOOKS, type Look } from './geometry.js';
import './progress.js';
import { BLOCK_SIZE } from './progress.styles.js';
import type { CdsProgress } from './progress.js';

/** Parts that hold text a reader must see whole: block boxes whose width can be measured. */
const TEXT_BOXES = '[part~="label"], [part~="value"], [part~="verdict"], [part~="meta"], [part~="message"], [part~="notice"]';
/** Text drawn in SVG, measured by its box against the gauge's. */
const SVG_TEXTS = '[part~="target-label"], [part~="position-label"]';

/** The parent of a node, crossing from a shadow root to its host. */
function up(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
}

/** Whether a box clips what overflows it: overflow other than visible, or paint containment. */
function clips(node: Element): boolean {
  const style = getComputedStyle(node);
  return style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|content|strict/.test(style.contain);
}

function inside(inner: DOMRect, outer: DOMRect, slack = 1): boolean {
  return inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
}

/** What is cut in one gauge, as readable lines; empty when nothing is. */
function cuts(el: CdsProgress): string[] {
  const root = el.shadowRoot!;
  const found: string[] = [];
  const name = (node: Element) => `${el.indicator} ${el.look} ${el.lang} ${node.getAttribute('part') ?? node.className}: “${node.textContent}”`;
  for (const node of root.querySelectorAll<HTMLElement>(TEXT_BOXES)) {
    if (node.scrollWidth > node.clientWidth + 1) found.push(`${name(node)} overflows (${node.scrollWidth} > ${node.clientWidth})`);
    for (let at: Element | null = node; at && at !== document.body; at = up(at)) {
      if (getComputedStyle(at).textOverflow === 'ellipsis') found.push(`${name(node)} has text-overflow: ellipsis`);
      if (at !== node && clips(at) && !inside(node.getBoundingClientRect(), at.getBoundingClientRect())) found.push(`${name(node)} is clipped by ${at.localName}.${at.getAttribute('part') ?? at.className}`);
    }
  }
  const box = el.getBoundingClientRect();
  for (const node of root.querySelectorAll(SVG_TEXTS)) if (!inside(node.getBoundingClientRect(), box)) found.push(`${name(node)} leaves the gauge`);
  // A value inside a ring or gauge sits in the hole of the arc: its box is the hole, and the text fits it (checked above).
  for (const value of root.querySelectorAll('.graphic > [part~="value"]')) {
    const svg = value.parentElement!.querySelector('svg')!;
    if (!inside(value.getBoundingClientRect(), svg.getBoundingClientRect(), 0.5)) found.push(`${name(value)} spills out of its graphic`);
  }
  return found;
}

/** Every indicator of the Hanoi dataset in one look and language, in a column of the given width. */
async function column(width: number, look: Look, lang: Lang, asOf: string, ids = hanoi.indicators.map((i) => i.id)): Promise<CdsProgress[]> {
  const box = await fixture<HTMLElement>(html`<div style=${`inline-size: ${width}px`}>${ids.map((id) => html`<cds-progress look=${look} lang=${lang} indicator=${id} as-of=${asOf}></cds-progress>`)}</div>`);
  const els = [...box.querySelectorAll('cds-progress')];
  await Promise.all(els.map((el) => el.updateComplete));
  return els;
}

describe('cds-progress fits any column', () => {
  for (const look of LOOKS) {
    for (const lang of ['vi', 'en'] as const) {
      it(`cuts no text of any Hanoi indicator at 320 px: ${look}, ${lang}`, async function () {
        this.timeout(30000);
        for (const asOf of ['2025-06-30', '2026-01-15']) {
          const els = await column(320, look, lang, asOf);
          expect(els).to.have.length(hanoi.indicators.length);
          expect(els.flatMap(cuts)).to.deep.equal([]);
        }
      });
    }
  }

  for (const lang of ['vi', 'en'] as const) {
    it(`cuts no text at 280 px and at full width (${lang})`, async function () {
      this.timeout(30000);
      const sample = ['society.fibre-households', 'society.e-payment-urban-adults', 'society.fixed-broadband-subscriptions', 'government.online-work-records', 'city.rank-digital-transformation', 'context.population', 'city.rank-e-commerce'];
      for (const look of LOOKS) {
        for (const width of [280, 1200]) expect((await column(width, look, lang, '2026-01-15', sample)).flatMap(cuts)).to.deep.equal([]);
      }
    });
  }

  it('prints a long round value under its graphic and a short one inside it, in both languages', async () => {
    for (const look of ['ring', 'gauge'] as const) {
      for (const lang of ['vi', 'en'] as const) {
        const [long, short] = await column(320, look, lang, '2024-12-31', ['society.e-payment-urban-adults', 'society.fibre-households']);
        expect(long!.shadowRoot!.querySelector('[part~="value"]')!.hasAttribute('data-under'), `${look} ${lang}`).to.equal(true);
        expect(short!.shadowRoot!.querySelector('.graphic > [part~="value"]'), `${look} ${lang}`).to.exist;
      }
    }
  });

  it('fits every Hanoi gauge in the size reserve.css reserves, in the narrowest column of each viewport range, so the page never moves', async function () {
    this.timeout(60000);
    // The narrowest viewport of each range, less the 8 px margins of a page.
    const columns = [[704, BLOCK_SIZE.wide], [464, BLOCK_SIZE.tablet], [344, BLOCK_SIZE.phone], [280, BLOCK_SIZE.narrow]] as const;
    const taller: string[] = [];
    for (const [width, sizes] of columns) {
      for (const look of LOOKS) {
        for (const lang of ['vi', 'en'] as const) {
          for (const asOf of ['2024-12-31', '2026-01-15']) {
            const box = await fixture<HTMLElement>(html`<div style=${`inline-size: ${width}px; font-size: 16px`}>${hanoi.indicators.map((i) => html`<cds-progress look=${look} lang=${lang} indicator=${i.id} as-of=${asOf}></cds-progress>`)}</div>`);
            const els = [...box.querySelectorAll('cds-progress')];
            await Promise.all(els.map((el) => el.updateComplete));
            for (const el of els) {
              const height = el.getBoundingClientRect().height / 16;
              if (height > sizes[look] + 0.01) taller.push(`${el.indicator} ${look} ${lang} ${asOf} at ${width} px: ${height.toFixed(2)}em > ${sizes[look]}em`);
            }
          }
        }
      }
    }
    expect(taller).to.deep.equal([]);
  });

  it('finds a cut when there is one, so the checks above can fail', async () => {
    const [el] = await column(320, 'bar', 'en', '2024-12-31', ['society.fibre-households']);
    const label = el!.shadowRoot!.querySelector<HTMLElement>('[part~="label"]')!;
    label.style.whiteSpace = 'nowrap';
    label.style.overflow = 'hidden';
    label.style.textOverflow = 'ellipsis';
    label.textContent = 'A label far too long to fit a column of three hundred and twenty pixels';
    const found = cuts(el!);
    expect(found.some((line) => line.includes('overflows'))).to.equal(true);
    expect(found.some((line) => line.includes('ellipsis'))).to.equal(true);
  });
});
