import { expect } from '@open-wc/testing';
import { angleAt, arcFrame, arcMark, arcPath, BAR_LABEL_GAP, barMark, BAR_LABEL_EDGE, fractionOf, labelRows, rankStrip, RANK_STRIP_MIN, scaleFor, valueFitsInside, yearLabels } from './geometry.js';
import { placedMarkers } from './looks/markers.js';
import type { TargetView } from './model.js';

describe('geometry', () => {
  describe('scaleFor', () => {
    const cases: Array<[string, number[], { percent: boolean; lowerIsBetter: boolean }, { start: number; end: number }]> = [
      ['a percentage below 100 runs from 0 to 100', [91.4, 90], { percent: true, lowerIsBetter: false }, { start: 0, end: 100 }],
      ['a percentage above 100 stretches the scale to it', [121, 100], { percent: true, lowerIsBetter: false }, { start: 0, end: 121 }],
      ['a count runs from 0 to its largest figure', [21, 22], { percent: false, lowerIsBetter: false }, { start: 0, end: 22 }],
      ['a rank runs from one past the worst down to 1', [2, 5, 3], { percent: false, lowerIsBetter: true }, { start: 6, end: 1 }],
      ['no figure at all still gives a usable scale', [], { percent: false, lowerIsBetter: false }, { start: 0, end: 1 }],
    ];
    for (const [name, figures, options, expected] of cases) {
      it(name, () => expect(scaleFor(figures, options)).to.deep.equal(expected));
    }
  });

  describe('fractionOf', () => {
    const percent = { start: 0, end: 100 };
    const rank = { start: 6, end: 1 };
    const cases: Array<[number, { start: number; end: number }, number]> = [
      [45, percent, 0.45],
      [0, percent, 0],
      [150, percent, 1],
      [-5, percent, 0],
      [Number.NaN, percent, 0],
      [1, rank, 1],
      [6, rank, 0],
      [3.5, rank, 0.5],
    ];
    for (const [value, scale, expected] of cases) {
      it(`puts ${value} at ${expected} of the scale ${scale.start}→${scale.end}`, () => {
        expect(fractionOf(value, scale)).to.be.closeTo(expected, 1e-9);
      });
    }
  });

  describe('barMark', () => {
    const cases: Array<[number, number, string]> = [
      [0.05, 5, 'start'],
      [BAR_LABEL_EDGE, 12, 'middle'],
      [0.85, 85, 'middle'],
      [0.95, 95, 'end'],
    ];
    for (const [fraction, offset, anchor] of cases) {
      it(`places a mark at ${fraction} at ${offset}% with its label anchored at the ${anchor}`, () => {
        expect(barMark(fraction)).to.deep.equal({ offset, anchor });
      });
    }
  });

  describe('labelRows', () => {
    const cases: Array<[string, number[], Array<1 | 2>]> = [
      ['labels far apart share the first row', [0.2, 0.5, 0.9], [1, 1, 1]],
      ['a label too close to the one before drops to the second row', [0.9, 1], [1, 2]],
      ['three close labels alternate rows', [0.8, 0.85, 0.9], [1, 2, 1]],
      [`labels exactly ${BAR_LABEL_GAP} apart stay on one row`, [0.5, 0.5 + BAR_LABEL_GAP], [1, 1]],
    ];
    for (const [name, fractions, rows] of cases) {
      it(name, () => expect(labelRows(fractions)).to.deep.equal(rows));
    }
  });

  describe('round looks', () => {
    it('draws the ring from 12 o\'clock all the way round', () => {
      const frame = arcFrame('ring');
      expect(angleAt(frame, 0)).to.equal(0);
      expect(angleAt(frame, 0.25)).to.be.closeTo(Math.PI / 2, 1e-9);
      expect(angleAt(frame, 1)).to.be.closeTo(2 * Math.PI, 1e-9);
    });

    it('draws the gauge from 9 o\'clock over the top to 3 o\'clock, in a half-height box', () => {
      const frame = arcFrame('gauge');
      expect(angleAt(frame, 0)).to.be.closeTo(-Math.PI / 2, 1e-9);
      expect(angleAt(frame, 0.5)).to.be.closeTo(0, 1e-9);
      expect(angleAt(frame, 1)).to.be.closeTo(Math.PI / 2, 1e-9);
      expect(frame.height).to.be.lessThan(frame.width * 0.7);
    });

    it('gives an empty arc an empty-looking path and a full one a closed path', () => {
      const frame = arcFrame('ring');
      expect(arcPath(frame, 0, 0)).to.match(/^M/);
      const full = arcPath(frame, 0, 1);
      expect(full).to.match(/^M.*Z$/);
      expect(full.length).to.be.greaterThan(arcPath(frame, 0, 0).length);
    });

    it('never draws an arc backwards when the end is before the start', () => {
      const frame = arcFrame('gauge');
      expect(arcPath(frame, 0.5, 0.2)).to.equal(arcPath(frame, 0.5, 0.5));
    });

    it('keeps the drawn arc inside the view box', () => {
      for (const look of ['ring', 'gauge'] as const) {
        const frame = arcFrame(look);
        const [x, y, w, h] = frame.viewBox.split(' ').map(Number) as [number, number, number, number];
        const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        svg.setAttribute('viewBox', frame.viewBox);
        const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        path.setAttribute('d', arcPath(frame, 0, 1));
        svg.append(path);
        document.body.append(svg);
        const box = path.getBBox();
        svg.remove();
        expect(box.x, look).to.be.at.least(x);
        expect(box.y, look).to.be.at.least(y);
        expect(box.x + box.width, look).to.be.at.most(x + w);
        expect(box.y + box.height, look).to.be.at.most(y + h + 1e-6);
      }
    });

    it('puts a tick at 12 o\'clock straight up, crossing the stroke, with a centred label above it', () => {
      const frame = arcFrame('gauge');
      const mark = arcMark(frame, 0.5);
      expect(mark.x1).to.equal(0);
      expect(mark.x2).to.equal(0);
      expect(mark.y2).to.be.lessThan(-(frame.radius + frame.thickness / 2));
      expect(mark.y1).to.be.greaterThan(-(frame.radius - frame.thickness / 2));
      expect(mark.anchor).to.equal('middle');
      expect(mark.labelY).to.be.lessThan(mark.y2);
    });

    it('moves a second-row label further out on the gauge and inside the stroke on the ring', () => {
      const gauge = arcFrame('gauge');
      expect(arcMark(gauge, 0.5, 2).labelY).to.be.lessThan(arcMark(gauge, 0.5, 1).labelY);
      const ring = arcFrame('ring');
      const inner = arcMark(ring, 0.5, 2);
      expect(Math.hypot(inner.labelX, inner.labelY)).to.be.lessThan(ring.radius - ring.thickness / 2);
      expect(arcMark(ring, 0.25, 2).anchor).to.equal('end');
    });

    it('hangs labels on the right of the ring from their start and on the left from their end', () => {
      const frame = arcFrame('ring');
      expect(arcMark(frame, 0.25).anchor).to.equal('start');
      expect(arcMark(frame, 0.75).anchor).to.equal('end');
    });
  });

  describe('yearLabels', () => {
    it('prints each year once, merging crowded labels such as "2025 | 2025/2030 | 2025 | 2030"', () => {
      const markers = [['2025'], ['2025', '2030'], ['2025'], ['2030']].map((years, i) => ({ fraction: i / 3, years }));
      expect(yearLabels(markers)).to.deep.equal(['2025', '2030', '', '']);
    });
    it('keeps distinct years on their own markers', () => {
      expect(yearLabels([{ fraction: 0.9, years: ['2025'] }, { fraction: 1, years: ['2030'] }])).to.deep.equal(['2025', '2030']);
    });
  });

  describe('placedMarkers', () => {
    const target = (year: number, fraction: number, marked = true): TargetView => ({ year, fraction, marked, status: 'on_track', verdict: '', target: '', qualitative: false });
    it('gives targets at one place one marker, and a label-less tick no row of its own', () => {
      const placed = placedMarkers([target(2025, 0.6), target(2025, 0.9), target(2030, 0.9), target(2025, 1), target(2030, 1), target(2025, 0.5, false)], BAR_LABEL_GAP);
      expect(placed.map((m) => [m.years, m.label, m.row])).to.deep.equal([
        ['2025', '2025', 1],
        ['2025/2030', '2030', 1],
        ['2025/2030', '', 1],
      ]);
    });
  });

  describe('rankStrip', () => {
    it('shows at least ten places, the rank shown and each "top N" zone, widest first', () => {
      expect(rankStrip(2, [{ top: 3, year: 2030 }, { top: 5, year: 2025 }])).to.deep.equal({ size: RANK_STRIP_MIN, at: 2, zones: [{ top: 5, years: '2025' }, { top: 3, years: '2030' }] });
    });
    it('runs two places past a rank outside every zone, so being outside is visible', () => {
      expect(rankStrip(12, [{ top: 5, year: 2025 }]).size).to.equal(14);
    });
    it('merges targets with the same N into one zone with both years', () => {
      expect(rankStrip(undefined, [{ top: 5, year: 2025 }, { top: 5, year: 2030 }])).to.deep.equal({ size: 10, at: undefined, zones: [{ top: 5, years: '2025/2030' }] });
    });
  });

  describe('valueFitsInside', () => {
    const cases: Array<['ring' | 'gauge', string, boolean]> = [
      ['ring', '91,4%', true],
      ['ring', '46,25%', true],
      ['ring', 'trên 80%', false],
      ['ring', 'more than 80%', false],
      ['gauge', '122,7%', true],
      ['gauge', 'more than 80%', false],
    ];
    for (const [look, value, fits] of cases) it(`${look}: “${value}” ${fits ? 'inside' : 'under'}`, () => expect(valueFitsInside(look, value)).to.equal(fits));
  });
});
