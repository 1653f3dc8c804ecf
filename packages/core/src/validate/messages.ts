import type * as z from 'zod';
import { describeValue, quote, type Bilingual } from './describe.js';
import { readHumanNumber } from './human-number.js';
import { ISO_DATE } from '../schema/common.js';
import { INPUT_LIMITS } from './limits.js';
import type { Path } from './snapshot.js';

/**
 * What an issue is about. Structural codes come from the shape of the data; rule codes name a
 * check across fields (cross references, arithmetic, order); the first four say the input is not
 * JSON data at all.
 *
 * @example
 * ```ts
 * const rules = result.ok ? [] : result.issues.filter((issue) => issue.code === 'unknown_source');
 * ISSUE_CODES.includes('range_order'); // true
 * ```
 */
export const ISSUE_CODES = [
  // The input is not JSON data.
  'not_json',
  'cycle',
  'unreadable',
  'too_deep',
  // The text is not a payload: too large, not UTF-8, not JSON.
  'invalid_utf8',
  'json_syntax',
  // Structure.
  'required',
  'invalid_type',
  'number_as_string',
  'invalid_value',
  'invalid_format',
  'too_small',
  'too_big',
  'unrecognized_key',
  'schema_version',
  // Rules across fields.
  'id_pillar',
  'unknown_breakdown',
  'rank_direction',
  'rank_comparator',
  'duplicate_id',
  'unknown_pillar',
  'unknown_source',
  'unknown_indicator',
  'source_kind',
  'range_order',
  'period_order',
  'out_of_not_exact',
  'summary_total',
  'summary_exceeded',
  'summary_no_method',
  // Anything else a schema reports, and the cap on the number of issues.
  'custom',
  'too_many_issues',
] as const;
/**
 * What an issue is about: one of {@link ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: IssueCode = 'number_as_string';
 * ```
 */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** An issue before it is written out: its parts in both languages. */
export type Draft = {
  path: Path;
  code: IssueCode;
  expected: Bilingual;
  received: Bilingual;
  hint?: Bilingual;
};

/** Reads a value of a snapshot (plain records and arrays) at a path; `undefined` when absent. */
export function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

const both = (en: string, vi: string = en): Bilingual => ({ en, vi });

const TYPES: Record<string, Bilingual> = {
  number: both('a number', 'một số'),
  int: both('a whole number', 'một số nguyên'),
  string: both('a string', 'một chuỗi'),
  object: both('an object', 'một đối tượng'),
  array: both('an array', 'một mảng'),
  boolean: both('true or false', 'true hoặc false'),
};

const SLUG_PHRASE = both(
  'a lower-case slug of letters, digits and single hyphens, e.g. "fibre-households"',
  'một slug chữ thường gồm chữ cái, chữ số và dấu gạch nối đơn, ví dụ "fibre-households"',
);
const ID_PHRASE = both(
  'an indicator id "<pillar>.<slug>", e.g. "society.fibre-households"',
  'một mã chỉ tiêu "<trụ cột>.<slug>", ví dụ "society.fibre-households"',
);
const YEAR_PHRASE = both(`a year from ${INPUT_LIMITS.yearMin} to ${INPUT_LIMITS.yearMax}`, `một năm từ ${INPUT_LIMITS.yearMin} đến ${INPUT_LIMITS.yearMax}`);
/** What a figure must be: the safe range of {@link INPUT_LIMITS}. */
export const FIGURE_PHRASE = both(
  `a figure from -1e15 to 1e15: 0, or at least ${INPUT_LIMITS.figureMin} in absolute value`,
  `một số từ -1e15 đến 1e15: bằng 0, hoặc có giá trị tuyệt đối từ ${INPUT_LIMITS.figureMin} trở lên`,
);
const DATE_RANGE_PHRASE = both(
  `a date from ${INPUT_LIMITS.yearMin}-01-01 to ${INPUT_LIMITS.yearMax}-12-31, written YYYY-MM-DD`,
  `một ngày từ ${INPUT_LIMITS.yearMin}-01-01 đến ${INPUT_LIMITS.yearMax}-12-31, viết YYYY-MM-DD`,
);
const DATE_PHRASE = both('a date written YYYY-MM-DD, e.g. "2024-10-24"', 'một ngày viết YYYY-MM-DD, ví dụ "2024-10-24"');

