// Writes schema.json, the JSON Schema (draft 2020-12) of a payload, from the zod schemas of the built package.
// Run it with `pnpm --filter @hn-cds/core run schema` after `pnpm build`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod';

/** Where the schema is published: the package's own file on the npm CDN. */
export const SCHEMA_ID = 'https://unpkg.com/@hn-cds/core/schema.json';

/** Named parts of the model, written once under `$defs` and referenced where they recur. */
const NAMED = [
  'LocalizedText',
  'Slug',
  'IsoDate',
  'Source',
  'Pillar',
  'ReportedSummary',
  'Programme',
  'Target',
  'ReportedStatus',
  'Observation',
  'ObservedAt',
  'Indicator',
  'IndicatorId',
];

/**
 * Builds the JSON Schema of `core.Payload`, where `core` is the module of @hn-cds/core (built, or
 * its sources in tests, so the committed file can be checked against them).
 */
export function buildJsonSchema(core) {
  const registry = z.registry();
  for (const name of NAMED) registry.add(core[name], { id: name });
  const { figureMax, figureMin } = core.INPUT_LIMITS;
  // Every non-integer number of a payload is a figure: validate() checks its safe range after the zod schemas.
  const override = ({ jsonSchema }) => {
    if (jsonSchema.type === 'number') {
      if (jsonSchema.exclusiveMinimum === undefined) jsonSchema.minimum = -figureMax;
      jsonSchema.maximum = figureMax;
      jsonSchema.not = { type: 'number', exclusiveMinimum: -figureMin, exclusiveMaximum: figureMin, not: { const: 0 } };
    }
  };
  const generated = z.toJSONSchema(core.Payload, { io: 'input', target: 'draft-2020-12', metadata: registry, override });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'hn-cds payload',
    description: [
      `A payload of @hn-cds/core, schema version ${core.SCHEMA_VERSION}: a whole taxonomy, a set of indicators, or new observations for known indicators, told apart by "kind".`,
      `Generated from the zod schemas; it checks structure, the size limits and the figure range (0, or ${core.INPUT_LIMITS.figureMin} to ${core.INPUT_LIMITS.figureMax} in absolute value) only.`,
      'Rules across fields are checked by validate() of @hn-cds/core and cannot be written here:',
      'ids unique within their list; pillars, sources and breakdown members that exist; sources of the right kind',
      '(targets cite documents, observations cite reports); an indicator id starting with its pillar;',
      'rank indicators lower_is_better with rank_at_most, milestone or not_given targets; min <= max;',
      'periods not ending before they start; outOf only on exact figures; reported summaries adding up;',
      'text that is more than spaces (minLength counts spaces).',
    ].join(' '),
    ...rest,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const core = await import('../dist/index.js');
  const out = fileURLToPath(new URL('../schema.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(buildJsonSchema(core), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
