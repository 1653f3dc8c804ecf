// Prints the gzipped and brotli bytes of each built bundle, the CDN bundle first. Run after `pnpm build`.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);

/** Bundles in the order they are printed: what a page loads first. */
export const BUNDLES = [
  ['CDN bundle (elements + dataset)', 'packages/elements/dist/cdn/hn-cds.min.js'],
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
  for (const [name, path] of BUNDLES) {
    if (!existsSync(new URL(path, root))) {
      console.error(`${path} is missing: run \`pnpm build\` first.`);
      process.exit(1);
    }
    rows.push({ bundle: name, file: path, ...measure(path) });
  }
  console.table(rows);
}
