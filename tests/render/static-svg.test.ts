import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { getIndicator, type Lang } from '../../packages/core/src/index.js';
import { hanoi } from '../../packages/core/src/data/hanoi.js';
import { renderCardSvg, renderSvg } from '../../packages/elements/src/node/index.js';
import { arcFrame, arcMark, arcPath, barMark, LOOKS, RING_LABEL_GAP, BAR_LABEL_GAP, type Look } from '../../packages/elements/src/progress/geometry.js';
import { placedMarkers, progressView, verdictLines, type ProgressView } from '../../packages/elements/src/progress/model.js';
import { historyShape } from '../../packages/elements/src/progress/parts/history-geometry.js';
import { say } from '../../packages/elements/src/shared/messages.js';

// Both sides of the 2025 deadlines: before (the newest figure is from 2024) and after.
const DAYS = ['2024-10-24', '2026-01-15'] as const;
const FIBRE = 'society.fibre-households';
const LANGS: Lang[] = ['vi', 'en'];
const THEMES = ['light', 'dark'] as const;

function parse(svg: string): XmlElement {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  const root = doc.documentElement!;
  expect(root.tagName).toBe('svg');
  return root;
}

const all = (root: XmlElement, selector: (e: XmlElement) => boolean): XmlElement[] => {
  const out: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      const element = child as XmlElement;
      if (selector(element)) out.push(element);
      walk(element);
    }
  };
  walk(root);
  return out;
};
const byPart = (root: XmlElement, part: string) => all(root, (e) => e.getAttribute('data-part') === part);
/** The words of an element as a reader sees them: no-break spaces read as spaces, line breaks as spaces. */
const words = (elements: XmlElement[]) =>
  elements
    .flatMap((e) => all(e, (t) => t.tagName === 'text').concat(e.tagName === 'text' ? [e] : []))
    .map((t) => t.textContent ?? '')
    .join(' ')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const num = (e: XmlElement, name: string) => Number(e.getAttribute(name));

function viewOf(id: string, asOf: string, lang: Lang): ProgressView {
  return progressView(hanoi, getIndicator(hanoi, id)!, asOf, lang, say(lang, 'noData'));
}

