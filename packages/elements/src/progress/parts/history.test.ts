import { expect, fixture, html } from '@open-wc/testing';
import type { Lang } from '@hn-cds/core';
import { hanoi } from '@hn-cds/core/hanoi';
import '../../hanoi.js';
import { getDefaultTaxonomy, setDefaultTaxonomy } from '../../default-taxonomy.js';
import { HISTORY_LIMIT } from './history-data.js';
import '../progress.js';
import type { CdsProgress } from '../progress.js';
import { BLOCK_SIZE } from '../progress.styles.js';
import { LOOKS } from '../geometry.js';

const FIBRE = 'society.fibre-households';

async function gauge(template: ReturnType<typeof html>): Promise<CdsProgress> {
  const el = await fixture<CdsProgress>(template);
  await el.updateComplete;
  return el;
}
const history = (el: CdsProgress) => el.shadowRoot!.querySelector<HTMLElement>('[part~="history"]');
const rows = (el: CdsProgress) =>
  [...history(el)!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));

/** Relative luminance and contrast ratio of two `rgb()` colours (WCAG 2). */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('the history part', () => {
  it('passes an axe audit', async () => {
    const el = await gauge(html`<cds-progress indicator=${FIBRE} as-of="2025-12-31"></cds-progress>`);
    await expect(el).to.be.accessible();
  });

  const cases: Array<[Lang, string, string[][]]> = [
    ['vi', '2025-12-31', [['05/02/2024', '93,15%'], ['24/10/2024', '91,4%']]],
    ['vi', '2026-01-01', [['05/02/2024', '93,15%'], ['24/10/2024', '91,4%']]],
    ['en', '2025-12-31', [['5 Feb 2024', '93.15%'], ['24 Oct 2024', '91.4%']]],
    ['en', '2026-01-01', [['5 Feb 2024', '93.15%'], ['24 Oct 2024', '91.4%']]],
  ];
  for (const [lang, asOf, figures] of cases) {
    it(`shows the fibre figures over time, each readable as text, as of ${asOf} (${lang})`, async () => {
      const el = await gauge(html`<cds-progress lang=${lang} indicator=${FIBRE} as-of=${asOf}></cds-progress>`);
      const part = history(el)!;
      expect(part).to.exist;
      expect(rows(el).map((r) => r.slice(0, 2))).to.deep.equal(figures);
      expect(rows(el)[0]![2]).to.include('Báo Hànộimới');
      expect(part.querySelector('caption')!.textContent).to.equal(lang === 'vi' ? 'Các số liệu theo thời gian' : 'Figures over time');
      expect(part.querySelector('.history-ends')!.textContent).to.equal(`${figures[0]![1]} → ${figures[1]![1]}`);
      const tips = [...part.querySelectorAll('[part~="history-point"] title')].map((t) => t.textContent);
      expect(tips).to.have.length(2);
      tips.forEach((tip, i) => expect(tip).to.include(`${figures[i]![1]} · ${figures[i]![0]}`));
    });
  }

  it('draws the fall from 93.15% to 91.4% as a line going down', async () => {
    const el = await gauge(html`<cds-progress indicator=${FIBRE} as-of="2025-12-31"></cds-progress>`);
    const [first, second] = [...history(el)!.querySelectorAll<SVGCircleElement>('[part~="history-point"]')].map((c) => c.getBoundingClientRect());
    expect(first!.left).to.be.lessThan(second!.left);
    expect(first!.top).to.be.lessThan(second!.top);
  });

  it('is absent with one dated figure: fibre before October 2024, online services, plain figures', async () => {
    const early = await gauge(html`<cds-progress indicator=${FIBRE} as-of="2024-06-30"></cds-progress>`);
    expect(history(early)).to.equal(null);
    const services = await gauge(html`<cds-progress indicator="government.online-public-services" as-of="2026-01-01"></cds-progress>`);
    expect(history(services)).to.equal(null);
    const plain = await gauge(html`<cds-progress value="40" target="90" target-year="2025" as-of="2024-10-24"></cds-progress>`);
    expect(history(plain)).to.equal(null);
  });

  it('is absent with figures of one day only (two figures of specialised databases on 24 Oct 2024)', async () => {
    const el = await gauge(html`<cds-progress indicator="government.specialised-databases" as-of="2026-01-01"></cds-progress>`);
    expect(history(el)).to.equal(null);
  });

  it('keeps the reserved block size in every look, with and without a history', async () => {
    for (const look of LOOKS) {
      for (const indicator of [FIBRE, 'government.online-public-services']) {
        const el = await gauge(html`<cds-progress look=${look} indicator=${indicator} as-of="2025-12-31" style="font-size: 20px"></cds-progress>`);
        expect(el.getBoundingClientRect().height, `${look} ${indicator}`).to.be.closeTo(BLOCK_SIZE[look] * 20, 0.5);
      }
    }
  });

  it(`draws and lists the latest ${HISTORY_LIMIT} figures of an indicator with many, and says how many there are`, async () => {
    const before = getDefaultTaxonomy()!;
    const many = Array.from({ length: 100 }, (_, i) => ({
      kind: 'value' as const,
      date: new Date(Date.UTC(2015, 0, 1 + i * 30)).toISOString().slice(0, 10),
      source: 'r003',
      value: 50 + i / 4,
      qualifier: 'exact' as const,
    }));
    setDefaultTaxonomy({ ...hanoi, indicators: hanoi.indicators.map((i) => (i.id === FIBRE ? { ...i, observations: many } : i)) });
    try {
      const el = await gauge(html`<cds-progress lang="en" indicator=${FIBRE} as-of="2025-12-31"></cds-progress>`);
      expect(rows(el)).to.have.length(HISTORY_LIMIT);
      expect(history(el)!.querySelectorAll('[part~="history-point"]')).to.have.length(HISTORY_LIMIT);
      expect(history(el)!.querySelector('caption')!.textContent).to.equal(`Figures over time (${HISTORY_LIMIT} latest of 100)`);
      expect(rows(el).at(-1)!.slice(0, 2)).to.deep.equal(['18 Feb 2023', '74.75%']);
    } finally {
      setDefaultTaxonomy(before);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`draws its line and points with at least 3:1 contrast on the ${theme} background`, async () => {
      const background = theme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)';
      const wrapper = await fixture<HTMLElement>(
        html`<div style=${`background:${background};padding:4px`}><cds-progress theme=${theme} indicator=${FIBRE} as-of="2025-12-31"></cds-progress></div>`,
      );
      const el = wrapper.querySelector('cds-progress')!;
      await el.updateComplete;
      const line = getComputedStyle(el.shadowRoot!.querySelector('[part~="history-line"]')!).stroke;
      const point = getComputedStyle(el.shadowRoot!.querySelector('[part~="history-point"]')!).fill;
      expect(contrast(line, background), line).to.be.at.least(3);
      expect(contrast(point, background), point).to.be.at.least(3);
      const ends = getComputedStyle(el.shadowRoot!.querySelector('.history-ends')!).color;
      expect(contrast(ends, background), ends).to.be.at.least(4.5);
    });
  }
});
