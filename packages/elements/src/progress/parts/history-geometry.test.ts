import { expect } from '@open-wc/testing';
import { HISTORY_BOX, historyShape } from './history-geometry.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const { width, height, pad } = HISTORY_BOX;

describe('historyShape', () => {
  it('draws a fall from left to right and top to bottom: 93.15% in February, 91.4% in October', () => {
    const shape = historyShape([
      { time: day('2024-02-05'), value: 93.15 },
      { time: day('2024-10-24'), value: 91.4 },
    ])!;
    expect(shape.points).to.deep.equal([
      { x: pad, y: pad },
      { x: width - pad, y: height - pad },
    ]);
    expect(shape.path).to.equal(`M${pad} ${pad} L${width - pad} ${height - pad}`);
  });

  it('places a middle figure by its date and value', () => {
    const shape = historyShape([
      { time: day('2024-01-01'), value: 10 },
      { time: day('2024-01-11'), value: 20 },
      { time: day('2024-01-21'), value: 30 },
    ])!;
    expect(shape.points[1]).to.deep.equal({ x: width / 2, y: height / 2 });
  });

  it('turns the axis over when lower is better, so a better rank is drawn higher', () => {
    const shape = historyShape([{ time: day('2023-01-01'), value: 5 }, { time: day('2024-01-01'), value: 2 }], { lowerIsBetter: true })!;
    expect(shape.points[0]!.y).to.be.greaterThan(shape.points[1]!.y);
  });

  it('draws equal figures as a flat line in the middle', () => {
    const shape = historyShape([{ time: day('2023-01-01'), value: 7 }, { time: day('2024-01-01'), value: 7 }])!;
    expect(shape.points.map((p) => p.y)).to.deep.equal([height / 2, height / 2]);
  });

  it('gives no shape for one figure, for figures of one day, or for figures that are not finite', () => {
    expect(historyShape([{ time: day('2024-10-24'), value: 91.4 }])).to.equal(undefined);
    expect(historyShape([{ time: day('2024-10-24'), value: 90 }, { time: day('2024-10-24'), value: 95 }])).to.equal(undefined);
    expect(historyShape([{ time: Number.NaN, value: 1 }, { time: day('2024-10-24'), value: Number.POSITIVE_INFINITY }])).to.equal(undefined);
  });

  it('keeps every point inside the drawing', () => {
    const shape = historyShape([
      { time: day('2020-01-01'), value: -50 },
      { time: day('2021-06-01'), value: 1e9 },
      { time: day('2024-10-24'), value: 0 },
    ])!;
    for (const p of shape.points) {
      expect(p.x).to.be.within(0, width);
      expect(p.y).to.be.within(0, height);
    }
  });
});
