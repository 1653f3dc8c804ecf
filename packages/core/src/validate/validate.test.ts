import { describe, expect, it } from 'vitest';
import { validPayload } from './__fixtures__/payload.js';
import { hanoi } from '../data/hanoi.js';
import { snapshot } from './snapshot.js';
import { formatIssue, INPUT_LIMITS, MAX_ISSUES, parsePayload, PayloadError, validate, validateJson, type ValidateOptions, type ValidationIssue } from './validate.js';

const payload = validPayload;

function issuesOf(input: unknown, options?: ValidateOptions): ValidationIssue[] {
  const result = validate(input, options);
  if (result.ok) throw new Error('expected the input to be invalid');
  return result.issues;
}

const firstLine = (input: unknown) => {
  const issue = issuesOf(input)[0]!;
  return [formatIssue(issue, 'en'), formatIssue(issue, 'vi')];
};

const edit = (change: (p: Record<string, any>) => void) => {
  const p = payload();
  change(p);
  return p;
};

describe('validate', () => {
  it('accepts a valid payload and returns it typed, with no notes', () => {
    const result = validate(payload());
    expect(result).toEqual({ ok: true, value: payload(), notes: [] });
  });

  it('returns a copy that shares no object with the input and has ordinary prototypes', () => {
    const input = payload();
    const result = validate(input);
    if (!result.ok) throw new Error('expected a valid payload');
    expect(result.value).not.toBe(input);
    expect(result.value.sources).not.toBe(input.sources);
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.value.sources[0])).toBe(Object.prototype);
  });

  it('gives each issue a path, an RFC 6901 pointer, a code and both languages', () => {
    const [issue] = issuesOf(edit((p) => (p.indicators[0].targets[0].value = '93,15')));
    expect(issue).toEqual({
      path: ['indicators', 0, 'targets', 0, 'value'],
      pointer: '/indicators/0/targets/0/value',
      code: 'number_as_string',
      message: {
        en: 'expected a number, received the string "93,15". Write it as a JSON number with a decimal point and no % sign: 93.15.',
        vi: 'cần một số, nhận được chuỗi "93,15". Hãy viết thành số JSON, dùng dấu chấm thập phân, không có dấu %: 93.15.',
      },
      expected: 'a number',
      received: 'the string "93,15"',
    });
  });

  it('escapes ~ and / in pointers and quotes keys that are not identifiers in paths', () => {
    const [issue] = issuesOf(edit((p) => (p.sources[0]['a/b~c'] = 1)));
    expect(issue!.pointer).toBe('/sources/0/a~1b~0c');
    expect(formatIssue(issue!, 'en')).toMatch(/^sources\[0\]\["a\/b~c"\]: expected no property/);
  });

  it('writes every kind of message with one grammar, in English and Vietnamese', () => {
    const cases: Record<string, unknown> = {
      'not an object': null,
      'unknown kind': { kind: 'pillar' },
      'schema version': edit((p) => (p.schemaVersion = 2)),
      'missing field': edit((p) => delete p.indicators[0].unit),
      'wrong type': edit((p) => (p.indicators[0].targets = {})),
      'enum value': edit((p) => (p.indicators[0].unit = 'percentage')),
      'unknown key': edit((p) => (p.indicators[0].colour = 'red')),
      'empty text': edit((p) => (p.indicators[0].label.vi = '  ')),
      'empty list': edit((p) => (p.indicators = [])),
      'iso date': edit((p) => (p.indicators[0].observations[0].date = '24/10/2024')),
      'date union': edit((p) => (p.indicators[0].observations[0].date = 2024)),
      'period without end': edit((p) => (p.indicators[0].observations[0].date = { from: '2024-01-01' })),
      'report date': edit((p) => (p.sources[1].date = 'n/a')),
      'document date': edit((p) => (p.sources[0].date = '2022')),
      slug: edit((p) => (p.sources[0].id = 'NQ 18')),
      'indicator id': edit((p) => (p.indicators[0].id = 'fibre')),
      'whole number': edit((p) => (p.indicators[0].targets[0].year = 2025.5)),
      'year range': edit((p) => (p.indicators[0].targets[0].year = 2500)),
      'percent string': edit((p) => (p.indicators[0].observations[0].value = '91.4%')),
      'ambiguous number': edit((p) => (p.indicators[0].observations[0].value = '1,234')),
      'not a number': edit((p) => (p.indicators[0].observations[0].value = 'NaN')),
      'comparator value': edit((p) => (p.indicators[0].targets[0].comparator = 'greater')),
      'range order': edit((p) => (p.indicators[0].targets[0] = { year: 2025, source: 'nq18', comparator: 'between', min: 8, max: 7 })),
      'period order': edit((p) => (p.indicators[0].observations[0].date = { from: '2024-05-01', to: '2024-01-01' })),
      'outOf only exact': edit((p) => Object.assign(p.indicators[0].observations[0], { qualifier: 'about', outOf: 22 })),
      'id and pillar': edit((p) => (p.indicators[0].pillar = 'economy')),
      'unknown breakdown': edit((p) => (p.indicators[0].targets[0].breakdown = 'commune')),
      'rank direction': edit((p) => Object.assign(p.indicators[0], { unit: 'rank', targets: [] })),
      'rank comparator': edit((p) => Object.assign(p.indicators[0], { unit: 'rank', direction: 'lower_is_better' })),
      'duplicate id': edit((p) => p.sources.push({ ...p.sources[1] })),
      'unknown source': edit((p) => (p.indicators[0].observations[0].source = 'r9')),
      'wrong source kind': edit((p) => (p.indicators[0].observations[0].source = 'nq18')),
    };
    const lines = Object.fromEntries(Object.entries(cases).map(([name, input]) => [name, firstLine(input)]));
    expect(lines).toMatchInlineSnapshot(`
      {
        "ambiguous number": [
          "indicators[0].observations[0].value: expected a number, received the string "1,234". "1,234" reads as a decimal in Vietnamese and as thousands in English: write the JSON number you mean, e.g. 1.234 or 1234.",
          "indicators[0].observations[0].value: cần một số, nhận được chuỗi "1,234". "1,234" là số thập phân theo cách viết tiếng Việt nhưng là hàng nghìn theo tiếng Anh: hãy viết số JSON đúng ý, ví dụ 1.234 hoặc 1234.",
        ],
        "comparator value": [
          "indicators[0].targets[0].comparator: expected one of "at_least", "more_than", "at_most", "less_than", "about", "reach", "between", "rank_at_most", "milestone" or "not_given", received the string "greater".",
          "indicators[0].targets[0].comparator: cần một trong "at_least", "more_than", "at_most", "less_than", "about", "reach", "between", "rank_at_most", "milestone" hoặc "not_given", nhận được chuỗi "greater".",
        ],
        "date union": [
          "indicators[0].observations[0].date: expected a date written YYYY-MM-DD, a period { "from", "to" } or "undated", received the number 2024.",
          "indicators[0].observations[0].date: cần một ngày viết YYYY-MM-DD, một khoảng thời gian { "from", "to" } hoặc "undated", nhận được số 2024.",
        ],
        "document date": [
          "sources[0].date: expected a date written YYYY-MM-DD, e.g. "2024-10-24", received the string "2022".",
          "sources[0].date: cần một ngày viết YYYY-MM-DD, ví dụ "2024-10-24", nhận được chuỗi "2022".",
        ],
        "duplicate id": [
          "sources[2].id: expected an id not used earlier in the list (sources[1] has it), received the string "r1".",
          "sources[2].id: cần một mã chưa dùng trước đó trong danh sách (sources[1] đã dùng), nhận được chuỗi "r1".",
        ],
        "empty list": [
          "indicators: expected an array of at least 1 item, received an empty array.",
          "indicators: cần một mảng ít nhất 1 phần tử, nhận được một mảng rỗng.",
        ],
        "empty text": [
          "indicators[0].label.vi: expected a non-empty string (spaces alone do not count), received the string "  ".",
          "indicators[0].label.vi: cần một chuỗi không rỗng (chỉ có dấu cách thì không tính), nhận được chuỗi "  ".",
        ],
        "enum value": [
          "indicators[0].unit: expected one of "percent", "per_100_inhabitants", "rank", "count", "percent_per_year" or "milestone", received the string "percentage".",
          "indicators[0].unit: cần một trong "percent", "per_100_inhabitants", "rank", "count", "percent_per_year" hoặc "milestone", nhận được chuỗi "percentage".",
        ],
        "id and pillar": [
          "indicators[0].id: expected an id starting with its pillar "economy.", received the string "society.fibre".",
          "indicators[0].id: cần một mã bắt đầu bằng trụ cột "economy.", nhận được chuỗi "society.fibre".",
        ],
        "indicator id": [
          "indicators[0].id: expected an indicator id "<pillar>.<slug>", e.g. "society.fibre-households", received the string "fibre".",
          "indicators[0].id: cần một mã chỉ tiêu "<trụ cột>.<slug>", ví dụ "society.fibre-households", nhận được chuỗi "fibre".",
        ],
        "iso date": [
          "indicators[0].observations[0].date: expected a date written YYYY-MM-DD, a period { "from", "to" } or "undated", received the string "24/10/2024". Write day/month/year dates as "2024-10-24".",
          "indicators[0].observations[0].date: cần một ngày viết YYYY-MM-DD, một khoảng thời gian { "from", "to" } hoặc "undated", nhận được chuỗi "24/10/2024". Hãy viết ngày/tháng/năm thành "2024-10-24".",
        ],
        "missing field": [
          "indicators[0].unit: expected one of "percent", "per_100_inhabitants", "rank", "count", "percent_per_year" or "milestone", received nothing (the field is missing).",
          "indicators[0].unit: cần một trong "percent", "per_100_inhabitants", "rank", "count", "percent_per_year" hoặc "milestone", nhận được trường trống (bị thiếu).",
        ],
        "not a number": [
          "indicators[0].observations[0].value: expected a number, received the string "NaN". Write a JSON number with a decimal point and no % sign, e.g. 93.15.",
          "indicators[0].observations[0].value: cần một số, nhận được chuỗi "NaN". Hãy viết một số JSON, dùng dấu chấm thập phân, không có dấu %, ví dụ 93.15.",
        ],
        "not an object": [
          "(root): expected an object, received null.",
          "(gốc): cần một đối tượng, nhận được null.",
        ],
        "outOf only exact": [
          "indicators[0].observations[0].qualifier: expected "exact": a count out of a total ("outOf") is exact, received the string "about".",
          "indicators[0].observations[0].qualifier: cần "exact": số đếm trên một tổng ("outOf") phải là số chính xác, nhận được chuỗi "about".",
        ],
        "percent string": [
          "indicators[0].observations[0].value: expected a number, received the string "91.4%". Write it as a JSON number with a decimal point and no % sign: 91.4.",
          "indicators[0].observations[0].value: cần một số, nhận được chuỗi "91.4%". Hãy viết thành số JSON, dùng dấu chấm thập phân, không có dấu %: 91.4.",
        ],
        "period order": [
          "indicators[0].observations[0].date.to: expected a date not before "from" (2024-05-01), received the string "2024-01-01".",
          "indicators[0].observations[0].date.to: cần một ngày không trước "from" (2024-05-01), nhận được chuỗi "2024-01-01".",
        ],
        "period without end": [
          "indicators[0].observations[0].date.to: expected a date written YYYY-MM-DD, e.g. "2024-10-24", received nothing (the field is missing).",
          "indicators[0].observations[0].date.to: cần một ngày viết YYYY-MM-DD, ví dụ "2024-10-24", nhận được trường trống (bị thiếu).",
        ],
        "range order": [
          "indicators[0].targets[0].max: expected a number not less than min (8), received the number 7.",
          "indicators[0].targets[0].max: cần một số không nhỏ hơn min (8), nhận được số 7.",
        ],
        "rank comparator": [
          "indicators[0].targets[0].comparator: expected "rank_at_most", "milestone" or "not_given" for a rank indicator, received the string "reach".",
          "indicators[0].targets[0].comparator: cần "rank_at_most", "milestone" hoặc "not_given" với chỉ tiêu xếp hạng, nhận được chuỗi "reach".",
        ],
        "rank direction": [
          "indicators[0].direction: expected "lower_is_better" for a rank indicator (1 is best), received the string "higher_is_better".",
          "indicators[0].direction: cần "lower_is_better" với chỉ tiêu xếp hạng (hạng 1 là tốt nhất), nhận được chuỗi "higher_is_better".",
        ],
        "report date": [
          "sources[1].date: expected a date written YYYY-MM-DD or "undated", received the string "n/a".",
          "sources[1].date: cần một ngày viết YYYY-MM-DD hoặc "undated", nhận được chuỗi "n/a".",
        ],
        "schema version": [
          "schemaVersion: expected schemaVersion 1, received the number 2. This library reads payloads of that version of the schema.",
          "schemaVersion: cần schemaVersion 1, nhận được số 2. Thư viện này đọc dữ liệu theo phiên bản lược đồ đó.",
        ],
        "slug": [
          "sources[0].id: expected a lower-case slug of letters, digits and single hyphens, e.g. "fibre-households", received the string "NQ 18".",
          "sources[0].id: cần một slug chữ thường gồm chữ cái, chữ số và dấu gạch nối đơn, ví dụ "fibre-households", nhận được chuỗi "NQ 18".",
        ],
        "unknown breakdown": [
          "indicators[0].targets[0].breakdown: expected no breakdown member (the indicator has no breakdown), received the string "commune".",
          "indicators[0].targets[0].breakdown: cần bỏ trường này (chỉ tiêu không có phân tổ), nhận được chuỗi "commune".",
        ],
        "unknown key": [
          "indicators[0].colour: expected no property "colour" here, received the string "red". Remove it, or check its spelling and letter case.",
          "indicators[0].colour: cần bỏ thuộc tính "colour" (lược đồ không có thuộc tính này), nhận được chuỗi "red". Hoặc kiểm tra chính tả và chữ hoa, chữ thường.",
        ],
        "unknown kind": [
          "kind: expected one of "taxonomy", "indicators" or "observations", received the string "pillar".",
          "kind: cần một trong "taxonomy", "indicators" hoặc "observations", nhận được chuỗi "pillar".",
        ],
        "unknown source": [
          "indicators[0].observations[0].source: expected the id of an entry of "sources", received the string "r9".",
          "indicators[0].observations[0].source: cần mã của một mục trong "sources", nhận được chuỗi "r9".",
        ],
        "whole number": [
          "indicators[0].targets[0].year: expected a whole number, received the number 2025.5.",
          "indicators[0].targets[0].year: cần một số nguyên, nhận được số 2025.5.",
        ],
        "wrong source kind": [
          "indicators[0].observations[0].source: expected the id of a report, received the string "nq18", the id of a resolution.",
          "indicators[0].observations[0].source: cần mã của một báo cáo, nhận được chuỗi "nq18", mã của một nghị quyết.",
        ],
        "wrong type": [
          "indicators[0].targets: expected an array, received an empty object.",
          "indicators[0].targets: cần một mảng, nhận được một đối tượng rỗng.",
        ],
        "year range": [
          "indicators[0].targets[0].year: expected a year from 1900 to 2200, received the number 2500.",
          "indicators[0].targets[0].year: cần một năm từ 1900 đến 2200, nhận được số 2500.",
        ],
      }
    `);
  });

  it('lists cross-reference issues of a taxonomy: unknown pillar and summary arithmetic', () => {
    const taxonomy = {
      kind: 'taxonomy',
      schemaVersion: 1,
      programme: {
        id: 'hn',
        name: { vi: 'Chương trình', en: 'Programme' },
        place: { vi: 'Hà Nội', en: 'Hanoi' },
        pillars: [{ id: 'economy', kind: 'pillar', label: { vi: 'Kinh tế số', en: 'Digital economy' } }],
        reportedSummaries: [
          { document: 'nq18', source: 'r1', date: '2024-10-24', total: 15, achieved: 8, exceeded: 9, inProgress: 8, noMethod: 9 },
        ],
      },
      sources: payload().sources,
      indicators: payload().indicators,
    };
    expect(issuesOf(taxonomy).map((issue) => formatIssue(issue, 'en'))).toMatchInlineSnapshot(`
      [
        "programme.reportedSummaries[0].inProgress: expected at most total − achieved (7), received the number 8.",
        "programme.reportedSummaries[0].exceeded: expected at most achieved (8): exceeded targets are achieved ones, received the number 9.",
        "programme.reportedSummaries[0].noMethod: expected at most inProgress (8): targets with no method are in progress, received the number 9.",
        "indicators[0].pillar: expected one of the programme's pillars: "economy", received the string "society".",
      ]
    `);
  });

  it('never reports more than MAX_ISSUES issues, and says how many there were', () => {
    const issues = issuesOf(edit((p) => (p.indicators = Array.from({ length: 300 }, () => 0))));
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toMatchObject({ code: 'too_many_issues', path: [], received: '300 issues; the first 100 are listed' });
  });
});

