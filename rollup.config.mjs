// One build for every package, in dependency order: core first, then elements (npm) and its CDN bundle.
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

/** A single minified ESM file for a page's <script type="module">, everything inlined. */
function cdnBuild(input, file) {
  return {
    input: dir(`packages/elements/${input}`),
    output: { file: dir(`packages/elements/dist/cdn/${file}`), format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      json({ preferConst: true }),
      typescript({
        tsconfig: dir('packages/elements/tsconfig.build.json'),
        outDir: dir('packages/elements/dist/cdn'),
        declaration: false,
        declarationMap: false,
        noEmitOnError: true,
      }),
      terser({ format: { comments: false }, ecma: 2020, module: true }),
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
  npmBuild('elements', { index: 'src/index.ts' }),
  cdnBuild('src/cdn.ts', 'hn-cds.min.js'),
  examplesBuild(['dashboard', 'builder', 'validator']),
];
