import * as z from 'zod';
import { INPUT_LIMITS } from '../validate/limits.js';
import { Indicator, IndicatorId } from './indicator.js';
import { Observation } from './observation.js';
import { Programme } from './programme.js';
import { Source } from './source.js';

/** The version of the payload contract this library reads and writes. */
export const SCHEMA_VERSION = 1;

const schemaVersion = z.literal(SCHEMA_VERSION, {
  error: `expected schemaVersion ${SCHEMA_VERSION}`,
});

type Ctx = z.core.$RefinementCtx<unknown>;
type Path = (string | number)[];

function issue(ctx: Ctx, path: Path, message: string, params: Record<string, unknown>) {
  ctx.addIssue({ code: 'custom', path, message, params, input: undefined });
}

/** Ids are unique within their list. */
function checkUnique(ctx: Ctx, items: ReadonlyArray<{ id: string }>, list: Path) {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      issue(ctx, [...list, index, 'id'], `duplicate id "${item.id}" (first at ${list.join('.')}[${first}])`, {
        rule: 'duplicate_id',
        received: item.id,
      });
    } else seen.set(item.id, index);
  });
}

/**
 * Returns a checker that a citation names a source of the payload, of the right kind: targets
 * and reported summaries cite documents; observations, `via` and reported statuses cite reports.
 */
function citationChecker(ctx: Ctx, sources: readonly Source[]) {
  const kinds = new Map(sources.map((source) => [source.id, source.kind]));
  return (path: Path, id: string, want: 'document' | 'report') => {
    const kind = kinds.get(id);
    if (kind === undefined) {
      issue(ctx, path, `cites unknown source "${id}"; expected the id of an entry of "sources"`, {
        rule: 'unknown_source',
        received: id,
      });
    } else if ((kind === 'report') !== (want === 'report')) {
      issue(ctx, path, `cites "${id}", a ${kind}; expected a ${want === 'report' ? 'report' : 'target-setting document'}`, {
        rule: 'source_kind',
        received: kind,
        expected: want,
      });
    }
  };
}

function checkIndicatorCitations(cite: ReturnType<typeof citationChecker>, indicators: readonly Indicator[]) {
  indicators.forEach((indicator, i) => {
    const path = ['indicators', i];
    indicator.targets.forEach((target, t) => {
      cite([...path, 'targets', t, 'source'], target.source, 'document');
      target.via?.forEach((id, v) => cite([...path, 'targets', t, 'via', v], id, 'report'));
      if (target.reportedStatus) cite([...path, 'targets', t, 'reportedStatus', 'source'], target.reportedStatus.source, 'report');
    });
    indicator.observations.forEach((observation, o) => {
      cite([...path, 'observations', o, 'source'], observation.source, 'report');
    });
  });
}

/**
 * A whole taxonomy: the programme, its sources and every indicator. The bundled Hanoi dataset is
 * one. Ids are unique, every indicator's pillar exists, and every citation resolves.
 */
export const Taxonomy = z
  .strictObject({
    kind: z.literal('taxonomy'),
    schemaVersion,
    programme: Programme,
    sources: z.array(Source).max(INPUT_LIMITS.sources),
    indicators: z.array(Indicator).max(INPUT_LIMITS.indicators),
  })
  .superRefine((taxonomy, ctx) => {
    checkUnique(ctx, taxonomy.sources, ['sources']);
    checkUnique(ctx, taxonomy.indicators, ['indicators']);
    checkUnique(ctx, taxonomy.programme.pillars, ['programme', 'pillars']);
    const pillars = new Set(taxonomy.programme.pillars.map((p) => p.id));
    // One list for every issue, and a message that names no pillar: a programme may have many.
    const expected = [...pillars];
    taxonomy.indicators.forEach((indicator, index) => {
      if (!pillars.has(indicator.pillar)) {
        issue(ctx, ['indicators', index, 'pillar'], `unknown pillar "${indicator.pillar}"; expected one of the ${expected.length} pillars of programme.pillars`, {
          rule: 'unknown_pillar',
          received: indicator.pillar,
          expected,
        });
      }
    });
    const cite = citationChecker(ctx, taxonomy.sources);
    checkIndicatorCitations(cite, taxonomy.indicators);
    taxonomy.programme.reportedSummaries?.forEach((summary, index) => {
      cite(['programme', 'reportedSummaries', index, 'document'], summary.document, 'document');
      cite(['programme', 'reportedSummaries', index, 'source'], summary.source, 'report');
    });
  });
/** A whole taxonomy. */
export type Taxonomy = z.infer<typeof Taxonomy>;

/** A set of indicators with the sources they cite, e.g. one pillar sent by another app. */
export const IndicatorsPayload = z
  .strictObject({
    kind: z.literal('indicators'),
    schemaVersion,
    sources: z.array(Source).max(INPUT_LIMITS.sources),
    indicators: z.array(Indicator).min(1).max(INPUT_LIMITS.indicators),
  })
  .superRefine((payload, ctx) => {
    checkUnique(ctx, payload.sources, ['sources']);
    checkUnique(ctx, payload.indicators, ['indicators']);
    checkIndicatorCitations(citationChecker(ctx, payload.sources), payload.indicators);
  });
/** A set of indicators with the sources they cite. */
export type IndicatorsPayload = z.infer<typeof IndicatorsPayload>;

/** New observations for one known indicator. */
export const ObservationUpdate = z.strictObject({
  indicator: IndicatorId,
  observations: z.array(Observation).min(1).max(INPUT_LIMITS.observationsPerList),
});
/** New observations for one known indicator. */
export type ObservationUpdate = z.infer<typeof ObservationUpdate>;

/** New observations for known indicators, with the reports they cite. */
export const ObservationsPayload = z
  .strictObject({
    kind: z.literal('observations'),
    schemaVersion,
    sources: z.array(Source).max(INPUT_LIMITS.sources),
    updates: z.array(ObservationUpdate).min(1).max(INPUT_LIMITS.updates),
  })
  .superRefine((payload, ctx) => {
    checkUnique(ctx, payload.sources, ['sources']);
    const cite = citationChecker(ctx, payload.sources);
    payload.updates.forEach((update, u) => {
      update.observations.forEach((observation, o) => {
        cite(['updates', u, 'observations', o, 'source'], observation.source, 'report');
      });
    });
  });
/** New observations for known indicators. */
export type ObservationsPayload = z.infer<typeof ObservationsPayload>;

/**
 * What apps exchange, told apart by `kind`: a whole `taxonomy`, a set of `indicators`, or
 * new `observations` for known indicators. Every payload carries `schemaVersion`.
 */
export const Payload = z.discriminatedUnion('kind', [Taxonomy, IndicatorsPayload, ObservationsPayload]);
/** What apps exchange. */
export type Payload = z.infer<typeof Payload>;
