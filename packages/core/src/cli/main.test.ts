import { describe, expect, it } from 'vitest';
import { validPayload } from '../validate/__fixtures__/payload.js';
import { EXIT, main, type CliIo } from './main.js';

const VALID = validPayload();
const withValue = (value: unknown) => JSON.stringify({ ...VALID, indicators: [{ ...VALID.indicators[0], targets: [{ ...VALID.indicators[0]!.targets[0], value }] }] });

const FILES: Record<string, string> = {
  'valid.json': JSON.stringify(VALID),
  'comma.json': withValue('93,15'),
  'broken.json': '{"kind": ',
  'bom.json': `\uFEFF${JSON.stringify(VALID)}`,
};

/** Sizes the fake file system reports, for files too large to hold in a test. */
const SIZES: Record<string, number> = { 'huge.json': 16 * 1024 * 1024 + 1 };
const read: string[] = [];

/** A fake terminal: captured output, the files above, and the given stdin and environment. */
function run(argv: string[], { env = {}, stdin = '' }: { env?: Record<string, string>; stdin?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    fileSize: async (path) => SIZES[path] ?? FILES[path]?.length ?? 0,
    readFile: async (path) => {
      read.push(path);
      const content = FILES[path];
      if (content === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return content;
    },
    readStdin: async () => stdin,
    env,
    version: '1.2.3',
  };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

describe('hn-cds validate', () => {
  it.each<[string, string[], number]>([
    ['every file is valid', ['validate', 'valid.json', 'bom.json'], EXIT.valid],
    ['a file is invalid', ['validate', 'valid.json', 'comma.json'], EXIT.invalid],
    ['a file is invalid but reads leniently', ['validate', '--lenient', 'comma.json'], EXIT.valid],
    ['a file is missing', ['validate', 'valid.json', 'missing.json'], EXIT.error],
    ['a file is not JSON, even when another is invalid', ['validate', 'comma.json', 'broken.json'], EXIT.error],
    ['no file is named', ['validate'], EXIT.error],
    ['no command is given', [], EXIT.error],
    ['the command is unknown', ['check', 'valid.json'], EXIT.error],
    ['an option is unknown', ['validate', '--strict', 'valid.json'], EXIT.error],
    ['--lang has another language', ['validate', '--lang', 'fr', 'valid.json'], EXIT.error],
    ['help is asked for', ['--help'], EXIT.valid],
    ['the version is asked for', ['--version'], EXIT.valid],
  ])('exits with %s → %i', async (_name, argv, code) => {
    expect((await run(argv)).code).toBe(code);
  });

  it('lists each issue with its path, in Vietnamese by default', async () => {
    const { stdout } = await run(['validate', 'comma.json']);
    expect(stdout).toMatchInlineSnapshot(`
      "✘ comma.json: 1 lỗi
        indicators[0].targets[0].value: cần một số, nhận được chuỗi "93,15". Hãy viết thành số JSON, dùng dấu chấm thập phân, không có dấu %: 93.15.
      "
    `);
  });

  it('speaks English with --lang en, or when LANG or LC_ALL starts with "en"', async () => {
    const english = '✘ comma.json: 1 issue\n  indicators[0].targets[0].value: expected a number, received the string "93,15".';
    expect((await run(['validate', '--lang', 'en', 'comma.json'])).stdout).toContain(english);
    expect((await run(['validate', '--lang=en', 'comma.json'])).stdout).toContain(english);
    expect((await run(['validate', 'comma.json'], { env: { LANG: 'en_GB.UTF-8' } })).stdout).toContain(english);
    expect((await run(['validate', 'comma.json'], { env: { LC_ALL: 'en_US.UTF-8', LANG: 'vi_VN.UTF-8' } })).stdout).toContain(english);
    expect((await run(['validate', 'comma.json'], { env: { LC_ALL: 'vi_VN.UTF-8', LANG: 'en_US.UTF-8' } })).stdout).toContain('1 lỗi');
    expect((await run(['validate', '--lang', 'vi', 'comma.json'], { env: { LANG: 'en_US' } })).stdout).toContain('1 lỗi');
  });

  it('says which file cannot be read or is not JSON, and why, on stderr', async () => {
    const { stderr, stdout } = await run(['validate', '--lang', 'en', 'missing.json', 'broken.json', 'valid.json']);
    expect(stderr).toContain("hn-cds: cannot read missing.json: ENOENT: no such file or directory, open 'missing.json'");
    expect(stderr).toMatch(/^hn-cds: broken\.json is not JSON: .+$/m);
    expect(stdout).toBe('✔ valid.json: valid (indicators)\n');
  });

  it('refuses a file larger than INPUT_LIMITS.payloadBytes before reading it, exit 1', async () => {
    read.length = 0;
    const { code, stdout } = await run(['validate', '--lang', 'en', 'huge.json']);
    expect(code).toBe(EXIT.invalid);
    expect(read).toEqual([]);
    expect(stdout).toBe('✘ huge.json: 1 issue\n  (root): expected a payload of at most 16777216 bytes (16 MiB), received 16777217 bytes. It was not read.\n');
    expect((await run(['validate', 'huge.json'])).stdout).toContain('cần dữ liệu tối đa 16777216 byte (16 MiB), nhận được 16777217 byte.');
  });

  it('notes each number it read with --lenient', async () => {
    const { stdout } = await run(['validate', '--lenient', '--lang', 'en', 'comma.json']);
    expect(stdout).toBe(
      '✔ comma.json: valid (indicators)\n  note: indicators[0].targets[0].value: read the string "93,15" as the number 93.15.\n',
    );
  });

  it('reads standard input for "-"', async () => {
    const valid = await run(['validate', '--lang', 'en', '-'], { stdin: JSON.stringify(VALID) });
    expect(valid).toEqual({ code: EXIT.valid, stdout: '✔ (standard input): valid (indicators)\n', stderr: '' });
    const invalid = await run(['validate', '-'], { stdin: withValue('93,15') });
    expect(invalid.stdout).toContain('✘ (đầu vào chuẩn): 1 lỗi');
  });

  it('prints one JSON result with an entry per file for --json', async () => {
    const { code, stdout } = await run(['validate', '--json', 'valid.json', 'comma.json', 'broken.json']);
    expect(code).toBe(EXIT.error);
    const { files } = JSON.parse(stdout) as { files: Record<string, unknown>[] };
    expect(files).toEqual([
      { file: 'valid.json', ok: true, kind: 'indicators', notes: [] },
      {
        file: 'comma.json',
        ok: false,
        issues: [
          expect.objectContaining({
            path: ['indicators', 0, 'targets', 0, 'value'],
            pointer: '/indicators/0/targets/0/value',
            code: 'number_as_string',
            message: { vi: expect.stringContaining('cần một số'), en: expect.stringContaining('expected a number') },
          }),
        ],
      },
      { file: 'broken.json', ok: false, error: { code: 'not_json', message: expect.stringContaining('broken.json') } },
    ]);
  });

  it('prints usage errors on stderr, in the chosen language, with a pointer to --help', async () => {
    expect(await run(['validate', '--strict', 'valid.json'], { env: { LANG: 'en_GB.UTF-8' } })).toEqual({
      code: EXIT.error,
      stdout: '',
      stderr: 'hn-cds: unknown option --strict\nSee hn-cds --help.\n',
    });
    expect((await run(['validate'])).stderr).toBe(
      'hn-cds: chưa có tệp nào: hãy nêu một hoặc nhiều tệp, hoặc "-" để đọc đầu vào chuẩn\nXem hn-cds --help.\n',
    );
  });

  it('prints help in the chosen language and the version', async () => {
    expect((await run(['--help', '--lang', 'en'])).stdout).toMatch(/^Usage: hn-cds validate \[options\] <file…\|->/);
    expect((await run(['-h'])).stdout).toMatch(/^Cách dùng: hn-cds validate/);
    expect(await run(['--version'])).toEqual({ code: EXIT.valid, stdout: '1.2.3\n', stderr: '' });
  });

  it('takes arguments after -- as file names, even when they start with a dash', async () => {
    const { stderr } = await run(['validate', '--lang', 'en', '--', '--weird.json']);
    expect(stderr).toContain('cannot read --weird.json');
  });
});
