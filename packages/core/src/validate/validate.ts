import { Payload } from '../schema/payload.js';
import type { Lang } from '../format/format-number.js';
import { describeValue } from './describe.js';
import { readHumanNumber } from './human-number.js';
import { draftsOf, formatPath, toPointer, valueAt, type Draft, type IssueCode } from './messages.js';
import { MAX_DEPTH, snapshot, type Path, type SnapshotProblem } from './snapshot.js';

export { formatPath, ISSUE_CODES, toPointer } from './messages.js';
export type { IssueCode } from './messages.js';
export { INPUT_LIMITS } from './limits.js';

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

function toIssue(draft: Draft): ValidationIssue {
  const hint = draft.hint ? { en: ` ${draft.hint.en}`, vi: ` ${draft.hint.vi}` } : { en: '', vi: '' };
  return {
    path: draft.path,
    pointer: toPointer(draft.path),
    code: draft.code,
    message: {
      en: `expected ${draft.expected.en}, received ${draft.received.en}.${hint.en}`,
      vi: `cần ${draft.expected.vi}, nhận được ${draft.received.vi}.${hint.vi}`,
    },
    expected: draft.expected.en,
    received: draft.received.en,
  };
}

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
  try {
    return run(input, options.lenient === true);
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
      problem.code === 'too_deep'
        ? { en: `data at most ${MAX_DEPTH} levels deep`, vi: `dữ liệu lồng không quá ${MAX_DEPTH} cấp` }
        : { en: 'JSON data (a string, number, boolean, null, array or object)', vi: 'dữ liệu JSON (chuỗi, số, boolean, null, mảng hoặc đối tượng)' },
    received: problem.found,
  });
}

function run(input: unknown, lenient: boolean): ValidationResult {
  const { value: data, problems } = snapshot(input);
  const notes: ValidationIssue[] = [];
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

  if (result.success && problems.length === 0) return { ok: true, value: result.data, notes };

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

