// Server-rendered <cds-progress> tags in Chromium: with JavaScript disabled the reader sees drawn
// gauges with their values and verdicts; when the script arrives late the tags upgrade in place,
// with no layout shift (and no stylesheet), no error, no cds-error and the same shadow DOM, also
// under a strict CSP and with Trusted Types enforced. The pages are rendered by the built
// renderHtml (see test-pages/ssr-pages.mjs, served by the middleware of web-test-runner.config.mjs).
import { expect } from '@open-wc/testing';
// This file imports no element: the tags it parses into its own page stay server-rendered markup.

interface Snapshot {
  look: string;
  markup: string;
  height: number;
  fillWidth: number;
  value: string | null;
  valueVisible: boolean;
  statuses: Array<string | undefined>;
}

interface SsrReport {
  probe: string;
  defined?: boolean;
  before?: Snapshot[];
  after: Snapshot[];
  upgraded: boolean[];
  afterTop?: number;
  afterTopLater: number;
  adoptedSheets: number[];
  styleElements: number[];
  cls: number;
  violations: string[];
  errors: string[];
  cdsErrors: string[];
}

/** Served unbundled, zod probes `new Function` once and catches the error (see embed.test.ts). */
function fromZodProbe(violation: string): boolean {
  return /^(script-src eval|require-trusted-types-for trusted-types-sink) .*\/zod\/v4\/core\/util\.js/.test(violation);
}

function frameFor(name: string, sandbox?: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  // Through the CSSOM: the test page's own CSP is wtr's, and this sizes the frame only.
  frame.style.cssText = 'width: 640px; height: 900px; border: 0';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = `/__cds/ssr/${name}.html`;
  return frame;
}