const SOURCE_KINDS: Record<string, Bilingual> = {
  resolution: both('a resolution', 'một nghị quyết'),
  plan: both('a plan', 'một kế hoạch'),
  programme: both('a programme', 'một chương trình'),
  decision: both('a decision', 'một quyết định'),
  report: both('a report', 'một báo cáo'),
};

/** Messages of the refinements that carry no `params.rule`, by their English text. */
export const REFINEMENT_RULES: Record<string, IssueCode> = {
  'min must not be greater than max': 'range_order',
  'a period must not end before it starts': 'period_order',
  'a count out of a total ("outOf") must be exact': 'out_of_not_exact',
  'achieved + inProgress must not exceed total': 'summary_total',
  'exceeded is part of achieved': 'summary_exceeded',
  'noMethod is part of inProgress': 'summary_no_method',
};

/** Keys longer than this are cut in paths written for people (pointers keep them whole). */
const MAX_KEY = 40;

/** At most this many allowed values are listed in a message; the rest are counted. */
export const MAX_LISTED = 10;

const list = (values: readonly unknown[], or: Bilingual): Bilingual => {
  const quoted = values.slice(0, MAX_LISTED).map((v) => (typeof v === 'string' ? quote(v) : (JSON.stringify(v) ?? String(v))));
  if (values.length > MAX_LISTED) {
    const more = values.length - MAX_LISTED;
    return { en: `${quoted.join(', ')}, … and ${more} more`, vi: `${quoted.join(', ')}, … và ${more} giá trị khác` };
  }
  if (quoted.length <= 1) return both(quoted[0] ?? '');
  const head = quoted.slice(0, -1).join(', ');
  const last = quoted[quoted.length - 1]!;
  return { en: `${head} ${or.en} ${last}`, vi: `${head} ${or.vi} ${last}` };
};
const OR = both('or', 'hoặc');

/** Values quoted and joined with "or" / "hoặc", at most {@link MAX_LISTED} of them, then a count. */
export const listOf = (values: readonly unknown[]): Bilingual => list(values, OR);

const oneOf = (values: readonly unknown[]): Bilingual => {
  if (values.length === 1) return list(values, OR);
  const options = list(values, OR);
  return { en: `one of ${options.en}`, vi: `một trong ${options.vi}` };
};

/** Advice for a number written as a string, by how the string reads. */
function numberHint(text: string): Bilingual {
  const read = readHumanNumber(text);
  if (read.ok) {
    return both(
      `Write it as a JSON number with a decimal point and no % sign: ${read.value}.`,
      `Hãy viết thành số JSON, dùng dấu chấm thập phân, không có dấu %: ${read.value}.`,
    );
  }
  if (read.reason === 'ambiguous') {
    return both(
      `${quote(text)} reads as a decimal in Vietnamese and as thousands in English: write the JSON number you mean, e.g. 1.234 or 1234.`,
      `${quote(text)} là số thập phân theo cách viết tiếng Việt nhưng là hàng nghìn theo tiếng Anh: hãy viết số JSON đúng ý, ví dụ 1.234 hoặc 1234.`,
    );
  }
  return both(
    'Write a JSON number with a decimal point and no % sign, e.g. 93.15.',
    'Hãy viết một số JSON, dùng dấu chấm thập phân, không có dấu %, ví dụ 93.15.',
  );
}

function formatPhrase(issue: { format?: string; pattern?: string }): Bilingual {
  if (issue.format === 'date' || issue.pattern === String(ISO_DATE)) return DATE_PHRASE;
  if (issue.format === 'url') return both('a URL, e.g. "https://hanoi.gov.vn/…"', 'một URL, ví dụ "https://hanoi.gov.vn/…"');
  const pattern = issue.pattern ?? '';
  if (pattern.includes('\\.')) return ID_PHRASE;
  if (pattern.includes('[a-z0-9]+(?:-[a-z0-9]+)*')) return SLUG_PHRASE;
  if (pattern.includes('\\d{3}')) return both('three digits, e.g. "003"', 'ba chữ số, ví dụ "003"');
  return both(`a string matching ${pattern}`, `một chuỗi khớp ${pattern}`);
}

