// Renders 1,000 <cds-progress> on one page in Chromium and prints how long they take, from the
// moment the CDN bundle starts to the moment every gauge has rendered. Run after `pnpm build`.
// A script, not a timed test: timings depend on the machine.
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../chromium.mjs';

const COUNT = 1000;
const bundle = new URL('../../packages/elements/dist/cdn/hn-cds.min.js', import.meta.url);
const reserve = new URL('../../packages/elements/dist/cdn/hn-cds.css', import.meta.url);
if (!existsSync(bundle)) {
  console.error('packages/elements/dist/cdn/hn-cds.min.js is missing: run `pnpm build` first.');
  process.exit(1);
}

const INDICATORS = ['society.fibre-households', 'government.online-public-services', 'economy.digital-economy-share', 'city.rank-innovation'];
const LOOKS = ['bar', 'ring', 'gauge'];
const tags = Array.from({ length: COUNT }, (_, i) => {
  const look = LOOKS[i % LOOKS.length];
  const indicator = INDICATORS[i % INDICATORS.length];
  return `<cds-progress look="${look}" indicator="${indicator}" as-of="2024-12-31">${indicator}</cds-progress>`;
}).join('\n');

const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="stylesheet" href="/hn-cds.css">
<script type="module" src="/bench.js"></script></head><body style="width:480px">${tags}</body></html>`;

// performance.mark before the bundle is imported, then wait for every element's first update.
const benchScript = `
performance.mark('start');
await import('/hn-cds.min.js');
const all = [...document.querySelectorAll('cds-progress')];
await Promise.all(all.map((el) => el.updateComplete));
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
performance.mark('end');
window.benchResult = { ms: performance.measure('render', 'start', 'end').duration, meters: all.filter((el) => el.shadowRoot.querySelector('[role=meter]')).length };
`;

const files = {
  '/': ['text/html', page],
  '/bench.js': ['text/javascript', benchScript],
  '/hn-cds.min.js': ['text/javascript', readFileSync(bundle)],
  '/hn-cds.css': ['text/css', readFileSync(reserve)],
};

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const runs = [];
  for (let run = 0; run < 3; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const tab = await context.newPage();
    await tab.route('http://bench.local/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = files[path];
      if (!file) return route.fulfill({ status: 404 });
      return route.fulfill({ status: 200, contentType: file[0], body: file[1] });
    });
    await tab.goto('http://bench.local/');
    const result = await tab.waitForFunction(() => window.benchResult, undefined, { timeout: 60_000 }).then((h) => h.jsonValue());
    if (result.meters !== COUNT) throw new Error(`only ${result.meters} of ${COUNT} gauges rendered`);
    runs.push(result.ms);
    await context.close();
  }
  const best = Math.min(...runs);
  console.log(`${COUNT} gauges rendered in ${best.toFixed(0)} ms (best of ${runs.length}: ${runs.map((ms) => ms.toFixed(0)).join(', ')} ms), ${(best / COUNT).toFixed(2)} ms each`);
} finally {
  await browser.close();
}
