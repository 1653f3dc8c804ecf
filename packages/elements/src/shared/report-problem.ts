import type { CdsErrorDetail } from '../progress/attributes.js';

/**
 * Fires `cds-error` on `element` for a problem it has not reported yet, and returns the key of
 * what it now shows, to pass back next time: the same problem is reported once, a new one again.
 */
export function reportProblem(element: HTMLElement, found: CdsErrorDetail | undefined, reported: string): string {
  const key = found ? JSON.stringify([found.code, found.attribute, found.received, found.url]) : '';
  if (found && key !== reported) {
    element.dispatchEvent(new CustomEvent<CdsErrorDetail>('cds-error', { detail: found, bubbles: true, composed: true }));
  }
  return key;
}
