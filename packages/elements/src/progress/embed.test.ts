// How <cds-progress> behaves when embedded in pages it does not control. Pages that need HTTP
// headers (a strict CSP, Trusted Types) or a late script live in test-pages/ and are served by the
// middleware of web-test-runner.config.mjs; each runs in an iframe and reports by postMessage.
import { expect, fixture, html } from '@open-wc/testing';
import '../hanoi.js';
import './progress.js';
import type { CdsProgress } from './progress.js';

interface GaugeReport {
  look: string;
  meter: boolean;
  value: string | null;
  fillWidth: number;
  adoptedSheets: number;
  height: number;
}

interface SummaryReport {
  segments: number;
  computed: string | null;
  reported: string | null;
  adoptedSheets: number;
  height: number;
}

interface PageReport {
  probe: string;
  gauges: GaugeReport[];
  summaries: SummaryReport[];
  cls: number;
  violations: string[];
  errors: string[];
  defined: string | null;
  before?: Array<{ text: string; height: number; visible: boolean }>;
  afterTop?: number;
  afterTopLater?: number;
}

/**
 * Served unbundled, core's index pulls zod in at page load and zod probes `new Function` once,
 * catching the error; the page reports the attempt. The CDN bundles keep zod in the lazy chunk,
 * imported with zod's jitless flag so the probe never runs (tests/bundle-size.test.ts checks that
 * the entries carry no eval).
 */
function fromZodProbe(violation: string): boolean {
  return /^(script-src eval|require-trusted-types-for trusted-types-sink) .*\/zod\/v4\/core\/util\.js/.test(violation);
}

async function openPage(name: string): Promise<PageReport> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 640px; height: 900px; border: 0';
  const report = new Promise<PageReport>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} sent no report`)), 15000);
    window.addEventListener('message', function listen(event: MessageEvent<PageReport>) {
      if (event.source !== frame.contentWindow) return;
      clearTimeout(timer);
      window.removeEventListener('message', listen);
      resolve(event.data);
    });
  });
  frame.src = `/packages/elements/test-pages/${name}.html`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

describe('embedding cds-progress', () => {
  it('passes an axe audit as an editor writes it, fallback text inside', async () => {
    const el = await fixture<CdsProgress>(html`<cds-progress indicator="society.fibre-households" as-of="2024-12-31">Phủ cáp quang hộ gia đình: 91,4%</cds-progress>`);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('renders every look under a strict CSP with no violation and no inline style', async () => {
    const report = await openPage('csp');
    expect(report.violations.filter((v) => !fromZodProbe(v))).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.gauges.map((g) => g.look)).to.deep.equal(['bar', 'ring', 'gauge']);
    for (const gauge of report.gauges) {
      expect(gauge.meter, gauge.look).to.equal(true);
      expect(gauge.fillWidth, `${gauge.look} fill drawn`).to.be.greaterThan(0);
      expect(gauge.adoptedSheets, `${gauge.look} styles adopted`).to.be.greaterThan(0);
    }
  });

  it('renders with Trusted Types enforced when the page allows the lit-html policy', async () => {
    const report = await openPage('trusted-types');
    expect(report.violations.filter((v) => !fromZodProbe(v))).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.gauges.every((g) => g.meter)).to.equal(true);
  });

  it('shows the fallback text in the reserved box and shifts nothing when the script arrives late', async () => {
    const report = await openPage('late');
    expect(report.before!.map((b) => b.visible)).to.deep.equal([true, true, true]);
    expect(report.before![0]!.text).to.include('91.4%');
    expect(report.gauges.every((g) => g.meter)).to.equal(true);
    report.gauges.forEach((gauge, i) => expect(gauge.height, gauge.look).to.be.closeTo(report.before![i]!.height, 0.5));
    expect(report.afterTopLater).to.equal(report.afterTop);
    expect(report.cls).to.equal(0);
  });

  it('measures a layout shift when a page leaves out the reserve stylesheet, so the check above can fail', async () => {
    const report = await openPage('late-unreserved');
    expect(report.gauges.every((g) => g.meter)).to.equal(true);
    expect(report.cls).to.be.greaterThan(0);
  });

  it('loads twice, and beside a second copy of the element module, without throwing', async () => {
    const report = await openPage('double');
    expect(report.errors).to.deep.equal([]);
    expect(report.defined).to.equal('CdsProgress');
    expect(report.gauges).to.have.length(1);
    expect(report.gauges[0]!.value).to.equal('91,4%');
  });

  it('keeps its own text settings under hostile page CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `
      body { text-transform: uppercase; letter-spacing: 0.5em; word-spacing: 2em; text-align: center; line-height: 4; white-space: pre; font-style: italic; }
      * { box-sizing: content-box !important; padding: 11px; margin: 7px; border: 3px solid red; fill: red !important; color: red !important; }
      svg, span, a, ul, li, div:not(:has(cds-progress)) { display: none !important; visibility: hidden !important; }
    `;
    document.head.append(style);
    try {
      const el = await fixture<CdsProgress>(html`<cds-progress look="bar" indicator="society.fibre-households" as-of="2024-12-31" style="width: 400px"></cds-progress>`);
      await el.updateComplete;
      const label = el.shadowRoot!.querySelector<HTMLElement>('[part~="label"]')!;
      const track = el.shadowRoot!.querySelector<HTMLElement>('[part~="track"]')!;
      const fill = el.shadowRoot!.querySelector<HTMLElement>('[part~="indicator"]')!;
      const looks = getComputedStyle(label);
      expect([looks.textTransform, looks.letterSpacing, looks.fontStyle, looks.visibility]).to.deep.equal(['none', 'normal', 'normal', 'visible']);
      expect(track.getBoundingClientRect().width).to.be.greaterThan(100);
      expect(fill.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(label.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      style.remove();
    }
  });
});

describe('embedding cds-summary', () => {
  for (const page of ['summary-csp', 'summary-trusted-types']) {
    it(`renders under ${page.replace('summary-', '')} with no violation and no error`, async () => {
      const report = await openPage(page);
      expect(report.violations.filter((v) => !fromZodProbe(v))).to.deep.equal([]);
      expect(report.errors).to.deep.equal([]);
      expect(report.summaries.map((s) => s.segments > 0)).to.deep.equal([true, true]);
      expect(report.summaries[0]!.segments).to.equal(15);
      expect(report.summaries[0]!.reported).to.include('8/15');
      for (const summary of report.summaries) expect(summary.adoptedSheets).to.be.greaterThan(0);
    });
  }

  it('shows the fallback text in the reserved box and shifts nothing when the script arrives late', async () => {
    const report = await openPage('summary-late');
    expect(report.before!.map((b) => b.visible)).to.deep.equal([true]);
    expect(report.before![0]!.text).to.include('8/15');
    expect(report.summaries[0]!.segments).to.equal(15);
    expect(report.summaries[0]!.height).to.be.closeTo(report.before![0]!.height, 0.5);
    expect(report.afterTopLater).to.equal(report.afterTop);
    expect(report.cls).to.equal(0);
  });
});
