// Times validate() against zod's own safeParse of the same payload schema and against ajv on the
// exported schema.json, on valid observations payloads of 10,000 and 100,000 figures, in one Node
// process, and prints the medians and their ratios. Run after `pnpm build`: `pnpm bench:validate`.
// A script, not a timed test: timings depend on the machine and its load. Both the process's CPU
// time (user + system, what a shared machine's load disturbs least) and wall-clock time are shown.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import Ajv2020 from 'ajv/dist/2020.js';

const dist = new URL('../../packages/core/dist/index.js', import.meta.url);
if (!existsSync(dist)) {
  console.error('packages/core/dist is missing: run `pnpm build` first.');
  process.exit(1);
}
const { Payload, validate } = await import(dist.href);
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

/** Runs the three checks `runs` times each, alternating their order, and returns their medians. */
function measure(count, runs) {
  const data = payload(count);
  const bytes = Buffer.byteLength(JSON.stringify(data));
  const rows = {
    'validate()': () => validate(data).ok,
    'zod safeParse': () => Payload.safeParse(data).success,
    'ajv (schema.json)': () => ajvValidate(data),
  };
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

const results = [measure(10_000, 41), measure(100_000, 9)];

console.log(`validate() vs zod vs ajv, valid observations payloads (node ${process.version}, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')})`);
for (const clock of ['cpu', 'wall']) {
  console.log(`\nmedian ${clock === 'cpu' ? 'CPU time (user + system)' : 'wall-clock time'}:\n`);
  console.log('| figures | JSON | validate() | zod safeParse | ajv (schema.json) | validate ÷ zod | validate ÷ ajv |');
  console.log('|--:|--:|--:|--:|--:|--:|--:|');
  for (const result of results) {
    const { 'validate()': v, 'zod safeParse': z, 'ajv (schema.json)': a } = result[clock];
    console.log(`| ${result.count.toLocaleString('en')} | ${(result.bytes / 1e6).toFixed(2)} MB | ${v.toFixed(1)} ms | ${z.toFixed(1)} ms | ${a.toFixed(1)} ms | ${(v / z).toFixed(2)} | ${(v / a).toFixed(1)} |`);
  }
  const [small, large] = results;
  const growth = (name) => (large[clock][name] / large.count / (small[clock][name] / small.count)).toFixed(2);
  console.log(`\nlinearity (time per figure at 100,000 ÷ at 10,000; 1.00 is linear): validate() ${growth('validate()')}, zod ${growth('zod safeParse')}, ajv ${growth('ajv (schema.json)')}`);
}
const ratio = results[0].cpu['validate()'] / results[0].cpu['zod safeParse'];
console.log(`\ngoal, validate() within 1.3× of zod at 10,000 figures (CPU time): ${ratio <= 1.3 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×)`);
