import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { hanoi } from '../../packages/core/src/data/hanoi.js';
import { render, renderCardPng, renderPng, renderSvg } from '../../packages/elements/src/node/index.js';
import { LOOKS } from '../../packages/elements/src/progress/geometry.js';
import { STATIC_PALETTE } from '../../packages/elements/src/static/palette.js';

const FIBRE = 'society.fibre-households';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, which follows the 8-byte signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(String.fromCharCode(...bytes.slice(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const svgHeight = (svg: string) => Number(/height="(\d+)"/.exec(svg)![1]);

describe('the PNG of a gauge', () => {
  it.each([
    { width: 480, scale: 1 },
    { width: 320, scale: 2 },
    { width: 600, scale: 3 },
    { width: 400, scale: 1.5 },
  ])('is width × scale pixels wide, $width × $scale, and as tall as its SVG times the scale', async ({ width, scale }) => {
    const options = { indicator: FIBRE, width, asOf: '2024-10-24' } as const;
    const size = pngSize(await renderPng({ ...options, scale }));
    expect(size.width).toBe(width * scale);
    expect(size.height).toBe(Math.round(svgHeight(renderSvg(options)) * scale));
  });

  it.each(LOOKS)('%s: renders light and dark, each painted with its own background', async (look) => {
    for (const theme of ['light', 'dark'] as const) {
      const png = await renderPng({ indicator: FIBRE, look, theme, lang: 'en', asOf: '2026-01-15' });
      expect(pngSize(png).width).toBe(480);
    }
    const pixels = new Resvg(renderSvg({ indicator: FIBRE, look, theme: 'dark', asOf: '2026-01-15' }), { font: { loadSystemFonts: true } }).render().pixels;
    const hex = `#${[...pixels.slice(0, 3)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    expect(hex).toBe(STATIC_PALETTE.dark.background);
  });

  it('card: 1200×630, or twice that at scale 2', async () => {
    expect(pngSize(await renderCardPng({ indicator: FIBRE, asOf: '2024-10-24' }))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(await renderCardPng({ indicator: FIBRE, asOf: '2024-10-24', look: 'ring', scale: 2 }))).toEqual({ width: 2400, height: 1260 });
  });

  it('render() dispatches on the format: SVG text, PNG bytes, card bytes', async () => {
    const base = { indicator: FIBRE, asOf: '2026-01-15', lang: 'en' } as const;
    expect(await render({ ...base })).toBe(renderSvg(base));
    expect(await render({ ...base, format: 'svg' })).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(pngSize(await render({ ...base, format: 'png', width: 300 })).width).toBe(300);
    expect(pngSize(await render({ ...base, format: 'card' }))).toEqual({ width: 1200, height: 630 });
  });
});

/** True when every pixel of the columns from `x` to the right edge is the background. */
function rightEdgeIsBlank(svg: string, fromX: number): boolean {
  const image = new Resvg(svg, { font: { loadSystemFonts: true } }).render();
  const { width, height, pixels } = image;
  const [r, g, b] = [pixels[0], pixels[1], pixels[2]];
  for (let y = 0; y < height; y += 1) {
    for (let x = fromX; x < width; x += 1) {
      const i = (y * width + x) * 4;
      if (pixels[i] !== r || pixels[i + 1] !== g || pixels[i + 2] !== b) return false;
    }
  }
  return true;
}

describe('text drawn with the fonts of this machine', () => {
  // The estimate of text widths errs wide: drawn with a real font, no line reaches the 16 px padding.
  it.each(LOOKS.flatMap((look) => (['vi', 'en'] as const).map((lang) => ({ look, lang }))))('$look, $lang at 280 px: stays clear of the right padding for every indicator', ({ look, lang }) => {
    const spilled = hanoi.indicators
      .map((indicator) => indicator.id)
      .filter((id) => !rightEdgeIsBlank(renderSvg({ indicator: id, look, lang, asOf: '2026-01-15', width: 280 }), 280 - 8));
    expect(spilled).toEqual([]);
  });
});