async function openReport(name: string): Promise<SsrReport> {
  const frame = frameFor(name);
  const report = new Promise<SsrReport>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} sent no report`)), 20000);
    window.addEventListener('message', function listen(event: MessageEvent<SsrReport>) {
      if (event.source !== frame.contentWindow) return;
      clearTimeout(timer);
      window.removeEventListener('message', listen);
      resolve(event.data);
    });
  });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

const visible = (el: Element | null | undefined) => Boolean(el && el.checkVisibility() && el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().width > 0);

describe('server-rendered cds-progress', () => {
  describe('with JavaScript disabled', () => {
    let frame: HTMLIFrameElement;
    let doc: Document;

    before(async () => {
      // Same origin so the test can read the frame; no allow-scripts, so nothing runs in it.
      frame = frameFor('nojs', 'allow-same-origin');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      doc = frame.contentDocument!;
    });

    after(() => frame.remove());

    const gauges = () => [...doc.querySelectorAll('cds-progress')];
    const shadow = (el: Element) => el.shadowRoot!;

    it('runs no script and defines no element, yet every tag holds its shadow root', () => {
      expect(frame.contentWindow!.customElements.get('cds-progress')).to.equal(undefined);
      expect(gauges()).to.have.length(3 * 2 * 4 + 2);
      for (const el of gauges()) expect(el.shadowRoot, el.outerHTML.slice(0, 120)).to.not.equal(null);
    });

    it('draws the fill of every look, the bar\'s at the figure on its track', () => {
      const fibre = gauges().filter((el) => el.getAttribute('indicator') === 'society.fibre-households');
      expect(fibre).to.have.length(12);
      for (const el of fibre) {
        const look = el.getAttribute('look');
        const fill = shadow(el).querySelector('[part~="indicator"]')!.getBoundingClientRect();
        const track = shadow(el).querySelector('[part~="track"]')!.getBoundingClientRect();
        expect(fill.width, `${look} fill`).to.be.greaterThan(0);
        if (look === 'bar') {
          expect(fill.width / track.width, 'bar fill at 91.4%').to.be.closeTo(0.914, 0.005);
          const marker = shadow(el).querySelector('[part~="target"][data-year="2025"]')!.getBoundingClientRect();
          expect((marker.left - track.left) / track.width, 'marker at 90%').to.be.closeTo(0.9, 0.005);
        }
        expect(getComputedStyle(shadow(el).querySelector('[part~="indicator"]')!).fill, `${look} fill colour`).to.match(/^rgb\(/);
      }
    });

    it('shows the value and the verdicts as text, in each language, and the fallback text stays hidden', () => {
      for (const el of gauges().filter((g) => g.getAttribute('indicator') === 'society.fibre-households')) {
        const value = shadow(el).querySelector('[part~="value"]')!;
        expect(visible(value)).to.equal(true);
        expect(value.textContent).to.equal(el.getAttribute('lang') === 'vi' ? '91,4%' : '91.4%');
        const first = shadow(el).querySelector('[part~="verdict"] strong')!;
        expect(visible(first)).to.equal(true);
        expect(first.textContent).to.equal(el.getAttribute('lang') === 'vi' ? 'vượt mức sớm' : 'exceeded early');
        expect(el.textContent).to.include(el.getAttribute('lang') === 'vi' ? '91,4%' : '91.4%');
        const range = doc.createRange();
        range.selectNodeContents(el);
        expect(range.getClientRects().length, 'fallback text not laid out').to.equal(0);
      }
    });

    it('takes the height of what it draws, so nothing is cut and no empty space is left before the script', () => {
      for (const el of gauges().filter((g) => g.shadowRoot!.querySelector('[part~="base"][data-kind]'))) {
        const base = shadow(el).querySelector('[part~="base"]')!.getBoundingClientRect();
        const host = el.getBoundingClientRect();
        expect(host.height, el.getAttribute('look')!).to.be.greaterThan(100);
        expect(base.height, el.getAttribute('look')!).to.be.closeTo(host.height, 0.5);
      }
    });

    it('says there is no figure yet, and names an unknown indicator, visibly', () => {
      for (const el of gauges().filter((g) => g.getAttribute('indicator') === 'economy.digital-economy-share')) {
        const value = shadow(el).querySelector('[part~="value"]')!;
        expect(visible(value)).to.equal(true);
        expect(value.textContent).to.equal(el.getAttribute('lang') === 'vi' ? 'Chưa có số liệu' : 'No figure yet');
      }
      for (const el of gauges().filter((g) => g.getAttribute('indicator') === 'society.nope')) {
        const message = shadow(el).querySelector('[part~="message"]')!;
        expect(visible(message)).to.equal(true);
        expect(message.textContent).to.include('society.nope');
      }
    });

    it('gives the verdicts of the day it was rendered for, on both sides of the 2025 deadline', () => {
      const [before, after] = gauges().filter((g) => g.getAttribute('indicator') === 'government.online-public-services');
      expect(before!.getAttribute('as-of')).to.equal('2025-12-31');
      expect(after!.getAttribute('as-of')).to.equal('2026-01-01');
      const statuses = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="verdict"]')].map((v) => v.dataset.status);
      expect(statuses(after!)).to.include('awaiting_final');
      expect(statuses(before!)).to.not.include('awaiting_final');
      expect(statuses(after!)).to.not.include('missed');
      expect(visible(shadow(after!).querySelector('[part~="verdict"]'))).to.equal(true);
    });
  });

  it('passes an axe audit before any script, in every look, language, theme and state (dark ones on a dark page)', async () => {
    const page = await (await fetch('/__cds/ssr/nojs.html')).text();
    const container = document.createElement('div');
    // Parsed as the HTML parser parses a page, declarative shadow roots included.
    container.setHTMLUnsafe(/<body>([\s\S]*)<\/body>/.exec(page)![1]!);
    document.body.append(container);
    try {
      expect(customElements.get('cds-progress')).to.equal(undefined);
      const tags = [...container.querySelectorAll('cds-progress')];
      expect(tags).to.have.length(3 * 2 * 4 + 2);
      expect(tags.every((el) => el.shadowRoot?.querySelector('[part~="base"]'))).to.equal(true);
      // A dark gauge has a transparent background, for a dark page: audit it on one.
      const dark = document.createElement('div');
      dark.style.cssText = 'background: #0d1117; color-scheme: dark';
      dark.append(...tags.filter((el) => el.getAttribute('theme') === 'dark'));
      container.append(dark);
      expect(dark.children).to.have.length(6);
      await expect(container).to.be.accessible();
    } finally {
      container.remove();
    }
  });

  describe('when the script arrives late', () => {
    it('upgrades every tag in place: no layout shift without any stylesheet, no error, the same DOM', async () => {
      const report = await openReport('late');
      expect(report.defined, 'not defined before the script').to.equal(false);
      expect(report.before!.every((g) => g.fillWidth > 0 || g.value === 'No figure yet')).to.equal(true);
      expect(report.before!.every((g) => g.valueVisible)).to.equal(true);
      expect(report.upgraded).to.deep.equal([true, true, true, true]);
      expect(report.cls).to.equal(0);
      expect(report.afterTopLater).to.equal(report.afterTop);
      report.after.forEach((g, i) => {
        const was = report.before![i]!;
        expect(g.markup, `${g.look} shadow DOM`).to.equal(was.markup);
        expect(g.height).to.equal(was.height);
        expect(g.fillWidth).to.be.closeTo(was.fillWidth, 0.01);
        expect(g.statuses).to.deep.equal(was.statuses);
      });
      // The element drew into the server's shadow root: its <style> gave way to the adopted sheet.
      expect(report.styleElements).to.deep.equal([0, 0, 0, 0]);
      expect(report.adoptedSheets.every((n) => n > 0)).to.equal(true);
      expect(report.errors).to.deep.equal([]);
      expect(report.cdsErrors).to.deep.equal([]);
      expect(report.violations).to.deep.equal([]);
    });

    it('does the same under a strict CSP that allows the tags\' style by its hash', async () => {
      const report = await openReport('csp');
      expect(report.violations.filter((v) => !fromZodProbe(v))).to.deep.equal([]);
      expect(report.before!.every((g) => g.valueVisible && g.height > 100)).to.equal(true);
      expect(report.upgraded).to.deep.equal([true, true, true, true]);
      expect(report.cls).to.equal(0);
      report.after.forEach((g, i) => expect(g.markup, g.look).to.equal(report.before![i]!.markup));
      expect(report.errors).to.deep.equal([]);
      expect(report.cdsErrors).to.deep.equal([]);
    });

    it('upgrades with Trusted Types enforced', async () => {
      const report = await openReport('trusted-types');
      expect(report.violations.filter((v) => !fromZodProbe(v))).to.deep.equal([]);
      expect(report.upgraded).to.deep.equal([true, true, true, true]);
      expect(report.after.every((g) => g.valueVisible)).to.equal(true);
      expect(report.cls).to.equal(0);
      expect(report.errors).to.deep.equal([]);
      expect(report.cdsErrors).to.deep.equal([]);
    });
  });
});
