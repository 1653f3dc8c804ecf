// Records a Chromium CPU profile of one benchmark case (1,000 gauges inserted after the page
// painted) and prints where the time went: self time by function and by script, the renderer's
// own work (style, layout, paint) showing as "(program)". Writes the profile beside the figures
// for DevTools. Run after `pnpm build`.
//   node tests/bench/profile.mjs light-bar [--count 1000] [--out /tmp/light-bar.cpuprofile]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../chromium.mjs';
import { CASES, checkBuilt, openCase, referenceScript } from './pages.mjs';
import { sourceMapLookup } from './source-map.mjs';

const args = process.argv.slice(2);
const take = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args.splice(at, 2)[1];
};
const count = Number(take('count', 1000));
// --one profiles the first render of a single gauge instead.
const one = args.includes('--one') && args.splice(args.indexOf('--one'), 1).length > 0;
const id = args[0] ?? 'light-bar';
const out = take('out', `/tmp/${id}.cpuprofile`);
const c = CASES.find((x) => x.id === id);
if (!c) {
  console.error(`No case ${id}; cases: ${CASES.map((x) => x.id).join(', ')}`);
  process.exit(1);
}

checkBuilt();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const { tab, cdp, close } = await openCase(browser, c, count, { reference: await referenceScript() });
  // The renderer's own work, from a timeline trace recorded in a second page of the same case.
  const phases = await rendererPhases(browser, c, count);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await tab.evaluate((many) => window.bench(many), !one);
  const { profile } = await cdp.send('Profiler.stop');
  await close();
  writeFileSync(out, JSON.stringify(profile));
  console.log('Renderer main thread, self time by timeline event (ms):');
  console.table(phases);

  const dt = new Map();
  profile.samples.forEach((node, i) => dt.set(node, (dt.get(node) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map();
  const byScript = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const us = dt.get(node.id) ?? 0;
    total += us;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const script = url ? url.replace(/^.*\//, '') : functionName.startsWith('(') ? functionName : '(native)';
    const key = `${functionName || '(anonymous)'} ${script}:${lineNumber + 1}:${columnNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byScript.set(script, (byScript.get(script) ?? 0) + us);
  }
  const top = (map, n) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name, ms: +(us / 1000).toFixed(1), share: `${((100 * us) / total).toFixed(1)}%` }));
  console.log(`${c.name}: ${one ? 1 : count} gauges in ${result.ms.toFixed(0)} ms; profile ${out}`);
  console.table(top(byScript, 10));
  console.table(top(byFunction, 30));

  // The bundles are minified: their source maps say which package and module each function is from.
  const maps = new Map();
  const lookup = (url) => {
    const file = url.replace(/^.*\/cdn\//, '');
    if (!url.includes('/cdn/')) return undefined;
    if (!maps.has(file)) {
      const path = new URL(`../../packages/elements/dist/cdn/${file}.map`, import.meta.url);
      maps.set(file, existsSync(path) ? sourceMapLookup(JSON.parse(readFileSync(path, 'utf8'))) : undefined);
    }
    return maps.get(file);
  };
  const byModule = new Map();
  const byOrigin = new Map();
  const byPackage = new Map();
  for (const node of profile.nodes) {
    const us = dt.get(node.id) ?? 0;
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    const map = url ? lookup(url) : undefined;
    const at = map?.at(lineNumber, columnNumber);
    const module = at ? at.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '') : undefined;
    const pkg = !at ? (url ? 'page' : functionName.startsWith('(') ? functionName : '(native)') : module.startsWith('core/') ? '@hn-cds/core' : module.startsWith('elements/') ? '@hn-cds/elements' : module.split('/')[0];
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    if (!at) continue;
    byModule.set(module, (byModule.get(module) ?? 0) + us);
    const origin = `${at.name ?? functionName ?? '(anonymous)'} ${module}:${at.line}`;
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + us);
  }
  if (byModule.size > 0) {
    console.log('Self time by package (from the source maps; "(program)" is the renderer: style, layout, paint):');
    console.table(top(byPackage, 12));
    console.log('Self time by original module:');
    console.table(top(byModule, 20));
    console.log('Self time by original function (name from the source map where it gives one):');
    console.table(top(byOrigin, 25));
  }
} finally {
  await browser.close();
}

/** Total time of the main thread's timeline events while the gauges render: style, layout, paint, script. */
async function rendererPhases(browser, c, count) {
  const { tab, cdp, close } = await openCase(browser, c, count, { reference: await referenceScript() });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink', transferMode: 'ReportEvents' });
  await tab.evaluate((many) => window.bench(many), !one);
  await cdp.send('Tracing.end');
  await done;
  await close();
  // Self time of each event on the renderer's main thread: its duration less its children's.
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const spans = events
    .filter((e) => e.ph === 'X' && e.dur > 0 && (!main || (e.pid === main.pid && e.tid === main.tid)))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = {};
  const stack = [];
  for (const e of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) totals[parent.name] = (totals[parent.name] ?? 0) - e.dur / 1000;
    totals[e.name] = (totals[e.name] ?? 0) + e.dur / 1000;
    stack.push(e);
  }
  return Object.fromEntries(
    Object.entries(totals)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 14)
      .map(([k, v]) => [k, +v.toFixed(1)]),
  );
}
