// The quadratic case of issue 14, as a benchmark with a time budget (a script, not a timed test:
// timings depend on the machine). Run after `pnpm build`: `pnpm bench:quadratic`.
//
// 1. Node: describeIndicator and assessIndicator on one indicator with 2,000, 5,000 and 20,000
//    undated figures from one report alternating 10 and 90 (every pair disagrees).
// 2. Chromium: the longest main-thread task (PerformanceObserver 'longtask') while
//    <cds-progress src> loads such payloads (235 kB up to 5 MB) and an ordinary 1 MB and 5 MB
//    payload, then while its `lang` changes.
//
// Budget: 50 ms per call in Node and no task longer than 50 ms per gauge in Chromium. A size
// whose smaller neighbour is already far over budget is skipped (it would take minutes by n²).
// Exits 1 when any figure is over budget.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../chromium.mjs';
import { FIRST_ORDINARY, ordinaryPayload, quadraticPayload } from '../fuzz/payloads.mjs';

const BUDGET_MS = 50;
const AS_OF = '2024-12-31';
const coreDist = new URL('../../packages/core/dist/index.js', import.meta.url);
const cdn = new URL('../../packages/elements/dist/cdn/', import.meta.url);
if (!existsSync(coreDist) || !existsSync(new URL('hn-cds.min.js', cdn))) {
  console.error('packages/core/dist or packages/elements/dist/cdn is missing: run `pnpm build` first.');
  process.exit(1);
}
const core = await import(coreDist.href);
const over = [];
const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

console.log(`Node: one indicator of undated figures alternating 10 and 90 (budget ${BUDGET_MS} ms per call)`);
let skipFrom;
// 10,000 figures is INPUT_LIMITS.observationsPerList: the most one indicator may hold.
for (const count of [2000, 5000, 10000]) {
  if (skipFrom) {
    console.log(`  ${count.toLocaleString('en').padStart(6)} figures: skipped (${skipFrom.count.toLocaleString('en')} figures were already over budget; by n² this would take about ${ms(skipFrom.time * (count / skipFrom.count) ** 2)})`);
    over.push(`node ${count} figures (skipped, over budget by extrapolation)`);
    continue;
  }
  const payload = core.validate(quadraticPayload(count));
  if (!payload.ok) throw new Error('the quadratic payload does not validate');
  const taxonomy = payload.value;
  const indicator = taxonomy.indicators[0];
  const time = (run) => {
    const started = performance.now();
    run();
    return performance.now() - started;
  };
  const assess = time(() => core.assessIndicator(taxonomy, indicator, { asOf: AS_OF }));
  const describe = time(() => core.describeIndicator(taxonomy, indicator, { asOf: AS_OF, lang: 'vi' }));
  const kB = (JSON.stringify(quadraticPayload(count)).length / 1024).toFixed(0);
  const worst = Math.max(assess, describe);
  console.log(`  ${count.toLocaleString('en').padStart(6)} figures (${kB} kB): assessIndicator ${ms(assess)}, describeIndicator ${ms(describe)} ${worst > BUDGET_MS ? '✘ over budget' : '✔'}`);
  if (worst > BUDGET_MS) {
    over.push(`node ${count} figures: ${ms(worst)}`);
    if (worst > 10 * BUDGET_MS) skipFrom = { count, time: worst };
  }
}

// Payloads for the browser, by path.
const payloads = new Map();
const quadraticOf = (kB) => {
  const perFigure = JSON.stringify(quadraticPayload(2000)).length / 2000;
  return quadraticPayload(Math.round((kB * 1024) / perFigure));
};
const BROWSER_CASES = [
  { name: 'quadratic 235 kB', path: '/q235.json', build: () => quadraticOf(235), indicator: 'society.fibre' },
  { name: 'quadratic 469 kB', path: '/q469.json', build: () => quadraticOf(469), indicator: 'society.fibre' },
  // About 10,000 figures, the most one indicator may hold (INPUT_LIMITS.observationsPerList).
  { name: 'quadratic 770 kB', path: '/q770.json', build: () => quadraticOf(770), indicator: 'society.fibre' },
  { name: 'ordinary 1 MB', path: '/o1.json', build: () => ordinaryPayload(1024 * 1024), indicator: FIRST_ORDINARY },
  { name: 'ordinary 5 MB', path: '/o5.json', build: () => ordinaryPayload(5 * 1024 * 1024), indicator: FIRST_ORDINARY },
];
for (const item of BROWSER_CASES) payloads.set(item.path, JSON.stringify(item.build()));

