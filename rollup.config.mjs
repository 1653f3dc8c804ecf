// One build for every package, in dependency order: core first, then elements (npm) and its CDN bundle.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const dir = (path) => fileURLToPath(new URL(path, import.meta.url));
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:/.test(id);

/** ESM + declarations for npm: one output file per source module, dependencies left as imports. */
function npmBuild(name, input) {
  const out = dir(`packages/${name}/dist`);
  return {
    input: Object.fromEntries(Object.entries(input).map(([key, path]) => [key, dir(`packages/${name}/${path}`)])),
    external: isBare,
    output: {
      dir: out,
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: dir(`packages/${name}/src`),
    },
    plugins: [
      json({ preferConst: true }),
      typescript({
        tsconfig: dir(`packages/${name}/tsconfig.build.json`),
        outDir: out,
        noEmitOnError: true,
      }),
    ],
  };
}

/** Minifies the CSS inside lit's css`` literals of the elements' sources (terser leaves strings alone). */
const minifyCss = {
  name: 'minify-css-literals',
  transform(code, id) {
    if (!id.includes('/packages/elements/src/') || !code.includes('css')) return null;
    return {
      code: code.replace(/(?<![\w.$])css\s*`([^`]*)`/g, (_, body) =>
        `css\`${body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .replace(/: /g, ':')
          .replace(/([\s:(,-])0\.(\d)/g, '$1.$2')
          .replace(/\[([\w-]+~?=)'([A-Za-z_][\w-]*)'\]/g, '[$1$2]')
          .trim()}\``,
      ),
      map: null,
    };
  },
};

/**
 * A minified ESM file for a page's <script type="module">, everything inlined except the payload
 * validator, which `src` loads on demand from `chunks/`. With `css`, also writes the stylesheet
 * that reserves each tag's final size before the script runs.
 */
function cdnBuild(input, file, css) {
  const out = dir('packages/elements/dist/cdn');
  return {
    input: dir(`packages/elements/${input}`),
    // Lets the lazy chunk import from the entry itself, so the entry stays one file (no facade).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: out,
      format: 'es',
      sourcemap: true,
      entryFileNames: file,
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      json({ preferConst: true }),
      typescript({
        tsconfig: dir('packages/elements/tsconfig.build.json'),
        outDir: out,
        declaration: false,
        declarationMap: false,
        noEmitOnError: true,
      }),
      // After typescript, which compiles from disk and ignores earlier transforms.
      minifyCss,
      // Two compress passes: each inlines what the one before it left single-use. The preamble is
      // V8's compile hint: Chromium compiles every function of the file as it loads it, off the
      // main thread while it streams, instead of compiling each the first time it runs, which the
      // page's first gauge paid for (7–10 ms in `pnpm bench`).
      terser({ format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' }, ecma: 2020, module: true, compress: { passes: 2 } }),
      css && {
        name: 'reserve-css',
        generateBundle() {
          this.emitFile({ type: 'asset', fileName: css, source: readFileSync(dir('packages/elements/src/progress/reserve.css'), 'utf8') });
        },
      },
    ],
  };
}

/** The example pages' scripts: they import the packages by name, as an app would. */
function examplesBuild(names) {
  return {
    input: Object.fromEntries(names.map((name) => [name, dir(`examples/src/${name}.ts`)])),
    output: { dir: dir('examples/dist'), format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      json({ preferConst: true }),
      typescript({ tsconfig: dir('examples/tsconfig.build.json'), outDir: dir('examples/dist'), noEmitOnError: true }),
      terser({ format: { comments: false }, ecma: 2020, module: true }),
    ],
  };
}

export default [
  npmBuild('core', { index: 'src/index.ts', 'data/hanoi': 'src/data/hanoi.ts', 'cli/main': 'src/cli/main.ts' }),
  npmBuild('elements', { index: 'src/index.ts', hanoi: 'src/hanoi.ts', 'node/index': 'src/node/index.ts' }),
  cdnBuild('src/cdn.ts', 'hn-cds.min.js', 'hn-cds.css'),
  cdnBuild('src/cdn-light.ts', 'cds-progress.min.js'),
  examplesBuild(['dashboard', 'builder', 'validator']),
];
