/**
 * Loads an element's code the first time its tag is in the document, so a CDN entry carries only
 * what every page needs: a page without `<cds-summary>` never downloads it. Watches the document
 * (not shadow roots) until the tag appears, then stops watching.
 */
export function defineOnUse(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const found = document.getElementsByTagName(tag);
  let observer: MutationObserver | undefined;
  const start = () => {
    observer?.disconnect();
    load().catch(() => {
      // The fallback text written inside the tag stays on the page.
    });
  };
  if (found.length > 0) return start();
  observer = new MutationObserver(() => {
    if (found.length > 0) start();
  });
  observer.observe(document, { childList: true, subtree: true });
}
