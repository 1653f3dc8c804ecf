import type { Lang } from '../format/format-number.js';
import { formatIssue, payloadSizeIssue, validateBytes } from '../validate/validate.js';

/** Exit codes of `hn-cds render`: written, a bad request (unknown id, invalid data, bad option, no renderer), an unreadable or unwritable file. */
export const RENDER_EXIT = { ok: 0, invalid: 1, unreadable: 2 } as const;

/** What `hn-cds render` touches, injectable for tests. */
export interface RenderIo {
  /** Writes text to standard error. */
  stderr: (text: string) => void;
  /** Writes bytes or text to standard output. */
  stdout: (data: string | Uint8Array) => void;
  /** Reads a file's bytes; rejects when it cannot. */
  readFile: (path: string) => Promise<Uint8Array>;
  /** The size of a file in bytes, checked before it is read. */
  fileSize?: (path: string) => Promise<number>;
  /** Writes a file; rejects when it cannot. */
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Loads `@hn-cds/elements/node`, or resolves to `undefined` when it is not installed. */
  loadRenderer: () => Promise<NodeRenderer | undefined>;
  /** True when standard output is a terminal, which PNG bytes would garble. */
  stdoutIsTerminal?: boolean;
}

/** The part of `@hn-cds/elements/node` the command uses (core does not depend on elements: it is loaded at run time). */
export interface NodeRenderer {
  render(request: Record<string, unknown>): Promise<string | Uint8Array>;
}

const FORMATS = ['html', 'svg', 'png', 'card'] as const;
const LOOKS = ['bar', 'ring', 'gauge'] as const;
const THEMES = ['light', 'dark', 'auto'] as const;

const TEXT = {
  en: {
    help: `Usage: hn-cds render <indicator-id> [options]

Draws one indicator's gauge, as <cds-progress> shows it, without a browser: a standalone SVG, a PNG,
a 1200×630 social card (PNG), or the server-rendered tag (html). Needs @hn-cds/elements (and
@resvg/resvg-js for png and card) installed beside @hn-cds/core.

Options:
  --look bar|ring|gauge     the look (default: bar)
  --lang vi|en              the language of the gauge's words (default: vi)
  --as-of YYYY-MM-DD        the day the verdicts are for (default: today, UTC); pin it for anything archived
  --theme light|dark        colours; auto (the reader's scheme) only with --format html (default: light)
  --format html|svg|png|card  what to write (default: svg)
  --width PX                width of the SVG or PNG in CSS pixels, 240 to 4096 (default: 480)
  --scale N                 pixel ratio of a PNG or card, above 0 up to 4 (default: 1)
  --data FILE               a taxonomy payload (JSON) to read instead of the bundled Hanoi dataset
  -o, --output FILE         write to FILE instead of standard output
  -h, --help                show this help

Exit status: 0 written, 1 unknown indicator, invalid data, bad option or no renderer installed, 2 unreadable or unwritable file.

Example: hn-cds render society.fibre-households --format png --width 600 --scale 2 --as-of 2024-10-24 -o fibre.png
`,
    unknownOption: (option: string) => `unknown option ${option}`,
    needsValue: (option: string, expected: string) => `${option} needs a value: ${expected}`,
    badChoice: (option: string, value: string, choices: readonly string[]) => `${option} takes ${choices.join(', ')}; received ${JSON.stringify(value)}`,
    badNumber: (option: string, value: string) => `${option} takes a number; received ${JSON.stringify(value)}`,
    noIndicator: 'no indicator given: hn-cds render <indicator-id>, e.g. society.fibre-households',
    tooMany: (extra: string) => `one indicator at a time; received also ${JSON.stringify(extra)}`,
    pngToTerminal: 'PNG bytes are not for a terminal: add -o FILE or pipe the output',
    noRenderer:
      'rendering needs the @hn-cds/elements package, which is not installed here: run "npm install @hn-cds/elements" (and @resvg/resvg-js for png and card), or "npx -p @hn-cds/core -p @hn-cds/elements hn-cds render …"',
    unreadable: (file: string, why: string) => `cannot read ${file}: ${why}`,
    unwritable: (file: string, why: string) => `cannot write ${file}: ${why}`,
    notJson: (file: string, why: string) => `${file} is not JSON: ${why}`,
    invalidData: (file: string, why: string) => `${file} is not a valid taxonomy: ${why}`,
    notTaxonomy: (file: string, kind: string) => `${file} must be a payload of kind "taxonomy", received one of kind "${kind}"`,
    failed: (why: string) => `rendering failed: ${why}`,
    seeHelp: 'See hn-cds render --help.',
  },
  vi: {
    help: `Cách dùng: hn-cds render <mã-chỉ-số> [tùy chọn]

Vẽ thước đo của một chỉ số, như <cds-progress> hiển thị, không cần trình duyệt: ảnh SVG độc lập, ảnh PNG,
thẻ chia sẻ mạng xã hội 1200×630 (PNG), hoặc thẻ dựng sẵn trên máy chủ (html). Cần cài @hn-cds/elements
(và @resvg/resvg-js cho png và card) cùng chỗ với @hn-cds/core.

Tùy chọn:
  --look bar|ring|gauge     kiểu thước đo (mặc định: bar)
  --lang vi|en              ngôn ngữ của thước đo (mặc định: vi)
  --as-of YYYY-MM-DD        ngày đánh giá (mặc định: hôm nay, giờ UTC); hãy cố định ngày cho bài lưu trữ
  --theme light|dark        màu sáng hoặc tối; auto (theo máy người đọc) chỉ dùng với --format html (mặc định: light)
  --format html|svg|png|card  loại đầu ra (mặc định: svg)
  --width PX                chiều rộng SVG hoặc PNG theo điểm ảnh CSS, từ 240 đến 4096 (mặc định: 480)
  --scale N                 tỷ lệ điểm ảnh của PNG hoặc thẻ, lớn hơn 0 đến 4 (mặc định: 1)
  --data TỆP                bộ chỉ tiêu (JSON) dùng thay cho bộ dữ liệu Hà Nội đi kèm
  -o, --output TỆP          ghi vào TỆP thay vì đầu ra chuẩn
  -h, --help                hiện hướng dẫn này

Mã thoát: 0 đã ghi, 1 không có chỉ số, dữ liệu không hợp lệ, sai tùy chọn hoặc chưa cài bộ vẽ, 2 tệp không đọc hoặc không ghi được.

Ví dụ: hn-cds render society.fibre-households --format png --width 600 --scale 2 --as-of 2024-10-24 -o fibre.png
`,
    unknownOption: (option: string) => `không có tùy chọn ${option}`,
    needsValue: (option: string, expected: string) => `${option} cần một giá trị: ${expected}`,
    badChoice: (option: string, value: string, choices: readonly string[]) => `${option} nhận ${choices.join(', ')}; nhận được ${JSON.stringify(value)}`,
    badNumber: (option: string, value: string) => `${option} cần một số; nhận được ${JSON.stringify(value)}`,
    noIndicator: 'chưa nêu chỉ số: hn-cds render <mã-chỉ-số>, ví dụ society.fibre-households',
    tooMany: (extra: string) => `mỗi lần một chỉ số; nhận thêm ${JSON.stringify(extra)}`,
    pngToTerminal: 'không in byte PNG ra màn hình: hãy thêm -o TỆP hoặc chuyển đầu ra sang lệnh khác',
    noRenderer:
      'cần gói @hn-cds/elements để vẽ, nhưng gói chưa được cài ở đây: chạy "npm install @hn-cds/elements" (và @resvg/resvg-js cho png và card), hoặc "npx -p @hn-cds/core -p @hn-cds/elements hn-cds render …"',
    unreadable: (file: string, why: string) => `không đọc được ${file}: ${why}`,
    unwritable: (file: string, why: string) => `không ghi được ${file}: ${why}`,
    notJson: (file: string, why: string) => `${file} không phải JSON: ${why}`,
    invalidData: (file: string, why: string) => `${file} không phải bộ chỉ tiêu hợp lệ: ${why}`,
    notTaxonomy: (file: string, kind: string) => `${file} cần là dữ liệu loại "taxonomy", nhận được loại "${kind}"`,
    failed: (why: string) => `không vẽ được: ${why}`,
    seeHelp: 'Xem hn-cds render --help.',
  },
} as const;

