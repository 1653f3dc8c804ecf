// Valid payloads of a chosen size, shared by the fuzz run and the benchmarks.

const sources = [
  { kind: 'resolution', id: 'nq18', issuer: { vi: 'Thành ủy', en: 'Party Committee' }, title: { vi: 'Nghị quyết', en: 'Resolution' } },
  { kind: 'report', id: 'r1', publisher: 'Báo', date: '2024-10-24', title: { vi: 'Bài báo', en: 'Article' } },
];

function indicator(id, observations) {
  return {
    id,
    pillar: 'society',
    label: { vi: `Chỉ số ${id}`, en: `Indicator ${id}` },
    unit: 'percent',
    direction: 'higher_is_better',
    targets: [{ year: 2025, source: 'nq18', comparator: 'reach', value: 90 }],
    observations,
  };
}

/**
 * The quadratic case of issue 14: one indicator with `count` undated figures from one report,
 * alternating 10 and 90, so every pair of figures disagrees.
 */
export function quadraticPayload(count) {
  const observations = Array.from({ length: count }, (_, i) => ({ kind: 'value', date: 'undated', source: 'r1', value: i % 2 ? 90 : 10, qualifier: 'exact' }));
  return { kind: 'indicators', schemaVersion: 1, sources, indicators: [indicator('society.fibre', observations)] };
}

/** An ordinary payload of about `bytes` bytes: indicators with 40 dated figures each, none disagreeing. */
export function ordinaryPayload(bytes) {
  const one = (n) =>
    indicator(
      `society.indicator-${n}`,
      Array.from({ length: 40 }, (_, i) => {
        const day = new Date(Date.UTC(2020, 0, 1 + i * 30)).toISOString().slice(0, 10);
        return { kind: 'value', date: day, source: 'r1', value: 40 + i, qualifier: 'exact' };
      }),
    );
  const size = JSON.stringify(one(0)).length + 1;
  const count = Math.max(1, Math.round(bytes / size));
  return { kind: 'indicators', schemaVersion: 1, sources, indicators: Array.from({ length: count }, (_, n) => one(n)) };
}

/** The first indicator id of a generated payload. */
export const FIRST_ORDINARY = 'society.indicator-0';
