import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeIndicator } from '../format/describe-indicator.js';
import { formatCitation } from '../format/format-citation.js';
import { formatDate } from '../format/format-date.js';
import { formatTarget } from '../format/format-target.js';
import { formatObservation, formatValue } from '../format/format-value.js';
import { formatReason, formatVerdict } from '../format/format-verdict.js';
import { Indicator, UnitKind } from '../schema/indicator.js';
import type { Observation } from '../schema/observation.js';
import { Taxonomy } from '../schema/payload.js';
import type { Target } from '../schema/target.js';
import { assessIndicator, assessTarget } from './assess-target.js';
import { rollUp } from './roll-up.js';
import { VERDICTS, type VerdictStatus } from './verdict.js';

const LANGS = ['vi', 'en'] as const;

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const observedAt = fc.oneof(
  isoDate,
  fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
  fc.constant('undated' as const),
);
const finite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ noNaN: true, min: -1000, max: 1000 }),
  fc.constantFrom(0, 50, 90, 100, 121),
);
const qualifier = fc.constantFrom('exact', 'about', 'more_than', 'at_least', 'less_than', 'at_most') as fc.Arbitrary<
  'exact' | 'about' | 'more_than' | 'at_least' | 'less_than' | 'at_most'
>;
const source = fc.constantFrom('r1', 'r2', 'r3');

function observation(breakdowns: string[]): fc.Arbitrary<Observation> {
  const breakdown = breakdowns.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...breakdowns), { nil: undefined });
  const value = fc
    .record({ date: observedAt, source, value: finite, qualifier, breakdown, outOf: fc.option(fc.double({ min: 1, max: 1000, noNaN: true }), { nil: undefined }) })
    .map(({ outOf, breakdown: b, ...rest }): Observation => ({
      kind: 'value',
      ...rest,
      ...(b === undefined ? {} : { breakdown: b }),
      ...(outOf === undefined || rest.qualifier !== 'exact' ? {} : { outOf }),
    }));
  const state = fc.record({ date: observedAt, source, breakdown }).map(({ breakdown: b, ...rest }): Observation => ({
    kind: 'state',
    ...rest,
    ...(b === undefined ? {} : { breakdown: b }),
    state: { vi: 'Đã thực hiện', en: 'Done' },
  }));
  return fc.oneof({ arbitrary: value, weight: 4 }, { arbitrary: state, weight: 1 });
}

const text = { vi: 'Mốc', en: 'Milestone' };
const year = fc.integer({ min: 2000, max: 2040 });

function target(rank: boolean, breakdowns: string[]): fc.Arbitrary<Target> {
  const base = {
    year,
    source: fc.constant('doc'),
    reportedStatus: fc.option(
      fc.record({ status: fc.constantFrom('achieved', 'exceeded', 'in_progress', 'no_method'), source: fc.constantFrom('r1', 'r2') }),
      { nil: undefined },
    ),
    breakdown: breakdowns.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...breakdowns), { nil: undefined }),
  };
  const clean = <T extends Record<string, unknown>>(t: T) =>
    Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as unknown as Target;
  const rankTarget = fc.record({ ...base, comparator: fc.constant('rank_at_most'), value: fc.integer({ min: 1, max: 63 }) }).map(clean);
  const others = [
    fc.record({ ...base, comparator: fc.constant('milestone'), milestone: fc.constant(text) }).map(clean),
    fc.record({ ...base, comparator: fc.constant('not_given') }).map(clean),
  ];
  if (rank) return fc.oneof(rankTarget, ...others);
  return fc.oneof(
    fc.record({ ...base, comparator: fc.constantFrom('at_least', 'more_than', 'at_most', 'less_than', 'about', 'reach'), value: finite }).map(clean),
    fc.record({ ...base, comparator: fc.constant('between'), ends: fc.tuple(finite, finite) }).map(({ ends: [a, b], ...t }) =>
      clean({ ...t, min: Math.min(a, b), max: Math.max(a, b) }),
    ),
    ...others,
  );
}

const members = [
  { id: 'city', label: { vi: 'Thành phố', en: 'City' } },
  { id: 'commune', label: { vi: 'Xã', en: 'Commune' } },
];

