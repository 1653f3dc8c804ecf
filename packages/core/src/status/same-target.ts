import type { Indicator } from '../schema/indicator.js';
import type { Target } from '../schema/target.js';

/**
 * A key shared by targets that ask for the same thing: same breakdown, year, comparator and
 * value(s). Milestones and targets without a value never share one: their words may differ in
 * what they ask.
 *
 * @example
 * ```ts
 * sameTargetKey({ year: 2025, source: 'nq18', comparator: 'reach', value: 100 }); // '|2025|reach|100'
 * sameTargetKey({ year: 2030, source: 'ctcds', comparator: 'milestone', milestone }); // undefined
 * ```
 */
export function sameTargetKey(target: Target): string | undefined {
  const head = `${target.breakdown ?? ''}|${target.year}|${target.comparator}`;
  switch (target.comparator) {
    case 'milestone':
    case 'not_given':
      return undefined;
    case 'between':
      return `${head}|${target.min}|${target.max}`;
    default:
      return `${head}|${target.value}`;
  }
}

/**
 * Ids of the documents that set the same target as `target` on this indicator, `target.source`
 * first, then in the order of `indicator.targets`: one figure, several documents.
 *
 * @example
 * ```ts
 * documentsOf(onlineServices, onlineServices.targets[1]); // ['nq18', 'ctcds'] (both ask 100% by 2025)
 * ```
 */
export function documentsOf(indicator: Pick<Indicator, 'targets'>, target: Target): string[] {
  const key = sameTargetKey(target);
  const documents = [target.source];
  if (key === undefined) return documents;
  for (const other of indicator.targets) {
    if (other !== target && !documents.includes(other.source) && sameTargetKey(other) === key) documents.push(other.source);
  }
  return documents;
}

/**
 * Whether `target` repeats a target listed before it on the indicator (the same key, another
 * document): a list that shows each target once skips it.
 *
 * @example
 * ```ts
 * repeatsEarlierTarget(onlineServices, onlineServices.targets[1]); // true (NQ18 repeats the programme's 100%)
 * ```
 */
export function repeatsEarlierTarget(indicator: Pick<Indicator, 'targets'>, target: Target): boolean {
  const key = sameTargetKey(target);
  if (key === undefined) return false;
  for (const other of indicator.targets) {
    if (other === target) return false;
    if (sameTargetKey(other) === key) return true;
  }
  return false;
}
