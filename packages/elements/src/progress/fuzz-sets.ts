import type fcModule from 'fast-check';

// Test support for the browser fuzz of <cds-progress> (fuzz.test.ts here, tests/fuzz/elements.mjs
// for the long run): hostile attribute sets, and the answers of the `src` URLs they name. Never
// imported by the element.

/** How a fuzz URL answers. */
export interface RouteAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** The body as text, or as bytes. */
  body?: string | number[];
  /** Milliseconds before the answer starts. */
  delay?: number;
  /** A body of `count` chunks of `size` spaces, then `{}`. */
  stream?: { size: number; count: number };
  /** Where a 302 sends the browser. */
  redirect?: string;
}

const report = { kind: 'report', id: 'r1', publisher: 'Báo', date: '2024-10-24', title: { vi: 'Bài báo', en: 'Article' } };
const resolution = { kind: 'resolution', id: 'nq18', issuer: { vi: 'Thành ủy', en: 'Party Committee' }, title: { vi: 'Nghị quyết', en: 'Resolution' } };

/** Text that would run script or add markup if the element ever wrote it as HTML. */
export const INJECTIONS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1"></svg>',
  '<script>window.__pwned=1</script>',
  '</style><iframe src="javascript:window.__pwned=1"></iframe>',
  'javascript:window.__pwned=1',
];

function indicators(label: { vi: string; en: string }) {
  return JSON.stringify({
    kind: 'indicators',
    schemaVersion: 1,
    sources: [resolution, { ...report, url: 'javascript:window.__pwned=1' }],
    indicators: ['society.i0', 'society.i1'].map((id, n) => ({
      id,
      pillar: 'society',
      label,
      unit: 'percent',
      direction: 'higher_is_better',
      targets: [{ year: 2025, source: 'nq18', comparator: 'reach', value: 90 }],
      observations: [{ kind: 'value', date: '2024-10-24', source: 'r1', value: 40 + n * 30, qualifier: 'exact' }],
    })),
  });
}

const valid = indicators({ vi: 'Chỉ số thử', en: 'Test indicator' });
const json = { 'content-type': 'application/json' };

/** The fuzz URLs, by path. */
export const ROUTES: Record<string, RouteAnswer> = {
  '/__fuzz/valid.json': { headers: json, body: valid },
  '/__fuzz/hostile-labels.json': { headers: json, body: indicators({ vi: INJECTIONS[0]!, en: INJECTIONS[1]! }) },
  '/__fuzz/observations.json': {
    headers: json,
    body: JSON.stringify({
      kind: 'observations',
      schemaVersion: 1,
      sources: [report],
      updates: [{ indicator: 'society.fibre-households', observations: [{ kind: 'value', date: '2024-11-01', source: 'r1', value: 93, qualifier: 'exact' }] }],
    }),
  },
  '/__fuzz/slow.json': { headers: json, body: valid, delay: 400 },
  '/__fuzz/huge.json': { headers: json, stream: { size: 1024 * 1024, count: 17 } },
  '/__fuzz/declared-huge.json': { headers: { ...json, 'content-length': String(64 * 1024 * 1024) }, body: '{}' },
  '/__fuzz/not-json.json': { headers: json, body: '{"kind": "indicators", ' },
  '/__fuzz/empty.json': { headers: json, body: '' },
  '/__fuzz/invalid.json': { headers: json, body: JSON.stringify({ kind: 'indicators', schemaVersion: 1, sources: [], indicators: [] }) },
  '/__fuzz/html.json': { headers: { 'content-type': 'text/html' }, body: `<!doctype html><p>${INJECTIONS[0]}</p>` },
  '/__fuzz/text-plain.json': { headers: { 'content-type': 'text/plain' }, body: valid },
  '/__fuzz/latin1.json': { headers: json, body: [0x7b, 0x22, 0x6b, 0xff, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d] },
  '/__fuzz/redirect.json': { status: 302, redirect: '/__fuzz/valid.json' },
  '/__fuzz/redirect-404.json': { status: 302, redirect: '/__fuzz/404.json' },
  '/__fuzz/404.json': { status: 404, body: 'not found' },
  '/__fuzz/500.json': { status: 500, body: 'oops' },
};

