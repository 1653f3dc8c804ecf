/**
 * Importing this module registers `<cds-progress>` and `<cds-summary>` (a documented side effect).
 * Registration is skipped when the tag is already defined, so loading twice is harmless.
 */
// The history part draws with the first render (the light CDN entry loads it on demand).
import './progress/parts/history.js';
export { CdsProgress } from './progress/progress.js';
export { CdsSummary } from './summary/summary.js';
export type { CdsSelectDetail } from './summary/summary.js';
export { CDS_ERROR_CODES } from './progress/attributes.js';
export type { CdsErrorCode, CdsErrorDetail } from './progress/attributes.js';
export { LOOKS } from './progress/geometry.js';
export type { Look } from './progress/geometry.js';
export { getDefaultTaxonomy, setDefaultTaxonomy } from './default-taxonomy.js';
