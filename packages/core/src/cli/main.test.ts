import { describe, expect, it } from 'vitest';
import { validPayload } from '../validate/__fixtures__/payload.js';
import { EXIT, main, type CliIo } from './main.js';

const VALID = validPayload();
const withValue = (value: unknown) => JSON.stringify({ ...VALID, indicators: [{ ...VALID.indicators[0], targets: [{ ...VALID.indicators[0]!.targets[0], value }] }] });

const encode = (text: string) => new TextEncoder().encode(text);
/** The valid payload with the bytes FF C0 AF (not UTF-8) inside its first label. */
function corrupted(): Uint8Array {
  const [before, after] = JSON.stringify(VALID).split('Cáp quang');
  return new Uint8Array([...encode(`${before}Cáp quang`), 0xff, 0xc0, 0xaf, ...encode(after!)]);
}
const manyIssues = JSON.stringify({ ...VALID, indicators: new Array(60).fill(0) });
const longKey = JSON.stringify({ ...VALID, ['k'.repeat(5_000)]: 1 });

const observations = (indicator: string) =>
  JSON.stringify({
    kind: 'observations',
    schemaVersion: 1,
    sources: [VALID.sources[1]],
    updates: [{ indicator, observations: [{ kind: 'value', date: '2025-01-01', source: 'r1', value: 92, qualifier: 'exact' }] }],
  });
const TAXONOMY = {
  kind: 'taxonomy',
  schemaVersion: 1,
  programme: { id: 'p', name: { vi: 'CT', en: 'P' }, place: { vi: 'HN', en: 'HN' }, pillars: [{ id: 'society', kind: 'pillar', label: { vi: 'XH', en: 'S' } }] },
  sources: VALID.sources,
  indicators: VALID.indicators,
};

const FILES: Record<string, string | Uint8Array> = {
  'known.json': observations('society.fibre-households'),
  'fiber.json': observations('society.fiber-households'),
  'own.json': observations('society.fibre'),
  'taxonomy.json': JSON.stringify(TAXONOMY),
  'valid.json': JSON.stringify(VALID),
  'comma.json': withValue('93,15'),
  'broken.json': '{"kind": ',
  'trailing.json': '{\n  "kind": "indicators",\n}',
  'bom.json': `\uFEFF${JSON.stringify(VALID)}`,
  'corrupted.json': corrupted(),
  'many.json': manyIssues,
  'long-key.json': longKey,
};

/** Sizes the fake file system reports, for files too large to hold in a test. */
const SIZES: Record<string, number> = { 'huge.json': 16 * 1024 * 1024 + 1 };
const read: string[] = [];

