/**
 * Importing this module registers the bundled Hanoi dataset as the default taxonomy of
 * `<cds-progress>` (a documented side effect), so `<cds-progress indicator="…">` needs no `src`.
 */
import { hanoi } from '@hn-cds/core/hanoi';
import { setDefaultTaxonomy } from './default-taxonomy.js';

setDefaultTaxonomy(hanoi);
