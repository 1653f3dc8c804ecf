import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Runs the command as users do: the committed bin script over the built package (the test command builds first).
const bin = fileURLToPath(new URL('../packages/core/bin/hn-cds.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hn-cds-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const valid = {
  kind: 'observations',
  schemaVersion: 1,
  sources: [{ kind: 'report', id: 'r1', publisher: 'Báo', date: '2024-10-24', title: { vi: 'Bài báo', en: 'Article' } }],
  updates: [{ indicator: 'society.fibre-households', observations: [{ kind: 'value', date: '2024-10-24', source: 'r1', value: 91.4, qualifier: 'exact' }] }],
};
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const validFile = file('valid.json', JSON.stringify(valid));
const percentFile = file('percent.json', JSON.stringify(valid).replace('91.4', '"91,4%"'));
const brokenFile = file('broken.json', '{ "kind": "observations", ');
// The bytes FF C0 AF inside a label: not UTF-8, which a decoder would silently turn into "���".
const [head, tail] = JSON.stringify(valid).split('Article');
const corruptBytes = Buffer.concat([Buffer.from(`${head}Art`), Buffer.from([0xff, 0xc0, 0xaf]), Buffer.from(`icle${tail}`)]);
const corruptFile = join(dir, 'corrupt.json');
writeFileSync(corruptFile, corruptBytes);

function hnCds(args: string[], options: { input?: string; lang?: string } = {}) {
  const env = { ...process.env, LANG: options.lang ?? 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  const result = spawnSync(process.execPath, [bin, ...args], { input: options.input ?? '', env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the hn-cds command', () => {
  it('starts with a node shebang, so npm can link it as a command', () => {
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('exits 0 and says so when every file is valid', () => {
    expect(hnCds(['validate', validFile])).toEqual({ code: 0, stdout: `✔ ${validFile}: valid (observations)\n`, stderr: '' });
  });

  it('exits 1 and lists the issues with their paths when a file is invalid', () => {
    const { code, stdout } = hnCds(['validate', validFile, percentFile]);
    expect(code).toBe(1);
    expect(stdout).toContain(`✘ ${percentFile}: 1 issue\n  updates[0].observations[0].value: expected a number, received the string "91,4%".`);
  });

  it('exits 0 with a note when --lenient reads the number', () => {
    const { code, stdout } = hnCds(['validate', '--lenient', percentFile]);
    expect(code).toBe(0);
    expect(stdout).toContain('note: updates[0].observations[0].value: read the string "91,4%" as the number 91.4.');
  });

  it('exits 2 and names the file that is not JSON or cannot be read', () => {
    const missing = join(dir, 'missing.json');
    const { code, stderr } = hnCds(['validate', brokenFile, missing]);
    expect(code).toBe(2);
    expect(stderr).toContain(`hn-cds: ${brokenFile} is not JSON:`);
    expect(stderr).toContain(`hn-cds: cannot read ${missing}:`);
  });

  it('exits 1 on bytes that are not UTF-8, with the offset of the first bad byte, from a file or standard input', () => {
    const offset = corruptBytes.indexOf(0xff);
    const { code, stdout } = hnCds(['validate', corruptFile]);
    expect(code).toBe(1);
    expect(stdout).toBe(`✘ ${corruptFile}: 1 issue\n  (root): expected text in UTF-8, received the byte 0xFF at byte offset ${offset} (line 1), which is not UTF-8. Save the file as UTF-8.\n`);
    const piped = spawnSync(process.execPath, [bin, 'validate', '--lang', 'vi', '-'], { input: corruptBytes, encoding: 'utf8' });
    expect(piped.status).toBe(1);
    expect(piped.stdout).toContain(`nhận được byte 0xFF ở vị trí byte ${offset} (dòng 1), không phải UTF-8`);
  });

  it('checks observations against the bundled Hanoi dataset: an unknown indicator id exits 1 with the nearest id', () => {
    const fiber = file('fiber.json', JSON.stringify(valid).replace('society.fibre-households', 'society.fiber-households'));
    const { code, stdout } = hnCds(['validate', fiber]);
    expect(code).toBe(1);
    expect(stdout).toContain('updates[0].indicator: expected the id of one of the');
    expect(stdout).toContain('Did you mean "society.fibre-households"?');
    expect(hnCds(['validate', '--no-taxonomy', fiber]).code).toBe(0);
  });

  it('reads standard input for "-" and prints JSON for --json', () => {
    const { code, stdout } = hnCds(['validate', '--json', '-'], { input: JSON.stringify(valid) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ files: [{ file: '-', ok: true, kind: 'observations', notes: [] }] });
  });

  it('speaks Vietnamese unless the locale or --lang asks for English', () => {
    expect(hnCds(['validate', percentFile], { lang: 'vi_VN.UTF-8' }).stdout).toContain('cần một số, nhận được chuỗi "91,4%"');
    expect(hnCds(['validate', percentFile], { lang: '' }).stdout).toContain('1 lỗi');
    expect(hnCds(['validate', '--lang', 'en', percentFile], { lang: 'vi_VN.UTF-8' }).stdout).toContain('1 issue');
  });

  it('prints the version of the package and exits 2 on a usage error', () => {
    const version = (JSON.parse(readFileSync(new URL('../packages/core/package.json', import.meta.url), 'utf8')) as { version: string }).version;
    expect(hnCds(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(hnCds(['validate']).code).toBe(2);
  });
});
