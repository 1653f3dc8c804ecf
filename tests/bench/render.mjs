// Renders 1,000 gauges on a page that has already painted, in Chromium, for a minimal lit gauge
// (tests/bench/reference-gauge.js) and for <cds-progress> in each look and mode, alternating the
// cases in one run, each in a fresh context. Prints the median of 5 runs of each, the DOM nodes
// and heap they add, and their ratio to the reference gauge of the same look; then the first
// render of one gauge. Beside wall time it prints the CPU time of the page's main thread, which
// a loaded machine disturbs far less. Run after `pnpm build`. A script, not a timed test: times depend on the
// machine and its load, so compare the ratios, and quote the load average printed with them.
//   node tests/bench/render.mjs [--runs 5] [--count 1000] [case-id…]
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../chromium.mjs';
import { CASES, checkBuilt, heapUsed, openCase, referenceScript, withMainThreadCpu } from './pages.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return Number(value);
};
const RUNS = option('runs', 5);
const COUNT = option('count', 1000);
const chosen = args.length > 0 ? CASES.filter((c) => args.some((a) => c.id.startsWith(a) || c.reference?.endsWith(a))) : CASES;
const wanted = new Set(chosen.flatMap((c) => [c.id, c.reference].filter(Boolean)));
const cases = CASES.filter((c) => wanted.has(c.id));

checkBuilt();
const files = { reference: await referenceScript() };
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const results = new Map(cases.map((c) => [c.id, { many: [], cpu: [], one: [], nodes: 0, heap: [] }]));
const loadBefore = load();
try {
  for (let run = 0; run < RUNS; run += 1) {
    // Alternate: each run starts one case later, so no case always runs first or last.
    const order = cases.map((_, i) => cases[(i + run) % cases.length]);
    for (const c of order) {
      const { tab, cdp, close } = await openCase(browser, c, COUNT, files);
      try {
        const one = await tab.evaluate(() => window.bench(false));
        if (one.drawn !== 1) throw new Error(`${c.name}: the single gauge did not render`);
        const before = await heapUsed(cdp);
        const { result: many, cpu } = await withMainThreadCpu(cdp, () => tab.evaluate(() => window.bench(true)));
        if (many.drawn !== COUNT) throw new Error(`${c.name}: only ${many.drawn} of ${COUNT} gauges rendered`);
        const after = await heapUsed(cdp);
        const r = results.get(c.id);
        r.many.push(many.ms);
        r.cpu.push(cpu);
        r.one.push(one.ms);
        r.nodes = many.nodes;
        r.heap.push(after - before);
      } finally {
        await close();
      }
    }
    process.stderr.write(`run ${run + 1}/${RUNS} done (load ${load()})\n`);
  }
} finally {
  await browser.close();
}

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const rows = cases.map((c) => {
  const r = results.get(c.id);
  const ref = c.reference && results.get(c.reference);
  const ms = median(r.many);
  const one = median(r.one);
  const cpu = median(r.cpu);
  return {
    case: c.name,
    [`${COUNT} gauges`]: `${ms.toFixed(0)} ms`,
    '× reference': ref ? (ms / median(ref.many)).toFixed(2) : '1.00',
    'main-thread CPU': `${cpu.toFixed(0)} ms`,
    'CPU × ref': ref ? (cpu / median(ref.cpu)).toFixed(2) : '1.00',
    'DOM nodes': r.nodes,
    'nodes per gauge': +(r.nodes / COUNT).toFixed(1),
    'heap added': mib(median(r.heap)),
    'first gauge': `${one.toFixed(1)} ms`,
    'first × ref': ref ? (one / median(ref.one)).toFixed(2) : '1.00',
  };
});
console.log(`${COUNT} gauges inserted after the page painted; medians of ${RUNS} runs, each in a fresh context.`);
console.table(rows);
console.log(`load average: ${loadBefore} before, ${load()} after (1, 5, 15 min; ${cpus().length} cores)`);
