import { Payload, type Taxonomy } from '../schema/payload.js';
import type { Lang } from '../format/format-number.js';
import { figureDrafts } from './check-figures.js';
import { taxonomyDrafts } from './check-taxonomy.js';
import { toIssue } from './to-issue.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { INPUT_LIMITS } from './limits.js';
import { invalidUtf8Offset, utf8Length } from './utf8.js';
import { describeValue } from './describe.js';
import { readHumanNumber } from './human-number.js';
import { draftsOf, formatPath, toPointer, valueAt, type Draft, type IssueCode } from './messages.js';
import { checkParsedJson, MAX_DEPTH, snapshot, type Path, type SnapshotProblem } from './snapshot.js';

export { formatPath, ISSUE_CODES, toPointer } from './messages.js';
export type { IssueCode } from './messages.js';
export { INPUT_LIMITS } from './limits.js';
export type { InputLimits } from './limits.js';

/**
 * One problem found in a payload, or one change the lenient mode made.
 *
 * `message` is a full sentence in both languages, with one grammar: "expected …, received …",
 * then advice when there is some. `expected` and `received` are the English phrases on their own.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   path: ['indicators', 0, 'targets', 0, 'value'],
 *   pointer: '/indicators/0/targets/0/value',
 *   code: 'number_as_string',
 *   message: {
 *     en: 'expected a number, received the string "93,15". Write it as a JSON number with a decimal point and no % sign: 93.15.',
 *     vi: 'cần một số, nhận được chuỗi "93,15". Hãy viết thành số JSON, dùng dấu chấm thập phân, không có dấu %: 93.15.',
 *   },
 *   expected: 'a number',
 *   received: 'the string "93,15"',
 * };
 * ```
 */
export interface ValidationIssue {
  /** Where: property names and array indices from the root, e.g. `['indicators', 3, 'targets', 0, 'value']`. */
  path: (string | number)[];
  /** The same place as a JSON Pointer (RFC 6901), e.g. `/indicators/3/targets/0/value`; `''` is the root. */
  pointer: string;
  /** What kind of problem (or, for a note, `'normalised_number'`). */
  code: IssueCode | 'normalised_number';
  /** The whole message in Vietnamese and English. */
  message: {
    /** In Vietnamese. */
    vi: string;
    /** In English. */
    en: string;
  };
  /** What the schema expects there, in English. */
  expected: string;
  /** A short, safe description of what was there, in English: `the string "93,15"`, `an array of 3 items`. */
  received: string;
}

/**
 * Options of {@link validate}.
 *
 * @example
 * ```ts
 * validate(payload, { lenient: true });
 * ```
 */
export interface ValidateOptions {
  /**
   * Read human spellings of numbers (`"93,15"`, `"93,15%"`, `" 93.15 "`, `"1.234,5"`) where the
   * schema expects a number, record each change as a note, then validate strictly. `false` by default.
   */
  lenient?: boolean;
  /**
   * A taxonomy to check an observations payload against: each update must name one of its
   * indicators (`unknown_indicator`, with the nearest known id when one is near) and each
   * observation's breakdown member must be one of that indicator's (`unknown_breakdown`). The
   * CLI passes the bundled Hanoi dataset by default. Other kinds of payload are not affected.
   */
  taxonomy?: Taxonomy;
}

/**
 * What {@link validate} returns: the typed payload and the lenient notes, or the issues.
 *
 * @example
 * ```ts
 * const result: ValidationResult = validate(data);
 * const count = result.ok ? 0 : result.issues.length;
 * ```
 */
export type ValidationResult =
  | {
      /** The input is a valid payload. */
      ok: true;
      /** The payload, typed, as a fresh copy of the input (numbers read when lenient). */
      value: Payload;
      /** What the lenient mode changed, one note per number read; empty in strict mode. */
      notes: ValidationIssue[];
    }
  | {
      /** The input is not a valid payload. */
      ok: false;
      /** What is wrong, at most {@link MAX_ISSUES} of them (plus one saying how many more). */
      issues: ValidationIssue[];
    };

/**
 * At most this many issues are listed; one more issue, `too_many_issues`, says how many there were.
 *
 * @example
 * ```ts
 * const result = validate({ kind: 'indicators', schemaVersion: 1, sources: [], indicators: new Array(500).fill(0) });
 * result.ok || result.issues.length; // MAX_ISSUES + 1
 * ```
 */
