import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../hanoi.js';
import { attributeSet, ROUTES } from './fuzz-sets.js';
import { FUZZ_CLASSES, installFakeServer, runSets } from './fuzz-harness.js';
import { forgetSharedLoads } from './payload-cache.js';
import './progress.js';

// A short seeded run of the browser fuzz; `pnpm fuzz` runs 10,000 sets against a real server
// (real redirects, slow and huge bodies). A failure prints the attribute set that caused it.
const SEED = 20261203;
const SETS = 160;

describe('<cds-progress> under fuzzing (seeded)', () => {
  let server: ReturnType<typeof installFakeServer>;
  beforeEach(() => (server = installFakeServer(ROUTES)));
  afterEach(() => {
    server.restore();
    forgetSharedLoads();
  });

  it(`takes ${SETS} hostile attribute sets and quick changes without throwing, injecting markup, going blank or failing silently`, async () => {
    const sets = fc.sample(attributeSet(fc), { seed: SEED, numRuns: SETS });
    const result = await runSets(sets, { batch: 20, settle: 3000 });
    expect(result.failures, JSON.stringify(result.failures.slice(0, 3), null, 1)).to.deep.equal([]);
    for (const name of FUZZ_CLASSES) expect(result.classes[name].inputs, name).to.be.greaterThan(0);
    expect(server.responses()).to.be.greaterThan(SETS / 4);
    // Both outcomes must be common, or the sets are not testing much.
    expect(result.drawn).to.be.greaterThan(SETS / 20);
    expect(result.errors).to.be.greaterThan(SETS / 10);
  });

  it('answers every kind of src response with a gauge or a reported error', async () => {
    const sets = Object.keys(ROUTES).flatMap((src) => ['vi', 'en'].map((lang) => ({ attributes: { src, lang, indicator: 'society.i0', timeout: '1500' }, changes: [] })));
    const result = await runSets(sets, { batch: sets.length, settle: 3000 });
    expect(result.drawn).to.be.greaterThan(4);
    expect(result.errors).to.be.greaterThan(10);
    expect(result.failures, JSON.stringify(result.failures.slice(0, 3), null, 1)).to.deep.equal([]);
  });
});
