import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { describeRollUp, rollUp, type Lang, VERDICTS } from '@hn-cds/core';
import { hanoi } from '@hn-cds/core/hanoi';
import '../hanoi.js';
import { getDefaultTaxonomy, setDefaultTaxonomy } from '../default-taxonomy.js';
import type { CdsErrorDetail } from '../progress/attributes.js';
import './summary.js';
import type { CdsSelectDetail, CdsSummary } from './summary.js';
import { SUMMARY_MIN_BLOCK_SIZE } from './summary.styles.js';

const LANGS: Lang[] = ['vi', 'en'];
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

async function summary(template: ReturnType<typeof html>): Promise<CdsSummary> {
  const el = await fixture<CdsSummary>(template);
  await el.updateComplete;
  return el;
}

async function settled(el: CdsSummary): Promise<void> {
  const start = performance.now();
  while (!part(el, 'segments') && !el.shadowRoot!.querySelector('[part~="message"]:not(:empty)') && performance.now() - start < 5000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  while ((el as unknown as { loading: boolean }).loading && performance.now() - start < 5000) await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
}

/** Relative luminance contrast of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('cds-summary', () => {
  describe('accessibility', () => {
    for (const lang of LANGS) {
      for (const [state, asOf] of [['before the deadline', '2024-10-24'], ['after the deadline', '2026-12-02']] as const) {
        it(`passes an axe audit: NQ18 2025, ${lang}, ${state}`, async () => {
          const el = await summary(html`<cds-summary lang=${lang} document="nq18" year="2025" as-of=${asOf}></cds-summary>`);
          await expect(el).to.be.accessible();
          part(el, 'targets')!.setAttribute('open', '');
          await expect(el).to.be.accessible();
        });
      }
      it(`passes an axe audit with an error shown (${lang})`, async () => {
        const el = await summary(html`<cds-summary lang=${lang} document="nq18"></cds-summary>`);
        await expect(el).to.be.accessible();
      });
    }

    it('gives the whole scorecard as the description of its group, and names each segment', async () => {
      const el = await summary(html`<cds-summary document="nq18" year="2025" as-of="2024-10-24"></cds-summary>`);
      const base = part(el, 'base')!;
      const sentence = el.shadowRoot!.getElementById(base.getAttribute('aria-describedby')!)!;
      const expected = describeRollUp(hanoi, rollUp(hanoi, { year: 2025, asOf: '2024-10-24', document: 'nq18' }));
      expect(sentence.textContent).to.equal(expected.sentence);
      for (const segment of parts(el, 'segment')) {
        expect(segment.tagName).to.equal('BUTTON');
        expect(segment.getAttribute('aria-label')).to.match(/: .+: .+/);
        expect(segment.querySelector('[part~="verdict-icon"]')).to.exist;
      }
    });
  });

  describe('the Hanoi NQ18 2025 scorecard', () => {
    for (const lang of LANGS) {
      it(`shows the reported 8/15 beside counts consistent with core's rollUp (${lang})`, async () => {
        const el = await summary(html`<cds-summary lang=${lang} document="nq18" year="2025" as-of="2024-10-24"></cds-summary>`);
        const computed = rollUp(hanoi, { year: 2025, asOf: '2024-10-24', document: 'nq18' });
        const text = describeRollUp(hanoi, computed, { lang });
        expect(parts(el, 'segment')).to.have.length(computed.total.total);
        expect(computed.total.total).to.equal(15);
        expect(part(el, 'reported')!.textContent).to.include(lang === 'vi' ? 'nguồn báo cáo: 8/15' : 'reported: 8 of 15');
        expect(part(el, 'reported')!.textContent).to.include(lang === 'vi' ? '24/10/2024' : '24 Oct 2024');
        expect(part(el, 'computed')!.textContent).to.equal(text.computed);
        expect(part(el, 'difference')!.textContent).to.equal(text.difference);
        // The segments, by status, are the roll-up's counts.
        const shown = Object.fromEntries(VERDICTS.map((s) => [s, parts(el, 'segment').filter((seg) => seg.dataset.status === s).length]));
        expect(shown).to.deep.equal(computed.total.counts);
        const counts = el.shadowRoot!.querySelectorAll('[part~="counts"] li');
        expect([...counts].map((li) => li.textContent!.trim())).to.deep.equal(text.counts.map((c) => `${c.label}: ${c.count}`));
        expect(part(el, 'meta')!.textContent).to.equal(text.asOf);
      });
    }

    it('counts the past deadlines as awaiting their final figure after 2025, none missed', async () => {
      const el = await summary(html`<cds-summary lang="en" document="nq18" year="2025" as-of="2026-12-02"></cds-summary>`);
      const statuses = parts(el, 'segment').map((s) => s.dataset.status);
      expect(statuses.filter((s) => s === 'awaiting_final')).to.have.length(4);
      expect(statuses).to.not.include('missed');
      expect(part(el, 'difference')!.textContent).to.include('past the deadline with no figure');
    });

    it('counts one pillar with no reported count (the report counts the whole document)', async () => {
      const el = await summary(html`<cds-summary document="nq18" year="2025" pillar="society" as-of="2024-10-24"></cds-summary>`);
      const computed = rollUp(hanoi, { year: 2025, asOf: '2024-10-24', document: 'nq18', pillar: 'society' });
      expect(parts(el, 'segment')).to.have.length(computed.total.total);
      expect(part(el, 'reported')).to.equal(null);
    });

    it('opens the list at a target when its segment is chosen, by mouse or keyboard, and says which', async () => {
      const el = await summary(html`<cds-summary document="nq18" year="2025" as-of="2024-10-24"></cds-summary>`);
      const details = part(el, 'targets') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      const segment = parts(el, 'segment')[0]!;
      const event = oneEvent(el, 'cds-select') as Promise<CustomEvent<CdsSelectDetail>>;
      segment.focus();
      segment.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      segment.click();
      const { detail } = await event;
      expect(detail.year).to.equal(2025);
      expect(hanoi.indicators.some((i) => i.id === detail.indicator)).to.equal(true);
      expect(details.open).to.equal(true);
      expect(el.shadowRoot!.activeElement?.id).to.equal('row-0');
      expect(el.shadowRoot!.activeElement!.textContent).to.include(segment.getAttribute('aria-label')!.split(': ').at(-1)!);
    });

    it('keeps the block size reserve.css promises, and fits NQ18’s scorecard in it', async () => {
      const reserve = await (await fetch(new URL('../progress/reserve.css', import.meta.url))).text();
      const wide = /cds-summary \{[^}]*min-block-size: ([\d.]+)em/.exec(reserve)![1];
      expect(Number(wide)).to.equal(SUMMARY_MIN_BLOCK_SIZE.wide);
      for (const [query, size] of Object.entries(SUMMARY_MIN_BLOCK_SIZE).slice(1)) {
        expect(reserve, query).to.match(new RegExp(`@media \\(${query}\\) \\{\\s*cds-summary \\{\\s*min-block-size: ${size}em`));
      }
      const short = await summary(html`<cds-summary document="nq18" year="2025" pillar="economy" as-of="2024-10-24" style="width: 640px"></cds-summary>`);
      const em = parseFloat(getComputedStyle(short).fontSize);
      expect(short.getBoundingClientRect().height).to.be.closeTo(SUMMARY_MIN_BLOCK_SIZE.wide * em, 0.5);
      const full = await summary(html`<cds-summary lang="vi" document="nq18" year="2025" as-of="2024-10-24" style="width: 640px"></cds-summary>`);
      expect(full.getBoundingClientRect().height).to.be.closeTo(SUMMARY_MIN_BLOCK_SIZE.wide * em, 0.5);
    });
  });

  describe('themes', () => {
    for (const [theme, background] of [['light', 'rgb(255, 255, 255)'], ['dark', 'rgb(13, 17, 23)']] as const) {
      it(`reads with AA contrast with theme="${theme}" on its own background`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style=${`background:${background};padding:4px`}><cds-summary theme=${theme} document="nq18" year="2025" as-of="2024-10-24"></cds-summary></div>`);
        const el = wrapper.querySelector('cds-summary')!;
        await el.updateComplete;
        for (const name of ['title', 'computed', 'reported', 'meta']) {
          expect(contrast(getComputedStyle(part(el, name)!).color, background), name).to.be.at.least(4.5);
        }
        for (const segment of parts(el, 'segment')) {
          expect(contrast(getComputedStyle(segment).backgroundColor, background), segment.dataset.status).to.be.at.least(3);
        }
      });
    }
  });

  describe('data paths and errors', () => {
    it('counts from a src payload', async () => {
      const el = await summary(html`<cds-summary src="/packages/elements/test-pages/indicators.json" year="2025" as-of="2024-12-31"></cds-summary>`);
      await settled(el);
      expect(parts(el, 'segment').length).to.be.greaterThan(0);
    });

    it('says so when a src cannot be loaded, and fires cds-error', async () => {
      const el = await fixture<CdsSummary>(html`<cds-summary src="/packages/elements/test-pages/missing.json" year="2025"></cds-summary>`);
      const { detail } = (await oneEvent(el, 'cds-error')) as CustomEvent<CdsErrorDetail>;
      expect(detail.code).to.equal('http_error');
      await el.updateComplete;
      expect(part(el, 'message')!.textContent).to.equal(detail.message.vi);
    });

    it('says no dataset is loaded, in the page language, when there is none', async () => {
      const previous = getDefaultTaxonomy();
      setDefaultTaxonomy(undefined);
      try {
        const el = await summary(html`<div lang="en"><cds-summary document="nq18" year="2025"></cds-summary></div>`).then((d) => d.querySelector('cds-summary')!);
        await el.updateComplete;
        expect(part(el, 'message')!.textContent).to.match(/^No dataset is loaded/);
      } finally {
        setDefaultTaxonomy(previous);
      }
    });

    for (const [attribute, value, expected] of [
      ['document', 'nq19', /nq18/],
      ['pillar', 'health', /society/],
      ['year', '25', /1900/],
      ['as-of', '2024-13-45', /YYYY-MM-DD/],
    ] as const) {
      it(`explains an invalid ${attribute} in both languages and fires cds-error`, async () => {
        const el = document.createElement('cds-summary');
        el.setAttribute('year', '2025');
        el.setAttribute('document', 'nq18');
        el.setAttribute(attribute, value);
        const event = oneEvent(el, 'cds-error') as Promise<CustomEvent<CdsErrorDetail>>;
        document.body.append(el);
        try {
          const { detail } = await event;
          expect(detail.code).to.equal('invalid_attribute');
          expect(detail.attribute).to.equal(attribute);
          expect(detail.message.en).to.match(expected);
          expect(detail.message.vi).to.match(expected);
        } finally {
          el.remove();
        }
      });
    }

    it('asks for a year when none is given, and keeps the last good render when one turns invalid', async () => {
      const el = await fixture<CdsSummary>(html`<cds-summary document="nq18"></cds-summary>`);
      await el.updateComplete;
      expect(part(el, 'message')!.textContent).to.include('year');
      el.year = '2025';
      el.asOf = '2024-10-24';
      await el.updateComplete;
      expect(parts(el, 'segment')).to.have.length(15);
      el.document = 'nope';
      await el.updateComplete;
      expect(parts(el, 'segment')).to.have.length(15);
      expect(part(el, 'notice')!.textContent).to.include('nope');
    });
  });
});
