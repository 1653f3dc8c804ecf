// The packages as users get them: packed with `pnpm pack` (after the build the test command runs
// first), installed with plain npm into a fresh project, then imported, required, type-checked, run
// from a shell and loaded in Chromium from the unpacked files. Also lints the tarballs and rehearses
// a release (`changeset version`, `pnpm publish --dry-run`) on a copy of the workspace.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'hn-cds-consumer-'));
const project = join(work, 'project');
const tarballs: Record<'core' | 'elements', string> = { core: '', elements: '' };

function run(command: string, args: string[], cwd: string, input = ''): SpawnSyncReturns<string> {
  const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', LC_ALL: '', LANG: 'en_GB.UTF-8' };
  return spawnSync(command, args, { cwd, env, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function ok(command: string, args: string[], cwd: string): string {
  const result = run(command, args, cwd);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function pack(name: 'core' | 'elements'): string {
  const out = ok('pnpm', ['pack', '--pack-destination', work], join(root, 'packages', name));
  const file = out.trim().split('\n').filter((line) => line.endsWith('.tgz')).at(-1);
  if (!file) throw new Error(`pnpm pack printed no tarball:\n${out}`);
  return file.startsWith('/') ? file : join(work, file);
}

const listing = (tarball: string) => ok('tar', ['tzf', tarball], work).split('\n').filter(Boolean);

beforeAll(() => {
  tarballs.core = pack('core');
  tarballs.elements = pack('elements');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  cpSync(fixtures, project, { recursive: true });
  ok('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarballs.core, tarballs.elements, 'typescript@~5.9.3', '@types/react@^19', '@types/react-dom@^19', 'react@^19', 'react-dom@^19', 'vite@^6'], project);
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarballs', () => {
  it('ship no source maps of the CDN files and no declarations without their JavaScript', () => {
    const files = listing(tarballs.elements);
    expect(files.filter((f) => f.startsWith('package/dist/cdn/') && f.endsWith('.map'))).toEqual([]);
    for (const declaration of files.filter((f) => f.endsWith('.d.ts'))) {
      expect(files, declaration).toContain(declaration.replace(/\.d\.ts$/, '.js'));
    }
  });

  it('ship a README, the CDN chunks and the files generated from the manifest', () => {
    expect(listing(tarballs.core)).toContain('package/README.md');
    const files = listing(tarballs.elements);
    for (const file of ['README.md', 'custom-elements.json', 'dist/react.d.ts', 'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json', 'dist/web-types.json', 'dist/cdn/hn-cds.min.js', 'dist/cdn/hn-cds.css']) {
      expect(files).toContain(`package/${file}`);
    }
    expect(files.some((f) => /^package\/dist\/cdn\/chunks\/.+\.js$/.test(f))).toBe(true);
  });

  it('pass publint with no message', () => {
    for (const tarball of Object.values(tarballs)) {
      const result = run(bin('publint'), ['run', tarball, '--strict'], root);
      expect(result.stdout + result.stderr).toContain('All good!');
      expect(result.status).toBe(0);
    }
  }, 60_000);

  it('pass arethetypeswrong for every entry point (ES modules only: CommonJS loads them with require(esm))', () => {
    // The JSON and CSS entries hold data, not modules: there are no types to check.
    const data = ['cdn/hn-cds.css', 'custom-elements.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json', 'schema.json', 'package.json'];
    for (const tarball of Object.values(tarballs)) {
      const result = run(bin('attw'), [tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii', '--exclude-entrypoints', ...data], root);
      expect(result.stdout + result.stderr, tarball).toMatch(/No problems found/);
      expect(result.status).toBe(0);
    }
  }, 60_000);
});

describe('an npm project using the packages', () => {
  it('imports them as ES modules', () => {
    const script = `
      import { formatNumber, getIndicator } from '@hn-cds/core';
      import { hanoi } from '@hn-cds/core/hanoi';
      import { validate } from '@hn-cds/core/validate';
      console.log(formatNumber(91.4), getIndicator(hanoi, 'society.fibre-households')?.id, validate({}).ok);`;
    expect(ok('node', ['--input-type=module', '-e', script], project).trim()).toBe('91,4 society.fibre-households false');
  });

  it('requires @hn-cds/core and its subpaths from CommonJS (Node 20.19+)', () => {
    const script = `
      const { formatNumber } = require('@hn-cds/core');
      const { hanoi } = require('@hn-cds/core/hanoi');
      const { validate } = require('@hn-cds/core/validate');
      console.log(formatNumber(91.4, { lang: 'en' }), hanoi.indicators.length > 0, typeof validate);`;
    const result = run('node', ['-e', script], project);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('91.4 true function');
  });

  // Our declarations are checked in full (skipLibCheck off) once, under bundler; the other two
  // settings check that every entry resolves to its types.
  it.each([
    ['node16 (Node ESM)', { module: 'node16', moduleResolution: 'node16', skipLibCheck: true }, ['esm.mts']],
    ['bundler, with React TSX files', { module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', allowImportingTsExtensions: true, skipLibCheck: false }, ['app.tsx', 'vite/main.tsx', 'esm.mts']],
    ['node10 (module commonjs)', { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, skipLibCheck: true }, ['legacy.cts']],
  ])('type-checks under %s, strict', (name, options, files) => {
    const config = {
      compilerOptions: { target: 'es2022', lib: ['es2023', 'dom', 'dom.iterable'], strict: true, noEmit: true, exactOptionalPropertyTypes: true, types: [], ...options },
      files,
    };
    const file = `tsconfig.${name.split(' ')[0]}.json`;
    writeFileSync(join(project, file), JSON.stringify(config));
    const result = run(join(project, 'node_modules', '.bin', 'tsc'), ['-p', file], project);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  it('runs the validator with npx -p @hn-cds/core', () => {
    const payload = {
      kind: 'observations',
      schemaVersion: 1,
      sources: [{ kind: 'report', id: 'r1', publisher: 'Báo', date: '2024-10-24', title: { vi: 'Bài báo', en: 'Article' } }],
      updates: [{ indicator: 'society.fibre-households', observations: [{ kind: 'value', date: '2024-10-24', source: 'r1', value: 91.4, qualifier: 'exact' }] }],
    };
    writeFileSync(join(project, 'valid.json'), JSON.stringify(payload));
    writeFileSync(join(project, 'invalid.json'), JSON.stringify(payload).replace('91.4', '"91,4%"'));
    const valid = run('npx', ['--no-install', '-p', '@hn-cds/core', 'hn-cds', 'validate', '--lang', 'en', 'valid.json'], project);
    expect(valid.stdout).toMatch(/valid\.json: valid/);
    expect(valid.status).toBe(0);
    const invalid = run('npx', ['--no-install', '-p', '@hn-cds/core', 'hn-cds', 'validate', '--lang', 'en', 'invalid.json'], project);
    expect(invalid.status).toBe(1);
  }, 60_000);
});

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A static server over a folder, on a free port of 127.0.0.1; resolves to its origin. */
async function serve(site: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const path = normalize(join(site, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(site) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Opens a page in Chromium and collects failed requests and page errors. */
async function withPage<T>(url: string, use: (page: Page, problems: string[]) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(url);
    return await use(page, problems);
  } finally {
    await browser.close();
  }
}

/** The sentence of a gauge's meter, once it has rendered. */
const sentence = (page: Page, id: string) =>
  page
    .waitForFunction(
      (selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[part~="meter"]')?.getAttribute('aria-valuetext'),
      `#${id}`,
      { timeout: 15_000 },
    )
    .then((handle) => handle.jsonValue());

describe('a React 19 app built with Vite from the installed packages', () => {
  it('renders the Hanoi gauge and hears cds-error through oncds-error', async () => {
    ok(join(project, 'node_modules', '.bin', 'vite'), ['build'], join(project, 'vite'));
    const server = await serve(join(project, 'vite', 'dist'));
    try {
      await withPage(`${server.origin}/`, async (page, problems) => {
        expect(await sentence(page, 'fibre')).toMatch(/91\.4%/);
        await page.waitForFunction(() => document.body.dataset.errors, undefined, { timeout: 15_000 });
        expect(await page.evaluate(() => document.body.dataset.errors)).toBe('unknown_indicator');
        expect(await page.evaluate(() => document.querySelector('#fibre')?.className)).toBe('gauge');
        expect(problems).toEqual([]);
      });
    } finally {
      await server.close();
    }
  }, 90_000);
});

describe('the CDN folder, self-hosted from the unpacked package', () => {
  let server: { origin: string; close: () => Promise<void> };
  const site = join(work, 'site');

  beforeAll(async () => {
    // Only the folder, copied elsewhere: what an editor uploads to their own server.
    cpSync(join(project, 'node_modules', '@hn-cds', 'elements', 'dist', 'cdn'), join(site, 'hn-cds'), { recursive: true });
    const payload = {
      kind: 'observations',
      schemaVersion: 1,
      sources: [{ kind: 'report', id: 'r9', publisher: 'Cổng thông tin', date: '2025-06-30', title: { vi: 'Báo cáo', en: 'Report' } }],
      updates: [{ indicator: 'society.fibre-households', observations: [{ kind: 'value', date: '2025-06-30', source: 'r9', value: 95, qualifier: 'exact' }] }],
    };
    writeFileSync(join(site, 'update.json'), JSON.stringify(payload));
    writeFileSync(
      join(site, 'index.html'),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8">
      <link rel="stylesheet" href="/hn-cds/hn-cds.css"><script type="module" src="/hn-cds/hn-cds.min.js"></script></head>
      <body><cds-progress id="bundled" indicator="society.fibre-households" as-of="2024-12-31">Hộ gia đình có cáp quang: 91,4%</cds-progress>
      <cds-progress id="loaded" src="/update.json" indicator="society.fibre-households" as-of="2025-07-01"></cds-progress></body></html>`,
    );
    server = await serve(site);
  });

  afterAll(() => server?.close());

  it('renders a gauge from the bundled dataset and one from a payload, loading its chunk from chunks/', async () => {
    expect(readdirSync(join(site, 'hn-cds', 'chunks')).length).toBeGreaterThan(0);
    await withPage(`${server.origin}/`, async (page, problems) => {
      expect(await sentence(page, 'bundled')).toMatch(/91,4/);
      expect(await sentence(page, 'loaded')).toMatch(/95/);
      expect(problems).toEqual([]);
    });
  }, 60_000);
});

describe('a release rehearsal on a copy of the workspace', () => {
  const copy = join(work, 'release');

  beforeAll(() => {
    cpSync(join(root, '.changeset'), join(copy, '.changeset'), { recursive: true });
    mkdirSync(join(copy, 'packages'), { recursive: true });
    writeFileSync(join(copy, 'package.json'), JSON.stringify({ name: 'release-rehearsal', private: true }));
    writeFileSync(join(copy, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
    for (const name of ['core', 'elements']) {
      for (const path of ['package.json', 'README.md', 'dist', 'bin', 'schema.json', 'custom-elements.json']) {
        const from = join(root, 'packages', name, path);
        if (existsSync(from)) cpSync(from, join(copy, 'packages', name, path), { recursive: true });
      }
    }
    // pnpm publish turns `workspace:^` into a range from the installed workspace package.
    ok('pnpm', ['install', '--prefer-offline', '--ignore-scripts', '--config.auto-install-peers=false'], copy);
  }, 120_000);

  const manifest = (name: string) => JSON.parse(readFileSync(join(copy, 'packages', name, 'package.json'), 'utf8')) as {
    version: string;
    dependencies: Record<string, string>;
  };

  it('changeset version gives both packages a release version', () => {
    ok(bin('changeset'), ['version'], copy);
    expect(manifest('core').version).not.toBe('0.0.0');
    expect(manifest('elements').version).not.toBe('0.0.0');
    expect(manifest('elements').dependencies['@hn-cds/core']).toBe('workspace:^');
  }, 60_000);

  it('pnpm publish --dry-run succeeds for both, elements depending on the released core with a real range', () => {
    for (const name of ['core', 'elements']) {
      const result = run('pnpm', ['publish', '--dry-run', '--no-git-checks', '--access', 'public'], join(copy, 'packages', name));
      expect(result.status, result.stdout + result.stderr).toBe(0);
    }
    const packed = ok('pnpm', ['pack', '--pack-destination', copy], join(copy, 'packages', 'elements')).trim().split('\n').at(-1)!;
    const json = JSON.parse(ok('tar', ['xzf', packed.startsWith('/') ? packed : join(copy, packed), '-O', 'package/package.json'], copy)) as { dependencies: Record<string, string> };
    expect(json.dependencies['@hn-cds/core']).toBe(`^${manifest('core').version}`);
  }, 120_000);
});