const indicator: fc.Arbitrary<Indicator> = fc
  .record({ unit: fc.constantFrom(...UnitKind.options), direction: fc.constantFrom('higher_is_better', 'lower_is_better', 'none'), split: fc.boolean() })
  .chain(({ unit, direction, split }) => {
    const rank = unit === 'rank';
    const breakdowns = split ? members.map((m) => m.id) : [];
    return fc.record({
      id: fc.constant('society.sample'),
      pillar: fc.constant('society'),
      label: fc.constant({ vi: 'Chỉ tiêu', en: 'Indicator' }),
      unit: fc.constant(unit),
      direction: fc.constant(rank ? ('lower_is_better' as const) : direction),
      targets: fc.array(target(rank, breakdowns), { maxLength: 3 }),
      observations: fc.array(observation(breakdowns), { maxLength: 5 }),
    }).map((i): Indicator => (split ? { ...i, breakdown: { dimension: { vi: 'Cấp', en: 'Level' }, members } } : i));
  });

function taxonomyOf(indicators: Indicator[], reportDate: string | 'undated'): Taxonomy {
  return {
    kind: 'taxonomy',
    schemaVersion: 1,
    programme: {
      id: 'p',
      name: { vi: 'Chương trình', en: 'Programme' },
      place: { vi: 'Hà Nội', en: 'Hanoi' },
      pillars: [{ id: 'society', kind: 'pillar', label: { vi: 'Xã hội số', en: 'Digital society' } }],
    },
    sources: [
      { kind: 'resolution', id: 'doc', number: '1-NQ', date: '2022-12-30', issuer: { vi: 'UBND', en: 'PC' }, title: { vi: 'NQ', en: 'Res' } },
      { kind: 'report', id: 'r1', publisher: 'Báo 1', date: reportDate, title: { vi: 'Tin', en: 'News' } },
      { kind: 'report', id: 'r2', publisher: 'Báo 2', date: 'undated', title: { vi: 'Tin', en: 'News' } },
      { kind: 'report', id: 'r3', publisher: 'Báo 3', date: '2024-10-24', title: { vi: 'Tin', en: 'News' } },
    ],
    indicators: indicators.map((ind, i) => ({ ...ind, id: `society.sample-${i}` })),
  };
}

const taxonomy = fc
  .tuple(fc.array(indicator, { minLength: 1, maxLength: 3 }), fc.oneof(isoDate, fc.constant('undated' as const)))
  .map(([indicators, date]) => taxonomyOf(indicators, date));

