import type { Lang } from '@hn-cds/core';

/**
 * An element's language: its own `lang`, else the nearest ancestor's across shadow roots;
 * Vietnamese by default. Anything starting with `en` is English. A `lang` property set from
 * script to something that is not text throws: elements call this inside their guarded update.
 */
export function resolveLang(element: Element, own: string): Lang {
  let node: Element | null = element;
  while (node) {
    const lang = node === element ? own : node.getAttribute('lang');
    if (lang) return lang.toLowerCase().startsWith('en') ? 'en' : 'vi';
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'vi';
}
