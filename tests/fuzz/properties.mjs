// The fuzz properties of @hn-cds/core, shared by the short seeded run in the test command
// (core.fuzz.test.ts, over the TypeScript sources) and the long run (run.mjs, over the build).
// Each property takes the public surface of the package (`core`, the CLI entry `cli`) as an
// argument, so both runs check the same code paths through the same names.
//
// A property whose `fails` names a cause is one that fails today because of a bug being fixed
// elsewhere (issue 14); it stays as strict as the others, so it passes as soon as the fix lands.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Text a reader must never see: a number or value that leaked. */
const LEAKS = [/NaN/, /Infinity/, /undefined/, /\[object Object\]/, /(^|[^\d.,])-0(?![.,]?\d)/];

/** The first leak in a text, or `undefined`. */
export function leakIn(text) {
  return LEAKS.find((pattern) => pattern.test(text))?.source;
}

/** Every string and number reachable from a value, with the path to it (cycles visited once). */
function* leaves(value, path = '', seen = new Set()) {
  if (typeof value === 'number' || typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const [key, child] of Object.entries(value)) yield* leaves(child, `${path}/${key}`, seen);
  }
}

/** Why a result is not clean: a number that is not finite, or a text with a leak; `undefined` when clean. */
export function dirt(value, { checkText = true } = {}) {
  for (const [path, leaf] of leaves(value)) {
    if (typeof leaf === 'number' && !Number.isFinite(leaf)) return `${path || '(root)'} is ${leaf}`;
    if (checkText && typeof leaf === 'string') {
      const leak = leakIn(leaf);
      if (leak) return `${path || '(root)'} has /${leak}/: ${JSON.stringify(leaf.slice(0, 200))}`;
    }
  }
  return undefined;
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function clean(value, what) {
  const found = dirt(value);
  assert(found === undefined, `${what}: ${found}`);
}

/** The generators, built on the caller's fast-check. */
export function arbitraries(fc) {
  const word = fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 24 }),
      fc.constantFrom('Cáp quang hộ gia đình', '<img src=x onerror=alert(1)>', '"}]{', '\u202e', '💥 Hà Nội', 'x'.repeat(400), '&amp;<script>'),
    )
    .filter((text) => text.trim().length > 0 && leakIn(text) === undefined);
  const localized = fc.record({ vi: word, en: word });
  const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const observedAt = fc.oneof(
    { weight: 4, arbitrary: isoDate },
    { weight: 1, arbitrary: fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })) },
    { weight: 1, arbitrary: fc.constant('undated') },
  );
  /** Figures people write: integers, percentages, counts, a few decimals. */
  const ordinary = fc.oneof(
    fc.integer({ min: 0, max: 100 }),
    fc.integer({ min: -1000, max: 10_000_000 }),
    fc.double({ min: 0.01, max: 1e6, noNaN: true }).map((v) => Math.round(v * 100) / 100),
    fc.double({ min: -1e3, max: -0.01, noNaN: true }).map((v) => Math.round(v * 100) / 100),
  );
  /** Finite figures nobody should write but a validator accepts: the edges of a double. */
  const absurd = fc.oneof(
    fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324, -0, 1e-300, -1e-9, 9007199254740993),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
  const qualifier = fc.constantFrom('exact', 'about', 'more_than', 'at_least', 'less_than', 'at_most');
  const reports = ['r-dated', 'r-undated'];
  const documents = ['nq18', 'kh-2025'];

  const observation = (figure, members) =>
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc
          .record({
            kind: fc.constant('value'),
            date: observedAt,
            source: fc.constantFrom(...reports),
            value: figure,
            qualifier,
            outOf: fc.option(figure.filter((v) => v > 0), { nil: undefined }),
            breakdown: fc.option(fc.constantFrom(...(members.length ? members : ['x'])), { nil: undefined }),
          })
          .map((o) => {
            const out = { ...o };
            if (out.outOf === undefined || out.qualifier !== 'exact') delete out.outOf;
            if (out.breakdown === undefined || members.length === 0) delete out.breakdown;
            return out;
          }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('state'), date: observedAt, source: fc.constantFrom(...reports), state: localized }) },
    );

  const year = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 2015, max: 2040 }) }, { weight: 1, arbitrary: fc.integer({ min: 1900, max: 2200 }) });
  const reportedStatus = fc.option(
    fc.record({ status: fc.constantFrom('achieved', 'exceeded', 'in_progress', 'no_method'), source: fc.constantFrom(...reports) }),
    { nil: undefined },
  );
  const target = (figure, unit) => {
    const base = { year, source: fc.constantFrom(...documents), reportedStatus };
    const strip = (t) => {
      const out = { ...t };
      if (out.reportedStatus === undefined) delete out.reportedStatus;
      return out;
    };
    const rank = fc.record({ ...base, comparator: fc.constant('rank_at_most'), value: fc.integer({ min: 1, max: 200 }) });
    const milestone = fc.record({ ...base, comparator: fc.constant('milestone'), milestone: localized });
    const unstated = fc.record({ ...base, comparator: fc.constant('not_given') });
    if (unit === 'rank') return fc.oneof(rank, milestone, unstated).map(strip);
    const value = fc.record({ ...base, comparator: fc.constantFrom('at_least', 'more_than', 'at_most', 'less_than', 'about', 'reach'), value: figure });
    const range = fc.record({ ...base, comparator: fc.constant('between'), min: figure, max: figure }).map((t) => ({ ...t, min: Math.min(t.min, t.max), max: Math.max(t.min, t.max) }));
    return fc.oneof(value, value, range, milestone, unstated).map(strip);
  };

  const pillars = ['society', 'economy', 'government'];
  const indicator = (figure, n) =>
    fc
      .record({
        pillar: fc.constantFrom(...pillars),
        unit: fc.constantFrom('percent', 'per_100_inhabitants', 'rank', 'count', 'percent_per_year', 'milestone'),
        direction: fc.constantFrom('higher_is_better', 'lower_is_better', 'none'),
        split: fc.boolean(),
        label: localized,
      })
      .chain(({ pillar, unit, direction, split, label }) => {
        const members = split ? ['ha-noi', 'ngoai-thanh'] : [];
        return fc.record({
          id: fc.constant(`${pillar}.indicator${n}`),
          pillar: fc.constant(pillar),
          label: fc.constant(label),
          unit: fc.constant(unit),
          direction: fc.constant(unit === 'rank' ? 'lower_is_better' : direction),
          ...(split ? { breakdown: fc.constant({ dimension: { vi: 'Khu vực', en: 'Area' }, members: members.map((id) => ({ id, label: { vi: id, en: id } })) }) } : {}),
          targets: fc.array(target(figure, unit), { maxLength: 4 }),
          observations: fc.array(observation(figure, members), { maxLength: 12 }),
        });
      });

  const sources = [
    { kind: 'resolution', id: 'nq18', issuer: { vi: 'Thành ủy', en: 'Party Committee' }, title: { vi: 'Nghị quyết', en: 'Resolution' } },
    { kind: 'plan', id: 'kh-2025', issuer: { vi: 'UBND', en: 'People’s Committee' }, date: '2021-03-01', title: { vi: 'Kế hoạch', en: 'Plan' } },
    { kind: 'report', id: 'r-dated', publisher: 'Báo', date: '2024-10-24', title: { vi: 'Bài báo', en: 'Article' }, url: 'https://example.org/a' },
    { kind: 'report', id: 'r-undated', publisher: 'Cổng', date: 'undated', title: { vi: 'Trang', en: 'Page' } },
  ];
  const taxonomy = (figure) =>
    fc.integer({ min: 1, max: 4 }).chain((count) =>
      fc.tuple(...Array.from({ length: count }, (_, n) => indicator(figure, n))).map((indicators) => ({
        kind: 'taxonomy',
        schemaVersion: 1,
        programme: {
          id: 'fuzz',
          name: { vi: 'Chương trình', en: 'Programme' },
          place: { vi: 'Hà Nội', en: 'Hanoi' },
          pillars: pillars.map((id) => ({ id, kind: 'pillar', label: { vi: id, en: id } })),
        },
        sources,
        indicators,
      })),
    );

  /** Values a careless or hostile caller hands to validate. */
  const hostileLeaf = fc.oneof(
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, -1e308, 5e-324, '93,15', '93,15%', ' 93.15 ', '', null, true, [], {}, '__proto__'),
    fc.bigInt(),
    fc.constant(Symbol('s')),
    fc.constant(() => 1),
    fc.constant(new Date(0)),
    fc.constant(new Map([[1, 2]])),
    fc.constant(Object.defineProperty({}, 'boom', { enumerable: true, get: () => { throw new Error('getter'); } })),
    fc.constant(new Proxy({}, { ownKeys: () => { throw new Error('proxy'); } })),
    fc.constant((() => { const a = { kind: 'taxonomy' }; a.self = a; return a; })()),
    fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
    fc.constant((() => { let deep = {}; for (let i = 0; i < 200; i += 1) deep = { deep }; return deep; })()),
  );

  return { word, localized, isoDate, observedAt, ordinary, absurd, qualifier, observation, target, indicator, taxonomy, hostileLeaf, sources };
}

