// hn-cds.min.js: <cds-progress> with the Hanoi dataset registered as its default taxonomy;
// <cds-summary> comes in a chunk of its own, loaded when a page uses the tag.
import './hanoi.js';
import { defineOnUse } from './define-on-use.js';

defineOnUse('cds-summary', () => import('./summary/summary.js'));

// The history part draws with the first render (the light CDN entry loads it on demand).
import './progress/parts/history.js';
export { CdsProgress } from './progress/progress.js';
export { CDS_ERROR_CODES } from './progress/attributes.js';
export { LOOKS } from './progress/geometry.js';
export { getDefaultTaxonomy, setDefaultTaxonomy } from './default-taxonomy.js';