export const MAX_ISSUES = 100;

const LENIENT_ROUNDS = 4;

function capped(issues: ValidationIssue[], total: number): ValidationIssue[] {
  if (total <= MAX_ISSUES) return issues;
  return [
    ...issues.slice(0, MAX_ISSUES),
    toIssue({
      path: [],
      code: 'too_many_issues',
      expected: { en: `at most ${MAX_ISSUES} issues to list`, vi: `tối đa ${MAX_ISSUES} lỗi để liệt kê` },
      received: { en: `${total} issues; the first ${MAX_ISSUES} are listed`, vi: `${total} lỗi; chỉ liệt kê ${MAX_ISSUES} lỗi đầu` },
    }),
  ];
}

/**
 * Checks that a value is a payload apps can exchange (a taxonomy, a set of indicators or new
 * observations) and says, in Vietnamese and English, what is wrong and where.
 *
 * It never throws, whatever it receives: any JSON value, and hostile JavaScript values (cycles,
 * getters that throw, Proxies, BigInts, symbols, nesting deeper than 64 levels). The input is first
 * copied as plain data, each property read once, so the returned payload never shares objects
 * with it, and a `__proto__` key is reported as an unknown property, never followed.
 *
 * Numbers must be JSON numbers. By default a string in a numeric position (`"93,15"`, `"93.15%"`,
 * `" 93.15 "`) is an issue whose message says how to write it (`93.15`). With `lenient: true`
 * such human spellings are read in numeric positions only (decimal comma, `%` sign, surrounding
 * spaces, `1.234,5` thousands dots), each change is returned as a note with its path, and the
 * result is then validated strictly. `"1,234"` and `"1.234"` stay issues: they mean different
 * numbers in Vietnamese and English. At most {@link MAX_ISSUES} issues are listed.
 *
 * @example
 * ```ts
 * const result = validate(JSON.parse(text));
 * if (result.ok) show(result.value);
 * else for (const issue of result.issues) console.log(issue.pointer, issue.message.en);
 * // /indicators/0/targets/0/value expected a number, received the string "93,15".
 * //   Write it as a JSON number with a decimal point and no % sign: 93.15.
 *
 * validate(payload, { lenient: true }); // { ok: true, value, notes: [{ code: 'normalised_number', … }] }
 * ```
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return guarded(input, options, false);
}

/** Runs the checks, never throwing; `parsed` says the input is what JSON.parse just returned. */
function guarded(input: unknown, options: ValidateOptions, parsed: boolean): ValidationResult {
  try {
    return run(input, options.lenient === true, options.taxonomy, parsed);
  } catch (error) {
    // Reached only if a check itself fails (e.g. memory exhausted); the contract is to never throw.
    const what = error instanceof Error ? error.name : typeof error;
    return {
      ok: false,
      issues: [
        toIssue({
          path: [],
          code: 'unreadable',
          expected: { en: 'data the validator can read', vi: 'dữ liệu mà trình kiểm tra đọc được' },
          received: { en: `data that made the validator fail (${what})`, vi: `dữ liệu làm trình kiểm tra gặp lỗi (${what})` },
        }),
      ],
    };
  }
}

function problemIssue(problem: SnapshotProblem): ValidationIssue {
  return toIssue({
    path: problem.path,
    code: problem.code,
    expected:
      problem.expected ??
      (problem.code === 'too_deep'
        ? { en: `data at most ${MAX_DEPTH} levels deep`, vi: `dữ liệu lồng không quá ${MAX_DEPTH} cấp` }
        : { en: 'JSON data (a string, number, boolean, null, array or object)', vi: 'dữ liệu JSON (chuỗi, số, boolean, null, mảng hoặc đối tượng)' }),
    received: problem.found,
  });
}

