import type { Lang } from '@hn-cds/core';

/**
 * An element's language: its own `lang`, else the nearest ancestor's across shadow roots;
 * Vietnamese by default. Anything starting with `en` is English.
 */
export function resolveLang(element: Element, own: string): Lang {
  let node: Element | null = element;
  while (node) {
    const lang: unknown = node === element ? own : node.getAttribute('lang');
    if (typeof lang === 'string' && lang) return lang.toLowerCase().startsWith('en') ? 'en' : 'vi';
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'vi';
}
