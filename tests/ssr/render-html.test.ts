// The server render of <cds-progress>, in Node with no browser: every look, language, theme and
// state gives a complete tag with a declarative shadow root, the value, the verdicts, the bar's
// fill and markers at the geometry's places, and fallback text for readers without shadow DOM.
import { describe, expect, it } from 'vitest';
import { assessIndicator, getIndicator, type Lang } from '../../packages/core/src/index.js';
import { hanoi } from '../../packages/core/src/data/hanoi.js';
import { renderHtml, ssrStyleHash } from '../../packages/elements/src/node/ssr.js';
import { getDefaultTaxonomy } from '../../packages/elements/src/default-taxonomy.js';
import { render, RenderError } from '../../packages/elements/src/node/index.js';
import { arcFrame, arcPath, barMark, LOOKS } from '../../packages/elements/src/progress/geometry.js';
import { PLAIN_INDICATOR_ID, plainTaxonomy, progressView } from '../../packages/elements/src/progress/model.js';
import { say } from '../../packages/elements/src/shared/messages.js';

const LANGS = ['vi', 'en'] as const;
const THEMES = ['light', 'dark'] as const;
const AS_OF = '2024-10-24';
const FIBRE = 'society.fibre-households';
const NO_FIGURE = 'economy.digital-economy-share';
const SERVICES = 'government.online-public-services';

/** The view the live element computes for the same inputs. */
function viewOf(id: string, asOf: string, lang: Lang) {
  return progressView(hanoi, getIndicator(hanoi, id)!, asOf, lang, say(lang, 'noData'));
}

/** The shadow root's markup and the light-DOM text after it. */
function split(tag: string): { shadow: string; light: string } {
  const match = /^<cds-progress [^>]*><template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>([\s\S]*)<\/cds-progress>$/.exec(tag);
  expect(match, tag.slice(0, 300)).not.toBeNull();
  return { shadow: match![1]!, light: match![2]! };
}