function run(input: unknown, lenient: boolean, taxonomy: Taxonomy | undefined, parsed: boolean): ValidationResult {
  // What JSON.parse returned, and nothing else has seen, has no getter or Proxy to guard against: no copy.
  const { value: data, problems, aborted, unsafeNumbers } = parsed ? checkParsedJson(input) : snapshot(input);
  const notes: ValidationIssue[] = [];
  // Past the limit on values the copy is partial: what the schema says about it would mislead.
  if (aborted) return { ok: false, issues: capped(problems.slice(0, MAX_ISSUES).map(problemIssue), problems.length) };
  // With a full list of values that are not JSON data, what the schema says about them adds nothing.
  if (problems.length > MAX_ISSUES) return { ok: false, issues: capped(problems.slice(0, MAX_ISSUES).map(problemIssue), problems.length) };
  let result = Payload.safeParse(data);

  for (let round = 0; lenient && !result.success && round < LENIENT_ROUNDS; round += 1) {
    let changed = false;
    for (const zodIssue of result.error.issues) {
      if (zodIssue.code !== 'invalid_type' || (zodIssue.expected !== 'number' && zodIssue.expected !== 'int')) continue;
      const path = zodIssue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const text = valueAt(data, path);
      if (typeof text !== 'string' || path.length === 0) continue;
      const read = readHumanNumber(text);
      if (!read.ok) continue;
      (valueAt(data, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1]!] = read.value;
      const from = describeValue(text);
      notes.push({
        path,
        pointer: toPointer(path),
        code: 'normalised_number',
        message: { en: `read ${from.en} as the number ${read.value}.`, vi: `đã đọc ${from.vi} thành số ${read.value}.` },
        expected: 'a number',
        received: from.en,
      });
      changed = true;
    }
    if (!changed) break;
    result = Payload.safeParse(data);
  }

  if (result.success && problems.length === 0) {
    // Checks on the typed payload: they read values the schemas have already vouched for.
    // Only a number noted while reading, or one the lenient mode read from a string, can be out of range.
    const drafts = unsafeNumbers || notes.length > 0 ? figureDrafts(result.data) : [];
    let total = drafts.length;
    if (taxonomy) {
      const known = taxonomyDrafts(result.data, taxonomy, Math.max(0, MAX_ISSUES - drafts.length));
      drafts.push(...known.drafts);
      total += known.total;
    }
    if (total === 0) return { ok: true, value: result.data, notes };
    return { ok: false, issues: capped(drafts.slice(0, MAX_ISSUES).map(toIssue), total) };
  }

  const issues: ValidationIssue[] = problems.map(problemIssue);
  // What zod says below a value that could not be copied only repeats the problem already listed.
  const problemPointers = new Set(problems.map((problem) => toPointer(problem.path)));
  const underProblem = (path: Path) => {
    if (problemPointers.size === 0) return false;
    let pointer = '';
    if (problemPointers.has(pointer)) return true;
    for (const key of path) {
      pointer += toPointer([key]);
      if (problemPointers.has(pointer)) return true;
    }
    return false;
  };
  let total = problems.length;
  for (const zodIssue of result.success ? [] : result.error.issues) {
    if (issues.length >= MAX_ISSUES) {
      // Past the cap only the count matters: skip writing messages nobody will see.
      const path = zodIssue.path.filter((key): key is string | number => typeof key !== 'symbol');
      if (!underProblem(path)) total += zodIssue.code === 'unrecognized_keys' ? zodIssue.keys.length : 1;
      continue;
    }
    const drafts = draftsOf(zodIssue, data).filter((draft) => !underProblem(draft.path));
    total += drafts.length;
    issues.push(...drafts.slice(0, MAX_ISSUES - issues.length).map(toIssue));
  }
  return { ok: false, issues: capped(issues, total) };
}

/**
 * What {@link parseJson} returns: the parsed value, or one `json_syntax` issue saying where the
 * text stops being JSON and what was expected there, in both languages.
 *
 * @example
 * ```ts
 * const parsed: JsonParseResult = parseJson('{"kind": ');
 * parsed.ok || parsed.issue.code; // 'json_syntax'
 * ```
 */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; issue: ValidationIssue };

/**
 * Parses JSON text like `JSON.parse`, but never throws: a syntax error comes back as one issue,
 * code `json_syntax`, whose message (in Vietnamese and English, the same in every browser) gives
 * the line and column, what was expected and what was found. A leading byte-order mark is ignored.
 *
 * @example
 * ```ts
 * const parsed = parseJson('{"kind": "observations",}');
 * if (!parsed.ok) console.log(parsed.issue.message.en);
 * // 'expected a property name in double quotes, received the character "}" at line 1, column 25.
 * //  Remove the comma before it: JSON allows no trailing comma.'
 * ```
 */
