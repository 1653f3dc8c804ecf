// Prints the gzipped and brotli bytes of each built bundle, the CDN bundle first. Run after `pnpm build`.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);

/**
 * Bundles in the order they are printed, what a page loads first, each with two figures in gzipped
 * bytes: `budget`, the size the project aims for (20 KB with the dataset, 14 KB without), and
 * `ceiling`, the size the bundle has reached and must not grow past. Both bundles are still over
 * budget; tests/bundle-size.test.ts fails when one grows past its ceiling. Lower a ceiling whenever
 * a change makes its bundle smaller, until it meets the budget.
 */
export const BUNDLES = [
  { name: 'CDN bundle (elements + dataset)', file: 'packages/elements/dist/cdn/hn-cds.min.js', budget: 20_480, ceiling: 28_512 },
  { name: '<cds-progress> without the dataset', file: 'packages/elements/dist/cdn/cds-progress.min.js', budget: 14_336, ceiling: 22_400 },
];

/** Exact sizes of one file: raw, gzip (level 9) and brotli (quality 11). */
export function measure(path) {
  const bytes = readFileSync(new URL(path, root));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = [];
  for (const { name, file, budget, ceiling } of BUNDLES) {
    if (!existsSync(new URL(file, root))) {
      console.error(`${file} is missing: run \`pnpm build\` first.`);
      process.exit(1);
    }
    const size = measure(file);
    rows.push({ bundle: name, file, ...size, budget, 'over budget by': Math.max(0, size.gzip - budget), ceiling });
  }
  console.table(rows);
}
