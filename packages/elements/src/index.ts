/**
 * Importing this module registers `<cds-progress>` (a documented side effect).
 * Registration is skipped when the tag is already defined, so loading twice is harmless.
 */
export { CdsProgress } from './progress/progress.js';
