import type { Lang } from '@hn-cds/core';
import { verdictIcon } from '../shared/icons.js';
import { say } from '../shared/messages.js';
import { arcFrame, arcMark, arcPath, BAR_LABEL_GAP, barMark, RING_LABEL_GAP, type ArcFrame, type Look } from '../progress/geometry.js';
import { placedMarkers, verdictLines, type ProgressView } from '../progress/model.js';
import { HISTORY_BOX, historyShape } from '../progress/parts/history-geometry.js';
import { STATIC_PALETTE, type StaticColours } from './palette.js';
import { escapeXml, FONT_STACK, textWidth, wrapRuns, wrapText, type Line, type Run } from './text.js';

/** How a static image is drawn: the look, the language of its words, its theme and its width. */
export interface StaticSvgOptions {
  look: Look;
  lang: Lang;
  theme: 'light' | 'dark';
  /** Width in CSS pixels; the height follows from the content. */
  width: number;
}

/** The size of the social card, the one Open Graph and most networks show. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Narrowest width an image is drawn at: below it the text column would be a word wide. */
export const MIN_WIDTH = 240;

const PAD = 16;
const ARC_FRAMES = { ring: arcFrame('ring'), gauge: arcFrame('gauge') } as const;

/** Sizes of one layout, in pixels: the static image at 1×, or the card at its own scale. */
interface Sizes {
  label: number;
  value: number;
  emptyValue: number;
  verdict: number;
  meta: number;
  targetLabel: number;
  track: number;
}

const BASE: Sizes = { label: 16, value: 20, emptyValue: 14, verdict: 14, meta: 13, targetLabel: 13, track: 12 };

/** Collects the SVG of one image and the height its content reached. */
class Canvas {
  readonly parts: string[] = [];
  constructor(readonly colours: StaticColours) {}

  push(markup: string): void {
    this.parts.push(markup);
  }

  /** Lines of text from a top edge; returns the height they take. */
  lines(lines: Line[], x: number, top: number, size: number, lineHeight: number, options: { fill: string; anchor?: 'start' | 'middle' | 'end'; weight?: 'bold' }): number {
    lines.forEach((line, i) => {
      const baseline = round(top + i * lineHeight + lineHeight / 2 + size * 0.35);
      const anchor = options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : '';
      const weight = options.weight ? ' font-weight="700"' : '';
      this.push(`<text x="${round(x)}" y="${baseline}" font-size="${round(size)}" fill="${options.fill}"${anchor}${weight}>${runsMarkup(line.runs)}</text>`);
    });
    return lines.length * lineHeight;
  }
}

function runsMarkup(runs: Run[]): string {
  return runs.map((run) => (run.bold ? `<tspan font-weight="600">${escapeXml(run.text)}</tspan>` : escapeXml(run.text))).join('');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function round4(n: number): number {
  return Math.round(n * 10000) / 10000;
}

/** A short id for the title and description, different for different images on one page. */
function idFor(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i += 1) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  return `cds-${hash.toString(36)}`;
}

/** The opening of a standalone SVG, with its accessible name (the element's sentence) and background. */
function open(view: ProgressView, width: number, height: number, options: { lang: Lang; theme: 'light' | 'dark'; look: Look }): string {
  const id = idFor(`${view.sentence}|${options.look}|${options.theme}|${width}x${height}`);
  const sentence = escapeXml(view.sentence);
  const colours = STATIC_PALETTE[options.theme];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title" lang="${options.lang}" xml:lang="${options.lang}" font-family="${escapeXml(FONT_STACK)}" data-look="${options.look}" data-theme="${options.theme}">` +
    `<title id="${id}-title">${sentence}</title><desc id="${id}-desc">${sentence}</desc>` +
    `<rect data-part="base" width="${width}" height="${height}" fill="${colours.background}"/>`
  );
}

/** The line under the gauge: the figure's date and its source, in the element's words. */
function metaText(view: ProgressView, lang: Lang): string {
  const date = view.date ? `${say(lang, 'asOf')} ${view.date}` : view.undated ? say(lang, 'undated') : '';
  if (!view.source) return date;
  const source = `${say(lang, 'source')}: ${view.source.text}`;
  return date ? `${date}\u00a0· ${source}` : source;
}