const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>
<script>
window.longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
</script>
<script type="module">import '/hn-cds.min.js'; window.ready = true;</script></body></html>`;
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  if (payloads.has(path)) return response.writeHead(200, { 'content-type': 'application/json' }).end(payloads.get(path));
  const file = new URL(`.${path}`, cdn);
  if (file.href.startsWith(cdn.href) && existsSync(file) && extname(file.pathname)) return response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
  return response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

console.log(`\nChromium: the longest main-thread task while <cds-progress src> loads, then while its lang changes (budget ${BUDGET_MS} ms per gauge)`);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
let browserSkip;
try {
  for (const item of BROWSER_CASES) {
    const size = `${(payloads.get(item.path).length / 1024).toFixed(0)} kB`;
    if (browserSkip && item.name.startsWith('quadratic')) {
      console.log(`  ${item.name.padEnd(17)} (${size}): skipped (${browserSkip} was already far over budget; by n² this one blocks for minutes)`);
      over.push(`browser ${item.name} (skipped, over budget by extrapolation)`);
      continue;
    }
    const tab = await browser.newPage();
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(() => window.ready && customElements.get('cds-progress'));
    // Two gauges on the same src: the second must reuse the first one's load.
    const result = await tab.evaluate(
      async ({ path, indicator, asOf }) => {
        const settle = (el) =>
          new Promise((resolve) => {
            const done = () => el.shadowRoot?.querySelector('[role="meter"]') || (!el.loading && el.shadowRoot?.querySelector('[part~="message"]')?.textContent);
            const poll = () => (done() ? resolve() : setTimeout(poll, 20));
            poll();
          });
        const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
        await pause(200);
        const from = performance.now();
        const gauges = [0, 1].map(() => {
          const el = document.createElement('cds-progress');
          el.setAttribute('src', path);
          el.setAttribute('indicator', indicator);
          el.setAttribute('as-of', asOf);
          document.body.append(el);
          return el;
        });
        await Promise.all(gauges.map(settle));
        const loadedAt = performance.now();
        await pause(300);
        const changeAt = performance.now();
        for (const el of gauges) el.setAttribute('lang', 'en');
        await Promise.all(gauges.map((el) => el.updateComplete));
        await pause(300);
        const tasks = (start, end) => window.longTasks.filter((t) => t.start >= start - 1 && t.start < end);
        const longest = (list) => list.reduce((max, t) => Math.max(max, t.duration), 0);
        const load = tasks(from, changeAt);
        const change = tasks(changeAt, performance.now());
        return {
          loadMs: loadedAt - from,
          drawn: gauges.every((el) => el.shadowRoot.querySelector('[role="meter"]')),
          message: gauges[0].shadowRoot.querySelector('[part~="message"]')?.textContent ?? '',
          load: { longest: longest(load), count: load.length, total: load.reduce((s, t) => s + t.duration, 0) },
          change: { longest: longest(change), count: change.length },
        };
      },
      { path: item.path, indicator: item.indicator, asOf: AS_OF },
    );
    await tab.close();
    // Two gauges share one load, so the per-gauge figure is the longest task: it blocks both.
    const worst = Math.max(result.load.longest, result.change.longest);
    console.log(
      `  ${item.name.padEnd(17)} (${size}): drawn in ${ms(result.loadMs)}; longest task ${ms(result.load.longest)} while loading (${result.load.count} long tasks, ${ms(result.load.total)} in all), ${ms(result.change.longest)} on a lang change ${worst > BUDGET_MS ? '✘ over budget' : '✔'}${result.drawn ? '' : ` — not drawn: ${result.message}`}`,
    );
    if (worst > BUDGET_MS || !result.drawn) {
      over.push(`browser ${item.name}: ${ms(worst)}`);
      if (worst > 10 * BUDGET_MS && item.name.startsWith('quadratic')) browserSkip = item.name;
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (over.length > 0) {
  console.log(`\n✘ over the ${BUDGET_MS} ms budget: ${over.join('; ')}`);
  process.exit(1);
}
console.log(`\n✔ every figure within the ${BUDGET_MS} ms budget`);
