// What the example-page tests share: the examples server, one Chromium, opening a page as a reader
// would, axe, rendered contrast and truncation. Needs the build (the test command builds first).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { startServer } from '../examples/serve.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface Examples {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startExamples(): Promise<Examples> {
  const server = (await startServer(0)) as Server;
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface Opened {
  page: Page;
  /** What would show in the console as a problem. */
  problems: string[];
}

/**
 * Opens a page and collects console problems. `before` runs before the page loads (routes,
 * a fixed clock).
 */
export async function open(
  examples: Examples,
  path: string,
  width: number,
  { before, ...options }: BrowserContextOptions & { before?: (page: Page) => Promise<unknown> } = {},
): Promise<Opened> {
  const page = await examples.browser.newPage({ viewport: { width, height: 900 }, ...options });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await before?.(page);
  await page.goto(`${examples.origin}${path}`, { waitUntil: 'networkidle' });
  return { page, problems };
}

/** axe's violations on the whole page (shadow roots included), as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`));
  });
}

/**
 * Every element showing text (its own text nodes, laid out, in the page or in an open shadow
 * root) whose content is wider than its box: text cut by an ellipsis or spilling out. Elements
 * inside `skip` (a selector) are left out.
 */
export async function truncatedTexts(page: Page, skip = ''): Promise<string[]> {
  return page.evaluate((skip) => {
    const cut: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (skip && element.closest(skip)) continue;
        if (element.shadowRoot) visit(element.shadowRoot);
        const text = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('').trim();
        if (!text || element.clientWidth === 0 || element.getClientRects().length === 0) continue;
        if (element instanceof SVGElement || element.closest('textarea, select, input')) continue;
        // Text hidden to the eye and kept for screen readers (a 1 px clipped box) is read, not seen.
        if (element.clientWidth <= 1 && element.clientHeight <= 1 && getComputedStyle(element).overflow === 'hidden') continue;
        if (element.scrollWidth > element.clientWidth + 1) cut.push(`${text} (${element.scrollWidth} > ${element.clientWidth})`);
      }
    };
    visit(document);
    return cut;
  }, skip);
}

/**
 * The contrast of each text of an element and of its filled part against the background it is
 * drawn on (the first opaque background up the tree, shadow hosts crossed), as `[text, ratio]`;
 * the filled part against what lies under it (the bar's track, or the page under a ring or gauge).
 */
export async function renderedContrast(element: Locator): Promise<{ texts: Array<[string, number]>; fill: number | undefined }> {
  return element.evaluate((host) => {
    // rgb()/rgba() in 0–255, or color(srgb …) in 0–1 as Chromium writes a color-mix(); alpha last.
    const parse = (colour: string): [number, number, number, number] => {
      const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(colour);
      if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
      const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, colour.startsWith('rgba') ? (parts[3] ?? 1) : 1];
    };
    const over = ([r, g, b, a]: number[], [R, G, B]: number[]): [number, number, number, number] => [r! * a! + R! * (1 - a!), g! * a! + G! * (1 - a!), b! * a! + B! * (1 - a!), 1];
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r!, g!, b!].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const up = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
    // What a node is drawn on: the translucent backgrounds up the tree laid over the first opaque one.
    const background = (node: Element): number[] => {
      const layers: number[][] = [];
      let base: number[] = [255, 255, 255, 1];
      for (let at: Element | null = node; at; at = up(at)) {
        const colour = parse(getComputedStyle(at).backgroundColor);
        if (colour[3] > 0.99) {
          base = colour;
          break;
        }
        if (colour[3] > 0) layers.push(colour);
      }
      return layers.reduceRight((under, layer) => over(layer, under), base);
    };
    const texts: Array<[string, number]> = [];
    for (const node of host.shadowRoot?.querySelectorAll('*') ?? []) {
      const own = [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent ?? '').join('').trim();
      if (!own || node.getClientRects().length === 0) continue;
      const style = getComputedStyle(node);
      const colour = parse(node instanceof SVGElement ? style.fill : style.color);
      texts.push([own, Math.round(ratio(colour, background(node)) * 100) / 100]);
    }
    const filled = host.shadowRoot?.querySelector('[part~="indicator"]');
    let fill: number | undefined;
    if (filled) {
      const style = getComputedStyle(filled);
      // The bar's fill is a box with a background (an outer <svg> now); the ring's and gauge's a path's fill.
      const box = parse(style.backgroundColor);
      const colour = box[3] > 0.99 ? box : parse(style.fill);
      fill = Math.round(ratio(colour, background(up(filled)!)) * 100) / 100;
    }
    return { texts, fill };
  });
}
