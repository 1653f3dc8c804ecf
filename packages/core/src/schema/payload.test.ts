import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { IndicatorsPayload, ObservationsPayload, ObservationUpdate, Payload, SCHEMA_VERSION, Taxonomy } from './payload.js';

function issues(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, code: issue.code === 'custom' ? (issue.params?.rule ?? issue.message) : issue.code }));
}

type Json = Record<string, any>;
const text = (vi: string, en: string) => ({ vi, en });
const sources = () => [
  { kind: 'resolution', id: 'nq18', issuer: text('Thành ủy', 'Party Committee'), title: text('Nghị quyết', 'Resolution') },
  { kind: 'plan', id: 'kh1', issuer: text('UBND', 'People’s Committee'), title: text('Kế hoạch', 'Plan') },
  { kind: 'report', id: 'r1', publisher: 'Báo', date: '2024-10-24', title: text('Bài báo', 'Article') },
];
const indicator = (id = 'economy.share', pillar = 'economy') => ({
  id,
  pillar,
  label: text('Tỷ trọng', 'Share'),
  unit: 'percent',
  direction: 'higher_is_better',
  targets: [{ year: 2025, source: 'nq18', via: ['r1'], comparator: 'reach', value: 30, reportedStatus: { status: 'in_progress', source: 'r1' } }],
  observations: [{ kind: 'value', date: '2024-10-24', source: 'r1', value: 21, qualifier: 'about' }],
});
const taxonomy = (): Json => ({
  kind: 'taxonomy',
  schemaVersion: SCHEMA_VERSION,
  programme: {
    id: 'hanoi',
    name: text('Chương trình', 'Programme'),
    place: text('Hà Nội', 'Hanoi'),
    pillars: [
      { id: 'economy', kind: 'pillar', label: text('Kinh tế số', 'Digital economy') },
      { id: 'society', kind: 'pillar', label: text('Xã hội số', 'Digital society') },
    ],
    reportedSummaries: [{ document: 'nq18', source: 'r1', date: '2024-10-24', total: 15, achieved: 8, exceeded: 7, inProgress: 7, noMethod: 1 }],
  },
  sources: sources(),
  indicators: [indicator(), indicator('society.fibre', 'society')],
});
const indicators = (): Json => ({ kind: 'indicators', schemaVersion: SCHEMA_VERSION, sources: sources(), indicators: [indicator()] });
const observations = (): Json => ({
  kind: 'observations',
  schemaVersion: SCHEMA_VERSION,
  sources: sources(),
  updates: [{ indicator: 'economy.share', observations: [{ kind: 'value', date: '2025-01-01', source: 'r1', value: 22, qualifier: 'exact' }] }],
});
const edit = (make: () => Json, change: (p: Json) => void) => {
  const p = make();
  change(p);
  return p;
};

describe('Payload', () => {
  it.each([
    ['taxonomy', taxonomy],
    ['indicators', indicators],
    ['observations', observations],
  ])('accepts a %s payload', (kind, make) => {
    expect(Payload.parse(make()).kind).toBe(kind);
  });

  it('rejects an unknown kind at the kind field', () => {
    expect(issues(Payload, { ...indicators(), kind: 'pillar' })).toEqual([{ path: ['kind'], code: 'invalid_union' }]);
  });

  it.each([0, 2, '1', undefined])('rejects schemaVersion %j', (schemaVersion) => {
    expect(issues(Payload, { ...indicators(), schemaVersion })).toEqual([{ path: ['schemaVersion'], code: 'invalid_value' }]);
  });

  it('rejects an unknown top-level property', () => {
    expect(issues(Payload, { ...taxonomy(), version: 1 })).toEqual([{ path: [], code: 'unrecognized_keys' }]);
  });
});