/** The verdict lines, each an icon in the verdict's colour and its words; returns the height. */
function drawVerdicts(canvas: Canvas, view: ProgressView, x: number, top: number, width: number, size: number): number {
  const lineHeight = size * 1.4;
  const icon = size;
  const gap = size * 0.35;
  let y = top;
  for (const t of verdictLines(view.targets)) {
    const colour = canvas.colours.status[t.status];
    const lines = wrapRuns([{ text: t.verdict, bold: true }, { text: `\u00a0· ${t.target}`, bold: false }], width - icon - gap, size);
    canvas.push(
      `<g data-part="verdict" data-status="${t.status}" data-year="${t.year}" fill="${colour}"><path transform="translate(${round(x)} ${round(y + (lineHeight - icon) / 2)}) scale(${round(icon / 16)})" d="${verdictIcon(t.status)}"/>`,
    );
    y += canvas.lines(lines, x + icon + gap, y, size, lineHeight, { fill: colour });
    canvas.push('</g>');
  }
  return y - top;
}

/** The widest verdict line, to centre the list as a block under the gauge. */
function verdictsWidth(view: ProgressView, width: number, size: number): number {
  const icon = size * 1.35;
  let widest = 0;
  for (const t of verdictLines(view.targets)) {
    const lines = wrapRuns([{ text: t.verdict, bold: true }, { text: `\u00a0· ${t.target}`, bold: false }], width - icon, size);
    for (const line of lines) widest = Math.max(widest, line.width + icon);
  }
  return Math.min(width, widest);
}

/** The bar look's track, fill, target markers with their year labels and the expected marker; returns the height. */
function drawBar(canvas: Canvas, view: ProgressView, lang: Lang, x: number, top: number, width: number, sizes: Sizes): number {
  const { colours } = canvas;
  const track = sizes.track;
  const overhang = track * 0.27;
  // 2 px at the image's own size, thicker on the card's larger bar.
  const stroke = round(Math.max(2, track / 6));
  const trackTop = top + overhang;
  const at = (fraction: number) => x + (barMark(fraction).offset / 100) * width;
  const fill = at(view.fraction) - x;
  canvas.push(`<g data-part="meter">`);
  canvas.push(`<rect data-part="track" x="${round(x)}" y="${round(trackTop)}" width="${round(width)}" height="${track}" rx="${track / 2}" fill="${colours.track}"/>`);
  canvas.push(`<rect data-part="indicator" x="${round(x)}" y="${round(trackTop)}" width="${round(fill)}" height="${track}" rx="${round(Math.min(track / 2, fill / 2))}" fill="${colours.fill}"/>`);
  let rows = 0;
  for (const marker of placedMarkers(view.targets, BAR_LABEL_GAP)) {
    const mx = round(at(marker.fraction));
    const mark = barMark(marker.fraction);
    canvas.push(`<line data-part="target" data-year="${marker.years}" x1="${mx}" y1="${round(top)}" x2="${mx}" y2="${round(trackTop + track + overhang)}" stroke="${colours.mark}" stroke-width="${stroke}"/>`);
    const labelTop = trackTop + track + overhang + 2 + (marker.row - 1) * sizes.targetLabel * 1.25;
    const anchor = mark.anchor === 'start' ? '' : ` text-anchor="${mark.anchor}"`;
    if (marker.label) canvas.push(`<text data-part="target-label" x="${mx}" y="${round(labelTop + sizes.targetLabel)}" font-size="${sizes.targetLabel}" fill="${colours.muted}"${anchor}>${escapeXml(marker.label)}</text>`);
    rows = Math.max(rows, marker.row);
  }
  if (view.expected) {
    const ex = round(at(view.expected.fraction));
    canvas.push(
      `<line data-part="expected" x1="${ex}" y1="${round(top)}" x2="${ex}" y2="${round(trackTop + track + overhang)}" stroke="${colours.expected}" stroke-width="${stroke}" stroke-dasharray="${round(stroke * 1.5)} ${stroke}"><title>${escapeXml(`${say(lang, 'expected')}: ${view.expected.text}`)}</title></line>`,
    );
  }
  canvas.push('</g>');
  return overhang * 2 + track + 2 + rows * sizes.targetLabel * 1.25 + 4;
}

/** A rectangle, in pixels or user units. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size of target labels on a round look, in its frame's user units (the element's 10px). */
const ARC_LABEL_SIZE = 10;