describe('the static SVG of a gauge', () => {
  const cases = DAYS.flatMap((asOf) => LOOKS.flatMap((look) => LANGS.flatMap((lang) => THEMES.map((theme) => ({ asOf, look, lang, theme })))));

  it.each(cases)('$look, $lang, $theme, as of $asOf: standalone XML with the sentence, the value and every verdict', ({ asOf, look, lang, theme }) => {
    const svg = renderSvg({ indicator: FIBRE, look, lang, theme, asOf });
    const root = parse(svg);
    expect(svg).not.toMatch(/<script|var\(|foreignObject|<style|style=|<image|href=/i);
    const view = viewOf(FIBRE, asOf, lang);
    const title = all(root, (e) => e.tagName === 'title' && e.parentNode === root)[0]!;
    const desc = all(root, (e) => e.tagName === 'desc')[0]!;
    expect(title.textContent).toBe(view.sentence);
    expect(desc.textContent).toBe(view.sentence);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe(title.getAttribute('id'));
    expect(root.getAttribute('lang')).toBe(lang);
    expect(words(byPart(root, 'value'))).toBe(view.value);
    expect(words(byPart(root, 'label'))).toBe(view.label);
    const verdicts = byPart(root, 'verdict');
    expect(verdicts.map((v) => words([v]))).toEqual(verdictLines(view.targets).map((t) => `${t.verdict} · ${t.target}`));
    expect(verdicts.map((v) => v.getAttribute('data-status'))).toEqual(verdictLines(view.targets).map((t) => t.status));
    expect(words(byPart(root, 'meta'))).toBe(`${lang === 'vi' ? 'Số liệu ngày' : 'Figures as of'} ${view.date} · ${lang === 'vi' ? 'Nguồn' : 'Source'}: ${view.source!.text}`);
  });

  it('says the fibre target was exceeded early before the 2025 deadline and awaits the final figure after it', () => {
    const before = parse(renderSvg({ indicator: FIBRE, lang: 'en', asOf: '2024-10-24' }));
    const after = parse(renderSvg({ indicator: FIBRE, lang: 'en', asOf: '2026-01-15' }));
    expect(byPart(before, 'verdict')[0]!.getAttribute('data-status')).toBe('exceeded');
    expect(words(byPart(before, 'verdict'))).toContain('exceeded early');
    expect(byPart(after, 'verdict')[0]!.getAttribute('data-status')).toBe('awaiting_final');
  });

  it('paints its own background and text in plain colours, light and dark', () => {
    const light = parse(renderSvg({ indicator: FIBRE, asOf: '2024-10-24', theme: 'light' }));
    const dark = parse(renderSvg({ indicator: FIBRE, asOf: '2024-10-24', theme: 'dark' }));
    expect(byPart(light, 'base')[0]!.getAttribute('fill')).toBe('#ffffff');
    expect(byPart(dark, 'base')[0]!.getAttribute('fill')).toBe('#0d1117');
    for (const root of [light, dark]) {
      for (const e of all(root, (x) => x.hasAttribute('fill') || x.hasAttribute('stroke'))) {
        for (const name of ['fill', 'stroke']) if (e.hasAttribute(name)) expect(e.getAttribute(name)).toMatch(/^(#[0-9a-f]{6}|none)$/);
      }
    }
  });

  it('names fonts with safe fallbacks, unquoted so every renderer reads the list', () => {
    const root = parse(renderSvg({ indicator: FIBRE, asOf: '2024-10-24' }));
    const family = root.getAttribute('font-family')!;
    expect(family).not.toMatch(/['"]/);
    expect(family.split(', ')).toEqual(expect.arrayContaining(['system-ui', 'Segoe UI', 'Roboto', 'Arial', 'DejaVu Sans', 'sans-serif']));
    expect(family.endsWith('sans-serif')).toBe(true);
  });

  it('is as wide as asked, 480 px by default', () => {
    expect(parse(renderSvg({ indicator: FIBRE, asOf: '2024-10-24' })).getAttribute('width')).toBe('480');
    const root = parse(renderSvg({ indicator: FIBRE, asOf: '2024-10-24', width: 320 }));
    expect(root.getAttribute('width')).toBe('320');
    expect(root.getAttribute('viewBox')).toBe(`0 0 320 ${root.getAttribute('height')}`);
  });
});

describe('the static SVG takes every position from the geometry module', () => {
  it('draws the bar fill and each target marker at the fractions of the view', () => {
    const view = viewOf(FIBRE, '2024-10-24', 'vi');
    const root = parse(renderSvg({ indicator: FIBRE, asOf: '2024-10-24', width: 480 }));
    const track = byPart(root, 'track')[0]!;
    const fill = byPart(root, 'indicator')[0]!;
    const x = num(track, 'x');
    const width = num(track, 'width');
    expect(num(fill, 'x')).toBe(x);
    expect(num(fill, 'width')).toBeCloseTo((barMark(view.fraction).offset / 100) * width, 1);
    const markers = placedMarkers(view.targets, BAR_LABEL_GAP);
    const lines = byPart(root, 'target');
    expect(lines.map((l) => l.getAttribute('data-year'))).toEqual(markers.map((m) => m.years));
    lines.forEach((line, i) => expect(num(line, 'x1')).toBeCloseTo(x + (barMark(markers[i]!.fraction).offset / 100) * width, 1));
    const labels = byPart(root, 'target-label');
    expect(labels.map((l) => l.getAttribute('text-anchor') ?? 'start')).toEqual(markers.map((m) => barMark(m.fraction).anchor));
  });

  it.each<Exclude<Look, 'bar'>>(['ring', 'gauge'])('draws the %s arcs and ticks with arcPath and arcMark', (look) => {
    const view = viewOf(FIBRE, '2024-10-24', 'en');
    const frame = arcFrame(look);
    const root = parse(renderSvg({ indicator: FIBRE, asOf: '2024-10-24', look, lang: 'en' }));
    expect(byPart(root, 'track')[0]!.getAttribute('d')).toBe(arcPath(frame, 0, 1));
    expect(byPart(root, 'indicator')[0]!.getAttribute('d')).toBe(arcPath(frame, 0, view.fraction));
    const markers = placedMarkers(view.targets, look === 'ring' ? RING_LABEL_GAP : BAR_LABEL_GAP);
    const ticks = byPart(root, 'target');
    expect(ticks).toHaveLength(markers.length);
    ticks.forEach((tick, i) => {
      const m = arcMark(frame, markers[i]!.fraction, markers[i]!.row);
      expect([num(tick, 'x1'), num(tick, 'y1'), num(tick, 'x2'), num(tick, 'y2')]).toEqual([m.x1, m.y1, m.x2, m.y2].map((n) => n + 0));
    });
    const expected = byPart(root, 'expected')[0]!;
    const e = arcMark(frame, view.expected!.fraction);
    expect([num(expected, 'x1'), num(expected, 'y2')]).toEqual([e.x1, e.y2].map((n) => n + 0));
  });

  it.each(LOOKS)('%s: draws the history of dated figures with historyShape, its first and latest figures beside it', (look) => {
    const view = viewOf(FIBRE, '2024-10-24', 'vi');
    const shape = historyShape(view.history!.points, { lowerIsBetter: false })!;
    const root = parse(renderSvg({ indicator: FIBRE, look, asOf: '2024-10-24' }));
    const history = byPart(root, 'history')[0]!;
    expect(byPart(history, 'history-line')[0]!.getAttribute('d')).toBe(shape.path);
    const points = byPart(history, 'history-point');
    expect(points.map((p) => [num(p, 'cx'), num(p, 'cy')])).toEqual(shape.points.map((p) => [p.x, p.y]));
    expect(points.map((p) => p.textContent)).toEqual(view.history!.points.map((p) => `${p.text} · ${p.date} · ${p.source}`));
    expect(words([history])).toBe('93,15% → 91,4%');
    // One figure is not a history: the bar of an indicator with a single figure draws none.
    expect(byPart(parse(renderSvg({ indicator: 'government.online-public-services', look, asOf: '2024-10-24' })), 'history')).toEqual([]);
  });

  it('says "no figure yet" with no bar, arc or marker for an indicator without a figure, in every look', () => {
    const id = hanoi.indicators.find((i) => viewOf(i.id, '2026-01-15', 'en').kind === 'empty')!.id;
    for (const look of LOOKS) {
      const root = parse(renderSvg({ indicator: id, look, asOf: '2026-01-15', lang: 'en' }));
      expect(words(byPart(root, 'value')), look).toBe('No figure yet');
      for (const part of ['track', 'indicator', 'target', 'expected']) expect(byPart(root, part), `${look} ${part}`).toEqual([]);
      expect(byPart(root, 'verdict').length, look).toBeGreaterThan(0);
    }
  });

  it('draws a scale only for figures on one: ranks, context figures, states and indicators without a figure read as words, as on the live gauge, card included', () => {
    const kinds = new Set<string>();
    for (const { id } of hanoi.indicators) {
      for (const asOf of ['2025-12-31', '2026-01-01']) {
        const view = viewOf(id, asOf, 'vi');
        if (view.kind === 'scale') continue;
        kinds.add(view.kind);
        for (const root of [...LOOKS.map((look) => parse(renderSvg({ indicator: id, look, asOf, lang: 'vi' }))), parse(renderCardSvg({ indicator: id, look: 'ring', asOf, lang: 'vi' }))]) {
          for (const part of ['track', 'indicator', 'target', 'expected']) expect(byPart(root, part), `${id} ${asOf} ${part}`).toEqual([]);
          expect(words(byPart(root, 'value')), id).toBe(view.value);
          expect(byPart(root, 'verdict').map((v) => words([v])), id).toEqual(verdictLines(view.targets).map((t) => `${t.verdict} · ${t.target}`));
        }
      }
    }
    // The dataset has context figures, states and indicators without a figure.
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['empty', 'figure', 'state']));
  });
});

describe('the static SVG never cuts a word', () => {
  const ids = hanoi.indicators.map((i) => i.id);
  it.each(LOOKS.flatMap((look) => LANGS.map((lang) => ({ look, lang }))))('$look, $lang at 240 px: every label, value, verdict and meta line of the dataset in full', ({ look, lang }) => {
    for (const id of ids) {
      const view = viewOf(id, '2026-01-15', lang);
      const root = parse(renderSvg({ indicator: id, look, lang, asOf: '2026-01-15', width: 240 }));
      expect(words(byPart(root, 'label')), id).toBe(view.label);
      expect(words(byPart(root, 'value')), id).toBe(view.value);
      expect(byPart(root, 'verdict').map((v) => words([v])), id).toEqual(verdictLines(view.targets).map((t) => `${t.verdict} · ${t.target}`));
      for (const text of all(root, (e) => e.tagName === 'text' && e.getAttribute('data-part') !== 'target-label')) {
        // Every line starts inside the image; wrapped lines are estimated to end inside it too.
        expect(num(text, 'x'), `${id}: ${text.textContent}`).toBeGreaterThanOrEqual(0);
        expect(num(text, 'x'), `${id}: ${text.textContent}`).toBeLessThanOrEqual(240);
      }
    }
  });
});

describe('the social card', () => {
  it.each(LOOKS.flatMap((look) => THEMES.map((theme) => ({ look, theme }))))('$look, $theme: 1200×630 with the label, value, verdicts, date and the hn-cds line', ({ look, theme }) => {
    const svg = renderCardSvg({ indicator: FIBRE, look, theme, lang: 'vi', asOf: '2024-10-24', width: 300 });
    const root = parse(svg);
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1200', '630']);
    expect(svg).not.toMatch(/<script|var\(|foreignObject/);
    const view = viewOf(FIBRE, '2024-10-24', 'vi');
    expect(all(root, (e) => e.tagName === 'title')[0]!.textContent).toBe(view.sentence);
    expect(words(byPart(root, 'label'))).toBe(view.label);
    expect(words(byPart(root, 'value'))).toBe(view.value);
    expect(byPart(root, 'verdict').map((v) => words([v]))).toEqual(verdictLines(view.targets).map((t) => `${t.verdict} · ${t.target}`));
    expect(words(byPart(root, 'meta'))).toContain(view.date!);
    expect(words(byPart(root, 'brand'))).toBe('hn-cds');
  });

  it('keeps every text line inside the card, the longest labels of the dataset included', () => {
    for (const indicator of hanoi.indicators) {
      for (const look of LOOKS) {
        const root = parse(renderCardSvg({ indicator: indicator.id, look, lang: 'en', asOf: '2026-01-15' }));
        for (const text of all(root, (e) => e.tagName === 'text' && (e.parentNode as XmlElement).getAttribute('data-part') !== 'meter')) {
          const y = num(text, 'y');
          expect(y, `${indicator.id} ${look}: ${text.textContent}`).toBeLessThanOrEqual(630);
          expect(y).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('text from a payload', () => {
  it('is escaped: a label with markup stays text, and the SVG still parses', async () => {
    const { plainTaxonomy, PLAIN_INDICATOR_ID } = await import('../../packages/elements/src/progress/model.js');
    const taxonomy = plainTaxonomy({ label: '<script>alert(1)</script> & "quotes" \u0007', value: 50, unit: 'percent', date: '2024-10-24', target: { value: 80, year: 2025 } }, 'x');
    const svg = renderSvg({ indicator: PLAIN_INDICATOR_ID, taxonomy, asOf: '2024-10-24' });
    expect(svg).not.toContain('<script');
    const root = parse(svg);
    expect(words(byPart(root, 'label'))).toBe('<script>alert(1)</script> & "quotes"');
  });
});
