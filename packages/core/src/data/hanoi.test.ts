import { describe, expect, it } from 'vitest';
import type { Indicator } from '../schema/indicator.js';
import type { Observation, StateObservation, ValueObservation } from '../schema/observation.js';
import { Taxonomy } from '../schema/payload.js';
import type { Target } from '../schema/target.js';
import { hanoi } from './hanoi.js';

function indicator(id: string): Indicator {
  const found = hanoi.indicators.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no indicator "${id}" in the dataset`);
  return found;
}
const targets = (id: string, source?: string, year?: number): Target[] =>
  indicator(id).targets.filter((t) => (source === undefined || t.source === source) && (year === undefined || t.year === year));
const only = <T>(items: T[]): T => {
  expect(items).toHaveLength(1);
  return items[0]!;
};
const values = (observations: Observation[]): ValueObservation[] => observations.filter((o): o is ValueObservation => o.kind === 'value');
const states = (observations: Observation[]): StateObservation[] => observations.filter((o): o is StateObservation => o.kind === 'state');
/** A target as a row: what it compares and with which figure, whatever its comparator. */
const row = (t: Target) => {
  switch (t.comparator) {
    case 'between':
      return [t.comparator, t.min, t.max];
    case 'milestone':
      return [t.comparator, t.milestone.en];
    case 'not_given':
      return [t.comparator, t.reportedStatus?.status];
    default:
      return [t.comparator, t.value];
  }
};

describe('the Hanoi dataset', () => {
  it('is a valid taxonomy', () => {
    expect(Taxonomy.safeParse(hanoi).error?.issues).toBeUndefined();
  });

  it('has the three pillars of the programme, the city-wide rankings above them and a context group', () => {
    expect(hanoi.programme.pillars.map((p) => [p.id, p.kind])).toEqual([
      ['city', 'city_wide'],
      ['government', 'pillar'],
      ['economy', 'pillar'],
      ['society', 'pillar'],
      ['context', 'context'],
    ]);
  });
});

describe('what the data model must be able to say', () => {
  it('gives fibre coverage of households targets from two documents: NQ18 90% for 2025 and CTCDS universal fibre for 2030', () => {
    const nq18 = only(targets('society.fibre-households', 'nq18'));
    expect(nq18).toMatchObject({ year: 2025, comparator: 'reach', value: 90, via: ['r004'] });
    const ctcds = only(targets('society.fibre-households', 'ctcds'));
    expect(ctcds).toMatchObject({ year: 2030, comparator: 'milestone' });
    expect(row(ctcds)[1]).toMatch(/universal fibre/i);
  });

  it('has two e-payment indicators that differ only by population: the whole population and urban adults', () => {
    const whole = indicator('society.e-payment-population');
    const urban = indicator('society.e-payment-urban-adults');
    expect(whole.population?.en).toBe('Whole population');
    expect(urban.population?.en).toBe('Urban adults');
    expect([whole.unit, whole.direction, whole.pillar]).toEqual([urban.unit, urban.direction, urban.pillar]);
    expect(whole.targets.map((t) => [t.source, t.year, ...row(t)])).toEqual([
      ['ctcds', 2025, 'more_than', 50],
      ['ctcds', 2030, 'more_than', 80],
    ]);
    expect(urban.targets.map((t) => [t.source, t.year, ...row(t)])).toEqual([['nq18', 2025, 'more_than', 50]]);
  });

  it('states a range: labour productivity growth of 7 to 7.5% a year by 2025', () => {
    expect(indicator('economy.labour-productivity-growth').unit).toBe('percent_per_year');
    expect(row(only(targets('economy.labour-productivity-growth', 'ctcds', 2025)))).toEqual(['between', 7, 7.5]);
  });

  it('states "about": a digital economy of about 30% of GRDP by 2025, in CTCDS and NQ18 alike', () => {
    expect(targets('economy.digital-economy-share', undefined, 2025).map((t) => [t.source, ...row(t)])).toEqual([
      ['ctcds', 'about', 30],
      ['nq18', 'about', 30],
    ]);
  });

  it.each([
    ['society.e-payment-population', 'ctcds', 2025, 'more_than', 50],
    ['society.broadband-households', 'ctcds', 2025, 'more_than', 80],
    ['economy.digital-economy-share', 'ctcds', 2030, 'more_than', 40],
    ['economy.labour-productivity-growth', 'ctcds', 2030, 'more_than', 7.5],
    ['government.specialised-databases', 'nq18', 2025, 'at_least', 90],
    ['economy.sector-digital-share', 'nq18', 2025, 'at_least', 10],
  ] as const)('tells strict from non-strict bounds: %s (%s, %i) is %s %d', (id, source, year, comparator, value) => {
    expect(row(only(targets(id, source, year)))).toEqual([comparator, value]);
  });

  it('notes that the 2030 productivity bound is an average a year', () => {
    expect(only(targets('economy.labour-productivity-growth', 'ctcds', 2030)).note?.en).toMatch(/average/i);
  });

  const topFive = ['digital-transformation', 'information-technology', 'competitiveness', 'innovation', 'cyber-security'];

  it.each(topFive)('ranks Hanoi in the top 5 by 2025 and the top 3 by 2030 for %s, lower being better', (slug) => {
    const rank = indicator(`city.rank-${slug}`);
    expect([rank.unit, rank.direction]).toEqual(['rank', 'lower_is_better']);
    expect(rank.targets.filter((t) => t.source === 'ctcds').map((t) => [t.year, ...row(t)])).toEqual([
      [2025, 'rank_at_most', 5],
      [2030, 'rank_at_most', 3],
    ]);
  });

  it('ranks e-government and digital government in the top 3 by 2030, and observes rank 2 for e-commerce', () => {
    expect(row(only(targets('city.rank-digital-government', 'ctcds', 2030)))).toEqual(['rank_at_most', 3]);
    const ecommerce = only(values(indicator('city.rank-e-commerce').observations));
    expect([ecommerce.value, ecommerce.qualifier, ecommerce.source, ecommerce.date]).toEqual([2, 'exact', 'r004', 'undated']);
  });

  it.each([
    ['city.rank-digital-transformation', 'nq18', 2025, /leading localities/],
    ['city.rank-data-science-ai', 'ctcds', 2025, /South-East Asia's leading group/],
    ['government.agency-transformation', 'ctcds', 2025, /^Basically complete$/],
    ['government.agency-transformation', 'ctcds', 2030, /^Complete$/],
    ['government.e-government', 'ctcds', 2024, /basically complete before 2025/],
    ['government.smart-city-data-platform', 'ctcds', 2030, /fully formed/i],
    ['economy.startup-ecosystem', 'ctcds', 2030, /national start-up centre/],
    ['society.mobile-4g-5g', 'ctcds', 2030, /^Universal 5G$/],
    ['society.adult-smartphones', 'ctcds', 2025, /^Universal smartphones$/],
  ] as const)('states qualitative milestones with text, not figures: %s (%s, %i)', (id, source, year, text) => {
    const target = only(targets(id, source, year));
    expect(target.comparator).toBe('milestone');
    expect(row(target)[1]).toMatch(text);
  });

  it.each([
    ['society.health-records', 'nq18', 'achieved', 'r003'],
    ['society.university-digital-governance', 'nq18', 'achieved', 'r003'],
    ['society.school-digital-governance', 'nq18', 'achieved', 'r003'],
    ['society.adult-smartphones', 'nq18', 'achieved', 'r003'],
    ['society.digital-signatures', 'nq18', 'in_progress', 'r003'],
    ['society.digital-skills', 'nq18', 'in_progress', 'r003'],
    ['society.broadband-communes', 'kh239', 'achieved', 'r000'],
    ['society.fibre-households', 'kh239', 'achieved', 'r000'],
    ['society.mobile-broadband-subscriptions', 'kh239', 'achieved', 'r000'],
    ['society.fixed-broadband-subscriptions', 'kh239', 'achieved', 'r000'],
    ['society.smartphone-households', 'kh239', 'achieved', 'r000'],
    ['society.smartphone-subscriptions', 'kh239', 'achieved', 'r000'],
  ] as const)('keeps a target whose value the sources omit, with the status a report gives: %s (%s) is %s per %s', (id, source, status, report) => {
    const target = only(targets(id, source, 2025));
    expect(target.comparator).toBe('not_given');
    expect(target).not.toHaveProperty('value');
    expect(target.reportedStatus).toMatchObject({ status, source: report });
  });

  it('never gives KH239 a target value, since R000 prints none', () => {
    const kh239 = hanoi.indicators.flatMap((i) => i.targets.filter((t) => t.source === 'kh239'));
    expect(kh239).toHaveLength(6);
    expect(new Set(kh239.map((t) => t.comparator))).toEqual(new Set(['not_given']));
  });

  it.each([
    ['society.mobile-broadband-subscriptions', 121],
    ['society.smartphone-households', 122.7],
  ])('holds %s above 100%: %d', (id, value) => {
    expect(indicator(id).unit).toBe('percent');
    expect(only(values(indicator(id).observations))).toMatchObject({ value, qualifier: 'exact', source: 'r000', date: '2024-02-05' });
  });

  it('holds a value per 100 inhabitants: 27.3 fixed broadband subscriptions', () => {
    const fixed = indicator('society.fixed-broadband-subscriptions');
    expect(fixed.unit).toBe('per_100_inhabitants');
    expect(only(values(fixed.observations)).value).toBe(27.3);
  });

  it('holds a count out of a total: 21 of 22 sector databases, beside the "90% or more" bound', () => {
    const observations = values(indicator('government.specialised-databases').observations);
    expect(observations.map((o) => [o.value, o.outOf, o.qualifier, o.source])).toEqual([
      [90, undefined, 'at_least', 'r003'],
      [21, 22, 'exact', 'r003'],
    ]);
  });

  it('holds observations that go down between reports: fibre 93.15% (R000) then 91.4% (R003)', () => {
    const fibre = values(indicator('society.fibre-households').observations);
    expect(fibre.map((o) => [o.date, o.value, o.source])).toEqual([
      ['2024-02-05', 93.15, 'r000'],
      ['2024-10-24', 91.4, 'r003'],
    ]);
  });

  it('holds observations that disagree between reports: adults with a smartphone 78% (R004, undated) and 97% (R003)', () => {
    const smartphones = values(indicator('society.adult-smartphones').observations);
    expect(smartphones.map((o) => [o.date, o.value, o.source])).toEqual([
      ['undated', 78, 'r004'],
      ['2024-10-24', 97, 'r003'],
    ]);
  });

  it('holds an observation that is a bound, not a point: more than 80% of urban adults pay electronically', () => {
    expect(only(values(indicator('society.e-payment-urban-adults').observations))).toMatchObject({
      value: 80,
      qualifier: 'more_than',
      source: 'r003',
    });
  });

  it('holds an observation with no figure: work records done online at all three levels, for no level in particular', () => {
    const records = indicator('government.online-work-records');
    expect(values(records.observations)).toEqual([]);
    const state = only(states(records.observations));
    expect(state.breakdown).toBeUndefined();
    expect([state.source, state.date]).toEqual(['r003', '2024-10-24']);
    expect(state.state.en).toMatch(/three levels/);
  });

  it('keeps "100 communes" a count stated in words, not a 100% figure, and says why', () => {
    const communes = indicator('society.broadband-communes');
    expect(values(communes.observations)).toEqual([]);
    const state = only(states(communes.observations));
    expect(state.state.en).toMatch(/100 communes/);
    expect(state.note?.en).toMatch(/count/);
  });

  it("carries a source's stated status beside the figures a status can be computed from", () => {
    const fibre = only(targets('society.fibre-households', 'nq18'));
    expect(fibre.reportedStatus).toEqual({ status: 'achieved', source: 'r003', date: '2024-10-24' });
    expect(values(indicator('society.fibre-households').observations).length).toBeGreaterThan(0);
  });

  it('keeps the count R003 prints for NQ18: 8 of 15 achieved (7 exceeded), 7 in progress (1 without a method)', () => {
    expect(hanoi.programme.reportedSummaries).toEqual([
      { document: 'nq18', source: 'r003', date: '2024-10-24', total: 15, achieved: 8, exceeded: 7, inProgress: 7, noMethod: 1 },
    ]);
  });
});

describe('work records processed online', () => {
  it('splits by administrative level: city, district, commune', () => {
    const records = indicator('government.online-work-records');
    expect(records.breakdown?.dimension).toEqual({ vi: 'Cấp', en: 'Level' });
    expect(records.breakdown?.members.map((m) => m.id)).toEqual(['city', 'district', 'commune']);
  });

  it.each([
    [2025, 'city', 90],
    [2025, 'district', 80],
    [2025, 'commune', 60],
    [2030, 'city', 100],
    [2030, 'district', 100],
    [2030, 'commune', 80],
  ])('targets, for %i at %s level, %d%%', (year, level, value) => {
    const target = only(targets('government.online-work-records', 'ctcds', year).filter((t) => t.breakdown === level));
    expect(row(target)).toEqual(['reach', value]);
  });
});

describe('figures against the seed sheet', () => {
  it('gives every numeric target exactly as the sheet lists it', () => {
    const numeric = hanoi.indicators.flatMap((i) =>
      i.targets
        .filter((t) => t.comparator !== 'milestone' && t.comparator !== 'not_given')
        .map((t) => [i.id, t.year, t.source, t.breakdown ?? '', ...row(t)].join(' ')),
    );
    expect(numeric.sort()).toEqual(
      [
        'city.rank-digital-transformation 2025 ctcds  rank_at_most 5',
        'city.rank-digital-transformation 2030 ctcds  rank_at_most 3',
        'city.rank-information-technology 2025 ctcds  rank_at_most 5',
        'city.rank-information-technology 2030 ctcds  rank_at_most 3',
        'city.rank-competitiveness 2025 ctcds  rank_at_most 5',
        'city.rank-competitiveness 2030 ctcds  rank_at_most 3',
        'city.rank-innovation 2025 ctcds  rank_at_most 5',
        'city.rank-innovation 2030 ctcds  rank_at_most 3',
        'city.rank-cyber-security 2025 ctcds  rank_at_most 5',
        'city.rank-cyber-security 2030 ctcds  rank_at_most 3',
        'city.rank-digital-government 2030 ctcds  rank_at_most 3',
        'government.online-public-services 2025 ctcds  reach 100',
        'government.online-public-services 2025 nq18  reach 100',
        'government.online-work-records 2025 ctcds city reach 90',
        'government.online-work-records 2025 ctcds district reach 80',
        'government.online-work-records 2025 ctcds commune reach 60',
        'government.online-work-records 2030 ctcds city reach 100',
        'government.online-work-records 2030 ctcds district reach 100',
        'government.online-work-records 2030 ctcds commune reach 80',
        'government.report-integration 2025 ctcds  reach 100',
        'government.national-database-links 2025 ctcds  reach 100',
        'government.specialised-databases 2025 nq18  at_least 90',
        'government.digital-inspections 2025 ctcds  reach 50',
        'government.digital-inspections 2030 ctcds  reach 70',
        'economy.digital-economy-share 2025 ctcds  about 30',
        'economy.digital-economy-share 2025 nq18  about 30',
        'economy.digital-economy-share 2030 ctcds  more_than 40',
        'economy.sector-digital-share 2025 nq18  at_least 10',
        'economy.labour-productivity-growth 2025 ctcds  between 7 7.5',
        'economy.labour-productivity-growth 2025 nq18  between 7 7.5',
        'economy.labour-productivity-growth 2030 ctcds  more_than 7.5',
        'society.broadband-households 2025 ctcds  more_than 80',
        'society.fibre-households 2025 nq18  reach 90',
        'society.broadband-communes 2025 ctcds  reach 100',
        'society.e-payment-population 2025 ctcds  more_than 50',
        'society.e-payment-population 2030 ctcds  more_than 80',
        'society.e-payment-urban-adults 2025 nq18  more_than 50',
      ].sort(),
    );
  });

  it('gives every observed figure exactly as the sheet lists it, with its report and date', () => {
    const observed = hanoi.indicators.flatMap((i) =>
      values(i.observations).map((o) => [i.id, o.source, o.date, o.qualifier, o.value, o.outOf ?? ''].join(' ')),
    );
    expect(observed.sort()).toEqual(
      [
        'city.rank-e-commerce r004 undated exact 2 ',
        'government.online-public-services r003 2024-10-24 exact 46.25 ',
        'government.specialised-databases r003 2024-10-24 at_least 90 ',
        'government.specialised-databases r003 2024-10-24 exact 21 22',
        'government.ipv6-agencies r003 2024-10-24 exact 98.8 ',
        'society.fibre-households r000 2024-02-05 exact 93.15 ',
        'society.fibre-households r003 2024-10-24 exact 91.4 ',
        'society.broadband-access-households r004 undated exact 90 ',
        'society.mobile-broadband-subscriptions r000 2024-02-05 exact 121 ',
        'society.fixed-broadband-subscriptions r000 2024-02-05 exact 27.3 ',
        'society.smartphone-households r000 2024-02-05 exact 122.7 ',
        'society.smartphone-subscriptions r000 2024-02-05 exact 81.7 ',
        'society.adult-smartphones r004 undated exact 78 ',
        'society.adult-smartphones r003 2024-10-24 exact 97 ',
        'society.e-payment-urban-adults r003 2024-10-24 more_than 80 ',
        'society.health-records r003 2024-10-24 exact 95 ',
        'society.university-digital-governance r003 2024-10-24 exact 80 ',
        'society.school-digital-governance r003 2024-10-24 exact 100 ',
        'context.population r002 undated more_than 10000000 ',
        'context.pilot-models r002 undated exact 39 ',
      ].sort(),
    );
  });

  it('records E-Cabinet in official operation from 28 June 2024', () => {
    expect(only(states(indicator('government.e-cabinet').observations))).toMatchObject({ date: '2024-06-28', source: 'r003' });
  });

  it.each([
    ['nq18', 'resolution', '18-NQ/TU', '2022-12-30'],
    ['kh239', 'plan', '239/KH-UBND', '2023-09-27'],
    ['ctcds', 'programme', undefined, undefined],
  ])('describes document %s as a %s numbered %s, dated %s', (id, kind, number, date) => {
    const source = hanoi.sources.find((s) => s.id === id);
    expect(source).toMatchObject({ kind });
    expect(source && 'number' in source ? source.number : undefined).toBe(number);
    expect(source?.date).toBe(date);
  });

  it('says that the sources give no number or date for the programme, and NQ18 two different titles', () => {
    const note = (id: string) => hanoi.sources.find((s) => s.id === id && s.kind !== 'report');
    expect(note('ctcds')).toHaveProperty('note.en', expect.stringMatching(/neither its number nor its date/));
    expect(note('nq18')).toHaveProperty('note.en', expect.stringMatching(/2023.*2025/));
  });

  it.each([
    ['r000', '2024-02-05', false],
    ['r001', 'undated', true],
    ['r002', 'undated', true],
    ['r003', '2024-10-24', false],
    ['r004', 'undated', true],
  ])('dates report %s %s, explaining an undated one', (id, date, explained) => {
    const report = hanoi.sources.find((s) => s.id === id);
    expect(report?.kind).toBe('report');
    expect(report?.date).toBe(date);
    expect(report && 'dateNote' in report && report.dateNote !== undefined).toBe(explained);
  });
});
