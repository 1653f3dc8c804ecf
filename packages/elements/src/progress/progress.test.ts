import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  assessIndicator,
  describeIndicator,
  formatObservation,
  formatVerdictSummary,
  getIndicator,
  latestObservation,
  type Lang,
} from '@hn-cds/core';
import { hanoi } from '@hn-cds/core/hanoi';
import '../hanoi.js';
import { getDefaultTaxonomy, setDefaultTaxonomy } from '../default-taxonomy.js';
import type { CdsErrorDetail } from './attributes.js';
import { arcFrame, arcPath, LOOKS, type Look } from './geometry.js';
import './progress.js';
import { BLOCK_SIZE } from './progress.styles.js';
import type { CdsProgress } from './progress.js';

const FIBRE = 'society.fibre-households';
const AS_OF = '2024-12-31';
const LANGS: Lang[] = ['vi', 'en'];
const fibre = getIndicator(hanoi, FIBRE)!;

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const meter = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="meter"]');

async function gauge(template: ReturnType<typeof html>): Promise<CdsProgress> {
  const el = await fixture<CdsProgress>(template);
  await el.updateComplete;
  return el;
}

/** Renders one state of the element; each needs something different from the page. */
const STATES: Record<string, (look: Look, lang: Lang) => Promise<CdsProgress>> = {
  'the Hanoi dataset': (look, lang) => gauge(html`<cds-progress look=${look} lang=${lang} indicator=${FIBRE} as-of=${AS_OF}></cds-progress>`),
  'a past deadline awaiting its final figure': (look, lang) =>
    gauge(html`<cds-progress look=${look} lang=${lang} indicator="government.online-public-services" as-of="2026-12-02"></cds-progress>`),
  'plain figures': (look, lang) =>
    gauge(html`<cds-progress look=${look} lang=${lang} label="Dịch vụ công trực tuyến" value="46.25" target="100" target-year="2025" as-of="2024-10-24" source="Cổng thông tin" source-url="https://example.org/"></cds-progress>`),
  'no figure yet': (look, lang) => gauge(html`<cds-progress look=${look} lang=${lang} indicator="city.rank-innovation" as-of=${AS_OF}></cds-progress>`),
  'loading a src': (look, lang) => gauge(html`<cds-progress look=${look} lang=${lang} src="/__cds/slow.json"></cds-progress>`),
  'an error with nothing to show': (look, lang) => gauge(html`<cds-progress look=${look} lang=${lang} value="93,15"></cds-progress>`),
  'an error over a kept render': async (look, lang) => {
    const el = await gauge(html`<cds-progress look=${look} lang=${lang} value="40" target="90"></cds-progress>`);
    el.value = 'NaN';
    await el.updateComplete;
    return el;
  },
  'the dark theme': async (look, lang) => {
    const wrapper = await fixture<HTMLElement>(html`<div style="background:#0d1117;padding:4px"><cds-progress theme="dark" look=${look} lang=${lang} indicator=${FIBRE} as-of=${AS_OF}></cds-progress></div>`);
    const el = wrapper.querySelector('cds-progress')!;
    await el.updateComplete;
    return el;
  },
};

