// The public surface of @hn-cds/core, named export by export.

// Schema: zod schemas and their inferred types (one name for both).
export { FiniteNumber, IsoDate, LocalizedText, Slug, Year } from './schema/common.js';
export { DocumentKind, Report, Source, TargetDocument } from './schema/source.js';
export { ObservedAt, Observation, StateObservation, ValueObservation, ValueQualifier } from './schema/observation.js';
export {
  Comparator,
  MilestoneTarget,
  RangeTarget,
  RankTarget,
  ReportedStatus,
  ReportedStatusValue,
  Target,
  UnstatedTarget,
  ValueComparator,
  ValueTarget,
} from './schema/target.js';
export { Breakdown, BreakdownMember, Direction, Indicator, IndicatorId, UnitKind } from './schema/indicator.js';
export { Pillar, PillarKind, Programme, ReportedSummary } from './schema/programme.js';
export {
  IndicatorsPayload,
  ObservationsPayload,
  ObservationUpdate,
  Payload,
  SCHEMA_VERSION,
  Taxonomy,
} from './schema/payload.js';

// Taxonomy queries.
export { citedSources, getIndicator, getPillar, getSource, indicatorsByPillar, targetsByYear } from './taxonomy/query.js';
export type { IndicatorTarget } from './taxonomy/query.js';

// Observations and status.

// Formatting.
export { formatNumber, LOCALES } from './format/format-number.js';
export type { FormatNumberOptions, Lang } from './format/format-number.js';

// Validation.
export { formatIssue, formatPath, ISSUE_CODES, MAX_ISSUES, parsePayload, PayloadError, toPointer, validate } from './validate/index.js';
export type { IssueCode, ParsePayloadOptions, ValidateOptions, ValidationIssue, ValidationResult } from './validate/index.js';