describe('validate on hostile input', () => {
  const cyclic: Record<string, unknown> = payload();
  (cyclic.indicators as Record<string, unknown>[])[0]!.self = cyclic;
  const throwing = payload();
  Object.defineProperty(throwing.indicators[0], 'unit', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  const trap = () => {
    throw new Error('trap');
  };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  let deep: unknown = {};
  for (let i = 0; i < 10_000; i += 1) deep = { programme: deep };

  it.each<[string, () => unknown, string]>([
    ['null', () => null, 'invalid_type'],
    ['a number', () => 42, 'invalid_type'],
    ['NaN', () => Number.NaN, 'invalid_type'],
    ['a string', () => '{"kind":"indicators"}', 'invalid_type'],
    ['undefined', () => undefined, 'required'],
    ['an empty array', () => [], 'invalid_type'],
    ['a 100,000-item array', () => new Array(INPUT_LIMITS.arrayItems).fill(1), 'invalid_type'],
    ['a million-item array', () => new Array(1_000_000).fill(1), 'too_big'],
    ['JSON nested 10,000 deep', () => JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`), 'invalid_type'],
    ['objects nested 10,000 deep', () => deep, 'too_deep'],
    ['a cycle', () => cyclic, 'cycle'],
    ['a getter that throws', () => throwing, 'unreadable'],
    ['a Proxy whose traps throw', () => new Proxy({}, { ownKeys: trap, get: trap, getPrototypeOf: trap, has: trap }), 'unreadable'],
    ['a revoked Proxy', () => revoked.proxy, 'unreadable'],
    ['a BigInt', () => edit((p) => (p.indicators[0].targets[0].value = 10n)), 'not_json'],
    ['a symbol', () => edit((p) => (p.indicators[0].label.vi = Symbol('vi'))), 'not_json'],
    ['a function', () => edit((p) => (p.indicators[0].observations = () => [])), 'not_json'],
    ['a "NaN" string for a number', () => edit((p) => (p.indicators[0].targets[0].value = 'NaN')), 'number_as_string'],
  ])('does not throw on %s, and reports it as %s', (_name, input, code) => {
    const result = validate(input());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.code)).toContain(code);
  }, 30_000);

  it('reports thousands of wrong items in a list without dumping them', () => {
    const issues = issuesOf(edit((p) => (p.indicators = new Array(INPUT_LIMITS.indicators).fill('x'))));
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)!.received).toBe('5000 issues; the first 100 are listed');
  }, 30_000);

  it('stays fast and capped when 100,000 values cannot be copied as JSON', () => {
    const started = performance.now();
    const issues = issuesOf(edit((p) => (p.indicators = new Array(INPUT_LIMITS.arrayItems).fill(1n))));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues[0]).toMatchObject({ code: 'not_json', path: ['indicators', 0], received: 'a BigInt' });
    expect(issues.at(-1)!.received).toBe('100000 issues; the first 100 are listed');
  }, 30_000);

  it('lists at most MAX_ISSUES of 200,000 unknown properties of one object', () => {
    const input = payload();
    for (let i = 0; i < 200_000; i += 1) input.sources[0][`k${i}`] = i;
    const issues = issuesOf(input);
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues[0]).toMatchObject({ code: 'unrecognized_key', path: ['sources', 0, 'k0'] });
    expect(issues.at(-1)!.received).toBe('200000 issues; the first 100 are listed');
  }, 30_000);

  it.each(['__proto__', 'constructor', 'prototype'])('reports a %s key from JSON.parse as an unknown property and pollutes nothing', (key) => {
    const text = JSON.stringify(payload()).replace('{"kind":"resolution"', `{"${key}":{"polluted":true},"kind":"resolution"`);
    const issues = issuesOf(JSON.parse(text));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'unrecognized_key', path: ['sources', 0, key], received: 'an object with keys "polluted"' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never returns the input’s own __proto__ as data, even where a lenient read succeeds', () => {
    const input = JSON.parse(JSON.stringify(payload()).replace('"value":90', '"value":"90,5"'));
    const result = validate(input, { lenient: true });
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.hasOwn(result.value, '__proto__')).toBe(false);
  });

  it('reads each property once, so a getter cannot change its answer between checks', () => {
    let reads = 0;
    const input = payload();
    Object.defineProperty(input.indicators[0], 'unit', {
      enumerable: true,
      get() {
        reads += 1;
        return reads === 1 ? 'percent' : 42;
      },
    });
    expect(validate(input).ok).toBe(true);
    expect(reads).toBe(1);
  });

  it('copies no inherited key, even when Object.prototype has been given an enumerable one', () => {
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true, writable: true });
    try {
      const { value, problems } = snapshot(payload());
      expect(problems).toEqual([]);
      expect(Object.keys(value as object)).toEqual(['kind', 'schemaVersion', 'sources', 'indicators']);
      expect(Object.hasOwn((value as { sources: object[] }).sources[0]!, 'polluted')).toBe(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  });

  it('copies own keys of objects with no prototype or another prototype, and reports a Proxy whose traps throw', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, payload());
    expect(validate(bare).ok).toBe(true);
    class Box {
      constructor(public kind: string) {}
    }
    expect(issuesOf(edit((p) => (p.sources[0] = new Box('report'))))[0]!.pointer).toMatch(/^\/sources\/0/);
  });

  it('describes long strings and large arrays in a few words', () => {
    const [issue] = issuesOf(edit((p) => (p.indicators[0].unit = 'x'.repeat(1_000))));
    expect(issue!.received).toBe(`the string "${'x'.repeat(40)}"…`);
    const [list] = issuesOf(edit((p) => (p.indicators[0].label = new Array(5000).fill(0))));
    expect(list!.received).toBe('an array of 5000 items');
  });
});

describe('validate within the input limits', () => {
  it('reports an array longer than INPUT_LIMITS.arrayItems at its path, without reading its items', () => {
    let reads = 0;
    const items = new Array(1_000_001).fill(0);
    Object.defineProperty(items, 0, { enumerable: true, get: () => (reads += 1) });
    const issues = issuesOf(edit((p) => (p.indicators[0].observations = items)));
    expect(reads).toBe(0);
    expect(issues.map((issue) => [issue.code, formatIssue(issue, 'en'), formatIssue(issue, 'vi')])).toEqual([
      [
        'too_big',
        'indicators[0].observations: expected an array of at most 100000 items, received an array of 1000001 items.',
        'indicators[0].observations: cần một mảng tối đa 100000 phần tử, nhận được một mảng 1000001 phần tử.',
      ],
    ]);
  });

  it('reports a string longer than INPUT_LIMITS.stringChars, and a long property name, by their length', () => {
    const long = 'x'.repeat(INPUT_LIMITS.stringChars + 1);
    const issues = issuesOf(
      edit((p) => {
        p.indicators[0].label.vi = long;
        p.sources[0][long] = 1;
      }),
    );
    expect(issues.map((issue) => [issue.code, issue.pointer.length < 200 ? issue.pointer : 'long', issue.expected, issue.received])).toEqual([
      ['too_big', 'long', 'a property name of at most 10000 characters', 'a property name of 10001 characters'],
      ['too_big', '/indicators/0/label/vi', 'a string of at most 10000 characters', 'a string of 10001 characters'],
    ]);
  });

  it.each<[string, (p: Record<string, any>) => void, string, string]>([
    ['an indicator with too many observations', (p) => (p.indicators[0].observations = new Array(INPUT_LIMITS.observationsPerList + 1).fill(p.indicators[0].observations[0])), '/indicators/0/observations', 'an array of at most 10000 items'],
    ['an id longer than INPUT_LIMITS.idChars', (p) => (p.sources[0].id = 'a'.repeat(INPUT_LIMITS.idChars + 1)), '/sources/0/id', 'a string of at most 100 characters'],
  ])('reports %s', (_name, change, pointer, expected) => {
    expect(issuesOf(edit(change))[0]).toMatchObject({ code: 'too_big', pointer, expected });
  });

  it('stops reading past INPUT_LIMITS.values values and says where', () => {
    const row = new Array(1_000).fill(0);
    const input = edit((p) => (p.indicators[0].extra = Array.from({ length: 4_001 }, () => row)));
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'too_big', expected: 'a payload of at most 4000000 JSON values' });
    expect(issues[0]!.path.slice(0, 3)).toEqual(['indicators', 0, 'extra']);
  }, 30_000);

  it('exports INPUT_LIMITS with the payload size other packages rely on', () => {
    expect(INPUT_LIMITS.payloadBytes).toBe(16 * 1024 * 1024);
    expect(Object.isFrozen(INPUT_LIMITS) || typeof INPUT_LIMITS === 'object').toBe(true);
  });
});

describe('validate on absurd figures and dates', () => {
  it.each<[string, number, string]>([
    ['1e308', 1e308, 'too_big'],
    ['-1.79e308', -1.79e308, 'too_small'],
    ['1e15 + 1', 1e15 + 2, 'too_big'],
    ['5e-324', 5e-324, 'too_small'],
    ['-1e-10', -1e-10, 'too_small'],
  ])('rejects the figure %s, at its path', (_name, value, code) => {
    const [issue] = issuesOf(edit((p) => (p.indicators[0].observations[0].value = value)));
    expect(issue).toMatchObject({ code, pointer: '/indicators/0/observations/0/value', expected: 'a figure from -1e15 to 1e15: 0, or at least 1e-9 in absolute value' });
  });

  it.each([0, -0, 1e-9, -1e15, 1e15, 93.15])('accepts the figure %d', (value) => {
    expect(validate(edit((p) => (p.indicators[0].observations[0].value = value))).ok).toBe(true);
  });

  it('rejects outOf and target figures out of range, so no ratio of valid figures can be infinite', () => {
    const issues = issuesOf(
      edit((p) => {
        Object.assign(p.indicators[0].observations[0], { value: 1e15, outOf: 5e-324 });
        p.indicators[0].targets.push({ year: 2030, source: 'nq18', comparator: 'between', min: -1e308, max: 1e308 });
      }),
    );
    expect(issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/indicators/0/targets/1/min', 'too_small'],
      ['/indicators/0/targets/1/max', 'too_big'],
      ['/indicators/0/observations/0/outOf', 'too_small'],
    ]);
    expect(formatIssue(issues[2]!, 'vi')).toBe('indicators[0].observations[0].outOf: cần một số từ -1e15 đến 1e15: bằng 0, hoặc có giá trị tuyệt đối từ 1e-9 trở lên, nhận được số 5e-324.');
  });

  it('finds a figure out of range in parsed JSON text, and in a number the lenient mode read from a string', () => {
    const pointer = '/indicators/0/observations/0/value';
    const text = validateJson(JSON.stringify(edit((p) => (p.indicators[0].observations[0].value = 1e308))));
    expect(text.ok ? [] : text.issues.map((issue) => [issue.pointer, issue.code])).toEqual([[pointer, 'too_big']]);
    const lenient = validate(
      edit((p) => (p.indicators[0].observations[0].value = '0,0000000001')),
      { lenient: true },
    );
    expect(lenient.ok ? [] : lenient.issues.map((issue) => [issue.pointer, issue.code])).toEqual([[pointer, 'too_small']]);
  });

  it.each<[string, string]>([
    ['0000-06-01', 'too_small'],
    ['1899-12-31', 'too_small'],
    ['2201-01-01', 'too_big'],
    ['9999-12-31', 'too_big'],
  ])('rejects the date %s, outside the years 1900 to 2200', (date, code) => {
    const [issue] = issuesOf(edit((p) => (p.sources[1].date = date)));
    expect(issue).toMatchObject({ code, pointer: '/sources/1/date' });
    expect(issue!.message.en).toBe(`expected a date from 1900-01-01 to 2200-12-31, written YYYY-MM-DD, received the string "${date}".`);
    expect(issue!.message.vi).toBe(`cần một ngày từ 1900-01-01 đến 2200-12-31, viết YYYY-MM-DD, nhận được chuỗi "${date}".`);
  });

  it('rejects out-of-range years in periods and targets too, and accepts the ends of the range', () => {
    const period = issuesOf(edit((p) => (p.indicators[0].observations[0].date = { from: '0000-06-01', to: '2024-01-01' })));
    expect(period.map((issue) => [issue.pointer, issue.code])).toEqual([['/indicators/0/observations/0/date/from', 'too_small']]);
    expect(issuesOf(edit((p) => (p.indicators[0].targets[0].year = 2201)))[0]).toMatchObject({ code: 'too_big' });
    expect(validate(edit((p) => (p.indicators[0].observations[0].date = { from: '1900-01-01', to: '2200-12-31' }))).ok).toBe(true);
    expect(validate(edit((p) => (p.indicators[0].observations[0].date = '2000-02-29'))).ok).toBe(true);
    expect(issuesOf(edit((p) => (p.indicators[0].observations[0].date = '2100-02-29')))[0]).toMatchObject({ code: 'invalid_format' });
  });

  it('reports a missing date as required, in both languages', () => {
    const [observation] = issuesOf(edit((p) => delete p.indicators[0].observations[0].date));
    expect(observation).toMatchObject({ code: 'required', pointer: '/indicators/0/observations/0/date', received: 'nothing (the field is missing)' });
    expect(observation!.message.vi).toContain('nhận được trường trống (bị thiếu)');
    const [report] = issuesOf(edit((p) => delete p.sources[1].date));
    expect(report).toMatchObject({ code: 'required', pointer: '/sources/1/date', expected: 'a date written YYYY-MM-DD or "undated"' });
  });

  it('keeps a message listing allowed values short: ten, then how many more', () => {
    const pillars = Array.from({ length: 150 }, (_, i) => ({ id: `pillar-${i}`, kind: 'pillar', label: { vi: 'Trụ cột', en: 'Pillar' } }));
    const taxonomy = {
      kind: 'taxonomy',
      schemaVersion: 1,
      programme: { id: 'hn', name: { vi: 'Chương trình', en: 'Programme' }, place: { vi: 'Hà Nội', en: 'Hanoi' }, pillars },
      sources: payload().sources,
      indicators: payload().indicators,
    };
    const [issue] = issuesOf(taxonomy);
    expect(issue!.code).toBe('unknown_pillar');
    expect(issue!.message.en).toBe(
      `expected one of the programme's pillars: ${Array.from({ length: 10 }, (_, i) => `"pillar-${i}"`).join(', ')}, … and 140 more, received the string "society".`,
    );
    expect(issue!.message.vi).toContain('"pillar-9", … và 140 giá trị khác, nhận được chuỗi "society".');
  });
});

describe('validate against a taxonomy', () => {
  const update = (indicator: string, observation: Record<string, unknown> = {}) => ({
    kind: 'observations',
    schemaVersion: 1,
    sources: [payload().sources[1]],
    updates: [{ indicator, observations: [{ kind: 'value', date: '2025-01-01', source: 'r1', value: 92, qualifier: 'exact', ...observation }] }],
  });

  it('accepts observations for indicators and breakdown members the taxonomy has', () => {
    expect(validate(update('society.fibre-households'), { taxonomy: hanoi }).ok).toBe(true);
    const withBreakdown = hanoi.indicators.find((indicator) => indicator.breakdown)!;
    expect(validate(update(withBreakdown.id, { breakdown: withBreakdown.breakdown!.members[0]!.id }), { taxonomy: hanoi }).ok).toBe(true);
  });

  it('reports an unknown indicator id at its path, with the nearest known id, in both languages', () => {
    const [issue, ...rest] = issuesOf(update('society.fiber-households'), { taxonomy: hanoi });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'unknown_indicator', pointer: '/updates/0/indicator' });
    expect(formatIssue(issue!, 'en')).toBe(
      `updates[0].indicator: expected the id of one of the ${hanoi.indicators.length} indicators of the taxonomy, received the string "society.fiber-households". Did you mean "society.fibre-households"?`,
    );
    expect(formatIssue(issue!, 'vi')).toBe(
      `updates[0].indicator: cần mã của một trong ${hanoi.indicators.length} chỉ tiêu của bộ chỉ tiêu, nhận được chuỗi "society.fiber-households". Có phải là "society.fibre-households"?`,
    );
  });

  it('suggests nothing when no known id is near', () => {
    const [issue] = issuesOf(update('economy.space-launches'), { taxonomy: hanoi });
    expect(issue!.message.en).not.toContain('Did you mean');
  });

  it('reports a breakdown member the indicator does not have, listing the ones it has', () => {
    const withBreakdown = hanoi.indicators.find((indicator) => indicator.breakdown)!;
    const [issue] = issuesOf(update(withBreakdown.id, { breakdown: 'planet' }), { taxonomy: hanoi });
    expect(issue).toMatchObject({ code: 'unknown_breakdown', pointer: '/updates/0/observations/0/breakdown' });
    expect(issue!.expected).toContain(`a member of the breakdown of "${withBreakdown.id}": "${withBreakdown.breakdown!.members[0]!.id}"`);
    const [none] = issuesOf(update('society.fibre-households', { breakdown: 'commune' }), { taxonomy: hanoi });
    expect(none!.message.vi).toContain('("society.fibre-households" không có phân tổ)');
  });

  it('checks nothing against a taxonomy unless one is given', () => {
    expect(validate(update('society.fiber-households')).ok).toBe(true);
  });

  it('lists at most MAX_ISSUES unknown ids of a large payload, with the total', () => {
    const input = update('society.fiber-households');
    input.updates = Array.from({ length: 500 }, (_, i) => ({ ...input.updates[0]!, indicator: `society.unknown-${i}` }));
    const issues = issuesOf(input, { taxonomy: hanoi });
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)!.received).toBe('500 issues; the first 100 are listed');
  });
});

