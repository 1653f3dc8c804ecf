// Merges seeds/ (programme, sources, one file of indicators per pillar) into the bundled dataset
// module, src/data/hanoi.generated.ts. Output is deterministic: same seeds, same bytes.
// The schema check lives in tests/seeds.test.ts, which also fails when this output is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEEDS = new URL('../../../seeds/', import.meta.url);
const OUTPUT = new URL('../src/data/hanoi.generated.ts', import.meta.url);

const readJson = (relative, seedsDir) => JSON.parse(readFileSync(new URL(relative, seedsDir), 'utf8'));

/**
 * Reads the seed files and returns the taxonomy they make: indicators in the order of the
 * programme's pillars, each pillar's in the order of its file.
 */
export function mergeSeeds(seedsDir = SEEDS) {
  const programme = readJson('programme.json', seedsDir);
  const { sources } = readJson('sources.json', seedsDir);
  const indicators = programme.pillars.flatMap((pillar) => readJson(`indicators/${pillar.id}.json`, seedsDir).indicators);
  return { kind: 'taxonomy', schemaVersion: 1, programme, sources, indicators };
}

/** The text of the generated module for a taxonomy. */
export function renderModule(taxonomy) {
  return [
    '// Generated from seeds/ by packages/core/scripts/generate-hanoi.mjs: do not edit.',
    '// Change the seed files, then run `pnpm --filter @hn-cds/core generate`.',
    "import type { Taxonomy } from '../schema/payload.js';",
    '',
    `export const hanoiData: Taxonomy = ${JSON.stringify(taxonomy, null, 2)};`,
    '',
  ].join('\n');
}

/** The path of the generated module. */
export const outputPath = fileURLToPath(OUTPUT);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OUTPUT, renderModule(mergeSeeds()));
  console.log(`wrote ${outputPath}`);
}
