// Prints the bytes a page downloads before its first gauge draws, for each CDN entry: the entry
// file and every file it imports statically, gzipped and brotli-compressed; then the chunks an
// entry loads on demand (the payload validator, for `src`), which only some readers download.
// Run after `pnpm build`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Entries in the order they are printed, what a page loads first, each with two figures in
 * gzipped bytes for the entry and its static imports: `budget`, the size the project aims for
 * (23 KB with the dataset, 17 KB without), and `ceiling`, the size the entry has reached and
 * must not grow past. tests/bundle-size.test.ts fails when one grows past its ceiling. Lower a
 * ceiling whenever a change makes its entry smaller, until it meets the budget.
 */
export const BUNDLES = [
  { name: 'CDN bundle (elements + dataset)', file: 'packages/elements/dist/cdn/hn-cds.min.js', budget: 23_552, ceiling: 31_685 },
  { name: '<cds-progress> without the dataset', file: 'packages/elements/dist/cdn/cds-progress.min.js', budget: 17_408, ceiling: 24_781 },
];

// Minified ESM: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"`; and `import("./x.js")`.
const STATIC = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** Exact sizes of one file: raw, gzip (level 9) and brotli (quality 11). */
export function measure(path) {
  const bytes = readFileSync(join(root, path));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function imports(path, pattern) {
  const code = readFileSync(join(root, path), 'utf8');
  return [...code.matchAll(pattern)].map((m) => relative(root, join(dirname(join(root, path)), m[1])));
}

/**
 * The files a page downloads before an entry runs (the entry and its static imports, each once),
 * and the chunks it may load later (dynamic imports of any of them, with their own static imports).
 */
export function filesOf(entry) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const next of imports(path, STATIC)) visit(next);
  };
  visit(entry);
  const eager = [...seen];
  const lazy = new Set();
  for (const path of eager) for (const chunk of imports(path, DYNAMIC)) if (!seen.has(chunk)) lazy.add(chunk);
  return { eager, lazy: [...lazy] };
}

/** Sizes of what a page downloads before an entry's first gauge draws: each file compressed on its own, summed. */
export function measureEntry(entry) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  const { eager } = filesOf(entry);
  for (const path of eager) {
    const size = measure(path);
    for (const key of Object.keys(total)) total[key] += size[key];
  }
  return { ...total, files: eager };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = [];
  const later = new Map();
  for (const { name, file, budget, ceiling } of BUNDLES) {
    if (!existsSync(join(root, file))) {
      console.error(`${file} is missing: run \`pnpm build\` first.`);
      process.exit(1);
    }
    const { files, ...size } = measureEntry(file);
    rows.push({ 'before the first gauge': name, files: files.map((f) => f.split('/').at(-1)).join(' + '), ...size, budget, 'over budget by': Math.max(0, size.gzip - budget), ceiling });
    for (const chunk of filesOf(file).lazy) later.set(chunk, [...(later.get(chunk) ?? []), file.split('/').at(-1)]);
  }
  console.table(rows);
  console.log('Loaded on demand (only by pages that need them):');
  console.table([...later].map(([chunk, by]) => ({ chunk: chunk.split('/').slice(-2).join('/'), 'imported by': by.join(', '), ...measure(chunk) })));
}
