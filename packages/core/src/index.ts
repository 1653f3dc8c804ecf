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
export { effectiveDate, findDisagreements, latestObservation, observationsOf, sourceById } from './taxonomy/observations.js';
export type { ObservationQuery } from './taxonomy/observations.js';
export { NOT_ASSESSABLE_REASONS, VERDICTS } from './status/verdict.js';
export type {
  AssessedVerdict,
  AwaitingVerdict,
  CalculationComponents,
  Disagreement,
  NotAssessableReason,
  ProvisionalVerdict,
  ReportedComparison,
  TargetVerdict,
  UnassessableVerdict,
  UsedObservation,
  ValueRange,
  VerdictBasis,
  VerdictCommon,
  VerdictStatus,
} from './status/verdict.js';
export {
  ABOUT_TOLERANCE,
  AT_RISK_RATIO,
  COMPARISON_EPSILON,
  DAYS_PER_YEAR,
  DETERIORATION_RATIO,
  MAX_DISAGREEMENTS,
  MIN_PROJECTION_YEARS,
  ON_TRACK_RATIO,
} from './status/thresholds.js';
export { documentsOf, repeatsEarlierTarget, sameTargetKey } from './status/same-target.js';
export { assessIndicator, assessTarget, deadlineOf } from './status/assess-target.js';
export type { AssessOptions } from './status/assess-target.js';
export { rollUp } from './status/roll-up.js';
export type { ReportedCounts, RollUp, RollUpGroup, RollUpOptions } from './status/roll-up.js';

// Formatting.
export { formatNumber, LOCALES } from './format/format-number.js';
export type { FormatNumberOptions, Lang } from './format/format-number.js';
export { formatObservation, formatValue } from './format/format-value.js';
export type { FormatValueOptions } from './format/format-value.js';
export { formatTarget } from './format/format-target.js';
export { formatReason, formatReportedStatus, formatVerdict, formatVerdictSummary } from './format/format-verdict.js';
export { formatDate } from './format/format-date.js';
export { formatCitation, formatDocumentName, formatPublisher } from './format/format-citation.js';
export { describeIndicator } from './format/describe-indicator.js';
export type { DescribeOptions } from './format/describe-indicator.js';
export { describeRollUp } from './format/describe-roll-up.js';
export { EXPLANATION_TOPICS, explainVerdict } from './format/explain-verdict.js';
export type { ExplainOptions, ExplanationPoint, ExplanationTopic, VerdictExplanation } from './format/explain-verdict.js';
export type { DescribeRollUpOptions, RollUpDescription } from './format/describe-roll-up.js';

// Validation.
export {
  formatIssue,
  formatPath,
  ISSUE_CODES,
  MAX_ISSUES,
  parseJson,
  parsePayload,
  PayloadError,
  payloadSizeIssue,
  toPointer,
  validate,
  validateBytes,
  validateJson,
} from './validate/validate.js';
export type { IssueCode, JsonParseResult, ParsePayloadOptions, ValidateOptions, ValidationIssue, ValidationResult } from './validate/validate.js';
export { INPUT_LIMITS } from './validate/limits.js';
export type { InputLimits } from './validate/limits.js';