/** A fake terminal: captured output, the files above, and the given stdin and environment. */
function run(argv: string[], { env = {}, stdin = '' }: { env?: Record<string, string>; stdin?: string | Uint8Array } = {}) {
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
      return typeof content === 'string' ? encode(content) : content;
    },
    readStdin: async () => (typeof stdin === 'string' ? encode(stdin) : stdin),
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

  it('refuses bytes that are not UTF-8 with the offset of the first bad byte, exit 1, in both languages', async () => {
    const offset = corrupted().indexOf(0xff);
    const en = await run(['validate', '--lang', 'en', 'corrupted.json']);
    expect(en.code).toBe(EXIT.invalid);
    expect(en.stdout).toBe(
      `✘ corrupted.json: 1 issue\n  (root): expected text in UTF-8, received the byte 0xFF at byte offset ${offset} (line 1), which is not UTF-8. Save the file as UTF-8.\n`,
    );
    const vi = await run(['validate', 'corrupted.json']);
    expect(vi.stdout).toContain(`(gốc): cần văn bản mã hóa UTF-8, nhận được byte 0xFF ở vị trí byte ${offset} (dòng 1), không phải UTF-8. Hãy lưu tệp với mã hóa UTF-8.`);
    expect((await run(['validate', '--lang', 'en', '-'], { stdin: corrupted() })).code).toBe(EXIT.invalid);
  });

  it.each<[string, number[], number]>([
    ['a lone continuation byte', [0x80], 0],
    ['an overlong "/"', [0xc0, 0xaf], 0],
    ['a truncated sequence', [0xe1, 0x80], 0],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('reports %s after valid multi-byte text at its offset', async (_name, bad, at) => {
    const prefix = encode('["Hà Nội ');
    const bytes = new Uint8Array([...prefix, ...bad, ...encode('"]')]);
    const { stdout } = await run(['validate', '--lang', 'en', '-'], { stdin: bytes });
    expect(stdout).toContain(`at byte offset ${prefix.length + at} (line 1)`);
  });

  it('ignores a UTF-8 byte-order mark, given as bytes', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(JSON.stringify(VALID))]);
    expect((await run(['validate', '--lang', 'en', '-'], { stdin: bytes })).code).toBe(EXIT.valid);
  });

  it('says where a file stops being JSON and what was expected, in the chosen language', async () => {
    expect((await run(['validate', '--lang', 'en', 'trailing.json'])).stderr).toBe(
      'hn-cds: trailing.json is not JSON: expected a property name in double quotes, received the character "}" at line 3, column 1. Remove the comma before it: JSON allows no trailing comma.\n',
    );
    expect((await run(['validate', 'trailing.json'])).stderr).toBe(
      'hn-cds: trailing.json không phải JSON: cần một tên thuộc tính trong dấu ngoặc kép, nhận được ký tự "}" ở dòng 3, cột 1. Hãy bỏ dấu phẩy trước nó: JSON không cho phép dấu phẩy thừa ở cuối.\n',
    );
    expect((await run(['validate', '--lang', 'en', 'broken.json'])).stderr).toContain(
      'broken.json is not JSON: expected a JSON value (object, array, string, number, true, false or null), received the end of the text at line 1, column 10.',
    );
  });

  it('keeps its output short however many issues or however long the keys', async () => {
    const many = await run(['validate', '--lang', 'en', 'many.json']);
    const lines = many.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[0]).toBe('✘ many.json: 60 issues');
    expect(lines.at(-1)).toBe('  … and 40 more issues (--json lists them)');
    expect((await run(['validate', 'many.json'])).stdout).toContain('  … và 40 lỗi khác (--json liệt kê đầy đủ)');
    const long = await run(['validate', '--lang', 'en', 'long-key.json']);
    expect(long.stdout.length).toBeLessThan(400);
    expect(long.stdout).toContain(`["${'k'.repeat(40)}"…]: expected no property "${'k'.repeat(40)}"…`);
  });

  it('checks observation payloads against the bundled Hanoi dataset by default, suggesting the nearest id', async () => {
    expect((await run(['validate', 'known.json'])).code).toBe(EXIT.valid);
    const en = await run(['validate', '--lang', 'en', 'fiber.json']);
    expect(en.code).toBe(EXIT.invalid);
    expect(en.stdout).toContain('updates[0].indicator: expected the id of one of the');
    expect(en.stdout).toContain('received the string "society.fiber-households". Did you mean "society.fibre-households"?');
    expect((await run(['validate', 'fiber.json'])).stdout).toContain('Có phải là "society.fibre-households"?');
    expect((await run(['validate', '--no-taxonomy', 'fiber.json'])).code).toBe(EXIT.valid);
  });

  it('checks observation payloads against another taxonomy with --taxonomy FILE', async () => {
    expect((await run(['validate', '--taxonomy', 'taxonomy.json', 'own.json'])).code).toBe(EXIT.valid);
    expect((await run(['validate', '--taxonomy=taxonomy.json', 'known.json'])).code).toBe(EXIT.invalid);
    expect(await run(['validate', '--lang', 'en', '--taxonomy', 'valid.json', 'own.json'])).toEqual({
      code: EXIT.error,
      stdout: '',
      stderr: 'hn-cds: valid.json is not a taxonomy: expected a payload of kind "taxonomy", received one of kind "indicators"\n',
    });
    expect((await run(['validate', '--lang', 'en', '--taxonomy', 'broken.json', 'own.json'])).stderr).toContain('hn-cds: broken.json is not a taxonomy: (root): expected a JSON value');
    expect((await run(['validate', '--taxonomy', 'missing.json', 'own.json'])).code).toBe(EXIT.error);
    expect((await run(['validate', '--taxonomy'])).code).toBe(EXIT.error);
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
