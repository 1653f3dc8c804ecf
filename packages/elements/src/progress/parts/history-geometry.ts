/** Size of the sparkline's drawing, in its own units (the SVG viewBox). */
export const HISTORY_BOX = { width: 48, height: 16, pad: 3 } as const;

/** One dated figure on the sparkline: when (milliseconds since 1970, UTC) and how much. */
export interface HistoryInput {
  time: number;
  value: number;
}

/** Where the sparkline draws its figures: a path through them and each point, in viewBox units. */
export interface HistoryShape {
  /** `M x y L x y …`, oldest first. */
  path: string;
  /** Each figure's point, in the order given. */
  points: Array<{ x: number; y: number }>;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Places dated figures on a small sparkline: time runs left to right (oldest at the left edge,
 * latest at the right), values bottom to top between their own lowest and highest (a flat line
 * in the middle when they are all equal). With `lowerIsBetter` (ranks) the axis turns over, so
 * up always reads as better. Figures that are not finite are left out; fewer than two distinct
 * times give no shape (`undefined`): one day is not a history.
 */
export function historyShape(figures: readonly HistoryInput[], options: { lowerIsBetter?: boolean } = {}): HistoryShape | undefined {
  const usable = figures.filter((f) => Number.isFinite(f.time) && Number.isFinite(f.value));
  if (usable.length < 2) return undefined;
  const times = usable.map((f) => f.time);
  const values = usable.map((f) => f.value);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  if (t1 === t0) return undefined;
  const v0 = Math.min(...values);
  const v1 = Math.max(...values);
  const { width, height, pad } = HISTORY_BOX;
  const x = (t: number) => round(pad + ((t - t0) / (t1 - t0)) * (width - 2 * pad));
  const y = (v: number) => {
    if (v1 === v0) return height / 2;
    const share = (v - v0) / (v1 - v0);
    return round(options.lowerIsBetter ? pad + share * (height - 2 * pad) : height - pad - share * (height - 2 * pad));
  };
  const points = usable.map((f) => ({ x: x(f.time), y: y(f.value) }));
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  return { path, points };
}
