import type { Indicator } from '../schema/indicator.js';
import type { Taxonomy } from '../schema/payload.js';
import type { Pillar } from '../schema/programme.js';
import type { Source } from '../schema/source.js';
import type { Target } from '../schema/target.js';

/** One target together with the indicator it belongs to, as {@link targetsByYear} returns it. */
export interface IndicatorTarget {
  /** The indicator the target belongs to. */
  indicator: Indicator;
  /** One of the indicator's targets. */
  target: Target;
}

/**
 * Finds an indicator by id.
 *
 * @returns The indicator, or `undefined` when the taxonomy has none with that id.
 * @example
 * ```ts
 * import { hanoi } from '@hn-cds/core/hanoi';
 *
 * getIndicator(hanoi, 'society.fibre-households')?.label.en;
 * // 'Households covered by fibre broadband'
 * getIndicator(hanoi, 'society.unknown');
 * // undefined
 * ```
 */
export function getIndicator(taxonomy: Taxonomy, id: string): Indicator | undefined {
  return taxonomy.indicators.find((indicator) => indicator.id === id);
}

/**
 * Finds a pillar (or the city-wide or context group) of the programme by id.
 *
 * @returns The pillar, or `undefined` when the programme has none with that id.
 * @example
 * ```ts
 * getPillar(hanoi, 'economy')?.label;
 * // { vi: 'Kinh tế số', en: 'Digital economy' }
 * ```
 */
export function getPillar(taxonomy: Taxonomy, id: string): Pillar | undefined {
  return taxonomy.programme.pillars.find((pillar) => pillar.id === id);
}

/**
 * Lists the indicators of one pillar, in the taxonomy's order.
 *
 * @returns A new array; empty when the pillar has no indicators or does not exist.
 * @example
 * ```ts
 * indicatorsByPillar(hanoi, 'economy').map((indicator) => indicator.id);
 * // ['economy.digital-economy-share', 'economy.sector-digital-share',
 * //  'economy.labour-productivity-growth', 'economy.startup-ecosystem']
 * ```
 */
export function indicatorsByPillar(taxonomy: Taxonomy, pillarId: string): Indicator[] {
  return taxonomy.indicators.filter((indicator) => indicator.pillar === pillarId);
}

/**
 * Lists every target set for one year, each with its indicator, in the taxonomy's order (and
 * within an indicator, in the order of its targets). An indicator with targets from two
 * documents, or one per breakdown member, appears once per target.
 *
 * @returns A new array; empty when no target is set for that year.
 * @example
 * ```ts
 * targetsByYear(hanoi, 2030)
 *   .filter(({ indicator }) => indicator.id === 'society.e-payment-population')
 *   .map(({ target }) => target);
 * // [{ year: 2030, source: 'ctcds', via: ['r001'], comparator: 'more_than', value: 80 }]
 * ```
 */
export function targetsByYear(taxonomy: Taxonomy, year: number): IndicatorTarget[] {
  return taxonomy.indicators.flatMap((indicator) =>
    indicator.targets.filter((target) => target.year === year).map((target) => ({ indicator, target })),
  );
}

/**
 * Finds a source (a target-setting document or a report) by id.
 *
 * @returns The source, or `undefined` when the taxonomy has none with that id.
 * @example
 * ```ts
 * getSource(hanoi, 'nq18');
 * // { kind: 'resolution', id: 'nq18', number: '18-NQ/TU', date: '2022-12-30', … }
 * ```
 */
export function getSource(taxonomy: Taxonomy, id: string): Source | undefined {
  return taxonomy.sources.find((source) => source.id === id);
}

/**
 * Lists the sources an indicator cites: the documents that set its targets, the reports that
 * print those targets (`via`) or state their status, and the reports of its observations. Each
 * appears once, in the order of the taxonomy's `sources`. An id the taxonomy does not list is
 * left out (a parsed {@link Taxonomy} has none; validation reports them).
 *
 * @returns A new array; empty when the indicator cites nothing.
 * @example
 * ```ts
 * citedSources(hanoi, getIndicator(hanoi, 'society.fibre-households')!).map((source) => source.id);
 * // ['nq18', 'kh239', 'ctcds', 'r000', 'r001', 'r003', 'r004']
 * ```
 */
export function citedSources(taxonomy: Taxonomy, indicator: Indicator): Source[] {
  const cited = new Set<string>();
  for (const target of indicator.targets) {
    cited.add(target.source);
    target.via?.forEach((id) => cited.add(id));
    if (target.reportedStatus) cited.add(target.reportedStatus.source);
  }
  for (const observation of indicator.observations) cited.add(observation.source);
  return taxonomy.sources.filter((source) => cited.has(source.id));
}