describe('validate with lenient: true', () => {
  it.each<[string, number]>([
    ['93,15', 93.15],
    ['93,15%', 93.15],
    ['93.15%', 93.15],
    [' 93.15 ', 93.15],
    ['1.234,5', 1234.5],
  ])('reads %j as %d in a numeric position and notes it, where strict mode refuses it', (text, value) => {
    const input = edit((p) => (p.indicators[0].observations[0].value = text));
    const strict = validate(input);
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.issues[0]).toMatchObject({ code: 'number_as_string', path: ['indicators', 0, 'observations', 0, 'value'] });

    const lenient = validate(input, { lenient: true });
    expect(lenient.ok).toBe(true);
    if (!lenient.ok) return;
    expect(lenient.value).toEqual(edit((p) => (p.indicators[0].observations[0].value = value)));
    expect(lenient.notes).toEqual([
      {
        path: ['indicators', 0, 'observations', 0, 'value'],
        pointer: '/indicators/0/observations/0/value',
        code: 'normalised_number',
        message: { en: `read the string ${JSON.stringify(text)} as the number ${value}.`, vi: `đã đọc chuỗi ${JSON.stringify(text)} thành số ${value}.` },
        expected: 'a number',
        received: `the string ${JSON.stringify(text)}`,
      },
    ]);
    expect(input.indicators[0].observations[0].value).toBe(text);
  });

  it('reads several numeric fields, including whole-number ones such as a year', () => {
    const input = edit((p) => {
      p.indicators[0].targets[0] = { year: ' 2025 ', source: 'nq18', comparator: 'between', min: '7', max: '7,5%' };
    });
    const result = validate(input, { lenient: true });
    expect(result.ok && result.notes.map((note) => note.pointer)).toEqual([
      '/indicators/0/targets/0/year',
      '/indicators/0/targets/0/min',
      '/indicators/0/targets/0/max',
    ]);
  });

  it('leaves strings in text positions alone, even when they look like numbers', () => {
    const result = validate(edit((p) => (p.indicators[0].label.vi = '93,15')), { lenient: true });
    expect(result).toMatchObject({ ok: true, notes: [] });
    if (result.ok) expect(result.value.kind === 'indicators' && result.value.indicators[0]!.label.vi).toBe('93,15');
  });

  it('still refuses "1,234", which means different numbers in Vietnamese and English', () => {
    const issues = issuesOf(edit((p) => (p.indicators[0].observations[0].value = '1,234')), { lenient: true });
    expect(issues[0]!.message.en).toContain('reads as a decimal in Vietnamese and as thousands in English');
  });

  it('validates strictly after reading numbers: a read number can still break a rule', () => {
    const input = edit((p) => (p.indicators[0].targets[0] = { year: 2025, source: 'nq18', comparator: 'between', min: '8,5', max: 7 }));
    expect(issuesOf(input, { lenient: true }).map((issue) => issue.code)).toEqual(['range_order']);
  });
});

