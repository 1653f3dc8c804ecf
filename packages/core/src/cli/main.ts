import type { Lang } from '../format/format-number.js';
import { INPUT_LIMITS } from '../validate/limits.js';
import type { Taxonomy } from '../schema/payload.js';
import { formatIssue, payloadSizeIssue, validateBytes, type ValidateOptions, type ValidationIssue } from '../validate/validate.js';
import { renderCommand, type RenderIo } from './render.js';

export { nodeIo, nodeRenderIo } from './node-io.js';
export { renderCommand, RENDER_EXIT } from './render.js';
export type { NodeRenderer, RenderIo } from './render.js';

/**
 * What the command line touches, injectable for tests: output streams, file and stdin readers,
 * the environment (for `LANG` / `LC_ALL`) and the version to print.
 */
export interface CliIo {
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** Reads a file's bytes; rejects when it cannot. */
  readFile: (path: string) => Promise<Uint8Array>;
  /** The size of a file in bytes, checked against {@link INPUT_LIMITS}.payloadBytes before it is read. */
  fileSize?: (path: string) => Promise<number>;
  /** Reads standard input's bytes, stopping once it has more than `limit`. */
  readStdin: (limit: number) => Promise<Uint8Array>;
  /** Environment variables. */
  env: Readonly<Record<string, string | undefined>>;
  /** The version `--version` prints. */
  version?: string;
  /** What `hn-cds render` needs besides: binary output, writing files, loading the renderer. */
  renderIo?: () => RenderIo;
}

/** Issues printed per file in text mode; the rest are counted. */
const MAX_PRINTED = 20;

/** Exit codes: every file valid, some file invalid, or a usage error / unreadable file / not JSON. */
export const EXIT = { valid: 0, invalid: 1, error: 2 } as const;

type Options = {
  lang?: Lang;
  json: boolean;
  lenient: boolean;
  help: boolean;
  version: boolean;
  files: string[];
  command?: string;
  /** A taxonomy file, `false` for none, or `undefined` for the bundled Hanoi dataset. */
  taxonomy?: string | false;
};

/** One file's outcome, as `--json` prints it. */
type FileResult =
  | { file: string; ok: true; kind: string; notes: ValidationIssue[] }
  | { file: string; ok: false; issues: ValidationIssue[] }
  | { file: string; ok: false; error: { code: 'unreadable' | 'not_json'; message: string } };

const TEXT = {
  en: {
    help: `Usage: hn-cds validate [options] <file…|->

Checks hn-cds payloads (JSON files; "-" reads standard input) against the schema.

Options:
  --lang vi|en   language of the messages (default: from LC_ALL / LANG, else Vietnamese)
  --json         print one machine-readable JSON result
  --lenient      read "93,15", "93,15%" and " 93.15 " as numbers where numbers are expected
  --taxonomy FILE  check observation payloads against this taxonomy (default: the bundled Hanoi dataset)
  --no-taxonomy  check observation payloads against no taxonomy
  -h, --help     show this help
  -v, --version  show the version

Exit status: 0 every file valid, 1 some file invalid (too large or not UTF-8 included), 2 usage error or unreadable / non-JSON file.

hn-cds render <indicator-id> [options] draws one indicator's gauge as SVG, PNG, a social card or
server-rendered HTML (with @hn-cds/elements installed); see hn-cds render --help.
`,
    stdin: '(standard input)',
    valid: (file: string, kind: string) => `✔ ${file}: valid (${kind})`,
    invalid: (file: string, n: number) => `✘ ${file}: ${n} issue${n === 1 ? '' : 's'}`,
    note: 'note',
    more: (n: number) => `… and ${n} more issue${n === 1 ? '' : 's'} (--json lists them)`,
    unreadable: (file: string, why: string) => `cannot read ${file}: ${why}`,
    notJson: (file: string, why: string) => `${file} is not JSON: ${why}`,
    unknownOption: (option: string) => `unknown option ${option}`,
    noTaxonomyFile: '--taxonomy takes a file name',
    badTaxonomy: (file: string, why: string) => `${file} is not a taxonomy: ${why}`,
    notTaxonomyKind: (kind: string) => `expected a payload of kind "taxonomy", received one of kind "${kind}"`,
    badLang: (value: string) => `--lang takes "vi" or "en", received ${JSON.stringify(value)}`,
    unknownCommand: (command: string) => `unknown command ${JSON.stringify(command)}; the commands are "validate" and "render"`,
    noCommand: 'missing command: hn-cds validate <file…|->',
    noFiles: 'no file given: name one or more files, or "-" for standard input',
    seeHelp: 'See hn-cds --help.',
  },
  vi: {
    help: `Cách dùng: hn-cds validate [tùy chọn] <tệp…|->

Kiểm tra dữ liệu hn-cds (tệp JSON; "-" đọc từ đầu vào chuẩn) theo lược đồ.

Tùy chọn:
  --lang vi|en   ngôn ngữ của thông báo (mặc định: theo LC_ALL / LANG, nếu không thì tiếng Việt)
  --json         in một kết quả JSON cho máy đọc
  --lenient      đọc "93,15", "93,15%" và " 93.15 " thành số ở những chỗ cần số
  --taxonomy TỆP   kiểm tra dữ liệu quan sát theo bộ chỉ tiêu này (mặc định: bộ dữ liệu Hà Nội đi kèm)
  --no-taxonomy  không kiểm tra dữ liệu quan sát theo bộ chỉ tiêu nào
  -h, --help     hiện hướng dẫn này
  -v, --version  hiện phiên bản

Mã thoát: 0 mọi tệp hợp lệ, 1 có tệp không hợp lệ (kể cả quá lớn hoặc không phải UTF-8), 2 sai cách dùng hoặc tệp không đọc được / không phải JSON.

hn-cds render <mã-chỉ-số> [tùy chọn] vẽ thước đo của một chỉ số thành SVG, PNG, thẻ chia sẻ hoặc HTML
dựng sẵn (khi đã cài @hn-cds/elements); xem hn-cds render --help.
`,
    stdin: '(đầu vào chuẩn)',
    valid: (file: string, kind: string) => `✔ ${file}: hợp lệ (${kind})`,
    invalid: (file: string, n: number) => `✘ ${file}: ${n} lỗi`,
    note: 'ghi chú',
    more: (n: number) => `… và ${n} lỗi khác (--json liệt kê đầy đủ)`,
    unreadable: (file: string, why: string) => `không đọc được ${file}: ${why}`,
    notJson: (file: string, why: string) => `${file} không phải JSON: ${why}`,
    unknownOption: (option: string) => `không có tùy chọn ${option}`,
    noTaxonomyFile: '--taxonomy cần một tên tệp',
    badTaxonomy: (file: string, why: string) => `${file} không phải bộ chỉ tiêu: ${why}`,
    notTaxonomyKind: (kind: string) => `cần dữ liệu loại "taxonomy", nhận được loại "${kind}"`,
    badLang: (value: string) => `--lang nhận "vi" hoặc "en", nhận được ${JSON.stringify(value)}`,
    unknownCommand: (command: string) => `không có lệnh ${JSON.stringify(command)}; các lệnh là "validate" và "render"`,
    noCommand: 'thiếu lệnh: hn-cds validate <tệp…|->',
    noFiles: 'chưa có tệp nào: hãy nêu một hoặc nhiều tệp, hoặc "-" để đọc đầu vào chuẩn',
    seeHelp: 'Xem hn-cds --help.',
  },
} as const;

