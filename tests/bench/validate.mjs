// Times validate() against zod's own safeParse of the same payload schema and against ajv on the
// exported schema.json, on valid observations payloads of 10,000 and 100,000 figures, in one Node
// process, alternating, and prints the medians and their ratios: once on a JavaScript value, once
// on JSON text (validateJson() against JSON.parse then zod or ajv). Run after `pnpm build`:
// `pnpm bench:validate`. A script, not a timed test: timings depend on the machine and its load.
// Both the process's CPU time (user + system, what a shared machine's load disturbs least) and
// wall-clock time are shown.
//   node tests/bench/validate.mjs [--figures 10000] [--runs 41] [--only validate]
// To see where validate() spends its time:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof tests/bench/validate.mjs --figures 10000 --only validate
//   node tests/bench/top-functions.mjs /tmp/prof/*.cpuprofile
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import Ajv2020 from 'ajv/dist/2020.js';

const dist = new URL('../../packages/core/dist/index.js', import.meta.url);
if (!existsSync(dist)) {
  console.error('packages/core/dist is missing: run `pnpm build` first.');
  process.exit(1);
}
const { Payload, validate, validateJson } = await import(dist.href);

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};
const FIGURES = option('figures') ? [Number(option('figures'))] : [10_000, 100_000];
const RUNS = option('runs') ? Number(option('runs')) : undefined;
// --only validate / --only validateJson: time validate(value) or validateJson(text) alone (for a profile of it).
const ONLY = option('only');
const schema = JSON.parse(readFileSync(new URL('../../packages/core/schema.json', import.meta.url), 'utf8'));

const ajv = new Ajv2020({ strict: true, allErrors: false });
ajv.addFormat('date', true);
ajv.addFormat('uri', { type: 'string', validate: (text) => URL.canParse(text) });
const ajvValidate = ajv.compile(schema);

const QUALIFIERS = ['exact', 'about', 'more_than', 'at_least'];

