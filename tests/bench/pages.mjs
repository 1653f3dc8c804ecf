// What the render benchmark and the profiler share: the cases, the built scripts, and a page that
// inserts gauges after it has painted and says how long they took. Run after `pnpm build`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const cdn = new URL('../../packages/elements/dist/cdn/', import.meta.url);

const INDICATORS = ['society.fibre-households', 'government.online-public-services', 'economy.digital-economy-share', 'city.rank-innovation'];
const LABELS = ['Hộ gia đình có cáp quang', 'Dịch vụ công trực tuyến toàn trình', 'Tỷ trọng kinh tế số trong GRDP', 'Người dân có tài khoản định danh'];

/** The attributes of gauge number `i` in attribute mode: varied figures, one target each. */
function figure(i) {
  const value = (37 + ((i * 7.31) % 60)).toFixed(2);
  return { label: LABELS[i % LABELS.length], value, target: String(80 + (i % 3) * 10), year: String(2025 + (i % 2)) };
}

/**
 * Each case: the script a page loads (the bundle) and the markup of gauge number `i`. `reference`
 * names the case each one is compared with.
 */
export const CASES = [
  ...['bar', 'ring', 'gauge'].map((look) => ({
    id: `reference-${look}`,
    name: `reference lit gauge, ${look}`,
    script: '/reference.js',
    tag: 'bench-gauge',
    markup: (i) => {
      const f = figure(i);
      return `<bench-gauge look="${look}" label="${f.label}" value="${f.value}" target="${f.target}" year="${f.year}"></bench-gauge>`;
    },
  })),
  ...['bar', 'ring', 'gauge'].map((look) => ({
    id: `light-${look}`,
    name: `cds-progress.min.js, ${look}, attributes`,
    script: '/cdn/cds-progress.min.js',
    tag: 'cds-progress',
    reference: `reference-${look}`,
    markup: (i) => {
      const f = figure(i);
      return `<cds-progress look="${look}" label="${f.label}" value="${f.value}" target="${f.target}" target-year="${f.year}" as-of="2024-12-31">${f.label}: ${f.value}%</cds-progress>`;
    },
  })),
  ...['bar', 'ring', 'gauge'].map((look) => ({
    id: `dataset-${look}`,
    name: `hn-cds.min.js, ${look}, indicator=`,
    script: '/cdn/hn-cds.min.js',
    tag: 'cds-progress',
    reference: `reference-${look}`,
    markup: (i) => `<cds-progress look="${look}" indicator="${INDICATORS[i % INDICATORS.length]}" as-of="2024-12-31">${INDICATORS[i % INDICATORS.length]}</cds-progress>`,
  })),
];

/** The reference element bundled the way the CDN bundles are (lit's production build, minified). */
export async function referenceScript() {
  const bundle = await rollup({
    input: fileURLToPath(new URL('./reference-gauge.js', import.meta.url)),
    // lit is a dependency of the elements package, not of the root.
    plugins: [nodeResolve({ browser: true, exportConditions: ['production'], modulePaths: [fileURLToPath(new URL('../../packages/elements/node_modules', import.meta.url))] }), terser({ format: { comments: false }, ecma: 2020, module: true })],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

/** Fails with a clear message when the bundles are not built. */
export function checkBuilt() {
  for (const file of ['hn-cds.min.js', 'cds-progress.min.js', 'hn-cds.css']) {
    if (!existsSync(new URL(file, cdn))) {
      console.error(`packages/elements/dist/cdn/${file} is missing: run \`pnpm build\` first.`);
      process.exit(1);
    }
  }
}

/**
 * The page of one case. It loads the bundle, waits two frames so the page has painted, then
 * offers `window.bench(count)`: insert `count` gauges, wait for every first update and the frame
 * that draws them, and report the time, the gauges drawn and the DOM nodes they added.
 */
function pageFor(c, count) {
  const markup = Array.from({ length: count }, (_, i) => c.markup(i)).join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="stylesheet" href="/cdn/hn-cds.css">
<script type="module">
await import(${JSON.stringify(c.script)});
await customElements.whenDefined(${JSON.stringify(c.tag)});
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const countNodes = (root) => {
  let n = 0;
  const walk = (node) => { n += 1; if (node.shadowRoot) walk(node.shadowRoot); for (let c = node.firstChild; c; c = c.nextSibling) walk(c); };
  for (let c = root.firstChild; c; c = c.nextSibling) walk(c);
  return n;
};
const ONE = ${JSON.stringify(c.markup(count))};
const MANY = ${JSON.stringify(markup)};
window.bench = async (many) => {
  const host = document.createElement('div');
  document.body.append(host);
  const start = performance.now();
  host.innerHTML = many ? MANY : ONE;
  const all = [...host.querySelectorAll(${JSON.stringify(c.tag)})];
  await Promise.all(all.map((el) => el.updateComplete));
  await frame();
  const ms = performance.now() - start;
  const drawn = all.filter((el) => el.shadowRoot && el.shadowRoot.querySelector('svg, [role=meter], [role=group]')).length;
  const nodes = countNodes(host);
  if (!many) host.remove();
  return { ms, drawn, nodes };
};
await frame();
window.ready = true;
</script></head><body style="width:480px;margin:0"></body></html>`;
}

/**
 * Opens a fresh context on the page of a case, ready to bench; `files` maps paths to bodies.
 * Returns the tab, a CDP session and a function closing both.
 */
export async function openCase(browser, c, count, files) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const tab = await context.newPage();
  await tab.route('http://bench.local/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ status: 200, contentType: 'text/html', body: pageFor(c, count) });
    if (path === '/reference.js') return route.fulfill({ status: 200, contentType: 'text/javascript', body: files.reference });
    if (path.startsWith('/cdn/')) {
      const file = new URL(path.slice('/cdn/'.length), cdn);
      if (existsSync(file)) {
        return route.fulfill({ status: 200, contentType: path.endsWith('.css') ? 'text/css' : 'text/javascript', body: readFileSync(file) });
      }
    }
    return route.fulfill({ status: 404 });
  });
  await tab.goto('http://bench.local/');
  await tab.waitForFunction(() => window.ready === true, undefined, { timeout: 60_000 });
  const cdp = await context.newCDPSession(tab);
  return { tab, cdp, close: () => context.close() };
}

/** Bytes of the JS heap in use after a full garbage collection. */
export async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Runs `work` while tracing, and returns its result with the CPU time the page's main thread
 * spent in tasks meanwhile (script, style, layout, paint), in ms. Unlike wall time, it does not
 * count the time other processes held the cores, so it varies far less on a loaded machine.
 */
export async function withMainThreadCpu(cdp, work) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  const result = await work();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let cpu = 0;
  for (const e of events) {
    if (e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === main?.pid && e.tid === main?.tid) cpu += (e.tdur ?? 0) / 1000;
  }
  return { result, cpu };
}