function sizePhrase(issue: { origin?: string; minimum?: unknown; maximum?: unknown; inclusive?: boolean }, small: boolean): Bilingual {
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string') {
    return small
      ? both('a non-empty string (spaces alone do not count)', 'một chuỗi không rỗng (chỉ có dấu cách thì không tính)')
      : both(`a string of at most ${limit} characters`, `một chuỗi tối đa ${limit} ký tự`);
  }
  if (issue.origin === 'array') {
    return small
      ? both(`an array of at least ${limit} item${limit === 1 ? '' : 's'}`, `một mảng ít nhất ${limit} phần tử`)
      : both(`an array of at most ${limit} items`, `một mảng tối đa ${limit} phần tử`);
  }
  if (small) {
    return issue.inclusive === false
      ? both(`a number greater than ${limit}`, `một số lớn hơn ${limit}`)
      : both(`a number of at least ${limit}`, `một số không nhỏ hơn ${limit}`);
  }
  return issue.inclusive === false
    ? both(`a number less than ${limit}`, `một số nhỏ hơn ${limit}`)
    : both(`a number of at most ${limit}`, `một số không lớn hơn ${limit}`);
}

/** The expectation of a union without a discriminator: the two date fields of the schemas. */
function unionPhrase(issue: { errors?: unknown[][] }): Bilingual {
  const branches = issue.errors?.length ?? 0;
  return branches >= 3
    ? both(
        'a date written YYYY-MM-DD, a period { "from", "to" } or "undated"',
        'một ngày viết YYYY-MM-DD, một khoảng thời gian { "from", "to" } hoặc "undated"',
      )
    : both('a date written YYYY-MM-DD or "undated"', 'một ngày viết YYYY-MM-DD hoặc "undated"');
}

/** A report's publisher: a name as printed, or a description in both languages. */
const PUBLISHER_PHRASE = both(
  'a name (a non-empty string) or a description in both languages { "vi", "en" }',
  'một tên (chuỗi không rỗng) hoặc một mô tả bằng hai thứ tiếng { "vi", "en" }',
);

/** Dates that may also be "undated" (reports) or a period (observations) say so when malformed. */
function datePhrase(path: Path, root: unknown): Bilingual | undefined {
  if (path[path.length - 1] !== 'date') return undefined;
  if (path[path.length - 3] === 'observations') return unionPhrase({ errors: [[], [], []] });
  const parent = valueAt(root, path.slice(0, -1)) as Record<string, unknown> | undefined;
  if (path[0] === 'sources' && path.length === 3 && parent?.kind === 'report') return unionPhrase({ errors: [[], []] });
  return undefined;
}

