// A short seeded run of the core fuzz properties (tests/fuzz/properties.mjs) over the sources.
// The long run is `pnpm fuzz`. A failure prints the seed and path: pass them as FUZZ_SEED and
// FUZZ_PATH (or to fc.assert) to replay it.
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import * as cli from '../../packages/core/src/cli/main.js';
import * as core from '../../packages/core/src/index.js';
import { cleanUp, coreProperties } from './properties.mjs';

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const PATH = process.env.FUZZ_PATH;
// FUZZ_SHOW_FAILING=1 runs the properties known to fail as ordinary tests, to see their counterexamples.
const SHOW = process.env.FUZZ_SHOW_FAILING === '1';

afterAll(cleanUp);

describe('core under fuzzing (seeded)', () => {
  for (const item of coreProperties(core, cli, fc)) {
    const { name, group, weight, property } = item;
    // No property is marked as failing today; the field stays for the next bug found.
    const { fails } = item as { fails?: string };
    const numRuns = Math.max(3, Math.round((RUNS * weight) / 10));
    const run = async () => {
      await fc.assert(property(), { seed: SEED, numRuns, ...(PATH ? { path: PATH } : {}) });
    };
    // `fails` names a bug being fixed elsewhere: the property must fail today, and passes once fixed.
    (fails && !SHOW ? it.fails : it)(`${group}: ${name}${fails ? ` (fails today: ${fails})` : ''}`, run, 60_000);
  }
});
