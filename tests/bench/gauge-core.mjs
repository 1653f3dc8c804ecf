// Times what core does for one gauge, in Node, with no browser: the view <cds-progress> builds
// (packages/elements/src/progress/model.ts: verdicts, sentence, figures, dates, citation) for the
// indicators `pnpm bench` draws, in attribute mode and dataset mode, and prints microseconds per
// gauge. Under `node --cpu-prof` it shows which core functions that time goes to. Run after
// `pnpm build`.
//   node tests/bench/gauge-core.mjs [--gauges 1000] [--runs 21]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof tests/bench/gauge-core.mjs && node tests/bench/top-functions.mjs /tmp/prof/*.cpuprofile
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';

const model = new URL('../../packages/elements/dist/progress/model.js', import.meta.url);
const hanoiUrl = new URL('../../packages/core/dist/data/hanoi.js', import.meta.url);
if (!existsSync(model) || !existsSync(hanoiUrl)) {
  console.error('packages/elements/dist or packages/core/dist is missing: run `pnpm build` first.');
  process.exit(1);
}
const { progressView, plainTaxonomy, PLAIN_INDICATOR_ID } = await import(model.href);
const { hanoi } = await import(hanoiUrl.href);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const GAUGES = option('gauges', 1000);
const RUNS = option('runs', 21);
const AS_OF = '2024-12-31';
// The indicators and attribute figures of tests/bench/pages.mjs.
const INDICATORS = ['society.fibre-households', 'government.online-public-services', 'economy.digital-economy-share', 'city.rank-innovation'];
const LABELS = ['Hộ gia đình có cáp quang', 'Dịch vụ công trực tuyến toàn trình', 'Tỷ trọng kinh tế số trong GRDP', 'Người dân có tài khoản định danh'];

const byId = new Map(hanoi.indicators.map((indicator) => [indicator.id, indicator]));
for (const id of INDICATORS) if (!byId.has(id)) throw new Error(`${id} is not in the Hanoi dataset`);

/** Gauge number i in attribute mode: a one-indicator taxonomy built from its attributes, as the element does. */
function attributeGauge(i) {
  const value = Number((37 + ((i * 7.31) % 60)).toFixed(2));
  const taxonomy = plainTaxonomy({ label: LABELS[i % LABELS.length], value, unit: 'percent', target: { value: 80 + (i % 3) * 10, year: 2025 + (i % 2) } }, 'Chỉ số');
  return progressView(taxonomy, taxonomy.indicators[0], AS_OF, 'vi', 'chưa có số liệu');
}

/** Gauge number i in dataset mode: an indicator of the bundled dataset. */
function datasetGauge(i) {
  return progressView(hanoi, byId.get(INDICATORS[i % INDICATORS.length]), AS_OF, 'vi', 'chưa có số liệu');
}

const CASES = { 'attributes (value, target, target-year)': attributeGauge, 'dataset (indicator=)': datasetGauge };
if (PLAIN_INDICATOR_ID === undefined) throw new Error('model.js no longer exports PLAIN_INDICATOR_ID');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const samples = Object.fromEntries(Object.keys(CASES).map((name) => [name, []]));
for (let i = 0; i < GAUGES; i += 1) for (const build of Object.values(CASES)) build(i);
for (let run = 0; run < RUNS; run += 1) {
  const names = run % 2 === 0 ? Object.keys(CASES) : Object.keys(CASES).reverse();
  for (const name of names) {
    const cpu = process.cpuUsage();
    for (let i = 0; i < GAUGES; i += 1) CASES[name](i);
    const used = process.cpuUsage(cpu);
    samples[name].push((used.user + used.system) / GAUGES);
  }
}
console.log(`core's work per gauge (progressView), ${GAUGES} gauges, median CPU time of ${RUNS} alternating runs (node ${process.version}, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}):`);
console.table(Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, { 'µs per gauge': +median(xs).toFixed(1) }])));
