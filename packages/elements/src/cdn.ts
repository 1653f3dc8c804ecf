// hn-cds.min.js: <cds-progress> with the Hanoi dataset registered as its default taxonomy.
import './hanoi.js';

export { CdsProgress, CdsSummary, CDS_ERROR_CODES, getDefaultTaxonomy, LOOKS, setDefaultTaxonomy } from './index.js';
