/**
 * `@hn-cds/elements/node`: one gauge rendered in Node, with no browser: a standalone SVG, a PNG, a
 * 1200×630 social card, or the server-rendered tag. Every figure, date and verdict comes from the
 * same view and geometry as `<cds-progress>`.
 *
 * @module
 */
import { formatIssue, getIndicator, validate, type Lang, type Taxonomy } from '@hn-cds/core';
import { hanoi } from '@hn-cds/core/hanoi';
import { LOOKS, type Look } from '../progress/geometry.js';
import { progressView, type ProgressView } from '../progress/model.js';
import { say } from '../shared/messages.js';
import { CARD_SIZE, cardSvg, gaugeSvg, MIN_WIDTH } from '../static/gauge-svg.js';
import { RenderError } from './errors.js';
import { DEFAULT_WIDTH, MAX_SCALE, MAX_WIDTH, RENDER_FORMATS, RENDER_THEMES, type RenderFormat, type RenderOptions, type RenderRequest, type RenderTheme } from './options.js';
import { renderHtml } from './ssr.js';

export { RenderError, RENDER_ERROR_CODES } from './errors.js';
export type { RenderErrorCode } from './errors.js';
export { DEFAULT_WIDTH, MAX_SCALE, MAX_WIDTH, RENDER_FORMATS, RENDER_THEMES } from './options.js';
export type { RenderFormat, RenderLook, RenderOptions, RenderRequest, RenderTheme } from './options.js';
export { renderHtml, ssrStyleHash } from './ssr.js';

/** Options checked, with their defaults filled in. */
interface Checked {
  taxonomy: Taxonomy;
  indicator: string;
  look: Look;
  lang: Lang;
  asOf: string;
  theme: RenderTheme;
  width: number;
  scale: number;
}

