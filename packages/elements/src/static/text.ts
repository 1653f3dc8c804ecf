/**
 * Line breaks for SVG text, which never wraps by itself. Widths are estimated from the
 * characters with the metrics of DejaVu Sans, the widest font of the stack, so a line measured
 * here fits in every font of it; a word is never cut, only moved to the next line.
 */

/**
 * Fonts of every text, with fallbacks present on Windows, macOS, Android and Linux. Names are
 * unquoted (valid CSS for names made of plain words): resvg drops a list that quotes them, and
 * reads `sans-serif` as Arial, which many Linux machines lack, so DejaVu Sans is named.
 */
export const FONT_STACK = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, Noto Sans, DejaVu Sans, sans-serif';

const NARROW = new Set("il.,:;'!|ijft()[]/ ");
const WIDE = new Set('mwMW@%');
/** Estimated widths in em; bold text is wider, and the estimate errs towards too wide. */
function charWidth(char: string, bold: boolean): number {
  // Diacritics (Vietnamese ắ, ộ…) sit over their base letter and add no width.
  const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || char;
  const c = base[0] ?? char;
  let width: number;
  if (NARROW.has(c)) width = 0.34;
  else if (WIDE.has(c)) width = 0.95;
  else if (/[0-9]/.test(c)) width = 0.64;
  else if (/[A-ZĐ]/.test(c)) width = 0.74;
  else if (/[a-zđ]/.test(c)) width = 0.61;
  else if (c === '·' || c === '•') width = 0.34;
  else if (c === '–' || c === '—' || c === '→' || c === '≥' || c === '≤') width = 0.84;
  else width = 0.68;
  return width * (bold ? 1.12 : 1);
}

/** The estimated width of a text, in pixels, at a font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char, bold);
  return em * fontSize;
}

/** A run of words of one weight. */
export interface Run {
  text: string;
  bold: boolean;
}

/** One line of wrapped text: its runs and its estimated width. */
export interface Line {
  runs: Run[];
  width: number;
}

/**
 * Breaks runs of text into lines no wider than `maxWidth` (pixels at `fontSize`), at spaces; a
 * single word wider than a line gets a line of its own rather than being cut.
 *
 * @example
 * ```ts
 * wrapRuns([{ text: 'Hộ gia đình có cáp quang', bold: false }], 100, 16).length; // 3 lines: 'Hộ gia đình', 'có cáp', 'quang'
 * ```
 */
export function wrapRuns(runs: readonly Run[], maxWidth: number, fontSize: number): Line[] {
  // Words split at ordinary spaces only: a no-break space (U+00A0) keeps its neighbours together,
  // and so does a run that starts right after a word, with no space between them.
  const words: Array<{ text: string; bold: boolean; spaceBefore: boolean; glued: boolean }> = [];
  let space = false;
  for (const run of runs) {
    let first = true;
    for (const part of run.text.split(/([ \t\n\r]+)/)) {
      if (part === '') continue;
      if (/^[ \t\n\r]+$/.test(part)) {
        space = true;
        continue;
      }
      words.push({ text: part, bold: run.bold, spaceBefore: space, glued: first && !space && words.length > 0 });
      space = false;
      first = false;
    }
  }
  const lines: Line[] = [];
  let current: Line = { runs: [], width: 0 };
  for (const word of words) {
    const wordWidth = textWidth(word.text, fontSize, word.bold);
    const spaceWidth = word.spaceBefore && current.runs.length > 0 ? textWidth(' ', fontSize, word.bold) : 0;
    if (current.runs.length > 0 && !word.glued && current.width + spaceWidth + wordWidth > maxWidth) {
      lines.push(current);
      current = { runs: [], width: 0 };
    }
    const leading = word.spaceBefore && current.runs.length > 0;
    const text = (leading ? ' ' : '') + word.text;
    const last = current.runs.at(-1);
    if (last && last.bold === word.bold) last.text += text;
    else current.runs.push({ text, bold: word.bold });
    current.width += (leading ? spaceWidth : 0) + wordWidth;
  }
  if (current.runs.length > 0) lines.push(current);
  return lines;
}

/** {@link wrapRuns} for plain text of one weight. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): Line[] {
  return wrapRuns([{ text, bold }], maxWidth, fontSize);
}

/** Text made safe inside an XML element or attribute. */
export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all (controls, lone surrogates) are dropped, never escaped.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