/** Turns one zod issue into drafts (one per unknown key), reading values from the snapshot. */
export function draftsOf(issue: z.core.$ZodIssue, root: unknown): Draft[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const value = valueAt(root, path);
  const received = describeValue(value);
  const draft = (code: IssueCode, expected: Bilingual, hint?: Bilingual, at: Path = path, got: Bilingual = received): Draft[] => [
    hint ? { path: at, code, expected, received: got, hint } : { path: at, code, expected, received: got },
  ];

  switch (issue.code) {
    case 'invalid_type': {
      const last = path[path.length - 1];
      const dateField = issue.expected === 'string' && (last === 'date' || last === 'from' || last === 'to');
      const expected = (dateField ? (datePhrase(path, root) ?? DATE_PHRASE) : TYPES[issue.expected]) ?? both(`a value of type ${issue.expected}`, `một giá trị kiểu ${issue.expected}`);
      if (value === undefined) return draft('required', expected);
      if (typeof value === 'string' && (issue.expected === 'number' || issue.expected === 'int')) {
        return draft('number_as_string', expected, numberHint(value));
      }
      return draft('invalid_type', expected);
    }
    case 'invalid_value': {
      if (value === undefined) return draft('required', oneOf(issue.values));
      if (path[path.length - 1] === 'schemaVersion') {
        return draft(
          'schema_version',
          both(`schemaVersion ${issue.values.map(String).join(', ')}`, `schemaVersion ${issue.values.map(String).join(', ')}`),
          both('This library reads payloads of that version of the schema.', 'Thư viện này đọc dữ liệu theo phiên bản lược đồ đó.'),
        );
      }
      return draft('invalid_value', oneOf(issue.values));
    }
    case 'invalid_union': {
      const options = (issue as { options?: unknown }).options;
      if ('discriminator' in issue && Array.isArray(options)) return draft(value === undefined ? 'required' : 'invalid_value', oneOf(options));
      const named = path[path.length - 1] === 'publisher' && (value === undefined || (typeof value !== 'string' && (typeof value !== 'object' || value === null || Array.isArray(value))));
      if (named) return draft(value === undefined ? 'required' : 'invalid_type', PUBLISHER_PHRASE);
      if (value === undefined) return draft('required', datePhrase(path, root) ?? unionPhrase(issue as { errors?: unknown[][] }));
      // A branch whose every issue lies inside the value matched its type: report those issues instead.
      const inside = issue.errors.filter((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0));
      if (inside.length === 1) {
        return inside[0]!.flatMap((inner) => draftsOf({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, root));
      }
      return draft('invalid_type', unionPhrase(issue as { errors?: unknown[][] }));
    }
    case 'invalid_format': {
      if (issue.pattern === String(ISO_DATE) && typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value)) {
        const year = Number(value.slice(0, 4));
        if (year < INPUT_LIMITS.yearMin || year > INPUT_LIMITS.yearMax) return draft(year < INPUT_LIMITS.yearMin ? 'too_small' : 'too_big', DATE_RANGE_PHRASE);
      }
      const hint =
        issue.pattern === String(ISO_DATE) && typeof value === 'string' && /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value.trim())
          ? (() => {
              const [d, m, y] = value.trim().split('/');
              const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
              return both(`Write day/month/year dates as "${iso}".`, `Hãy viết ngày/tháng/năm thành "${iso}".`);
            })()
          : undefined;
      return draft('invalid_format', datePhrase(path, root) ?? formatPhrase(issue), hint);
    }
    case 'too_small':
      if (path[path.length - 1] === 'year' && issue.origin === 'number') return draft('too_small', YEAR_PHRASE);
      return draft('too_small', sizePhrase(issue, true));
    case 'too_big':
      if (path[path.length - 1] === 'year' && issue.origin === 'number') return draft('too_big', YEAR_PHRASE);
      if (issue.origin === 'string' && typeof value === 'string') {
        return draft('too_big', sizePhrase(issue, false), undefined, path, both(`a string of ${value.length} characters`, `một chuỗi ${value.length} ký tự`));
      }
      return draft('too_big', sizePhrase(issue, false));
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const at = [...path, key];
        return {
          path: at,
          code: 'unrecognized_key' as const,
          expected: both(`no property ${quote(key)} here`, `bỏ thuộc tính ${quote(key)} (lược đồ không có thuộc tính này)`),
          received: describeValue(valueAt(root, at)),
          hint: both('Remove it, or check its spelling and letter case.', 'Hoặc kiểm tra chính tả và chữ hoa, chữ thường.'),
        };
      });
    case 'custom':
      return customDrafts(issue, path, value, root);
    default:
      return draft('custom', both(issue.message));
  }
}