export function parseJson(text: string): JsonParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const problem = findJsonSyntaxError(body);
    // JSON.parse failed for a reason the scanner does not see (memory exhausted): say so in both languages.
    const at = problem ? { en: ` at line ${problem.line}, column ${problem.column}`, vi: ` ở dòng ${problem.line}, cột ${problem.column}` } : { en: '', vi: '' };
    const what = error instanceof Error ? error.name : typeof error;
    const draft: Draft = problem
      ? { path: [], code: 'json_syntax', expected: problem.expected, received: { en: `${problem.received.en}${at.en}`, vi: `${problem.received.vi}${at.vi}` } }
      : { path: [], code: 'json_syntax', expected: { en: 'JSON text', vi: 'văn bản JSON' }, received: { en: `text JSON.parse could not read (${what})`, vi: `văn bản mà JSON.parse không đọc được (${what})` } };
    if (problem?.hint) draft.hint = problem.hint;
    return { ok: false, issue: toIssue(draft) };
  }
}

/** The issue of a payload of more than {@link INPUT_LIMITS}.payloadBytes bytes. */
function tooLarge(received: { en: string; vi: string }): ValidationIssue {
  const limit = INPUT_LIMITS.payloadBytes;
  return toIssue({
    path: [],
    code: 'too_big',
    expected: { en: `a payload of at most ${limit} bytes (16 MiB)`, vi: `dữ liệu tối đa ${limit} byte (16 MiB)` },
    received,
    hint: { en: 'It was not read.', vi: 'Dữ liệu không được đọc.' },
  });
}

/**
 * The issue of a payload of `size` bytes when it is more than {@link INPUT_LIMITS}.payloadBytes,
 * else `undefined`: for code that knows a size before reading (a file, a `Content-Length`), or
 * that stopped reading past the limit (`{ partial: true }`: the size is then only a lower bound).
 *
 * @example
 * ```ts
 * payloadSizeIssue(20_000_000)?.message.en;
 * // 'expected a payload of at most 16777216 bytes (16 MiB), received 20000000 bytes. It was not read.'
 * payloadSizeIssue(16_777_217, { partial: true })?.received; // 'more than 16777216 bytes'
 * payloadSizeIssue(1_000); // undefined
 * ```
 */
export function payloadSizeIssue(size: number, options: { partial?: boolean } = {}): ValidationIssue | undefined {
  const limit = INPUT_LIMITS.payloadBytes;
  if (size <= limit) return undefined;
  return tooLarge(options.partial ? { en: `more than ${limit} bytes`, vi: `hơn ${limit} byte` } : { en: `${size} bytes`, vi: `${size} byte` });
}

/**
 * Validates a payload given as JSON text: refuses text of more than
 * {@link INPUT_LIMITS}.payloadBytes bytes of UTF-8 before parsing it, reports a JSON syntax error
 * as one `json_syntax` issue (see {@link parseJson}), then runs {@link validate}. Never throws.
 *
 * @example
 * ```ts
 * const result = validateJson(await response.text(), { taxonomy: hanoi });
 * if (!result.ok) console.log(result.issues[0]!.message.vi);
 * ```
 */
export function validateJson(text: string, options: ValidateOptions = {}): ValidationResult {
  const limit = INPUT_LIMITS.payloadBytes;
  // A UTF-16 code unit is 1 to 3 bytes of UTF-8: count exactly only when the length cannot tell.
  if (text.length > limit || (text.length * 3 > limit && utf8Length(text) > limit)) {
    return { ok: false, issues: [payloadSizeIssue(limit + 1, { partial: true })!] };
  }
  return validateText(text, options);
}

/** Parses and validates text already known to be within the payload limit. */
function validateText(text: string, options: ValidateOptions): ValidationResult {
  const parsed = parseJson(text);
  return parsed.ok ? guarded(parsed.value, options, true) : { ok: false, issues: [parsed.issue] };
}