describe('cds-progress', () => {
  describe('accessibility', () => {
    for (const look of LOOKS) {
      for (const lang of LANGS) {
        for (const [state, render] of Object.entries(STATES)) {
          it(`passes an axe audit: ${look}, ${lang}, ${state}`, async () => {
            const el = await render(look, lang);
            await expect(el).to.be.accessible();
          });
        }
      }
    }

    for (const lang of LANGS) {
      it(`gives its meter core's sentence as aria-valuetext (${lang})`, async () => {
        const el = await gauge(html`<cds-progress lang=${lang} indicator=${FIBRE} as-of=${AS_OF}></cds-progress>`);
        const m = meter(el)!;
        expect(m.getAttribute('aria-valuetext')).to.equal(describeIndicator(hanoi, fibre, { asOf: AS_OF, lang }));
        expect(m.getAttribute('aria-valuenow')).to.equal(String(latestObservation(hanoi, fibre, { asOf: AS_OF })!.value));
        expect(el.shadowRoot!.querySelectorAll('[role="meter"]')).to.have.length(1);
      });
    }

    it('makes the source link reachable from the keyboard', async () => {
      const el = await STATES['plain figures']!('bar', 'vi');
      const link = part(el, 'source') as HTMLAnchorElement;
      expect(link.tagName).to.equal('A');
      expect(link.href).to.equal('https://example.org/');
      expect(link.tabIndex).to.equal(0);
      link.focus();
      expect(el.shadowRoot!.activeElement).to.equal(link);
    });

    it('switches off its transitions when the reader prefers reduced motion', async () => {
      const el = await gauge(html`<cds-progress value="50"></cds-progress>`);
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const reduced = rules.find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('prefers-reduced-motion: reduce'));
      expect(reduced, 'a prefers-reduced-motion rule').to.exist;
      const fill = part(el, 'indicator')!;
      expect(getComputedStyle(fill).transitionDuration).to.not.equal('0s');
      const matched = [...reduced!.cssRules].filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && fill.matches(r.selectorText));
      expect(matched.map((r) => r.style.transitionProperty || r.style.transition)).to.include('none');
    });

    it('draws with system colours in forced-colors mode', async () => {
      const el = await gauge(html`<cds-progress value="50"></cds-progress>`);
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      // The shared palette and the gauge's own sheet each have a forced-colors rule.
      const forced = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'));
      expect(forced, 'a forced-colors rule').to.not.be.empty;
      const text = forced.flatMap((rule) => [...rule.cssRules]).map((r) => r.cssText).join('\n');
      for (const colour of ['CanvasText', 'Highlight', 'LinkText']) expect(text).to.include(colour);
    });
  });

  describe('looks', () => {
    it('is a bar unless told otherwise', async () => {
      const el = await gauge(html`<cds-progress indicator=${FIBRE} as-of=${AS_OF}></cds-progress>`);
      expect(el.look).to.equal('bar');
      expect(el.shadowRoot!.querySelector('.bar')).to.exist;
    });

    it('fills the bar to the value on the scale, and puts each target marker at its figure', async () => {
      const el = await gauge(html`<cds-progress value="45" target="90" target-year="2025" as-of="2024-06-30" style="width: 400px"></cds-progress>`);
      const track = part(el, 'track')!.getBoundingClientRect();
      const fill = part(el, 'indicator')!.getBoundingClientRect();
      const marker = part(el, 'target')!.getBoundingClientRect();
      expect(fill.width / track.width).to.be.closeTo(0.45, 0.01);
      expect((marker.left + 1 - track.left) / track.width).to.be.closeTo(0.9, 0.01);
    });

    for (const look of ['ring', 'gauge'] as const) {
      it(`draws the ${look} look's arc up to the value with d3's arc`, async () => {
        const el = await gauge(html`<cds-progress look=${look} value="45" target="90" target-year="2025" as-of="2024-06-30"></cds-progress>`);
        const frame = arcFrame(look);
        expect(part(el, 'indicator')!.getAttribute('d')).to.equal(arcPath(frame, 0, 0.45));
        expect(part(el, 'track')!.getAttribute('d')).to.equal(arcPath(frame, 0, 1));
        expect(el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')).to.equal(frame.viewBox);
      });
    }

    for (const look of LOOKS) {
      it(`labels a marker for every target with its year (${look})`, async () => {
        const el = await gauge(html`<cds-progress look=${look} indicator=${FIBRE} as-of=${AS_OF}></cds-progress>`);
        const years = parts(el, 'target').flatMap((t) => t.dataset.year!.split('/'));
        expect(new Set(years)).to.deep.equal(new Set(fibre.targets.map((t) => String(t.year))));
        const labels = parts(el, 'target-label').map((l) => l.textContent!.trim());
        expect(labels).to.deep.equal(parts(el, 'target').map((t) => t.dataset.year));
      });

      it(`marks where the indicator should be today when core can compute it (${look})`, async () => {
        const computable = await gauge(html`<cds-progress look=${look} indicator="government.online-public-services" as-of="2025-06-30"></cds-progress>`);
        const expected = assessIndicator(hanoi, getIndicator(hanoi, 'government.online-public-services')!, { asOf: '2025-06-30' })[0]!.components.expected;
        expect(expected).to.be.a('number');
        expect(part(computable, 'expected')).to.exist;
        const none = await gauge(html`<cds-progress look=${look} indicator="city.rank-innovation" as-of=${AS_OF}></cds-progress>`);
        expect(part(none, 'expected')).to.equal(null);
      });
    }

    it('reserves in reserve.css the sizes of BLOCK_SIZE for every look and viewport width, and keeps them on a page that links it', async () => {
      const reserve = await (await fetch(new URL('./reserve.css', import.meta.url))).text();
      const size = (css: string, look: Look) => {
        const rule = look === 'bar' ? /cds-progress \{[^}]*min-block-size: ([\d.]+)em/ : new RegExp(`cds-progress\\[look='${look}'\\] \\{[^}]*min-block-size: ([\\d.]+)em`);
        return Number(rule.exec(css)![1]);
      };
      const [wide, tablet, phone, narrow] = reserve.split(/@media \(max-width: \d+px\)/);
      expect(reserve).to.include('@media (max-width: 719px)').and.include('@media (max-width: 479px)').and.include('@media (max-width: 359px)');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(reserve);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      try {
        for (const look of LOOKS) {
          expect([wide, tablet, phone, narrow].map((css) => size(css!, look)), look).to.deep.equal([BLOCK_SIZE.wide[look], BLOCK_SIZE.tablet[look], BLOCK_SIZE.phone[look], BLOCK_SIZE.narrow[look]]);
          const el = await gauge(html`<cds-progress look=${look} indicator=${FIBRE} as-of=${AS_OF} style="font-size: 15px"></cds-progress>`);
          // The test page is wider than 720 px: the wide size holds, and the fibre gauge fits in it.
          expect(el.getBoundingClientRect().height, look).to.be.closeTo(BLOCK_SIZE.wide[look] * 15, 0.5);
          expect(part(el, 'base')!.getBoundingClientRect().height, look).to.be.closeTo(BLOCK_SIZE.wide[look] * 15, 0.5);
        }
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    });

  });

  describe('verdicts', () => {
    for (const lang of LANGS) {
      it(`shows each target's verdict from core as words, an icon and a colour (${lang})`, async () => {
        const el = await gauge(html`<cds-progress lang=${lang} indicator=${FIBRE} as-of=${AS_OF}></cds-progress>`);
        const verdicts = assessIndicator(hanoi, fibre, { asOf: AS_OF });
        const shown = parts(el, 'verdict');
        expect(shown.map((v) => v.dataset.status)).to.deep.equal(verdicts.map((v) => v.status));
        shown.forEach((item, i) => {
          expect(item.textContent).to.include(formatVerdictSummary(verdicts[i]!, { lang, figureDate: false }));
        });
        // The icon is a character before the words, which a screen reader skips: a different one and a different colour per status.
        const before = (status: string) => getComputedStyle(shown.find((v) => v.dataset.status === status)!, '::before');
        expect(before('exceeded').content).to.equal('"★" / ""');
        expect(before('not_assessable').content).to.equal('"–" / ""');
        expect(before('exceeded').color).to.not.equal(before('not_assessable').color);
        expect(before('exceeded').color).to.not.equal(getComputedStyle(shown[0]!).color);
      });
    }

    it('writes the verdict before the target, so a narrow column cuts the wording and never the verdict', async () => {
      const el = await gauge(html`<cds-progress lang="vi" indicator=${FIBRE} as-of=${AS_OF}></cds-progress>`);
      const first = parts(el, 'verdict')[0]!;
      expect(first.textContent!.trim()).to.match(/^vượt mức sớm · ≥ 90%/);
    });

    for (const lang of LANGS) {
      it(`says a past deadline awaits its final figure and what the last figure showed, never met or missed (${lang})`, async () => {
        const fibreGauge = await gauge(html`<cds-progress lang=${lang} indicator=${FIBRE} as-of="2026-12-02"></cds-progress>`);
        const first = parts(fibreGauge, 'verdict')[0]!;
        expect(first.dataset.status).to.equal('awaiting_final');
        expect(first.textContent).to.include(lang === 'vi' ? 'chờ số liệu cuối kỳ (đã vượt mức trước hạn)' : 'awaiting the final figure (exceeded before the deadline)');
        // The figure's date is on the meta line, and the whole story in the meter's sentence.
        expect(part(fibreGauge, 'meta')!.textContent).to.include(lang === 'vi' ? '24/10/2024' : '24 Oct 2024');
        expect(meter(fibreGauge)!.getAttribute('aria-valuetext')).to.include(lang === 'vi' ? 'số liệu 24/10/2024 đã vượt mức' : 'the 24 Oct 2024 figure exceeded it');
        const services = await gauge(html`<cds-progress lang=${lang} indicator="government.online-public-services" as-of="2026-12-02"></cds-progress>`);
        const shown = parts(services, 'verdict');
        expect(shown.map((v) => v.dataset.status)).to.deep.equal(['awaiting_final']);
        expect(shown[0]!.textContent).to.not.include(lang === 'vi' ? 'không đạt' : 'missed');
        expect(part(services, 'meta')!.textContent).to.include(lang === 'vi' ? '24/10/2024' : '24 Oct 2024');
        await expect(services).to.be.accessible();
      });
    }

    it('calls a plain figure without as-of undated, never dated today', async () => {
      const el = await gauge(html`<cds-progress label="Cáp quang" value="91.4" target="90" target-year="2030"></cds-progress>`);
      const meta = part(el, 'meta')!.textContent!;
      expect(meta).to.include('Số liệu không ghi ngày');
      const now = new Date();
      const today = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
      expect(meta).to.not.include(today);
      expect(el.shadowRoot!.querySelector('[role=meter]')!.getAttribute('aria-valuetext')).to.include('không ghi ngày');
    });

    it('says "undated" once for a figure of an undated report, and names the report\'s publisher in the page language', async () => {
      for (const [lang, undated, publisher] of [
        ['vi', 'không ghi ngày', 'Trang tin Hà Nội (không ghi tên)'],
        ['en', 'undated', 'Hanoi news site (name not printed)'],
      ] as const) {
        const el = await gauge(html`<cds-progress indicator="context.population" lang=${lang} as-of="2026-12-03"></cds-progress>`);
        const meta = part(el, 'meta')!.textContent!;
        expect(meta.split(undated).length - 1, meta).to.equal(1);
        expect(part(el, 'source')!.textContent).to.equal(publisher);
      }
    });

    it('shows a target that two documents set alike, with the same verdict, once', async () => {
      const id = 'government.online-public-services';
      const services = getIndicator(hanoi, id)!;
      expect(services.targets.filter((t) => t.year === 2025)).to.have.length(2);
      const el = await gauge(html`<cds-progress lang="en" indicator=${id} as-of="2024-10-24"></cds-progress>`);
      expect(parts(el, 'verdict')).to.have.length(1);
    });

    it('draws no marker for a target whose value the sources do not give', async () => {
      // Health records: one 2025 target, reported met, whose value no source prints.
      const records = await gauge(html`<cds-progress indicator="society.health-records" as-of=${AS_OF}></cds-progress>`);
      expect(parts(records, 'verdict')).to.have.length(1);
      expect(parts(records, 'target')).to.have.length(0);
      // Fibre: markers for 90% in 2025 and the universal 2030 aim, none for the 2025 target with no value.
      const el = await gauge(html`<cds-progress indicator=${FIBRE} as-of=${AS_OF}></cds-progress>`);
      expect(parts(el, 'target').map((m) => m.dataset.year)).to.deep.equal(['2025', '2030']);
    });
  });

  describe('data', () => {
    it('reads the latest value of an indicator of the bundled dataset as of a day', async () => {
      const el = await gauge(html`<cds-progress indicator=${FIBRE} as-of="2024-06-30"></cds-progress>`);
      const latest = latestObservation(hanoi, fibre, { asOf: '2024-06-30' })!;
      expect(part(el, 'value')!.textContent).to.equal(formatObservation(latest.observation, fibre, { lang: 'vi' }));
      expect(part(el, 'label')!.textContent).to.equal((fibre.shortLabel ?? fibre.label).vi);
    });

    it('re-renders when an attribute or a property changes', async () => {
      const el = await gauge(html`<cds-progress indicator=${FIBRE} as-of="2024-06-30"></cds-progress>`);
      const before = part(el, 'value')!.textContent;
      el.setAttribute('as-of', AS_OF);
      await el.updateComplete;
      expect(part(el, 'value')!.textContent).to.not.equal(before);
      el.indicator = 'government.online-public-services';
      await el.updateComplete;
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('46.25');
    });

    it('builds a one-indicator taxonomy from plain attributes and asks core for the verdict', async () => {
      const el = await gauge(html`<cds-progress label="Cáp quang" value="91.4" target="90" target-year="2025" as-of="2024-10-24"></cds-progress>`);
      expect(part(el, 'value')!.textContent).to.equal('91,4%');
      expect(part(el, 'verdict')!.dataset.status).to.equal('exceeded');
      el.value = 46.25;
      await el.updateComplete;
      expect(part(el, 'value')!.textContent).to.equal('46,25%');
      expect(part(el, 'verdict')!.dataset.status).to.not.equal('exceeded');
    });

    it('reads a rank with lower being better: rank 1 is inside "top 3", drawn as a position on a strip, not a gauge', async () => {
      const el = await gauge(html`<cds-progress look="gauge" unit="rank" label="Xếp hạng" value="1" target="3" target-year="2030" as-of="2024-10-24"></cds-progress>`);
      expect(meter(el)).to.equal(null);
      expect(part(el, 'indicator')!.nextElementSibling!.textContent).to.equal('1');
      expect(part(el, 'target')!.dataset.year).to.equal('2030');
      expect(part(el, 'verdict')!.dataset.status).to.equal('exceeded');
    });

    it('shows markup in a label as text', async () => {
      const el = await gauge(html`<cds-progress label=${'<img src=x onerror="window.pwned=1">Nhãn'} value="10"></cds-progress>`);
      expect(part(el, 'label')!.textContent).to.equal('<img src=x onerror="window.pwned=1">Nhãn');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('loads a payload from src, validates it and shows its indicator with a source link', async () => {
      const el = await fixture<CdsProgress>(html`<cds-progress src="/packages/elements/test-pages/indicators.json" as-of="2024-12-31"></cds-progress>`);
      await waitFor(() => meter(el));
      expect(part(el, 'value')!.textContent).to.equal('62%');
      expect((part(el, 'source') as HTMLAnchorElement).href).to.equal('https://example.org/bao-cao');
    });

    it('says it is loading while a src is on its way, as a polite status', async () => {
      const el = await gauge(html`<cds-progress lang="en" src="/__cds/slow.json"></cds-progress>`);
      const message = part(el, 'message')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(message.textContent).to.equal('Loading figures…');
    });

    it('merges an observations payload into the default dataset', async () => {
      const el = await fixture<CdsProgress>(html`<cds-progress src="/packages/elements/test-pages/observations.json" indicator=${FIBRE} as-of="2025-06-30"></cds-progress>`);
      await waitFor(() => meter(el));
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('95.5');
    });
  });

  describe('language', () => {
    it('writes Vietnamese by default', async () => {
      const el = await gauge(html`<cds-progress value="93.15"></cds-progress>`);
      expect(part(el, 'value')!.textContent).to.equal('93,15%');
    });

    it('follows the lang of the nearest ancestor, and its own over it', async () => {
      const wrapper = await fixture(html`<div lang="en-GB"><cds-progress value="93.15"></cds-progress><cds-progress lang="vi" value="93.15"></cds-progress></div>`);
      const [en, vi] = [...wrapper.querySelectorAll('cds-progress')];
      await en!.updateComplete;
      await vi!.updateComplete;
      expect(part(en!, 'value')!.textContent).to.equal('93.15%');
      expect(part(vi!, 'value')!.textContent).to.equal('93,15%');
    });

    it('re-renders when its lang changes', async () => {
      const el = await gauge(html`<cds-progress value="93.15"></cds-progress>`);
      el.lang = 'en';
      await el.updateComplete;
      expect(part(el, 'value')!.textContent).to.equal('93.15%');
    });
  });

  describe('theme', () => {
    const textColour = (el: CdsProgress) => getComputedStyle(part(el, 'label')!).color;

    it("takes the page's text colour by default, and paints its own background and text with a theme", async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="color: rgb(10, 20, 30)">
        <cds-progress value="10"></cds-progress><cds-progress theme="light" value="10"></cds-progress><cds-progress theme="dark" value="10"></cds-progress>
      </div>`);
      const [auto, light, dark] = [...wrapper.querySelectorAll('cds-progress')];
      await Promise.all([auto, light, dark].map((el) => el!.updateComplete));
      const background = (el: CdsProgress) => getComputedStyle(part(el, 'base')!).backgroundColor;
      expect(textColour(auto!)).to.equal('rgb(10, 20, 30)');
      expect(background(auto!)).to.equal('rgba(0, 0, 0, 0)');
      expect([textColour(light!), background(light!)]).to.deep.equal(['rgb(27, 31, 36)', 'rgb(255, 255, 255)']);
      expect([textColour(dark!), background(dark!)]).to.deep.equal(['rgb(230, 232, 235)', 'rgb(13, 17, 23)']);
    });

    it('takes its colours from --cds-* custom properties', async () => {
      const el = await gauge(html`<cds-progress value="50" style="--cds-color-indicator: rgb(1, 2, 3); --cds-color-text: rgb(4, 5, 6)"></cds-progress>`);
      expect(getComputedStyle(part(el, 'indicator')!).fill).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'label')!).color).to.equal('rgb(4, 5, 6)');
    });
  });

  describe('errors', () => {
    const invalid: Array<[string, string, string]> = [
      ['value', 'NaN', 'value'],
      ['value', '93,15', 'value'],
      ['value', '-5', 'value'],
      ['value', '1e400', 'value'],
      ['value', '1e13', 'value'],
      ['value', '<b>9</b>', 'value'],
      ['target', 'abc', 'target'],
      ['target-year', '20x5', 'target-year'],
      ['as-of', '2024-13-45', 'as-of'],
      ['unit', 'furlongs', 'unit'],
      ['look', 'pie', 'look'],
      ['theme', 'neon', 'theme'],
    ];
    for (const [attribute, received] of invalid) {
      it(`says politely that ${attribute}="${received}" is not valid, fires cds-error and keeps the last good render`, async () => {
        const el = await gauge(html`<cds-progress lang="en" value="40" target="90" target-year="2025" as-of="2024-10-24"></cds-progress>`);
        const event = oneEvent(el, 'cds-error');
        el.setAttribute(attribute, received);
        const { detail } = (await event) as CustomEvent<CdsErrorDetail>;
        await el.updateComplete;
        expect(detail).to.include({ code: 'invalid_attribute', attribute, received });
        expect(detail.message.vi).to.be.a('string').and.not.equal(detail.message.en);
        const notice = part(el, 'notice')!;
        expect(notice.getAttribute('role')).to.equal('status');
        expect(notice.textContent).to.include(detail.message.en);
        expect(meter(el), 'the kept render').to.exist;
      });
    }

    it('keeps the last good value on screen under an invalid one', async () => {
      const el = await gauge(html`<cds-progress value="40"></cds-progress>`);
      el.value = 'NaN';
      await el.updateComplete;
      expect(part(el, 'value')!.textContent).to.equal('40%');
    });

    it('says what is missing in the page language when it has nothing to show', async () => {
      const wrapper = await fixture(html`<div lang="vi"><cds-progress></cds-progress></div>`);
      const el = wrapper.querySelector('cds-progress')!;
      await el.updateComplete;
      const message = part(el, 'message')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(message.textContent).to.include('indicator');
      expect(message.textContent).to.include('Chưa có dữ liệu');
    });

    it('names an unknown indicator', async () => {
      // Listening on the document, as a page would: the first render reports before fixture() returns.
      const event = oneEvent(document, 'cds-error');
      const el = await fixture<CdsProgress>(html`<cds-progress lang="en" indicator="society.no-such-thing"></cds-progress>`);
      const { detail } = (await event) as CustomEvent<CdsErrorDetail>;
      expect(detail).to.include({ code: 'unknown_indicator', received: 'society.no-such-thing' });
      expect(part(el, 'message')!.textContent).to.include('society.no-such-thing');
    });

    it('says politely that no dataset is loaded when indicator has no src and none is registered', async () => {
      const registered = getDefaultTaxonomy();
      setDefaultTaxonomy(undefined);
      try {
        const event = oneEvent(document, 'cds-error');
        const el = await fixture<CdsProgress>(html`<cds-progress lang="en" indicator=${FIBRE}></cds-progress>`);
        const { detail } = (await event) as CustomEvent<CdsErrorDetail>;
        expect(detail.code).to.equal('no_dataset');
        expect(part(el, 'message')!.textContent).to.include('No dataset is loaded');
        setDefaultTaxonomy(registered);
        await waitFor(() => meter(el));
        expect(part(el, 'message')).to.equal(null);
      } finally {
        setDefaultTaxonomy(registered);
      }
    });

    const remote: Array<[string, string, string, Partial<CdsErrorDetail>]> = [
      ['a 404', '/packages/elements/test-pages/missing.json', 'http_error', { status: 404 }],
      ['a payload the validator rejects', '/packages/elements/test-pages/invalid.json', 'invalid_payload', {}],
      ['a file that is not JSON', '/packages/elements/test-pages/broken.json', 'invalid_payload', {}],
      ['an unreachable server', 'http://127.0.0.1:9/x.json', 'network_error', {}],
      ['a server slower than the timeout', '/__cds/slow.json', 'timeout', {}],
    ];
    for (const [name, src, code, facts] of remote) {
      it(`reports ${name} as ${code}, without throwing into the page`, async () => {
        const el = await fixture<CdsProgress>(html`<cds-progress lang="en" timeout="300" src=${src}></cds-progress>`);
        const { detail } = (await oneEvent(el, 'cds-error')) as CustomEvent<CdsErrorDetail>;
        await el.updateComplete;
        expect(detail).to.include({ code, url: src, ...facts });
        expect(part(el, 'message')!.textContent).to.equal(detail.message.en);
      });
    }

    it('lists what the validator found in an invalid payload', async () => {
      const el = await fixture<CdsProgress>(html`<cds-progress src="/packages/elements/test-pages/invalid.json"></cds-progress>`);
      const { detail } = (await oneEvent(el, 'cds-error')) as CustomEvent<CdsErrorDetail>;
      expect(detail.issues).to.be.an('array').that.is.not.empty;
      expect(part(el, 'message')!.textContent).to.include(detail.issues![0]!.pointer);
    });

    it('keeps the render of a good src when the next src fails', async () => {
      const el = await fixture<CdsProgress>(html`<cds-progress lang="en" src="/packages/elements/test-pages/indicators.json" as-of="2024-12-31"></cds-progress>`);
      await waitFor(() => meter(el));
      const event = oneEvent(el, 'cds-error');
      el.src = '/packages/elements/test-pages/missing.json';
      await event;
      await el.updateComplete;
      expect(part(el, 'value')!.textContent).to.equal('62%');
      expect(part(el, 'notice')!.textContent).to.include('HTTP 404');
    });
  });
});

async function waitFor<T>(probe: () => T | null | undefined, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = probe();
    if (found) return found;
    if (performance.now() - start > timeout) throw new Error('timed out waiting for the element to render');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
