// Visits every example page in Chromium as a reader would, at phone and desktop widths, in
// Vietnamese and English. Needs the build (the test command builds before running vitest).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { startServer } from '../examples/serve.mjs';
import { hanoi } from '../packages/core/src/data/hanoi.js';

vi.setConfig({ testTimeout: 30_000 });

const WIDTHS = { phone: 375, desktop: 1280 } as const;
let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = (await startServer(0)) as Server;
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens a page and collects what would show in the console as a problem. */
async function open(path: string, width: number): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  return { page, problems };
}

/**
 * Waits until every gauge on the page has upgraded and drawn its meter, or the group a figure
 * without a scale is drawn as (or, with `messages`, a message).
 */
async function gaugesDrawn(page: Page, { messages = false } = {}): Promise<number> {
  await page.waitForFunction(
    (acceptMessage) =>
      [...document.querySelectorAll('cds-progress')].every((el) =>
        el.shadowRoot?.querySelector(acceptMessage ? '[role="meter"], [role="group"], [part~="message"]' : '[role="meter"], [role="group"]'),
      ),
    messages,
  );
  return page.locator('cds-progress').count();
}

/** The screen-reader text of the gauge for one indicator. */
function valueText(page: Page, id: string) {
  return page.locator(`cds-progress[indicator="${id}"] [role="meter"], cds-progress[indicator="${id}"] [role="progressbar"]`).first().getAttribute('aria-valuetext');
}

async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

describe.each(Object.entries(WIDTHS))('the examples at %s width', (_name, width) => {
  it('index links to every example and the docs, and draws its three gauges', async () => {
    const { page, problems } = await open('/', width);
    const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['./article.html', './article.en.html', './dashboard.html', './builder.html', './validator.html', '/docs/index.html']));
    expect(await gaugesDrawn(page)).toBe(3);
    expect(await overflowsHorizontally(page)).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ['/article.html', 'vi', '91,4%'],
    ['/article.en.html', 'en', '91.4%'],
  ])('%s reads in its language, with its gauges drawn from the CDN bundle', async (path, lang, fibre) => {
    const { page, problems } = await open(path, width);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await gaugesDrawn(page)).toBe(4);
    expect(await valueText(page, 'society.fibre-households')).toContain(fibre);
    const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src')));
    expect(scripts).toEqual(['/cdn/hn-cds.min.js']);
    expect(await overflowsHorizontally(page)).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(['vi', 'en'] as const)('the dashboard in %s shows every indicator with its targets, values and verdicts', async (lang) => {
    const { page, problems } = await open(`/dashboard.html?lang=${lang}`, width);
    // The cards sit in each pillar's closed disclosure until a reader opens it.
    await page.waitForSelector('.card', { state: 'attached' });
    expect(await page.locator('.card').count()).toBe(hanoi.indicators.length);
    const fibre = page.locator('.card[data-indicator="society.fibre-households"]');
    expect(await fibre.locator('.latest').textContent()).toContain(lang === 'vi' ? '91,4%' : '91.4%');
    expect(await fibre.locator('.targets .badge').count()).toBe(hanoi.indicators.find((i) => i.id === 'society.fibre-households')!.targets.length);
    // Today is after every 2025 deadline and the newest figure is from 2024: the two documents'
    // shared target for online public services is one line, awaiting its final figure, never missed.
    const services = page.locator('.card[data-indicator="government.online-public-services"] .targets .badge');
    expect(await services.count()).toBe(1);
    expect(await services.first().getAttribute('data-status')).toBe('awaiting_final');
    expect(await page.locator('.targets .badge[data-status="missed"]').count()).toBe(0);
    expect(await page.locator('.rollup-line').first().innerText()).toContain(lang === 'vi' ? 'chờ số liệu cuối kỳ' : 'awaiting the final figure');
    expect(await page.locator('h1').innerText()).toBe(lang === 'vi' ? 'Chuyển đổi số Hà Nội: các chỉ tiêu' : "Hanoi's digital transformation: the indicators");
    expect(await page.locator('.rollup').count()).toBeGreaterThanOrEqual(2);
    // Indicators with no figure yet draw a message saying so instead of a meter.
    await gaugesDrawn(page, { messages: true });
    expect(await valueText(page, 'society.fibre-households')).toContain(lang === 'vi' ? '91,4%' : '91.4%');
    expect(await overflowsHorizontally(page)).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the dashboard filters by pillar and switches language', async () => {
    const { page } = await open('/dashboard.html?lang=vi', width);
    await page.selectOption('select[name="pillar"]', 'economy');
    const economy = hanoi.indicators.filter((indicator) => indicator.pillar === 'economy').length;
    await expect.poll(() => page.locator('.card').count()).toBe(economy);
    await page.click('button[lang="en"]');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe("Hanoi's digital transformation: the indicators");
    expect(page.url()).toContain('lang=en');
    await page.close();
  });

  it.each(['vi', 'en'] as const)('the validator reports a known bad payload with paths, in %s', async (lang) => {
    const { page, problems } = await open(`/validator.html?lang=${lang}`, width);
    await page.click('button.primary');
    const issues = page.locator('.issues li');
    await expect.poll(() => issues.count()).toBeGreaterThan(0);
    const paths = await page.locator('.issues .path').allInnerTexts();
    expect(paths).toContain('/updates/0/observations/0/value');
    const text = await page.locator('.result').innerText();
    expect(text).toContain(lang === 'vi' ? 'lỗi' : 'error');
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(['/docs/index.html', '/docs/getting-started-editors.html', '/docs/methodology.html', '/docs/elements.html', '/docs/api/index.html'])(
    'the docs page %s loads with no console error',
    async (path) => {
      const { page, problems } = await open(path, width);
      expect(await page.locator('h1').count()).toBeGreaterThan(0);
      if (path.endsWith('elements.html')) {
        const attributes = await page.locator('#cds-progress ~ .table').first().innerText();
        for (const name of ['indicator', 'look', 'value', 'target', 'src', 'theme', 'as-of']) expect(attributes).toContain(name);
        // The page shows error states on purpose: those gauges draw a message instead of a meter.
        await gaugesDrawn(page, { messages: true });
      }
      expect(await overflowsHorizontally(page)).toBe(false);
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