const HOSTILE = [...INJECTIONS, '', ' ', '\u0000', '\u202e', '💥', 'NaN', 'Infinity', '-0', '1e308', '-1', '93,15', 'null', 'undefined', '[object Object]', 'x'.repeat(5000), '__proto__', 'constructor'];

/** The attributes the fuzz sets, each with the values worth trying. */
function attributeValues(fc: typeof fcModule) {
  const hostile = fc.constantFrom(...HOSTILE);
  const figure = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('46.25', '0', '100', '93.15', '12', '0.0001', '.5', '5.', '+3', '1E2', '1e12') },
    { weight: 1, arbitrary: fc.constantFrom('1e13', '-0', '-5') },
    { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
    { weight: 1, arbitrary: fc.integer().map(String) },
  );
  const pick = (...values: string[]) => fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: hostile });
  return {
    look: pick('bar', 'ring', 'gauge'),
    indicator: pick('society.fibre-households', 'government.online-public-services', 'city.rank-innovation', 'society.i0', 'society.i1', 'society.no-such-thing'),
    src: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...Object.keys(ROUTES), '/__fuzz/valid.json', '/__fuzz/valid.json', '/__fuzz/redirect.json', '/__fuzz/text-plain.json') },
      { weight: 1, arbitrary: fc.constantFrom('', 'http://127.0.0.1:9/x.json', 'data:application/json,{}', 'javascript:window.__pwned=1', '//', 'http://[::1', '/__fuzz/unknown.json?x=<b>') },
      { weight: 1, arbitrary: hostile },
    ),
    value: fc.oneof({ weight: 6, arbitrary: figure }, { weight: 1, arbitrary: hostile }),
    target: fc.oneof({ weight: 6, arbitrary: figure }, { weight: 1, arbitrary: hostile }),
    'target-year': pick('2025', '2030', '1899', '2201', '2025.5', ' 2025 '),
    label: fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 40 }) }, { weight: 1, arbitrary: hostile }),
    unit: pick('percent', 'per_100_inhabitants', 'rank', 'count', 'percent_per_year', 'milestone'),
    source: fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 20 }) }, { weight: 1, arbitrary: hostile }),
    'source-url': pick('https://example.org/', 'http://example.org/a?b=<c>', 'ftp://example.org/', 'javascript:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>'),
    'as-of': pick('2024-12-31', '2024-10-24', '2024-02-30', '0000-01-01', '2200-12-31', '9999-12-31', '2024-1-1'),
    theme: pick('auto', 'light', 'dark'),
    lang: pick('vi', 'en', 'en-GB', 'EN', 'fr', 'vi-VN'),
    timeout: pick('100', '300', '10000', '2147483648', '99999999999', '-1', '0', 'soon', '1e400'),
  };
}

/** One gauge's attributes, then changes made in quick succession (`null` removes an attribute). */
export interface AttributeSet {
  attributes: Record<string, string>;
  changes: Array<Record<string, string | null>>;
}

/**
 * Attribute sets: a random subset of the attributes with hostile or ordinary values, and up to
 * four quick changes after it.
 */
export function attributeSet(fc: typeof fcModule) {
  const values = attributeValues(fc);
  const some = fc.record(values, { requiredKeys: [] }) as unknown as ReturnType<typeof fc.constant<Record<string, string>>>;
  const change = fc.record(
    Object.fromEntries(Object.entries(values).map(([name, arbitrary]) => [name, fc.option(arbitrary as ReturnType<typeof fc.constant<string>>, { nil: null })])),
    { requiredKeys: [] },
  ) as unknown as ReturnType<typeof fc.constant<Record<string, string | null>>>;
  return fc.record({ attributes: some, changes: fc.array(change, { maxLength: 4 }) });
}