describe('Taxonomy', () => {
  it.each<[string, (p: Json) => void, (string | number)[]]>([
    ['source', (p) => p.sources.push({ ...p.sources[2] }), ['sources', 3, 'id']],
    ['indicator', (p) => p.indicators.push(indicator()), ['indicators', 2, 'id']],
    ['pillar', (p) => p.programme.pillars.push({ ...p.programme.pillars[0] }), ['programme', 'pillars', 2, 'id']],
  ])('rejects a duplicate %s id at the later one', (_name, change, path) => {
    expect(issues(Taxonomy, edit(taxonomy, change))).toEqual([{ path, code: 'duplicate_id' }]);
  });

  it('rejects an indicator whose pillar is not in the programme', () => {
    const input = edit(taxonomy, (p) => p.indicators.push(indicator('culture.museums', 'culture')));
    expect(issues(Taxonomy, input)).toEqual([{ path: ['indicators', 2, 'pillar'], code: 'unknown_pillar' }]);
  });

  it.each<[string, (p: Json) => void, (string | number)[]]>([
    ['a target source', (p) => (p.indicators[0].targets[0].source = 'nq99'), ['indicators', 0, 'targets', 0, 'source']],
    ['a via report', (p) => (p.indicators[0].targets[0].via = ['r1', 'r9']), ['indicators', 0, 'targets', 0, 'via', 1]],
    ['a reported status source', (p) => (p.indicators[1].targets[0].reportedStatus.source = 'r9'), ['indicators', 1, 'targets', 0, 'reportedStatus', 'source']],
    ['an observation source', (p) => (p.indicators[1].observations[0].source = 'r9'), ['indicators', 1, 'observations', 0, 'source']],
    ['a summary document', (p) => (p.programme.reportedSummaries[0].document = 'nq99'), ['programme', 'reportedSummaries', 0, 'document']],
    ['a summary source', (p) => (p.programme.reportedSummaries[0].source = 'r9'), ['programme', 'reportedSummaries', 0, 'source']],
  ])('rejects %s that cites an unknown source', (_name, change, path) => {
    expect(issues(Taxonomy, edit(taxonomy, change))).toEqual([{ path, code: 'unknown_source' }]);
  });

  it.each<[string, (p: Json) => void, (string | number)[]]>([
    ['a target citing a report', (p) => (p.indicators[0].targets[0].source = 'r1'), ['indicators', 0, 'targets', 0, 'source']],
    ['a via citing a plan', (p) => (p.indicators[0].targets[0].via = ['kh1']), ['indicators', 0, 'targets', 0, 'via', 0]],
    ['a reported status citing a resolution', (p) => (p.indicators[0].targets[0].reportedStatus.source = 'nq18'), ['indicators', 0, 'targets', 0, 'reportedStatus', 'source']],
    ['an observation citing a plan', (p) => (p.indicators[0].observations[0].source = 'kh1'), ['indicators', 0, 'observations', 0, 'source']],
    ['a summary document that is a report', (p) => (p.programme.reportedSummaries[0].document = 'r1'), ['programme', 'reportedSummaries', 0, 'document']],
    ['a summary printed by a resolution', (p) => (p.programme.reportedSummaries[0].source = 'nq18'), ['programme', 'reportedSummaries', 0, 'source']],
  ])('rejects %s (wrong source kind)', (_name, change, path) => {
    expect(issues(Taxonomy, edit(taxonomy, change))).toEqual([{ path, code: 'source_kind' }]);
  });

  it('accepts any kind of target-setting document as a target source', () => {
    expect(Taxonomy.safeParse(edit(taxonomy, (p) => (p.indicators[0].targets[0].source = 'kh1'))).success).toBe(true);
  });

  it('reports issues inside an indicator with the indicator’s index', () => {
    expect(issues(Taxonomy, edit(taxonomy, (p) => (p.indicators[1].targets[0].year = 1800)))).toEqual([
      { path: ['indicators', 1, 'targets', 0, 'year'], code: 'too_small' },
    ]);
  });
});

describe('IndicatorsPayload', () => {
  it('needs at least one indicator', () => {
    expect(issues(IndicatorsPayload, { ...indicators(), indicators: [] })).toEqual([{ path: ['indicators'], code: 'too_small' }]);
  });

  it('checks duplicate ids and citations against its own sources, but has no programme to check pillars against', () => {
    expect(issues(IndicatorsPayload, edit(indicators, (p) => p.indicators.push(indicator('culture.museums', 'culture'))))).toEqual([]);
    expect(issues(IndicatorsPayload, edit(indicators, (p) => p.sources.push({ ...p.sources[0] })))).toEqual([{ path: ['sources', 3, 'id'], code: 'duplicate_id' }]);
    expect(issues(IndicatorsPayload, edit(indicators, (p) => p.indicators.push(indicator())))).toEqual([{ path: ['indicators', 1, 'id'], code: 'duplicate_id' }]);
    expect(issues(IndicatorsPayload, edit(indicators, (p) => (p.sources = p.sources.slice(0, 2))))).toEqual([
      { path: ['indicators', 0, 'targets', 0, 'via', 0], code: 'unknown_source' },
      { path: ['indicators', 0, 'targets', 0, 'reportedStatus', 'source'], code: 'unknown_source' },
      { path: ['indicators', 0, 'observations', 0, 'source'], code: 'unknown_source' },
    ]);
  });
});

describe('ObservationsPayload', () => {
  it('needs at least one update, each with at least one observation', () => {
    expect(issues(ObservationsPayload, { ...observations(), updates: [] })).toEqual([{ path: ['updates'], code: 'too_small' }]);
    expect(issues(ObservationsPayload, edit(observations, (p) => (p.updates[0].observations = [])))).toEqual([
      { path: ['updates', 0, 'observations'], code: 'too_small' },
    ]);
  });

  it('checks that observations cite reports among its sources', () => {
    expect(issues(ObservationsPayload, edit(observations, (p) => (p.updates[0].observations[0].source = 'r2')))).toEqual([
      { path: ['updates', 0, 'observations', 0, 'source'], code: 'unknown_source' },
    ]);
    expect(issues(ObservationsPayload, edit(observations, (p) => (p.updates[0].observations[0].source = 'nq18')))).toEqual([
      { path: ['updates', 0, 'observations', 0, 'source'], code: 'source_kind' },
    ]);
    expect(issues(ObservationsPayload, edit(observations, (p) => p.sources.push({ ...p.sources[2] })))).toEqual([{ path: ['sources', 3, 'id'], code: 'duplicate_id' }]);
  });

  it('names each updated indicator by a valid id', () => {
    expect(issues(ObservationUpdate, { indicator: 'share', observations: observations().updates[0].observations })).toEqual([
      { path: ['indicator'], code: 'invalid_format' },
    ]);
  });
});