const LANGS = ['vi', 'en'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const quote = (value: unknown) => (typeof value === 'string' ? `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"` : String(value));

function invalid(option: string, value: unknown, expected: { vi: string; en: string }): RenderError {
  return new RenderError('invalid_option', {
    vi: `Tùy chọn ${option} không hợp lệ: nhận được ${quote(value)}, cần ${expected.vi}.`,
    en: `The ${option} option is not valid: received ${quote(value)}, expected ${expected.en}.`,
  });
}

function oneOf<T extends string>(option: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  const list = choices.join(', ');
  throw invalid(option, value, { vi: `một trong: ${list}`, en: `one of: ${list}` });
}

function number(option: string, value: unknown, fallback: number, range: { min: number; max: number; above?: boolean; integer?: boolean }): number {
  if (value === undefined) return fallback;
  const ok =
    typeof value === 'number' && Number.isFinite(value) && (range.above ? value > range.min : value >= range.min) && value <= range.max && (!range.integer || Number.isInteger(value));
  if (ok) return value;
  const what = range.integer ? { vi: 'một số nguyên', en: 'a whole number' } : { vi: 'một số', en: 'a number' };
  const from = range.above ? { vi: `lớn hơn ${range.min}`, en: `above ${range.min}` } : { vi: `từ ${range.min}`, en: `from ${range.min}` };
  throw invalid(option, value, { vi: `${what.vi} ${from.vi} đến ${range.max}`, en: `${what.en} ${from.en} to ${range.max}` });
}

/** Today in UTC, `YYYY-MM-DD`: a server has no reader's time zone. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function readAsOf(value: unknown): string {
  if (value === undefined) return todayUtc();
  const time = typeof value === 'string' && DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  const valid = Number.isFinite(time) && new Date(time).toISOString().startsWith(value as string);
  if (valid) return value as string;
  throw invalid('asOf', value, { vi: 'một ngày có thật dạng YYYY-MM-DD', en: 'a real date written YYYY-MM-DD' });
}

function readTaxonomy(value: unknown): Taxonomy {
  if (value === undefined || value === hanoi) return hanoi;
  const result = validate(value);
  if (!result.ok) {
    const first = result.issues[0];
    const more = result.issues.length - 1;
    throw new RenderError('invalid_data', {
      vi: `Bộ dữ liệu (taxonomy) không hợp lệ: ${first ? formatIssue(first, 'vi') : ''}${more > 0 ? ` (và ${more} lỗi khác)` : ''}`,
      en: `The dataset (taxonomy) is not valid: ${first ? formatIssue(first, 'en') : ''}${more > 0 ? ` (and ${more} more issue${more === 1 ? '' : 's'})` : ''}`,
    });
  }
  if (result.value.kind !== 'taxonomy') {
    throw new RenderError('invalid_data', {
      vi: `Bộ dữ liệu (taxonomy) phải là dữ liệu loại "taxonomy", nhận được loại "${result.value.kind}".`,
      en: `The dataset (taxonomy) must be a payload of kind "taxonomy", received one of kind "${result.value.kind}".`,
    });
  }
  return result.value;
}

function check(options: RenderOptions, format: RenderFormat): Checked {
  if (typeof options !== 'object' || options === null) {
    throw invalid('options', options, { vi: 'một đối tượng { indicator, … }', en: 'an object { indicator, … }' });
  }
  if (typeof options.indicator !== 'string' || options.indicator.trim() === '') {
    throw invalid('indicator', options.indicator, { vi: 'mã của một chỉ số, ví dụ "society.fibre-households"', en: 'the id of an indicator, e.g. "society.fibre-households"' });
  }
  const theme = oneOf('theme', options.theme, RENDER_THEMES, 'light');
  if (theme === 'auto' && format !== 'html') {
    throw invalid('theme', theme, { vi: 'light hoặc dark (auto chỉ dùng được với định dạng html)', en: 'light or dark (auto works only with the html format)' });
  }
  return {
    look: oneOf('look', options.look, LOOKS, 'bar'),
    lang: oneOf('lang', options.lang, LANGS, 'vi'),
    asOf: readAsOf(options.asOf),
    theme,
    width: number('width', options.width, DEFAULT_WIDTH, { min: MIN_WIDTH, max: MAX_WIDTH, integer: true }),
    scale: number('scale', options.scale, 1, { min: 0, max: MAX_SCALE, above: true }),
    taxonomy: readTaxonomy(options.taxonomy),
    indicator: options.indicator,
  };
}

function viewOf(checked: Checked): ProgressView {
  const indicator = getIndicator(checked.taxonomy, checked.indicator);
  if (!indicator) {
    const id = quote(checked.indicator).slice(1, -1);
    throw new RenderError('unknown_indicator', { vi: say('vi', 'unknownIndicator', id), en: say('en', 'unknownIndicator', id) });
  }
  return progressView(checked.taxonomy, indicator, checked.asOf, checked.lang, say(checked.lang, 'noData'));
}

/**
 * A standalone SVG of one gauge: no script, no stylesheet, no custom properties, no shadow DOM,
 * text as text with a font stack that falls back safely, and `<title>` / `<desc>` holding the
 * sentence screen readers hear from `<cds-progress>`. The height follows from the content, the
 * width is yours. For email (as a PNG), print, RSS and documents.
 *
 * @throws {RenderError} an unknown indicator, an invalid dataset or an option out of range.
 *
 * @example
 * ```ts
 * import { renderSvg } from '@hn-cds/elements/node';
 * const svg = renderSvg({ indicator: 'society.fibre-households', look: 'ring', lang: 'en', asOf: '2024-10-24' });
 * // '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="…" … role="img" …><title …>Households …: 91.4% …'
 * ```
 */
export function renderSvg(options: RenderOptions): string {
  const checked = check(options, 'svg');
  return gaugeSvg(viewOf(checked), { look: checked.look, lang: checked.lang, theme: checked.theme as 'light' | 'dark', width: checked.width });
}

/**
 * The 1200×630 social card of one gauge as SVG: the label large, the value, the gauge, the
 * verdicts, the date and source, and a small "hn-cds" line. `width` is ignored.
 *
 * @throws {RenderError} an unknown indicator, an invalid dataset or an option out of range.
 *
 * @example
 * ```ts
 * renderCardSvg({ indicator: 'society.fibre-households', asOf: '2024-10-24' });
 * // '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" …'
 * ```
 */
export function renderCardSvg(options: RenderOptions): string {
  const checked = check(options, 'card');
  return cardSvg(viewOf(checked), { look: checked.look, lang: checked.lang, theme: checked.theme as 'light' | 'dark' });
}

type ResvgModule = { Resvg: new (svg: string, options?: object) => { render(): { asPng(): Uint8Array } } };

/** Rasterises an SVG with `@resvg/resvg-js` (an optional peer dependency) at a pixel width. */
async function rasterise(svg: string, pixelWidth: number): Promise<Uint8Array> {
  let resvg: ResvgModule;
  try {
    const loaded = (await import('@resvg/resvg-js')) as unknown as ResvgModule & { default?: ResvgModule };
    resvg = loaded.Resvg ? loaded : loaded.default!;
  } catch {
    throw new RenderError('png_unavailable', {
      vi: 'Cần gói @resvg/resvg-js để tạo ảnh PNG: hãy cài bằng "npm install @resvg/resvg-js".',
      en: 'PNG output needs the @resvg/resvg-js package: install it with "npm install @resvg/resvg-js".',
    });
  }
  const image = new resvg.Resvg(svg, { fitTo: { mode: 'width', value: pixelWidth }, font: { loadSystemFonts: true } }).render();
  return new Uint8Array(image.asPng());
}

/**
 * A PNG of one gauge, rasterised in Node from {@link renderSvg}'s SVG with `@resvg/resvg-js`
 * (install it beside this package; it ships prebuilt and downloads nothing). It is `width × scale`
 * pixels wide; the system's fonts draw the text.
 *
 * @throws {RenderError} as {@link renderSvg}, or code `png_unavailable` when `@resvg/resvg-js` is not installed.
 *
 * @example
 * ```ts
 * const png = await renderPng({ indicator: 'society.fibre-households', width: 600, scale: 2, asOf: '2024-10-24' });
 * await writeFile('fibre.png', png); // 1200 pixels wide
 * ```
 */
export async function renderPng(options: RenderOptions): Promise<Uint8Array> {
  const checked = check(options, 'png');
  const svg = gaugeSvg(viewOf(checked), { look: checked.look, lang: checked.lang, theme: checked.theme as 'light' | 'dark', width: checked.width });
  return rasterise(svg, Math.round(checked.width * checked.scale));
}

/**
 * The social card as a PNG of 1200×630 pixels (times `scale`).
 *
 * @throws {RenderError} as {@link renderPng}.
 *
 * @example
 * ```ts
 * const card = await renderCardPng({ indicator: 'society.fibre-households', asOf: '2024-10-24' });
 * await writeFile('og-image.png', card); // 1200×630
 * ```
 */
export async function renderCardPng(options: RenderOptions): Promise<Uint8Array> {
  const checked = check(options, 'card');
  const svg = cardSvg(viewOf(checked), { look: checked.look, lang: checked.lang, theme: checked.theme as 'light' | 'dark' });
  return rasterise(svg, Math.round(CARD_SIZE.width * checked.scale));
}

/**
 * Renders one gauge in the format asked for: `svg` (default) and `html` give text, `png` and
 * `card` (1200×630) give PNG bytes. The command `hn-cds render` and the examples' `/render`
 * endpoint call this.
 *
 * @throws {RenderError} an unknown indicator, an invalid dataset, an option out of range, or a
 * renderer that is not installed.
 *
 * @example
 * ```ts
 * await render({ indicator: 'society.fibre-households', format: 'card', lang: 'en', asOf: '2026-01-15' }); // Uint8Array (PNG)
 * await render({ indicator: 'society.fibre-households', format: 'svg', theme: 'dark' }); // '<svg …'
 * ```
 */
export async function render(request: RenderRequest & { format: 'png' | 'card' }): Promise<Uint8Array>;
export async function render(request: RenderRequest & { format?: 'svg' | 'html' }): Promise<string>;
export async function render(request: RenderRequest): Promise<string | Uint8Array>;
export async function render(request: RenderRequest): Promise<string | Uint8Array> {
  const format = oneOf('format', request?.format, RENDER_FORMATS, 'svg');
  switch (format) {
    case 'html':
      viewOf(check(request, 'html'));
      return renderHtml(request);
    case 'png':
      return renderPng(request);
    case 'card':
      return renderCardPng(request);
    default:
      return renderSvg(request);
  }
}
