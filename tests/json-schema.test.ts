import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import * as core from '../packages/core/src/index.js';
import { buildJsonSchema } from '../packages/core/scripts/write-json-schema.mjs';

const committed = JSON.parse(readFileSync(new URL('../packages/core/schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

// Formats are left to the patterns zod writes beside them (dates) or checked as zod does (URLs).
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addFormat('date', true);
ajv.addFormat('uri', { type: 'string', validate: (text: string) => URL.canParse(text) });
const ajvValidate = ajv.compile(committed);

type Json = Record<string, any>;
const text = (vi: string, en: string) => ({ vi, en });

function indicators(): Json {
  return {
    kind: 'indicators',
    schemaVersion: 1,
    sources: [
      { kind: 'resolution', id: 'nq18', issuer: text('Thành ủy', 'Party Committee'), title: text('Nghị quyết', 'Resolution'), url: 'https://example.org/nq18' },
      { kind: 'report', id: 'r1', publisher: 'Báo', date: '2024-10-24', title: text('Bài báo', 'Article') },
    ],
    indicators: [
      {
        id: 'society.fibre',
        pillar: 'society',
        label: text('Cáp quang', 'Fibre'),
        unit: 'percent',
        direction: 'higher_is_better',
        breakdown: { dimension: text('Cấp', 'Level'), members: [{ id: 'city', label: text('Thành phố', 'City') }, { id: 'commune', label: text('Xã', 'Commune') }] },
        targets: [
          { year: 2025, source: 'nq18', via: ['r1'], comparator: 'reach', value: 90 },
          { year: 2025, source: 'nq18', comparator: 'between', min: 7, max: 7.5, breakdown: 'commune' },
        ],
        observations: [
          { kind: 'value', date: { from: '2024-01-01', to: '2024-06-30' }, source: 'r1', value: 21, outOf: 22, qualifier: 'exact' },
          { kind: 'state', date: 'undated', source: 'r1', state: text('Đã xong', 'Done') },
        ],
      },
      {
        id: 'society.rank',
        pillar: 'society',
        label: text('Xếp hạng', 'Rank'),
        unit: 'rank',
        direction: 'lower_is_better',
        targets: [{ year: 2030, source: 'nq18', comparator: 'rank_at_most', value: 3, reportedStatus: { status: 'in_progress', source: 'r1' } }],
        observations: [],
      },
    ],
  };
}

function taxonomy(): Json {
  const { sources, indicators: list } = indicators();
  return {
    kind: 'taxonomy',
    schemaVersion: 1,
    programme: {
      id: 'hanoi',
      name: text('Chương trình', 'Programme'),
      place: text('Hà Nội', 'Hanoi'),
      pillars: [{ id: 'society', kind: 'pillar', label: text('Xã hội số', 'Digital society') }],
      reportedSummaries: [{ document: 'nq18', source: 'r1', date: '2024-10-24', total: 15, achieved: 8, exceeded: 7, inProgress: 7, noMethod: 1 }],
    },
    sources,
    indicators: list,
  };
}

function observations(): Json {
  return {
    kind: 'observations',
    schemaVersion: 1,
    sources: [indicators().sources[1]],
    updates: [{ indicator: 'society.fibre', observations: [{ kind: 'value', date: '2025-01-01', source: 'r1', value: 92, qualifier: 'about' }] }],
  };
}

const edit = (make: () => Json, change: (p: Json) => void) => () => {
  const p = make();
  change(p);
  return p;
};

const zodAccepts = (input: unknown) => core.Payload.safeParse(input).success;

describe('schema.json', () => {
  it('is what the script writes from the current zod schemas (run `pnpm --filter @hn-cds/core run schema` when this fails)', () => {
    expect(committed).toEqual(buildJsonSchema(core));
  });

  it('is a draft 2020-12 schema with an $id, a title and a description of what it cannot check', () => {
    expect(committed).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: expect.stringMatching(/^https:\/\//), title: expect.any(String) });
    expect(committed.description).toContain('validate()');
  });
});

describe('ajv with schema.json and zod', () => {
  it.each([
    ['a taxonomy', taxonomy],
    ['a set of indicators', indicators],
    ['new observations', observations],
  ])('both accept %s', (_name, make) => {
    expect([ajvValidate(make()), zodAccepts(make())]).toEqual([true, true]);
  });

  it.each<[string, () => unknown]>([
    ['not an object', () => null],
    ['no kind', edit(indicators, (p) => delete p.kind)],
    ['an unknown kind', edit(indicators, (p) => (p.kind = 'pillar'))],
    ['another schema version', edit(indicators, (p) => (p.schemaVersion = 2))],
    ['an unknown property', edit(indicators, (p) => (p.indicators[0].colour = 'red'))],
    ['a missing required field', edit(indicators, (p) => delete p.indicators[0].direction)],
    ['a decimal comma in a string', edit(indicators, (p) => (p.indicators[0].targets[0].value = '93,15'))],
    ['a date that does not exist', edit(indicators, (p) => (p.sources[1].date = '2024-02-30'))],
    ['a date written day first', edit(indicators, (p) => (p.sources[1].date = '24/10/2024'))],
    ['an upper-case slug', edit(indicators, (p) => (p.sources[0].id = 'NQ18'))],
    ['an indicator id without its pillar part', edit(indicators, (p) => (p.indicators[0].id = 'fibre'))],
    ['a year before 1900', edit(indicators, (p) => (p.indicators[0].targets[0].year = 1899))],
    ['a fractional year', edit(indicators, (p) => (p.indicators[0].targets[0].year = 2025.5))],
    ['an unknown unit', edit(indicators, (p) => (p.indicators[0].unit = 'percentage'))],
    ['an unknown comparator', edit(indicators, (p) => (p.indicators[0].targets[0].comparator = 'greater'))],
    ['a range without max', edit(indicators, (p) => delete p.indicators[0].targets[1].max)],
    ['a rank of 0', edit(indicators, (p) => (p.indicators[1].targets[0].value = 0))],
    ['a negative outOf', edit(indicators, (p) => (p.indicators[0].observations[0].outOf = -22))],
    ['an empty list of indicators', edit(indicators, (p) => (p.indicators = []))],
    ['a breakdown of one member', edit(indicators, (p) => p.indicators[0].breakdown.members.pop())],
    ['an empty via list', edit(indicators, (p) => (p.indicators[0].targets[0].via = []))],
    ['a URL that is not one', edit(indicators, (p) => (p.sources[0].url = 'not a url'))],
    ['a negative summary count', edit(taxonomy, (p) => (p.programme.reportedSummaries[0].noMethod = -1))],
    ['a taxonomy without pillars', edit(taxonomy, (p) => (p.programme.pillars = []))],
    ['an update with no observations', edit(observations, (p) => (p.updates[0].observations = []))],
    ['a date in the year 0000', edit(indicators, (p) => (p.sources[1].date = '0000-06-01'))],
    ['a period ending after 2200', edit(indicators, (p) => (p.indicators[0].observations[0].date.to = '2201-01-01'))],
    ['more observations than INPUT_LIMITS.observationsPerList', edit(observations, (p) => (p.updates[0].observations = new Array(core.INPUT_LIMITS.observationsPerList + 1).fill(p.updates[0].observations[0])))],
    ['an id longer than INPUT_LIMITS.idChars', edit(indicators, (p) => (p.sources[0].id = 'a'.repeat(core.INPUT_LIMITS.idChars + 1)))],
    ['a label longer than INPUT_LIMITS.stringChars', edit(indicators, (p) => (p.indicators[0].label.en = 'a'.repeat(core.INPUT_LIMITS.stringChars + 1)))],
    ['more pillars than INPUT_LIMITS.pillars', edit(taxonomy, (p) => (p.programme.pillars = Array.from({ length: core.INPUT_LIMITS.pillars + 1 }, (_, i) => ({ id: `p${i}`, kind: 'pillar', label: text('a', 'b') }))))],
  ])('both reject a structural fault: %s', (_name, make) => {
    expect([ajvValidate(make()), zodAccepts(make())]).toEqual([false, false]);
  });

  it.each<[string, () => unknown]>([
    ['a figure of 1e308', edit(indicators, (p) => (p.indicators[0].targets[0].value = 1e308))],
    ['a figure of -1e16', edit(observations, (p) => (p.updates[0].observations[0].value = -1e16))],
    ['a figure of 5e-324', edit(indicators, (p) => (p.indicators[0].targets[1].min = 5e-324))],
    ['an outOf of 1e-10', edit(indicators, (p) => (p.indicators[0].observations[0].outOf = 1e-10))],
  ])('ajv and validate() reject a figure out of the safe range, which the zod schemas alone let through: %s', (_name, make) => {
    expect([ajvValidate(make()), core.validate(make()).ok, zodAccepts(make())]).toEqual([false, false, true]);
  });

  it.each([0, 1e-9, -1e15, 1e15])('ajv and validate() both accept the figure %d', (value) => {
    const make = edit(indicators, (p) => (p.indicators[0].targets[0].value = value));
    expect([ajvValidate(make()), core.validate(make()).ok]).toEqual([true, true]);
  });

  it.each<[string, () => unknown]>([
    ['min greater than max', edit(indicators, (p) => (p.indicators[0].targets[1].min = 8))],
    ['a period that ends before it starts', edit(indicators, (p) => (p.indicators[0].observations[0].date.to = '2023-12-31'))],
    ['outOf on a figure that is not exact', edit(indicators, (p) => (p.indicators[0].observations[0].qualifier = 'about'))],
    ['achieved + inProgress above total', edit(taxonomy, (p) => (p.programme.reportedSummaries[0].inProgress = 8))],
    ['more exceeded than achieved', edit(taxonomy, (p) => (p.programme.reportedSummaries[0].exceeded = 9))],
    ['more noMethod than inProgress', edit(taxonomy, (p) => (p.programme.reportedSummaries[0].noMethod = 8))],
    ['a duplicate source id', edit(indicators, (p) => p.sources.push({ ...p.sources[1] }))],
    ['a duplicate indicator id', edit(indicators, (p) => (p.indicators[1].id = 'society.fibre'))],
    ['an unknown pillar', edit(taxonomy, (p) => (p.programme.pillars[0].id = 'economy'))],
    ['an unknown source', edit(indicators, (p) => (p.indicators[0].targets[0].source = 'nq99'))],
    ['a target citing a report', edit(indicators, (p) => (p.indicators[0].targets[0].source = 'r1'))],
    ['an observation citing a document', edit(observations, (p) => (p.sources[0] = indicators().sources[0]))],
    ['an unknown breakdown member', edit(indicators, (p) => (p.indicators[0].targets[1].breakdown = 'district'))],
    ['an id that does not start with its pillar', edit(indicators, (p) => (p.indicators[0].pillar = 'economy'))],
    ['a rank indicator where higher is better', edit(indicators, (p) => (p.indicators[1].direction = 'higher_is_better'))],
    ['a rank indicator with a value target', edit(indicators, (p) => (p.indicators[1].targets[0] = { year: 2030, source: 'nq18', comparator: 'reach', value: 3 }))],
    ['a label of spaces only', edit(indicators, (p) => (p.indicators[0].label.vi = '   '))],
  ])('ajv accepts and zod rejects a rule across fields: %s', (_name, make) => {
    expect([ajvValidate(make()), zodAccepts(make())]).toEqual([true, false]);
  });
});
