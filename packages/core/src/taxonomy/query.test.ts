import { describe, expect, it } from 'vitest';
import { hanoi } from '../data/hanoi.js';
import { Taxonomy } from '../schema/payload.js';
import { citedSources, getIndicator, getPillar, getSource, indicatorsByPillar, targetsByYear } from './query.js';

const label = (en: string) => ({ vi: en, en });

/** A small taxonomy built for these tests, parsed so it is known to be valid. */
const fixture = Taxonomy.parse({
  kind: 'taxonomy',
  schemaVersion: 1,
  programme: {
    id: 'test',
    name: label('Test programme'),
    place: label('Nowhere'),
    pillars: [
      { id: 'alpha', kind: 'pillar', label: label('Alpha') },
      { id: 'beta', kind: 'pillar', label: label('Beta') },
      { id: 'empty', kind: 'context', label: label('Empty') },
    ],
  },
  sources: [
    { kind: 'plan', id: 'doc-a', issuer: label('Issuer'), title: label('Plan A') },
    { kind: 'resolution', id: 'doc-b', issuer: label('Issuer'), title: label('Resolution B') },
    { kind: 'report', id: 'rep-1', publisher: 'Paper', date: '2024-01-01', title: label('Report 1') },
    { kind: 'report', id: 'rep-2', publisher: 'Paper', date: 'undated', title: label('Report 2') },
    { kind: 'report', id: 'rep-3', publisher: 'Paper', date: '2024-06-01', title: label('Report 3') },
  ],
  indicators: [
    {
      id: 'alpha.one',
      pillar: 'alpha',
      label: label('One'),
      unit: 'percent',
      direction: 'higher_is_better',
      targets: [
        { year: 2025, source: 'doc-b', via: ['rep-2'], comparator: 'reach', value: 90 },
        { year: 2030, source: 'doc-a', comparator: 'at_least', value: 95 },
        { year: 2025, source: 'doc-a', comparator: 'not_given', reportedStatus: { status: 'achieved', source: 'rep-3' } },
      ],
      observations: [
        { kind: 'value', date: '2024-01-01', source: 'rep-1', value: 80, qualifier: 'exact' },
        { kind: 'value', date: 'undated', source: 'rep-2', value: 85, qualifier: 'exact' },
      ],
    },
    {
      id: 'beta.two',
      pillar: 'beta',
      label: label('Two'),
      unit: 'count',
      direction: 'none',
      targets: [],
      observations: [{ kind: 'value', date: '2024-01-01', source: 'rep-1', value: 3, qualifier: 'exact' }],
    },
    {
      id: 'alpha.three',
      pillar: 'alpha',
      label: label('Three'),
      unit: 'rank',
      direction: 'lower_is_better',
      targets: [{ year: 2030, source: 'doc-b', comparator: 'rank_at_most', value: 3 }],
      observations: [],
    },
    {
      id: 'beta.silent',
      pillar: 'beta',
      label: label('Silent'),
      unit: 'percent',
      direction: 'higher_is_better',
      targets: [],
      observations: [],
    },
  ],
});

describe('getIndicator', () => {
  it('finds an indicator by its id', () => {
    expect(getIndicator(fixture, 'beta.two')?.label.en).toBe('Two');
  });

  it.each(['alpha', 'alpha.on', 'ALPHA.ONE', ''])('returns undefined for %j, which is no indicator id of the taxonomy', (id) => {
    expect(getIndicator(fixture, id)).toBeUndefined();
  });

  it('returns the taxonomy object itself, not a copy', () => {
    expect(getIndicator(fixture, 'alpha.one')).toBe(fixture.indicators[0]);
  });
});

describe('getPillar', () => {
  it('finds a pillar by its id', () => {
    expect(getPillar(fixture, 'beta')).toEqual({ id: 'beta', kind: 'pillar', label: label('Beta') });
  });

  it('returns undefined for an id that is no pillar', () => {
    expect(getPillar(fixture, 'gamma')).toBeUndefined();
  });
});

