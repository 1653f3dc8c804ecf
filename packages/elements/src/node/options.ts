import type { Lang, Taxonomy } from '@hn-cds/core';

/**
 * What one gauge can be rendered as outside a browser: a server-rendered tag, a standalone SVG, a
 * PNG, or a 1200×630 social card (PNG).
 *
 * @example
 * ```ts
 * RENDER_FORMATS; // ['html', 'svg', 'png', 'card']
 * ```
 */
export const RENDER_FORMATS = ['html', 'svg', 'png', 'card'] as const;
/** One of {@link RENDER_FORMATS}. */
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/**
 * The themes of a render: `light` and `dark` paint their own background; `auto` (follow the
 * reader's colour scheme) needs CSS, so only the `html` format takes it.
 *
 * @example
 * ```ts
 * RENDER_THEMES; // ['light', 'dark', 'auto']
 * ```
 */
export const RENDER_THEMES = ['light', 'dark', 'auto'] as const;
/** One of {@link RENDER_THEMES}. */
export type RenderTheme = (typeof RENDER_THEMES)[number];

/** The looks every output draws, the same as `<cds-progress look>`: a bar, a full ring, a semicircle gauge. */
export type RenderLook = 'bar' | 'ring' | 'gauge';

/** Width of an SVG or PNG when none is given, in CSS pixels. */
export const DEFAULT_WIDTH = 480;
/** The widest SVG or PNG, in CSS pixels. */
export const MAX_WIDTH = 4096;
/** The largest pixel ratio of a PNG; the image is at most {@link MAX_WIDTH} × this wide. */
export const MAX_SCALE = 4;

/**
 * One gauge to render in Node: the same inputs as `<cds-progress>`'s attributes, so the live tag,
 * the server-rendered tag and the static images show the same thing.
 */
export interface RenderOptions {
  /** Id of an indicator in `taxonomy` (the Hanoi dataset by default). */
  indicator: string;
  /** `bar` by default. */
  look?: RenderLook;
  /** `vi` by default. */
  lang?: Lang;
  /** The day the verdicts are for, `YYYY-MM-DD`; today (UTC) by default. Pin it for anything archived. */
  asOf?: string;
  /** `light` by default; `auto` is allowed only for `html`. */
  theme?: RenderTheme;
  /** Width in CSS pixels of an SVG or PNG, 240 to 4096 (480 by default); a card is always 1200×630. */
  width?: number;
  /** Pixel ratio of a PNG or card, above 0 and at most 4: 1 by default (2 for a sharp image on a retina screen). */
  scale?: number;
  /** A dataset to read instead of the bundled Hanoi dataset; it is validated before use. */
  taxonomy?: Taxonomy;
}

/** {@link RenderOptions} with the format to produce, for {@link render}. */
export interface RenderRequest extends RenderOptions {
  /** `svg` by default. */
  format?: RenderFormat;
}
