import { expect, fixture, html } from '@open-wc/testing';
import { assessIndicator, describeIndicator, formatObservation, formatTarget, formatVerdictSummary, getIndicator, latestObservation, type Lang } from '@hn-cds/core';
import { hanoi } from '@hn-cds/core/hanoi';
import '../hanoi.js';
import { LOOKS } from './geometry.js';
import { VIEW_KINDS } from './model.js';
import './progress.js';
import type { CdsProgress } from './progress.js';

const LANGS: Lang[] = ['vi', 'en'];
/** Both sides of the 2025 deadlines. */
const DATES = ['2025-06-30', '2026-01-15'];

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const kindOf = (el: Element) => part(el, 'base')!.dataset.kind;

async function gauge(id: string, lang: Lang, asOf: string, look = 'bar'): Promise<CdsProgress> {
  const el = await fixture<CdsProgress>(html`<cds-progress look=${look} lang=${lang} indicator=${id} as-of=${asOf}></cds-progress>`);
  await el.updateComplete;
  return el;
}

/** The gauge's group (every kind without a scale): role group, named by core's sentence. */
function expectGroup(el: CdsProgress, id: string, lang: Lang, asOf: string) {
  const indicator = getIndicator(hanoi, id)!;
  expect(el.shadowRoot!.querySelector('[role="meter"]'), 'no meter without a scale').to.equal(null);
  const group = el.shadowRoot!.querySelector('[role="group"]')!;
  expect(group.getAttribute('aria-label')).to.equal(describeIndicator(hanoi, indicator, { asOf, lang }));
}

/** The verdict lines show core's verdict and target for every target shown. */
function expectVerdicts(el: CdsProgress, id: string, lang: Lang, asOf: string) {
  const indicator = getIndicator(hanoi, id)!;
  const verdicts = assessIndicator(hanoi, indicator, { asOf });
  const shown = parts(el, 'verdict');
  expect(shown.length).to.be.greaterThan(0);
  for (const line of shown) {
    const match = verdicts.find((v) => line.textContent!.includes(formatVerdictSummary(v, { lang, figureDate: false })) && line.textContent!.includes(formatTarget(v.target, indicator, { lang })));
    expect(match, line.textContent!).to.exist;
    expect(line.dataset.status).to.equal(match!.status);
  }
}

