// The long fuzz run: `pnpm fuzz` (after `pnpm build`). Runs the core properties of
// tests/fuzz/properties.mjs over the built package, then the browser fuzz of <cds-progress>
// (tests/fuzz/elements.mjs) in Chromium, and prints inputs/s and failure counts per class.
// Exits 1 when any input fails.
//
//   pnpm fuzz                         1,000,000 core inputs and 10,000 element attribute sets
//   pnpm fuzz --count 100000          fewer core inputs (spread over the properties by weight)
//   pnpm fuzz --elements 0            core only; --count 0: elements only
//   pnpm fuzz --seed 42               another seed (the default is fixed, so runs are reproducible)
//   pnpm fuzz --skip-known            leave out the properties known to fail today (issue 14)
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { cleanUp, coreProperties } from './properties.mjs';

const { values: options } = parseArgs({
  options: {
    count: { type: 'string', default: '1000000' },
    elements: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20261203' },
    'skip-known': { type: 'boolean', default: false },
  },
});
const COUNT = Number(options.count);
const ELEMENTS = Number(options.elements);
const SEED = Number(options.seed);
const SKIP_KNOWN = options['skip-known'];

const dist = new URL('../../packages/core/dist/', import.meta.url);
if (!existsSync(new URL('index.js', dist)) || !existsSync(new URL('cli/main.js', dist))) {
  console.error('packages/core/dist is missing: run `pnpm build` first.');
  process.exit(1);
}
const core = await import(new URL('index.js', dist).href);
const cli = await import(new URL('cli/main.js', dist).href);

/** Per class: inputs, failing inputs, milliseconds, and the first failure of each property. */
const classes = new Map();
const tally = (group) => {
  if (!classes.has(group)) classes.set(group, { inputs: 0, failures: 0, ms: 0, known: 0 });
  return classes.get(group);
};
const firstFailures = [];

/** The slowest properties (each input is a megabyte file or a hundred validations) run at most this often. */
function capOf(item) {
  if (/thousands of issues/.test(item.name)) return 300;
  if (/pillars/.test(item.name)) return 2000;
  if (/each in turn/.test(item.name)) return 500;
  return Number.POSITIVE_INFINITY;
}

/** How many runs each property gets: its weight's share of COUNT; what a cap leaves goes to the others. */
function plan(items) {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  const capped = items.filter((item) => (COUNT * item.weight) / total > capOf(item));
  const free = items.filter((item) => !capped.includes(item));
  const left = COUNT - capped.reduce((sum, item) => sum + capOf(item), 0);
  const freeWeight = free.reduce((sum, item) => sum + item.weight, 0);
  return new Map(items.map((item) => [item, capped.includes(item) ? capOf(item) : Math.max(1, Math.round((left * item.weight) / freeWeight))]));
}

if (COUNT > 0) {
  const items = coreProperties(core, cli, fc).filter((item) => !(SKIP_KNOWN && item.fails));
  const runs = plan(items);
  console.log(`core: ${COUNT.toLocaleString('en')} inputs over ${items.length} properties, seed ${SEED}${SKIP_KNOWN ? ', known failures skipped' : ''}`);
  for (const item of items) {
    const numRuns = runs.get(item);
    let failures = 0;
    let first;
    const record = (error, values) => {
      failures += 1;
      first ??= { message: String(error?.message ?? error).slice(0, 400), input: safeJson(values).slice(0, 400) };
    };
    const wrap = (check) => (...values) => {
      try {
        const result = check(...values);
        if (result && typeof result.then === 'function') return result.then(() => true, (error) => (record(error, values), true));
      } catch (error) {
        record(error, values);
      }
      return true;
    };
    const started = performance.now();
    const details = await fc.check(item.property(wrap), { seed: SEED, numRuns });
    const ms = performance.now() - started;
    // The wrapped checks never fail, so a failure here is fast-check's own (a generator that threw).
    if (details.failed) record(details.errorInstance ?? new Error('generator failed'), details.counterexample ?? []);
    const group = tally(item.group);
    group.inputs += numRuns;
    group.failures += failures;
    group.ms += ms;
    if (item.fails && failures > 0) group.known += failures;
    console.log(`  ${failures === 0 ? '✔' : '✘'} ${item.group}: ${item.name}: ${numRuns.toLocaleString('en')} inputs, ${failures.toLocaleString('en')} failed, ${Math.round((numRuns * 1000) / ms).toLocaleString('en')} inputs/s${item.fails ? ' (known to fail today)' : ''}`);
    if (first) firstFailures.push({ name: item.name, fails: item.fails, ...first });
  }
  cleanUp();
}

if (ELEMENTS > 0) {
  const { fuzzElements } = await import('./elements.mjs');
  const started = performance.now();
  const result = await fuzzElements({ count: ELEMENTS, seed: SEED });
  const ms = performance.now() - started;
  for (const [group, counts] of Object.entries(result.classes)) {
    const entry = tally(`element: ${group}`);
    entry.inputs += counts.inputs;
    entry.failures += counts.failures;
    entry.ms += ms;
  }
  for (const failure of result.failures.slice(0, 10)) firstFailures.push(failure);
  console.log(`elements: ${result.sets.toLocaleString('en')} attribute sets, ${result.changes.toLocaleString('en')} attribute changes, ${result.responses.toLocaleString('en')} src responses in ${(ms / 1000).toFixed(1)} s`);
}

console.log('\nclass                         inputs     failed   inputs/s');
let failed = 0;
for (const [group, { inputs, failures, ms, known }] of classes) {
  failed += failures;
  const rate = group.startsWith('element') ? '' : Math.round((inputs * 1000) / ms).toLocaleString('en');
  console.log(`${group.padEnd(28)} ${inputs.toLocaleString('en').padStart(9)} ${failures.toLocaleString('en').padStart(10)} ${rate.padStart(10)}${known ? `  (${known.toLocaleString('en')} in properties known to fail today)` : ''}`);
}
for (const failure of firstFailures) {
  console.log(`\n✘ ${failure.name}${failure.fails ? `\n  known: ${failure.fails}` : ''}\n  ${failure.message}\n  input: ${failure.input}`);
}
console.log(`\n${failed === 0 ? 'no failures' : `${failed.toLocaleString('en')} failing inputs`}`);
process.exit(failed === 0 ? 0 : 1);

function safeJson(value) {
  try {
    return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'symbol' ? String(v) : v)) ?? String(value);
  } catch {
    return '(cannot be printed)';
  }
}