/** A valid observations payload: `count` figures in updates of 100, citing 10 reports. */
function payload(count) {
  const sources = Array.from({ length: 10 }, (_, i) => ({
    kind: 'report',
    id: `r${i}`,
    publisher: `Báo ${i}`,
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-15`,
    title: { vi: `Bài báo số ${i}`, en: `Article ${i}` },
  }));
  const updates = Array.from({ length: count / 100 }, (_, u) => ({
    indicator: `society.indicator-${u}`,
    observations: Array.from({ length: 100 }, (_, o) => ({
      kind: 'value',
      date: `20${String(10 + (o % 15)).padStart(2, '0')}-${String((o % 12) + 1).padStart(2, '0')}-${String((o % 28) + 1).padStart(2, '0')}`,
      source: `r${o % 10}`,
      value: Math.round(((u * 100 + o) % 10_000) * 0.731 * 100) / 100,
      qualifier: QUALIFIERS[o % 4],
    })),
  }));
  return { kind: 'observations', schemaVersion: 1, sources, updates };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function time(run) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const ok = run();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (!ok) throw new Error('the benchmark payload must be valid');
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** The rows of one payload: what each validator does with the value, and with its JSON text. */
function rowsOf(data) {
  const text = JSON.stringify(data);
  const all = {
    value: {
      'validate()': () => validate(data).ok,
      'zod safeParse': () => Payload.safeParse(data).success,
      'ajv (schema.json)': () => ajvValidate(data),
    },
    text: {
      'validate()': () => validateJson(text).ok,
      'zod safeParse': () => Payload.safeParse(JSON.parse(text)).success,
      'ajv (schema.json)': () => ajvValidate(JSON.parse(text)),
    },
  };
  if (ONLY === 'validateJson') return { text: { 'validate()': all.text['validate()'] } };
  if (ONLY) return { value: { 'validate()': all.value['validate()'] } };
  return all;
}

/** Runs every check `runs` times, alternating their order, and returns their medians. */
function measure(count, runs) {
  const data = payload(count);
  const bytes = Buffer.byteLength(JSON.stringify(data));
  const groups = rowsOf(data);
  const rows = Object.fromEntries(Object.entries(groups).flatMap(([group, checks]) => Object.entries(checks).map(([name, run]) => [`${group}/${name}`, run])));
  const names = Object.keys(rows);
  const samples = Object.fromEntries(names.map((name) => [name, { wall: [], cpu: [] }]));
  for (let warm = 0; warm < 5; warm += 1) for (const name of names) rows[name]();
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const { wall, cpu } = time(rows[name]);
      samples[name].wall.push(wall);
      samples[name].cpu.push(cpu);
    }
  }
  const of = (clock) => Object.fromEntries(names.map((name) => [name, median(samples[name][clock])]));
  return { count, bytes, cpu: of('cpu'), wall: of('wall') };
}

const results = FIGURES.map((count) => measure(count, RUNS ?? (count > 10_000 ? 9 : 41)));
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

console.log(`validate() vs zod vs ajv, valid observations payloads (node ${process.version}, load average ${load()}; medians of ${results.map((r) => RUNS ?? (r.count > 10_000 ? 9 : 41)).join(' and ')} alternating runs)`);
if (ONLY) {
  const row = ONLY === 'validateJson' ? 'text/validate()' : 'value/validate()';
  for (const result of results) console.log(`${result.count} figures: ${ONLY}() ${result.cpu[row].toFixed(1)} ms CPU, ${result.wall[row].toFixed(1)} ms wall`);
  process.exit(0);
}
const GROUPS = {
  value: 'on a JavaScript value: validate(value), Payload.safeParse(value), ajv(value)',
  text: 'on JSON text: validateJson(text), then JSON.parse(text) and Payload.safeParse or ajv',
};
for (const clock of ['cpu', 'wall']) {
  console.log(`\nmedian ${clock === 'cpu' ? 'CPU time (user + system)' : 'wall-clock time'}:`);
  for (const [group, title] of Object.entries(GROUPS)) {
    console.log(`\n${title}\n`);
    console.log('| figures | JSON | validate() | zod safeParse | ajv (schema.json) | validate ÷ zod | validate ÷ ajv |');
    console.log('|--:|--:|--:|--:|--:|--:|--:|');
    const at = (result, name) => result[clock][`${group}/${name}`];
    for (const result of results) {
      const [v, z, a] = ['validate()', 'zod safeParse', 'ajv (schema.json)'].map((name) => at(result, name));
      console.log(`| ${result.count.toLocaleString('en')} | ${(result.bytes / 1e6).toFixed(2)} MB | ${v.toFixed(1)} ms | ${z.toFixed(1)} ms | ${a.toFixed(1)} ms | ${(v / z).toFixed(2)} | ${(v / a).toFixed(1)} |`);
    }
    if (results.length === 2) {
      const [small, large] = results;
      const growth = (name) => (at(large, name) / large.count / (at(small, name) / small.count)).toFixed(2);
      console.log(`\nlinearity (time per figure at ${large.count.toLocaleString('en')} ÷ at ${small.count.toLocaleString('en')}; 1.00 is linear): validate() ${growth('validate()')}, zod ${growth('zod safeParse')}, ajv ${growth('ajv (schema.json)')}`);
    }
  }
}
const small = results.find((r) => r.count === 10_000);
if (small) {
  for (const [group, what] of [['value', 'validate(value)'], ['text', 'validateJson(text)']]) {
    const ratio = small.cpu[`${group}/validate()`] / small.cpu[`${group}/zod safeParse`];
    console.log(`\ngoal, ${what} within 1.3× of zod at 10,000 figures (CPU time): ${ratio <= 1.3 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×)`);
  }
}
console.log(`load average after: ${load()} (1, 5, 15 min; a shared machine's other work shows in these figures)`);