/** The language of the environment: English when `LC_ALL`, `LC_MESSAGES` or `LANG` starts with "en". */
function envLang(env: CliIo['env']): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'vi';
}

function parseArgs(argv: readonly string[]): Options | { error: (lang: Lang) => string; lang?: Lang } {
  const options: Options = { json: false, lenient: false, help: false, version: false, files: [] };
  const positional: string[] = [];
  let error: ((lang: Lang) => string) | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] ?? '' : arg.slice('--lang='.length);
      if (value === 'vi' || value === 'en') options.lang = value;
      else error ??= (lang) => TEXT[lang].badLang(value);
    } else if (arg === '--taxonomy' || arg.startsWith('--taxonomy=')) {
      const value = arg === '--taxonomy' ? argv[++i] : arg.slice('--taxonomy='.length);
      if (value) options.taxonomy = value;
      else error ??= (lang) => TEXT[lang].noTaxonomyFile;
    } else if (arg === '--no-taxonomy') options.taxonomy = false;
    else if (arg === '--json') options.json = true;
    else if (arg === '--lenient') options.lenient = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--version' || arg === '-v') options.version = true;
    else if (arg.startsWith('-') && arg !== '-') error ??= (lang) => TEXT[lang].unknownOption(arg);
    else positional.push(arg);
  }
  if (error) return options.lang ? { error, lang: options.lang } : { error };
  [options.command] = positional;
  options.files = positional.slice(1);
  return options;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs `hn-cds` with its arguments and returns the exit code: `0` when every file is valid, `1`
 * when some file is invalid, `2` on a usage error or a file that cannot be read or is not JSON.
 * Messages follow `--lang`, else `LC_ALL` / `LANG` (English when it starts with "en"), else
 * Vietnamese. Every file is checked even after one fails.
 *
 * @example
 * ```ts
 * const code = await main(['validate', '--lang', 'en', 'payload.json'], nodeIo());
 * // ✘ payload.json: 1 issue
 * //   indicators[3].targets[0].value: expected a number, received the string "93,15". …
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'render') {
    const rest = argv.slice(1);
    const asked = rest.findIndex((arg) => arg === '--lang');
    const value = asked >= 0 ? rest[asked + 1] : rest.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
    const lang: Lang = value === 'vi' || value === 'en' ? value : envLang(io.env);
    if (!io.renderIo) {
      io.stderr(`hn-cds: ${TEXT[lang].unknownCommand('render')}\n`);
      return EXIT.error;
    }
    return renderCommand(rest, io.renderIo(), lang);
  }
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    const lang = parsed.lang ?? envLang(io.env);
    io.stderr(`hn-cds: ${parsed.error(lang)}\n${TEXT[lang].seeHelp}\n`);
    return EXIT.error;
  }
  const lang = parsed.lang ?? envLang(io.env);
  const text = TEXT[lang];
  if (parsed.help) {
    io.stdout(text.help);
    return EXIT.valid;
  }
  if (parsed.version) {
    io.stdout(`${io.version ?? 'unknown'}\n`);
    return EXIT.valid;
  }
  const usage = (message: string) => {
    io.stderr(`hn-cds: ${message}\n${text.seeHelp}\n`);
    return EXIT.error;
  };
  if (parsed.command === undefined) return usage(text.noCommand);
  if (parsed.command !== 'validate') return usage(text.unknownCommand(parsed.command));
  if (parsed.files.length === 0) return usage(text.noFiles);

  let taxonomy: Taxonomy | undefined;
  // Loaded when used, like any other taxonomy, so that no module but the dataset's own entry imports it statically.
  if (parsed.taxonomy === undefined) taxonomy = (await import('../data/hanoi.js')).hanoi;
  else if (typeof parsed.taxonomy === 'string') {
    const loaded = await loadTaxonomy(parsed.taxonomy, io, lang);
    if (typeof loaded === 'string') {
      io.stderr(`hn-cds: ${loaded}\n`);
      return EXIT.error;
    }
    taxonomy = loaded;
  }

  const results: FileResult[] = [];
  for (const file of parsed.files) results.push(await check(file, { lenient: parsed.lenient, taxonomy }, io, lang));

  if (parsed.json) io.stdout(`${JSON.stringify({ files: results }, null, 2)}\n`);
  else for (const result of results) report(result, io, lang);

  if (results.some((result) => 'error' in result)) return EXIT.error;
  return results.every((result) => result.ok) ? EXIT.valid : EXIT.invalid;
}

/** Reads and validates the taxonomy of `--taxonomy`, or says why it cannot be used. */
async function loadTaxonomy(file: string, io: CliIo, lang: Lang): Promise<Taxonomy | string> {
  const text = TEXT[lang];
  let bytes: Uint8Array;
  try {
    const tooBig = io.fileSize ? payloadSizeIssue(await io.fileSize(file)) : undefined;
    if (tooBig) return text.badTaxonomy(file, tooBig.message[lang]);
    bytes = await io.readFile(file);
  } catch (error) {
    return text.unreadable(file, reason(error));
  }
  const result = validateBytes(bytes);
  if (!result.ok) return text.badTaxonomy(file, formatIssue(result.issues[0]!, lang));
  if (result.value.kind !== 'taxonomy') return text.badTaxonomy(file, text.notTaxonomyKind(result.value.kind));
  return result.value;
}

async function check(file: string, options: ValidateOptions, io: CliIo, lang: Lang): Promise<FileResult> {
  const text = TEXT[lang];
  const name = file === '-' ? text.stdin : file;
  let bytes: Uint8Array;
  try {
    // The size is checked before reading, so a huge file costs neither time nor memory.
    const tooBig = file === '-' || !io.fileSize ? undefined : payloadSizeIssue(await io.fileSize(file));
    if (tooBig) return { file, ok: false, issues: [tooBig] };
    bytes = file === '-' ? await io.readStdin(INPUT_LIMITS.payloadBytes + 1) : await io.readFile(file);
  } catch (error) {
    return { file, ok: false, error: { code: 'unreadable', message: text.unreadable(name, reason(error)) } };
  }
  const partial = payloadSizeIssue(bytes.length, { partial: file === '-' });
  if (partial) return { file, ok: false, issues: [partial] };
  // Bytes, not text: invalid UTF-8 is an issue with its offset, never a silent "�"; a byte-order mark is ignored.
  const result = validateBytes(bytes, options);
  const [first] = result.ok ? [] : result.issues;
  if (first?.code === 'json_syntax') return { file, ok: false, error: { code: 'not_json', message: text.notJson(name, first.message[lang]) } };
  return result.ok ? { file, ok: true, kind: result.value.kind, notes: result.notes } : { file, ok: false, issues: result.issues };
}

function report(result: FileResult, io: CliIo, lang: Lang) {
  const text = TEXT[lang];
  const name = result.file === '-' ? text.stdin : result.file;
  if ('error' in result) {
    io.stderr(`hn-cds: ${result.error.message}\n`);
  } else if (result.ok) {
    io.stdout(`${text.valid(name, result.kind)}\n`);
    for (const note of result.notes) io.stdout(`  ${text.note}: ${formatIssue(note, lang)}\n`);
  } else {
    const { issues } = result;
    io.stdout(`${text.invalid(name, issues.length)}\n`);
    // A terminal gets the first issues and a count; --json lists every issue validate() returns.
    for (const issue of issues.slice(0, MAX_PRINTED)) io.stdout(`  ${formatIssue(issue, lang)}\n`);
    if (issues.length > MAX_PRINTED) io.stdout(`  ${text.more(issues.length - MAX_PRINTED)}\n`);
  }
}