/** What a round look covers in its frame's user units: the frame's own box, widened to hold every year label. */
function arcBox(view: ProgressView, look: 'ring' | 'gauge', frame: ArcFrame): Box {
  const [x = 0, y = 0, w = 0, h = 0] = frame.viewBox.split(' ').map(Number);
  let minX = x;
  let minY = y;
  let maxX = x + w;
  let maxY = y + h;
  for (const marker of placedMarkers(view.targets, look === 'ring' ? RING_LABEL_GAP : BAR_LABEL_GAP)) {
    if (!marker.label) continue;
    const m = arcMark(frame, marker.fraction, marker.row);
    const width = textWidth(marker.label, ARC_LABEL_SIZE);
    const left = m.anchor === 'start' ? m.labelX : m.anchor === 'end' ? m.labelX - width : m.labelX - width / 2;
    minX = Math.min(minX, left);
    maxX = Math.max(maxX, left + width);
    minY = Math.min(minY, m.labelY - ARC_LABEL_SIZE * 0.8);
    maxY = Math.max(maxY, m.labelY + ARC_LABEL_SIZE * 0.25);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * A round look fitted into a region, labels included, and the value inside it; the scale and the
 * centre come from the frame's box, the arc, ticks and label positions from the geometry module.
 */
function drawRound(canvas: Canvas, view: ProgressView, lang: Lang, look: 'ring' | 'gauge', region: Box, valueSize: number, sizes: Sizes): void {
  const frame = ARC_FRAMES[look];
  const box = arcBox(view, look, frame);
  const scale = Math.min(region.width / box.width, region.height / box.height);
  const cx = region.x + (region.width - box.width * scale) / 2 - box.x * scale;
  const cy = region.y + (region.height - box.height * scale) / 2 - box.y * scale;
  drawArc(canvas, view, lang, look, frame, cx, cy, scale);
  const inner = (frame.radius - frame.thickness / 2) * scale;
  if (look === 'ring') {
    const size = view.value.length > 6 ? valueSize * 0.95 : valueSize;
    valueInside(canvas, view, cx, cy + size * 0.35, inner * 2 * 0.85, size, sizes, 'around');
  } else {
    // On the gauge the value sits on the diameter, just above the bottom of the drawing, as in the element.
    const bottom = cy + (frame.height - frame.width / 2) * scale;
    valueInside(canvas, view, cx, bottom - valueSize * 0.35, inner * 2 * 0.78, valueSize, sizes, 'up');
  }
}

/** A round look drawn in its frame's user units, placed with its centre at (cx, cy) and scaled. */
function drawArc(canvas: Canvas, view: ProgressView, lang: Lang, look: 'ring' | 'gauge', frame: ArcFrame, cx: number, cy: number, scale: number): void {
  const { colours } = canvas;
  canvas.push(`<g data-part="meter" transform="translate(${round(cx)} ${round(cy)}) scale(${round4(scale)})">`);
  canvas.push(`<path data-part="track" d="${arcPath(frame, 0, 1)}" fill="${colours.track}"/>`);
  canvas.push(`<path data-part="indicator" d="${arcPath(frame, 0, view.fraction)}" fill="${colours.fill}"/>`);
  for (const marker of placedMarkers(view.targets, look === 'ring' ? RING_LABEL_GAP : BAR_LABEL_GAP)) {
    const m = arcMark(frame, marker.fraction, marker.row);
    const dash = marker.qualitative ? ' stroke-dasharray="2 1.5"' : '';
    canvas.push(`<line data-part="target" data-year="${marker.years}" x1="${m.x1}" y1="${m.y1}" x2="${m.x2}" y2="${m.y2}" stroke="${colours.mark}" stroke-width="2"${dash}/>`);
    const anchor = m.anchor === 'start' ? '' : ` text-anchor="${m.anchor}"`;
    if (marker.label) canvas.push(`<text data-part="target-label" x="${m.labelX}" y="${m.labelY}" font-size="${ARC_LABEL_SIZE}" fill="${colours.muted}"${anchor}>${escapeXml(marker.label)}</text>`);
  }
  if (view.expected) {
    const m = arcMark(frame, view.expected.fraction);
    canvas.push(
      `<line data-part="expected" x1="${m.x1}" y1="${m.y1}" x2="${m.x2}" y2="${m.y2}" stroke="${colours.expected}" stroke-width="2" stroke-dasharray="3 2"><title>${escapeXml(`${say(lang, 'expected')}: ${view.expected.text}`)}</title></line>`,
    );
  }
  canvas.push('</g>');
}

/**
 * The value inside a round look: shrunk to fit the room it has, down to a little over half its
 * size, then wrapped (never cut); lines grow upward from the baseline on the gauge, around it on the ring.
 */
function valueInside(canvas: Canvas, view: ProgressView, x: number, baseline: number, room: number, size: number, sizes: Sizes, grow: 'around' | 'up'): void {
  const empty = view.figure === undefined;
  const start = empty ? Math.min(size, sizes.emptyValue) : size;
  const smallest = Math.max(10, start * 0.55);
  let fontSize = start;
  while (fontSize > smallest && textWidth(view.value, fontSize, !empty) > room) fontSize = Math.max(smallest, fontSize - start / 40);
  const lines = wrapText(view.value, room, fontSize, !empty);
  const lineHeight = fontSize * 1.2;
  const first = grow === 'up' ? baseline - (lines.length - 1) * lineHeight : baseline - ((lines.length - 1) * lineHeight) / 2;
  canvas.push('<g data-part="value">');
  lines.forEach((line, i) => {
    canvas.push(
      `<text x="${round(x)}" y="${round(first + i * lineHeight)}" font-size="${round(fontSize)}" font-weight="${empty ? 400 : 700}" fill="${empty ? canvas.colours.muted : canvas.colours.text}" text-anchor="middle">${escapeXml(line.runs.map((r) => r.text).join(''))}</text>`,
    );
  });
  canvas.push('</g>');
}

/** The label and, when there is room beside it, the value on the right (the bar look's head); returns the height. */
function drawHead(canvas: Canvas, view: ProgressView, x: number, top: number, width: number, sizes: Sizes): number {
  const empty = view.figure === undefined;
  const valueSize = empty ? sizes.emptyValue : sizes.value;
  const valueWidth = textWidth(view.value, valueSize, !empty);
  const gap = sizes.label * 0.75;
  const beside = width - valueWidth - gap >= width * 0.4;
  const labelLines = wrapText(view.label, beside ? width - valueWidth - gap : width, sizes.label, true);
  const lineHeight = sizes.label * 1.4;
  canvas.push('<g data-part="label">');
  let height = canvas.lines(labelLines, x, top, sizes.label, lineHeight, { fill: canvas.colours.text, weight: 'bold' });
  canvas.push('</g>');
  const valueLines = beside ? [{ runs: [{ text: view.value, bold: false }], width: valueWidth }] : wrapText(view.value, width, valueSize, !empty);
  const valueTop = beside ? top + (lineHeight - valueSize * 1.3) / 2 : top + height;
  canvas.push('<g data-part="value">');
  const valueHeight = canvas.lines(valueLines, beside ? x + width : x, valueTop, valueSize, valueSize * 1.3, {
    fill: empty ? canvas.colours.muted : canvas.colours.text,
    anchor: beside ? 'end' : 'start',
    ...(empty ? {} : { weight: 'bold' as const }),
  });
  canvas.push('</g>');
  height = beside ? Math.max(height, valueHeight) : height + valueHeight;
  return height;
}

/**
 * The history, as the element shows it under the gauge: a sparkline of the dated figures (each
 * point titled with its figure, date and source) and the first and latest figures beside it;
 * nothing with fewer than two dates. Returns the height.
 */
function drawHistory(canvas: Canvas, view: ProgressView, x: number, top: number, width: number, size: number, anchor: 'start' | 'middle' = 'start'): number {
  const history = view.history;
  const shape = history && historyShape(history.points, { lowerIsBetter: history.lowerIsBetter });
  if (!history || !shape) return 0;
  // The element draws the sparkline 3.5em wide and 1.25em tall, at a text size of 1em.
  const scale = Math.min((size * 3.5) / HISTORY_BOX.width, (size * 1.25) / HISTORY_BOX.height);
  const drawnWidth = HISTORY_BOX.width * scale;
  const gap = size * 0.375;
  const textSize = size * 0.8125;
  const ends = `${history.points[0]!.text} → ${history.points.at(-1)!.text}`;
  const endsWidth = textWidth(ends, textSize);
  const left = anchor === 'middle' ? x - Math.min(width, drawnWidth + gap + endsWidth) / 2 : x;
  const height = size * 1.5;
  const lineTop = top + (height - HISTORY_BOX.height * scale) / 2;
  const colours = canvas.colours;
  canvas.push(`<g data-part="history"><g transform="translate(${round(left)} ${round(lineTop)}) scale(${round4(scale)})">`);
  canvas.push(`<path data-part="history-line" d="${shape.path}" fill="none" stroke="${colours.fill}" stroke-width="${round4(1.5 / scale)}" stroke-linecap="round" stroke-linejoin="round"/>`);
  shape.points.forEach((point, i) => {
    const p = history.points[i]!;
    canvas.push(`<circle data-part="history-point" cx="${point.x}" cy="${point.y}" r="2.5" fill="${colours.fill}"><title>${escapeXml(`${p.text} · ${p.date} · ${p.source}`)}</title></circle>`);
  });
  canvas.push('</g>');
  const textLeft = left + drawnWidth + gap;
  const fits = textLeft + endsWidth <= x + (anchor === 'middle' ? width / 2 : width);
  // In a column too narrow for both, the figures go under the sparkline rather than past the edge.
  const lines = fits ? [{ runs: [{ text: ends, bold: false }], width: endsWidth }] : wrapText(ends, width, textSize);
  const textTop = fits ? top + (height - textSize * 1.4) / 2 : top + height;
  const textHeight = canvas.lines(lines, fits ? textLeft : anchor === 'middle' ? x : x, textTop, textSize, textSize * 1.4, { fill: colours.muted, anchor: fits ? 'start' : anchor });
  canvas.push('</g>');
  return fits ? height : height + textHeight;
}

/** The meta line (date and source), wrapped; returns the height. */
function drawMeta(canvas: Canvas, view: ProgressView, lang: Lang, x: number, top: number, width: number, size: number, anchor: 'start' | 'middle' = 'start'): number {
  const text = metaText(view, lang);
  if (!text) return 0;
  canvas.push('<g data-part="meta">');
  const height = canvas.lines(wrapText(text, width, size), x, top, size, size * 1.4, { fill: canvas.colours.muted, anchor });
  canvas.push('</g>');
  return height;
}

/**
 * A standalone SVG of one gauge: no script, no stylesheet, no custom properties, text as `<text>`,
 * the element's sentence as its `<title>` and `<desc>`. Every position comes from the element's
 * geometry and every word from its view, so the image shows what the live gauge shows.
 */
export function gaugeSvg(view: ProgressView, options: StaticSvgOptions): string {
  const width = Math.max(MIN_WIDTH, Math.round(options.width));
  const canvas = new Canvas(STATIC_PALETTE[options.theme]);
  const inner = width - 2 * PAD;
  const { lang } = options;
  let y = PAD;
  // Only a figure on a scale is drawn on one (bar, ring or gauge); a rank, a context figure, a
  // state or an indicator with no figure yet reads as its words, as the live element shows it:
  // never an empty bar or markers with nothing to mark.
  if (view.kind !== 'scale' || options.look === 'bar') {
    y += drawHead(canvas, view, PAD, y, inner, BASE) + 6;
    if (view.kind === 'scale') y += drawBar(canvas, view, lang, PAD, y, inner, BASE) + 4;
    y += drawVerdicts(canvas, view, PAD, y, inner, BASE.verdict) + 4;
    y += drawMeta(canvas, view, lang, PAD, y, inner, BASE.meta);
    y += drawHistory(canvas, view, PAD, y + 4, inner, BASE.label) + (view.history ? 4 : 0);
  } else if (options.look === 'ring') {
    const size = 136;
    const beside = inner - size - 12 >= 180;
    const textX = beside ? PAD + size + 12 : PAD;
    const textWidthAvailable = beside ? inner - size - 12 : inner;
    // The text column is drawn first into its own canvas, to centre it against the ring.
    const text = new Canvas(canvas.colours);
    let h = 0;
    text.push('<g data-part="label">');
    h += text.lines(wrapText(view.label, textWidthAvailable, BASE.label, true), textX, 0, BASE.label, BASE.label * 1.4, { fill: canvas.colours.text, weight: 'bold' });
    text.push('</g>');
    h += 4;
    h += drawVerdicts(text, view, textX, h, textWidthAvailable, BASE.verdict) + 4;
    h += drawMeta(text, view, lang, textX, h, textWidthAvailable, BASE.meta);
    if (view.history) h += drawHistory(text, view, textX, h + 4, textWidthAvailable, BASE.label) + 4;
    const ringX = beside ? PAD : PAD + (inner - size) / 2;
    const ringTop = beside ? y + Math.max(0, (h - size) / 2) : y;
    drawRound(canvas, view, lang, 'ring', { x: ringX, y: ringTop, width: size, height: size }, BASE.value, BASE);
    const textTop = beside ? y + Math.max(0, (size - h) / 2) : y + size + 8;
    canvas.push(`<g transform="translate(0 ${round(textTop)})">${text.parts.join('')}</g>`);
    y = beside ? y + Math.max(size, h) : textTop + h;
  } else {
    const graphic = 104;
    canvas.push('<g data-part="label">');
    y += canvas.lines(wrapText(view.label, inner, BASE.label, true), width / 2, y, BASE.label, BASE.label * 1.4, { fill: canvas.colours.text, anchor: 'middle', weight: 'bold' }) + 4;
    canvas.push('</g>');
    drawRound(canvas, view, lang, 'gauge', { x: PAD, y, width: inner, height: graphic }, BASE.value, BASE);
    y += graphic + 8;
    const block = verdictsWidth(view, inner, BASE.verdict);
    y += drawVerdicts(canvas, view, (width - block) / 2, y, block, BASE.verdict) + 4;
    y += drawMeta(canvas, view, lang, width / 2, y, inner, BASE.meta, 'middle');
    if (view.history) y += drawHistory(canvas, view, width / 2, y + 4, inner, BASE.label, 'middle') + 4;
  }
  const height = Math.ceil(y + PAD);
  return `${open(view, width, height, options)}${canvas.parts.join('')}</svg>`;
}

/**
 * The 1200×630 social card of one gauge: the label large, the value, the gauge, the verdicts, the
 * date and source, and a small "hn-cds" line. Text shrinks step by step until it fits (never cut).
 */
export function cardSvg(view: ProgressView, options: Omit<StaticSvgOptions, 'width'>): string {
  const { width, height } = CARD_SIZE;
  const pad = 64;
  const footer = 28;
  const room = height - 2 * pad - footer;
  for (let k = 1; ; k -= 0.05) {
    const last = k <= 0.4;
    const drawn = drawCard(view, options, k, pad, footer);
    if (drawn.height <= room || last) return `${open(view, width, height, { ...options })}${drawn.markup}</svg>`;
  }
}

function drawCard(view: ProgressView, options: Omit<StaticSvgOptions, 'width'>, k: number, pad: number, footer: number): { markup: string; height: number } {
  const { width, height } = CARD_SIZE;
  const { lang } = options;
  const canvas = new Canvas(STATIC_PALETTE[options.theme]);
  const inner = width - 2 * pad;
  const sizes: Sizes = { label: 44 * k, value: 80 * k, emptyValue: 40 * k, verdict: 26 * k, meta: 20 * k, targetLabel: 22 * k, track: 24 * k };
  const isRound = options.look !== 'bar' && view.kind === 'scale';
  const graphic = 380;
  const column = isRound ? inner - graphic - 48 : inner;
  let y = pad;
  canvas.push('<g data-part="label">');
  y += canvas.lines(wrapText(view.label, column, sizes.label, true), pad, y, sizes.label, sizes.label * 1.25, { fill: canvas.colours.text, weight: 'bold' }) + 12 * k;
  canvas.push('</g>');
  if (!isRound) {
    const empty = view.figure === undefined;
    const size = empty ? sizes.emptyValue : sizes.value;
    canvas.push('<g data-part="value">');
    y += canvas.lines(wrapText(view.value, column, size, !empty), pad, y, size, size * 1.15, { fill: empty ? canvas.colours.muted : canvas.colours.text, ...(empty ? {} : { weight: 'bold' as const }) }) + 16 * k;
    canvas.push('</g>');
    if (view.kind === 'scale') y += drawBar(canvas, view, lang, pad, y, inner, sizes) + 16 * k;
  }
  y += drawVerdicts(canvas, view, pad, y, column, sizes.verdict) + 12 * k;
  y += drawMeta(canvas, view, lang, pad, y, column, sizes.meta);
  if (view.history) y += drawHistory(canvas, view, pad, y + 12 * k, column, sizes.meta * 1.5) + 12 * k;
  if (isRound) {
    drawRound(canvas, view, lang, options.look as 'ring' | 'gauge', { x: width - pad - graphic, y: pad, width: graphic, height: height - 2 * pad - footer }, 64, sizes);
  }
  canvas.push(`<text data-part="brand" x="${pad}" y="${height - pad + 12}" font-size="18" fill="${canvas.colours.muted}">hn-cds</text>`);
  return { markup: canvas.parts.join(''), height: y - pad };
}
