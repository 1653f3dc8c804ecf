import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLES, filesOf, measureEntry } from './bench/size.mjs';

type Bundle = { name: string; file: string; budget: number; ceiling: number };
const root = new URL('../', import.meta.url);

describe('bundle sizes', () => {
  it('lists the CDN bundle with the dataset first, then the light entry', () => {
    expect((BUNDLES as Bundle[]).map((b) => b.file.split('/').at(-1))).toEqual(['hn-cds.min.js', 'cds-progress.min.js']);
  });

  it.each(BUNDLES as Bundle[])('keeps what a page downloads before the first gauge of $name from growing past $ceiling bytes gzipped', ({ file, ceiling }) => {
    expect(existsSync(new URL(file, root)), `${file} is missing: run \`pnpm build\` first`).toBe(true);
    const { gzip, files } = measureEntry(file) as { gzip: number; files: string[] };
    expect(gzip, `${files.join(' + ')} is ${gzip} bytes gzipped`).toBeLessThanOrEqual(ceiling);
  });

  it.each(BUNDLES as Bundle[])('loads the payload validator of $name only on demand, never before the first gauge', ({ file }) => {
    const { eager, lazy } = filesOf(file) as { eager: string[]; lazy: string[] };
    expect(eager.filter((f) => f.includes('load-payload'))).toEqual([]);
    expect(lazy.filter((f) => f.includes('load-payload'))).toHaveLength(1);
  });
});

describe('compiling the CDN files', () => {
  it.each(BUNDLES as Bundle[])('asks Chromium to compile every function of $name and its chunks as it loads them, not at the first gauge', ({ file }) => {
    const { eager, lazy } = filesOf(file) as { eager: string[]; lazy: string[] };
    // V8's compile hint is a comment on the file's first line.
    for (const path of [...eager, ...lazy]) expect(readFileSync(new URL(path, root), 'utf8').split('\n', 1)[0], path).toBe('//# allFunctionsCalledOnLoad');
  });
});

describe('the CDN entries under a strict CSP', () => {
  it.each(BUNDLES as Bundle[])('carry no eval or Function constructor in $name (zod stays in the lazy chunk)', ({ file }) => {
    expect(existsSync(new URL(file, root)), `${file} is missing: run \`pnpm build\` first`).toBe(true);
    for (const path of (filesOf(file) as { eager: string[] }).eager) {
      const code = readFileSync(new URL(path, root), 'utf8');
      expect(code, path).not.toMatch(/\bnew Function\b|\bFunction\(|\beval\(/);
    }
  });
});

describe('what only some pages need', () => {
  it.each(BUNDLES as Bundle[])('keeps <cds-summary> out of $name, in a chunk loaded when a page uses the tag', ({ file }) => {
    const code = readFileSync(new URL(file, root), 'utf8');
    // Words only the scorecard writes (core's describeRollUp) and its element class.
    expect(code).not.toContain('Hai con số khác nhau vì');
    expect(code).toMatch(/import\("\.\/chunks\/summary-[\w-]+\.js"\)/);
  });
});

describe('what only readers who ask need', () => {
  it.each(BUNDLES as Bundle[])('keeps the words of the "Vì sao?" explanation out of $name, in a chunk loaded when a reader opens one', ({ file }) => {
    const code = readFileSync(new URL(file, root), 'utf8');
    // Words only core's explainVerdict writes.
    expect(code).not.toContain('Số liệu được dùng');
    expect(code).toMatch(/import\("\.\/chunks\/explanation-content-[\w-]+\.js"\)/);
    const { lazy } = filesOf(file) as { lazy: string[] };
    const chunk = lazy.find((f) => f.includes('explanation-content'));
    expect(chunk).toBeDefined();
    expect(readFileSync(new URL(chunk!, root), 'utf8')).toContain('Số liệu được dùng');
  });
});

describe('the history part', () => {
  const words = 'Các số liệu theo thời gian';
  it('comes with the dataset bundle, whose gauges have histories from the first render', () => {
    const { eager, lazy } = filesOf(BUNDLES[0]!.file) as { eager: string[]; lazy: string[] };
    expect(eager.some((f) => readFileSync(new URL(f, root), 'utf8').includes(words))).toBe(true);
    expect(lazy.filter((f) => /\/history-[\w-]+\.js$/.test(f))).toEqual([]);
  });

  it('stays out of the light entry, whose gauges from attributes never have one, in a chunk loaded on demand', () => {
    const { eager, lazy } = filesOf(BUNDLES[1]!.file) as { eager: string[]; lazy: string[] };
    expect(eager.some((f) => readFileSync(new URL(f, root), 'utf8').includes(words))).toBe(false);
    const chunk = lazy.find((f) => /\/history-[\w-]+\.js$/.test(f));
    expect(chunk).toBeDefined();
    expect(readFileSync(new URL(chunk!, root), 'utf8')).toContain(words);
  });
});