function customDrafts(issue: z.core.$ZodIssueCustom, path: Path, value: unknown, root: unknown): Draft[] {
  const params = (issue.params ?? {}) as { rule?: string; pillar?: string; expected?: unknown; received?: unknown };
  const rule = params.rule ?? REFINEMENT_RULES[issue.message];
  const received = describeValue(value);
  const parent = valueAt(root, path.slice(0, -1)) as Record<string, unknown> | undefined;
  const field = (key: string) => String(parent?.[key]);
  const make = (code: IssueCode, expected: Bilingual, hint?: Bilingual, got: Bilingual = received): Draft[] => [
    hint ? { path, code, expected, received: got, hint } : { path, code, expected, received: got },
  ];
  const expectedList = Array.isArray(params.expected) ? (params.expected as unknown[]) : [];

  switch (rule) {
    case 'id_pillar':
      return make('id_pillar', both(`an id starting with its pillar ${quote(`${params.pillar}.`)}`, `một mã bắt đầu bằng trụ cột ${quote(`${params.pillar}.`)}`));
    case 'unknown_breakdown':
      return make(
        'unknown_breakdown',
        expectedList.length > 0
          ? both(`a member of the indicator's breakdown: ${list(expectedList, OR).en}`, `một thành phần trong phân tổ của chỉ tiêu: ${list(expectedList, OR).vi}`)
          : both('no breakdown member (the indicator has no breakdown)', 'bỏ trường này (chỉ tiêu không có phân tổ)'),
      );
    case 'rank_direction':
      return make('rank_direction', both('"lower_is_better" for a rank indicator (1 is best)', '"lower_is_better" với chỉ tiêu xếp hạng (hạng 1 là tốt nhất)'));
    case 'rank_comparator':
      return make(
        'rank_comparator',
        both('"rank_at_most", "milestone" or "not_given" for a rank indicator', '"rank_at_most", "milestone" hoặc "not_given" với chỉ tiêu xếp hạng'),
      );
    case 'duplicate_id': {
      const listPath = path.slice(0, -2);
      const items = valueAt(root, listPath);
      const first = Array.isArray(items)
        ? items.findIndex((item) => item !== null && typeof item === 'object' && (item as Record<string, unknown>).id === value)
        : -1;
      const where = `${formatPath([...listPath, first])}`;
      return make(
        'duplicate_id',
        both(`an id not used earlier in the list (${where} has it)`, `một mã chưa dùng trước đó trong danh sách (${where} đã dùng)`),
      );
    }
    case 'unknown_pillar':
      return make('unknown_pillar', both(`one of the programme's pillars: ${list(expectedList, OR).en}`, `một trụ cột của chương trình: ${list(expectedList, OR).vi}`));
    case 'unknown_source':
      return make('unknown_source', both('the id of an entry of "sources"', 'mã của một mục trong "sources"'));
    case 'source_kind': {
      const kind = SOURCE_KINDS[String(params.received)] ?? both(String(params.received));
      const got = { en: `${received.en}, the id of ${kind.en}`, vi: `${received.vi}, mã của ${kind.vi}` };
      return params.expected === 'report'
        ? make('source_kind', both('the id of a report', 'mã của một báo cáo'), undefined, got)
        : make(
            'source_kind',
            both('the id of a target-setting document (resolution, plan, programme or decision)', 'mã của một văn bản đặt chỉ tiêu (nghị quyết, kế hoạch, chương trình hoặc quyết định)'),
            undefined,
            got,
          );
    }
    case 'range_order':
      return make('range_order', both(`a number not less than min (${field('min')})`, `một số không nhỏ hơn min (${field('min')})`));
    case 'period_order':
      return make('period_order', both(`a date not before "from" (${field('from')})`, `một ngày không trước "from" (${field('from')})`));
    case 'out_of_not_exact':
      return make('out_of_not_exact', both('"exact": a count out of a total ("outOf") is exact', '"exact": số đếm trên một tổng ("outOf") phải là số chính xác'));
    case 'summary_total': {
      const room = Number(parent?.total) - Number(parent?.achieved);
      return make('summary_total', both(`at most total − achieved (${room})`, `tối đa total − achieved (${room})`));
    }
    case 'summary_exceeded':
      return make(
        'summary_exceeded',
        both(`at most achieved (${field('achieved')}): exceeded targets are achieved ones`, `tối đa achieved (${field('achieved')}): chỉ tiêu vượt mức là một phần của chỉ tiêu đạt`),
      );
    case 'summary_no_method':
      return make(
        'summary_no_method',
        both(`at most inProgress (${field('inProgress')}): targets with no method are in progress`, `tối đa inProgress (${field('inProgress')}): chỉ tiêu chưa có phương pháp tính là một phần của chỉ tiêu đang thực hiện`),
      );
    default:
      return make('custom', both(issue.message));
  }
}

/**
 * Writes a path the way a JavaScript reader expects: `indicators[3].targets[0].value`; keys that
 * are not identifiers are quoted (`["a b"]`), and keys longer than 40 characters cut (`["xxx…"]…`), so
 * a path stays short. The root is the empty string.
 *
 * @example
 * ```ts
 * formatPath(['indicators', 3, 'targets', 0, 'value']); // 'indicators[3].targets[0].value'
 * formatPath(['sources', 0, 'x-y']);                     // 'sources[0]["x-y"]'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (key.length <= MAX_KEY && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${quote(key)}]`;
  }
  return out;
}

/**
 * A JSON Pointer (RFC 6901) to the same place as a path: `/indicators/3/targets/0/value`;
 * `~` and `/` inside keys are escaped as `~0` and `~1`. The root is the empty string.
 *
 * @example
 * ```ts
 * toPointer(['indicators', 3, 'targets', 0, 'value']); // '/indicators/3/targets/0/value'
 * toPointer(['sources', 0, 'a/b']);                     // '/sources/0/a~1b'
 * toPointer([]);                                        // ''
 * ```
 */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
