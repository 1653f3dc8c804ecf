import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hanoiData } from '../packages/core/src/data/hanoi.generated.js';
import { Indicator, Programme, Source, Taxonomy } from '../packages/core/src/index.js';
import { mergeSeeds, outputPath, renderModule } from '../packages/core/scripts/generate-hanoi.mjs';

const seeds = new URL('../seeds/', import.meta.url);
const readJson = (relative: string): unknown => JSON.parse(readFileSync(new URL(relative, seeds), 'utf8'));
const indicatorFiles = readdirSync(new URL('indicators/', seeds)).filter((name) => name.endsWith('.json')).sort();
const merged = Taxonomy.parse(mergeSeeds());

describe('the seed files', () => {
  it.each(['programme.json', 'sources.json', ...indicatorFiles.map((name) => `indicators/${name}`)])('%s is valid JSON', (file) => {
    expect(() => readJson(file)).not.toThrow();
  });

  it('hold one indicator file per pillar of the programme, and no other', () => {
    const pillars = (readJson('programme.json') as Programme).pillars.map((pillar) => `${pillar.id}.json`);
    expect(indicatorFiles).toEqual([...pillars].sort());
  });

  it('programme.json parses as a Programme', () => {
    expect(Programme.safeParse(readJson('programme.json')).error).toBeUndefined();
  });

  it('sources.json parses as a list of Sources', () => {
    expect(Source.array().min(1).safeParse((readJson('sources.json') as { sources: unknown }).sources).error).toBeUndefined();
  });

  it.each(indicatorFiles)('indicators/%s parses as Indicators of that pillar only', (file) => {
    const { indicators } = readJson(`indicators/${file}`) as { indicators: unknown };
    const parsed = Indicator.array().min(1).parse(indicators);
    expect(new Set(parsed.map((indicator) => indicator.pillar))).toEqual(new Set([file.replace(/\.json$/, '')]));
  });

  it('merge into a Taxonomy the schema accepts', () => {
    const result = Taxonomy.safeParse(mergeSeeds());
    expect(result.error?.issues).toBeUndefined();
  });
});

describe('the merged dataset', () => {
  it.each([
    ['indicator', merged.indicators.map((indicator) => indicator.id)],
    ['source', merged.sources.map((source) => source.id)],
    ['pillar', merged.programme.pillars.map((pillar) => pillar.id)],
  ])('has unique %s ids', (_, ids) => {
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  const kindOf = new Map(merged.sources.map((source) => [source.id, source.kind]));
  const citations = merged.indicators.flatMap((indicator) => [
    ...indicator.targets.flatMap((target, t) => [
      { where: `${indicator.id} target ${t}`, id: target.source, want: 'document' },
      ...(target.via ?? []).map((id) => ({ where: `${indicator.id} target ${t} via`, id, want: 'report' })),
      ...(target.reportedStatus ? [{ where: `${indicator.id} target ${t} status`, id: target.reportedStatus.source, want: 'report' }] : []),
    ]),
    ...indicator.observations.map((observation, o) => ({ where: `${indicator.id} observation ${o}`, id: observation.source, want: 'report' })),
  ]);

  it('cites only sources it lists, of the right kind: documents for targets, reports for the rest', () => {
    const wrong = citations.filter(({ id, want }) => {
      const kind = kindOf.get(id);
      return kind === undefined || (kind === 'report') !== (want === 'report');
    });
    expect(wrong).toEqual([]);
  });

  it('gives every target and every observation a citation', () => {
    const items = merged.indicators.flatMap((indicator) => [...indicator.targets, ...indicator.observations]);
    expect(items.filter((item) => typeof item.source !== 'string' || item.source === '')).toEqual([]);
    expect(citations.length).toBeGreaterThanOrEqual(items.length);
  });

  it('says for every target which report prints it (via), since the documents themselves were not read', () => {
    const missing = merged.indicators.flatMap((indicator) =>
      indicator.targets.filter((target) => !target.via?.length).map((target) => `${indicator.id} ${target.year} ${target.source}`),
    );
    expect(missing).toEqual([]);
  });

  it('cites every listed source at least once', () => {
    const cited = new Set([
      ...citations.map(({ id }) => id),
      ...(merged.programme.reportedSummaries ?? []).flatMap((summary) => [summary.document, summary.source]),
    ]);
    expect(merged.sources.map((source) => source.id).filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('the generated module', () => {
  it('holds exactly what the seeds merge into', () => {
    expect(hanoiData).toEqual(mergeSeeds());
  });

  it('is byte for byte what the generator writes today, so a stale file fails', () => {
    expect(readFileSync(outputPath, 'utf8')).toBe(renderModule(mergeSeeds()));
  });
});

describe('the @hn-cds/core/hanoi entry', () => {
  const src = new URL('../packages/core/src/', import.meta.url).pathname;
  const modules = (readdirSync(src, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('data/'))
    .map((file) => join(src, file));

  it('is imported by no module of the main entry, so the dataset stays out of its bundle', () => {
    const importers = modules.filter((file) => /from\s+['"][^'"]*data\/hanoi(\.generated)?\.js['"]/.test(readFileSync(file, 'utf8')));
    expect(importers.map((file) => relative(src, file))).toEqual([]);
  });

  it('is listed in the package exports with source, types and default conditions', () => {
    const manifest = JSON.parse(readFileSync(new URL('../packages/core/package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    expect(manifest.exports['./hanoi']).toEqual({
      source: './src/data/hanoi.ts',
      types: './dist/data/hanoi.d.ts',
      default: './dist/data/hanoi.js',
    });
  });
});
