// The validator on its own, for code that loads it on demand (e.g. a browser element checking a remote payload).
export { formatIssue, MAX_ISSUES, parsePayload, PayloadError, validate } from './validate.js';
export type { ParsePayloadOptions, ValidateOptions, ValidationIssue, ValidationResult } from './validate.js';
export { formatPath, ISSUE_CODES, toPointer } from './messages.js';
export type { IssueCode } from './messages.js';
