import type { Taxonomy } from '@hn-cds/core';

// A symbol in the global registry, so two copies of this library on one page (two bundles, two
// versions) share one default dataset instead of each keeping its own.
const KEY = Symbol.for('hn-cds.default-taxonomy');

type Holder = { [KEY]?: Taxonomy };

/**
 * Makes a taxonomy the one `<cds-progress indicator="…">` reads when it has no `src`.
 * The CDN bundle `hn-cds.min.js` registers the Hanoi dataset this way; importing
 * `@hn-cds/elements/hanoi` does the same in an app. Elements already on the page re-render;
 * `undefined` unregisters it.
 *
 * @example
 * ```ts
 * import { hanoi } from '@hn-cds/core/hanoi';
 * import { setDefaultTaxonomy } from '@hn-cds/elements';
 * setDefaultTaxonomy(hanoi);
 * ```
 */
export function setDefaultTaxonomy(taxonomy: Taxonomy | undefined): void {
  (globalThis as Holder)[KEY] = taxonomy;
  globalThis.dispatchEvent?.(new Event('hn-cds-taxonomy'));
}

/**
 * The taxonomy registered with {@link setDefaultTaxonomy}, or `undefined` when none is.
 *
 * @example
 * ```ts
 * getDefaultTaxonomy()?.indicators.length; // e.g. 40 with the Hanoi dataset, undefined without
 * ```
 */
export function getDefaultTaxonomy(): Taxonomy | undefined {
  return (globalThis as Holder)[KEY];
}