/** How many strings `value` holds. */
function stringSlots(value) {
  let count = 0;
  for (const [, leaf] of leaves(value)) if (typeof leaf === 'string') count += 1;
  return count;
}

/** Replaces the value at a place of `value` (any place, or only strings) by `leaf`, in a fresh copy. */
function plant(value, pick, leaf, stringsOnly = false) {
  const copy = structuredClone(value);
  const slots = [];
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      if (!stringsOnly || typeof node[key] === 'string') slots.push([node, key]);
      walk(node[key]);
    }
  };
  walk(copy);
  if (slots.length === 0) return leaf;
  const [parent, key] = slots[pick % slots.length];
  parent[key] = leaf;
  return copy;
}

function checkValidation(core, result, what) {
  assert(typeof result.ok === 'boolean', `${what}: no ok`);
  if (result.ok) return;
  assert(Array.isArray(result.issues) && result.issues.length > 0, `${what}: invalid with no issues`);
  assert(result.issues.length <= core.MAX_ISSUES + 1, `${what}: ${result.issues.length} issues`);
  for (const issue of result.issues) {
    assert(typeof issue.message.vi === 'string' && issue.message.vi.length > 0 && typeof issue.message.en === 'string' && issue.message.en.length > 0, `${what}: empty message`);
    for (const lang of ['vi', 'en']) {
      const leak = /undefined|\[object Object\]/.exec(issue.message[lang]);
      assert(!leak, `${what}: message has ${leak?.[0]}: ${issue.message[lang].slice(0, 200)}`);
      assert(issue.message[lang].length <= 2000, `${what}: a message of ${issue.message[lang].length} characters`);
    }
  }
}

