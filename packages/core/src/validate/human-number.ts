/** How a human spelling of a number was read, or why it could not be. */
export type HumanNumber =
  | { ok: true; value: number }
  | { ok: false; reason: 'not_a_number' | 'ambiguous' };

// Spaces a spreadsheet or a word processor leaves around a figure: ordinary, no-break, narrow no-break.
const SPACES = /^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g;
const PLAIN = /^-?\d+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;
const VI_GROUPED = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const EN_GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
// "1,234" and "1.234" read as 1.234 in Vietnamese and as 1234 (or 1.234) in English.
const AMBIGUOUS = /^-?[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * Reads a number as people write it in reports and spreadsheets: `"93,15"`, `"93,15%"`,
 * `"93.15%"`, `" 93.15 "`, `"1.234,5"` (Vietnamese thousands dots) or `"1,234.5"`. A lone group of
 * three digits after one separator (`"1,234"`, `"1.234"`) means different numbers in Vietnamese and
 * English, so it is refused as ambiguous rather than guessed.
 */
export function readHumanNumber(text: string): HumanNumber {
  let body = text.replace(SPACES, '').replace(/\u2212/g, '-');
  if (body.endsWith('%')) body = body.slice(0, -1).replace(SPACES, '');
  if (AMBIGUOUS.test(body)) return { ok: false, reason: 'ambiguous' };
  let canonical: string | undefined;
  if (PLAIN.test(body)) canonical = body;
  else if (DECIMAL_COMMA.test(body)) canonical = body.replace(',', '.');
  else if (VI_GROUPED.test(body)) canonical = body.replace(/\./g, '').replace(',', '.');
  else if (EN_GROUPED.test(body)) canonical = body.replace(/,/g, '');
  if (canonical === undefined) return { ok: false, reason: 'not_a_number' };
  const value = Number(canonical);
  return Number.isFinite(value) ? { ok: true, value: Object.is(value, -0) ? 0 : value } : { ok: false, reason: 'not_a_number' };
}
