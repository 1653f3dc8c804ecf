import type { Observation } from '../schema/observation.js';
import type { Payload } from '../schema/payload.js';
import type { Target } from '../schema/target.js';
import { describeValue } from './describe.js';
import { INPUT_LIMITS } from './limits.js';
import { FIGURE_PHRASE, type Draft } from './messages.js';
import type { Path } from './snapshot.js';

const { figureMax, figureMin } = INPUT_LIMITS;

/** Whether a figure is in the safe range: 0, or an absolute value from figureMin to figureMax. */
export function isSafeFigure(value: number): boolean {
  const size = Math.abs(value);
  return value === 0 || (size >= figureMin && size <= figureMax);
}

/**
 * The figures of a parsed payload outside the safe range of {@link INPUT_LIMITS}, as drafts with
 * their paths: beyond it, sums, ratios and projections of figures could overflow to Infinity or
 * lose every digit.
 */
export function figureDrafts(payload: Payload): Draft[] {
  const drafts: Draft[] = [];
  // Paths are built only for a figure out of range: a valid payload allocates nothing here.
  const check = (value: number | undefined, path: Path, index: number, key: string) => {
    if (value === undefined || isSafeFigure(value)) return;
    drafts.push({ path: [...path, index, key], code: value > figureMax ? 'too_big' : 'too_small', expected: FIGURE_PHRASE, received: describeValue(value) });
  };
  const observations = (path: Path, list: readonly Observation[]) => {
    for (let o = 0; o < list.length; o += 1) {
      const observation = list[o]!;
      if (observation.kind !== 'value') continue;
      check(observation.value, path, o, 'value');
      check(observation.outOf, path, o, 'outOf');
    }
  };
  const targets = (path: Path, list: readonly Target[]) => {
    for (let t = 0; t < list.length; t += 1) {
      const target = list[t]!;
      if (target.comparator === 'between') {
        check(target.min, path, t, 'min');
        check(target.max, path, t, 'max');
      } else if ('value' in target) check(target.value, path, t, 'value');
    }
  };
  if (payload.kind === 'observations') {
    payload.updates.forEach((update, u) => observations(['updates', u, 'observations'], update.observations));
  } else {
    payload.indicators.forEach((indicator, i) => {
      targets(['indicators', i, 'targets'], indicator.targets);
      observations(['indicators', i, 'observations'], indicator.observations);
    });
  }
  return drafts;
}