const AS_OF = ['2019-06-30', '2024-12-31', '2025-12-31', '2031-01-01', '2200-12-31'];

function checkStatus(core, taxonomy, asOfPick) {
  const asOf = AS_OF[asOfPick % AS_OF.length];
  for (const indicator of taxonomy.indicators) {
    const verdicts = core.assessIndicator(taxonomy, indicator, { asOf });
    for (const verdict of verdicts) {
      assert(core.VERDICTS.includes(verdict.status), `unknown status ${verdict.status}`);
      clean(verdict, `assessIndicator(${indicator.id}, ${asOf})`);
    }
    for (const lang of ['vi', 'en']) {
      if (lang === 'vi') clean(core.describeIndicator(taxonomy, indicator, { asOf, lang }), `describeIndicator(${indicator.id}, ${asOf}, ${lang})`);
      clean(core.describeIndicator(taxonomy, indicator, { asOf, lang, verdicts }), `describeIndicator with verdicts (${lang})`);
      for (const target of indicator.targets) clean(core.formatTarget(target, indicator, { lang }), `formatTarget(${lang})`);
      for (const observation of indicator.observations) clean(core.formatObservation(observation, indicator, { lang }), `formatObservation(${lang})`);
    }
  }
  const years = taxonomy.indicators.flatMap((i) => i.targets.map((t) => t.year));
  for (const year of new Set([2025, years[asOfPick % Math.max(1, years.length)] ?? 2030])) {
    clean(core.rollUp(taxonomy, { year, asOf }), `rollUp(${year}, ${asOf})`);
  }
}

const workdirs = [];

const UNITS = ['percent', 'per_100_inhabitants', 'rank', 'count', 'percent_per_year', 'milestone'];

/**
 * The core properties, each `{ name, group, fails?, weight, property(wrap?) }`: `group` is the
 * class the long run counts failures in; `weight` is its share of the long run's inputs; `wrap`
 * receives each check (which throws on failure) and returns the predicate fast-check runs.
 */
