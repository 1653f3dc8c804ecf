// cds-progress.min.js: <cds-progress> without a dataset, for portals that bring their own
// (`src`, or `setDefaultTaxonomy`); <cds-summary> comes in a chunk of its own, loaded when a page
// uses the tag.
import { defineOnUse } from './define-on-use.js';

defineOnUse('cds-summary', () => import('./summary/summary.js'));

export { CdsProgress } from './progress/progress.js';
export { CDS_ERROR_CODES } from './progress/attributes.js';
export { LOOKS } from './progress/geometry.js';
export { getDefaultTaxonomy, setDefaultTaxonomy } from './default-taxonomy.js';
