import type { Taxonomy } from '../schema/payload.js';
import { hanoiData } from './hanoi.generated.js';

/**
 * Hanoi's digital-transformation indicators as one {@link Taxonomy}: the programme and its
 * pillars (`city`, `government`, `economy`, `society`, `context`), the documents that set targets
 * (Resolution 18-NQ/TU, Plan 239/KH-UBND, the City's programme), the reports that give observed
 * values, and every indicator with its targets and observations, each citing its source.
 *
 * It is plain data generated from the project's `seeds/` folder, imported from its own entry so
 * that the main entry stays small. Targets whose value the sources do not print have comparator
 * `not_given`; nothing is filled in from elsewhere. Treat it as read-only: query functions take
 * it as an argument and never change it.
 *
 * @example
 * ```ts
 * import { hanoi } from '@hn-cds/core/hanoi';
 * import { getIndicator } from '@hn-cds/core';
 *
 * getIndicator(hanoi, 'society.fibre-households')?.observations.map((o) => o.kind === 'value' && o.value);
 * // => [93.15, 91.4]
 * ```
 */
export const hanoi: Taxonomy = hanoiData;
