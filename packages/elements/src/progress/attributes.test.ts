import { expect } from '@open-wc/testing';
import { isProblem, readDate } from './attributes.js';

describe('readDate (the as-of attribute)', () => {
  it('takes a day that exists, leap days included', () => {
    for (const day of ['2024-10-24', '2024-02-29', '2000-02-29', '2025-12-31', '2026-12-04', '1900-02-28', '2030-04-30']) expect(readDate('as-of', day), day).to.equal(day);
  });

  it('turns down a day that does not exist or is not written YYYY-MM-DD, saying what was expected', () => {
    for (const text of ['2025-02-29', '1900-02-29', '2100-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-01-32', '2024-1-5', '24-10-2024', '2024-10-24T00:00', ' ', '']) {
      const read = readDate('as-of', text);
      expect(isProblem(read), JSON.stringify(text)).to.equal(true);
      if (isProblem(read)) expect(read.message.en, text).to.include('YYYY-MM-DD');
    }
  });

  it('reads an object as {…} without calling its toString', () => {
    const read = readDate('as-of', { toString: () => { throw new Error('called'); } });
    expect(isProblem(read) && read.message.en).to.include('{…}');
  });
});