/** A message in both languages, Vietnamese first: the command's errors are read by people of either. */
type Say = (text: (typeof TEXT)[Lang]) => string;

interface Parsed {
  indicator?: string;
  request: Record<string, string | number>;
  data?: string;
  output?: string;
  help: boolean;
}

const VALUE_OPTIONS: Record<string, { key: string; expected: string }> = {
  '--look': { key: 'look', expected: LOOKS.join('|') },
  '--lang': { key: 'lang', expected: 'vi|en' },
  '--as-of': { key: 'asOf', expected: 'YYYY-MM-DD' },
  '--theme': { key: 'theme', expected: THEMES.join('|') },
  '--format': { key: 'format', expected: FORMATS.join('|') },
  '--width': { key: 'width', expected: 'PX' },
  '--scale': { key: 'scale', expected: 'N' },
  '--data': { key: 'data', expected: 'FILE' },
  '--output': { key: 'output', expected: 'FILE' },
  '-o': { key: 'output', expected: 'FILE' },
};

const CHOICES: Record<string, readonly string[]> = { look: LOOKS, lang: ['vi', 'en'], theme: THEMES, format: FORMATS };

function parse(argv: readonly string[]): Parsed | { error: Say } {
  const parsed: Parsed = { request: {}, help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      parsed.help = true;
      continue;
    }
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const option = VALUE_OPTIONS[name];
    if (option) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return { error: (t) => t.needsValue(name, option.expected) };
      if (option.key === 'data') parsed.data = value;
      else if (option.key === 'output') parsed.output = value;
      else if (option.key === 'width' || option.key === 'scale') {
        const number = Number(value);
        if (!/^\s*[+]?(\d+\.?\d*|\.\d+)\s*$/.test(value) || !Number.isFinite(number)) return { error: (t) => t.badNumber(name, value) };
        parsed.request[option.key] = number;
      } else {
        const choices = CHOICES[option.key];
        if (choices && !choices.includes(value)) return { error: (t) => t.badChoice(name, value, choices) };
        parsed.request[option.key] = value;
      }
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { error: (t) => t.unknownOption(arg) };
    positional.push(arg);
  }
  if (!parsed.help) {
    if (positional.length === 0) return { error: (t) => t.noIndicator };
    if (positional.length > 1) return { error: (t) => t.tooMany(positional[1]!) };
  }
  parsed.indicator = positional[0];
  return parsed;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Both languages of a message, Vietnamese first, each on its own line. */