describe('parsePayload', () => {
  it('returns the typed payload when it is valid', () => {
    expect(parsePayload(payload())).toEqual(payload());
  });

  it('throws one PayloadError whose message lists every issue', () => {
    const input = edit((p) => {
      p.schemaVersion = 2;
      p.indicators[0].unit = 'percentage';
    });
    let caught: unknown;
    try {
      parsePayload(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PayloadError);
    expect((caught as PayloadError).issues).toHaveLength(2);
    expect((caught as PayloadError).message).toMatchInlineSnapshot(`
      "invalid payload (2 issues):
        - schemaVersion: expected schemaVersion 1, received the number 2. This library reads payloads of that version of the schema.
        - indicators[0].unit: expected one of "percent", "per_100_inhabitants", "rank", "count", "percent_per_year" or "milestone", received the string "percentage"."
    `);
  });

  it('writes the error in Vietnamese on request, and reads numbers leniently on request', () => {
    expect(() => parsePayload(null, { lang: 'vi' })).toThrow('dữ liệu không hợp lệ (1 lỗi):\n  - (gốc): cần một đối tượng, nhận được null.');
    expect(parsePayload(edit((p) => (p.indicators[0].targets[0].value = '90%')), { lenient: true })).toEqual(payload());
  });
});

describe('the validate module', () => {
  it('loads in a browser: none of the modules it imports uses a Node API or the CLI', async () => {
    const { readFileSync } = await import('node:fs');
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (url: URL) => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const source = readFileSync(new URL(url.href.replace(/\.js$/, '.ts')), 'utf8');
      for (const [, specifier] of source.matchAll(/^(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)) {
        if (specifier!.startsWith('.')) visit(new URL(specifier!, url));
        else bare.add(specifier!);
      }
    };
    visit(new URL('./validate.ts', import.meta.url));
    expect([...bare]).toEqual(['zod']);
    expect([...seen].filter((href) => href.includes('/cli/'))).toEqual([]);
    expect(seen.size).toBeGreaterThan(5);
  });
});
