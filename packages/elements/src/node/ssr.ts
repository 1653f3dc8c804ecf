import { html, nothing, type CSSResult } from 'lit';
import { getIndicator, type Lang, type Taxonomy } from '@hn-cds/core';
import { hanoi } from '@hn-cds/core/hanoi';
import { getDefaultTaxonomy, setDefaultTaxonomy } from '../default-taxonomy.js';
import { isProblem, readChoice, readDate, type CdsErrorDetail } from '../progress/attributes.js';
import { LOOKS } from '../progress/geometry.js';
import { progressView } from '../progress/model.js';
import { RenderError } from './errors.js';
import type { RenderOptions } from './options.js';
import { say } from '../shared/messages.js';
import '../progress/parts/history.js';
import { CdsProgress } from '../progress/progress.js';

const LANGS = ['vi', 'en'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;

/** Lit's markers for client-side hydration, which `<cds-progress>` does not need: it redraws into the same shadow root. */
const LIT_MARKERS = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g;

/**
 * Renders `<cds-progress>` on a server, with no browser: a complete tag holding a declarative
 * shadow root (`<template shadowrootmode="open">`) with the finished gauge and its styles, and
 * the gauge's sentence as light-DOM fallback text for readers without declarative shadow DOM.
 * With JavaScript off the reader sees the drawn gauge, its value and its verdicts; when the
 * `<cds-progress>` script loads, the element draws again into the same shadow root before the
 * page paints, so nothing moves. The markup comes from the element's own templates, geometry and
 * words, so it is what the live element draws.
 *
 * An indicator that is not in the dataset renders the element's message saying so, as the live
 * tag would (`render({ format: 'html' })` refuses it instead); options that are not valid throw a
 * {@link RenderError} saying which, in Vietnamese and English. The theme is `auto` by default
 * (the tag follows the page's colour scheme); `width` and `scale` are for images and ignored.
 * Pin `asOf` for anything archived: without it the verdicts are for today (UTC).
 *
 * @param options What to render: the indicator, look, language, as-of day, theme and dataset.
 * @returns The HTML of one `<cds-progress>` tag.
 * @throws {RenderError} code `invalid_option`: `look`, `lang`, `theme` or `asOf` is not one the element accepts;
 * code `html_unavailable`: the optional peer `@lit-labs/ssr` is not installed.
 *
 * @example
 * ```ts
 * import { renderHtml } from '@hn-cds/elements/node';
 * const tag = await renderHtml({ indicator: 'society.fibre-households', asOf: '2024-10-24', lang: 'vi' });
 * // '<cds-progress indicator="society.fibre-households" look="bar" lang="vi" as-of="2024-10-24" theme="auto"><template shadowrootmode="open">…'
 * ```
 */
export async function renderHtml(options: RenderOptions): Promise<string> {
  const look = checked(options.look === undefined ? 'bar' : readChoice('look', options.look, LOOKS));
  const lang = checked(options.lang === undefined ? 'vi' : readChoice('lang', options.lang, LANGS));
  const theme = checked(options.theme === undefined ? 'auto' : readChoice('theme', options.theme, THEMES));
  const asOf = checked(options.asOf === undefined ? new Date().toISOString().slice(0, 10) : readDate('as-of', options.asOf));
  const indicator = String(options.indicator ?? '');
  const taxonomy = options.taxonomy ?? hanoi;
  const { render, collectResultSync } = await serverRenderer();
  const tag = html`<cds-progress indicator=${indicator} look=${look} lang=${lang} as-of=${asOf} theme=${theme}>${fallback(taxonomy, indicator, asOf, lang)}</cds-progress>`;
  // The element reads the default dataset: this one is registered for the render, which is
  // synchronous, and the one before it is put back right after.
  const previous = getDefaultTaxonomy();
  setDefaultTaxonomy(taxonomy);
  try {
    return tidy(collectResultSync(render(tag)));
  } finally {
    setDefaultTaxonomy(previous);
  }
}

type ServerRenderer = typeof import('@lit-labs/ssr') & typeof import('@lit-labs/ssr/lib/render-result.js');

/** @lit-labs/ssr, an optional peer: loaded on the first server render, so the SVG and PNG renders never need it. */
async function serverRenderer(): Promise<ServerRenderer> {
  try {
    const [ssr, result] = await Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js')]);
    return { ...ssr, ...result };
  } catch {
    throw new RenderError('html_unavailable', {
      vi: 'Định dạng html (thẻ dựng sẵn trên máy chủ) cần gói @lit-labs/ssr: hãy cài nó (npm install @lit-labs/ssr), hoặc dùng svg, png hay card.',
      en: 'The html format (the server-rendered tag) needs the @lit-labs/ssr package: install it (npm install @lit-labs/ssr), or use svg, png or card.',
    });
  }
}

/**
 * The Content-Security-Policy source of the one inline `<style>` each server-rendered tag carries,
 * `'sha256-…'`: a page whose policy has no `'unsafe-inline'` adds it to `style-src` so the gauges
 * are styled before any script runs (the element itself, once its script runs, needs no inline
 * style). It is the same for every tag of one version of `@hn-cds/elements`.
 *
 * @returns The source expression to add to `style-src`, quotes included.
 *
 * @example
 * ```ts
 * import { ssrStyleHash } from '@hn-cds/elements/node';
 * response.setHeader('content-security-policy', `style-src 'self' ${await ssrStyleHash()}`);
 * ```
 */
export async function ssrStyleHash(): Promise<string> {
  // The text lit's server renderer writes into the <style>: each sheet's CSS, one after another.
  const css = CdsProgress.elementStyles.map((style) => (style as CSSResult).cssText).join('');
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/**
 * The markup without lit's hydration markers and without the spaces left where a binding wrote
 * nothing (`<span part="value" >`). Text and attribute values are escaped (`>` is `&gt;`), so a
 * `>` outside the <style> closes a tag.
 */
function tidy(markup: string): string {
  return markup
    .replace(LIT_MARKERS, '')
    .replace(/^<cds-progress +/, '<cds-progress ')
    .replace(/(<style>[\s\S]*?<\/style>)| +>/g, (_, style: string | undefined) => style ?? '>');
}

/** What a reader without declarative shadow DOM reads: the gauge's full sentence, or why there is none. */
function fallback(taxonomy: Taxonomy, id: string, asOf: string, lang: Lang): string | typeof nothing {
  const indicator = getIndicator(taxonomy, id);
  if (!indicator) return say(lang, 'unknownIndicator', id);
  return progressView(taxonomy, indicator, asOf, lang, say(lang, 'noData')).sentence || nothing;
}

/** A valid option, or a {@link RenderError} `invalid_option` with the element's own message in both languages. */
function checked<T>(result: T | CdsErrorDetail): T {
  if (isProblem(result)) throw new RenderError('invalid_option', result.message);
  return result;
}