/** The text of the first element carrying a part, with lit's and HTML's escapes undone. */
function partText(shadow: string, part: string): string | undefined {
  const match = new RegExp(`part="${part}"[^>]*>([^<]*)<`).exec(shadow);
  return match ? unescape(match[1]!) : undefined;
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('renderHtml', () => {
  for (const look of LOOKS) {
    for (const lang of LANGS) {
      for (const theme of THEMES) {
        it(`renders a figure with its verdicts (${look}, ${lang}, ${theme})`, async () => {
          const tag = await renderHtml({ indicator: FIBRE, look, lang, theme, asOf: AS_OF });
          expect(tag.startsWith(`<cds-progress indicator="${FIBRE}" look="${look}" lang="${lang}" as-of="${AS_OF}" theme="${theme}">`)).toBe(true);
          const { shadow, light } = split(tag);
          const view = viewOf(FIBRE, AS_OF, lang);
          expect(partText(shadow, 'value')).toBe(lang === 'vi' ? '91,4%' : '91.4%');
          expect(partText(shadow, 'label')).toBe(view.label);
          expect(shadow).toContain(`aria-valuetext="${view.sentence.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
          const verdicts = [...shadow.matchAll(/<li part="verdict" class="verdict" data-status="([a-z_]+)"[^>]*>[\s\S]*?<strong>([^<]*)<\/strong>/g)].map((m) => [m[1], unescape(m[2]!)]);
          expect(verdicts).toEqual([...new Map(view.targets.map((t) => [`${t.target}\n${t.status}`, [t.status, t.verdict]])).values()]);
          expect(verdicts[0]).toEqual(['exceeded', lang === 'vi' ? 'vượt mức sớm' : 'exceeded early']);
          expect(shadow).toContain('<style>');
          expect(shadow).not.toMatch(/<!--|<\?>/);
          // Without declarative shadow DOM, the reader gets the gauge's sentence.
          expect(unescape(light)).toBe(view.sentence);
          if (look === 'bar') {
            expect(shadow).toContain(`<rect part="indicator" class="indicator" width="${barMark(view.fraction).offset}%">`);
            expect(barMark(view.fraction).offset).toBe(91.4);
            expect(shadow).toMatch(/<line part="target" class="target" data-year="2025"[^>]* x1="90%" x2="90%"/);
            expect([...shadow.matchAll(/<text part="target-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])).toEqual(['2025', '2030']);
          } else {
            expect(shadow).toContain(`<path part="indicator" class="indicator" d="${arcPath(arcFrame(look), 0, view.fraction)}">`);
            expect(shadow).toContain(`viewBox="${arcFrame(look).viewBox}"`);
          }
        });
      }

      it(`says there is no figure yet, with the targets' verdicts (${look}, ${lang})`, async () => {
        const { shadow } = split(await renderHtml({ indicator: NO_FIGURE, look, lang, asOf: AS_OF }));
        expect(partText(shadow, 'value')).toBe(say(lang, 'noData'));
        expect(shadow).toMatch(/<span part="value" class="value" data-empty/);
        expect(shadow).toContain('data-status="not_assessable"');
        // A clear "no figure yet" with its targets, in every look: no empty bar, arc or marker.
        expect(shadow).toContain('data-kind="empty"');
        expect(shadow).not.toMatch(/part="(indicator|track|target)"/);
      });

      it(`names an unknown indicator instead of a gauge (${look}, ${lang})`, async () => {
        const { shadow, light } = split(await renderHtml({ indicator: 'society.nope', look, lang, asOf: AS_OF }));
        expect(partText(shadow, 'message')).toBe(say(lang, 'unknownIndicator', 'society.nope'));
        expect(shadow).not.toContain('role="meter"');
        expect(unescape(light)).toBe(say(lang, 'unknownIndicator', 'society.nope'));
      });
    }
  }

  it('is the html format of render(), which refuses an unknown indicator instead of drawing its message', async () => {
    expect(await render({ indicator: FIBRE, format: 'html', asOf: AS_OF, theme: 'dark' })).toBe(await renderHtml({ indicator: FIBRE, asOf: AS_OF, theme: 'dark' }));
    const error = await render({ indicator: 'society.nope', format: 'html' }).catch((e: unknown) => e);
    expect((error as RenderError).code).toBe('unknown_indicator');
  });

  it('writes the history and the "Vì sao?" summary as text, as the live element does', async () => {
    const vi = split(await renderHtml({ indicator: FIBRE, asOf: AS_OF })).shadow;
    expect(vi).toContain('<span class="history-ends" aria-hidden="true">93,15% → 91,4%</span>');
    expect(vi).toContain('<td>05/02/2024</td><td>93,15%</td>');
    expect(vi).toMatch(/<button type="button" part="explanation-summary" class="explanation-summary" aria-expanded="false" +aria-label="Vì sao\? Cách đánh giá: Cáp quang hộ gia đình">Vì sao\?<\/button>/);
    const en = split(await renderHtml({ indicator: FIBRE, asOf: AS_OF, lang: 'en' })).shadow;
    expect(en).toContain('93.15% → 91.4%');
    expect(en).toMatch(/<button type="button" part="explanation-summary" class="explanation-summary" aria-expanded="false" +aria-label="Why\? How it is assessed: [^"]+">Why\?<\/button>/);
  });

  it('follows the page colour scheme unless told a theme', async () => {
    expect(await renderHtml({ indicator: FIBRE, asOf: AS_OF })).toMatch(/^<cds-progress indicator="society.fibre-households" look="bar" lang="vi" as-of="2024-10-24" theme="auto">/);
  });

  it('gives each verdict for the day asked, on both sides of the 2025 deadline', async () => {
    for (const asOf of ['2025-12-31', '2026-01-01']) {
      const { shadow } = split(await renderHtml({ indicator: SERVICES, lang: 'en', asOf }));
      const expected = assessIndicator(hanoi, getIndicator(hanoi, SERVICES)!, { asOf }).map((v) => v.status);
      const shown = [...shadow.matchAll(/<li part="verdict" class="verdict" data-status="([a-z_]+)"/g)].map((m) => m[1]);
      expect(shown.length).toBeGreaterThan(0);
      for (const status of shown) expect(expected).toContain(status);
      expect(shadow).toContain(`as of ${asOf === '2025-12-31' ? '31 Dec 2025' : '1 Jan 2026'}`);
    }
    const before = split(await renderHtml({ indicator: SERVICES, asOf: '2025-12-31' })).shadow;
    const after = split(await renderHtml({ indicator: SERVICES, asOf: '2026-01-01' })).shadow;
    // The deadline has passed on the second day and the newest figure is from 2024: awaiting the final figure, never missed.
    expect(after).toContain('data-status="awaiting_final"');
    expect(before).not.toContain('data-status="awaiting_final"');
    expect(after).not.toContain('data-status="missed"');
  });

  it('reads a dataset it is given, and leaves the default dataset as it found it', async () => {
    const taxonomy = plainTaxonomy({ label: 'Phủ sóng 5G', value: 42, unit: 'percent', date: '2024-06-30', target: { value: 80, year: 2025 } }, say('vi', 'noData'));
    const before = getDefaultTaxonomy();
    const { shadow } = split(await renderHtml({ indicator: PLAIN_INDICATOR_ID, taxonomy, asOf: '2024-12-31' }));
    expect(getDefaultTaxonomy()).toBe(before);
    expect(partText(shadow, 'label')).toBe('Phủ sóng 5G');
    expect(partText(shadow, 'value')).toBe('42%');
    expect(shadow).toContain('<rect part="indicator" class="indicator" width="42%">');
    expect(shadow).toMatch(/<line part="target" class="target" data-year="2025"[^>]* x1="80%"/);
  });

  it('escapes what it writes into the markup', async () => {
    const taxonomy = plainTaxonomy({ label: '<img src=x onerror=alert(1)> & "quoted"', value: 5, unit: 'percent' }, say('vi', 'noData'));
    const tag = await renderHtml({ indicator: PLAIN_INDICATOR_ID, taxonomy, asOf: '2024-12-31' });
    expect(tag).not.toContain('<img');
    expect(partText(split(tag).shadow, 'label')).toBe('<img src=x onerror=alert(1)> & "quoted"');
  });

  it.each([
    [{ look: 'pie' }, 'look', 'pie'],
    [{ lang: 'fr' }, 'lang', 'fr'],
    [{ theme: 'neon' }, 'theme', 'neon'],
    [{ asOf: '2024-13-45' }, 'as-of', '2024-13-45'],
  ] as const)('refuses %o, saying which option in Vietnamese and English', async (bad, name, received) => {
    const error = await renderHtml({ indicator: FIBRE, ...(bad as object) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RenderError);
    expect((error as RenderError).code).toBe('invalid_option');
    const message = (error as Error).message;
    expect(message).toContain(`thuộc tính ${name} không hợp lệ: “${received}”`);
    expect(message).toContain(`The ${name} attribute is not valid: “${received}”`);
  });
});

describe('ssrStyleHash', () => {
  it("is the CSP hash of the <style> in every server-rendered tag, so style-src can allow it without 'unsafe-inline'", async () => {
    const { createHash } = await import('node:crypto');
    for (const look of LOOKS) {
      const css = /<style>([\s\S]*?)<\/style>/.exec(await renderHtml({ indicator: FIBRE, look, asOf: AS_OF }))![1]!;
      expect(await ssrStyleHash()).toBe(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
    }
    expect(await ssrStyleHash()).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });
});