describe('properties of verdicts, roll-ups and formatting', () => {
  it('generates only schema-valid taxonomies (so the properties below are about valid input)', () => {
    fc.assert(
      fc.property(taxonomy, (t) => {
        const result = Taxonomy.safeParse(t);
        if (!result.success) throw new Error(JSON.stringify(result.error.issues));
      }),
    );
  });

  it('never throws on schema-valid input, and gives a reason exactly when not assessable', () => {
    fc.assert(
      fc.property(taxonomy, isoDate, fc.constantFrom(...LANGS), (t, asOf, lang) => {
        for (const ind of t.indicators) {
          for (const verdict of assessIndicator(t, ind, { asOf })) {
            expect(VERDICTS).toContain(verdict.status);
            expect(verdict.reason !== undefined).toBe(verdict.status === 'not_assessable');
            formatVerdict(verdict.status, { lang });
            if (verdict.reason) formatReason(verdict.reason, { lang });
            formatTarget(verdict.target, ind, { lang });
          }
          for (const o of ind.observations) {
            formatObservation(o, ind, { lang });
            formatDate(o.date, { lang });
          }
          expect(typeof describeIndicator(t, ind, { asOf, lang })).toBe('string');
        }
        for (const s of t.sources) formatCitation(s, { lang });
        const years = new Set(t.indicators.flatMap((i) => i.targets.map((x) => x.year)));
        for (const y of years) {
          const summary = rollUp(t, { year: y, asOf });
          expect(summary.pillars.reduce((n, g) => n + g.total, 0)).toBe(summary.total.total);
          expect(Object.values(summary.total.counts).reduce((n, c) => n + c, 0)).toBe(summary.total.total);
        }
      }),
    );
  });

  const ORDER: Record<Exclude<VerdictStatus, 'not_assessable' | 'awaiting_final'>, number> = {
    missed: 0,
    off_track: 1,
    at_risk: 2,
    on_track: 3,
    achieved: 4,
    exceeded: 5,
  };
  const rankOf = (status: VerdictStatus) => (status === 'not_assessable' || status === 'awaiting_final' ? undefined : ORDER[status]);

  it('never gives a worse verdict to a higher latest value when higher is better', () => {
    // Comparators that point against the direction ("at most" when higher is better) are read
    // literally, so they are left out here: for them a higher value is meant to be worse.
    // Realistic ranges, so that projections (two dated figures before the deadline) come up often.
    const figure = fc.integer({ min: 0, max: 20_000 }).map((n) => n / 100);
    const recent = fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const soon = fc.integer({ min: 2021, max: 2030 });
    const alongDirection = fc.oneof(
      fc.record({ year: soon, source: fc.constant('doc'), comparator: fc.constantFrom('at_least', 'more_than', 'about', 'reach'), value: figure }),
      fc.record({ year: soon, source: fc.constant('doc'), comparator: fc.constant('between'), ends: fc.tuple(figure, figure) }).map(
        ({ ends: [a, b], ...t }) => ({ ...t, min: Math.min(a, b), max: Math.max(a, b) }),
      ),
    ) as fc.Arbitrary<Target>;
    const observed = fc.record({
      kind: fc.constant('value' as const),
      date: fc.oneof({ arbitrary: recent, weight: 5 }, { arbitrary: fc.constant('undated' as const), weight: 1 }),
      source: fc.constantFrom('r1', 'r2'),
      value: figure,
      qualifier: fc.oneof({ arbitrary: fc.constant('exact' as const), weight: 4 }, { arbitrary: qualifier, weight: 1 }),
    });
    fc.assert(
      fc.property(
        alongDirection,
        fc.array(observed, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 5000 }).map((n) => n / 100),
        recent,
        (t, observations: Observation[], increase, asOf) => {
          const ind: Indicator = {
            id: 'society.sample',
            pillar: 'society',
            label: { vi: 'Chỉ tiêu', en: 'Indicator' },
            unit: 'percent',
            direction: 'higher_is_better',
            targets: [t],
            observations,
          };
          const tax = taxonomyOf([ind], '2024-10-24');
          const before = assessTarget(tax, ind, t, { asOf });
          const latest = before.components.latest?.observation;
          fc.pre(latest?.kind === 'value');
          if (latest?.kind !== 'value') return;
          const index = observations.indexOf(latest);
          const raised = observations.map((o, i) => (i === index ? { ...latest, value: latest.value + increase } : o));
          const after = assessTarget(tax, { ...ind, observations: raised }, t, { asOf });
          const a = rankOf(before.status);
          const b = rankOf(after.status);
          fc.pre(a !== undefined && b !== undefined);
          expect(b).toBeGreaterThanOrEqual(a ?? 0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  function parseNumbers(text: string, lang: 'vi' | 'en'): number[] {
    const group = lang === 'vi' ? '.' : ',';
    const decimal = lang === 'vi' ? ',' : '.';
    const withoutUnit = text.replace(/100 (dân|inhabitants)/, '');
    return [...withoutUnit.matchAll(/-?\d[\d.,]*/g)].map(([raw]) => {
      const trimmed = raw.replace(/[.,]$/, '');
      return Number(trimmed.split(group).join('').replace(decimal, '.'));
    });
  }
  const printable = fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100);

  it('prints values that read back as the same number, in both languages and every unit', () => {
    fc.assert(
      fc.property(printable, fc.constantFrom(...UnitKind.options), fc.constantFrom(...LANGS), qualifier, (n, unit, lang, q) => {
        expect(parseNumbers(formatValue(n, unit, { lang, qualifier: q }), lang)).toEqual([n]);
      }),
    );
  });

  it('prints counts out of a total that read back as both numbers', () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.integer({ min: 1, max: 1e6 }), fc.constantFrom(...LANGS), (n, total, lang) => {
        expect(parseNumbers(formatValue(n, 'percent', { lang, outOf: total }), lang)).toEqual([n, total]);
      }),
    );
  });

  it('prints targets whose figures and year read back', () => {
    const positive = fc.integer({ min: 0, max: 1e8 }).map((n) => n / 100);
    fc.assert(
      fc.property(positive, positive, year, fc.constantFrom(...LANGS), (a, b, y, lang) => {
        const ind = { unit: 'percent', direction: 'higher_is_better' } as const;
        const single: Target = { year: y, source: 'doc', comparator: 'at_least', value: a };
        const range: Target = { year: y, source: 'doc', comparator: 'between', min: Math.min(a, b), max: Math.max(a, b) };
        expect(parseNumbers(formatTarget(single, ind, { lang }), lang)).toEqual([a, y]);
        expect(parseNumbers(formatTarget(range, ind, { lang }), lang)).toEqual([Math.min(a, b), Math.max(a, b), y]);
      }),
    );
  });
});