export function coreProperties(core, cli, fc) {
  const a = arbitraries(fc);
  const valid = (taxonomy) => {
    const result = core.validate(taxonomy);
    return result.ok ? result.value : undefined;
  };
  let workdir;
  const dir = () => {
    if (!workdir) workdirs.push((workdir = mkdtempSync(join(tmpdir(), 'hn-cds-fuzz-'))));
    return workdir;
  };
  const runCli = async (bytes, lang) => {
    const file = join(dir(), `f${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, bytes);
    let out = '';
    const io = { ...cli.nodeIo(), stdout: (t) => (out += t), stderr: (t) => (out += t), env: { LANG: lang === 'en' ? 'en_GB.UTF-8' : 'vi_VN.UTF-8' } };
    try {
      const code = await cli.main(['validate', file], io);
      return { code, out, file };
    } finally {
      rmSync(file, { force: true });
    }
  };
  const checkCliRun = ({ code, out }, what) => {
    assert([0, 1, 2].includes(code), `${what}: exit ${code}`);
    assert(out.length > 0, `${what}: said nothing`);
    assert(out.length <= 64_000, `${what}: ${out.length} characters of output`);
    assert(!/undefined|\[object Object\]/.test(out), `${what}: output leaks: ${out.slice(0, 300)}`);
  };
  const validBytes = (taxonomy) => Buffer.from(JSON.stringify(taxonomy));
  // The last argument is the check; `wrap` lets the long run count failures instead of stopping at one.
  const P = (wrap, ...args) => fc.property(...args.slice(0, -1), wrap(args.at(-1)));
  const AP = (wrap, ...args) => fc.asyncProperty(...args.slice(0, -1), wrap(args.at(-1)));

  return [
    {
      name: 'validate never throws on any JSON value, and lists at most MAX_ISSUES + 1 short messages',
      group: 'validate',
      weight: 20,
      property: (wrap = (check) => check) => P(wrap, fc.jsonValue({ maxDepth: 6 }), (input) => checkValidation(core, core.validate(input), 'validate(json)')),
    },
    {
      name: 'validate never throws on any JavaScript value',
      group: 'validate',
      weight: 10,
      property: (wrap = (check) => check) => P(wrap, fc.anything({ maxDepth: 4, withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (input) => checkValidation(core, core.validate(input), 'validate(anything)')),
    },
    {
      name: 'validate never throws when a hostile value replaces any part of a valid payload, lenient or not',
      group: 'validate',
      weight: 20,
      property: (wrap = (check) => check) =>
        P(wrap, a.taxonomy(a.ordinary), fc.nat(), a.hostileLeaf, fc.boolean(), (taxonomy, pick, leaf, lenient) => {
          checkValidation(core, core.validate(plant(taxonomy, pick, leaf), { lenient }), 'validate(planted)');
        }),
    },
    {
      name: 'validate keeps every message short when a 100,000-character string replaces any text of a valid payload, each in turn',
      group: 'validate',
      weight: 1,
      property: (wrap = (check) => check) =>
        P(wrap, a.taxonomy(a.ordinary), fc.constantFrom('x'.repeat(100_000), 'é'.repeat(50_000)), (taxonomy, leaf) => {
          const slots = stringSlots(taxonomy);
          for (let pick = 0; pick < slots; pick += 1) checkValidation(core, core.validate(plant(taxonomy, pick, leaf, true)), `validate(long string at text ${pick})`);
        }),
    },
    {
      name: 'validate gives back what it accepts: a valid payload validates again to the same value',
      group: 'validate',
      weight: 10,
      property: (wrap = (check) => check) =>
        P(wrap, a.taxonomy(a.ordinary), (taxonomy) => {
          const first = core.validate(taxonomy);
          if (!first.ok) return;
          const second = core.validate(first.value);
          assert(second.ok && JSON.stringify(second.value) === JSON.stringify(first.value), 'second validation differs');
        }),
    },
    {
      name: 'an unknown pillar is reported in a short message however many pillars there are',
      group: 'validate',
      weight: 1,
      property: (wrap = (check) => check) =>
        P(wrap, fc.integer({ min: 200, max: 3000 }), (count) => {
          const taxonomy = {
            kind: 'taxonomy',
            schemaVersion: 1,
            programme: { id: 'p', name: { vi: 'p', en: 'p' }, place: { vi: 'p', en: 'p' }, pillars: Array.from({ length: count }, (_, i) => ({ id: `pillar-number-${i}`, kind: 'pillar', label: { vi: 'x', en: 'x' } })) },
            sources: a.sources,
            indicators: [{ id: 'nowhere.x', pillar: 'nowhere', label: { vi: 'x', en: 'x' }, unit: 'percent', direction: 'none', targets: [], observations: [] }],
          };
          checkValidation(core, core.validate(taxonomy), `validate(${count} pillars)`);
        }),
    },
    {
      name: 'verdicts, roll-ups and sentences of valid taxonomies with ordinary figures have finite numbers and no leaked text',
      group: 'status',
      weight: 25,
      property: (wrap = (check) => check) =>
        P(wrap, a.taxonomy(a.ordinary), fc.nat(), (taxonomy, asOf) => {
          const value = valid(taxonomy);
          if (value) checkStatus(core, value, asOf);
        }),
    },
    {
      name: 'verdicts, roll-ups and sentences of valid taxonomies with absurd but finite figures have finite numbers and no leaked text',
      group: 'status',
      weight: 5,
      property: (wrap = (check) => check) =>
        P(wrap, a.taxonomy(a.absurd), fc.nat(), (taxonomy, asOf) => {
          const value = valid(taxonomy);
          if (value) checkStatus(core, value, asOf);
        }),
    },
    {
      name: 'a growth rate between two figures a few days apart stays finite',
      group: 'status',
      weight: 1,
      property: (wrap = (check) => check) =>
        P(wrap, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom('count', 'percent', 'per_100_inhabitants'), (from, to, days, unit) => {
          const second = new Date(Date.UTC(2024, 0, 1 + days)).toISOString().slice(0, 10);
          const payload = {
            kind: 'taxonomy',
            schemaVersion: 1,
            programme: { id: 'growth', name: { vi: 'Chương trình', en: 'Programme' }, place: { vi: 'Hà Nội', en: 'Hanoi' }, pillars: [{ id: 'society', kind: 'pillar', label: { vi: 'Xã hội', en: 'Society' } }] },
            sources: a.sources,
            indicators: [
              {
                id: 'society.growth',
                pillar: 'society',
                label: { vi: 'Tăng', en: 'Growth' },
                unit,
                direction: 'higher_is_better',
                targets: [{ year: 2030, source: 'nq18', comparator: 'at_least', value: to * 2 }],
                observations: [
                  { kind: 'value', date: '2024-01-01', source: 'r-dated', value: from, qualifier: 'exact' },
                  { kind: 'value', date: second, source: 'r-dated', value: to, qualifier: 'exact' },
                ],
              },
            ],
          };
          const result = core.validate(payload);
          assert(result.ok, 'the growth payload does not validate');
          checkStatus(core, result.value, 1);
        }),
    },
    {
      name: 'formatting ordinary figures, dates, targets, verdicts and citations never leaks NaN, Infinity, -0, undefined or [object Object]',
      group: 'format',
      weight: 15,
      property: (wrap = (check) => check) =>
        P(wrap, a.ordinary, fc.constantFrom(...UNITS), a.qualifier, fc.option(a.ordinary.filter((v) => v > 0), { nil: undefined }), a.observedAt, fc.constantFrom('vi', 'en'), fc.integer({ min: 2, max: 6 }), (value, unit, qualifier, outOf, date, lang, digits) => {
          clean(core.formatNumber(value, { lang, maximumFractionDigits: digits }), 'formatNumber');
          clean(core.formatValue(value, unit, { lang, qualifier, ...(outOf === undefined ? {} : { outOf }) }), `formatValue(${value}, ${unit})`);
          clean(core.formatDate(date, { lang }), `formatDate(${JSON.stringify(date)})`);
          for (const status of core.VERDICTS) clean(core.formatVerdict(status, { lang }), 'formatVerdict');
          for (const reason of core.NOT_ASSESSABLE_REASONS) clean(core.formatReason(reason, { lang }), 'formatReason');
          for (const status of ['achieved', 'exceeded', 'in_progress', 'no_method']) clean(core.formatReportedStatus(status, { lang }), 'formatReportedStatus');
          for (const source of a.sources) clean(core.formatCitation(source, { lang }), 'formatCitation');
        }),
    },
    {
      name: 'formatting -0 and negatives that round to zero (tiny ones, or -0.4 with no decimals) never prints "-0"',
      group: 'format',
      weight: 3,
      property: (wrap = (check) => check) =>
        P(wrap, fc.oneof(fc.constant(-0), fc.double({ min: -0.004, max: -1e-12, noNaN: true }), fc.double({ min: -0.4, max: -1e-12, noNaN: true })), fc.constantFrom(...UNITS.filter((u) => u !== 'milestone')), fc.constantFrom('vi', 'en'), fc.integer({ min: 0, max: 2 }), (value, unit, lang, digits) => {
          clean(core.formatNumber(value, { lang, maximumFractionDigits: digits }), `formatNumber(${value}, ${digits} digits)`);
          clean(core.formatValue(value, unit, { lang }), `formatValue(${value}, ${unit})`);
        }),
    },
    {
      name: 'a date validate accepts is printed with its four-digit year',
      group: 'format',
      weight: 2,
      property: (wrap = (check) => check) =>
        P(wrap, fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('vi', 'en'), (year, month, lang) => {
          const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-15`;
          const payload = { kind: 'observations', schemaVersion: 1, sources: [a.sources[2]], updates: [{ indicator: 'society.x', observations: [{ kind: 'value', date, source: 'r-dated', value: 1, qualifier: 'exact' }] }] };
          if (!core.validate(payload).ok) return;
          assert(core.formatDate(date, { lang }).includes(String(year).padStart(4, '0')), `formatDate(${date}) = ${core.formatDate(date, { lang })}`);
        }),
    },
    {
      name: 'the CLI answers any file of bytes, valid or mangled, with exit 0, 1 or 2 and a short message',
      group: 'cli',
      weight: 4,
      property: (wrap = (check) => check) =>
        AP(wrap, 
          fc.oneof(
            a.taxonomy(a.ordinary).map(validBytes),
            fc.tuple(a.taxonomy(a.ordinary), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([t, at, junk]) => {
              const bytes = validBytes(t);
              const i = at % bytes.length;
              return Buffer.concat([bytes.subarray(0, i), Buffer.from(junk), bytes.subarray(i)]);
            }),
            fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b)),
            fc.constantFrom(Buffer.from(''), Buffer.from('\uFEFF{}'), Buffer.from('null'), Buffer.from('[]'), Buffer.from('{"kind":"taxonomy"')),
          ),
          fc.constantFrom('vi', 'en'),
          async (bytes, lang) => checkCliRun(await runCli(bytes, lang), 'hn-cds validate'),
        ),
    },
    {
      name: 'the CLI keeps its answer short for a file with thousands of issues or megabytes of text',
      group: 'cli',
      weight: 1,
      property: (wrap = (check) => check) =>
        AP(wrap, fc.constantFrom('issues', 'long-string', 'big-valid'), fc.constantFrom('vi', 'en'), async (kind, lang) => {
          const base = { kind: 'indicators', schemaVersion: 1, sources: a.sources, indicators: [] };
          const one = (n, value) => ({ id: `society.i${n}`, pillar: 'society', label: { vi: 'x', en: 'x' }, unit: 'percent', direction: 'none', targets: [], observations: [{ kind: 'value', date: '2024-01-01', source: 'r-dated', value, qualifier: 'exact' }] });
          if (kind === 'issues') base.indicators = Array.from({ length: 5000 }, (_, n) => one(n, '93,15'));
          if (kind === 'long-string') base.indicators = [{ ...one(0, 1), label: { vi: 'x'.repeat(1_000_000), en: 1 } }];
          if (kind === 'big-valid') base.indicators = Array.from({ length: 3000 }, (_, n) => one(n, n % 100));
          checkCliRun(await runCli(Buffer.from(JSON.stringify(base)), lang), `hn-cds validate (${kind})`);
        }),
    },
    {
      name: 'the CLI rejects a file with invalid UTF-8 (exit 1) instead of reading it as replacement characters',
      group: 'cli',
      weight: 2,
      property: (wrap = (check) => check) =>
        AP(wrap, a.taxonomy(a.ordinary), fc.constantFrom([0xff], [0xc0, 0xaf], [0xff, 0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82]), fc.constantFrom('vi', 'en'), async (taxonomy, junk, lang) => {
          const text = JSON.stringify(taxonomy);
          const at = text.indexOf('"Chương trình"') + 2;
          const bytes = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(junk), Buffer.from(text.slice(at))]);
          const run = await runCli(bytes, lang);
          checkCliRun(run, 'hn-cds validate (invalid UTF-8)');
          assert(run.code === 1, `exit ${run.code} for invalid UTF-8: ${run.out.slice(0, 200)}`);
        }),
    },
  ];
}

/** Removes the temporary directories the CLI properties wrote their files in. */
export function cleanUp() {
  for (const dir of workdirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
