// cds-progress.min.js: <cds-progress> without a dataset, for portals that bring their own
// (`src`, or `setDefaultTaxonomy`).
export { CdsProgress, CdsSummary, CDS_ERROR_CODES, getDefaultTaxonomy, LOOKS, setDefaultTaxonomy } from './index.js';
