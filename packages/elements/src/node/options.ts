import type { Lang, Taxonomy } from '@hn-cds/core';

/** What one gauge is rendered as outside a browser. */
export type RenderFormat = 'html' | 'svg' | 'png' | 'card';

/** The looks every output draws, the same as `<cds-progress look>`. */
export type RenderLook = 'bar' | 'ring' | 'gauge';

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
  /** `light` by default for images; `auto` is allowed only for `html`. */
  theme?: 'auto' | 'light' | 'dark';
  /** Width in CSS pixels of an SVG or PNG (not `card`, which is 1200×630). */
  width?: number;
  /** Pixel ratio of a PNG: 1 by default. */
  scale?: number;
  /** An already validated dataset to read instead of the bundled Hanoi dataset. */
  taxonomy?: Taxonomy;
}
