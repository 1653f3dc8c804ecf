import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The built command, run as users do (the test command builds first), from a project that has
// @hn-cds/elements installed (the examples package) unless a test says otherwise.
const bin = fileURLToPath(new URL('../../bin/hn-cds.js', import.meta.url));
const project = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hn-cds-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hnCds(args: string[], options: { cwd?: string } = {}) {
  // No NODE_PATH: pnpm sets one to its store, where every package of the workspace resolves.
  const { NODE_PATH: _storePath, ...inherited } = process.env;
  const env = { ...inherited, LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  const result = spawnSync(process.execPath, [bin, 'render', ...args], { cwd: options.cwd ?? project, env, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

function pngSize(bytes: Uint8Array) {
  expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const FIBRE = 'society.fibre-households';

describe('hn-cds render', () => {
  it('writes the SVG to standard output, exit 0, with the verdict of the day asked for', () => {
    const before = hnCds([FIBRE, '--as-of', '2024-10-24', '--lang', 'en']);
    expect(before.code).toBe(0);
    expect(before.stderr).toBe('');
    const svg = before.stdout.toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="480"/);
    expect(svg).toContain('>91.4%</text>');
    expect(svg).toContain('data-status="exceeded"');
    const after = hnCds([FIBRE, '--as-of', '2026-01-15', '--lang', 'en', '--look', 'gauge', '--theme', 'dark', '--width', '320']).stdout.toString('utf8');
    expect(after).toContain('data-status="awaiting_final"');
    expect(after).toContain('data-look="gauge" data-theme="dark"');
    expect(after).toMatch(/^<svg[^>]* width="320"/);
  });

  it('writes a PNG of width × scale pixels with -o, and a 1200×630 card', () => {
    const png = join(dir, 'fibre.png');
    expect(hnCds([FIBRE, '--format', 'png', '--width', '300', '--scale', '2', '--as-of', '2024-10-24', '-o', png])).toMatchObject({ code: 0, stderr: '' });
    expect(pngSize(readFileSync(png)).width).toBe(600);
    const card = join(dir, 'card.png');
    expect(hnCds([FIBRE, '--format=card', '--look=ring', '--as-of=2026-01-15', `--output=${card}`]).code).toBe(0);
    expect(pngSize(readFileSync(card))).toEqual({ width: 1200, height: 630 });
  });

  it('reads another dataset with --data', () => {
    const taxonomy = {
      kind: 'taxonomy',
      schemaVersion: 1,
      programme: { id: 'p', name: { vi: 'Chương trình', en: 'Programme' }, place: { vi: 'Nơi', en: 'Place' }, pillars: [{ id: 'x', kind: 'pillar', label: { vi: 'Trụ cột', en: 'Pillar' } }] },
      sources: [
        { kind: 'decision', id: 'd', issuer: { vi: 'UBND', en: 'People’s Committee' }, title: { vi: 'Quyết định', en: 'Decision' } },
        { kind: 'report', id: 'r', publisher: 'Báo', date: '2024-06-01', title: { vi: 'Bài', en: 'Article' } },
      ],
      indicators: [
        {
          id: 'x.one',
          pillar: 'x',
          label: { vi: 'Chỉ số thử', en: 'Test indicator' },
          unit: 'percent',
          direction: 'higher_is_better',
          targets: [{ year: 2025, source: 'd', comparator: 'at_least', value: 80 }],
          observations: [{ kind: 'value', date: '2024-06-01', source: 'r', value: 40, qualifier: 'exact' }],
        },
      ],
    };
    const file = join(dir, 'taxonomy.json');
    writeFileSync(file, JSON.stringify(taxonomy));
    const { code, stdout, stderr } = hnCds(['x.one', '--data', file, '--lang', 'en', '--as-of', '2024-10-24']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.toString('utf8')).toContain('Test indicator');
  });

  it.each<[string, string[], number, RegExp]>([
    ['an unknown indicator', ['society.nope'], 1, /^hn-cds: Không tìm thấy chỉ số “society\.nope” trong bộ dữ liệu\.\nhn-cds: Indicator “society\.nope” is not in the dataset\.\n$/],
    ['a bad look', [FIBRE, '--look', 'pie'], 1, /hn-cds: --look takes bar, ring, gauge; received "pie"/],
    ['a bad width', [FIBRE, '--width', 'wide'], 1, /hn-cds: --width takes a number; received "wide"/],
    ['a width out of range', [FIBRE, '--width', '100'], 1, /received 100, expected a whole number from 240 to 4096/],
    ['a date that is no day', [FIBRE, '--as-of', '2025-13-01'], 1, /expected a real date written YYYY-MM-DD/],
    ['an unknown option', [FIBRE, '--colour', 'red'], 1, /hn-cds: không có tùy chọn --colour\nhn-cds: unknown option --colour\n/],
    ['no indicator', [], 1, /no indicator given/],
    ['a missing data file', [FIBRE, '--data', '/nonexistent/payload.json'], 2, /hn-cds: cannot read \/nonexistent\/payload\.json: ENOENT/],
    ['an unwritable output', [FIBRE, '-o', '/nonexistent/dir/out.svg'], 2, /hn-cds: cannot write \/nonexistent\/dir\/out\.svg: ENOENT/],
  ])('exits with a message in Vietnamese and English for %s', (_name, args, code, message) => {
    const result = hnCds(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stdout.length).toBe(0);
  });

  it('exits 1 for a data file that is not JSON or not a valid taxonomy', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "kind": ');
    expect(hnCds([FIBRE, '--data', broken])).toMatchObject({ code: 1, stderr: expect.stringMatching(/broken\.json is not JSON: /) });
    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ kind: 'taxonomy', schemaVersion: 1 }));
    expect(hnCds([FIBRE, '--data', invalid])).toMatchObject({ code: 1, stderr: expect.stringMatching(/invalid\.json is not a valid taxonomy: /) });
  });

  it('says so, exit 1, where @hn-cds/elements is not installed', () => {
    const { code, stderr } = hnCds([FIBRE], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain('rendering needs the @hn-cds/elements package, which is not installed here');
    expect(stderr).toContain('cần gói @hn-cds/elements để vẽ');
  });

  it('documents itself with --help', () => {
    const { code, stdout } = hnCds(['--help']);
    expect(code).toBe(0);
    const help = stdout.toString('utf8');
    expect(help).toMatch(/^Usage: hn-cds render <indicator-id> \[options\]/);
    for (const option of ['--look', '--lang', '--as-of', '--theme', '--format', '--width', '--scale', '--data', '-o, --output']) expect(help).toContain(option);
    expect(hnCds(['--help', '--lang', 'vi']).stdout.toString('utf8')).toMatch(/^Cách dùng: hn-cds render <mã-chỉ-số>/);
  });

  it('ends quietly when the reader closes the pipe early (| head)', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" render ${FIBRE} --format png --width 4000 --scale 4 | head -c 8 > /dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: project, encoding: 'utf8' });
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.stderr.trim()).toBe('exit 0');
    expect(existsSync(bin)).toBe(true);
  });
});