describe('cds-progress kinds', () => {
  describe('accessibility', () => {
    const ONE_OF_EACH = ['society.fibre-households', 'city.rank-e-commerce', 'context.pilot-models', 'government.online-work-records', 'economy.startup-ecosystem', 'city.rank-innovation'];
    for (const id of ONE_OF_EACH) {
      for (const lang of LANGS) {
        it(`passes an axe audit: ${id}, ${lang}, on both sides of 2025-12-31`, async () => {
          for (const asOf of DATES) await expect(await gauge(id, lang, asOf)).to.be.accessible();
        });
      }
    }

    it('gives every Hanoi indicator a kind, and a scale only to those drawn as a meter', async function () {
      this.timeout(20000);
      const box = await fixture<HTMLElement>(html`<div>${hanoi.indicators.map((i) => html`<cds-progress indicator=${i.id} as-of="2026-01-15"></cds-progress>`)}</div>`);
      const els = [...box.querySelectorAll('cds-progress')];
      await Promise.all(els.map((el) => el.updateComplete));
      const seen = new Set<string>();
      for (const el of els) {
        const kind = kindOf(el)!;
        seen.add(kind);
        expect(VIEW_KINDS as readonly string[]).to.include(kind);
        expect(el.shadowRoot!.querySelectorAll('[role="meter"]').length, el.indicator).to.equal(kind === 'scale' ? 1 : 0);
        expect(el.shadowRoot!.querySelectorAll('[role="group"]').length, el.indicator).to.equal(kind === 'scale' ? 0 : 1);
      }
      expect([...seen].sort()).to.deep.equal([...VIEW_KINDS].sort());
    });
  });

  describe('ranks, as positions on a strip', () => {
    for (const lang of LANGS) {
      it(`shows where Hanoi stands among provinces, with no bar (${lang})`, async () => {
        const el = await gauge('city.rank-e-commerce', lang, '2025-06-30');
        expect(kindOf(el)).to.equal('rank');
        expectGroup(el, 'city.rank-e-commerce', lang, '2025-06-30');
        const indicator = getIndicator(hanoi, 'city.rank-e-commerce')!;
        expect(part(el, 'value')!.textContent).to.equal(formatObservation(latestObservation(hanoi, indicator)!.observation, indicator, { lang }));
        const positions = parts(el, 'position');
        expect(positions.map((p) => p.nextElementSibling!.textContent)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
        expect(parts(el, 'indicator')).to.have.length(1);
        expect(part(el, 'indicator')!.nextElementSibling!.textContent).to.equal('2');
        expect(el.shadowRoot!.querySelector('.bar, .round, [part~="expected"]')).to.equal(null);
      });

      it(`draws each "top N" target once as a zone with its year, never two markers for one year (${lang})`, async () => {
        for (const asOf of DATES) {
          const el = await fixture<CdsProgress>(html`<cds-progress lang=${lang} unit="rank" label="Xếp hạng" value="7" target="5" target-year="2025" as-of=${asOf}></cds-progress>`);
          await el.updateComplete;
          expect(parts(el, 'target').map((t) => t.dataset.year)).to.deep.equal(['2025']);
          expect(part(el, 'target-label')!.textContent).to.equal(lang === 'vi' ? 'nhóm 5 đầu · 2025' : 'top 5 · 2025');
          expect(part(el, 'indicator')!.nextElementSibling!.textContent).to.equal('7');
          // Rank 7 is outside "top 5": the strip runs past both.
          expect(parts(el, 'position').length).to.be.at.least(10);
        }
      });
    }

    it('shows the same strip whatever the look attribute says', async () => {
      const [bar, ring] = await Promise.all(['bar', 'ring'].map((look) => gauge('city.rank-e-commerce', 'vi', '2025-06-30', look)));
      expect(part(ring!, 'group')!.innerHTML).to.equal(part(bar!, 'group')!.innerHTML);
    });
  });

  describe('figures without a target, as the figure and its citation', () => {
    for (const id of ['context.population', 'context.pilot-models']) {
      for (const lang of LANGS) {
        it(`shows ${id} as a figure with its source, no bar and no markers (${lang})`, async () => {
          const el = await gauge(id, lang, '2026-01-15', 'ring');
          const indicator = getIndicator(hanoi, id)!;
          expect(kindOf(el)).to.equal('figure');
          expectGroup(el, id, lang, '2026-01-15');
          expect(part(el, 'value')!.textContent).to.equal(formatObservation(latestObservation(hanoi, indicator)!.observation, indicator, { lang }));
          expect(part(el, 'source')!.textContent).to.have.length.greaterThan(3);
          for (const name of ['track', 'indicator', 'target', 'expected']) expect(part(el, name), name).to.equal(null);
        });
      }
    }
  });

  describe('milestones and states, as their targets with their verdicts', () => {
    for (const lang of LANGS) {
      for (const asOf of DATES) {
        it(`shows a report of state with no figure, then each target's verdict (${lang}, ${asOf})`, async () => {
          const id = 'government.online-work-records';
          const el = await gauge(id, lang, asOf);
          const indicator = getIndicator(hanoi, id)!;
          expect(kindOf(el)).to.equal('state');
          expectGroup(el, id, lang, asOf);
          expect(part(el, 'value')!.textContent).to.equal(formatObservation(latestObservation(hanoi, indicator, { asOf })!.observation, indicator, { lang }));
          expectVerdicts(el, id, lang, asOf);
          expect(part(el, 'track')).to.equal(null);
        });

        it(`says no source reports a milestone's state yet, and lists its targets (${lang}, ${asOf})`, async () => {
          const id = 'economy.startup-ecosystem';
          const el = await gauge(id, lang, asOf);
          expect(kindOf(el)).to.equal('state');
          expect(part(el, 'value')!.textContent).to.equal(lang === 'vi' ? 'Chưa có báo cáo về tình trạng' : 'No report of its state yet');
          expectVerdicts(el, id, lang, asOf);
          expect(part(el, 'meta')).to.equal(null);
        });
      }
    }
  });

  describe('no figure yet', () => {
    for (const lang of LANGS) {
      for (const asOf of DATES) {
        it(`says there is no figure yet and lists the targets, never an empty bar with markers (${lang}, ${asOf})`, async () => {
          for (const look of LOOKS) {
            const id = 'economy.digital-economy-share';
            const el = await gauge(id, lang, asOf, look);
            expect(kindOf(el)).to.equal('empty');
            expectGroup(el, id, lang, asOf);
            expect(part(el, 'value')!.textContent).to.equal(lang === 'vi' ? 'Chưa có số liệu' : 'No figure yet');
            expectVerdicts(el, id, lang, asOf);
            for (const name of ['track', 'indicator', 'target', 'target-label', 'expected']) expect(part(el, name), name).to.equal(null);
          }
        });
      }
    }
  });

  describe('scales', () => {
    it('prints each year label once on every Hanoi scale, on both sides of 2025-12-31', async function () {
      this.timeout(20000);
      for (const asOf of DATES) {
        for (const look of LOOKS) {
          const box = await fixture<HTMLElement>(html`<div>${hanoi.indicators.map((i) => html`<cds-progress look=${look} indicator=${i.id} as-of=${asOf}></cds-progress>`)}</div>`);
          const els = [...box.querySelectorAll('cds-progress')];
          await Promise.all(els.map((el) => el.updateComplete));
          for (const el of els.filter((e) => kindOf(e) === 'scale')) {
            const years = parts(el, 'target-label').flatMap((l) => l.textContent!.split('/'));
            expect(years, `${el.indicator} ${look}`).to.deep.equal([...new Set(years)]);
            // Every target year with a marker is printed.
            const marked = new Set(parts(el, 'target').flatMap((t) => t.dataset.year!.split('/')));
            expect(new Set(years), `${el.indicator} ${look}`).to.deep.equal(marked);
          }
        }
      }
    });

    it('lets the look attribute choose bar, ring or gauge for a scale', async () => {
      for (const look of LOOKS) {
        const el = await gauge('society.fibre-households', 'vi', '2025-06-30', look);
        expect(kindOf(el)).to.equal('scale');
        expect(el.shadowRoot!.querySelector(`.${look}`), look).to.exist;
        expect(el.shadowRoot!.querySelector('[role="meter"]')).to.exist;
      }
    });
  });
});
