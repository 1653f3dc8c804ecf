import type { Taxonomy } from '@hn-cds/core';
import { getDefaultTaxonomy } from '../default-taxonomy.js';
import { problem, type CdsErrorDetail } from '../progress/attributes.js';

export { DEFAULT_TIMEOUT } from '../progress/timeout.js';

/**
 * Imports the payload loader with zod's shared `jitless` flag set while its schemas are built, so
 * zod never probes `new Function` (a strict CSP or Trusted Types would report the probe). The
 * page's own setting is restored at once.
 */
async function importLoader(): Promise<typeof import('../progress/load-payload.js')> {
  const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  const config = (holder.__zod_globalConfig ??= {});
  const previous = config.jitless;
  config.jitless = true;
  try {
    return await import('../progress/load-payload.js');
  } finally {
    config.jitless = previous;
  }
}

/**
 * Loads the payload at `src` for an element: the loader and core's validator (with zod) come in a
 * chunk of their own, fetched on first use, and read `timeout` as the element's attribute gave it.
 * Resolves to the taxonomy (observations merged into the default dataset) or to the problem to
 * show; never rejects.
 */
export function loadSource(src: string, timeout: unknown, signal: AbortSignal): Promise<Taxonomy | CdsErrorDetail> {
  return importLoader()
    .then(({ loadPayload }) => loadPayload(src, getDefaultTaxonomy(), timeout, signal))
    .catch(() => problem('render_failed', 'renderFailed', { url: src }));
}