const both = (say: Say) => `hn-cds: ${say(TEXT.vi)}\nhn-cds: ${say(TEXT.en)}\n`;

/** A render error from `@hn-cds/elements/node`: its code and its text in each language. */
function renderErrorText(error: unknown): { vi: string; en: string } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, text } = error as { name?: unknown; text?: { vi?: unknown; en?: unknown } };
  if (name !== 'RenderError' || typeof text?.vi !== 'string' || typeof text.en !== 'string') return undefined;
  return { vi: text.vi, en: text.en };
}

/**
 * Runs `hn-cds render <indicator-id> [options]` and returns the exit code: `0` when the output is
 * written, `1` for an unknown indicator, invalid data, a bad option or no renderer installed, `2`
 * for a file that cannot be read or written. Errors are printed in Vietnamese and in English;
 * `--help` follows `lang`.
 *
 * @example
 * ```ts
 * await renderCommand(['society.fibre-households', '--format', 'svg', '--as-of', '2024-10-24'], io, 'vi'); // 0, the SVG on stdout
 * ```
 */
export async function renderCommand(argv: readonly string[], io: RenderIo, lang: Lang): Promise<number> {
  const parsed = parse(argv);
  if ('error' in parsed) {
    const error = parsed.error;
    io.stderr(`${both(error)}${TEXT[lang].seeHelp}\n`);
    return RENDER_EXIT.invalid;
  }
  if (parsed.help) {
    io.stdout(TEXT[lang].help);
    return RENDER_EXIT.ok;
  }
  const request: Record<string, unknown> = { ...parsed.request, indicator: parsed.indicator };
  if (parsed.data !== undefined) {
    const file = parsed.data;
    let bytes: Uint8Array;
    try {
      const size = io.fileSize ? await io.fileSize(file) : undefined;
      const tooBig = size === undefined ? undefined : payloadSizeIssue(size);
      if (tooBig) {
        io.stderr(both((t) => t.invalidData(file, formatIssue(tooBig, t === TEXT.vi ? 'vi' : 'en'))));
        return RENDER_EXIT.invalid;
      }
      bytes = await io.readFile(file);
    } catch (error) {
      io.stderr(both((t) => t.unreadable(file, reason(error))));
      return RENDER_EXIT.unreadable;
    }
    const result = validateBytes(bytes);
    if (!result.ok) {
      const first = result.issues[0]!;
      const language = (t: (typeof TEXT)[Lang]): Lang => (t === TEXT.vi ? 'vi' : 'en');
      io.stderr(both((t) => (first.code === 'json_syntax' ? t.notJson(file, first.message[language(t)]) : t.invalidData(file, formatIssue(first, language(t))))));
      return RENDER_EXIT.invalid;
    }
    if (result.value.kind !== 'taxonomy') {
      const kind = result.value.kind;
      io.stderr(both((t) => t.notTaxonomy(file, kind)));
      return RENDER_EXIT.invalid;
    }
    request.taxonomy = result.value;
  }
  const binary = request.format === 'png' || request.format === 'card';
  if (binary && parsed.output === undefined && io.stdoutIsTerminal) {
    io.stderr(`${both((t) => t.pngToTerminal)}${TEXT[lang].seeHelp}\n`);
    return RENDER_EXIT.invalid;
  }
  let renderer: NodeRenderer | undefined;
  try {
    renderer = await io.loadRenderer();
  } catch (error) {
    io.stderr(both((t) => t.failed(reason(error))));
    return RENDER_EXIT.invalid;
  }
  if (!renderer) {
    io.stderr(both((t) => t.noRenderer));
    return RENDER_EXIT.invalid;
  }
  let output: string | Uint8Array;
  try {
    output = await renderer.render(request);
  } catch (error) {
    const text = renderErrorText(error);
    io.stderr(text ? `hn-cds: ${text.vi}\nhn-cds: ${text.en}\n` : both((t) => t.failed(reason(error))));
    return RENDER_EXIT.invalid;
  }
  if (parsed.output === undefined) {
    io.stdout(typeof output === 'string' && !binary && !output.endsWith('\n') ? `${output}\n` : output);
    return RENDER_EXIT.ok;
  }
  const file = parsed.output;
  try {
    await io.writeFile(file, output);
  } catch (error) {
    io.stderr(both((t) => t.unwritable(file, reason(error))));
    return RENDER_EXIT.unreadable;
  }
  return RENDER_EXIT.ok;
}
