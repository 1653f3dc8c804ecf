// hn-cds.min.js: <cds-progress> with the Hanoi dataset registered as its default taxonomy.
import './hanoi.js';

export { CdsProgress, CDS_ERROR_CODES, getDefaultTaxonomy, LOOKS, setDefaultTaxonomy } from './index.js';