describe('indicatorsByPillar', () => {
  it("lists a pillar's indicators in the taxonomy's order, skipping the other pillars'", () => {
    expect(indicatorsByPillar(fixture, 'alpha').map((i) => i.id)).toEqual(['alpha.one', 'alpha.three']);
  });

  it.each(['empty', 'gamma'])('returns an empty list for pillar %j, which has no indicators', (pillar) => {
    expect(indicatorsByPillar(fixture, pillar)).toEqual([]);
  });

  it('returns a new array each time, so a caller sorting it leaves the taxonomy alone', () => {
    const list = indicatorsByPillar(fixture, 'alpha');
    list.reverse();
    expect(indicatorsByPillar(fixture, 'alpha').map((i) => i.id)).toEqual(['alpha.one', 'alpha.three']);
  });
});

describe('targetsByYear', () => {
  it('pairs each target of the year with its indicator, once per target', () => {
    const found = targetsByYear(fixture, 2025);
    expect(found.map(({ indicator, target }) => [indicator.id, target.source, target.comparator])).toEqual([
      ['alpha.one', 'doc-b', 'reach'],
      ['alpha.one', 'doc-a', 'not_given'],
    ]);
    expect(found[0]?.indicator).toBe(fixture.indicators[0]);
  });

  it('keeps the taxonomy order across indicators', () => {
    expect(targetsByYear(fixture, 2030).map(({ indicator }) => indicator.id)).toEqual(['alpha.one', 'alpha.three']);
  });

  it('returns an empty list for a year with no target', () => {
    expect(targetsByYear(fixture, 2027)).toEqual([]);
  });
});

describe('getSource', () => {
  it.each([
    ['doc-a', 'plan'],
    ['doc-b', 'resolution'],
    ['rep-2', 'report'],
  ])('finds %s, a %s', (id, kind) => {
    expect(getSource(fixture, id)?.kind).toBe(kind);
  });

  it('returns undefined for an id that is no source', () => {
    expect(getSource(fixture, 'rep-9')).toBeUndefined();
  });
});

describe('citedSources', () => {
  it("lists target documents, via reports, reported-status reports and observations' reports once each, in the taxonomy's source order", () => {
    expect(citedSources(fixture, getIndicator(fixture, 'alpha.one')!).map((s) => s.id)).toEqual([
      'doc-a',
      'doc-b',
      'rep-1',
      'rep-2',
      'rep-3',
    ]);
  });

  it('lists only the reports of an indicator that has observations and no targets', () => {
    expect(citedSources(fixture, getIndicator(fixture, 'beta.two')!).map((s) => s.id)).toEqual(['rep-1']);
  });

  it('returns an empty list for an indicator that cites nothing', () => {
    expect(citedSources(fixture, getIndicator(fixture, 'beta.silent')!)).toEqual([]);
  });

  it('leaves out an id the taxonomy does not list rather than inventing a source', () => {
    const stray = { ...fixture.indicators[1]!, observations: [{ kind: 'value' as const, date: '2024-01-01', source: 'rep-9', value: 1, qualifier: 'exact' as const }] };
    expect(citedSources(fixture, stray)).toEqual([]);
  });
});

describe('the queries on the Hanoi dataset', () => {
  it('give every indicator of every pillar exactly once', () => {
    const byPillar = hanoi.programme.pillars.flatMap((pillar) => indicatorsByPillar(hanoi, pillar.id));
    expect(byPillar.map((i) => i.id).sort()).toEqual(hanoi.indicators.map((i) => i.id).sort());
  });

  it('give every target of the dataset once across its years', () => {
    const years = [...new Set(hanoi.indicators.flatMap((i) => i.targets.map((t) => t.year)))];
    const total = hanoi.indicators.reduce((sum, i) => sum + i.targets.length, 0);
    expect(years.reduce((sum, year) => sum + targetsByYear(hanoi, year).length, 0)).toBe(total);
  });

  it('resolve the sources the fibre indicator cites: three documents and four reports', () => {
    const fibre = getIndicator(hanoi, 'society.fibre-households')!;
    expect(citedSources(hanoi, fibre).map((s) => s.id)).toEqual(['nq18', 'kh239', 'ctcds', 'r000', 'r001', 'r003', 'r004']);
  });
});