/**
 * Validates a payload given as bytes (a file, a response body): refuses more than
 * {@link INPUT_LIMITS}.payloadBytes bytes before decoding them, refuses bytes that are not UTF-8
 * with an `invalid_utf8` issue giving the offset of the first bad byte (never a silent "�"),
 * ignores a UTF-8 byte-order mark, then runs {@link validateJson}. Never throws.
 *
 * @example
 * ```ts
 * const result = validateBytes(new Uint8Array(await response.arrayBuffer()));
 * // bytes FF C0 AF inside a label:
 * // { ok: false, issues: [{ code: 'invalid_utf8', message: { en: 'expected text in UTF-8, received
 * //   the byte 0xFF at byte offset 164 (line 1), which is not UTF-8. Save the file as UTF-8.', … } }] }
 * ```
 */
export function validateBytes(bytes: Uint8Array | ArrayBuffer, options: ValidateOptions = {}): ValidationResult {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const tooBig = payloadSizeIssue(data.length);
  if (tooBig) return { ok: false, issues: [tooBig] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    const offset = invalidUtf8Offset(data);
    let line = 1;
    for (let k = 0; k < offset; k += 1) if (data[k] === 0x0a) line += 1;
    const byte = `0x${(data[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      ok: false,
      issues: [
        toIssue({
          path: [],
          code: 'invalid_utf8',
          expected: { en: 'text in UTF-8', vi: 'văn bản mã hóa UTF-8' },
          received: {
            en: `the byte ${byte} at byte offset ${offset} (line ${line}), which is not UTF-8`,
            vi: `byte ${byte} ở vị trí byte ${offset} (dòng ${line}), không phải UTF-8`,
          },
          hint: { en: 'Save the file as UTF-8.', vi: 'Hãy lưu tệp với mã hóa UTF-8.' },
        }),
      ],
    };
  }
  // Text decoded from at most payloadBytes bytes of UTF-8 is as long in UTF-8: no need to count it again.
  return validateText(text, options);
}

/**
 * Writes an issue on one line for people: its path (or `(root)`), then its message.
 *
 * @example
 * ```ts
 * formatIssue(issue, 'en'); // 'indicators[3].targets[0].value: expected a number, received the string "93,15". …'
 * formatIssue(issue, 'vi'); // 'indicators[3].targets[0].value: cần một số, nhận được chuỗi "93,15". …'
 * ```
 */
export function formatIssue(issue: ValidationIssue, lang: Lang = 'vi'): string {
  const where = formatPath(issue.path) || (lang === 'vi' ? '(gốc)' : '(root)');
  return `${where}: ${issue.message[lang]}`;
}

/**
 * The error {@link parsePayload} throws: its message lists the issues, and `issues` holds them.
 *
 * @example
 * ```ts
 * try { parsePayload(data); } catch (error) {
 *   if (error instanceof PayloadError) console.log(error.issues.length);
 * }
 * ```
 */
export class PayloadError extends Error {
  /** Every issue found, as {@link validate} returns them. */
  readonly issues: ValidationIssue[];

  /** Builds the error from the issues, its message in `lang` (English by default). */
  constructor(issues: ValidationIssue[], lang: Lang = 'en') {
    const count = issues.length;
    const head = lang === 'vi' ? `dữ liệu không hợp lệ (${count} lỗi):` : `invalid payload (${count} issue${count === 1 ? '' : 's'}):`;
    super([head, ...issues.map((issue) => `  - ${formatIssue(issue, lang)}`)].join('\n'));
    this.name = 'PayloadError';
    this.issues = issues;
  }
}

/**
 * Options of {@link parsePayload}.
 *
 * @example
 * ```ts
 * parsePayload(data, { lenient: true, lang: 'vi' });
 * ```
 */
export interface ParsePayloadOptions extends ValidateOptions {
  /** Language of the thrown error's message; English by default (it is read by developers). */
  lang?: Lang;
}

/**
 * Returns the typed payload, or throws one {@link PayloadError} whose message lists every issue,
 * for code that prefers exceptions to {@link validate}'s result. Lenient notes are dropped.
 *
 * @example
 * ```ts
 * const payload = parsePayload(JSON.parse(text));
 * // throws PayloadError: invalid payload (1 issue):
 * //   - indicators[0].unit: expected one of "percent", …, received the string "percentage".
 * ```
 */
export function parsePayload(input: unknown, options: ParsePayloadOptions = {}): Payload {
  const result = validate(input, options);
  if (result.ok) return result.value;
  throw new PayloadError(result.issues, options.lang);
}

