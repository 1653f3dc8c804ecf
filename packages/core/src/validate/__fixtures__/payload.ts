/** A small valid payload for tests: one indicator citing one document and one report. A new copy each call. */
export function validPayload(): Record<string, any> {
  return {
    kind: 'indicators',
    schemaVersion: 1,
    sources: [
      { kind: 'resolution', id: 'nq18', issuer: { vi: 'Thành ủy', en: 'Party Committee' }, title: { vi: 'Nghị quyết', en: 'Resolution' } },
      { kind: 'report', id: 'r1', publisher: 'Báo', date: '2024-10-24', title: { vi: 'Bài báo', en: 'Article' } },
    ],
    indicators: [
      {
        id: 'society.fibre',
        pillar: 'society',
        label: { vi: 'Cáp quang', en: 'Fibre' },
        unit: 'percent',
        direction: 'higher_is_better',
        targets: [{ year: 2025, source: 'nq18', comparator: 'reach', value: 90 }],
        observations: [{ kind: 'value', date: '2024-10-24', source: 'r1', value: 91.4, qualifier: 'exact' }],
      },
    ],
  };
}
